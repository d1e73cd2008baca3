"""Rules of the twenty-first stop, on sentences written for these tests: a protein reagent's
dose and time, a system elided in a continuing clause, one more arm set up, a title's aim
noun without 的."""

from __future__ import annotations

import pytest

from .test_relate_abstracts import rels


def _typed(found: set[tuple[str, str, str]], rtype: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in found if t == rtype}


def test_a_dose_and_time_written_with_a_protein_reagent_are_its_own() -> None:
    found = rels(
        "为观察黄芩苷对破骨细胞分化的影响，以 RAW264.7 细胞为对象，"
        "以 100 ng/mL 核因子κB受体活化因子配体（RANKL）诱导 4 d，同时加入 10 μmol/L 黄芩苷。"
    )
    assert _typed(found, "HAS_CONCENTRATION") == {("黄芩苷", "10 μmol/L")}
    assert _typed(found, "HAS_DURATION") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blocker noun after the gene: the dose is the blocker's
        ("细胞先以 10 μmol/L PI3K 抑制剂 LY294002 预处理 2 h。", {("LY294002", "10 μmol/L")}),
        # a time before a gene is a time point, not a reagent's dose
        ("给予黄芩苷 20 mg/kg 灌胃后，3、7 d VEGF 表达升高。", {("黄芩苷", "20 mg/kg")}),
    ],
)
def test_a_dose_before_a_gene_that_is_no_reagent_keeps_its_compound(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _typed(rels(text), "HAS_CONCENTRATION") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause goes on with the experiment and names no system: the cells before
        (
            "分离培养小鼠 BMMs，以 5、10 μmol/L 黄芩苷处理，"
            "并以自噬抑制剂 3-甲基腺嘌呤或 mTOR 抑制剂雷帕霉素进行干预。",
            {("黄芩苷", "BMMs"), ("3-甲基腺嘌呤", "BMMs"), ("雷帕霉素", "BMMs")},
        ),
        # one more arm set up after the treatment's clause
        (
            "以 5、10 μmol/L 黄芩苷处理 MC3T3-E1 细胞，另设 ERK 抑制剂 PD98059 组（20 μmol/L）。",
            {("黄芩苷", "MC3T3-E1"), ("PD98059", "MC3T3-E1")},
        ),
        # a continuing clause naming its own system keeps it
        (
            "以黄芩苷处理 BMSCs，再以地塞米松处理 RAW264.7 细胞。",
            {("黄芩苷", "BMSCs"), ("地塞米松", "RAW264.7")},
        ),
        # a stain in a continuing clause is given to no cells
        ("以黄芩苷处理 BMSCs，并以茜素红染色检测矿化结节。", {("黄芩苷", "BMSCs")}),
        # a continuing clause with no giving word gives nothing
        (
            "以黄芩苷处理 BMSCs，同时地塞米松组 ALP 活性降低。",
            {("黄芩苷", "BMSCs")},
        ),
    ],
)
def test_a_continuing_clause_gives_to_the_system_before(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _typed(rels(text), "TESTED_IN") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun-phrase title ending on its aim noun without 的
        (
            "黄芩苷对 H9c2 细胞缺氧复氧损伤保护作用及其机制\n目的 观察黄芩苷的作用。",
            {("黄芩苷", "H9c2")},
        ),
        ("黄芩苷对 PC12 细胞增殖影响\n目的 观察黄芩苷的作用。", {("黄芩苷", "PC12")}),
        # not in a later sentence: a finding there, no aim
        ("目的 观察黄芩苷的作用。\n结论 黄芩苷对 PC12 细胞增殖影响不大。", set()),
    ],
)
def test_a_title_ending_on_its_aim_noun_is_an_aim(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _typed(rels(text), "TESTED_IN") == expected


def _ents(text: str, etype: str) -> list[str]:
    from puerextract.extract import extract_text

    return [e.text for e in extract_text(text).entities if e.type == etype]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a knockout animal is a model: the genotype stays in the span, no gene mention
        (
            "Nrf2-/- mice and Ldlr−/− mice were fed a Western diet.",
            ["Nrf2-/- mice", "Ldlr−/− mice"],
        ),
        ("采用 Nrf2 基因敲除小鼠与 Sirt1-/-小鼠。", ["Nrf2 基因敲除小鼠", "Sirt1-/-小鼠"]),
        ("Opg knockout mice lost bone.", ["Opg knockout mice"]),
        # tumour models: the model words stay in the span
        (
            "Tumor-bearing mice and athymic nude mice were used.",
            ["Tumor-bearing mice", "athymic nude mice"],
        ),
        ("建立荷瘤小鼠模型。", ["荷瘤小鼠"]),
        # a lower-case word before -/- or knockout is no gene: no model
        ("the knockout mice were used.", ["mice"]),
    ],
)
def test_knockout_and_tumour_models_are_one_animal(text: str, expected: list[str]) -> None:
    assert _ents(text, "ORGANISM") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berberine shifted M1 macrophages toward M2 macrophages.",
            ["M1 macrophages", "M2 macrophages"],
        ),
        ("小檗碱减少 M1 型巨噬细胞。", ["M1 型巨噬细胞"]),
        (
            "Alternatively activated macrophage numbers rose.",
            ["Alternatively activated macrophage"],
        ),
        # a bare M1 or M2 names no cells (M1 receptor, phase M2)
        ("The M1 receptor and the M2 phase were studied.", []),
    ],
)
def test_polarised_macrophages_are_cell_types(text: str, expected: list[str]) -> None:
    assert _ents(text, "CELL_TYPE") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berberine inhibited M1 macrophage polarization.",
            ("DOWNREGULATES", "Berberine", "M1 macrophage"),
        ),
        ("小檗碱促进巨噬细胞向 M2 型极化。", ("UPREGULATES", "小檗碱", "巨噬细胞")),
    ],
)
def test_polarisation_is_a_cell_fate(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in rels(text)


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "Serum LDH and PKC activity rose; CGRP and Arg-1 fell.",
            "GENE",
            ["LDH", "PKC", "CGRP", "Arg-1"],
        ),
        (
            "检测蛋白激酶C、精氨酸酶-1 和总一氧化氮合酶。",
            "GENE",
            ["蛋白激酶C", "精氨酸酶-1", "总一氧化氮合酶"],
        ),
        ("PUMA and P-gp were induced.", "GENE", ["PUMA", "P-gp"]),
        (
            "Plasma PGI2, 6-keto-PGF1α and cGMP were measured.",
            "COMPOUND",
            ["PGI2", "6-keto-PGF1α", "cGMP"],
        ),
    ],
)
def test_family_abbreviations_of_the_field(text: str, etype: str, expected: list[str]) -> None:
    assert _ents(text, etype) == expected


