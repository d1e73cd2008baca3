"""Sixteenth stop (2026-12-05): general constructions real abstracts showed missing, on
sentences of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest


def _typed(text: str) -> set[tuple[str, str]]:
    from puerextract.extract import extract_text

    return {(e.text, e.type) for e in extract_text(text).entities}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a cell line's code of digits, letters and digits after a capital, cued by "cells"
        ("Apoptosis of H9c2 cells rose after hypoxia.", ("H9c2", "CELL_LINE"), None),
        ("细胞实验选用 H9c2 细胞。", ("H9c2", "CELL_LINE"), None),
        # guard: the same shape without a cell cue is left to the gene table
        ("E2F1 expression was reduced.", ("E2F1", "GENE"), ("E2F1", "CELL_LINE")),
    ],
)
def test_mixed_cell_line_codes(text: str, expected, absent) -> None:
    found = _typed(text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese dose per body weight keeps 体重 in its unit, as "mg/kg body weight" does
        ("小鼠每日以 40 mg/kg体重的槲皮素灌胃。", ("40 mg/kg体重", "CONCENTRATION")),
        ("每日灌服 1.5 g/kg 体重的复方。", ("1.5 g/kg 体重", "CONCENTRATION")),
        # the peptide hormone that models hypertension and cardiac hypertrophy
        ("Ang II raised the blood pressure of the rats.", ("Ang II", "COMPOUND")),
        ("血管紧张素Ⅱ使心肌细胞肥大。", ("血管紧张素Ⅱ", "COMPOUND")),
        # ion pumps written with their ions are one enzyme (GENE), not ions and ATP
        ("Renal Na+/K+-ATPase activity fell.", ("Na+/K+-ATPase", "GENE")),
        ("心肌 Ca2+-Mg2+-ATP酶活性降低。", ("Ca2+-Mg2+-ATP酶", "GENE")),
        # 配伍 joins two names, it is no part of either
        ("附子碱配伍桂枝醇可减轻毒性。", ("桂枝醇", "COMPOUND")),
        ("附子碱配伍桂枝醇可减轻毒性。", ("附子碱", "COMPOUND")),
        # a pathway whose first member is a spelled-out protein name keeps the whole name
        (
            "Icariin acted through the bone morphogenetic protein-2/Smad-dependent pathway.",
            ("bone morphogenetic protein-2/Smad-dependent pathway", "PATHWAY"),
        ),
    ],
)
def test_units_names_and_pathway_starts(text: str, expected: tuple[str, str]) -> None:
    assert expected in _typed(text)


def test_ion_pump_leaves_no_ion_mentions() -> None:
    found = _typed("Renal Na+/K+-ATPase activity fell.")
    assert ("Na+", "COMPOUND") not in found and ("ATPase", "GENE") not in found
