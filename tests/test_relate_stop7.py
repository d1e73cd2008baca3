"""Relation rules of the seventh stop of 2026-12-04, on sentences of our own."""

from __future__ import annotations

import pytest
from test_relate_words import _relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vehicle after "an equal volume of" is tested in nothing; its strength stays its own
        (
            "各组大鼠灌胃给予黄芩苷 8 周，对照组给予等体积 0.5% 羧甲基纤维素钠。",
            {
                ("TESTED_IN", "黄芩苷", "大鼠"),
                ("HAS_DURATION", "黄芩苷", "8 周"),
                ("HAS_CONCENTRATION", "羧甲基纤维素钠", "0.5%"),
            },
        ),
        (
            "Sham animals got an equivalent volume of deionised water daily for 6 weeks.",
            set(),
        ),
        # a vehicle named as such, in a list of arms
        (
            "Rats received deionized water or baicalin (50 mg/kg) by gavage.",
            {("TESTED_IN", "baicalin", "Rats"), ("HAS_CONCENTRATION", "baicalin", "50 mg/kg")},
        ),
        # the treatment itself given as an equal dose is no vehicle
        (
            "小鼠灌胃给予黄芩苷 50 mg/kg。",
            {("TESTED_IN", "黄芩苷", "小鼠"), ("HAS_CONCENTRATION", "黄芩苷", "50 mg/kg")},
        ),
    ],
)
def test_a_vehicle_is_tested_in_nothing(text: str, expected: set) -> None:
    assert _relations(text) == expected