@pytest.mark.parametrize(
    ("text", "rtype", "expected"),
    [
        # a fresh-eyes review's cases: a clause moving to animals or an anaesthetic carries no
        # cells; a denied title is no aim; a modifier between the gene and its inhibitor
        (
            "体外以黄芩苷处理 H9c2 细胞，另外在体内实验中腹腔注射黄芩苷和异丙肾上腺素。",
            "TESTED_IN",
            {("黄芩苷", "H9c2")},
        ),
        (
            "以黄芩苷灌胃 SD 大鼠 8 周，随后腹腔注射戊巴比妥钠麻醉并取血。",
            "TESTED_IN",
            {("黄芩苷", "SD 大鼠")},
        ),
        ("低浓度黄芩苷对 PC12 细胞增殖无明显影响\n目的 观察黄芩苷的作用。", "TESTED_IN", set()),
        (
            "细胞先以 10 μmol/L PI3K 特异性抑制剂 LY294002 预处理 2 h。",
            "HAS_CONCENTRATION",
            {("LY294002", "10 μmol/L")},
        ),
        (
            "Caco-2 monolayers received 5 μM P-gp substrate rhodamine 123.",
            "HAS_CONCENTRATION",
            {("rhodamine 123", "5 μM")},
        ),
    ],
)
def test_the_new_rules_hold_back(text: str, rtype: str, expected: set[tuple[str, str]]) -> None:
    assert _typed(rels(text), rtype) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle written apart between an inducer and its system: a modifier
        (
            "Lipid droplets accumulated in ox-LDL induced RAW264.7 cells.",
            {("TESTED_IN", "ox-LDL", "RAW264.7")},
        ),
        # no word opening a noun phrase before the mention: the participle is the verb
        (
            "Genistein stimulated osteoblasts and enhanced ALP activity.",
            {("UPREGULATES", "Genistein", "osteoblasts"), ("UPREGULATES", "Genistein", "ALP")},
        ),
        (
            "Chondrocytes were compared with lipopolysaccharide (LPS) stimulated chondrocytes.",
            {("TESTED_IN", "lipopolysaccharide", "chondrocytes")},
        ),
        # a fate or a harm after the system: the participle stays a verb
        (
            "Naringin induced BMSC osteogenic differentiation.",
            {("UPREGULATES", "Naringin", "BMSC")},
        ),
        (
            "Cisplatin induced HK-2 cell injury.",
            {("DOWNREGULATES", "Cisplatin", "HK-2")},
        ),
    ],
)
def test_an_inducer_participle_written_apart(text: str, expected: set) -> None:
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a cell line's name in brackets after its tumour stays the line; an initialism is
        # the disease's abbreviation
        (
            "Baicalin protected human osteosarcoma (MG-63) cells and eased diabetic nephropathy (DN).",
            "CELL_LINE",
            ["MG-63"],
        ),
        # PubMed's ASCII for μ
        (
            "Cells received 5 mu M baicalin and 20 mu g/ml extract.",
            "CONCENTRATION",
            ["5 mu M", "20 mu g/ml"],
        ),
        # amyloid fragments stay in the span; a beta blocker is no amyloid
        (
            "Aβ(1-42) and Abeta25-35 were added; a beta blocker was given.",
            "GENE",
            ["Aβ(1-42)", "Abeta25-35"],
        ),
        # a member of a family is its own name, not the family's head
        (
            "血清免疫球蛋白E和IgG升高，免疫球蛋白总量不变。",
            "GENE",
            ["免疫球蛋白E", "IgG", "免疫球蛋白"],
        ),
        ("妊娠糖尿病孕妇与视网膜色素变性患者。", "DISEASE", ["妊娠糖尿病", "视网膜色素变性"]),
        ("感光细胞和 photoreceptor cells 减少。", "CELL_TYPE", ["感光细胞", "photoreceptor cells"]),
    ],
)
def test_names_read_from_the_isoflavone_yardstick(
    text: str, etype: str, expected: list[str]
) -> None:
    assert _ents(text, etype) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a theme's abbreviation in brackets before its trigger
        ("黄芩苷使谷草转氨酶(AST)显著降低。", {("DOWNREGULATES", "黄芩苷", "谷草转氨酶")}),
        (
            "黄芩苷使白细胞介素-6（IL-6）水平明显降低。",
            {("DOWNREGULATES", "黄芩苷", "白细胞介素-6")},
        ),
        # a group label with its dose in brackets names the treated animals
        (
            "黄芩苷(50 mg/kg)治疗组小鼠血清MDA降低。",
            {
                ("DOWNREGULATES", "黄芩苷", "MDA"),
                ("TESTED_IN", "黄芩苷", "小鼠"),
                ("HAS_CONCENTRATION", "黄芩苷", "50 mg/kg"),
            },
        ),
    ],
)
def test_brackets_after_a_theme_or_a_label(text: str, expected: set) -> None:
    assert rels(text) == expected


