"""Relation and tagging rules of the eighth stop of 2026-12-04, on sentences of our own."""

from __future__ import annotations

import pytest
from test_relate_words import _relations

from puerextract.extract import extract_text


def _typed(text: str, etype: str) -> list[str]:
    return [e.text for e in extract_text(text).entities if e.type == etype]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb between the verb and "after": the agent still follows
        (
            "Serum osteocalcin rose markedly after treatment with baicalin.",
            {("UPREGULATES", "baicalin", "osteocalcin")},
        ),
        (
            "Plasma TNF-α declined significantly following exposure to baicalin.",
            {("DOWNREGULATES", "baicalin", "TNF-α")},
        ),
        # a time between "after" and the agent
        (
            "ALP activity increased after 8 weeks of baicalin treatment.",
            {("UPREGULATES", "baicalin", "ALP"), ("HAS_DURATION", "baicalin", "8 weeks")},
        ),
        # the change's values between the verb and "after"
        (
            "Serum osteocalcin increased from 9.6 to 14.2 ng/mL after baicalin treatment.",
            {("UPREGULATES", "baicalin", "osteocalcin")},
        ),
        # the active verb with its object: unchanged
        (
            "Baicalin increased markedly the ALP activity.",
            {("UPREGULATES", "Baicalin", "ALP")},
        ),
    ],
)
def test_an_agent_after_a_change_with_words_between(text: str, expected: set) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "大鼠血清骨钙素水平在黄芩苷干预后明显升高。",
            {("UPREGULATES", "黄芩苷", "骨钙素")},
        ),
        (
            "成骨细胞 ALP 活性和 Runx2 表达在黄芩苷作用下均显著升高。",
            {("UPREGULATES", "黄芩苷", "ALP"), ("UPREGULATES", "黄芩苷", "Runx2")},
        ),
        # 在 before the compound is needed: a compound right before the trigger is no agent
        ("血清骨钙素与黄芩苷处理后升高。", set()),
    ],
)
def test_a_treatment_between_themes_and_their_trigger(text: str, expected: set) -> None:
    found = {r for r in _relations(text) if r[0] != "TESTED_IN"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # levels measured before and after a change are no applied amount
        ("黄芩苷干预后，血清骨钙素由 9.6 ng/mL 升至 14.2 ng/mL。", []),
        ("血糖降至（12.1±1.3）mmol/L。", []),
        ("Serum osteocalcin rose from 9.6 ng/mL to 14.2 ng/mL.", []),
        ("Fasting glucose fell significantly to 8.2 mmol/L.", []),
        # a dose raised stays a dose
        ("将黄芩苷浓度由 10 μmol/L 增至 40 μmol/L。", ["10 μmol/L", "40 μmol/L"]),
        ("The dose of baicalin was increased from 50 to 100 mg/kg.", ["50 to 100 mg/kg"]),
        # an amount with no change around it
        ("MC3T3-E1 细胞以 10 μmol/L 黄芩苷处理 48 h。", ["10 μmol/L"]),
    ],
)
def test_measured_values_are_no_concentrations(text: str, expected: list) -> None:
    assert _typed(text, "CONCENTRATION") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time after a run's dose, a route between
        (
            "Rats got baicalin or wogonin at 40 mg/kg orally each day for 6 weeks.",
            {("baicalin", "6 weeks"), ("wogonin", "6 weeks")},
        ),
        # arms in parentheses, a frequency and a length word before the time
        (
            "两组分别灌胃黄芩苷（80 mg/kg）和阿仑膦酸钠（1 mg/kg），每日 1 次，连续 10 周。",
            {("黄芩苷", "10 周"), ("阿仑膦酸钠", "10 周")},
        ),
        # an arm's compound in its group's parentheses shares the allocation's time
        (
            "大鼠随机分为对照组、黄芩苷组（黄芩苷 80 mg/kg）和阳性药组（阿仑膦酸钠 1 mg/kg），"
            "灌胃 10 周。",
            {("黄芩苷", "10 周"), ("阿仑膦酸钠", "10 周")},
        ),
        # a group label's compound and the compound its parentheses name: the named one only
        (
            "细胞分为对照组、黄芩苷组（20 μmol/L）及黄芩苷+NAC 组（抗氧化剂 N-乙酰半胱氨酸, 5 mmol/L），"
            "作用 24 h。",
            {("黄芩苷", "24 h"), ("N-乙酰半胱氨酸", "24 h")},
        ),
        # one arm with its own dose and time: the time stays its own
        (
            "Rats received baicalin (40 mg/kg) for 6 weeks, and the controls received water.",
            {("baicalin", "6 weeks")},
        ),
    ],
)
def test_a_time_shared_by_arms(text: str, expected: set) -> None:
    found = {(a, b) for t, a, b in _relations(text) if t == "HAS_DURATION"}
    assert found == expected


