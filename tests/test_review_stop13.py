"""Thirteenth stop: a fresh-eyes review of the twelfth stop's rules (008f85a..b424c36), each
finding pinned on sentences of our own; every case failed before its fix."""

from __future__ import annotations

import pytest
from test_stop10 import _rels, _texts

UP, DOWN = "UPREGULATES", "DOWNREGULATES"


@pytest.mark.parametrize(
    ("text", "up", "down"),
    [
        # a restoring verb brings a gain back: a rise, not its undoing
        ("Naringin rescued the activation of Nrf2.", {("Naringin", "Nrf2")}, set()),
        ("The production of OCN was rescued by icariin.", {("icariin", "OCN")}, set()),
        # guard: a restored loss is a rise, a reversed gain a fall, as before
        ("Icariin rescued the fall in ALP.", {("Icariin", "ALP")}, set()),
        (
            "The decrease of ALP and the increase of TRAP were reversed by icariin.",
            {("icariin", "ALP")},
            {("icariin", "TRAP")},
        ),
    ],
)
def test_restoring_verbs_undo_losses_only(text: str, up: set, down: set) -> None:
    assert _rels(text, UP) == up
    assert _rels(text, DOWN) == down


@pytest.mark.parametrize(
    ("text", "down"),
    [
        # a change noun with its own verb is no subject of a later passive
        (
            "The decrease of ALP was observed in the model group, and the release of IL-6 was "
            "reduced by icariin.",
            {("icariin", "IL-6")},
        ),
        (
            "The increase of TNF-α in the model group was significant, but IL-6 was reduced by "
            "icariin.",
            {("icariin", "IL-6")},
        ),
    ],
)
def test_a_passive_subject_stops_at_an_earlier_verb(text: str, down: set) -> None:
    assert _rels(text, DOWN) == down
    assert not _rels(text, UP)


def test_no_written_agent_takes_only_the_tested_compound() -> None:
    text = (
        "Icariin was given to RAW264.7 cells. Cells were stimulated with LPS, and the increase "
        "of TNF-α was inhibited."
    )
    assert not _rels(text, DOWN)
    # guard: the tested compound before the subject stays the agent
    assert _rels("Icariin was given, and the loss of OCN was prevented.", UP) == {
        ("Icariin", "OCN")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Icariin caused a decrease in the relative mRNA and protein expression levels of "
            "NFATc1.",
            {("Icariin", "NFATc1")},
        ),
    ],
)
def test_a_change_nouns_object_after_a_long_measure_phrase(text: str, expected: set) -> None:
    assert _rels(text, DOWN) == expected


def test_a_common_name_is_no_model_animal_nor_a_participle() -> None:
    assert _texts("Adult female rats (Rattus norvegicus) were used.", "ORGANISM") == [
        "rats",
        "Rattus norvegicus",
    ]
    assert "soybean" in _texts("Fermented soybean (Glycine max) was fed.", "ORGANISM")
    # guard: an adjective that is part of the name stays
    assert "red clover" in _texts("We used red clover (Trifolium pratense).", "ORGANISM")


def test_a_sample_is_no_source_plant() -> None:
    assert not _texts("采用乙酸乙酯从血浆中提取葛根素，测定血浆中葛根素的浓度。", "ORGANISM")
    assert not _texts("从尿液中提取肌酐。", "ORGANISM")


def test_a_receptor_gene_keeps_its_name() -> None:
    assert _texts("Icariin increased TLR4 receptor expression.", "GENE") == ["TLR4"]
    # guard: another gene's receptor is the receptor
    assert _texts("Baicalin increased IL-2 receptor expression.", "GENE") == ["IL-2 receptor"]


@pytest.mark.parametrize(
    "text", ["Beta versus gamma values were compared.", "The Citrus genus is large."]
)
def test_english_words_are_no_epithets(text: str) -> None:
    assert not _texts(text, "ORGANISM")


def test_the_builder_refuses_an_argument_outside_the_sentence() -> None:
    from puerextract.model import Entity
    from puerextract.relate import _Builder

    out = _Builder()
    a = Entity("T1", "COMPOUND", 0, 7, "icariin")
    b = Entity("T2", "GENE", 40, 43, "ALP")
    out.sentence = (30, 60)
    assert not out.add("UPREGULATES", a, b, "trigger")
    out.sentence = (0, 60)
    assert out.add("UPREGULATES", a, b, "trigger")


def test_a_change_noun_with_its_own_verb_is_not_undone() -> None:
    text = "Naringin reversed the action of prednisone and the elevation of OCN was seen."
    assert not _rels(text, DOWN)
    # guard: a conjoined change without a verb of its own is undone
    text = "Icariin reversed the decrease of OCN and the increase of ALP in OVX rats."
    assert _rels(text, DOWN) == {("Icariin", "ALP")}