def test_tanshinone_iia_written_with_a_space_and_tongxinluo() -> None:
    text = "丹参酮Ⅱ A 与通心络合用；tanshinone II A was given."
    assert _ents(text, "COMPOUND") == ["丹参酮Ⅱ A", "通心络", "tanshinone II A"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exposure of SH-SY5Y cells to rotenone lowered viability; incubation of those "
            "cells with baicalin restored it.",
            {("rotenone", "SH-SY5Y"), ("baicalin", "SH-SY5Y")},
        ),
        (
            "Incubation of BMSCs with icariin and naringin raised ALP.",
            {("icariin", "BMSCs"), ("naringin", "BMSCs")},
        ),
        # a giving noun whose "of" names no system gives nothing
        ("Exposure of the skin to sunlight was avoided; baicalin was studied.", set()),
    ],
)
def test_a_giving_noun_of_a_system(text: str, expected: set[tuple[str, str]]) -> None:
    assert _typed(rels(text), "TESTED_IN") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "检测胰岛素受体底物-1、磷脂酰肌醇-3激酶、葡萄糖激酶和葡萄糖转运蛋白2表达。",
            ["胰岛素受体底物-1", "磷脂酰肌醇-3激酶", "葡萄糖激酶", "葡萄糖转运蛋白2"],
        ),
        ("CaMKⅡ、PLB 与 caspase8 升高。", ["CaMKⅡ", "PLB", "caspase8"]),
        (
            "Serum apolipoprotein AI and IRS-1 fell.",
            ["apolipoprotein AI", "IRS-1"],
        ),
    ],
)
def test_metabolic_gene_names_of_the_field(text: str, expected: list[str]) -> None:
    assert _ents(text, "GENE") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Curcumin reverted the elevated serum ALT, AST and the reduced SOD in mice.",
            {
                ("DOWNREGULATES", "Curcumin", "ALT"),
                ("DOWNREGULATES", "Curcumin", "AST"),
                ("UPREGULATES", "Curcumin", "SOD"),
            },
        ),
        (
            "Curcumin normalized the elevated MDA and TNF-α.",
            {("DOWNREGULATES", "Curcumin", "MDA"), ("DOWNREGULATES", "Curcumin", "TNF-α")},
        ),
    ],
)
def test_an_undoing_verb_before_a_participle(text: str, expected: set) -> None:
    assert {r for r in rels(text) if r[0] != "TESTED_IN"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CNKI's superscript -1 with its tilde lost, and a power of ten in brackets
        (
            "加入25 mmol·L(-1)葡萄糖和1×10(-6)mol·L(-1)黄芩苷。",
            ["25 mmol·L(-1)", "1×10(-6)mol·L(-1)"],
        ),
        # a unit the table writes with (-1) keeps its own form (PubMed ASCII)
        ("Rats received 10 mg x kg(-1) x d(-1) baicalin.", ["10 mg x kg(-1) x d(-1)"]),
    ],
)
def test_units_with_an_exponent_in_brackets(text: str, expected: list[str]) -> None:
    assert _ents(text, "CONCENTRATION") == expected