def _after_title(title: str, text: str) -> set:
    """Relations of ``text`` after a title line (the title names the tested compound)."""
    ann = extract_text(title + "\n" + text)
    by = {e.id: e for e in ann.entities}
    off = len(title) + 1
    return {
        (r.type, by[r.arg1].text, by[r.arg2].text)
        for r in ann.relations
        if by[r.arg1].start >= off and by[r.arg2].start >= off
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baicalin induced apoptosis of HepG2 cells.", {("DOWNREGULATES", "Baicalin", "HepG2")}),
        (
            "黄芩苷可显著促进人肝癌 HepG2 细胞的凋亡。",
            {("DOWNREGULATES", "黄芩苷", "HepG2")},
        ),
        # the sparing reading stays
        (
            "Baicalin inhibited the apoptosis of chondrocytes.",
            {("UPREGULATES", "Baicalin", "chondrocytes")},
        ),
        # no death raised: a negated verb, a model's stimulus, an inducer between
        ("Baicalin did not induce apoptosis of osteoblasts.", set()),
        ("Baicalin caused no obvious chondrocyte apoptosis.", set()),
        # the kill verb is no verb of the compound: an adjective, a stimulus's clause, a second
        # verb before the cell, a repair after the injury
        ("Baicalin reduced the enhanced apoptosis of chondrocytes.", set()),
        ("黄芩苷可抑制缺氧诱导成骨细胞凋亡。", {("UPREGULATES", "黄芩苷", "成骨细胞")}),
        (
            "黄芩苷增加 Bcl-2 表达及抑制软骨细胞凋亡。",
            {("UPREGULATES", "黄芩苷", "Bcl-2"), ("UPREGULATES", "黄芩苷", "软骨细胞")},
        ),
        ("黄芩苷促进软骨细胞损伤修复。", set()),
        (
            "Baicalin significantly induced apoptosis in HepG2 cells.",
            {("DOWNREGULATES", "Baicalin", "HepG2")},
        ),
        ("H2O2 induced apoptosis in osteoblasts, which baicalin reversed.", set()),
        ("黄芩苷对 IL-1β 诱导大鼠软骨细胞凋亡的保护作用。", set()),
    ],
)
def test_raising_a_cells_death_lowers_the_cell(text: str, expected: set) -> None:
    found = {
        r for r in _after_title("Baicalin and liver cancer cells", text) if r[0] != "TESTED_IN"
    }
    assert found == expected


