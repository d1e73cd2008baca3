"""Names no lexicon holds (:mod:`puerextract.morphology`): each mechanism on sentences written
for these tests, in both languages, with the cases that must not fire."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text
from puerextract.morphology import SOURCES
from puerextract.tag import SOURCE_PRIORITY

MINE = set(SOURCES)


def mentions(text: str, types: tuple[str, ...] = ("COMPOUND",)) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in extract_text(text).entities if e.type in types]


def texts(text: str, types: tuple[str, ...] = ("COMPOUND",)) -> list[str]:
    return [t for t, _ in mentions(text, types)]


def found_by(text: str) -> dict[str, str]:
    """Mention text -> rule family, for the families of this module."""
    return {e.text: e.source for e in extract_text(text).entities if e.source in MINE}


# ----------------------------------------------------------------------------- English endings


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Matrine suppressed osteoclast formation in vitro.", "Matrine"),
        ("Bakuchiol-treated mice kept their trabecular bone.", "Bakuchiol"),
        ("Triptolide lowered IL-6 in the synovium.", "Triptolide"),
        ("Cryptotanshinone was added to the medium.", "Cryptotanshinone"),
        ("Arctigenin and sennoside A were compared.", "sennoside A"),
        ("Treatment with gypenoside XLIX did not alter ALP.", "gypenoside XLIX"),
        ("Lycopene was fed for 8 weeks.", "Lycopene"),
        ("Cells received 2,3-dihydroxybenzoic acid before the assay.", "2,3-dihydroxybenzoic acid"),
        ("The rats were given 18α-glycyrrhetinic acid daily.", "18α-glycyrrhetinic acid"),
        ("Chlorogenic acid B was isolated.", "Chlorogenic acid B"),
        # substituents with locants before the parent name; primes in a locant list
        ("It is 5-hydroxy-2-nitrobenzoic acid in fact.", "5-hydroxy-2-nitrobenzoic acid"),
        ("Genistein (4′,5,7-trihydroxyisoflavone) was used.", "4′,5,7-trihydroxyisoflavone"),
        (
            "Pratensein (3′,5,7-trihydroxy-4′-methoxyisoflavone) was used.",
            "3′,5,7-trihydroxy-4′-methoxyisoflavone",
        ),
    ],
)
def test_english_endings_make_compound_names(sentence, name):
    assert name in texts(sentence)
    assert found_by(sentence).get(name) in ("morphology", None)  # None: the shape rules had it


@pytest.mark.parametrize(
    "sentence",
    [
        "Protein levels were determined within 24 h and the bone margin was examined again.",
        "The routine medicine did not change the baseline line; none of the controls were done.",
        "We examined whether the spine, the uterine horn and the intestine were affected.",
        "Each protocol defined one zone and one role for the whole hormone panel.",
        "Cytokine and chemokine release were measured in murine and bovine cells.",
        "The guidelines combine a deadline with an online pipeline.",
    ],
)
def test_plain_english_words_are_no_compounds(sentence):
    assert not found_by(sentence)


def test_a_name_before_a_gene_word_is_no_compound_anywhere_in_the_paper():
    text = (
        "Meteorin expression rose after loading. Meteorin was also measured in serum. "
        "Serine/threonine kinase activity and tyrosine phosphorylation increased."
    )
    assert not found_by(text)


def test_class_descriptors_after_an_article_are_no_names():
    text = "Kaempferide, a flavonol glycoside, and the main saponin of the root were tested."
    assert found_by(text) == {"Kaempferide": "morphology"}


# ----------------------------------------------------------------------------- cued endings


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Osteoblasts were treated with wogonin for 48 h.", "wogonin"),
        ("Schisandrin (20 mg/kg) reduced bone loss in the model.", "Schisandrin"),
        ("Cells exposed to 10 μM silibinin showed more nodules.", "silibinin"),
        ("Dihydroartemisinin, a derivative of artemisinin, was used.", "artemisinin"),
        ("Gastrodin, an phenolic glycoside from a tuber, protected the cells.", "Gastrodin"),
        ("Sodium alendronate-treated rats and trehalose (100 mM) were compared.", "trehalose"),
    ],
)
def test_shared_endings_need_a_cue(sentence, name):
    assert name in texts(sentence)


def test_a_cue_at_one_use_names_every_use():
    text = (
        "Nobiletin (50 μM) was given to osteoclast precursors. "
        "Nobiletin reduced the number of TRAP-positive cells."
    )
    assert texts(text).count("Nobiletin") == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Nesfatin and irisin increased in serum; chemerin fell.",
        "Cells were treated with insulin (10 μg/mL) for one day.",
        "We investigate and evaluate the candidate substrate.",
        "Sclerostin (SOST) expression and periostin levels were assayed.",
    ],
)
def test_shared_endings_without_a_cue_do_not_fire(sentence):
    assert not found_by(sentence)


def test_an_english_name_translating_a_chinese_compound_name_is_a_compound():
    text = "目的：探讨川芎嗪苷（chuanxiongzin，CXZ）对成骨细胞的影响。"
    assert {"川芎嗪苷", "chuanxiongzin", "CXZ"} <= set(texts(text))


# ----------------------------------------------------------------------------- Chinese endings


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("目的：观察刺五加苷对骨髓间充质干细胞的作用。", "刺五加苷"),
        ("结论：川牛膝皂苷Ⅳ可促进骨折愈合。", "川牛膝皂苷Ⅳ"),
        ("以淫羊藿次苷 Ⅲ 干预成骨细胞。", "淫羊藿次苷 Ⅲ"),
        ("PPARγ激动剂吡格列酮组与模型组比较。", "吡格列酮"),
        ("给予大鼠穿心莲内酯后检测骨密度。", "穿心莲内酯"),
        ("并以0.5%羧甲基纤维素钠溶液作为溶剂。", "羧甲基纤维素钠"),
        ("加入 NF-κB 抑制剂二乙基二硫代氨基甲酸盐预处理。", "二乙基二硫代氨基甲酸盐"),
        ("减轻脂多糖诱导的炎症，而雷帕霉素可减弱梓醇的作用。", "雷帕霉素"),
    ],
)
def test_chinese_endings_make_compound_names(sentence, name):
    assert name in texts(sentence)


def test_chinese_names_start_at_stop_and_trigger_words():
    text = "结果显示，葛根素可进一步增强丹皮酚诱导的成骨分化。"
    assert "丹皮酚" in texts(text)
    assert not any("增强" in t for t in texts(text))


def test_a_plant_name_before_an_ending_is_part_of_the_name():
    text = "三七皂苷R2组与模型组比较，骨小梁增多。"
    assert "三七皂苷R2" in texts(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "抗酒石酸酸性磷酸酶活性降低，碱基序列未见改变。",
        "醇提物和水提物的作用较强，酸性环境抑制钙化。",
        "中药提取物及植物多糖具有抗氧化作用，细胞提取物用于检测。",
        "检测骨钙素和瘦素的表达，因素分析显示差异。",
        "模型组给予等体积生理盐水。",
        "与β-葡萄糖苷酶无关。",
    ],
)
def test_chinese_words_that_are_no_names(sentence):
    assert not found_by(sentence)


def test_su_names_need_a_cue_or_a_plant_stem():
    assert "苦参素" in texts("苦参素（20 mg/kg）灌胃 8 周。")
    assert "苦参素" in texts("分为模型组和苦参素组。")
    assert not found_by("降钙素原和抵抗素水平升高。")


def test_an_acid_word_run_into_a_name_is_its_salt_prefix():
    text = "阳性药组给予盐酸氨基葡萄糖（0.2 g/kg）。"
    assert "盐酸氨基葡萄糖" in texts(text)
    assert "盐酸" not in texts(text)


# ----------------------------------------------------------------------------- materials


def test_elements_ions_salts_and_formulas():
    text = (
        "β-tricalcium phosphate and calcium sulfate scaffolds loaded with strontium were "
        "implanted; lithium chloride, TiO2 nanotubes and CoCl2 (100 μM) were used in 5% CO2, "
        "and Sr2+ and Zn2+ were released from mesoporous silica."
    )
    found = set(texts(text))
    assert {
        "β-tricalcium phosphate",
        "calcium sulfate",
        "strontium",
        "lithium chloride",
        "TiO2",
        "CoCl2",
        "CO2",
        "Sr2+",
        "Zn2+",
        "mesoporous silica",
    } <= found


def test_an_element_abbreviation_defined_in_the_paper():
    text = "Titanium (Ti) particles were embedded; Ti particles caused osteolysis."
    assert texts(text) == ["Titanium", "Ti", "Ti"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zinc finger protein 467 and calcium deposition rose; magnesium-dependent enzymes fell.",
        "We counted CD4+ lymphocytes, CD11b+ monocytes; PC12 or CB2 data stayed flat.",
        "Poly(ADP-ribose) polymerase cleavage increased.",
        "The gold standard was used to lead the analysis.",
    ],
)
def test_no_materials_in_these(sentence):
    assert not found_by(sentence)


def test_chinese_elements_and_salts():
    text = "将含锶羟基磷灰石植入缺损，钛颗粒诱导骨溶解；雷奈酸锶与磷酸三钙复合支架，释放锶离子。"
    found = texts(text)
    assert {"锶", "钛", "雷奈酸锶", "磷酸三钙", "锶离子"} <= set(found)


def test_chinese_element_characters_inside_words_are_no_mentions():
    assert not found_by("铁死亡和锌指蛋白表达下调，银杏叶中的黄酮含量升高。")


def test_material_prefix_and_salt_words_stay_in_the_span():
    assert "nano-hydroxyapatite" in texts("Porous nano-hydroxyapatite scaffolds were printed.")
    assert "berberine hydrochloride" in texts("Rats received berberine hydrochloride daily.")


# ----------------------------------------------------------------------------- stains


def test_stain_chains_in_both_languages():
    en = "Sections underwent haematoxylin–eosin and safranin O–fast green staining."
    assert {"haematoxylin", "eosin", "safranin O", "fast green"} <= set(texts(en))
    zh = "取材后行番红 O-固绿染色，并经甲苯胺蓝染色观察软骨。"
    assert {"番红 O", "固绿", "甲苯胺蓝"} <= set(texts(zh))
    assert {"toluidine blue", "Sirius red"} <= set(
        texts("Slides were stained with toluidine blue and Sirius red.")
    )
    assert "Sudan black B" in texts("Lipids took up Sudan black B.")


@pytest.mark.parametrize(
    "sentence",
    [
        "TUNEL staining and Masson staining were done; positive red staining was scored.",
        "We did CHOP immunostaining plus a histochemical staining step.",
        "采用免疫组化染色和TRAP组织化学染色，阳性细胞核染色增强。",
    ],
)
def test_no_dyes_in_these(sentence):
    assert not found_by(sentence)


# ----------------------------------------------------------------------------- herbal names


def test_latin_pharmacognosy_names_are_herbal_materials():
    text = "Dipsaci Radix and Herba Cistanches were decocted; Dipsaci Radix extract was dried."
    found = mentions(text, ("ORGANISM", "COMPOUND"))
    assert ("Dipsaci Radix", "ORGANISM") in found
    assert ("Herba Cistanches", "ORGANISM") in found
    assert ("Dipsaci Radix extract", "COMPOUND") in found


def test_english_words_spelled_like_part_words_are_no_herbs():
    text = "The renal Cortex and Cortex thickness were measured; Semen analysis was done."
    assert not mentions(text, ("ORGANISM",))


def test_unknown_herb_with_a_fraction_word_and_drug_containing_serum():
    # the drug-containing serum is a generic head: the formula is the mention (DECISIONS)
    text = "续断多糖和补肾活血方含药血清干预成骨细胞。"
    got = set(texts(text))
    assert {"续断多糖", "补肾活血方"} <= got and "补肾活血方含药血清" not in got


# ----------------------------------------------------------------------------- agents


def test_agents_named_by_blocker_nouns_and_dose_groups():
    text = "加入ERβ拮抗剂PHTPP（1 μmol/L）后，PHTPP组成骨减少；竹节参低剂量组和竹节参高剂量组。"
    found = texts(text)
    assert found.count("PHTPP") == 2
    assert "竹节参" in found


def test_abbreviations_defined_around_a_group_word():
    text = (
        "另设苯甲酸雌二醇组（EB，1 mg/kg）和 PDTC 组（NF-κB 抑制剂吡咯烷二硫代氨基甲酸盐，"
        "50 μmol/L）。EB 组子宫湿重升高，PDTC 组炎症减轻。"
    )
    found = texts(text)
    assert found.count("EB") == 2 and found.count("PDTC") == 2


def test_a_protein_after_a_blocker_noun_stays_a_gene():
    text = "The Wnt antagonist DKK1 (100 ng/mL) was added."
    assert ("DKK1", "GENE") in mentions(text, ("GENE", "COMPOUND"))


# ----------------------------------------------------------------------------- abbreviations


def test_roman_numerals_slash_pairs_and_reverse_pairs():
    zh = "本研究观察川牛膝皂苷Ⅳ（ASⅣ）的作用，ASⅣ 组骨痂增多。"
    assert texts(zh).count("ASⅣ") == 2
    en = (
        "Scaffolds of nano-hydroxyapatite/poly(lactic-co-glycolic acid) (nHA/PLGA) were made; "
        "nHA/PLGA scaffolds degraded slowly."
    )
    found = texts(en)
    assert found.count("nHA") == 2 and found.count("PLGA") == 2
    assert "nHA/PLGA" not in found
    rev = "Cells received GA (glycyrrhetinic acid, 10 μM); GA raised ALP."
    assert texts(rev).count("GA") == 2


# ----------------------------------------------------------------------------- the families


def test_the_families_lose_every_tie():
    assert all(SOURCE_PRIORITY[s] > SOURCE_PRIORITY["shape"] for s in SOURCES)


def test_a_name_the_lexicon_knows_keeps_its_span():
    text = "各浓度葛根素组破骨细胞减少，葛根素可增强骨形成。"
    assert texts(text) == ["葛根素", "葛根素"]


def test_repeated_input_stays_linear_enough():
    """Thousands of endings with no stop word and cued names with no cue stay cheap."""
    import time

    text = ("葛根酸苷醇素钠盐rutin and aucubin, rutin (Rut), 番红O-固绿染色，" * 400)[:20_000]
    t0 = time.process_time()
    extract_text(text)
    assert time.process_time() - t0 < 20


def test_a_chinese_name_with_a_cued_ending_in_a_list_of_compounds():
    # 素 is shared with proteins and common words: a compound conjoined with it is its cue,
    # not for a one-character stem (因素)
    assert "冬凌草甲素" in texts("淫羊藿苷、冬凌草甲素和芦丁均被检测。")
    assert "因素" not in texts("激素和因素。")
    assert "甲素" not in texts("芦丁与甲素。")


# ----------------------------------------------------------------------------- Chinese long forms


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        # the Chinese name before its abbreviation or English name in parentheses
        ("血清骨保护蛋白(OPG)含量升高。", "骨保护蛋白", "GENE"),
        ("检测白细胞介素-2(IL-2)水平。", "白细胞介素-2", "GENE"),
        ("干扰素-γ（IFN-γ）水平降低。", "干扰素-γ", "GENE"),
        ("测定C-反应蛋白(C-reactive Protein,CRP)。", "C-反应蛋白", "GENE"),
        # a trigger word it opens with is no part of it; a modification stays outside
        ("可降低白细胞介素-2(IL-2)的表达。", "白细胞介素-2", "GENE"),
        ("磷酸化信号转导与转录激活因子3(p-STAT3)表达下降。", "信号转导与转录激活因子3", "GENE"),
    ],
)
def test_a_chinese_name_before_its_parenthesised_name(text: str, name: str, etype: str) -> None:
    assert (name, etype) in mentions(text, (etype,))


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("主要包括骨健康补充剂（钙剂、维生素 D）。", "骨健康补充剂"),  # a list in the parenthesis
        ("参与自噬的介质包括自噬效应蛋白（Beclin-1）。", "自噬效应蛋白"),  # a description
        ("分为对照组(IL-2)与模型组。", "对照组"),  # a group
        ("碱性磷酸酶染色(ALP)显示。", "碱性磷酸酶染色"),  # a stain
    ],
)
def test_what_stands_before_a_parenthesised_name_and_is_no_name(text: str, not_a_name: str) -> None:
    assert not_a_name not in {e.text for e in extract_text(text).entities}


def test_a_parenthesis_fused_to_a_chinese_name_opens_its_abbreviation() -> None:
    # ASCII "(" right after -γ: the abbreviation inside is still found
    assert ("IFN-γ", "GENE") in mentions("血清干扰素-γ(IFN-γ)的水平。", ("GENE",))


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        # a disease's Chinese name loses its inducer; its abbreviation follows it
        (
            "对佐剂诱导关节炎(Adjuvant-induced Arthritis,AIA)大鼠的作用。AIA大鼠足肿胀。",
            "关节炎",
            "DISEASE",
        ),
        (
            "对佐剂诱导关节炎(Adjuvant-induced Arthritis,AIA)大鼠的作用。AIA大鼠足肿胀。",
            "AIA",
            "DISEASE",
        ),
        # an adjective's stem stays (诱导型), a verb before the name goes
        ("诱导型一氧化氮合酶(iNOS)表达降低。", "诱导型一氧化氮合酶", "GENE"),
        # a formula followed by a trigger word
        ("为观察补骨强筋胶囊促进骨折愈合的作用。", "补骨强筋胶囊", "COMPOUND"),
        ("研究益肾活血汤参与软骨修复的机制。", "益肾活血汤", "COMPOUND"),
        # ChEBI's name of a MeSH chemical, and a Greek-lettered abbreviation of it
        (
            "The effect of alpha-mangostin (α-MG) on osteoclasts was studied.",
            "alpha-mangostin",
            "COMPOUND",
        ),
        ("The effect of alpha-mangostin (α-MG) on osteoclasts was studied.", "α-MG", "COMPOUND"),
    ],
)
def test_names_found_in_real_abstracts_ways(text: str, name: str, etype: str) -> None:
    assert (name, etype) in mentions(text, (etype,))


def test_preparations_no_lexicon_holds_need_a_cue():
    text = (
        "Rats received propolis extract (200 mg/kg) for 8 weeks. Propolis extract lowered TRAP. "
        "The effects of grape seed extract were small. Nuclear extract and crude extract were "
        "prepared; the leaf extract was discarded."
    )
    got = texts(text)
    assert got.count("propolis extract") + got.count("Propolis extract") == 2
    assert "grape seed extract" in got
    assert not {"Nuclear extract", "crude extract", "leaf extract"} & set(got)
    # no cue anywhere: no mention
    assert "lotus extract" not in texts("The lotus extract smelled of honey.")