def test_a_dose_before_a_gene_then_another_dosed_compound_is_the_genes() -> None:
    found = rels("加入1 mmol/L 胰岛素和 2 mmol/L 二甲双胍。")
    assert _typed(found, "HAS_CONCENTRATION") == {("二甲双胍", "2 mmol/L")}


def test_a_cnki_angle_bracket_p_value_after_a_trigger() -> None:
    found = rels("经黄芩苷干预4周后,PLB的 mRNA 表达明显下调(P〈0.05)。")
    assert ("DOWNREGULATES", "黄芩苷", "PLB") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Baicalin eases sepsis\nThere were marked decreases in TNF-α and IL-6 in baicalin "
            "group, relative to the model group.",
            {("DOWNREGULATES", "baicalin", "TNF-α"), ("DOWNREGULATES", "baicalin", "IL-6")},
        ),
        (
            "Baicalin eases sepsis\nIncreases in plasma SOD levels were noted in baicalin group.",
            {("UPREGULATES", "baicalin", "SOD")},
        ),
        # no group after the objects: no agent
        ("Baicalin eases sepsis\nThere were marked decreases in TNF-α at day 3.", set()),
    ],
)
def test_change_nouns_with_the_group_after_them(text: str, expected: set) -> None:
    found = {r for r in rels(text) if r[0] in ("UPREGULATES", "DOWNREGULATES")}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The methanol extract and the aqueous extracts slowed growth; ethanol was the solvent.",
            ["methanol extract", "aqueous extracts", "ethanol"],
        ),
        ("乙醇提取物和水提物均抑制增殖，以乙醇提取。", ["乙醇提取物", "水提物", "乙醇"]),
    ],
)
def test_a_solvent_extract_is_the_extract(text: str, expected: list[str]) -> None:
    assert _ents(text, "COMPOUND") == expected


