"""Fourteenth stop (2026-12-05): the fixes of a fresh-eyes review of the thirteenth stop, on
sentences of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_stop10 import _rels, _texts

from puerextract.extract import extract_text

UP, DOWN, TESTED = "UPREGULATES", "DOWNREGULATES", "TESTED_IN"


def _norms(text: str, etype: str) -> dict[str, str | None]:
    return {e.text: e.norm for e in extract_text(text).entities if e.type == etype}


@pytest.mark.parametrize(
    ("text", "up", "down"),
    [
        # normalising undoes a change either way: an elevation normalised is a fall
        ("The elevation of IL-6 was normalized by naringin.", set(), {("naringin", "IL-6")}),
        # guard: a reduction normalised is a rise
        ("The decrease of OPN was normalized by fisetin.", {("fisetin", "OPN")}, set()),
        # a relative clause's "was" is no earlier clause's verb
        (
            "The increase of IL-6 that was caused by LPS was reversed by naringin.",
            set(),
            {("naringin", "IL-6")},
        ),
        (
            "Naringin reversed the loss of bone mass and the increase in IL-6 that was induced "
            "by LPS.",
            set(),
            {("Naringin", "IL-6")},
        ),
        # a restoring verb before a stimulus's gain brings the gain back
        (
            "Fisetin rescued the H2O2-induced activation of SIRT1.",
            {("Fisetin", "SIRT1")},
            set(),
        ),
        # guard: a reversing verb there counters the gain
        ("Naringin reversed the LPS-induced increase of TRAP.", set(), {("Naringin", "TRAP")}),
    ],
)
def test_undoing_verbs(text: str, up: set, down: set) -> None:
    assert _rels(text, UP) == up
    assert _rels(text, DOWN) == down


def test_a_code_after_a_cell_line_cue_is_no_gene() -> None:
    text = "The human kidney cell line HK-2 was exposed to naringin. HK-2 viability fell."
    assert _texts(text, "CELL_LINE") == ["HK-2", "HK-2"]
    assert not _texts(text, "GENE")
    # guard: the same code with no cue is a gene
    assert _texts("Fisetin lowered MCL-1.", "GENE") == ["MCL-1"]


def test_a_spaced_cell_code_needs_two_capitals() -> None:
    assert not _texts("About 3500 cells were scored per well.", "CELL_LINE")
    # guard: two capitals and a space
    assert _texts("We cultured SW 1353 cells with fisetin.", "CELL_LINE") == ["SW 1353"]


def test_a_cellosaurus_name_the_paper_defines_is_no_cell_line() -> None:
    text = "We grew human lens epithelial (HLE) cells; HLE viability fell after fisetin."
    assert not _texts(text, "CELL_LINE")
    # guard: an undefined digitless name before "cells" stays the line
    assert _texts("We cultured AGS cells with fisetin.", "CELL_LINE") == ["AGS"]
    assert _texts("We cultured HaCaT cells with fisetin.", "CELL_LINE") == ["HaCaT"]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("BMP 2 weeks after the injury rose.", "BMP"),
        ("Caspase 24 h after exposure fell.", "Caspase"),
    ],
)
def test_a_family_before_a_quantity_stays(text: str, family: str) -> None:
    assert family in _texts(text, "GENE")


def test_a_numbered_member_is_not_its_family() -> None:  # pins a stop-13 rule (fails without)
    assert not _texts("Caspase-12 was cleaved.", "GENE")


def test_a_disease_naming_stem_cells_is_inside_their_name() -> None:
    assert _texts("Naringin reduced breast cancer stem cells.", "CELL_TYPE") == [
        "breast cancer stem cells"
    ]
    assert not _texts("Naringin reduced breast cancer stem cells.", "DISEASE")
    # guard: a disease not right before the head stays a disease
    assert _texts("Diabetic mesenchymal stem cells were used.", "DISEASE") == ["Diabetic"]


def test_the_longest_organ_word_wins() -> None:
    assert _texts("柚皮苷作用于十二指肠上皮细胞。", "CELL_TYPE") == ["十二指肠上皮细胞"]
    # guard: the one-character organ after a verb or at the text's start
    assert _texts("分析肠上皮细胞的增殖。", "CELL_TYPE") == ["肠上皮细胞"]
    assert _texts("肠上皮细胞增殖。", "CELL_TYPE") == ["肠上皮细胞"]


def test_ischemic_injury_names_ischemia() -> None:
    assert _norms("Naringin eased ischemic injury.", "DISEASE") == {
        "ischemic injury": "mesh:D007511"
    }
    assert _norms("Naringin eased ischemic brain injury.", "DISEASE") == {
        "ischemic brain injury": "mesh:D002545"
    }


def test_an_ous_adjective_is_no_epithet() -> None:
    assert not _texts("Glycine continuous feeding improved growth.", "ORGANISM")
    # guard: a Latin epithet after the genus
    assert _texts("Glycine max was fed.", "ORGANISM") == ["Glycine max"]


def test_homing_after_cells() -> None:
    assert _rels("Naringin promoted BMSC homing to the fracture site.", UP) == {
        ("Naringin", "BMSC")
    }


def test_a_gene_before_an_unnamed_blocker_is_no_agent() -> None:  # pins _blocked_name
    assert not _rels("The expression of ALP was reduced by a PI3K inhibitor.", DOWN)


def test_the_agent_of_an_inducing_phrase_is_no_later_target() -> None:  # pins _by_before
    assert not _rels("Autophagy induced by fisetin was attenuated by wortmannin.", DOWN)
