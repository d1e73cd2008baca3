"""Relations: each guideline rule on sentences written for the tests."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def rels(text: str, rules_dir) -> set[tuple[str, str, str]]:
    ann = extract_text(text, "t", rules_dir)
    by_id = ann.entity_by_id()
    return {(r.type, by_id[r.arg1].text, by_id[r.arg2].text) for r in ann.relations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordination: each conjunct its own relation; a cell needs a proliferation word
        (
            "染料木素可促进成骨细胞的增殖，并上调 Runx2、ALP 的表达。",
            {
                ("UPREGULATES", "染料木素", "成骨细胞"),
                ("UPREGULATES", "染料木素", "Runx2"),
                ("UPREGULATES", "染料木素", "ALP"),
            },
        ),
        # a cell without a regulation word is only where the gene is
        ("染料木素可促进成骨细胞中 Runx2 的表达。", {("UPREGULATES", "染料木素", "Runx2")}),
        # neutral verbs and negation give nothing
        ("染料木素可调节成骨细胞的分化。", set()),
        ("染料木素未能降低 Runx2 的表达。", set()),
        ("Genistein did not inhibit Runx2 expression.", set()),
        # treatment wording
        ("葛根素可用于防治骨质疏松症。", {("TREATS", "葛根素", "骨质疏松症")}),
        ("Genistein prevented osteoporosis in rats.", {("TREATS", "Genistein", "osteoporosis")}),
        # long form preferred over its abbreviation
        (
            "葛根素降低碱性磷酸酶（ALP）的活性。",
            {("DOWNREGULATES", "葛根素", "碱性磷酸酶")},
        ),
        # English, elided subject in the second clause
        (
            "Genistein promoted the proliferation of osteoblasts, and increased ALP expression.",
            {
                ("UPREGULATES", "Genistein", "osteoblasts"),
                ("UPREGULATES", "Genistein", "ALP"),
            },
        ),
        # an inhibitor named with its target
        ("加入 PI3K 抑制剂 LY294002 后，Akt 降低。", {("DOWNREGULATES", "LY294002", "PI3K")}),
        # a theme before its trigger: the subject of the sentence is the agent
        (
            "葛根素作用后，Runx2 的表达水平显著升高。",
            {("UPREGULATES", "葛根素", "Runx2")},
        ),
        # "promote X to differentiate into Y" links X only
        (
            "染料木素促进 MC3T3-E1 细胞向成骨细胞分化。",
            {("UPREGULATES", "染料木素", "MC3T3-E1")},
        ),
    ],
)
def test_trigger_rules(text, expected, rules_dir):
    assert rels(text, rules_dir) == expected


def test_tested_in_concentration_and_duration(rules_dir):
    got = rels("将 20 μmol/L 葛根素用于 RAW264.7 细胞，处理 24 h。", rules_dir)
    assert got == {
        ("TESTED_IN", "葛根素", "RAW264.7"),
        ("HAS_CONCENTRATION", "葛根素", "20 μmol/L"),
        ("HAS_DURATION", "葛根素", "24 h"),
    }


def test_tested_in_needs_a_giving_word_or_study_aim(rules_dir):
    assert rels("葛根素在成骨细胞中含量很高。", rules_dir) == set()
    assert rels("本研究观察葛根素对大鼠成骨细胞的影响。", rules_dir) == {
        ("TESTED_IN", "葛根素", "成骨细胞")
    }
    assert ("TESTED_IN", "puerarin", "MC3T3-E1") in rels(
        "MC3T3-E1 cells were treated with puerarin for 48 h.", rules_dir
    )


def test_quantity_links_to_nearest_preceding_compound(rules_dir):
    got = rels("染料木素促进成骨细胞增殖，以 10 μmol/L 时最明显。", rules_dir)
    assert ("HAS_CONCENTRATION", "染料木素", "10 μmol/L") in got


def test_relations_stay_inside_one_sentence(rules_dir):
    assert rels("葛根素很常见。降低 Runx2 的表达。", rules_dir) == set()


def test_anaphor_links_the_named_pathway(rules_dir):
    got = rels("Akt 可激活 PI3K/Akt 信号通路，此通路可促进成骨细胞的增殖。", rules_dir)
    assert ("UPREGULATES", "PI3K/Akt 信号通路", "成骨细胞") in got
