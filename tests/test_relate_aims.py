"""TESTED_IN from study aims, group allocations and culture media (sentences written for the
tests), with the packaged rules."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def rels(text: str) -> set[tuple[str, str, str]]:
    ann = extract_text(text, "t")
    by_id = ann.entity_by_id()
    return {(r.type, by_id[r.arg1].text, by_id[r.arg2].text) for r in ann.relations}


def given_to(text: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in rels(text) if t == "TESTED_IN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English aim naming two compounds and two systems: each pair
        (
            "We compared the effects of quercetin and kaempferol on osteogenic differentiation "
            "of MC3T3-E1 cells and bone marrow mesenchymal stem cells (BMSCs).",
            {
                ("quercetin", "MC3T3-E1"),
                ("quercetin", "bone marrow mesenchymal stem cells"),
                ("kaempferol", "MC3T3-E1"),
                ("kaempferol", "bone marrow mesenchymal stem cells"),
            },
        ),
        # a Chinese aim keeps the alternative names in its parentheses
        (
            "目的 探讨槲皮素（quercetin，QUE）对人成骨肉瘤细胞 MG-63 增殖的影响。",
            {("槲皮素", "MG-63")},
        ),
        # a title aim without a verb
        ("槲皮素对去卵巢大鼠骨代谢的影响", {("槲皮素", "去卵巢大鼠")}),
        # a method aim with a duration between the compound and 对
        (
            "方法 采用 MTT 法检测 1、10、100 μmol/L 槲皮素作用 24、48 h 对 MG-63 细胞增殖的影响。",
            {("槲皮素", "MG-63")},
        ),
        # a denied effect is no aim
        ("10～100 μmol/L 槲皮素对 MG-63 细胞增殖均无明显影响。", set()),
        # group allocations with the animals named before the allocation word
        (
            "取 8 周龄雌性 SD 大鼠 50 只，随机分为假手术组、模型组及槲皮素低、中、高剂量组。",
            {("槲皮素", "SD 大鼠")},
        ),
        (
            "Thirty female C57BL/6 mice were randomly divided into sham, OVX and "
            "OVX + quercetin (20 mg/kg) groups.",
            {("quercetin", "C57BL/6 mice")},
        ),
        # no system named: no TESTED_IN
        ("实验分为对照组、H2O2 组和 H2O2+槲皮素组。", set()),
        # culture-medium components are given to the cultured cells
        (
            "以含 10 mmol/L β-甘油磷酸钠和 50 μg/mL 抗坏血酸的成骨诱导培养基培养 MC3T3-E1 细胞。",
            {("β-甘油磷酸钠", "MC3T3-E1"), ("抗坏血酸", "MC3T3-E1")},
        ),
        (
            "MC3T3-E1 cells were cultured in osteogenic medium containing 50 μg/mL ascorbic "
            "acid and 10 mM β-glycerophosphate for 14 days.",
            {("ascorbic acid", "MC3T3-E1"), ("β-glycerophosphate", "MC3T3-E1")},
        ),
    ],
)
def test_tested_in_frames(text, expected):
    assert given_to(text) == expected


def test_medium_in_parentheses_after_its_word():
    got = given_to("以成骨诱导培养基（含 10 mmol/L β-甘油磷酸钠）培养 MC3T3-E1 细胞，观察矿化。")
    assert got == {("β-甘油磷酸钠", "MC3T3-E1")}


def test_cells_pretreated_are_the_system_not_their_source():
    got = rels(
        "Primary osteoblasts isolated from neonatal Sprague-Dawley rats were pretreated with "
        "icariin (1 μM) for 1 h and then exposed to TNF-α (10 ng/mL) for 12 h."
    )
    assert ("TESTED_IN", "icariin", "osteoblasts") in got
    assert ("TESTED_IN", "icariin", "Sprague-Dawley rats") not in got
    # the protein reagent's exposure time is not the compound's
    assert ("HAS_DURATION", "icariin", "1 h") in got
    assert ("HAS_DURATION", "icariin", "12 h") not in got


def test_generic_cells_refer_to_the_system_named_earlier_in_the_sentence():
    got = given_to(
        "方法 分离培养 SD 大鼠成骨细胞，取第 2 代细胞，分别给予 5、10 μmol/L 槲皮素干预 48 h。"
    )
    assert ("槲皮素", "成骨细胞") in got


def test_giving_word_links_the_system_later_in_its_clause():
    got = rels("槲皮素预处理 2 h 可提高地塞米松损伤成骨细胞的存活率。")
    assert ("TESTED_IN", "槲皮素", "成骨细胞") in got
    assert ("UPREGULATES", "槲皮素", "成骨细胞") in got
    assert ("UPREGULATES", "槲皮素", "地塞米松") not in got  # the injuring model compound


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second aim of the same compound after 及其对
        (
            "背景介绍。目的 探讨柚皮苷（naringin）对去卵巢大鼠骨量的影响及其对成骨细胞分化的影响。",
            {("柚皮苷", "去卵巢大鼠"), ("柚皮苷", "成骨细胞")},
        ),
        # a mechanism between the compound and 对
        (
            "背景介绍。槲皮素调控 Wnt/β-catenin 信号通路对去卵巢大鼠骨量的影响。",
            {("槲皮素", "去卵巢大鼠")},
        ),
        # an apposition between the compound and "on"
        (
            "Background first. Our aim was to test the effect of psoralen (PSO), a furanocoumarin "
            "of Psoralea, on growing MC3T3-E1 cells.",
            {("psoralen", "MC3T3-E1")},
        ),
        # "whether X …" aims
        (
            "Background first. We sought to determine whether psoralen protects against bone loss "
            "in ovariectomized mice.",
            {("psoralen", "ovariectomized mice")},
        ),
    ],
)
def test_more_aim_frames(text, expected):
    assert given_to(text) == expected


def test_a_denied_whether_clause_elsewhere_gives_nothing():
    assert given_to("Background first. Whether osteoblasts respond is unknown.") == set()


def test_a_system_the_sentence_introduces_is_where_a_later_compound_is_given():
    text = "体外分离培养小鼠 BMSCs，以 5、10 μmol/L 淫羊藿苷处理 48 h。"
    assert ("淫羊藿苷", "BMSCs") in given_to(text)
    # a system merely named earlier (no culture or study word) is not taken
    assert given_to("成骨细胞分化受阻，以 5 μmol/L 淫羊藿苷处理 48 h。") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("染料木素对去卵巢小鼠分离培养的成骨细胞的影响。", {("染料木素", "成骨细胞")}),
        (
            "We studied the effects of daidzein on chondrocytes harvested from aged mice.",
            {("daidzein", "chondrocytes")},
        ),
        # an animal that is the system stays
        ("探讨染料木素对去卵巢小鼠骨量的影响。", {("染料木素", "去卵巢小鼠")}),
    ],
)
def test_an_animal_the_cells_come_from_is_no_system_of_the_aim(text, expected):
    from test_relate_frames import given_to

    assert given_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We examined the effect of the isoflavone daidzein on cultured chondrocytes.",
            {("daidzein", "chondrocytes")},
        ),
        (
            "The effects of daidzein supplementation on ovariectomized rats were examined.",
            {("daidzein", "ovariectomized rats")},
        ),
    ],
)
def test_an_aim_with_a_class_word_or_a_treatment_noun(text, expected):
    from test_relate_frames import given_to

    assert given_to(text) == expected


def test_an_aim_through_a_drug_containing_serum():
    from test_relate_frames import given_to

    assert given_to("健骨颗粒含药血清对大鼠成骨细胞增殖的影响") == {("健骨颗粒", "成骨细胞")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model made with 造成; the compound given after the phrase is given to its system
        (
            "小鼠腹腔注射地塞米松造成骨质疏松模型，淫羊藿苷按10、20 mg/kg剂量灌胃。",
            {("地塞米松", "小鼠"), ("淫羊藿苷", "小鼠")},
        ),
        # herbs of a list (one of them known only from the list) are given, not systems
        (
            "小鼠足跖注射佐剂制备关节炎模型，分别灌胃给予杜仲、千年健、骨碎补和透骨草。",
            {("杜仲", "小鼠"), ("千年健", "小鼠"), ("骨碎补", "小鼠"), ("透骨草", "小鼠")},
        ),
    ],
)
def test_model_frames_give_compounds_and_herbs_to_the_model(text, expected):
    from test_relate_frames import given_to

    assert given_to(text) == expected
