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
        # a time's frame is none
        ("随着时间的延长，Bcl-2 表达逐渐下降。", set()),
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
            {("HAS_CONCENTRATION", "baicalin", "30 mg/kg")},
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
    assert "人参皂苷 Rb1" in _typed("随着人参皂苷 Rb1 浓度的增加，Bax 表达升高。", "COMPOUND")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sparing verb asked is no finding
        ("It is unknown whether wogonin can reduce osteoblast apoptosis.", set()),
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
