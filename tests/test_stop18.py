"""Eighteenth stop (2026-12-06): general constructions real abstracts showed missing, on
sentences of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_relate_words import _relations
from test_stop17 import _holds, _typed


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # 第 opens a list of day numbers: none of them is an exposure time
        (
            "在培养第2、5、9和12天时测定黄芩素处理后细胞的数目。",
            set(),
            {("DURATION", "5、9和12天"), ("DURATION", "12天")},
        ),
        ("染色结果（第5和10天）提示黄芩素有效。", set(), {("DURATION", "10天")}),
        (  # guard: a list of treatment times with no ordinal stays a duration
            "黄芩素作用12、24和48 h后细胞活力下降。",
            {("DURATION", "12、24和48 h")},
            set(),
        ),
        # a model procedure's time in parentheses is the model's, no exposure
        (
            "Mice underwent ischemia (40 min) and then reperfusion (12 h) before berberine.",
            set(),
            {("DURATION", "40 min"), ("DURATION", "12 h")},
        ),
        ("大鼠缺血（20 min）后给予黄芩素。", set(), {("DURATION", "20 min")}),
        (  # guard: a treatment's time in parentheses stays a duration
            "Berberine (10 μM, 24 h) lowered IL-6 in macrophages.",
            {("DURATION", "24 h")},
            set(),
        ),
        # a time after the last dose (末次给药 N h 后) is a delay, as "N h after the last dose"
        ("小鼠灌胃黄芩素6周，末次给药3 h后采血。", {("DURATION", "6周")}, {("DURATION", "3 h")}),
        ("小鼠灌胃黄芩素6周，末次灌胃后12 h处死。", {("DURATION", "6周")}, {("DURATION", "12 h")}),
    ],
)
def test_time_points_and_delays(text: str, expected: set, absent: set) -> None:
    _holds(_typed(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a disease right before a cell noun names the cells: no TREATS to it
        (
            "Wogonin inhibited HCC cell invasion in vitro.",
            set(),
            {("TREATS", "Wogonin", "HCC")},
        ),
        (
            "Baicalein suppressed the invasion of HCC cells.",
            set(),
            {("TREATS", "Baicalein", "HCC")},
        ),
        ("黄芩素抑制胃癌细胞的迁移。", set(), {("TREATS", "黄芩素", "胃癌")}),
        (  # guard: the disease itself is still treated
            "Baicalein suppressed HCC growth in nude mice.",
            {("TREATS", "Baicalein", "HCC")},
            set(),
        ),
        (  # guard: a cell model of the disease, and 细胞外 (extracellular), keep the disease
            "Wogonin reduced matrix degradation in an osteoarthritis cell model.",
            {("TREATS", "Wogonin", "osteoarthritis")},
            set(),
        ),
        ("黄芩素明显改善糖尿病肾病细胞外基质沉积。", {("TREATS", "黄芩素", "糖尿病肾病")}, set()),
    ],
)
def test_disease_naming_cells(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a passive whose place is animals treated with the compound, modifiers before them
        (
            "Plasma insulin and leptin were raised in obese mice treated with berberine.",
            {("UPREGULATES", "berberine", "insulin")},
            set(),
        ),
        (
            "TNF-α expression was reduced in STZ-induced diabetic rats given naringin.",
            {("DOWNREGULATES", "naringin", "TNF-α")},
            set(),
        ),
        # a dose in parentheses before 法 is the inducer's dose, not an assay's name
        (
            "采用腹腔注射链脲佐菌素(40 mg/kg)法复制糖尿病大鼠模型。",
            {("TESTED_IN", "链脲佐菌素", "大鼠"), ("HAS_CONCENTRATION", "链脲佐菌素", "40 mg/kg")},
            set(),
        ),
        (  # guard: a reagent's name in parentheses before 法 stays an assay
            "采用噻唑蓝(MTT)法测定黄芩苷对细胞活力的影响。",
            set(),
            {("TESTED_IN", "MTT", "细胞")},
        ),
        (  # guard: so does a reagent's concentration (not a body-weight dose)
            "采用 MTT（0.5 mg/mL）法测定细胞活力。",
            set(),
            {("HAS_CONCENTRATION", "MTT", "0.5 mg/mL")},
        ),
        (  # guard: animals not treated with the compound, or compared with those treated
            "MDA rose in rats not treated with berberine.",
            set(),
            {("UPREGULATES", "berberine", "MDA")},
        ),
        (
            "IL-6 was higher in model mice than those treated with berberine.",
            set(),
            {("UPREGULATES", "berberine", "IL-6")},
        ),
        # a compound with a measure noun after a dosing time is measured, no time of it
        (
            "给药8周后，模型组小鼠血清FINS、LDL-C水平均下降。",
            set(),
            {("HAS_DURATION", "LDL-C", "8周")},
        ),
        (  # guard: a treated group after the dosing time keeps it
            "给药8周后，黄芩苷组小鼠血糖降低。",
            {("HAS_DURATION", "黄芩苷", "8周")},
            set(),
        ),
        # a disease's lesions or symptoms lowered after a treatment: the disease is treated
        ("经黄芩苷干预后，脂肪肝病变显著减轻。", {("TREATS", "黄芩苷", "脂肪肝")}, set()),
    ],
)
def test_treated_animals_doses_and_lesions(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


def test_except_is_no_part_of_a_name() -> None:
    found = _typed("除枸杞多糖低剂量组外，其余各组小鼠血糖均降低。")
    _holds(found, {("COMPOUND", "枸杞多糖")}, {("COMPOUND", "除枸杞多糖")})


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a cued Chinese ending with the name's abbreviation before the aim (X（ABBR）对 … 的作用)
        # and an aim noun of four characters (神经保护作用)
        (
            "目的 观察雷公藤甲素(TPL)对小鼠肝损伤的抗氧化保护作用。",
            {("COMPOUND", "雷公藤甲素"), ("COMPOUND", "TPL")},
            set(),
        ),
        # a gene's long form with its abbreviation inside before the suffix: one GENE span
        (
            "小鼠血清白细胞介素(IL)-6和肿瘤坏死因子(TNF)-α水平下降。",
            {("GENE", "白细胞介素(IL)-6"), ("GENE", "肿瘤坏死因子(TNF)-α")},
            {("DISEASE", "肿瘤"), ("GENE", "TNF")},
        ),
        (
            "Serum interleukin (IL)-1β and nuclear factor (NF)-κB rose in the model.",
            {("GENE", "interleukin (IL)-1β"), ("GENE", "nuclear factor (NF)-κB")},
            set(),
        ),
        (  # guard: an abbreviation with no suffix stays two mentions
            "Interleukin-6 (IL-6) rose in the model.",
            {("GENE", "Interleukin-6"), ("GENE", "IL-6")},
            set(),
        ),
        # the hippocampus's regions are no carbonic anhydrases
        ("大鼠海马CA3区神经元丢失减少。", {("CELL_TYPE", "神经元")}, {("GENE", "CA3")}),
        ("Neuronal loss in the CA1 region was smaller.", set(), {("GENE", "CA1")}),
        # "mRNA" fused to a gene's symbol
        ("模型组TLR4mRNA和CD86mRNA表达升高。", {("GENE", "TLR4"), ("GENE", "CD86")}, set()),
        # depression in both languages, and its positive control
        (
            "氟西汀组大鼠抑郁样行为减轻。",
            {("COMPOUND", "氟西汀"), ("DISEASE", "抑郁")},
            set(),
        ),
        (  # guard: English "depression" has other senses and stays out of the lexicon
            "Wogonin blocked hippocampal long-term depression in slices.",
            set(),
            {("DISEASE", "depression")},
        ),
        # guard: 因素 is a factor, no compound, also before its abbreviation
        (
            "饮食因素（DF）对老年人骨密度的影响。",
            set(),
            {("COMPOUND", "饮食因素"), ("COMPOUND", "DF")},
        ),
    ],
)
def test_names_in_neuro_abstracts(text: str, expected: set, absent: set) -> None:
    _holds(_typed(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "improve" before a disease treats it
        (
            "Wogonin could markedly improve cognitive impairment and lower IL-6 in aged mice.",
            {("TREATS", "Wogonin", "cognitive impairment"), ("DOWNREGULATES", "Wogonin", "IL-6")},
            set(),
        ),
        (  # guard: before anything else it is no trigger and cuts no chain of verbs
            "Wogonin reduced MDA, raised SOD and improved renal function (lower IL-6).",
            {("DOWNREGULATES", "Wogonin", "IL-6")},
            {("DOWNREGULATES", "SOD", "IL-6")},
        ),
        # a disorder's model behaviour relieved treats the disorder
        (
            "与模型组比较，柴胡疏肝散组小鼠抑郁样行为显著缓解。",
            {("TREATS", "柴胡疏肝散", "抑郁")},
            set(),
        ),
    ],
)
def test_improving_a_disease(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # hyphenated and pre- giving words
        (
            "BV-2 cells were preincubated with wogonin for 1 h.",
            {("TESTED_IN", "wogonin", "BV-2")},
            set(),
        ),
    ],
)
def test_pre_giving_words(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a treatment frame closed by 后 with no comma: what follows is no object of 处理
        ("木犀草素处理后IL-1β的表达明显降低。", {("DOWNREGULATES", "木犀草素", "IL-1β")}, set()),
        (
            "经木犀草素干预后小鼠血清MCP-1的含量下降。",
            {("DOWNREGULATES", "木犀草素", "MCP-1")},
            set(),
        ),
        (  # guard: a verb's nominal object stays its object (抑制 X 的活化)
            "木犀草素抑制NF-κB的活化。",
            {("DOWNREGULATES", "木犀草素", "NF-κB")},
            set(),
        ),
    ],
)
def test_treatment_frame_without_comma(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a mention of the abbreviation's own identifier right before it is its long form; the
        # words before that mention are none of it
        (
            "Proliferation was monitored using the "
            "3-(4,5-dimethylthiazol-2-yl)-2,5-diphenyltetrazolium bromide (MTT) method.",
            {("COMPOUND", "3-(4,5-dimethylthiazol-2-yl)-2,5-diphenyltetrazolium bromide")},
            {
                (
                    "COMPOUND",
                    "monitored using the 3-(4,5-dimethylthiazol-2-yl)-2,5-diphenyltetrazolium bromide",
                )
            },
        ),
        (  # guard: a long form that is no mention yet still becomes one
            "Levels of nuclear factor of activated T cells c1 (NFATc1) fell.",
            {("GENE", "nuclear factor of activated T cells c1")},
            set(),
        ),
        # rows: bare 肿瘤坏死因子 (TNF) and its family's longer names, 脂代谢紊乱
        ("血清肿瘤坏死因子含量下降。", {("GENE", "肿瘤坏死因子")}, {("DISEASE", "肿瘤")}),
        (
            "木犀草素下调肿瘤坏死因子超家族成员11和肿瘤坏死因子-β的表达。",
            {("GENE", "肿瘤坏死因子超家族成员11"), ("GENE", "肿瘤坏死因子-β")},
            {("GENE", "肿瘤坏死因子")},
        ),
        ("枸杞多糖可纠正小鼠脂代谢紊乱。", {("DISEASE", "脂代谢紊乱")}, set()),
    ],
)
def test_long_forms_and_rows(text: str, expected: set, absent: set) -> None:
    _holds(_typed(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the serum enzymes of liver and heart injury, as the curators write them
        (
            "模型组小鼠血清ALT、AST和CK-MB均升高。",
            {("GENE", "ALT"), ("GENE", "AST"), ("GENE", "CK-MB")},
            set(),
        ),
        ("Serum CK-MB and AST fell after berberine.", {("GENE", "CK-MB"), ("GENE", "AST")}, set()),
        (  # guard: non-alcoholic fatty liver stays one disease (酒精 is no lexicon term)
            "观察白藜芦醇对小鼠非酒精性脂肪肝的作用。",
            {("DISEASE", "非酒精性脂肪肝")},
            set(),
        ),
    ],
)
def test_serum_enzymes(text: str, expected: set, absent: set) -> None:
    _holds(_typed(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a comparison with a healthy baseline group is no effect of the treatment
        ("枸杞多糖组GSH含量低于正常组。", set(), {("DOWNREGULATES", "枸杞多糖", "GSH")}),
        (
            "GSH in the berberine group was lower than that of the sham group.",
            set(),
            {("DOWNREGULATES", "berberine", "GSH")},
        ),
        (  # guard: the same comparison with the model group is the treatment's effect
            "枸杞多糖组GSH含量高于模型组，但仍低于假手术组。",
            {("UPREGULATES", "枸杞多糖", "GSH")},
            {("DOWNREGULATES", "枸杞多糖", "GSH")},
        ),
    ],
)
def test_healthy_baseline(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # 致 between two names makes the first the model's inducer, no agent or target
        (
            "木犀草素对顺铂致急性肾损伤具有明显的保护作用。",
            {("TREATS", "木犀草素", "急性肾损伤")},
            {("UPREGULATES", "木犀草素", "顺铂")},
        ),
        (  # guard: 致 inside other words is nothing (一致, 导致)
            "两组结果一致，木犀草素导致IL-6下降。",
            {("DOWNREGULATES", "木犀草素", "IL-6")},
            set(),
        ),
    ],
)
def test_bound_inducer_word(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # guards from the second review: "improved" as an adjective or before another noun
        (
            "Monocrotaline was used to set up an improved pulmonary hypertension model in rats.",
            set(),
            {("TREATS", "Monocrotaline", "pulmonary hypertension")},
        ),
        (
            "Women taking more vitamin D had improved survival from breast cancer.",
            set(),
            {("TREATS", "vitamin D", "breast cancer")},
        ),
        # an assay reagent's amount is nobody else's
        (
            "采用MTT（5 mg/mL）法检测木犀草素对HepG2细胞增殖的影响。",
            set(),
            {("HAS_CONCENTRATION", "木犀草素", "5 mg/mL")},
        ),
        # a list of cells named by diseases stays cells
        ("木犀草素抑制胃癌细胞和肝癌细胞的增殖。", set(), {("TREATS", "木犀草素", "胃癌")}),
    ],
)
def test_second_review_guards(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # a product's words stay in the long form
            "Recombinant human bone morphogenetic protein-2 (rhBMP-2) was loaded on the scaffold.",
            {("GENE", "Recombinant human bone morphogenetic protein-2")},
            set(),
        ),
        # a short capitals code before a Roman numeral is another name's member code
        ("AST-IV lessened cardiac fibrosis in mice.", set(), {("GENE", "AST")}),
    ],
)
def test_second_review_names(text: str, expected: set, absent: set) -> None:
    _holds(_typed(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # 的 opening the measure words between listed themes (A、B 的 mRNA 表达水平和 C 蛋白表达水平)
        (
            "枸杞多糖组小鼠肝组织中TLR4、MyD88的mRNA表达水平和NF-κB蛋白表达水平均明显下降。",
            {
                ("DOWNREGULATES", "枸杞多糖", "TLR4"),
                ("DOWNREGULATES", "枸杞多糖", "MyD88"),
                ("DOWNREGULATES", "枸杞多糖", "NF-κB"),
            },
            set(),
        ),
        # amifostine, the positive control of cisplatin studies, is no element 磷
        (
            "阳性对照组小鼠腹腔注射氨磷汀(200 mg/kg)。",
            {("HAS_CONCENTRATION", "氨磷汀", "200 mg/kg")},
            set(),
        ),
    ],
)
def test_theme_lists_and_amifostine(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a fate written in one word (osteoclastogenesis) in named cells regulates those cells
        (
            "Kaempferol blocked the osteoclastogenesis of RAW264.7 macrophages.",
            {("DOWNREGULATES", "Kaempferol", "RAW264.7")},
            {("DOWNREGULATES", "Kaempferol", "osteoclast")},
        ),
        (  # guard: with no cells named, the fate's own cell stays the target
            "Kaempferol blocked osteoclastogenesis.",
            {("DOWNREGULATES", "Kaempferol", "osteoclast")},
            set(),
        ),
    ],
)
def test_fate_in_one_word(text: str, expected: set, absent: set) -> None:
    _holds(_relations(text), expected, absent)


@pytest.mark.parametrize(
    "text",
    [
        "Luteolin improved glucocorticoid-induced osteoporosis in aged rats.",
        "Luteolin improved the symptoms of osteoarthritis in rats.",
        "Luteolin improved LPS-induced acute lung injury in mice.",
    ],
)
def test_improve_reaches_its_disease(text: str) -> None:
    assert any(t == "TREATS" and a == "Luteolin" for t, a, _ in _relations(text))
