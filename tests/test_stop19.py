"""Nineteenth stop (2026-12-06): general constructions real abstracts showed missing, on
sentences of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_relate_words import _relations
from test_stop17 import _holds


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
