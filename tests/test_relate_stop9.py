"""Mends of the ninth stop (2026-12-05) to rules a reviewer found too loose, on sentences of
our own: each case fails without its mend."""

from __future__ import annotations

import pytest
from test_relate_words import _relations

from puerextract.extract import extract_text


def _texts(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in extract_text(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a treatment noun with a word of use between: TREATS, as before
        (
            "Wogonin is used for osteoporosis treatment.",
            {("TREATS", "Wogonin", "osteoporosis")},
        ),
        (
            "Wogonin may be a promising agent for osteoporosis therapy.",
            {("TREATS", "Wogonin", "osteoporosis")},
        ),
        # "not only" is no negation
        (
            "Wogonin is not only used for osteoporosis treatment.",
            {("TREATS", "Wogonin", "osteoporosis")},
        ),
        # a measure of a compound, no use of it: nothing treated
        ("Blood glucose monitoring is essential in diabetes management.", set()),
        ("Lowering LDL cholesterol remains the main goal in atherosclerosis prevention.", set()),
        # a compound named as a contrast is not the one used
        ("Wogonin, unlike estrogen, is used in osteoporosis treatment.", set()),
        # a negation still denies it
        ("Wogonin is not used for osteoporosis treatment.", set()),
    ],
)
def test_treatment_noun_needs_a_use(text: str, expected: set) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the disease a disease causes is what the compound lowers
        ("汉黄芩素可减轻糖尿病引起的骨质疏松症。", {("TREATS", "汉黄芩素", "骨质疏松症")}),
        ("汉黄芩素可显著减轻糖尿病所致的骨质疏松。", {("TREATS", "汉黄芩素", "骨质疏松")}),
        # a damage (no disease) caused by the disease: the cause is treated, as before
        (
            "汉黄芩素可减轻心肌梗死引起的心肌细胞凋亡。",
            {("TREATS", "汉黄芩素", "心肌梗死"), ("UPREGULATES", "汉黄芩素", "心肌细胞")},
        ),
    ],
)
def test_lowering_a_disease_another_causes(text: str, expected: set) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negation with a verb of having between it and the trigger
        ("汉黄芩素对骨质疏松症并不具有保护作用。", set()),
        ("汉黄芩素对糖尿病大鼠的肾脏并不具有保护作用。", set()),
        ("汉黄芩素并不能明显减轻骨质疏松症。", set()),
        # without the negation: TREATS
        ("汉黄芩素对骨质疏松症具有保护作用。", {("TREATS", "汉黄芩素", "骨质疏松症")}),
    ],
)
def test_negation_with_two_words_between(text: str, expected: set) -> None:
    assert _relations(text) == expected


def test_non_prefix_negates_an_english_name() -> None:
    assert ("COMPOUND", "HDL cholesterol") not in _texts("Wogonin lowered non-HDL cholesterol.")
    assert _relations("Wogonin lowered non-HDL cholesterol.") == set()
    assert ("DISEASE", "diabetic") not in _texts("Wogonin was given to non-diabetic rats.")
    # the whole name in the lexicon stays a mention; a word ending in "non" negates nothing
    assert ("DISEASE", "non-alcoholic fatty liver disease") in _texts(
        "Wogonin eased non-alcoholic fatty liver disease."
    )
    assert ("COMPOUND", "HDL cholesterol") in _texts("Wogonin raised HDL cholesterol.")


@pytest.mark.parametrize(
    "text",
    [
        "Sections were dyed by hematoxylin–eosin (HE) and scored.",
        "Sections were dyed by hematoxylin and eosin (HE) and scored.",
    ],
)
def test_a_stain_pair_with_its_abbreviation_stays_two_names(text: str) -> None:
    compounds = [t for k, t in _texts(text) if k == "COMPOUND"]
    assert compounds == ["hematoxylin", "eosin", "HE"]
    assert not any(" and " in c or "–" in c for c in compounds)


def test_a_long_form_of_one_name_still_becomes_a_mention() -> None:
    found = _texts("Nuclear factor of activated T cells c1 (NFATc1) rose after wogonin.")
    assert ("GENE", "Nuclear factor of activated T cells c1") in found


def _durations(text: str, rules_dir=None) -> list[str]:  # noqa: ANN001 - a Path or None
    return [
        e.text for e in extract_text(text, rules_dir=rules_dir).entities if e.type == "DURATION"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frequency in any case: no exposure time
        ("Every 24 h, the medium containing wogonin was renewed.", []),
        ("EACH 12 h the wogonin medium was changed.", []),
        # a delay after an event, in any case; "for" keeps the treatment's length
        ("Blood was drawn 24 h after the final dose of wogonin.", []),
        ("Hearts were harvested 2 h After Reperfusion.", []),
        ("Wogonin was given for 12 weeks after ovariectomy.", ["12 weeks"]),
        # an exposure time stays
        ("Cells were treated with wogonin for 24 h.", ["24 h"]),
    ],
)
def test_time_context_words_in_any_case(text: str, expected: list[str]) -> None:
    assert _durations(text) == expected


def test_time_context_words_are_read_from_the_rules_folder(tmp_path) -> None:  # noqa: ANN001
    from importlib import resources

    packaged = resources.files("puerextract") / "data" / "tag_words.tsv"
    rows = packaged.read_text(encoding="utf-8").split("\n")
    kept = [r for r in rows if not r.startswith("every\ttime_start_word")]
    assert len(kept) == len(rows) - 1
    (tmp_path / "tag_words.tsv").write_text("\n".join(kept), encoding="utf-8")
    text = "The wogonin medium was renewed every 24 h."
    assert _durations(text) == []
    assert _durations(text, rules_dir=tmp_path) == ["24 h"]


def test_packaged_time_words_match_the_validated_rules() -> None:
    from puerextract.quantities import TimeWords, packaged_time_words
    from puerextract.rules import load_rules

    words = packaged_time_words()
    assert words == TimeWords.of(load_rules())
    assert "every" in words.before and "reperfusion" in words.events
