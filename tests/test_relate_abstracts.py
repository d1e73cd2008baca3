"""Constructions read in real abstracts of the field (not copied: every sentence here is written
for the tests), with the sentences that must give nothing beside them."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def rels(text: str) -> set[tuple[str, str, str]]:
    ann = extract_text(text, "t")
    by_id = ann.entity_by_id()
    return {(r.type, by_id[r.arg1].text, by_id[r.arg2].text) for r in ann.relations}


def ents(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in extract_text(text, "t").entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a serial comma closes the list: every item is an object of the verb
        (
            "Gastrodin lowered the levels of TRAP, CTSK, MMP-9, and NFATc1.",
            {("DOWNREGULATES", "Gastrodin", g) for g in ("TRAP", "CTSK", "MMP-9", "NFATc1")},
        ),
        (
            "Sinomenine reduced MMP1, IL-17, and ADAMTS4 and raised SOX9.",
            {("DOWNREGULATES", "Sinomenine", g) for g in ("MMP1", "IL-17", "ADAMTS4")}
            | {("UPREGULATES", "Sinomenine", "SOX9")},
        ),
        # … but "and C <verb>" and "and C was …" are clauses of their own
        (
            "Gastrodin lowered TRAP, and NFATc1 was unchanged.",
            {("DOWNREGULATES", "Gastrodin", "TRAP")},
        ),
        (
            "Gastrodin lowered TRAP, and NFATc1 elevated ALP.",
            {("DOWNREGULATES", "Gastrodin", "TRAP"), ("UPREGULATES", "NFATc1", "ALP")},
        ),
        # a verb inside a parenthesis does not cut the list before it; the list's first item
        # may be a measure that is no mention
        (
            "Baicalin lowered MDA, increased the liver weight, SOD and GSH levels and improved the"
            " liver function (lower IL-6 levels).",
            {("DOWNREGULATES", "Baicalin", g) for g in ("MDA", "IL-6")}
            | {("UPREGULATES", "Baicalin", g) for g in ("SOD", "GSH")},
        ),
    ],
)
def test_serial_comma_lists(text: str, expected: set) -> None:
    assert rels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Knockdown of Nrf2 elevated MMP13 in chondrocytes.",
        "Nrf2 knockdown elevated MMP13 in chondrocytes.",
        "SIRT1 siRNA lowered Osx and Col1a1 levels.",
        "Nrf2-deficient mice showed higher MMP13 expression.",
        "敲低 Nrf2 后软骨细胞 MMP13 表达升高。",
        "Nrf2 敲除可升高 MMP13 的表达。",
    ],
)
def test_a_knocked_down_gene_is_no_agent(text: str) -> None:
    assert not {r for r in rels(text) if r[1] in ("Nrf2", "SIRT1")}


def test_a_gene_itself_stays_an_agent() -> None:
    assert rels("Nrf2 elevated HO-1 expression.") == {("UPREGULATES", "Nrf2", "HO-1")}
    # 沉默 inside a gene's Chinese name is no knockdown
    assert ("UPREGULATES", "沉默信息调节因子 1", "Runx2") in rels(
        "沉默信息调节因子 1 可上调 Runx2 的表达。"
    )


def test_a_capitalised_name_is_not_found_inside_a_longer_word() -> None:
    assert ("ORGANISM", "Danshen") not in ents("Danshensu promoted osteoblast differentiation.")
    assert ("ORGANISM", "Danshen") in ents("Danshen is a medicinal herb.")
    assert ("CELL_TYPE", "Osteoblast") in ents("Osteoblastic maturation sped up.")


def test_a_gene_fused_to_its_mrna() -> None:
    assert ("GENE", "Runx2") in ents("葛根素可上调 Runx2mRNA 的表达。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("目的 观察接骨续筋膏对兔胫骨骨折愈合的影响。", "接骨续筋膏"),
        ("予舒筋活络贴外敷于膝关节。", "舒筋活络贴"),
        ("将大鼠分为模型组及补肾壮骨散高、中、低剂量组。", "补肾壮骨散"),
    ],
)
def test_formula_names_with_suffixes_shared_with_common_words(text: str, name: str) -> None:
    assert ("COMPOUND", name) in ents(text)


@pytest.mark.parametrize(
    "text", ["细胞扩散后贴壁生长，加入软膏。", "涂抹红花软膏后观察。", "药物分散于溶剂中。"]
)
def test_common_words_ending_so_are_no_formula(text: str) -> None:
    assert not {e for e in ents(text) if e[0] == "COMPOUND"}


def test_a_dose_level_is_no_compound_name() -> None:
    found = ents("将 60 只 SD 大鼠分为模型组及壮骨汤大、中、小剂量组。")
    assert ("COMPOUND", "小") not in found and ("COMPOUND", "壮骨汤") in found
    assert ("COMPOUND", "锶") in ents("锶低剂量组骨密度升高。")


def test_chinese_animal_words() -> None:
    assert ("ORGANISM", "SD 鼠") in ents("将 36 只 SD 鼠随机分为 3 组。")
    assert ("ORGANISM", "日本大耳白兔") in ents("取日本大耳白兔 24 只。")


def test_a_chinese_state_attribute_is_no_trigger() -> None:
    # 降低的 / 升高的 before a name say what its level is; the verb before governs it
    assert rels("甲苷升高模型大鼠血清中降低的 ALP 活性。") == {("UPREGULATES", "甲苷", "ALP")}
    # with its agent right before it, it is a relative clause and stays
    assert rels("甲苷降低的 ALP 活性可被逆转。") == {("DOWNREGULATES", "甲苷", "ALP")}


def test_a_blocked_gene_is_no_agent_the_blocker_is() -> None:
    got = rels("Inhibition of JNK with SP600125 lowered Sp7 and Col1a1 levels.")
    assert ("DOWNREGULATES", "JNK", "Sp7") not in got
    assert {("DOWNREGULATES", "SP600125", "Sp7"), ("DOWNREGULATES", "SP600125", "Col1a1")} <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rhizoma Drynariae is widely used to treat fracture in Chinese medicine.",
            {("TREATS", "Rhizoma Drynariae", "fracture")},
        ),
        (
            "Treatment with Radix Achyranthis raised OPG and lowered RANKL.",
            {
                ("UPREGULATES", "Radix Achyranthis", "OPG"),
                ("DOWNREGULATES", "Radix Achyranthis", "RANKL"),
            },
        ),
        ("骨碎补可治疗骨质疏松症。", {("TREATS", "骨碎补", "骨质疏松症")}),
        (
            "给予去卵巢大鼠杜仲灌胃 12 周。",
            {("TESTED_IN", "杜仲", "去卵巢大鼠"), ("HAS_DURATION", "杜仲", "12 周")},
        ),
        # a plant is no tested system, an animal never an agent, a plant's habitat no finding
        ("Radix Dipsaci grows mainly in Sichuan.", set()),
        ("OVX rats showed lower BMD and raised RANKL.", set()),
        ("Radix Dipsaci extract had no effect on OPG.", set()),
    ],
)
def test_a_herbal_material_given_as_a_treatment_is_an_agent(text: str, expected: set) -> None:
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # giving frames
        (
            "Chondrocytes were then incubated with increasing concentrations of aesculetin.",
            {("TESTED_IN", "aesculetin", "Chondrocytes")},
        ),
        ("Chrysin was given to OVX rats.", {("TESTED_IN", "Chrysin", "OVX rats")}),
        (
            "OVX mice were injected intraperitoneally with chrysin.",
            {("TESTED_IN", "chrysin", "OVX mice")},
        ),
        # inhibiting a disease treats it; a cause is no treatment; a disease naming cells is
        # no target
        (
            "Chrysin inhibits glucocorticoid-induced osteoporosis in rats.",
            {("TREATS", "Chrysin", "glucocorticoid-induced osteoporosis")},
        ),
        ("槲皮素抑制骨关节炎的进展。", {("TREATS", "槲皮素", "骨关节炎")}),
        ("长期应用糖皮质激素可抑制骨形成并导致骨质疏松。", set()),
        # (sparing the cells is UP, decision 12; the thirteenth stop reads the cells past the
        # disease that names them)
        (
            "Chrysin suppressed apoptosis in osteoarthritis chondrocytes.",
            {("UPREGULATES", "Chrysin", "chondrocytes")},
        ),
        # a conjunct denied
        (
            "Chrysin suppressed the phosphorylation of ERK but not the p38 pathway.",
            {("DOWNREGULATES", "Chrysin", "ERK")},
        ),
        ("甲苷抑制 ERK 而非 p38 的磷酸化。", {("DOWNREGULATES", "甲苷", "ERK")}),
        # two verbs share the cells after the second, articles or not
        (
            "Chrysin upregulated the osteogenic but downregulated the adipogenic "
            "differentiation of BMSCs.",
            {("UPREGULATES", "Chrysin", "BMSCs"), ("DOWNREGULATES", "Chrysin", "BMSCs")},
        ),
        # a cell line before "cell differentiation" is regulated; a gene's activity "in" cells
        # only locates the result
        (
            "Chrysin stimulates MC3T3-E1 cell differentiation.",
            {("UPREGULATES", "Chrysin", "MC3T3-E1")},
        ),
        ("Chrysin raised ALP activity in MC3T3-E1 cells.", {("UPREGULATES", "Chrysin", "ALP")}),
        (
            "Chrysin enhanced ALP activity and mineralization of BMSCs.",
            {("UPREGULATES", "Chrysin", "ALP"), ("UPREGULATES", "Chrysin", "BMSCs")},
        ),
    ],
)
def test_english_frames_and_denials(text: str, expected: set) -> None:
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two group labels and their themes before one comparison: each label, each theme
        (
            "壮骨颗粒组与阿仑膦酸钠组血清 IL-17 水平及软骨 MMP-1、ADAMTS-4 蛋白表达均低于模型组。",
            {
                ("DOWNREGULATES", x, g)
                for x in ("壮骨颗粒", "阿仑膦酸钠")
                for g in ("IL-17", "MMP-1", "ADAMTS-4")
            },
        ),
        # a count of cells before its change
        (
            "与模型组比较，甲苷组 TRAP 阳性多核细胞数明显减少。",
            {("DOWNREGULATES", "甲苷", "多核细胞")},
        ),
        # the subject of a list of themes is one of them: no agent
        ("去卵巢组血清钙、磷和雌二醇均明显降低。", set()),
        # an assay reagent with its abbreviation before 法 is no agent
        ("采用噻唑蓝（MTT）法检测软骨细胞的增殖。", set()),
    ],
)
def test_chinese_group_frames_and_themes(text: str, expected: set) -> None:
    assert rels(text) == expected


def test_a_word_before_a_dose_group_is_no_compound() -> None:
    assert ("COMPOUND", "除") not in ents("除低剂量组外，甲苷各剂量组 ALP 活性均升高。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("知母皂苷BⅡ可上调 Osterix 表达。", "知母皂苷BⅡ"),  # a letter and a Roman numeral
        ("对羟基苯乙酮可上调 Osterix 表达。", "对羟基苯乙酮"),  # 对 as para-
        ("野黄芩苷可上调 Osterix 表达。", "野黄芩苷"),  # not the lexicon's 黄芩苷 inside it
        ("新橙皮苷可上调 Osterix 表达。", "新橙皮苷"),
        ("评价左归丸对骨代谢的影响。", "左归丸"),  # 评价 is no part of the formula
    ],
)
def test_chinese_compound_names(text: str, name: str) -> None:
    assert ("COMPOUND", name) in ents(text)


def test_para_before_a_name_that_is_no_systematic_name() -> None:
    assert ("COMPOUND", "羟基磷灰石") in ents("葛根素对羟基磷灰石支架的影响。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chrysin lowered the risk of hip fracture in aged rats.",
            {("TREATS", "Chrysin", "hip fracture")},
        ),
        ("Chrysin did not reduce the risk of fracture.", set()),
        ("Estrogen deficiency increases the risk of osteoporosis.", set()),
        (
            "Chrysin may be a promising therapeutic candidate for fracture repair.",
            {("TREATS", "Chrysin", "fracture")},
        ),
        (
            "Chrysin could be used as a new treatment for osteoporosis.",
            {("TREATS", "Chrysin", "osteoporosis")},
        ),
        # X (given so) 对 <system> Y 模型的修复作用 (a bone defect keeps its site: DECISIONS)
        (
            "龙胆苦苷对兔股骨骨缺损模型的修复作用。",
            {("TESTED_IN", "龙胆苦苷", "兔"), ("TREATS", "龙胆苦苷", "股骨骨缺损")},
        ),
        ("龙胆苦苷可促进软骨修复。", set()),
    ],
)
def test_treats_wording(text: str, expected: set) -> None:
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("结果牛膝总皂苷可改善骨密度。", "牛膝总皂苷"),  # a section label glued to the name
        ("目的考察牛膝总皂苷对骨密度的影响。", "牛膝总皂苷"),
        ("表明壮骨通络胶囊可以缩短骨折愈合过程。", "壮骨通络胶囊"),
        ("随机分为接骨续筋片组和模型组。", "接骨续筋片"),
        ("模型组细胞活力均比不同角黄素组低。", "角黄素"),
        (
            "The effect of grape seed extract (GSE) on osteoclasts was studied.",
            "grape seed extract",
        ),
        ("Herbal ointment (HO) was applied daily.", "Herbal ointment"),
    ],
)
def test_name_boundaries_and_preparations(text: str, name: str) -> None:
    assert ("COMPOUND", name) in ents(text)


def test_lab_preparations_and_messenger_rna_are_no_compounds() -> None:
    assert not ents("Lysis gave a protein extract (PE) for blots.")
    assert {e[0] for e in ents("The messenger RNA (mRNA) of Sox9 was measured.")} == {"GENE"}


def test_an_abbreviated_preparation_is_one_compound_at_every_use() -> None:
    got = rels("Grape seed extract (GSE) was given to OVX rats. GSE lowered RANKL.")
    assert {
        ("TESTED_IN", "Grape seed extract", "OVX rats"),
        ("DOWNREGULATES", "GSE", "RANKL"),
    } <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # examples after a comma go on with the objects
        (
            "Nomilin suppressed the over-regulation of inflammatory factors, such as NO, IL-6 and COX-2.",
            {("DOWNREGULATES", "Nomilin", x) for x in ("NO", "IL-6", "COX-2")},
        ),
        (
            "Nomilin lowered inflammatory mediators, including IL-17 and TNF-α.",
            {("DOWNREGULATES", "Nomilin", x) for x in ("IL-17", "TNF-α")},
        ),
        # a change noun after a list of names under a verb regulates nothing itself
        (
            "Luteolin significantly interrupted ERK, JNK and p38 MAPK activation.",
            {("DOWNREGULATES", "Luteolin", x) for x in ("ERK", "JNK", "p38 MAPK")},
        ),
    ],
)
def test_object_lists(text: str, expected: set) -> None:
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plant named as the source of the compound after it is no agent
        ("葛根中的葛根素可促进成骨细胞增殖。", {("UPREGULATES", "葛根素", "成骨细胞")}),
        (
            "Epimedium-derived icariin promoted osteoblast proliferation.",
            {("UPREGULATES", "icariin", "osteoblast")},
        ),
        # a knocked-down gene's clause takes no agent from the clause before
        (
            "Icariin raised FOXO1 levels, and FOXO1 knockdown lowered Sp7.",
            {("UPREGULATES", "Icariin", "FOXO1")},
        ),
        ("葛根素可激活 Nrf2，沉默 Nrf2 可降低 HO-1 表达。", {("UPREGULATES", "葛根素", "Nrf2")}),
        # inhibiting a healing, or a disease after another object, is no treatment
        ("Dexamethasone inhibits fracture healing in rats.", set()),
        ("地塞米松抑制骨折愈合。", set()),
        # (the bare object is the cells themselves: eighth stop; no TREATS either way)
        (
            "Dexamethasone inhibited osteoblasts and induced osteoporosis in rats.",
            {("DOWNREGULATES", "Dexamethasone", "osteoblasts")},
        ),
        ("地塞米松组骨缺损修复延迟。", set()),
        # a plain verb before a dose noun still regulates
        (
            "Icariin decreased concentrations of TNF-α in serum.",
            {("DOWNREGULATES", "Icariin", "TNF-α")},
        ),
        # the last name of a list with a verb of its own
        (
            "Puerarin increased ALP, OCN, and RUNX2 did not change.",
            {("UPREGULATES", "Puerarin", "ALP"), ("UPREGULATES", "Puerarin", "OCN")},
        ),
    ],
)
def test_review_findings(text: str, expected: set) -> None:
    assert rels(text) == expected


def test_no_name_after_a_space_or_a_preposition() -> None:
    assert {e for e in ents("葛根素处理 24 h 后细胞扩散。") if e[0] == "COMPOUND"} == {
        ("COMPOUND", "葛根素")
    }
    assert ("COMPOUND", "氨基葡萄糖") in ents("葛根素对氨基葡萄糖吸收的影响。")


def test_a_result_locative_before_a_passive_is_no_target() -> None:
    got = rels("ALP activity in MC3T3-E1 cells was increased after treatment with kaempferide.")
    assert got == {("UPREGULATES", "kaempferide", "ALP")}


def test_a_fraction_of_a_plant_written_by_its_abbreviation() -> None:
    text = "Morus alba (MA) is a tree. Rats received 50 mg/kg aqueous extract of MA."
    assert ("COMPOUND", "aqueous extract of MA") in ents(text)
    assert ("HAS_CONCENTRATION", "aqueous extract of MA", "50 mg/kg") in rels(text)


def test_a_dose_fused_to_a_defined_abbreviation_is_a_group_label() -> None:
    found = ents("Morus alba (MA) is a tree. Rats got 50 mg/kg of it (MA50) or 100 mg/kg (MA100).")
    assert not {e for e in found if e[1] in ("MA50", "MA100")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a serial-comma list before any verb is the subject of the passive
        (
            "The levels of BMP-4, p-Smad1/5, and Sp7 were significantly elevated in "
            "kaempferide-treated MC3T3-E1 cultures.",
            {("UPREGULATES", "kaempferide", g) for g in ("BMP-4", "p-Smad1/5", "Sp7")}
            | {("TESTED_IN", "kaempferide", "MC3T3-E1")},
        ),
        # a group named by what it was given
        (
            "FGF-2 expression increased in the group treated with kaempferide.",
            {("UPREGULATES", "kaempferide", "FGF-2")},
        ),
    ],
)
def test_results_in_treated_groups(text: str, expected: set) -> None:
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lowering a loss raises what is lost
        (
            "Chrysin markedly blocked IL-1β-stimulated IκB-α degradation and NF-κB activation.",
            {("UPREGULATES", "Chrysin", "IκB-α"), ("DOWNREGULATES", "Chrysin", "NF-κB")},
        ),
        (
            "Chrysin inhibited the degradation of aggrecan and collagen II.",
            {("UPREGULATES", "Chrysin", "aggrecan"), ("UPREGULATES", "Chrysin", "collagen II")},
        ),
        # an inducer between a verb and its nominal object is no verb of its own
        (
            "Nomilin suppressed the IL-1β-induced activation of NF-κB.",
            {("DOWNREGULATES", "Nomilin", "NF-κB")},
        ),
    ],
)
def test_losses_and_nominal_objects(text: str, expected: set) -> None:
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chrysin shows therapeutic effects on periodontitis.",
            {("TREATS", "Chrysin", "periodontitis")},
        ),
        ("Chrysin may be a promising remedy for GIOP.", {("TREATS", "Chrysin", "GIOP")}),
        ("Chrysin had no therapeutic effect on periodontitis.", set()),
    ],
)
def test_therapeutic_wording(text: str, expected: set) -> None:
    assert rels(text) == expected


def test_a_section_label_and_a_space_open_a_formula_name() -> None:
    assert ("COMPOUND", "活血止痛膏") in ents("结论 活血止痛膏可改善骨关节炎。")


def test_a_strain_with_its_abbreviation_is_one_span() -> None:
    assert ("ORGANISM", "Sprague-Dawley (SD) rats") in ents(
        "Sprague-Dawley (SD) rats got kaempferide."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English objects grouped by semicolons under one verb
        (
            "Chrysin inhibited the production of NO; expression of COX-2 and MMP-1; and "
            "degradation of aggrecan.",
            {
                ("DOWNREGULATES", "Chrysin", "NO"),
                ("DOWNREGULATES", "Chrysin", "COX-2"),
                ("DOWNREGULATES", "Chrysin", "MMP-1"),
                ("UPREGULATES", "Chrysin", "aggrecan"),
            },
        ),
        # a segment with a subject and verb of its own stays a clause
        ("Chrysin lowered ALP; OCN was unchanged.", {("DOWNREGULATES", "Chrysin", "ALP")}),
    ],
)
def test_semicolon_object_groups(text: str, expected: set) -> None:
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # conjoined agents keep their conjuncts across conjoined verbs
        (
            "Genistein and daidzein raised ALP activity and lowered TRAP expression.",
            {("UPREGULATES", x, "ALP") for x in ("Genistein", "daidzein")}
            | {("DOWNREGULATES", x, "TRAP") for x in ("Genistein", "daidzein")},
        ),
        (
            "葛根素和大豆苷元均能提高 ALP 活性并降低 TRAP 表达。",
            {("UPREGULATES", x, "ALP") for x in ("葛根素", "大豆苷元")}
            | {("DOWNREGULATES", x, "TRAP") for x in ("葛根素", "大豆苷元")},
        ),
        # a combination arm's label (X+Y 组) ends past its plus; 诱导剂 is a noun, no verb
        (
            "淫羊藿苷组及淫羊藿苷+地塞米松组均能上调 BMP-2 的表达。",
            {("UPREGULATES", "淫羊藿苷", "BMP-2")},
        ),
        # the agents after by, and conjoined group labels, each get the relation
        (
            "Osx expression was raised by genistein and daidzein.",
            {("UPREGULATES", x, "Osx") for x in ("genistein", "daidzein")},
        ),
        (
            "Osx expression was upregulated in the genistein and daidzein groups.",
            {("UPREGULATES", x, "Osx") for x in ("genistein", "daidzein")},
        ),
        (
            "VEGF expression increased in the group treated with icariin and strontium.",
            {("UPREGULATES", x, "VEGF") for x in ("icariin", "strontium")},
        ),
    ],
)
def test_conjoined_agents(text: str, expected: set) -> None:
    assert expected <= rels(text)


def test_every_arm_of_a_group_list_with_a_combination() -> None:
    text = (
        "成骨诱导剂组、淫羊藿苷组及淫羊藿苷+成骨诱导剂组均能促进 MSCs 成骨分化及上调 Osx 的表达。"
    )
    ann = extract_text(text, "t")
    by_id = ann.entity_by_id()
    agents = {by_id[r.arg1].start for r in ann.relations if by_id[r.arg2].text == "Osx"}
    assert len(agents) == 2  # both 淫羊藿苷 arms


def test_a_gene_in_a_group_locative_is_no_agent_of_the_group() -> None:
    found = rels("Osx expression was upregulated in the genistein and daidzein groups.")
    assert not {r for r in found if r[1] == "Osx"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the treated group's compound is the agent wherever "in the X group" stands
        ("Osx expression in the icariin group was raised.", {("UPREGULATES", "icariin", "Osx")}),
        ("Osx expression in the icariin group rose.", {("UPREGULATES", "icariin", "Osx")}),
        ("Osx expression rose in the icariin group.", {("UPREGULATES", "icariin", "Osx")}),
        # doses joined by "and" stay in the label, and the label is the later clauses' agent
        (
            "Versus the DEX group, Osx rose in icariin 2 and 8 mg/kg groups, "
            "and Sp7 and Col1a2 mRNA were also up-regulated.",
            {("UPREGULATES", "icariin", g) for g in ("Osx", "Sp7", "Col1a2")}
            | {("HAS_CONCENTRATION", "icariin", "2 and 8 mg/kg")},
        ),
        # an elided agent in a later clause: the sentence's compound
        (
            "Icariin lowered CTSK, while Sp7 and Col1a2 levels were markedly up-regulated.",
            {("DOWNREGULATES", "Icariin", "CTSK")}
            | {("UPREGULATES", "Icariin", g) for g in ("Sp7", "Col1a2")},
        ),
        (
            "Icariin raised Sp7, and CTSK activity fell by 40%.",
            {("UPREGULATES", "Icariin", "Sp7"), ("DOWNREGULATES", "Icariin", "CTSK")},
        ),
    ],
)
def test_english_group_frames(text: str, expected: set) -> None:
    assert rels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the reference group is no agent; a group with no compound gives nothing
        "Osx expression rose in the OVX group.",
        "Compared with the icariin group, Osx expression rose in the OVX group.",
        # the list of a lowering verb stops before an intransitive clause of its own
        "Icariin lowered CTSK, and Osx rose.",
    ],
)
def test_english_group_frames_that_give_no_regulation_of_osx_by_a_group(text: str) -> None:
    found = rels(text)
    assert not {r for r in found if r[2] == "Osx" and r[0] == "DOWNREGULATES"}
    assert ("UPREGULATES", "icariin", "Osx") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Unicode hyphen reads as "-": RANKL is the inducer, not a target
        (
            "Baicalein suppressed RANKL‐induced osteoclast formation.",
            {("DOWNREGULATES", "Baicalein", "osteoclast")},
        ),
        # a parenthesised list of names with their figures is one list
        (
            "Baicalein lowered the catabolic markers (MMP13, 30%; ADAMTS5, 12%) in chondrocytes.",
            {("DOWNREGULATES", "Baicalein", g) for g in ("MMP13", "ADAMTS5")},
        ),
        (
            "黄芩素促进转录因子(Osterix,Runx2 和 Dlx5)的表达。",
            {("UPREGULATES", "黄芩素", g) for g in ("Osterix", "Runx2", "Dlx5")},
        ),
        # NF-κB p65: the relation goes to p65
        ("Baicalein lowered NF-κB p65 nuclear levels.", {("DOWNREGULATES", "Baicalein", "p65")}),
    ],
)
def test_lists_hyphens_and_qualified_names(text: str, expected: set) -> None:
    assert rels(text) == expected


def test_a_measured_compound_is_no_agent() -> None:
    text = "与假手术组比较,模型组大鼠骨钙含量、血清雌二醇含量均降低,血清 ALP 含量升高。"
    assert not {r for r in rels(text) if r[1] == "钙"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list item "、mRNA" is the themes' measure, not a name
        (
            "与模型组相比,黄芩素组BNIP3、Beclin1、mRNA表达升高。",
            {("UPREGULATES", "黄芩素", g) for g in ("BNIP3", "Beclin1")},
        ),
        # 产生 is a level noun; the group label stays the sentence's agent
        ("黄芩素组总抗氧化力降低,ROS产生增加。", {("UPREGULATES", "黄芩素", "ROS")}),
        # "(均P<0.05)" after the trigger
        (
            "与模型组比较,黄芩素组MDA含量降低,SOD含量升高(均P<0.05)。",
            {("DOWNREGULATES", "黄芩素", "MDA"), ("UPREGULATES", "黄芩素", "SOD")},
        ),
        # the subject's conjuncts carried to the next verb of the sentence
        (
            "结果:与模型组比较,黄芩素及大豆苷元、染料木素能明显减轻足肿胀度,降低血清IL-17水平。",
            {("DOWNREGULATES", x, "IL-17") for x in ("黄芩素", "大豆苷元", "染料木素")},
        ),
    ],
)
def test_chinese_group_results(text: str, expected: set) -> None:
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb between the words of a giving phrase
        (
            "Osteocytes were incubated in vitro with baicalein for 12 h.",
            {("TESTED_IN", "baicalein", "Osteocytes")},
        ),
        ("Mice were treated orally with baicalein.", {("TESTED_IN", "baicalein", "Mice")}),
        # receiving, and an aim written with "role"
        (
            "Collagen-immunised rats receiving baicalein were scored.",
            {("TESTED_IN", "baicalein", "rats")},
        ),
        (
            "We explored the role of baicalein in synovial fibroblasts.",
            {("TESTED_IN", "baicalein", "synovial fibroblasts")},
        ),
    ],
)
def test_giving_phrases_and_aims(text: str, expected: set) -> None:
    assert expected <= rels(text)


@pytest.mark.parametrize(
    "text",
    [
        # a background gap: the effect is not known, no finding
        "Yet the power of icariin to ameliorate osteoarthritis has not been determined.",
        "Whether icariin lowers IL-17 in synovitis is still unknown.",
        "淫羊藿苷对 IL-17 的抑制作用尚不清楚。",
    ],
)
def test_a_gap_statement_gives_no_regulation_or_treatment(text: str) -> None:
    assert not {r for r in rels(text) if r[0] in ("UPREGULATES", "DOWNREGULATES", "TREATS")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the mechanism's gap presupposes the effect; a parenthesised aside says nothing of it
        (
            "Icariin lowered IL-17, but the mechanism remains unclear.",
            {("DOWNREGULATES", "Icariin", "IL-17")},
        ),
        ("淫羊藿苷下调 IL-17 的机制尚不清楚。", {("DOWNREGULATES", "淫羊藿苷", "IL-17")}),
        (
            "Icariin lowered IL-17 (although how remains unclear).",
            {("DOWNREGULATES", "Icariin", "IL-17")},
        ),
    ],
)
def test_gaps_that_leave_the_finding(text: str, expected: set) -> None:
    assert rels(text) == expected
