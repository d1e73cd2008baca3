"""Rules of the twentieth stop, on sentences written for these tests: salts of a lexicon
compound, one-word pinyin formula names, lung-disease and smoke rows, inducers conjoined before
the inducer word."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text

from .test_relate_abstracts import rels


def _typed(text: str, etype: str) -> list[str]:
    return [e.text for e in extract_text(text).entities if e.type == etype]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lexicon name followed by -ate is a salt or ester: not the name (glycyrrhizin|ate)
        ("Rats were given diammonium glycyrrhizinate daily.", ["diammonium glycyrrhizinate"]),
        ("Monoammonium glycyrrhizinate protects hepatocytes.", ["Monoammonium glycyrrhizinate"]),
        ("Serum glycyrrhizinate levels were measured.", []),
        # Chinese salts after 酸: 二铵, 单铵 as 钠 already was
        ("大鼠灌胃甘草酸二铵和甘草酸单铵。", ["甘草酸二铵", "甘草酸单铵"]),
        # the name itself and its plural stay names
        (
            "Glycyrrhizin lowered ALT; glycyrrhizins are saponins.",
            ["Glycyrrhizin", "glycyrrhizins", "saponins"],
        ),
    ],
)
def test_salts_of_a_lexicon_compound(text: str, expected: list[str]) -> None:
    assert _typed(text, "COMPOUND") == expected


@pytest.mark.parametrize(
    "text",
    [
        # one capitalised word before a suffix word names no formula: English words pass for
        # pinyin (fresh-eyes review), so a one-word name waits for a syllable table
        "Gelatin capsules were given to the rats.",
        "Single Formula treatment was compared.",
        "Herbal Decoction and Water Decoction were compared.",
    ],
)
def test_one_word_names_no_formula(text: str) -> None:
    assert _typed(text, "COMPOUND") == []


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "观察黄芪对慢阻肺大鼠的作用，慢性阻塞性肺疾病模型成功。",
            "DISEASE",
            ["慢阻肺", "慢性阻塞性肺疾病"],
        ),
        (
            "Curcumin inhibited non-small cell lung cancer (NSCLC) growth.",
            "DISEASE",
            ["non-small cell lung cancer", "NSCLC"],
        ),
        ("人参皂苷抑制非小细胞肺癌细胞增殖。", "DISEASE", ["非小细胞肺癌"]),
        ("以内毒素复制急性肺损伤模型。", "COMPOUND", ["内毒素"]),
        ("Mice were exposed to cigarette smoke for 12 weeks.", "COMPOUND", ["cigarette smoke"]),
        ("肺泡灌洗液嗜酸性粒细胞计数减少。", "CELL_TYPE", ["嗜酸性粒细胞"]),
        ("检测还原性谷胱甘肽含量。", "COMPOUND", ["还原性谷胱甘肽"]),
    ],
)
def test_lung_rows(text: str, etype: str, expected: list[str]) -> None:
    assert _typed(text, etype) == expected


def test_inducers_conjoined_before_the_inducer_word_are_stimuli() -> None:
    text = (
        "Effect of Qingfei Huatan Decoction on cigarette smoke and LPS-induced COPD in mice. "
        "Cigarette smoke increased IL-6. Qingfei Huatan Decoction decreased TNF-α."
    )
    found = rels(text)
    assert ("DOWNREGULATES", "Qingfei Huatan Decoction", "TNF-α") in found
    assert not {r for r in found if r[1] == "Cigarette smoke" and r[0] != "TESTED_IN"}, found


def test_a_compound_before_a_conjoined_treatment_is_no_stimulus() -> None:
    # "got X and LPS-induced …": X is the treatment, not a second inducer (no model's
    # preposition before it)
    text = "Mice got magnolol and LPS-induced lung injury was graded. Magnolol reduced IL-1β."
    found = rels(text)
    assert ("DOWNREGULATES", "Magnolol", "IL-1β") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after a list of cells counts each (计数 as 数量)
        (
            "黄芩苷降低支气管灌洗液中性粒细胞、嗜酸性粒细胞及淋巴细胞计数。",
            {("DOWNREGULATES", "黄芩苷", c) for c in ("中性粒细胞", "嗜酸性粒细胞", "淋巴细胞")},
        ),
        (
            "黄芩苷使中性粒细胞和巨噬细胞的数量减少。",
            {("DOWNREGULATES", "黄芩苷", "中性粒细胞"), ("DOWNREGULATES", "黄芩苷", "巨噬细胞")},
        ),
    ],
)
def test_a_count_after_a_list_of_cells(text: str, expected: set) -> None:
    assert expected <= rels(text)


def test_a_downstream_target_is_no_targeting() -> None:
    text = "检测肺组织 NLRP3 及其下游靶向因子 IL-18 的表达。"
    assert not {r for r in rels(text) if r[1] == "NLRP3"}
    assert ("DOWNREGULATES", "miR-155", "SOCS1") in rels("miR-155 靶向 SOCS1。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以不同浓度黄芪水提液处理细胞。", ["黄芪水提液"]),
        ("丹参醇提液和当归提取液灌胃给药。", ["丹参醇提液", "当归提取液"]),
    ],
)
def test_liquid_extracts_of_a_herb(text: str, expected: list[str]) -> None:
    assert _typed(text, "COMPOUND") == expected


@pytest.mark.parametrize(
    "text",
    [
        # an organ index between two themes is no name: the list goes on past it
        "与模型组比较，黄芪组大鼠 IL-6 水平、脾指数、MDA 含量均明显降低。",
        # a tissue word opens the next item (肝组织 MDA)
        "与模型组比较，黄芪组大鼠血清 IL-6 水平、肝组织 MDA 含量均明显降低。",
    ],
)
def test_an_index_or_a_tissue_between_themes(text: str) -> None:
    found = rels(text)
    assert {("DOWNREGULATES", "黄芪", "IL-6"), ("DOWNREGULATES", "黄芪", "MDA")} <= found, found


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # an abbreviation may end in a member after a space (a letter, a Roman numeral, a code)
        ("Salvianolic acid A (Sal A) was given. Sal A reduced MDA.", "Sal A"),
        ("Isoastragaloside II (ISO II) was given. ISO II reduced MDA.", "ISO II"),
        ("Ginsenoside Rg1 (G Rg1) was given. G Rg1 reduced MDA.", "G Rg1"),
    ],
)
def test_an_abbreviation_with_a_member_after_a_space(text: str, short: str) -> None:
    assert _typed(text, "COMPOUND").count(short) == 2


def test_a_glycoside_is_not_its_aglycone_inside_one_word() -> None:
    text = "Rats received isorhamnetin-7-O-(2-O-acetylglucosyl)-3-O-rutinoside daily."
    assert "rutin" not in _typed(text, "COMPOUND")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CCl4 caused fibrosis, jaundice and diarrhea in rats.",
            ["fibrosis", "jaundice", "diarrhea"],
        ),
        # an organ disease keeps its organ word around a disease name inside it
        ("Baicalin improved myocardial fibrosis in mice.", ["myocardial fibrosis"]),
        (
            "X is a candidate for osteolytic diseases and liver disorders.",
            ["osteolytic diseases", "liver disorders"],
        ),
        ("Cisplatin-induced nephropathy in rats.", ["nephropathy"]),
        ("芍药苷有望用于溶骨性疾病。", ["溶骨性疾病"]),
    ],
)
def test_disease_rows_of_this_stop(text: str, expected: list[str]) -> None:
    assert _typed(text, "DISEASE") == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("别嘌醇降低高尿酸血症大鼠血清尿酸和 XOD 活性。", "COMPOUND", ["别嘌醇", "尿酸"]),
        (
            "Allopurinol inhibited hepatic xanthine oxidase in hyperuricemic mice.",
            "GENE",
            ["xanthine oxidase"],
        ),
        ("油酸诱导 HepG2 细胞脂肪变性，SREBP-1c 与 ACC1 表达升高。", "GENE", ["SREBP-1c", "ACC1"]),
        (
            "The extract raised CPT-1 and lowered acetyl-CoA carboxylase.",
            "GENE",
            ["CPT-1", "acetyl-CoA carboxylase"],
        ),
        ("血清白蛋白水平回升。", "GENE", ["血清白蛋白"]),
        (
            "Wells were coated with 1% bovine serum albumin overnight.",
            "COMPOUND",
            ["bovine serum albumin"],
        ),
        ("Rats were fed onion powder.", "ORGANISM", ["Rats", "onion"]),
        ("丹参减轻大鼠免疫性肝纤维化。", "DISEASE", ["免疫性肝纤维化"]),
    ],
)
def test_metabolism_rows(text: str, etype: str, expected: list[str]) -> None:
    assert _typed(text, etype) == expected


def test_a_model_building_verb_is_no_part_of_the_inducer() -> None:
    text = "模型组建立链脲佐菌素诱导的糖尿病大鼠模型。"
    assert _typed(text, "COMPOUND") == ["链脲佐菌素"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Treatment with naringin improved bone mass in ovariectomized rats.",
            ("TESTED_IN", "naringin", "ovariectomized rats"),
        ),
        (
            "Pretreatment with baicalin protected PC12 cells against glutamate.",
            ("TESTED_IN", "baicalin", "PC12"),
        ),
    ],
)
def test_treatment_with_gives_the_compound_to_the_system(text: str, expected: tuple) -> None:
    assert expected in rels(text)


# ----------------------------------------------------------------------------- review guards
# a fresh-eyes review of this stop's first batch found each of these; every test names a real
# mention, so it can fail


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 以 X 刺激 makes only a protein the stimulus: a compound given so is the treatment
        (
            "目的：探讨黄芪对巨噬细胞的作用。方法：以 100 μg/mL 黄芪多糖刺激RAW264.7细胞 24 h。"
            "结果：黄芪多糖可促进TNF-α分泌。",
            ("UPREGULATES", "黄芪多糖", "TNF-α"),
        ),
        # a compound given before "and LPS-induced" is the treatment, not an inducer
        (
            "Mice were pretreated with baicalin and LPS-induced lung injury was assessed. "
            "Baicalin reduced TNF-α in BALF.",
            ("DOWNREGULATES", "Baicalin", "TNF-α"),
        ),
    ],
)
def test_a_treatment_is_no_stimulus(text: str, expected: tuple) -> None:
    assert expected in rels(text)


@pytest.mark.parametrize(
    "text", ["抑制 PI3K 使 Akt 磷酸化水平降低。", "阻断 NF-κB 使 IL-6 表达降低。"]
)
def test_a_gene_object_before_shi_is_no_agent(text: str) -> None:
    assert not {r for r in rels(text) if r[1] in ("PI3K", "NF-κB")}


def test_a_modified_lexicon_disease_keeps_its_identifier() -> None:
    found = {e.text: e.norm for e in extract_text("大鼠急性肝损伤和慢性肝纤维化。").entities}
    assert found["急性肝损伤"] == "mesh:D008107"
    assert found["慢性肝纤维化"] == "mesh:D008103"


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("Resveratrol may benefit fatty liver disease.", "DISEASE", ["fatty liver disease"]),
        ("内毒素血症大鼠血清 IL-6 升高。", "DISEASE", ["内毒素血症"]),
        ("腹泻型肠易激综合征大鼠。", "DISEASE", ["腹泻型肠易激综合征"]),
        ("以卵白蛋白(OVA)致敏小鼠。", "COMPOUND", ["卵白蛋白", "OVA"]),
        ("Doses were scaled by body surface area (BSA).", "COMPOUND", []),
        ("Recombinant urate oxidase was injected.", "COMPOUND", []),
        ("尿酸酶基因敲除小鼠。", "COMPOUND", []),
        # a label with a space after a name defines no abbreviation
        (
            "Proteoglycan staining in chondrocytes (Fig D) was stronger.",
            "CELL_TYPE",
            ["chondrocytes"],
        ),
        ("Rats received puerarin (group C). Group C gained bone.", "COMPOUND", ["puerarin"]),
    ],
)
def test_review_guards_for_rows(text: str, etype: str, expected: list[str]) -> None:
    assert _typed(text, etype) == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # 甙, the older character for 苷, in lexicon names and endings
        ("黄芩甙和人参皂甙Rh2处理细胞。", "COMPOUND", ["黄芩甙", "人参皂甙Rh2"]),
        # a ginsenoside code without a number (Rd, Re) stays in the name
        ("人参皂苷Rd 和人参皂苷 Re 均降低 MDA。", "COMPOUND", ["人参皂苷Rd", "人参皂苷 Re", "MDA"]),
        # a gene name without the hyphen before its number
        ("caspase3 与 Runx-2 表达变化。", "GENE", ["caspase3", "Runx-2"]),
        ("血清丙氨酸转氨酶和天冬氨酸转氨酶降低。", "GENE", ["丙氨酸转氨酶", "天冬氨酸转氨酶"]),
        ("模型大鼠出现左心室肥厚。", "DISEASE", ["左心室肥厚"]),
    ],
)
def test_web_abstract_forms(text: str, etype: str, expected: list[str]) -> None:
    assert _typed(text, etype) == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("海马脑源性神经营养因子表达上调。", "GENE", ["脑源性神经营养因子"]),
        ("Toll样受体4和髓样分化因子88蛋白表达下调。", "GENE", ["Toll样受体4", "髓样分化因子88"]),
        ("E-钙黏蛋白升高而波形蛋白降低。", "GENE", ["E-钙黏蛋白", "波形蛋白"]),
        (
            "细胞间黏附分子-1 与血管细胞黏附分子-1 表达减少。",
            "GENE",
            ["细胞间黏附分子-1", "血管细胞黏附分子-1"],
        ),
        ("黑质酪氨酸羟化酶阳性神经元增多。", "GENE", ["酪氨酸羟化酶"]),
        ("Serum NT-proBNP and cardiac β-MHC fell.", "GENE", ["NT-proBNP", "β-MHC"]),
        ("腹腔注射环磷酰胺建立免疫抑制模型，脾脏NK细胞活性降低。", "COMPOUND", ["环磷酰胺"]),
        ("D-半乳糖致衰老小鼠。", "COMPOUND", ["D-半乳糖"]),
        ("脾脏NK细胞活性降低。", "CELL_TYPE", ["NK细胞"]),
    ],
)
def test_common_field_names(text: str, etype: str, expected: list[str]) -> None:
    assert _typed(text, etype) == expected


# a second review's guards (each names a real mention, so it can fail)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mice received treatment with puerarin for 4 weeks.", ("TESTED_IN", "puerarin", "Mice")),
        ("OVX mice were given treatment with genistein.", ("TESTED_IN", "genistein", "OVX mice")),
        ("D-半乳糖致衰老大鼠灌胃给予葛根素 8 周。", ("TESTED_IN", "葛根素", "大鼠")),
    ],
)
def test_a_giving_verb_before_treatment_with(text: str, expected: tuple) -> None:
    assert expected in rels(text)


@pytest.mark.parametrize(
    "text",
    [
        # a compound given by 以 to stimulate cells is the model's stimulus when the opening does
        # not name it
        "目的：观察葛根素的抗炎作用。以 1 μg/mL LPS 刺激 RAW264.7 细胞 24 h，NO 分泌明显增加。",
        "Mice were sensitized with OVA. OVA increased IL-4 in BALF.",
    ],
)
def test_a_stimulus_given_so_regulates_nothing(text: str) -> None:
    agent = ("UPREGULATES", "DOWNREGULATES", "TREATS")
    assert not {r for r in rels(text) if r[1] in ("LPS", "OVA") and r[0] in agent}


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("葛根素降低半乳糖凝集素-3 的表达。", "COMPOUND", ["葛根素"]),
        # NADPH oxidase's Chinese name is the enzyme (a row of the twenty-first stop); before
        # it, 烟酰胺 inside it was the only mention
        ("烟酰胺腺嘌呤二核苷酸磷酸氧化酶活性。", "GENE", ["烟酰胺腺嘌呤二核苷酸磷酸氧化酶"]),
        ("血清超敏C反应蛋白降低。", "GENE", ["超敏C反应蛋白"]),
        ("Serum β-NGF rose.", "GENE", ["β-NGF"]),
    ],
)
def test_second_review_rows(text: str, etype: str, expected: list[str]) -> None:
    assert _typed(text, etype) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SHR 大鼠与 WKY 大鼠血压比较。", ["SHR 大鼠", "WKY 大鼠"]),
        ("APP/PS1 mice and DBA/1J小鼠 were used.", ["APP/PS1 mice", "DBA/1J小鼠"]),
    ],
)
def test_more_strains(text: str, expected: list[str]) -> None:
    assert _typed(text, "ORGANISM") == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("卵母细胞成熟率与睾丸支持细胞数目。", "CELL_TYPE", ["卵母细胞", "睾丸支持细胞"]),
        ("精子细胞和精母细胞数量减少。", "CELL_TYPE", ["精子细胞", "精母细胞"]),
        # 支持 as a verb before 细胞 (a scaffold supports cell adhesion) is no Sertoli cell
        ("该支架能够支持细胞黏附和增殖。", "CELL_TYPE", []),
        ("血清抗缪勒管激素与抑制素B水平升高。", "GENE", ["抗缪勒管激素", "抑制素B"]),
    ],
)
def test_reproduction_rows(text: str, etype: str, expected: list[str]) -> None:
    assert _typed(text, etype) == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("特应性皮炎小鼠与卵巢早衰大鼠。", "DISEASE", ["特应性皮炎", "卵巢早衰"]),
        ("少弱精子症与肌萎缩。", "DISEASE", ["少弱精子症", "肌萎缩"]),
        (
            "Dexamethasone-induced muscle atrophy and insomnia.",
            "DISEASE",
            ["muscle atrophy", "insomnia"],
        ),
        ("阳性药多奈哌齐与左旋多巴。", "COMPOUND", ["多奈哌齐", "左旋多巴"]),
        ("足底注射角叉菜胶或福尔马林。", "COMPOUND", ["角叉菜胶", "福尔马林"]),
        # a fixative is no formalin (甲醛 inside 多聚甲醛 is no mention)
        ("组织经 4% 多聚甲醛固定。", "COMPOUND", []),
    ],
)
def test_more_field_rows(text: str, etype: str, expected: list[str]) -> None:
    assert _typed(text, etype) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "血管紧张素转换酶与血小板衍生生长因子表达降低。",
            ["血管紧张素转换酶", "血小板衍生生长因子"],
        ),
        # 葡萄糖 inside a protein's name is no compound
        (
            "内质网应激蛋白葡萄糖调节蛋白78与热休克蛋白70升高。",
            ["葡萄糖调节蛋白78", "热休克蛋白70"],
        ),
        (
            "胰高血糖素样肽-1 分泌增加，凋亡诱导因子核转位减少。",
            ["胰高血糖素样肽-1", "凋亡诱导因子"],
        ),
    ],
)
def test_more_chinese_gene_names(text: str, expected: list[str]) -> None:
    assert _typed(text, "GENE") == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a third review's guards: a longer name wins over the new row inside it
        ("血管紧张素转换酶 2 表达上调。", "GENE", ["血管紧张素转换酶 2"]),
        (
            "肌萎缩侧索硬化症模型与脊髓性肌萎缩症。",
            "DISEASE",
            ["肌萎缩侧索硬化症", "脊髓性肌萎缩症"],
        ),
        ("无精子症和畸形精子症患者。", "DISEASE", ["无精子症", "畸形精子症"]),
        ("以不完全弗氏佐剂乳化。", "COMPOUND", ["不完全弗氏佐剂"]),
        ("PDGF-BB stimulated hepatic stellate cells.", "GENE", ["PDGF-BB"]),
    ],
)
def test_third_review_guards(text: str, etype: str, expected: list[str]) -> None:
    assert _typed(text, etype) == expected


def test_the_animal_before_its_sperm_stays() -> None:
    found = rels("环磷酰胺致小鼠精子数量减少。")
    assert ("TESTED_IN", "环磷酰胺", "小鼠") in found


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("血清白细胞介素-17与抵抗素水平下降。", "GENE", ["白细胞介素-17", "抵抗素"]),
        ("Serum ACTH and NGAL fell; Bak and BACE1 rose.", "GENE", ["ACTH", "NGAL", "Bak", "BACE1"]),
        ("寻常型银屑病与克罗恩病患者。", "DISEASE", ["寻常型银屑病", "克罗恩病"]),
        ("深Ⅱ度烫伤大鼠创面。", "DISEASE", ["深Ⅱ度烫伤"]),
        ("肝组织羟脯氨酸含量与血清透明质酸降低。", "COMPOUND", ["羟脯氨酸", "透明质酸"]),
    ],
)
def test_last_rows(text: str, etype: str, expected: list[str]) -> None:
    assert _typed(text, etype) == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a fourth review's guards: longer names around the last rows
        ("原发性胃B细胞淋巴瘤2例临床分析。", "GENE", []),
        ("促肾上腺皮质激素释放激素水平升高。", "GENE", ["促肾上腺皮质激素释放激素"]),
        (
            "硫氧还蛋白相互作用蛋白与硫氧还蛋白还原酶。",
            "GENE",
            ["硫氧还蛋白相互作用蛋白", "硫氧还蛋白还原酶"],
        ),
        ("成纤维细胞透明质酸合成酶2的表达。", "COMPOUND", []),
        ("Nurses with burn-out were excluded.", "DISEASE", []),
    ],
)
def test_fourth_review_guards(text: str, etype: str, expected: list[str]) -> None:
    assert _typed(text, etype) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # saffron (西红花, 藏红花) is no safflower (红花)
        ("西红花与红花的比较研究。", [("西红花", "ncbitaxon:82528"), ("红花", "ncbitaxon:4222")]),
        (
            "白术、酸枣仁与车前子。",
            [
                ("白术", "ncbitaxon:265785"),
                ("酸枣仁", "ncbitaxon:714518"),
                ("车前子", "ncbitaxon:197796"),
            ],
        ),
    ],
)
def test_herb_rows(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(e.text, e.norm) for e in extract_text(text).entities if e.type == "ORGANISM"]
    assert found == expected
