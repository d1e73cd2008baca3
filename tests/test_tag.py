"""Entity tagging: each rule family on sentences written for the tests."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def spans(text: str, rules_dir) -> list[tuple[str, str, str | None, str]]:
    ann = extract_text(text, "t", rules_dir)
    for e in ann.entities:
        assert text[e.start : e.end] == e.text
    return [(e.text, e.type, e.norm, e.source) for e in ann.entities]


def texts(text: str, rules_dir) -> list[tuple[str, str]]:
    return [(t, ty) for t, ty, _, _ in spans(text, rules_dir)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("染料木素发挥雌激素样作用。", [("染料木素", "COMPOUND"), ("雌激素", "COMPOUND")]),
        ("Osteoblastic cells grew.", [("Osteoblast", "CELL_TYPE")]),
        ("The puerarin-treated mice", [("puerarin", "COMPOUND"), ("mice", "ORGANISM")]),
        ("Many osteoblasts were counted.", [("osteoblasts", "CELL_TYPE")]),
        ("ERK1/2 and ER were measured.", [("ERK1/2", "GENE"), ("ER", "GENE")]),
        ("雌激素受体的表达", [("雌激素受体", "GENE")]),
        ("an anti-osteoporotic agent", [("osteoporotic", "DISEASE")]),
        ("SERPINE and PERK stay unmatched.", []),
    ],
)
def test_lexicon_matching(text, expected, rules_dir):
    assert texts(text, rules_dir) == expected


def test_identifiers_shared_across_languages_and_families_get_none(rules_dir):
    got = spans("葛根素（puerarin）与雌激素受体", rules_dir)
    norms = {t: n for t, _, n, _ in got}
    assert norms["葛根素"] == norms["puerarin"] == "pubchem:5281807"
    assert norms["雌激素受体"] is None


def test_abbreviation_pair_gives_type_and_identifier_to_later_mentions(rules_dir):
    text = "骨形态发生蛋白 7（BMP-7X）可促进成骨。随后 BMP-7X 的表达升高。"
    got = [(t, ty, n, s) for t, ty, n, s in spans(text, rules_dir) if t == "BMP-7X"]
    assert len(got) == 2
    assert all(ty == "GENE" and n == "hgnc:BMP7" and s == "abbreviation" for _, ty, n, s in got)


def test_english_abbreviation_pair(rules_dir):
    text = "We measured bone morphogenetic protein 7 (BMPX7). BMPX7 rose."
    got = [(t, ty, n) for t, ty, n, _ in spans(text, rules_dir)]
    assert got.count(("BMPX7", "GENE", "hgnc:BMP7")) == 2


def test_pathway_phrases(rules_dir):
    got = texts("激活 p38、ERK1/2 信号通路和 PI3K/Akt 信号通路", rules_dir)
    assert got == [
        ("p38", "PATHWAY"),
        ("ERK1/2 信号通路", "PATHWAY"),
        ("PI3K/Akt 信号通路", "PATHWAY"),
    ]
    assert texts("the PI3K/Akt signaling pathway", rules_dir) == [
        ("PI3K/Akt signaling pathway", "PATHWAY")
    ]


def test_animal_models_and_species_modifiers(rules_dir):
    assert texts("去卵巢大鼠的成骨细胞", rules_dir) == [
        ("去卵巢大鼠", "ORGANISM"),
        ("成骨细胞", "CELL_TYPE"),
    ]
    assert texts("大鼠成骨细胞", rules_dir) == [("成骨细胞", "CELL_TYPE")]
    assert texts("SD 大鼠", rules_dir) == [("SD 大鼠", "ORGANISM")]


def test_shape_pattern_is_scored_separately(rules_dir):
    got = spans("miR-9981 下调", rules_dir)
    assert got == [("miR-9981", "GENE", None, "shape")]


def test_cell_line_without_its_head(rules_dir):
    assert texts("MC3T3-E1 细胞和 RAW264.7 cells", rules_dir) == [
        ("MC3T3-E1", "CELL_LINE"),
        ("RAW264.7", "CELL_LINE"),
    ]


def test_quantities_have_values_as_note(rules_dir):
    ann = extract_text("将 5、50 μmol/L 染料木素作用 24 h", "t", rules_dir)
    conc = [e for e in ann.entities if e.type == "CONCENTRATION"]
    dur = [e for e in ann.entities if e.type == "DURATION"]
    assert [e.text for e in conc] == ["5、50 μmol/L"]
    assert conc[0].note == "values=5,50 unit=umol/L"
    assert [e.text for e in dur] == ["24 h"]
