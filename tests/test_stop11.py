"""Eleventh stop (2026-12-05): what the learning half of yardstick 11 (Chinese abstracts on
tumour cell lines and liver injury) showed, on sentences of our own; each case fails without
its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_stop10 import _rels, _texts

from puerextract.extract import extract_text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name ending in 素 given as a treatment is a compound at every use
        ("雷公藤红素处理 24 h 后，细胞凋亡增加。", ["雷公藤红素"]),
        ("结果显示毛兰素能诱导胃癌细胞凋亡。", ["毛兰素"]),
        ("目的：观察毛兰素对胃癌细胞迁移的影响。", ["毛兰素"]),
        ("目的：研究毛兰素对肝癌细胞增殖的抑制作用。其后毛兰素组细胞减少。", ["毛兰素", "毛兰素"]),
        # a plant before the name, the name cued elsewhere: the plant is its source, not part of it
        ("金钗石斛毛兰素的抗肿瘤作用。毛兰素能抑制细胞增殖。", ["毛兰素", "毛兰素"]),
        # no cue: no name (guard)
        ("毛兰素的来源尚有争议。", []),
        # a one-character stem names no compound, even with a cue
        ("多种影响因素对结果的影响不同。", []),
        ("各要素处理后再行分析。", []),
    ],
)
def test_cued_su_names(text: str, names: list[str]) -> None:
    assert _texts(text, "COMPOUND") == names


def test_protein_su_names_stay_genes() -> None:  # guard: lexicon proteins are no compounds
    assert _texts("瘦素对骨代谢的影响较大。", "GENE") == ["瘦素"]
    assert _texts("瘦素对骨代谢的影响较大。", "COMPOUND") == []


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("采用 Caco-2 细胞建立模型。", ["Caco-2"]),
        ("HK-2 细胞经高糖处理 48 h。", ["HK-2"]),
        ("the HT-29 cells were treated with X", ["HT-29"]),
        # the hyphen written as a space, as PDF titles set it, once the code is cued
        ("毛兰素诱导 Caco 2 细胞凋亡。方法：Caco-2 细胞培养 24 h。", ["Caco 2", "Caco-2"]),
        ("A Caco 2 monolayer was used.", []),  # never cued: no line
        # T helper subsets and markers are no lines
        ("Th-17 细胞比例升高。", []),
        ("Numbers of CD-4 cells rose after injury.", []),
        ("IL-6 细胞因子水平升高。", []),  # guard: a gene before 细胞因子
    ],
)
def test_short_hyphen_cell_codes(text: str, lines: list[str]) -> None:
    assert _texts(text, "CELL_LINE") == lines


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        ("建立大鼠急性肝损伤模型。", "急性肝损伤"),
        ("慢性肾衰竭患者 60 例。", "慢性肾衰竭"),
        ("小鼠慢性酒精性肝损伤模型。", "慢性酒精性肝损伤"),
        ("建立慢性酒精肝损伤模型。", "慢性酒精肝损伤"),
        ("老年性骨质疏松症患者。", "老年性骨质疏松症"),  # guard: a lexicon term with it
    ],
)
def test_modified_disease_mentions(text: str, disease: str) -> None:
    assert _texts(text, "DISEASE") == [disease]


def test_alcohol_alone_is_no_disease() -> None:
    assert _texts("给予酒精 4 周后取材。", "DISEASE") == []


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # 治疗 inside a group label is no TREATS trigger: the label stays the agent
        (
            "与模型组比较，黄芪治疗组大鼠血清中丙二醛、IL-6 和 TNF-α 含量明显降低。",
            {("丙二醛", "IL-6"), ("丙二醛", "TNF-α")},
            {("黄芪", "丙二醛"), ("黄芪", "IL-6"), ("黄芪", "TNF-α")},
        ),
        # a theme list whose first items are set off by commas, closed by 和
        (
            "与模型组比较，槲皮素组大鼠肝组织中丙二醛,IL-6 和 TNF-α 含量明显降低。",
            {("丙二醛", "IL-6")},
            {("槲皮素", "丙二醛"), ("槲皮素", "IL-6"), ("槲皮素", "TNF-α")},
        ),
        (
            "与模型组比较，槲皮素组大鼠肝组织中丙二醛，一氧化氮，IL-6 及 TNF-α 含量明显降低。",
            set(),
            {("槲皮素", "丙二醛"), ("槲皮素", "一氧化氮"), ("槲皮素", "IL-6"), ("槲皮素", "TNF-α")},
        ),
    ],
)
def test_group_label_themes(text: str, absent: set, present: set) -> None:
    found = _rels(text, "DOWNREGULATES")
    assert present <= found
    assert not absent & found


def test_comma_subject_stays_agent() -> None:  # the clause's first name is its subject
    found = _rels("槲皮素，IL-6 和 TNF-α 含量均降低。", "DOWNREGULATES")
    assert found == {("槲皮素", "IL-6"), ("槲皮素", "TNF-α")}


@pytest.mark.parametrize(
    "text",
    [
        "与模型组比较，槲皮素治疗组大鼠血清 IL-6 降低。",
        "与模型组比较，槲皮素高剂量组大鼠血清 IL-6 降低。",
    ],
)
def test_label_with_levels_names_its_animal(text: str) -> None:
    assert ("槲皮素", "大鼠") in _rels(text, "TESTED_IN")


def test_treatment_word_outside_a_label_still_treats() -> None:  # guard
    assert ("槲皮素", "骨质疏松症") in _rels("槲皮素可治疗骨质疏松症。", "TREATS")


def test_comma_after_a_verb_still_ends_the_clause() -> None:
    """A "，" list joins only names with no trigger before them in the clause (guard)."""
    assert _rels("葛根素升高 ALP，OPG 和 Runx2 降低。", "UPREGULATES") == {("葛根素", "ALP")}
    assert _rels("葛根素升高 ALP，OPG 和 Runx2 降低。", "DOWNREGULATES") == {
        ("葛根素", "OPG"),
        ("葛根素", "Runx2"),
    }


_TITLE = "金钗石斛毛兰素对人胃癌 SGC-7901 细胞的作用\n"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a title opening on a plant and its compound names the compound as the tested one
        (_TITLE + "结果：毛兰素能诱导 SGC-7901 细胞凋亡。", ("毛兰素", "SGC-7901")),
        # an aim's mechanism after the effect noun
        (
            _TITLE + "目的：研究毛兰素对 SGC-7901 细胞增殖的抑制作用及其分子机制。",
            ("毛兰素", "SGC-7901"),
        ),
        # a cell activity between the trigger and the effect noun
        (
            _TITLE + "方法：采用 MTT 法检测毛兰素对 SGC-7901 细胞的抑制增殖作用。",
            ("毛兰素", "SGC-7901"),
        ),
        # killing and cytotoxic effects lower the cells
        (_TITLE + "结论：毛兰素对 SGC-7901 细胞具有明显的细胞毒作用。", ("毛兰素", "SGC-7901")),
        (_TITLE + "毛兰素(5 μmol/L)对 SGC-7901 细胞有杀伤作用。", ("毛兰素", "SGC-7901")),
        # the cells before the kill verb in an aim
        (
            _TITLE + "目的：探讨毛兰素对体外培养的 SGC-7901 细胞诱导凋亡的作用。",
            ("毛兰素", "SGC-7901"),
        ),
    ],
)
def test_cell_killing_phrases(text: str, pair: tuple) -> None:
    assert pair in _rels(text, "DOWNREGULATES")


@pytest.mark.parametrize(
    "text",
    [
        _TITLE + "毛兰素对 SGC-7901 细胞无明显细胞毒作用。",  # denied
        _TITLE + "毛兰素组 SGC-7901 细胞毒性未见增加。",
    ],
)
def test_denied_cytotoxicity_gives_nothing(text: str) -> None:
    assert not _rels(text, "DOWNREGULATES")


def test_sparing_verb_leaves_the_cell_of_a_later_kill_verb() -> None:
    text = _TITLE + "结论：毛兰素能抑制肿瘤细胞的增殖且诱导 SGC-7901 细胞凋亡。"
    assert ("毛兰素", "SGC-7901") not in _rels(text, "UPREGULATES")


def test_sparing_verb_reaches_past_a_nominal_inducer() -> None:  # guard
    text = "黄芩苷对软骨细胞的保护作用\n结果：黄芩苷可减轻 IL-1β 诱导的软骨细胞凋亡。"
    assert ("黄芩苷", "软骨细胞") in _rels(text, "UPREGULATES")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("比较野生黄芪与栽培黄芪的功效。", ["野生黄芪", "栽培黄芪"]),
        ("鲜地黄与生地黄的成分不同。", ["鲜地黄", "地黄"]),
        ("采用黄芪灌胃。", ["黄芪"]),  # guard
    ],
)
def test_kind_of_herb_in_its_span(text: str, names: list[str]) -> None:
    assert _texts(text, "ORGANISM") == names


@pytest.mark.parametrize(
    ("text", "rtype", "expected"),
    [
        (
            "结论：葛根素和槲皮素对慢性酒精性肝损伤小鼠均有保护作用。",
            "TREATS",
            {("葛根素", "慢性酒精性肝损伤"), ("槲皮素", "慢性酒精性肝损伤")},
        ),
        (
            "葛根素与槲皮素对 IL-6 的表达有抑制作用。",
            "DOWNREGULATES",
            {("葛根素", "IL-6"), ("槲皮素", "IL-6")},
        ),
    ],
)
def test_conjoined_agents_before_dui(text: str, rtype: str, expected: set) -> None:
    assert _rels(text, rtype) == expected


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        ("细胞活力用四氮噻唑蓝(MTT)法测定。", "COMPOUND", ["四氮噻唑蓝", "MTT"]),
        (
            "细胞增殖以 SRB 法测定，Hoechst33342 染色观察核形态。",
            "COMPOUND",
            ["SRB", "Hoechst33342"],
        ),
        ("X 经线粒体凋亡途径诱导细胞凋亡。", "PATHWAY", ["线粒体凋亡途径"]),
        (
            "apoptosis through the mitochondria-mediated apoptotic pathway",
            "PATHWAY",
            ["mitochondria-mediated apoptotic pathway"],
        ),
    ],
)
def test_assay_reagents_and_mitochondrial_pathway(text: str, etype: str, names: list) -> None:
    assert _texts(text, etype) == names


@pytest.mark.parametrize("conj", ["及", "和", "，并且", "且"])
def test_conjunction_after_a_trigger_opens_the_next_result(conj: str) -> None:
    text = f"与模型组比较，葛根素组 MDA 含量降低{conj} SOD 活性升高。"
    assert _rels(text, "DOWNREGULATES") == {("葛根素", "MDA")}
    assert _rels(text, "UPREGULATES") == {("葛根素", "SOD")}


def test_conjoined_objects_of_one_trigger_stay_its_objects() -> None:  # guard
    assert _rels("葛根素可降低 IL-6 及 TNF-α 水平。", "DOWNREGULATES") == {
        ("葛根素", "IL-6"),
        ("葛根素", "TNF-α"),
    }


def test_no_relation_across_a_semicolon() -> None:
    """Twelfth stop: both arguments stand in one sentence, and ； ends a sentence (the
    guidelines); the subject carried over it in the eleventh stop named no argument there."""
    text = "结果：槲皮素能降低 IL-6 水平；能使丙二醛含量明显减少；可使 SOD 活性升高。"
    assert _rels(text, "DOWNREGULATES") == {("槲皮素", "IL-6")}
    assert _rels(text, "UPREGULATES") == set()


def test_no_subject_is_carried_from_a_model_group() -> None:  # guard
    assert not _rels("结果：模型组 IL-6 升高；能使丙二醛含量明显减少。", "DOWNREGULATES")


def test_release_is_a_theme_noun() -> None:
    text = "槲皮素组腺苷释放明显增加。"
    assert ("槲皮素", "腺苷") in _rels(text, "UPREGULATES")


@pytest.mark.parametrize(
    ("text", "treats", "absent"),
    [
        (
            "结论：腺苷释放增加可能是槲皮素减轻心肌缺血再灌注损伤的机制之一。",
            {("槲皮素", "心肌缺血再灌注损伤")},
            {("腺苷", "槲皮素")},
        ),
        # a copula right after the agent keeps it (guard)
        ("槲皮素是通过抑制 NF-κB 减轻骨质疏松症的。", {("槲皮素", "骨质疏松症")}, set()),
    ],
)
def test_copula_starts_a_new_subject(text: str, treats: set, absent: set) -> None:
    assert _rels(text, "TREATS") == treats
    assert not absent & _rels(text, "UPREGULATES")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("二磷酸腺苷诱导血小板聚集。", ["二磷酸腺苷"]),
        ("腺苷与环磷酸腺苷(cAMP)含量升高。", ["腺苷", "环磷酸腺苷", "cAMP"]),
    ],
)
def test_adenosine_and_its_phosphates(text: str, names: list[str]) -> None:
    assert _texts(text, "COMPOUND") == names


@pytest.mark.parametrize(
    "text",
    [
        "给予槲皮素灌胃 4 周后，其血清 SOD 活性增高，丙二醛含量下降。",
        "给予大鼠槲皮素灌胃 4 周后，大鼠血清 SOD 活性增高，丙二醛含量下降。",
        "用槲皮素处理 48 h 后，SOD 活性增高，丙二醛含量下降。",
    ],
)
def test_given_compound_is_the_subject_after_its_clause(text: str) -> None:
    assert _rels(text, "UPREGULATES") == {("槲皮素", "SOD")}
    assert _rels(text, "DOWNREGULATES") == {("槲皮素", "丙二醛")}


def test_given_model_stimulus_is_no_subject() -> None:  # guard
    text = (
        "槲皮素对地塞米松诱导的骨质疏松大鼠的影响\n方法：给予地塞米松 4 周后，大鼠血清 OPG 降低。"
    )
    assert not _rels(text, "DOWNREGULATES")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an unknown herb before 含药血清 is the herb, at every use
        ("观察不同浓度的岗梅根含药血清对细胞的影响。岗梅根的作用。", ["岗梅根", "岗梅根"]),
        ("5%岗梅根含药血清可抑制 NO 的释放。", ["岗梅根"]),
        # a lexicon herb stays as it is; a generic or counted head names nothing (guards)
        ("葛根含药血清可抑制 NO 的释放。", ["葛根"]),
        ("各组含药血清对细胞的影响。", []),
        ("中药含药血清的制备。", []),
    ],
)
def test_herb_before_drug_containing_serum(text: str, names: list[str]) -> None:
    assert _texts(text, "ORGANISM") == names


def test_serum_herb_is_the_agent() -> None:
    text = "结果：与模型组比较，10%岗梅根含药血清可显著抑制 NO 的释放。"
    assert ("岗梅根", "NO") in _rels(text, "DOWNREGULATES")


@pytest.mark.parametrize(
    ("text", "durations"),
    [
        ("检测 24 h 尿蛋白排泄量及血肌酐水平。", []),
        ("检测24h尿微量白蛋白。", []),
        ("Proteinuria was measured in 24-h urine samples.", []),
        ("槲皮素处理 24 h 后检测尿蛋白。", ["24 h"]),  # guard: an exposure time before 后
    ],
)
def test_sample_collection_times_are_no_durations(text: str, durations: list[str]) -> None:
    assert _texts(text, "DURATION") == durations


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("肾组织中 PAI-1 的 mRNA 表达降低。", "GENE"),
        ("PAI-1 protein expression fell.", "GENE"),
        ("HK-2 细胞经高糖处理。", "CELL_LINE"),  # guard
    ],
)
def test_codes_before_gene_words_are_genes(text: str, etype: str) -> None:
    code = "PAI-1" if "PAI" in text else "HK-2"
    assert [e.type for e in extract_text(text).entities if e.text == code] == [etype]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("分别加入 0.1、1.0、5.0 g/ml 的生脉散。", "0.1、1.0、5.0 g/ml"),
        ("灌胃含生药 2 g/mL 的葛根素溶液。", "2 g/mL"),
        ("加入 5 mg/mL 的葛根素。", "5 mg/mL"),  # guard: milligrams stay milligrams
    ],
)
def test_grams_per_millilitre(text: str, written: str) -> None:
    assert _texts(text, "CONCENTRATION") == [written]


def test_conjunction_opens_no_name() -> None:
    assert _texts("效果最好，且毛兰素 20 μmol/L 时最佳。", "COMPOUND") == ["毛兰素"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a trigger inside the object of an aim's 对 is no verb of the aim's compound
        ("检测槲皮素对 H2O2 诱导损伤后的 PC12 细胞存活率的影响。", ("槲皮素", "PC12")),
    ],
)
def test_trigger_inside_an_aims_object(text: str, absent: tuple) -> None:
    assert absent not in _rels(text, "UPREGULATES")


def test_effect_noun_of_an_aim_still_regulates() -> None:  # guard
    assert ("槲皮素", "PC12") in _rels("研究槲皮素对 PC12 细胞增殖的抑制作用。", "DOWNREGULATES")


def test_no_relation_across_an_english_sentence_end() -> None:  # twelfth stop: guidelines
    text = "Naringin lowered creatinine. They further lowered renal MDA."
    assert _rels(text, "DOWNREGULATES") == {("Naringin", "creatinine")}


def test_no_pronoun_subject_without_a_sentence_before() -> None:  # guard
    assert not _rels("They further lowered renal MDA.", "DOWNREGULATES")


def test_their_combination_keeps_every_conjoined_agent() -> None:
    text = "Naringin, baicalin and their combination markedly reduced IL-6 levels."
    assert _rels(text, "DOWNREGULATES") == {("Naringin", "IL-6"), ("baicalin", "IL-6")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "X protected against cisplatin-induced nephrotoxicity and hepatotoxicity.",
            ["nephrotoxicity", "hepatotoxicity"],
        ),
        ("顺铂所致肾毒性明显减轻。", ["肾毒性"]),
    ],
)
def test_organ_toxicities_are_diseases(text: str, names: list[str]) -> None:
    assert _texts(text, "DISEASE") == names


def test_no_group_label_relation_across_a_semicolon() -> None:  # twelfth stop: guidelines
    text = "结果：与模型组相比，槲皮素组大鼠血清 GSH 水平升高；TGF-β1、Smad2 表达显著降低。"
    assert _rels(text, "DOWNREGULATES") == set()


def test_no_label_carry_into_a_sentence_with_its_own_group() -> None:  # guard
    text = "结果：与模型组相比，槲皮素组大鼠血清 GSH 水平升高；模型组 TGF-β1 表达降低。"
    assert not _rels(text, "DOWNREGULATES")


def test_positive_control_drug_keeps_its_label_dose() -> None:
    text = "大鼠分为对照组、模型组、泼尼松龙阳性对照(3 mg/kg)组和槲皮素高剂量和低剂量(50、25 mg/kg)组。"
    found = _rels(text, "HAS_CONCENTRATION")
    assert found == {("泼尼松龙", "3 mg/kg"), ("槲皮素", "50、25 mg/kg")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a fraction of a species the taxonomy table does not list, of a genus it does
        (
            "Astragalus complanatus flavonoids were given to rats.",
            "Astragalus complanatus flavonoids",
        ),
        ("Panax notoginseng saponins lowered IL-6.", "Panax notoginseng saponins"),
    ],
)
def test_english_plant_fractions(text: str, name: str) -> None:
    assert _texts(text, "COMPOUND")[0] == name


def test_no_fraction_without_a_plant_genus() -> None:  # guard
    assert "Serum total flavonoids" not in _texts(
        "Serum total flavonoids were measured.", "COMPOUND"
    )


def test_month_abbreviation() -> None:
    assert _texts("Rats were given quercetin once a day for 1 mo.", "DURATION") == ["1 mo"]


def test_reference_group_after_a_theme_trigger() -> None:
    text = (
        "Rats received quercetin. In the quercetin groups, SOD activity increased and MDA "
        "content decreased in comparison to the liver fibrosis model group."
    )
    assert _rels(text, "DOWNREGULATES") == {("quercetin", "MDA")}
    assert not _rels(text, "TREATS")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # restoring disturbed levels says no direction: no relation
        ("Quercetin normalized the abnormal SOD and MDA.", set()),
        ("Quercetin normalized the altered SOD activity.", set()),
        ("Quercetin restored ALP activity.", {("Quercetin", "ALP")}),  # guard
    ],
)
def test_restoring_disturbed_levels_has_no_direction(text: str, expected: set) -> None:
    assert _rels(text, "UPREGULATES") == expected


def test_english_conjunct_after_an_adverb_opens_the_next_result() -> None:
    text = "With naringin, Sost decreased slightly and the serum amount of DKK1 increased."
    assert ("naringin", "DKK1") not in _rels(text, "DOWNREGULATES")
    assert ("naringin", "DKK1") in _rels(text, "UPREGULATES")


def test_objects_joined_by_and_the_stay_objects() -> None:  # guard
    assert _rels("Naringin increased ALP activity and the expression of Runx2.", "UPREGULATES") == {
        ("Naringin", "ALP"),
        ("Naringin", "Runx2"),
    }
