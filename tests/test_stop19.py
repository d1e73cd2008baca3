"""Nineteenth stop (2026-12-06): general constructions real abstracts showed missing, on
sentences of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_relate_words import _relations
from test_stop17 import _holds, _typed


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a cell line and the cell type beside it name one system: both are tested
        (
            "Berberine lowered NO release in LPS-stimulated THP-1 macrophages.",
            {
                ("TESTED_IN", "LPS", "THP-1"),
                ("TESTED_IN", "LPS", "macrophages"),
            },
            set(),
        ),
        (
            "Baicalein suppressed inflammation in BV-2 microglia stimulated with LPS.",
            {("TESTED_IN", "LPS", "BV-2"), ("TESTED_IN", "LPS", "microglia")},
            set(),
        ),
        (  # guard: a cell line with no cell type beside it gets no second system
            "Neurons were then counted, after PC12 cells had been treated with MPP+.",
            {("TESTED_IN", "MPP+", "PC12")},
            {("TESTED_IN", "MPP+", "Neurons")},
        ),
    ],
)
def test_a_cell_line_and_its_cell_type(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # an English inducer word reaches the system past a short name of the model and "in"
        (
            "Berberine attenuated doxorubicin-induced acute cardiac necrosis in mice.",
            {("TESTED_IN", "doxorubicin", "mice")},
            set(),
        ),
        (
            "We studied baicalin against CCl4-induced hepatic damage and fibrosis in rats.",
            {("TESTED_IN", "CCl4", "rats")},
            set(),
        ),
        (  # guard: a verb form in -ed between them: the system is the result's place
            "Cisplatin-induced toxicity was markedly reduced in mice given baicalin.",
            {("TESTED_IN", "baicalin", "mice")},
            {("TESTED_IN", "Cisplatin", "mice")},
        ),
    ],
)
def test_inducer_past_the_model_name(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # aim nouns: efficacy, potential, activity, properties of X in Y
        (
            "This work evaluated the antihyperglycaemic efficacy of berberine in obese mice.",
            {("TESTED_IN", "berberine", "mice")},
            set(),
        ),
        (
            "We assessed the neuroprotective potential of baicalin in SH-SY5Y cells.",
            {("TESTED_IN", "baicalin", "SH-SY5Y")},
            set(),
        ),
        (
            "The antioxidant properties of resveratrol in aged rats were examined.",
            {("TESTED_IN", "resveratrol", "rats")},
            set(),
        ),
        (  # guard: the activity of an enzyme is no aim and gives nothing
            "We measured the activity of caspase-3 in H9c2 cells.",
            set(),
            {("TESTED_IN", "caspase-3", "H9c2")},
        ),
    ],
)
def test_aim_nouns(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # 给予 X 后 with no comma: X is the subject of the change after it
        (
            "给予小檗碱后模型小鼠肝脏中IL-6的表达下降。",
            {("DOWNREGULATES", "小檗碱", "IL-6")},
            set(),
        ),
        (
            "用黄芩素处理24 h后HepG2细胞中Bax的表达增加。",
            {("UPREGULATES", "黄芩素", "Bax")},
            set(),
        ),
        (  # guard: 后肢 is no 后 closing a giving phrase
            "给予小檗碱后肢注射，IL-6无变化。",
            set(),
            {("DOWNREGULATES", "小檗碱", "IL-6")},
        ),
        # a test statistic before the P value, cut from it at the comma
        (
            "经小檗碱处理后大鼠肝脏中TNF-α的表达下降(F=12.40,P<0.05)。",
            {("DOWNREGULATES", "小檗碱", "TNF-α")},
            set(),
        ),
        (
            "小檗碱组大鼠血清IL-6含量降低(t=3.52,P<0.01)。",
            {("DOWNREGULATES", "小檗碱", "IL-6")},
            set(),
        ),
    ],
)
def test_chinese_treatment_frames(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # body weight written inside a Chinese dose rate's unit
        (
            "每日灌胃小檗碱50mg/(kgbw·d)，连续8周。",
            {("HAS_CONCENTRATION", "小檗碱", "50mg/(kgbw·d)")},
            set(),
        ),
        (
            "小鼠给予黄芩素 25 mg/(kg BW·d) 灌胃。",
            {("HAS_CONCENTRATION", "黄芩素", "25 mg/(kg BW·d)")},
            set(),
        ),
        ("按40mg/kgBW·d添加黄芩素。", {("HAS_CONCENTRATION", "黄芩素", "40mg/kgBW·d")}, set()),
        # X 对 Y 有降低作用: the effect noun is the trigger's, not Y's
        ("小檗碱对血清胆固醇有明显的降低作用。", {("DOWNREGULATES", "小檗碱", "胆固醇")}, set()),
        (  # guard: Y 的保护作用 is Y's own effect, no target of a trigger before it
            "观察LPS对小鼠的损伤及小檗碱的保护作用。",
            set(),
            {("UPREGULATES", "LPS", "小檗碱")},
        ),
        # an abbreviation in parentheses closes a list item
        (
            "小檗碱组对大鼠总胆固醇(TC)、甘油三酯(TG)有降低作用。",
            {("DOWNREGULATES", "小檗碱", "总胆固醇"), ("DOWNREGULATES", "小檗碱", "甘油三酯")},
            set(),
        ),
        # a measured value in brackets between a theme and its trigger
        (
            "小檗碱组大鼠血清胰岛素含量[(12.5±1.3)mIU/L]、瘦素含量[(3.1±0.4)ng/mL]降低。",
            {("DOWNREGULATES", "小檗碱", "胰岛素"), ("DOWNREGULATES", "小檗碱", "瘦素")},
            set(),
        ),
    ],
)
def test_chinese_doses_effects_and_values(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # protein hormones are genes, as insulin and leptin are
        (
            "Serum luteinising hormone and FSH fell, but growth hormone rose.",
            {("GENE", "luteinising hormone"), ("GENE", "FSH"), ("GENE", "growth hormone")},
        ),
        (
            "血清黄体生成素、促卵泡激素及性激素结合球蛋白的水平下降。",
            {("GENE", "黄体生成素"), ("GENE", "促卵泡激素"), ("GENE", "性激素结合球蛋白")},
        ),
    ],
)
def test_protein_hormones_are_genes(text: str, expected: set) -> None:
    assert expected <= _typed(text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the cell lines a fate's object names, then the lines themselves
        (
            "Berberine inhibited the proliferation of two hepatoma cell lines including HepG2 and Huh7.",
            {("DOWNREGULATES", "Berberine", "HepG2"), ("DOWNREGULATES", "Berberine", "Huh7")},
            set(),
        ),
        (
            "Baicalein reduced the viability of human gastric cancer cell lines such as SGC-7901.",
            {("DOWNREGULATES", "Baicalein", "SGC-7901")},
            set(),
        ),
        # the compound that induced a change does not undo it
        (
            "Berberine-induced suppression of TNF-α was reversed.",
            {("DOWNREGULATES", "Berberine", "TNF-α")},
            {("UPREGULATES", "Berberine", "TNF-α")},
        ),
    ],
)
def test_cell_line_lists_and_undone_changes(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # guards from the stop's fresh-eyes review (each gave the wrong relation before it)
        (
            "黄芩素可降低血清促黄体生成素释放激素的水平。",
            {("DOWNREGULATES", "黄芩素", "促黄体生成素释放激素")},
            {("DOWNREGULATES", "黄芩素", "黄体生成素")},
        ),
        (
            "Baicalin inhibited the growth of tumors derived from cell lines including SMMC-7721 in mice.",
            {("TREATS", "Baicalin", "tumors")},
            {("DOWNREGULATES", "Baicalin", "SMMC-7721")},
        ),
        (
            "Cisplatin-induced apoptosis occurs mainly in hepatocytes, whereas baicalin acts elsewhere.",
            set(),
            {("TESTED_IN", "Cisplatin", "hepatocytes")},
        ),
        (
            "The scavenging activity of GSH in H9c2 cells was measured after baicalin treatment.",
            set(),
            {("TESTED_IN", "GSH", "H9c2")},
        ),
        ("Noggin 对黄芩素有阻断作用。", set(), {("DOWNREGULATES", "Noggin", "黄芩素")}),
        ("黄芩素对 H2O2 有拮抗作用。", set(), {("DOWNREGULATES", "黄芩素", "H2O2")}),
    ],
)
def test_review_guards(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Goserelin, an LH-RH agonist, was given to rats.", {("GENE", "LH")}),
        ("黄芩素组(LH组)小鼠骨密度升高。", {("GENE", "LH")}),
    ],
)
def test_bare_lh_is_no_gene(text: str, absent: set) -> None:
    assert not absent & _typed(text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # organ diseases: interstitial sites, necrosis, damage and toxicity of an organ
        (
            "Berberine eased renal interstitial fibrosis, hepatic damage and cardiac toxicity.",
            {
                ("DISEASE", "renal interstitial fibrosis"),
                ("DISEASE", "hepatic damage"),
                ("DISEASE", "cardiac toxicity"),
            },
            set(),
        ),
        (
            "小檗碱减轻肾小管间质纤维化和肺间质纤维化。",
            {("DISEASE", "肾小管间质纤维化"), ("DISEASE", "肺间质纤维化")},
            set(),
        ),
        (  # guard: a cell's damage and necrosis have no organ word: no disease
            "Berberine limited neuronal damage and cell necrosis.",
            set(),
            {("DISEASE", "neuronal damage"), ("DISEASE", "cell necrosis")},
        ),
        # heart and liver serum markers
        (
            "Serum cTnI and γ-GT fell; 血清心肌肌钙蛋白I降低。",
            {("GENE", "cTnI"), ("GENE", "γ-GT"), ("GENE", "心肌肌钙蛋白I")},
            set(),
        ),
    ],
)
def test_organ_diseases_and_serum_markers(text: str, expected: set, absent: set) -> None:
    found = _typed(text)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # two Chinese arms conjoined, the second with its dose level: both act, both are given
        (
            "与模型组比较，二甲双胍和高剂量小檗碱组小鼠血清IL-6含量下降。",
            {
                ("DOWNREGULATES", "二甲双胍", "IL-6"),
                ("DOWNREGULATES", "小檗碱", "IL-6"),
                ("TESTED_IN", "二甲双胍", "小鼠"),
                ("TESTED_IN", "小檗碱", "小鼠"),
            },
            set(),
        ),
        (  # guard: arms labelled one by one still share the trigger
            "小檗碱组与二甲双胍组TNF-α均低于模型组。",
            {("DOWNREGULATES", "小檗碱", "TNF-α"), ("DOWNREGULATES", "二甲双胍", "TNF-α")},
            set(),
        ),
    ],
)
def test_conjoined_chinese_arms(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a seed oil is a compound (not 油红O)
        ("亚麻籽油可改善去卵巢大鼠的骨代谢。", {("COMPOUND", "亚麻籽油")}, set()),
        ("油红O染色显示脂滴增多。", set(), {("COMPOUND", "油红")}),
    ],
)
def test_seed_oils(text: str, expected: set, absent: set) -> None:
    found = _typed(text)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a compound exerting a treating effect on a disease treats it
        (
            "Berberine exerts anti-inflammatory and anti-fibrotic effects on bleomycin-induced "
            "pulmonary fibrosis in mice.",
            {("TREATS", "Berberine", "pulmonary fibrosis")},
            set(),
        ),
        (
            "Quercetin exerted beneficial effects on diabetic nephropathy.",
            {("TREATS", "Quercetin", "diabetic nephropathy")},
            set(),
        ),
        (  # guard: no effect, or an effect on cells, treats nothing
            "Quercetin exerted no beneficial effects on diabetic nephropathy.",
            set(),
            {("TREATS", "Quercetin", "diabetic nephropathy")},
        ),
    ],
)
def test_effect_findings(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # guards from the second review: an effect asked, hypothesised or contrasted
        (
            "Does baicalin exert beneficial effects on myocardial infarction?",
            set(),
            {("TREATS", "baicalin", "myocardial infarction")},
        ),
        (
            "Whether quercetin exerted beneficial effects on diabetic nephropathy was not known.",
            set(),
            {("TREATS", "quercetin", "diabetic nephropathy")},
        ),
        (
            "We hypothesized that baicalin exerted beneficial effects on diabetic nephropathy.",
            set(),
            {("TREATS", "baicalin", "diabetic nephropathy")},
        ),
        (
            "Steroids such as prednisolone have anti-inflammatory effects on asthma but cause "
            "osteoporosis.",
            {("TREATS", "prednisolone", "asthma")},
            {("TREATS", "prednisolone", "osteoporosis")},
        ),
        # a level measured in a group is no arm conjoined to the next
        (
            "与正常组比较，模型组大鼠血清睾酮和低剂量小檗碱组大鼠骨密度均降低。",
            {("TESTED_IN", "小檗碱", "大鼠")},
            {("TESTED_IN", "睾酮", "大鼠")},
        ),
        # a vehicle's volume is no dose of the drug
        (
            "小檗碱组灌胃小檗碱100 mg/kg，模型组灌胃等体积生理盐水10 mL/kg。",
            set(),
            {("HAS_CONCENTRATION", "小檗碱", "10 mL/kg")},
        ),
    ],
)
def test_second_review_guards(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


def test_a_primer_codon_is_no_gene() -> None:
    assert ("GENE", "GGT") not in _typed("The codon GGT encodes glycine in this primer.")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a Chinese treatment frame 经 X … 作用/处理 … 后: the cells before 经, or right after
        (
            "结果：HeLa细胞经小檗碱(10、20 μmol/L)作用48 h后，凋亡率升高。",
            {("TESTED_IN", "小檗碱", "HeLa")},
            set(),
        ),
        ("经小檗碱作用后，HepG2细胞的活力下降。", {("TESTED_IN", "小檗碱", "HepG2")}, set()),
        (  # guard: no treatment verb closing the frame: no link
            "HeLa细胞经流式细胞术检测，小檗碱组凋亡率升高。",
            set(),
            {("TESTED_IN", "小檗碱", "HeLa")},
        ),
    ],
)
def test_chinese_jing_frames(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # guards from the third review
        (
            "经 CCK-8 孵育 2 h 后，L02 细胞活力以吸光度表示。",
            set(),
            {("TESTED_IN", "CCK-8", "L02")},
        ),
        (
            "Body weight did not change, and berberine exerted beneficial effects on colitis.",
            {("TREATS", "berberine", "colitis")},
            set(),
        ),
        (
            "As our hypothesis predicted, berberine exerted beneficial effects on colitis.",
            {("TREATS", "berberine", "colitis")},
            set(),
        ),
        (
            "How berberine exerts beneficial effects on colitis is unknown.",
            set(),
            {("TREATS", "berberine", "colitis")},
        ),
    ],
)
def test_third_review_guards(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # medicinal plants and food plants named as sources are organisms
        (
            "Celery supplies dietary apigenin; 栀子、白芷和半枝莲均为常用中药。",
            {
                ("ORGANISM", "Celery"),
                ("ORGANISM", "栀子"),
                ("ORGANISM", "白芷"),
                ("ORGANISM", "半枝莲"),
            },
        ),
    ],
)
def test_source_plants(text: str, expected: set) -> None:
    assert expected <= _typed(text)


def test_mouse_strains_and_macaques() -> None:
    found = _typed("KK-Ay小鼠与ob/ob小鼠体重增加；cynomolgus monkeys were fed soy.")
    assert {
        ("ORGANISM", "KK-Ay小鼠"),
        ("ORGANISM", "ob/ob小鼠"),
        ("ORGANISM", "cynomolgus monkeys"),
    } <= found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a group named by its treatment: Y with (dose) X treatment is X-treated Y
        (
            "Serum IL-6 of diabetic mice with 50 mg/kg berberine supplementation fell.",
            {("TESTED_IN", "berberine", "mice")},
            set(),
        ),
        (  # guard: a reagent's incubation is no treatment of the cells
            "RAW264.7 macrophages with MTT incubation were read at 570 nm.",
            set(),
            {("TESTED_IN", "MTT", "macrophages"), ("TESTED_IN", "MTT", "RAW264.7")},
        ),
    ],
)
def test_with_treatment_groups(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


def test_apoptosis_and_glia_gene_names() -> None:
    found = _typed("Noxa、胶质纤维酸性蛋白、cyclin A、Jun-D and B-cell lymphoma-2 were assayed.")
    assert {
        ("GENE", "Noxa"),
        ("GENE", "胶质纤维酸性蛋白"),
        ("GENE", "cyclin A"),
        ("GENE", "Jun-D"),
        ("GENE", "B-cell lymphoma-2"),
    } <= found