def test_a_titles_only_compound_is_the_tested_compound() -> None:
    text = "黄芩苷诱导肝癌细胞 HepG2 的凋亡\n结果显示，黄芩苷下调 Bcl-2 的表达，上调 Bax 的表达。"
    found = {r for r in _relations(text) if r[0] in ("UPREGULATES", "DOWNREGULATES")}
    assert {("DOWNREGULATES", "黄芩苷", "Bcl-2"), ("UPREGULATES", "黄芩苷", "Bax")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dose-response frame: its compound is the agent of the changes after it
        (
            "随着黄芩苷浓度的增加，Bcl-2 表达逐渐下降，而 Bax 的表达逐渐升高。",
            {("DOWNREGULATES", "黄芩苷", "Bcl-2"), ("UPREGULATES", "黄芩苷", "Bax")},
        ),
        (
            "With increasing doses of baicalin, Bcl-2 expression decreased.",
            {("DOWNREGULATES", "baicalin", "Bcl-2")},
        ),
        # a time's frame is none, nor a falling dose
        ("随着时间的延长，黄芩苷组 Bcl-2 表达逐渐下降。", {("DOWNREGULATES", "黄芩苷", "Bcl-2")}),
        ("随着黄芩苷浓度的降低，Bcl-2 表达升高。", set()),
        # a ratio named by long forms and abbreviations is no target
        (
            "Baicalin lowered the receptor activator of nuclear factor-κB ligand (RANKL)/"
            "osteoprotegerin (OPG) ratio.",
            set(),
        ),
    ],
)
def test_dose_frames_and_ratios(text: str, expected: set) -> None:
    found = {r for r in _after_title("Baicalin and cells", text) if r[0] != "TESTED_IN"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the amount of the compound after it: across a parenthesis, "of", "body weight of"
        (
            "以 CCK-8 比色法测定不同浓度(5、10 和 20 μmol/L)黄芩苷对细胞活力的影响。",
            {("HAS_CONCENTRATION", "黄芩苷", "5、10 和 20 μmol/L")},
        ),
        (
            "After the effects of baicalin were described, mice got 30 mg/kg body weight of"
            " baicalin.",
            # the unit per body weight is written whole (twelfth stop: mg/kg body weight)
            {("HAS_CONCENTRATION", "baicalin", "30 mg/kg body weight")},
        ),
    ],
)
def test_an_amount_goes_to_the_compound_it_is_of(text: str, expected: set) -> None:
    found = {r for r in _relations(text) if r[0] == "HAS_CONCENTRATION"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("制作大鼠胫骨末端骨缺损模型。", ["胫骨末端骨缺损"]),
        ("Rabbits with a femoral condyle defect were studied.", ["femoral condyle defect"]),
        ("bone defects", ["bone defects"]),
    ],
)
def test_a_bone_defect_keeps_its_site(text: str, expected: list) -> None:
    assert _typed(text, "DISEASE") == expected


