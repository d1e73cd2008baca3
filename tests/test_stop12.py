"""Twelfth stop (2026-12-05): what the learning halves of yardsticks 12 and 13 showed, on
sentences of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_stop10 import _rels, _texts

from puerextract.extract import extract_text

UP, DOWN = "UPREGULATES", "DOWNREGULATES"


@pytest.mark.parametrize(
    ("text", "up", "down"),
    [
        # a passive undoing change nouns: a loss undone is a rise, a gain undone a fall
        (
            "The decrease of ALP and the increase of TRAP were reversed by icariin.",
            {("icariin", "ALP")},
            {("icariin", "TRAP")},
        ),
        (
            "The downregulation of OPG and BMP-2, and the elevation of RANKL in OVX rats were "
            "markedly attenuated by naringin.",
            {("naringin", "OPG"), ("naringin", "BMP-2")},
            {("naringin", "RANKL")},
        ),
        ("Moreover, the release of IL-6 was inhibited by baicalin.", set(), {("baicalin", "IL-6")}),
        # the older loss form, its agent elided: the compound before it
        ("Icariin was given, and the loss of OCN was prevented.", {("Icariin", "OCN")}, set()),
        # an active verb undoing the change nouns after it, the second one conjoined
        (
            "Icariin reversed the downregulation of ALP and the upregulation of TRAP.",
            {("Icariin", "ALP")},
            {("Icariin", "TRAP")},
        ),
        (
            "Baicalin attenuated the down-regulation of IL-10 and the elevation of TNF-α.",
            {("Baicalin", "IL-10")},
            {("Baicalin", "TNF-α")},
        ),
        ("Morin rescued the decrease in OCN.", {("Morin", "OCN")}, set()),
        ("Icariin counteracted the increase in TRAP.", set(), {("Icariin", "TRAP")}),
        (
            "Icariin inhibited the activation of NF-κB and the increase of TNF-α.",
            set(),
            {("Icariin", "NF-κB"), ("Icariin", "TNF-α")},
        ),
        # guards: a raising verb keeps a rise; a noun that is itself the change loses no more
        (
            "Icariin promoted the expression of Runx2 and the increase of ALP.",
            {("Icariin", "Runx2"), ("Icariin", "ALP")},
            set(),
        ),
        ("Baicalin caused a decrease of IL-6 secretion.", set(), {("Baicalin", "IL-6")}),
        (
            "Baicalin inhibited the degradation of aggrecan.",
            {("Baicalin", "aggrecan")},
            set(),
        ),
        # guard: a change noun that opens no subject (a verb before it) is no passive's subject
        (
            "Icariin raised ALP, whereas TRAP was reduced by icariin.",
            {("Icariin", "ALP")},
            {("icariin", "TRAP")},
        ),
    ],
)
def test_undone_changes(text: str, up: set, down: set) -> None:
    assert _rels(text, UP) == up
    assert _rels(text, DOWN) == down


@pytest.mark.parametrize(
    "text",
    [
        # an English change noun's object stands right after it, not in the next clause
        "Naringin caused marked inhibition of pain scores and improved the histology of MIA rats.",
        "Berberine led to an elevation of body weight and prolonged the survival of IL-1β mice.",
    ],
)
def test_change_noun_objects_are_near(text: str) -> None:
    assert _rels(text, UP) | _rels(text, DOWN) == set()


@pytest.mark.parametrize(
    ("text", "genes"),
    [
        ("Serum interleukin-6 receptor levels fell.", ["interleukin-6 receptor"]),
        (
            "TNF receptor 1 and IL-1 receptor type I were measured.",
            ["TNF receptor 1", "IL-1 receptor type I"],
        ),
        ("肝组织 IL-6 受体表达降低。", ["IL-6 受体"]),
        # guards: no receptor before 激活 (RANKL's Chinese name); a lexicon receptor stays
        ("核因子κB受体激活物配体表达升高。", ["核因子κB"]),
        ("The insulin receptor was phosphorylated.", ["insulin receptor"]),
        ("IL-6 and receptors rose.", ["IL-6"]),
    ],
)
def test_receptor_after_gene(text: str, genes: list[str]) -> None:
    assert _texts(text, "GENE") == genes


def test_receptor_span_has_no_ligand_identifier() -> None:
    from puerextract.extract import extract_text

    (gene,) = [e for e in extract_text("Serum IL-6 receptor levels fell.").entities]
    assert gene.text == "IL-6 receptor" and gene.norm is None


def test_administered_run_and_its_time() -> None:
    """A passive giving word with the compounds after it: each arm of the run is given, and
    a frequency written in words (once a day) leads to their shared time."""
    text = "Rats were administered genistein (5, 10 mg/kg) or estradiol (0.1 mg/kg) once a day for 6 weeks."
    assert _rels(text, "TESTED_IN") == {("genistein", "Rats"), ("estradiol", "Rats")}
    assert _rels(text, "HAS_DURATION") == {("genistein", "6 weeks"), ("estradiol", "6 weeks")}


@pytest.mark.parametrize(
    ("text", "organisms", "compounds"),
    [
        # the material a compound was extracted from, named by the cue, at every use
        (
            "从苦瓜中提取制备槲皮素。苦瓜槲皮素可抑制细胞增殖。",
            ["苦瓜", "苦瓜"],
            ["槲皮素", "槲皮素"],
        ),
        ("观察淡豆豉中所提取的染料木素的作用。", ["淡豆豉"], ["染料木素"]),
        # the plant named before the compound with a longer form of its name
        ("从苦瓜中提取槲皮苷。结论：苦瓜子槲皮苷有效。", ["苦瓜", "苦瓜子"], ["槲皮苷", "槲皮苷"]),
        # guards: nothing extracted that is a compound; a mention already there
        ("从细胞中提取总 RNA。", [], []),
        ("从大鼠骨髓中分离得到 BMSCs。", ["大鼠"], []),
    ],
)
def test_extraction_sources(text: str, organisms: list[str], compounds: list[str]) -> None:
    assert _texts(text, "ORGANISM") == organisms
    assert _texts(text, "COMPOUND") == compounds


@pytest.mark.parametrize(
    ("text", "up", "down"),
    [
        # a name opening its own clause (a conjunction before it, a modal after it) is no
        # object of the verb before and the subject of the verb after
        (
            "IL-1β could activate MMP-13 and icariin could inhibit TNF-α.",
            {("IL-1β", "MMP-13")},
            {("icariin", "TNF-α")},
        ),
        # the inducer of what the verb lowers is no object of the verb
        ("Icariin inhibited MMP-3 expression caused by IL-1β.", set(), {("Icariin", "MMP-3")}),
        # guard: a verb conjoined with "and also" keeps its subject
        (
            "Icariin increased ALP and OCN, and also decreased TRAP.",
            {("Icariin", "ALP"), ("Icariin", "OCN")},
            {("Icariin", "TRAP")},
        ),
    ],
)
def test_new_english_subjects(text: str, up: set, down: set) -> None:
    assert _rels(text, UP) == up
    assert _rels(text, DOWN) == down


@pytest.mark.parametrize(
    ("text", "organisms"),
    [
        # a known plant genus with an epithet no table holds (a misspelling, a rare species)
        ("Seeds of Trifolium pratensis were collected.", ["Trifolium pratensis"]),
        # a common name right before its binomial in parentheses
        (
            "Glycyrrhizin is found in sweetroot (Glycyrrhiza glabra).",
            ["sweetroot", "Glycyrrhiza glabra"],
        ),
        # guards: a generic head is no common name; an English word after a genus is no epithet
        ("It comes from a medicinal herb (Glycyrrhiza uralensis).", ["Glycyrrhiza uralensis"]),
        ("Trifolium were sampled.", []),
        ("Citrus extracts were tested.", []),
    ],
)
def test_plant_names_around_binomials(text: str, organisms: list[str]) -> None:
    assert _texts(text, "ORGANISM") == organisms


def test_dose_per_body_weight_units() -> None:
    text = "Rats received genistein at 50 mg/kg body weight; the diet held 100、200 mg/kg bw of it."
    assert _texts(text, "CONCENTRATION") == ["50 mg/kg body weight", "100、200 mg/kg bw"]


@pytest.mark.parametrize(
    ("text", "compounds", "cell_lines"),
    [
        # a name right before an enzyme word is part of the enzyme's name, no compound
        ("大鼠海马胆碱乙酰转移酶活性降低。", [], []),
        ("choline acetyltransferase activity fell.", [], []),
        # a software version is no cell line; a cell line with a decimal stays
        ("数据处理使用SPSS13.0统计软件。", [], []),
        ("Statistics were run in SPSS25.0.", [], []),
    ],
)
def test_names_inside_other_names(text: str, compounds: list[str], cell_lines: list[str]) -> None:
    assert _texts(text, "COMPOUND") == compounds
    assert _texts(text, "CELL_LINE") == cell_lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a written "X by" passive with its agent after "the treatment of"
        (
            "TNF-α was raised by LPS but suppressed by the treatment of luteolin.",
            {("DOWNREGULATES", "luteolin", "TNF-α")},
        ),
        # what the object is protected from is no second object
        (
            "Wogonin protects HK-2 tubular cells from cisplatin.",
            {("UPREGULATES", "Wogonin", "HK-2")},
        ),
    ],
)
def test_agents_after_treatment_and_sources_after_from(text: str, expected: set) -> None:
    found = {(t, a, b) for t in ("UPREGULATES", "DOWNREGULATES") for a, b in _rels(text, t)}
    assert found - {("UPREGULATES", "LPS", "TNF-α")} == expected


def test_antagonising_a_disease_treats_it() -> None:
    text = "淫羊藿苷能够提升 OPG 水平，拮抗骨质疏松症的发展。"
    assert _rels(text, "TREATS") == {("淫羊藿苷", "骨质疏松症")}
    assert _rels("补骨脂素拮抗 RANKL 的作用。", "DOWNREGULATES") == {("补骨脂素", "RANKL")}  # guard


def test_each_passive_undoes_only_its_own_subject() -> None:
    text = (
        "The decrease of ALP was reversed by icariin, and the increase of TRAP was attenuated "
        "by naringin."
    )
    assert _rels(text, UP) == {("icariin", "ALP")}
    assert _rels(text, DOWN) == {("naringin", "TRAP")}


@pytest.mark.parametrize(
    ("text", "treats"),
    [
        ("Kaempferol is beneficial for osteoporosis.", {("Kaempferol", "osteoporosis")}),
        # guard: improving a measure is no treatment
        ("Kaempferol is beneficial for ALP activity.", set()),
    ],
)
def test_english_improvement_treats(text: str, treats: set) -> None:
    assert _rels(text, "TREATS") == treats


def test_relations_stay_inside_their_sentence() -> None:
    text = "结果：淫羊藿苷组 OPG 升高；并可显著上调 Runx2 的表达。Icariin raised ALP. It also raised OCN."
    ann = extract_text(text)
    by = {e.id: e for e in ann.entities}
    bounds = [(0, text.index("；") + 1), (text.index("；") + 1, text.index("。") + 1)]
    bounds += [(text.index("。") + 1, text.index("ALP.") + 4), (text.index("ALP.") + 4, len(text))]
    for r in ann.relations:
        a, b = by[r.arg1], by[r.arg2]
        assert any(s <= a.start < e and s <= b.start < e for s, e in bounds), (a.text, b.text)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a Cellosaurus name cued once as cells is a cell line at every use
        ("MDA-MB-231 细胞增殖受抑。随后 MDA-MB-231 迁移减少。", ["MDA-MB-231", "MDA-MB-231"]),
        ("SK-OV-3 cells were cultured.", ["SK-OV-3"]),
        # guard: never cued, no line
        ("The SK-OV-3 value was noted.", []),
    ],
)
def test_cellosaurus_lines(text: str, lines: list[str]) -> None:
    assert _texts(text, "CELL_LINE") == lines
