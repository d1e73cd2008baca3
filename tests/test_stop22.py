"""Rules of the twenty-second stop, on sentences written for these tests: a capitalised name
defined with an abbreviation the paper gives as a treatment."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def _ents(text: str, etype: str) -> list[str]:
    return [e.text for e in extract_text(text).entities if e.type == etype]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dose in parentheses after a later use
        (
            "Gubentongluo (GBTL) is used clinically. GBTL (2 g/kg) lowered Runx2 in rats.",
            ["Gubentongluo", "GBTL", "GBTL"],
        ),
        # a giving phrase before a later use; the name ends in a word no rule knows
        (
            "Kanggu injection (KGI) was prepared. Rats were treated with KGI and KGI raised OPG.",
            ["Kanggu injection", "KGI", "KGI", "KGI"],
        ),
        # a compound cue after a later use
        (
            "Jiangu (JG) is a herbal remedy. JG-treated mice kept more bone.",
            ["Jiangu", "JG", "JG"],
        ),
    ],
)
def test_a_name_given_by_its_abbreviation_is_a_compound(text: str, expected: list[str]) -> None:
    assert _ents(text, "COMPOUND") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a treatment that is no substance
        "Electroacupuncture (EA) was applied. EA treatment lowered TNF-α in rats.",
        "High-fat diet (HFD) was fed. HFD-treated mice gained weight.",
        # defined, but never given
        "Janus kinase (JAK) signalling is associated with the JAK/STAT pathway.",
        # a long form in small letters at a sentence's middle
        "Mice received low-level light therapy (LLLT); LLLT (5 J/cm2) was used.",
    ],
)
def test_a_defined_name_given_as_no_substance_is_no_compound(text: str) -> None:
    assert _ents(text, "COMPOUND") == []
