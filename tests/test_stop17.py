"""Seventeenth stop (2026-12-05): general constructions real abstracts showed missing, on
sentences of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_stop15 import _directed


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a blocker's name set off by commas after the blocker word: the blocker of its target
        # (a lone name between commas still ends the clause there: "the AMPK inhibitor,
        # dorsomorphin, lowered …" is not read)
        (
            "The ERK antagonist, PD98059 or U0126, was added before baicalin.",
            {("DOWN", "PD98059", "ERK")},
            set(),
        ),
        # guard: a comma that ends the blocker's phrase names nothing after it
        (
            "Cells were given the MEK inhibitor, and U0126 later lowered ERK.",
            {("DOWN", "U0126", "ERK")},
            {("DOWN", "U0126", "MEK")},
        ),
    ],
)
def test_blocker_named_between_commas(
    text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    found = _directed(text)
    assert expected <= found
    assert not absent & found
