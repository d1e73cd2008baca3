"""The paper's model stimulus regulates nothing anywhere in the paper (guidelines v1.3); a name's
measure noun keeps a list going; a parenthesised list of names defines no abbreviation. Every
sentence here is written for the tests."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text

from .test_relate_abstracts import rels


@pytest.mark.parametrize(
    ("text", "stimulus"),
    [
        # a harm after "-induced" makes the compound the model's stimulus everywhere
        (
            "Naringin protects osteoblasts from dexamethasone-induced apoptosis. "
            "Dexamethasone reduced ALP activity and OCN expression.",
            "Dexamethasone",
        ),
        # the title may name the stimulus first: the tested compound is the next one
        (
            "Dexamethasone-induced apoptosis of osteoblasts is reduced by naringin. "
            "Dexamethasone reduced ALP activity and OCN expression.",
            "Dexamethasone",
        ),
        # impaired by X, X 损伤, 维甲酸致 … 骨质疏松
        (
            "Icariin rescued osteogenesis impaired by high glucose. "
            "Glucose decreased the Osx level.",
            "Glucose",
        ),
        ("黄芪甲苷保护 H2O2 损伤的成骨细胞。H2O2 降低 ALP 活性。", "H2O2"),
        ("牛膝总皂苷防治维甲酸致大鼠骨质疏松。维甲酸降低骨钙素水平。", "维甲酸"),
        # a protein written as inducer is the stimulus without a harm
        (
            "Naringin blocked RANKL-induced osteoclast formation. RANKL raised c-Fos.",
            "RANKL",
        ),
    ],
)
def test_a_stimulus_regulates_nothing(text: str, stimulus: str) -> None:
    found = rels(text)
    assert not {r for r in found if r[1] == stimulus and r[0] != "TESTED_IN"}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tested compound written as inducer of a rise is no stimulus
        (
            "Icariin-induced osteoblast proliferation was studied. "
            "Icariin increased ALP activity and OCN expression.",
            {("UPREGULATES", "Icariin", "ALP"), ("UPREGULATES", "Icariin", "OCN")},
        ),
        # a compound given as treatment is still an agent when another one is the stimulus
        (
            "Naringin protects osteoblasts from dexamethasone-induced apoptosis. "
            "Naringin increased ALP activity.",
            {("UPREGULATES", "Naringin", "ALP")},
        ),
    ],
)
def test_an_agent_that_is_no_stimulus_keeps_its_relations(text: str, expected: set) -> None:
    assert expected <= rels(text)


@pytest.mark.parametrize(
    "text",
    [
        "黄芩苷对软骨细胞的保护作用。以 10 ng/mL IL-1β 刺激软骨细胞。IL-1β 使 MMP-3 升高。",
        "黄芩苷对软骨细胞的保护作用。以白细胞介素-1β(IL-1β, 10 ng/mL)刺激软骨细胞。"
        "IL-1β 使 MMP-3 升高。",
    ],
)
def test_a_protein_given_with_yi_to_stimulate_is_the_stimulus(text: str) -> None:
    assert not {r for r in rels(text) if r[1] == "IL-1β"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gene causing a change with 使 (致使) is its agent, as a compound is
        ("Nrf2 使 HO-1 表达升高。", {("UPREGULATES", "Nrf2", "HO-1")}),
        ("Sirt1 可致使 p53 表达降低。", {("DOWNREGULATES", "Sirt1", "p53")}),
    ],
)
def test_a_gene_causing_a_change(text: str, expected: set) -> None:
    assert expected <= rels(text)


def test_the_stimulus_keeps_its_exposure() -> None:
    text = (
        "Naringin protects osteoblasts from dexamethasone-induced apoptosis. "
        "Osteoblasts were treated with dexamethasone for 24 h."
    )
    assert ("TESTED_IN", "dexamethasone", "Osteoblasts") in rels(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure noun after a name keeps the list going (ratio, activity, levels)
        (
            "Curcumin lowered the markers (RANKL/OPG ratio, ACP, TRAP).",
            {("DOWNREGULATES", "Curcumin", "ACP"), ("DOWNREGULATES", "Curcumin", "TRAP")},
        ),
        (
            "Curcumin elevated ALP activity, Osx levels and Col1a1 expression.",
            {("UPREGULATES", "Curcumin", g) for g in ("ALP", "Osx", "Col1a1")},
        ),
        # … and the verb after the list keeps the subject, not the list's last name
        (
            "Curcumin abolished the markers (RANKL/OPG ratio, ACP, TRAP) while enhancing "
            "the markers (Runx2, Osx).",
            {("DOWNREGULATES", "Curcumin", "ACP"), ("DOWNREGULATES", "Curcumin", "TRAP")}
            | {("UPREGULATES", "Curcumin", "Runx2"), ("UPREGULATES", "Curcumin", "Osx")},
        ),
    ],
)
def test_measure_nouns_in_lists(text: str, expected: set) -> None:
    assert rels(text) == expected


def test_a_word_that_is_no_measure_noun_ends_the_list() -> None:
    text = "Curcumin increased ALP expression in groups, OCN was unchanged."
    assert ("UPREGULATES", "Curcumin", "OCN") not in rels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Curcumin raised the osteogenic differentiation markers (Runx2, Osx, COL1A1, OCN).",
        "Curcumin raised osteogenic differentiation markers (Runx2, OCN).",
    ],
)
def test_a_list_in_parentheses_defines_no_abbreviation(text: str) -> None:
    names = {e.text for e in extract_text(text, "t").entities}
    assert "OCN" in names


def test_an_abbreviation_after_its_long_form_still_counts() -> None:
    text = "Total flavonoids of Rhizoma Drynariae (TFRD) raised OCN. TFRD lowered TRAP."
    assert ("DOWNREGULATES", "TFRD", "TRAP") in rels(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound reversing the stimulus's changes named before it in the sentence
        (
            "Icariin protects osteoblasts from dexamethasone-induced apoptosis. "
            "Dexamethasone lowered ALP and raised ROS, and icariin reversed these changes.",
            {("UPREGULATES", "icariin", "ALP"), ("DOWNREGULATES", "icariin", "ROS")},
        ),
        (
            "Icariin protects osteoblasts from dexamethasone-induced apoptosis. "
            "Dexamethasone raised GRP78 and CHOP, all of which were reversed by icariin.",
            {("DOWNREGULATES", "icariin", "GRP78"), ("DOWNREGULATES", "icariin", "CHOP")},
        ),
        (
            "淫羊藿苷减轻地塞米松诱导的成骨细胞凋亡。地塞米松使 ALP 降低、ROS 升高，淫羊藿苷可逆转上述变化。",
            {("UPREGULATES", "淫羊藿苷", "ALP"), ("DOWNREGULATES", "淫羊藿苷", "ROS")},
        ),
        # a protein stimulus made so by "以 X 刺激", its changes caused with 使 and carried
        # past a comma to the next clause's themes
        (
            "槲皮素对软骨细胞自噬的影响。以 5 ng/mL TNF-α 刺激大鼠软骨细胞 12 h。"
            "TNF-α 使 LC3B 减少、p62 升高，Atg5 和 p-Akt 上调，槲皮素可逆转上述变化。",
            {("UPREGULATES", "槲皮素", "LC3B"), ("DOWNREGULATES", "槲皮素", "p62")}
            | {("DOWNREGULATES", "槲皮素", "Atg5"), ("DOWNREGULATES", "槲皮素", "p-Akt")},
        ),
    ],
)
def test_reversing_the_stimulus_changes(text: str, expected: set) -> None:
    assert expected <= rels(text)


def test_no_reversal_without_a_stimulus_change_before() -> None:
    assert rels("In osteoblasts, icariin reversed these changes.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tested compound with 诱导 as a verb, or a protein inducing a protein, is no stimulus
        (
            "骨质疏松的中药研究。淫羊藿苷诱导 BMSCs 成骨分化治疗骨质疏松。淫羊藿苷升高 ALP 活性。",
            {("UPREGULATES", "淫羊藿苷", "ALP")},
        ),
        (
            "Nrf2-induced HO-1 expression was studied. Nrf2 increased SOD.",
            {("UPREGULATES", "Nrf2", "SOD")},
        ),
        # a name and its abbreviation in one parenthesis still define it
        (
            "淫羊藿苷（Icariin，ICA）对成骨细胞的影响。ICA 可升高 ALP 活性。",
            {("UPREGULATES", "ICA", "ALP")},
        ),
        # a typeset hyphen inside a lost target keeps the loss reading
        (
            "Icariin inhibited the degradation of IκB‐α and aggrecan.",
            {("UPREGULATES", "Icariin", "aggrecan")},
        ),
        # a gap about something else later in the clause leaves the finding
        (
            "Icariin reduced osteoclast formation in a manner that remains unclear in vivo.",
            {("DOWNREGULATES", "Icariin", "osteoclast")},
        ),
        # two genes side by side, no complex: both are targets
        (
            "淫羊藿苷可降低 IL-1β IL-6 的表达。",
            {("DOWNREGULATES", "淫羊藿苷", g) for g in ("IL-1β", "IL-6")},
        ),
    ],
)
def test_review_cases_that_keep_their_relations(text: str, expected: set) -> None:
    assert expected <= rels(text)


def test_a_stimulated_cell_line_marks_its_compound() -> None:
    found = rels("Icariin protects LPS-stimulated RAW264.7 cells. LPS increased TNF-α.")
    assert ("UPREGULATES", "LPS", "TNF-α") not in found


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("成骨标志蛋白骨保护蛋白(OPG)升高。", "成骨标志蛋白骨保护蛋白"),
        ("炎症因子白细胞介素-2(IL-2)降低。", "炎症因子白细胞介素-2"),
        ("The hydroxyl and methyl groups of the flavonoid were modified.", "hydroxyl"),
    ],
)
def test_class_nouns_and_radicals_are_no_names(text: str, not_a_name: str) -> None:
    assert not_a_name not in {e.text for e in extract_text(text, "t").entities}