def test_a_cell_line_with_a_space_before_its_digits() -> None:
    text = "Baicalin slowed HepG 2 cells and MCF 7 cells; Group 2 cells were controls."
    assert _ents(text, "CELL_LINE") == ["HepG 2", "MCF 7"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a third review's cases: the verb governs a participle describing its object
        (
            "Curcumin increased the decreased SOD, and decreased the increased MDA.",
            {("UPREGULATES", "Curcumin", "SOD"), ("DOWNREGULATES", "Curcumin", "MDA")},
        ),
        # ", and the" opens a clause of its own: no undoing there
        (
            "Curcumin attenuated the lesion, and the increased Bcl-2 expression suggests survival.",
            {("UPREGULATES", "Curcumin", "Bcl-2")},
        ),
        # a relative clause after the themes does not stop the undoing
        (
            "Curcumin reversed the increased MDA content that was caused by isoproterenol.",
            {("DOWNREGULATES", "Curcumin", "MDA")},
        ),
    ],
)
def test_participles_after_verbs(text: str, expected: set) -> None:
    found = {r for r in rels(text) if r[0] in ("UPREGULATES", "DOWNREGULATES")}
    assert found == expected


def test_nadph_oxidase_is_one_enzyme() -> None:
    text = "Baicalin lowered NAD(P)H oxidase activity and NADPH氧化酶 expression."
    assert _ents(text, "GENE") == ["NAD(P)H oxidase", "NADPH氧化酶"]
    assert _ents(text, "COMPOUND") == ["Baicalin"]


def test_eicosanoids_glycogen_and_its_synthase() -> None:
    text = "血栓素B2、TXA2与糖原降低，糖原合成酶升高；非酒精性脂肪肝大鼠。"
    assert _ents(text, "COMPOUND") == ["血栓素B2", "TXA2", "糖原"]
    assert _ents(text, "GENE") == ["糖原合成酶"]
    assert _ents(text, "DISEASE") == ["非酒精性脂肪肝"]


def test_oxidative_stress_injury_is_a_harm_the_cells_are_spared() -> None:
    found = rels("黄芩苷改善H2O2诱导的HUVECs氧化应激损伤。")
    assert ("UPREGULATES", "黄芩苷", "HUVECs") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("黄芩苷减少巨噬细胞浸润。", ("DOWNREGULATES", "黄芩苷", "巨噬细胞")),
        (
            "Baicalin reduced macrophage infiltration in the lesions.",
            ("DOWNREGULATES", "Baicalin", "macrophage"),
        ),
    ],
)
def test_infiltration_is_a_cell_fate(text: str, expected: tuple[str, str, str]) -> None:
    assert rels(text) == {expected}


def test_a_mixture_is_a_formula() -> None:
    text = "采用小青龙合剂含药血清处理A549细胞，另给予板蓝根冲剂；混合剂和复合剂不是方名。"
    assert _ents(text, "COMPOUND") == ["小青龙合剂", "板蓝根冲剂"]


def test_skin_and_eye_rows() -> None:
    text = "以2,4-二硝基氯苯(DNCB)诱导变应性接触性皮炎；青光眼大鼠视网膜神经节细胞减少。"
    assert _ents(text, "DISEASE") == ["变应性接触性皮炎", "青光眼"]
    assert _ents(text, "COMPOUND") == ["2,4-二硝基氯苯", "DNCB"]
    assert _ents(text, "CELL_TYPE") == ["视网膜神经节细胞"]
