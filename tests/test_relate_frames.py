"""Relation frames: group labels and reference groups, conjoined verbs and their objects,
new conjuncts, counted cells, markers, pronoun objects, reported findings and shared objects.
Sentences written for the tests, under the packaged rules."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def rels(text: str) -> set[tuple[str, str, str]]:
    """Regulation relations under the packaged rules (the frames' words are tag words)."""
    ann = extract_text(text, "t")
    by_id = ann.entity_by_id()
    return {
        (r.type, by_id[r.arg1].text, by_id[r.arg2].text)
        for r in ann.relations
        if r.type in ("UPREGULATES", "DOWNREGULATES")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reference group is no agent; the treated group's compound is
        (
            "与地塞米松组比较，葛根素组 Runx2 表达升高，PPARγ 表达亦降低。",
            {("UPREGULATES", "葛根素", "Runx2"), ("DOWNREGULATES", "葛根素", "PPARγ")},
        ),
        (
            "Compared with the vehicle group, puerarin at 5 μM increased Runx2.",
            {("UPREGULATES", "puerarin", "Runx2")},
        ),
        # a group label is never the target of a regulation
        ("葛根素组 Runx2 表达升高至地塞米松组的 2 倍。", {("UPREGULATES", "葛根素", "Runx2")}),
        # a conjoined verb: the object of the first verb is no agent of the second
        (
            "Genistein decreased IL-6 and TNF-α levels and downregulated NFATc1.",
            {
                ("DOWNREGULATES", "Genistein", "IL-6"),
                ("DOWNREGULATES", "Genistein", "TNF-α"),
                ("DOWNREGULATES", "Genistein", "NFATc1"),
            },
        ),
        (
            "染料木素抑制 DKK1 表达激活 Wnt 信号通路。",
            {
                ("DOWNREGULATES", "染料木素", "DKK1"),
                ("UPREGULATES", "染料木素", "Wnt 信号通路"),
            },
        ),
        # without its agent the second verb takes no object of the first as agent
        ("It decreased IL-6 levels and downregulated NFATc1.", set()),
        # A 升高而 B 下降 / A increased and B decreased: B is no object of the first verb
        ("模型组血清 OPG 升高而 RANKL 下降。", set()),
        ("In the model group, OPG increased and RANKL decreased.", set()),
        # a count of cells is a regulation of the cells; a marker gene is no target
        (
            "Genistein reduced the number of TRAP-positive osteoclasts.",
            {("DOWNREGULATES", "Genistein", "osteoclasts")},
        ),
        ("葛根素减少 TRAP 阳性破骨细胞数量。", {("DOWNREGULATES", "葛根素", "破骨细胞")}),
        # the subject of a reported finding stands after the reporting word
        (
            "Runx2 staining showed that genistein increased the number of osteoblasts.",
            {("UPREGULATES", "genistein", "osteoblasts")},
        ),
        # a pronoun object stands for the cell named before (not the fate of a differentiation)
        (
            "葛根素抑制 BMSCs 向脂肪细胞分化，促进其向成骨细胞分化。",
            {("DOWNREGULATES", "葛根素", "BMSCs"), ("UPREGULATES", "葛根素", "BMSCs")},
        ),
        (
            "Genistein protects BMSCs and promotes their osteogenic differentiation.",
            {("UPREGULATES", "Genistein", "BMSCs")},
        ),
        # two verbs sharing the object after the second
        (
            "Genistein may promote osteogenic and inhibit adipogenic differentiation of rat BMSCs.",
            {("UPREGULATES", "Genistein", "BMSCs"), ("DOWNREGULATES", "Genistein", "BMSCs")},
        ),
        # conjoined agents each get the relation
        (
            "Puerarin and daidzein clearly inhibited Akt.",
            {("DOWNREGULATES", "Puerarin", "Akt"), ("DOWNREGULATES", "daidzein", "Akt")},
        ),
        # "through" is neutral, like via
        (
            "Genistein promotes osteoblast proliferation through the Wnt signaling pathway.",
            {("UPREGULATES", "Genistein", "osteoblast")},
        ),
        # a yes/no question asserts nothing; a reporting word after it does
        ("Here we probe whether puerarin increases Runx2.", set()),
        ("本研究探讨葛根素是否上调 Runx2 的表达。", set()),
        (
            "Here we probe whether it works, and found that puerarin increased Runx2.",
            {("UPREGULATES", "puerarin", "Runx2")},
        ),
        # a model stimulus is no agent; a result locative is no target
        ("RANKL-induced osteoclasts on bone slices were photographed.", set()),
        ("Genistein did not reduce the number of osteoclasts.", set()),
    ],
)
def test_relation_frames(text, expected):
    assert rels(text) == expected


def given_to(text: str) -> set[tuple[str, str]]:
    ann = extract_text(text, "t")
    by_id = ann.entity_by_id()
    return {
        (by_id[r.arg1].text, by_id[r.arg2].text) for r in ann.relations if r.type == "TESTED_IN"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a passive carries the system to a later giving word of the sentence
        (
            "Osteoblasts were first given LY294002 and next given puerarin.",
            {("LY294002", "Osteoblasts"), ("puerarin", "Osteoblasts")},
        ),
        (
            "MC3T3-E1 cells were stimulated with TNF-α in the presence of genistein for 2 days.",
            {("genistein", "MC3T3-E1")},
        ),
        (
            "Osteoblasts were exposed to dexamethasone; some also with or without daidzein.",
            {("dexamethasone", "Osteoblasts"), ("daidzein", "Osteoblasts")},
        ),
        # a named blocker given: the compound after the blocker word, not its target
        (
            "Osteoblasts were pretreated with the PI3K inhibitor LY294002 before harvest.",
            {("LY294002", "Osteoblasts")},
        ),
        # each arm given together gets its own link
        (
            "MC3T3-E1 cells were given genistein (7 μM) or puerarin (3 μM).",
            {("genistein", "MC3T3-E1"), ("puerarin", "MC3T3-E1")},
        ),
        # no passive subject: a result locative gives no TESTED_IN
        ("Genistein increased ALP in MC3T3-E1 cells in the presence of serum.", set()),
    ],
)
def test_passive_giving_frames(text, expected):
    assert given_to(text) == expected


