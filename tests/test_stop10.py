"""Tenth stop (2026-12-05): what real Chinese abstracts of other organs showed, on sentences
of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_relate_words import _relations

from puerextract.extract import extract_text
from puerextract.quantities import find_quantities
from puerextract.segment import split_sentences


def _texts(text: str, etype: str) -> list[str]:
    return [e.text for e in extract_text(text).entities if e.type == etype]


def _rels(text: str, rtype: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in _relations(text) if t == rtype}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dose in a group label's parentheses after a name no mention: nobody's, never the
        # next arm's
        (
            "大鼠分为模型组、夏枯草(2 g/kg)组与葛根素(50 mg/kg)组。",
            {("葛根素", "50 mg/kg")},
        ),
        (
            "小鼠分为模型组、甲状腺片(10 mg/kg)组、槲皮素(25 mg/kg)组、夏枯草(3 g/kg)组。",
            {("槲皮素", "25 mg/kg")},
        ),
        # the label's compound before its dose levels keeps them (guard)
        ("大鼠分为模型组与葛根素高、低剂量(100、50 mg/kg)组。", {("葛根素", "100、50 mg/kg")}),
        # 不同 and 质量浓度 are dose-level words (a guard: the new label rule needs them)
        (
            "细胞分为对照组与柚皮苷不同质量浓度(1、10、100 ng/mL)组。",
            {("柚皮苷", "1、10、100 ng/mL")},
        ),
        # the owner right before the parenthesis (guard)
        ("大鼠分为模型组、葛根素(50 mg/kg)组。", {("葛根素", "50 mg/kg")}),
    ],
)
def test_group_label_doses(text: str, expected: set) -> None:
    assert _rels(text, "HAS_CONCENTRATION") == expected


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("葛根素组按照 10 mg /kg 的剂量灌服。", "10 mg /kg"),
        ("葛根素组按照 10 mg/ kg 的剂量灌服。", "10 mg/ kg"),
        ("加入 20 μmol / L 的葛根素。", "20 μmol / L"),
        ("葛根素 40 mg· kg-1 灌胃。", "40 mg· kg-1"),
        ("葛根素 40 mg/kg 灌胃。", "40 mg/kg"),  # guard
    ],
)
def test_units_with_pdf_spaces(text: str, written: str) -> None:
    assert _texts(text, "CONCENTRATION") == [written]


def test_spaced_unit_reads_as_its_unit() -> None:
    (q,) = find_quantities("按照 10 mg /kg 的剂量")
    assert (q.text, q.unit, q.values) == ("10 mg /kg", "mg/kg", (10.0,))


def test_two_durations_around_a_slash_stay_two() -> None:
    assert [q.text for q in find_quantities("培养 5 d / 7 d 后")] == ["5 d", "7 d"]


@settings(deadline=None, max_examples=40)
@given(
    st.sampled_from(["10", "0.5", "25"]),
    st.sampled_from(["mg/kg", "μmol/L", "g/kg", "mg·kg-1"]),
    st.sampled_from(["", " ", "  "]),
    st.sampled_from(["", " ", "  "]),
    st.sampled_from(["葛根素组给予 ", "加入 ", "treated with "]),
)
def test_spaced_unit_offsets(num: str, unit: str, left: str, right: str, lead: str) -> None:
    spaced = unit.replace("/", f"{left}/{right}").replace("·", f"{left}·{right}")
    text = f"{lead}{num} {spaced} 的药物。"
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
    assert [q.text for q in find_quantities(text)] == [f"{num} {spaced}"]


def test_spaced_decimal_ends_no_chinese_sentence() -> None:
    text = "与模型组比较，葛根素组 ALP 活性升高 26. 5% ( P < 0. 05) 。TRAP 活性降低。"
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == [
        "与模型组比较，葛根素组 ALP 活性升高 26. 5% ( P < 0. 05) 。",
        "TRAP 活性降低。",
    ]


def test_english_number_before_a_sentence_still_ends_it() -> None:  # guard
    text = "The rats were followed until week 10. 20 of them survived."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "与模型组比较，葛根素组血清 ALP 活性升高 26. 5% ( P < 0. 05) ，TRAP 活性降低 12. 1% "
            "( P < 0. 01) 。",
            {("UPREGULATES", "葛根素", "ALP"), ("DOWNREGULATES", "葛根素", "TRAP")},
        ),
        (
            "与模型组比较，槲皮素高、低剂量组 ALP 活性分别升高 30.2%（P<0.01）、12.5%（P<0.05），"
            "TRAP 活性分别降低 20.4%（P<0.05）、8.3%（P<0.05）。",
            {("UPREGULATES", "槲皮素", "ALP"), ("DOWNREGULATES", "槲皮素", "TRAP")},
        ),
    ],
)
def test_result_sizes_with_p_values(text: str, expected: set) -> None:
    assert {r for r in _relations(text) if r[0] != "TESTED_IN"} == expected


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # 诱发的 / 造成的 mark an inducer: a model stimulus, no regulation target
        (
            "葛根素对脂多糖诱发的小鼠肝损伤具有保护作用。",
            ("UPREGULATES", "葛根素", "脂多糖"),
            ("TESTED_IN", "脂多糖", "小鼠"),
        ),
        (
            "葛根素对脂多糖( LPS) 诱发的小鼠肝损伤具有保护作用。",
            ("UPREGULATES", "葛根素", "脂多糖"),
            ("TESTED_IN", "脂多糖", "小鼠"),
        ),
        (
            "槲皮素可减轻四氯化碳造成的大鼠肝纤维化。",
            ("DOWNREGULATES", "槲皮素", "四氯化碳"),
            ("TESTED_IN", "四氯化碳", "大鼠"),
        ),
    ],
)
def test_inducer_words(text: str, absent: tuple, present: tuple) -> None:
    rels = _relations(text)
    assert absent not in rels
    assert present in rels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("研究海藻玉壶汤加减方对大鼠的作用。", "海藻玉壶汤加减方"),
        ("观察补肾活血方加减方对骨折愈合的影响。", "补肾活血方加减方"),
        ("研究左归丸对大鼠的作用。", "左归丸"),  # guard
    ],
)
def test_modified_formula_names(text: str, name: str) -> None:
    assert _texts(text, "COMPOUND") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("阳性对照组给予非诺贝特灌胃。", "非诺贝特"),
        ("阳性药为丙硫氧嘧啶。", "丙硫氧嘧啶"),
        ("阳性对照药为硝苯地平。", "硝苯地平"),
        # chemical-name characters end a name (唑, 脲, 嘧啶)
        ("阳性对照药为奥美拉唑。", "奥美拉唑"),
        ("加入羟基脲处理细胞。", "羟基脲"),
    ],
)
def test_drug_names(text: str, name: str) -> None:
    assert name in _texts(text, "COMPOUND")


def _cells(text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.norm) for e in extract_text(text).entities if e.type == "CELL_TYPE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # MeSH cell types (the Cells tree of the knowledge tables)
        ("Puerarin protected hepatocytes from apoptosis.", [("hepatocytes", "mesh:D022781")]),
        ("Quercetin reduced degranulation of mast cells.", [("mast cells", "mesh:D008407")]),
        ("Baicalin activated microglia in vitro.", [("microglia", "mesh:D017628")]),
        # organ words before it join the span
        (
            "Genistein protected renal tubular epithelial cells.",
            [("renal tubular epithelial cells", "mesh:D004847")],
        ),
        (
            "Daidzein inhibited vascular smooth muscle cells.",
            [("vascular smooth muscle cells", "mesh:D032389")],
        ),
        # a longer cell name holds the table's (guard: the phrase rule's name stays whole)
        ("Icariin acts on bone marrow stem cells.", [("bone marrow stem cells", None)]),
        # generic words, structures and receptors are no cell type
        ("Spores and cells were discarded.", []),
        ("Nerve fibers and mechanoreceptors were stained.", []),
    ],
)
def test_table_cell_types(text: str, expected: list) -> None:
    assert _cells(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("槲皮素保护肝细胞免受损伤。", ["肝细胞"]),
        ("葛根素对胆碱能神经元具有保护作用。", ["胆碱能神经元"]),
        ("黄芩苷抑制肾小管上皮细胞凋亡。", ["肾小管上皮细胞"]),
        ("染料木素修复受损的胰岛β细胞。", ["胰岛β细胞"]),
        # a longer word holding a cell name is no cell (guards)
        ("血清促红细胞生成素水平升高。", []),
        ("肝细胞癌患者 20 例。", []),
    ],
)
def test_chinese_cell_types(text: str, expected: list) -> None:
    assert [t for t, _ in _cells(text)] == expected


def test_conjoined_inducers_are_stimuli() -> None:
    rels = _relations("槲皮素降低四氯化碳、D-半乳糖胺所致的小鼠肝损伤。")
    assert ("TESTED_IN", "四氯化碳", "小鼠") in rels
    assert ("TESTED_IN", "D-半乳糖胺", "小鼠") in rels
    assert not any(r[2] == "四氯化碳" for r in rels)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("采用 D-半乳糖胺腹腔注射造模。", "D-半乳糖胺"),
        ("加入 L-精氨酸处理细胞。", "L-精氨酸"),
        ("给予 β-谷甾醇灌胃。", "β-谷甾醇"),  # guard
    ],
)
def test_locant_before_a_chinese_name(text: str, name: str) -> None:
    assert _texts(text, "COMPOUND") == [name]


def test_conclusion_opening_word_is_no_part_of_a_name() -> None:
    assert _texts("可见虎杖黄酮对肝损伤有保护作用。", "COMPOUND") == ["虎杖黄酮"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # common diseases of every organ in the lexicon, with MeSH ids
        ("葛根素减轻溃疡性结肠炎小鼠的体重下降。", ["溃疡性结肠炎"]),
        ("研究其对自身免疫性甲状腺炎的作用。", ["自身免疫性甲状腺炎"]),
        # a word across a term's end: 抑郁症 is not matched across 症状; 抑郁 (a term since the
        # eighteenth stop) names the disorder, as 骨质疏松 in 骨质疏松症状
        ("改善抑郁症状。", ["抑郁"]),
        ("缓解骨质疏松症状。", ["骨质疏松"]),
        # a numbered long name is a gene's (B细胞淋巴瘤/白血病-2 is Bcl-2)
        ("检测白血病-2 蛋白。", []),
        # an organ and a disease ending: a disease no lexicon holds (family organ-disease)
        ("慢性前列腺炎患者 30 例。", ["慢性前列腺炎"]),
        ("槲皮素抑制甲状腺癌细胞增殖。", ["甲状腺癌"]),
        ("葛根素改善脊髓损伤大鼠的运动功能。", ["脊髓损伤"]),
        ("黄芪甲苷减轻心肌纤维化。", ["心肌纤维化"]),
        # never a process, a word across the end, or a tissue's damage in the bone field
        ("抑制神经炎症反应。", []),
        ("观察肾病理改变。", []),
        ("促进血管生成与骨形成。", []),
        ("评估软骨损伤程度。", []),
    ],
)
def test_chinese_diseases(text: str, expected: list) -> None:
    assert _texts(text, "DISEASE") == expected


def test_traditional_characters_read_through_a_simplified_view() -> None:
    text = "目的：觀察葛根素對大鼠骨質疏鬆的治療作用。與模型組比較，葛根素組血清 MDA 顯著降低。"
    ann = extract_text(text)
    found = {(e.type, e.text) for e in ann.entities}
    assert {("COMPOUND", "葛根素"), ("ORGANISM", "大鼠"), ("DISEASE", "骨質疏鬆")} <= found
    for e in ann.entities:
        assert text[e.start : e.end] == e.text  # the paper's own characters
    assert ("DOWNREGULATES", "葛根素", "MDA") in _relations(text)


def test_simplified_text_keeps_its_characters() -> None:
    from puerextract.variants import simplified_view

    assert simplified_view("葛根素对大鼠骨质疏松的治疗作用，乾隆年间。") is None
    assert (
        simplified_view("葛根素對大鼠骨質疏鬆的治療作用與機制")
        == "葛根素对大鼠骨质疏松的治疗作用与机制"
    )


@settings(deadline=None, max_examples=40)
@given(
    st.text(
        alphabet="葛根素對大鼠骨質疏鬆的治療作用與機制组 ALP,。", min_size=1, max_size=40
    ).filter(str.strip)
)
def test_view_keeps_every_offset(text: str) -> None:
    for e in extract_text(text).entities:
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    "text",
    [
        # the model group's changes: the themes of one clause are no agent of the next
        "与正常组比较，模型组 MDA 显著升高，SOD 显著降低。",
        "模型组 MDA 升高（P<0.05），SOD 降低。",
    ],
)
def test_themes_of_a_clause_are_no_agent(text: str) -> None:
    assert _relations(text) == set()


def test_agent_subject_still_carries() -> None:  # guard
    assert _relations("葛根素可显著降低 MDA，升高 SOD。") == {
        ("DOWNREGULATES", "葛根素", "MDA"),
        ("UPREGULATES", "葛根素", "SOD"),
    }


def test_measured_compounds_are_no_arms() -> None:
    rels = _relations("大鼠随机分为模型组和槲皮素组，每组 10 只，测定血清 LDL-C 水平。")
    assert ("TESTED_IN", "槲皮素", "大鼠") in rels
    assert not any(r[1] == "LDL-C" for r in rels)


@pytest.mark.parametrize(
    ("text", "genes"),
    [
        ("检测单核细胞趋化蛋白-1（MCP-1）水平。", ["单核细胞趋化蛋白-1", "MCP-1"]),
        ("血清粒细胞集落刺激因子升高。", ["粒细胞集落刺激因子"]),
    ],
)
def test_gene_names_holding_a_cell_name(text: str, genes: list) -> None:
    assert _texts(text, "GENE") == genes
    assert _texts(text, "CELL_TYPE") == []


def test_an_agent_noun_is_no_part_of_a_name() -> None:
    assert _texts("以细胞毒剂环磷酰胺造模。", "COMPOUND") == ["环磷酰胺"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In mice, apigenin delays diabetic nephropathy.",
            {("TREATS", "apigenin", "diabetic nephropathy")},
        ),
        (
            "Wogonin delayed the progression of osteoarthritis in mice.",
            {("TREATS", "Wogonin", "osteoarthritis")},
        ),
        # an adjective "delayed" treats nothing (guards)
        ("Ovariectomy caused delayed fracture healing.", set()),
        ("Apigenin delayed apoptosis of podocytes.", set()),
    ],
)
def test_delaying_a_disease_treats_it(text: str, expected: set) -> None:
    assert {r for r in _relations(text) if r[0] == "TREATS"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lipid panel: TC and TG beside LDL-C
        ("检测血脂（TC、TG、LDL-C、HDL-C）水平。", ["TC", "TG", "LDL-C", "HDL-C"]),
        ("Serum TC, TG and LDL-C were measured.", ["TC", "TG", "LDL-C"]),
        # defined in the paper: every use
        ("总胆固醇（TC）升高，TC 水平在给药后降低。", ["总胆固醇", "TC", "TC"]),
        # alone: an acronym of much else
        ("TG mice and TC buffer were used.", []),
    ],
)
def test_list_cued_lipids(text: str, expected: list) -> None:
    assert _texts(text, "COMPOUND") == expected


def test_a_lipid_panel_is_lowered() -> None:
    rels = _relations("与模型组比较，槲皮素组 TC、TG、LDL-C 降低（P<0.05）。")
    assert {("DOWNREGULATES", "槲皮素", x) for x in ("TC", "TG", "LDL-C")} <= rels


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a code with letters and a hyphen, after 细胞 or before it
        ("观察提取物对人肝癌细胞 Bel-7402 增殖的影响。", ["Bel-7402"]),
        # every code of a list the cue closes
        (
            "提取物对 Eca-109、SGC-7901 和 COLO205 细胞有抑制作用。",
            ["Eca-109", "SGC-7901", "COLO205"],
        ),
        # near a blocker word it stays a cell line, no compound code
        ("提取物可抑制 Bel-7402 细胞增殖。", ["Bel-7402"]),
    ],
)
def test_cell_line_codes(text: str, lines: list) -> None:
    assert _texts(text, "CELL_LINE") == lines
    assert not [c for c in _texts(text, "COMPOUND") if c in lines]  # no compound code


def test_a_blocker_code_stays_a_compound() -> None:  # guard
    assert _texts("细胞经 PI3K 抑制剂 LY294002 预处理。", "COMPOUND") == ["LY294002"]


@pytest.mark.parametrize(
    ("text", "genes"),
    [
        ("检测肾组织中 TGF - β1 的表达。", ["TGF - β1"]),
        ("血清 IL- 6 和 NF - κB 水平升高。", ["IL- 6", "NF - κB"]),
        ("血清 IL-6 水平升高。", ["IL-6"]),  # guard
    ],
)
def test_pdf_spaced_hyphens_in_names(text: str, genes: list) -> None:
    assert _texts(text, "GENE") == genes


def test_a_count_of_kinds_is_no_part_of_a_name() -> None:
    assert _texts("检测两种水蛭提取物的作用。", "COMPOUND") == ["水蛭提取物"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Puerarin improved myocardial fibrosis in mice.", ["myocardial fibrosis"]),
        (
            "Daidzein reduced hepatic steatosis and cardiac hypertrophy.",
            ["hepatic steatosis", "cardiac hypertrophy"],
        ),
        # a gene's name holding such words is the gene's (guard)
        ("Serum vascular endothelial growth factor rose.", []),
    ],
)
def test_english_organ_diseases(text: str, expected: list) -> None:
    assert _texts(text, "DISEASE") == expected


def test_an_improved_organ_disease_is_treated() -> None:
    rels = _relations("Puerarin ameliorated myocardial fibrosis in mice.")
    assert ("TREATS", "Puerarin", "myocardial fibrosis") in rels


@pytest.mark.parametrize(
    "text",
    [
        "培养大鼠肝星状细胞（HSC-T6），HSC-T6 细胞增殖降低。",
        "Rat hepatic stellate cells (HSC-T6) were cultured; HSC-T6 cells grew.",
    ],
)
def test_a_cell_line_after_its_cell_type_is_no_abbreviation(text: str) -> None:
    """A guard for this stop's Chinese cell names: 肝星状细胞 made HSC-T6 its abbreviation."""
    assert _texts(text, "CELL_LINE") == ["HSC-T6", "HSC-T6"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dose in a label's brackets, and dose-level labels after the compound's first label
        (
            "分为模型组、槲皮素低剂量[10 mg/(kg·d)]组、中剂量[20 mg/(kg·d)]组和高剂量[40 mg/(kg·d)]组。",
            {("槲皮素", "10 mg/(kg·d)"), ("槲皮素", "20 mg/(kg·d)"), ("槲皮素", "40 mg/(kg·d)")},
        ),
        # a control arm's kind between the dose and 组; a name no mention keeps its dose
        (
            "分为模型组、夏枯草(2 g/kg)阳性对照组和槲皮素(50 mg/kg)组。",
            {("槲皮素", "50 mg/kg")},
        ),
    ],
)
def test_bracketed_and_level_label_doses(text: str, expected: set) -> None:
    assert _rels(text, "HAS_CONCENTRATION") == expected


def test_murine_names_the_mouse() -> None:
    text = "Genistein was tested in a murine model of arthritis; murine macrophages were used."
    assert [(e.text, e.norm) for e in extract_text(text).entities if e.type == "ORGANISM"] == [
        ("murine", "ncbitaxon:10090")
    ]  # before cells a species word is a modifier, no mention (guideline)