def test_a_frame_word_is_no_part_of_a_name() -> None:
    assert _typed("随着黄芩提取物浓度的增加，Bax 表达升高。", "COMPOUND") == ["黄芩提取物"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sparing verb asked is no finding
        ("It is unknown whether wogonin can reduce osteoblast apoptosis.", set()),
        ("探讨黄芩苷是否可减轻成骨细胞凋亡。", set()),
        (
            "Baicalin reduced osteoblast apoptosis.",
            {("UPREGULATES", "Baicalin", "osteoblast")},
        ),
        # aims: a condition clause and 体外 before 对; a passive aim with in vitro
        (
            "目的：探讨在低氧条件下，黄芩苷体外对骨髓间充质干细胞成骨分化的影响。",
            {("TESTED_IN", "黄芩苷", "骨髓间充质干细胞")},
        ),
        (
            "The effects of baicalin were also examined in vitro in primary chondrocytes.",
            {("TESTED_IN", "baicalin", "chondrocytes")},
        ),
    ],
)
def test_asked_sparing_and_aims(text: str, expected: set) -> None:
    assert _after_title("Baicalin and cells", text) == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("The patients had Alzheimer’s disease.", "DISEASE", ["Alzheimer’s disease"]),
        ("黄芩苷抑制人肝癌 HepG2 细胞增殖。", "DISEASE", ["肝癌"]),
        ("胰岛细胞表面的胰岛素受体数量增多。", "GENE", ["胰岛素受体"]),
    ],
)
def test_lexicon_rows_of_the_eighth_stop(text: str, etype: str, expected: list) -> None:
    assert _typed(text, etype) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 其 before a giving word is the system named before; each compound of the run
        (
            "用高脂饲料喂养大鼠，并选择黄芩苷和汉黄芩素对其进行干预。",
            {("TESTED_IN", "黄芩苷", "大鼠"), ("TESTED_IN", "汉黄芩素", "大鼠")},
        ),
        # doses per body weight written with a dot or a middle dot
        (
            "大鼠灌胃黄芩苷 150 mg/(kg·bw)。",
            {("TESTED_IN", "黄芩苷", "大鼠"), ("HAS_CONCENTRATION", "黄芩苷", "150 mg/(kg·bw)")},
        ),
    ],
)
def test_a_system_pronoun_and_body_weight_doses(text: str, expected: set) -> None:
    assert _after_title("黄芩苷的作用", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cell as the bare object of an English trigger: the cells themselves
        ("Wogonin suppressed osteoclasts.", {("DOWNREGULATES", "Wogonin", "osteoclasts")}),
        (
            "Wogonin suppressed macrophages and synoviocyte proliferation.",
            {
                ("DOWNREGULATES", "Wogonin", "macrophages"),
                ("DOWNREGULATES", "Wogonin", "synoviocyte"),
            },
        ),
        # a cell after a gene's measure is where it was measured, no target
        (
            "Wogonin raised osteocalcin output within rabbit osteoblasts.",
            {("UPREGULATES", "Wogonin", "osteocalcin")},
        ),
    ],
)
def test_a_cell_as_a_bare_object(text: str, expected: set) -> None:
    assert _after_title("Wogonin and bone", text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a title opening on its only compound names the tested compound
        ("地塞米松诱导成骨细胞凋亡的机制", {("UPREGULATES", "地塞米松", "Bax")}),
        # the compound after another agent or an "effect of" is the model's stimulus
        ("miR-21 对地塞米松诱导成骨细胞凋亡的影响", set()),
        ("Effect of exercise on dexamethasone-induced apoptosis of osteoblasts", set()),
    ],
)
def test_the_tested_compound_of_a_title(title: str, expected: set) -> None:
    found = _after_title(title, "地塞米松上调 Bax 的表达。")
    assert {r for r in found if r[0] != "TESTED_IN"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # doses kept: a dose noun before the change, a dose per body weight
        ("黄芩苷给药量由 10 mg/kg 增加至 40 mg/kg。", ["10 mg/kg", "40 mg/kg"]),
        ("The baicalin dosage was lowered to 20 mg/kg.", ["20 mg/kg"]),
        # levels measured: a fluid with the concentration noun
        ("血清葡萄糖浓度由 12.1 mmol/L 降至 8.2 mmol/L。", []),
        ("Plasma osteocalcin concentration rose to 14.2 ng/mL.", []),
    ],
)
def test_doses_and_measured_levels(text: str, expected: list) -> None:
    assert _typed(text, "CONCENTRATION") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the vehicle named in a group's parentheses holds no dose
        ("黄芩苷组（溶于二甲基亚砜，80 mg/kg）。", {("黄芩苷", "80 mg/kg")}),
        # route words only between a run's dose and its time
        (
            "Rats got baicalin or wogonin at 40 mg/kg once before fasting for 12 h.",
            {("baicalin", "40 mg/kg"), ("wogonin", "40 mg/kg"), ("wogonin", "12 h")},
        ),
    ],
)
def test_group_parentheses_and_route_words(text: str, expected: set) -> None:
    assert {(a, b) for _, a, b in _relations(text) if _ != "TESTED_IN"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Osteocalcin decreased early after baicalin withdrawal.", set()),
        (
            "RANKL levels rose by 40% after baicalin treatment.",
            {("UPREGULATES", "baicalin", "RANKL")},
        ),
    ],
)
def test_an_agents_absence_and_a_change_by(text: str, expected: set) -> None:
    assert _after_title("Baicalin", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 增多/增高 raise; a protein's state between two themes of one list
        ("黄芩苷使胰岛素受体数量增多。", {("UPREGULATES", "黄芩苷", "胰岛素受体")}),
        (
            "黄芩苷处理后，Bax、cleaved caspase-8 和 caspase-9 的表达升高。",
            {
                ("UPREGULATES", "黄芩苷", "Bax"),
                ("UPREGULATES", "黄芩苷", "caspase-8"),
                ("UPREGULATES", "黄芩苷", "caspase-9"),
            },
        ),
        # HDL cholesterol is one compound
        (
            "黄芩苷可提高血清高密度脂蛋白胆固醇水平。",
            {("UPREGULATES", "黄芩苷", "高密度脂蛋白胆固醇")},
        ),
    ],
)
def test_rises_lists_with_states_and_lipids(text: str, expected: set) -> None:
    assert {r for r in _after_title("黄芩苷的作用", text) if r[0] != "TESTED_IN"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Baicalin attenuated neuronal damage caused by cerebral ischemia.",
            {("TREATS", "Baicalin", "cerebral ischemia")},
        ),
        ("黄芩苷减轻心肌梗死所致的心肌细胞凋亡。", {("TREATS", "黄芩苷", "心肌梗死")}),
        # a raised damage treats nothing
        ("Baicalin increased osteoblast apoptosis induced by periodontitis.", set()),
    ],
)
def test_lowering_a_damage_a_disease_causes(text: str, expected: set) -> None:
    assert {r for r in _after_title("黄芩苷的作用", text) if r[0] == "TREATS"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frequency, a measure's name and delays are no exposure times
        ("LPS was injected every 24 h for 2 days.", ["2 days"]),
        ("Two weeks after the final dose of prednisolone the animals were killed.", []),
        ("Baicalin was gavaged 1 h after reperfusion.", []),
    ],
)
def test_times_that_are_no_exposure(text: str, expected: list) -> None:
    assert _typed(text, "DURATION") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BMSCs induced with baicalin for 9 days formed more nodules.",
            {("TESTED_IN", "baicalin", "BMSCs"), ("HAS_DURATION", "baicalin", "9 days")},
        ),
        (
            "The mechanism of action of baicalin on chondrocytes was explored.",
            {("TESTED_IN", "baicalin", "chondrocytes")},
        ),
    ],
)
def test_giving_and_aims_of_the_eighth_stop(text: str, expected: set) -> None:
    assert _after_title("Baicalin", text) == expected