def quantities(text: str) -> set[tuple[str, str, str]]:
    ann = extract_text(text, "t")
    by_id = ann.entity_by_id()
    return {
        (r.type, by_id[r.arg1].text, by_id[r.arg2].text)
        for r in ann.relations
        if r.type in ("HAS_CONCENTRATION", "HAS_DURATION")
    }


def test_a_duration_after_a_group_list_is_shared_by_its_arms():
    got = quantities(
        "大鼠随机分为对照组、葛根素组（10 mg/kg）和染料木素组（20 mg/kg），连续灌胃 6 周。"
    )
    assert ("HAS_DURATION", "葛根素", "6 周") in got
    assert ("HAS_DURATION", "染料木素", "6 周") in got
    got = quantities(
        "Rats were randomly divided into vehicle, puerarin and genistein groups, then dosed "
        "orally over 6 weeks."
    )
    assert {
        ("HAS_DURATION", "puerarin", "6 weeks"),
        ("HAS_DURATION", "genistein", "6 weeks"),
    } <= got


def test_a_recovery_time_after_surgery_is_no_arm_duration():
    got = quantities("大鼠随机分为葛根素组和染料木素组，术后 1 周开始给药。")
    assert ("HAS_DURATION", "葛根素", "1 周") not in got  # not shared by the arms


def test_stains_and_assay_reagents_hold_no_quantity():
    assert quantities("培养 9 d 后行茜素红染色观察矿化。") == set()
    assert quantities("Viability was read by the MTT assay after 36 h.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nominal voice X 对 Y 的<trigger>作用, with a list of targets
        (
            "结果显示淫羊藿苷对 Runx2、Osterix 及 OCN 的上调作用呈剂量依赖性。",
            {
                ("UPREGULATES", "淫羊藿苷", "Runx2"),
                ("UPREGULATES", "淫羊藿苷", "Osterix"),
                ("UPREGULATES", "淫羊藿苷", "OCN"),
            },
        ),
        ("芍药苷对 NFATc1 的抑制作用最强。", {("DOWNREGULATES", "芍药苷", "NFATc1")}),
        # a blocker of that effect regulates neither the agent nor its targets
        (
            "U0126 可阻断槲皮素对 Runx2 的上调作用。",
            {("UPREGULATES", "槲皮素", "Runx2")},
        ),
        # a treated group compared with the model group: higher and lower
        (
            "Compared with the OVX group, the icariin group showed higher OPG and lower RANKL.",
            {("UPREGULATES", "icariin", "OPG"), ("DOWNREGULATES", "icariin", "RANKL")},
        ),
        # verbs of restoring and preserving raise what they restore
        (
            "Naringin restored ALP activity and preserved aggrecan.",
            {("UPREGULATES", "Naringin", "ALP"), ("UPREGULATES", "Naringin", "aggrecan")},
        ),
    ],
)
def test_nominal_and_comparative_voices(text, expected):
    assert rels(text) == expected


def test_a_neutral_effect_sentence_gives_no_regulation():
    assert rels("葛根素对 Runx2 的表达无明显影响。") == set()


def test_a_countered_stressor_effect_makes_the_stressor_no_agent():
    # the guideline: a model-inducing compound never regulates; here its effect is countered
    assert ("DOWNREGULATES", "地塞米松", "BMSCs") not in rels(
        "槲皮素可逆转地塞米松对 BMSCs 的抑制作用。"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In hFOB 1.19 cells, genistein lowered viability and NFATc1 levels.",
            {("DOWNREGULATES", "genistein", "hFOB 1.19"), ("DOWNREGULATES", "genistein", "NFATc1")},
        ),
        (
            "在 MC3T3-E1 细胞中，芒柄花素促进细胞增殖。",
            {("UPREGULATES", "芒柄花素", "MC3T3-E1")},
        ),
        # no frame: the cells are not where the sentence's experiment is done
        (
            "Genistein lowered NFATc1 levels, much as seen with hFOB 1.19 cells.",
            {("DOWNREGULATES", "Genistein", "NFATc1")},
        ),
    ],
)
def test_a_sentence_opening_on_its_cells_regulates_their_activity(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of objects with several comma-separated items before its "and"
        (
            "Psoralen increased body weight, IL-4, SOD and CAT levels.",
            {
                ("UPREGULATES", "Psoralen", "IL-4"),
                ("UPREGULATES", "Psoralen", "SOD"),
                ("UPREGULATES", "Psoralen", "CAT"),
            },
        ),
        # … with a serial comma, after an unnamed first item
        (
            "Psoralen decreased the spleen index, MDA, and IL-6 levels.",
            {("DOWNREGULATES", "Psoralen", "MDA"), ("DOWNREGULATES", "Psoralen", "IL-6")},
        ),
        # a sentence opening on "In contrast," keeps its later list commas
        (
            "In contrast, psoralen lowered the spleen index, MDA, and IL-6 levels.",
            {("DOWNREGULATES", "psoralen", "MDA"), ("DOWNREGULATES", "psoralen", "IL-6")},
        ),
        # a clause of its own after the comma is no list item
        ("Psoralen increased body weight, IL-4 was unchanged.", set()),
    ],
)
def test_long_lists_of_objects(text, expected):
    assert rels(text) == expected