def test_an_induced_disease_is_compound_and_disease() -> None:
    text = "Steroid-induced osteonecrosis of the femoral head occurred in rats."
    assert _typed(text, "DISEASE") == ["osteonecrosis of the femoral head"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two dyes of a stain are two compounds (as dev annotates Haematoxylin–eosin)
        ("切片行苏木素-伊红染色。", ["苏木素", "伊红"]),
    ],
)
def test_the_dyes_of_a_stain(text: str, expected: list) -> None:
    assert _typed(text, "COMPOUND") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After dexamethasone, rats received low-dose (15 mg/kg) and high-dose (45 mg/kg) wogonin for 4 weeks.",
            {
                ("TESTED_IN", "wogonin", "rats"),
                ("HAS_CONCENTRATION", "wogonin", "15 mg/kg"),
                ("HAS_CONCENTRATION", "wogonin", "45 mg/kg"),
                ("HAS_DURATION", "wogonin", "4 weeks"),
            },
        ),
    ],
)
def test_doses_after_dose_levels(text: str, expected: set) -> None:
    assert _after_title("Wogonin", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # protecting a disease model's animals (and their organ) treats the disease
        ("汉黄芩素对糖尿病肾病大鼠具有保护作用。", {("TREATS", "汉黄芩素", "糖尿病肾病")}),
        ("汉黄芩素对糖尿病肾病大鼠的肾脏起保护作用。", {("TREATS", "汉黄芩素", "糖尿病肾病")}),
        # an animal alone is no disease
        ("汉黄芩素对大鼠具有保护作用。", set()),
    ],
)
def test_protecting_a_disease_models_animals(text: str, expected: set) -> None:
    assert {r for r in _after_title("汉黄芩素的作用", text) if r[0] == "TREATS"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound used in or for a disease's treatment treats it
        (
            "Wogonin is a candidate for periodontitis therapy.",
            {("TREATS", "Wogonin", "periodontitis")},
        ),
        ("Wogonin is not used for osteoporosis treatment.", set()),
        # a treatment noun without for/in: no such reading
        ("After osteoporosis treatment, wogonin levels were measured.", set()),
    ],
)
def test_a_disease_treatment_noun(text: str, expected: set) -> None:
    assert {r for r in _after_title("Wogonin", text) if r[0] == "TREATS"} == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # review of the stop's later commits: eosin is not read inside eosinophil, a fold after a
        # symbol and a number is no gene, a time before 尿蛋白 stays an exposure time
        ("Wogonin reduced eosinophil infiltration.", "COMPOUND", ["Wogonin"]),
        ("SOD rose 1.8-fold.", "GENE", ["SOD"]),
        ("糖尿病肾病大鼠灌胃黄芩苷 8 周尿蛋白明显减少。", "DURATION", ["8 周"]),
    ],
)
def test_review_of_the_later_commits(text: str, etype: str, expected: list) -> None:
    assert _typed(text, etype) == expected


def test_a_disease_management_is_no_treatment() -> None:
    found = _after_title("Wogonin", "Blood glucose monitoring is essential in diabetes management.")
    assert {r for r in found if r[0] == "TREATS"} == set()
