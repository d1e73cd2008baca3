"""Findings of the sixth stop's review of its own diff: each sentence gave a wrong relation (or
lost a right one) before the fix. Sentences written for the tests."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def _rels(text: str, rtype: str | None = None) -> set[tuple[str, str, str]]:
    ann = extract_text(text, "t")
    by = ann.entity_by_id()
    return {
        (r.type, by[r.arg1].text, by[r.arg2].text)
        for r in ann.relations
        if rtype is None or r.type == rtype
    }


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in extract_text(text, "t").entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change noun composed with its verb is not turned again as a loss
        ("Puerarin inhibited the decrease of SOD activity.", {("UPREGULATES", "Puerarin", "SOD")}),
        # 降解 as the enzyme's verb or action is no loss of the enzyme
        ("姜黄素抑制 MMP-13 的降解作用。", {("DOWNREGULATES", "姜黄素", "MMP-13")}),
        (
            "Curcumin enhanced MMP-13 degradation of collagen.",
            {("UPREGULATES", "Curcumin", "MMP-13")},
        ),
    ],
)
def test_loss_nouns_turn_a_verb_only_where_they_name_a_loss(text, expected):
    assert _rels(text) == expected


def test_an_abbreviation_the_paper_defines_beats_a_serum_enzyme():
    assert ("COMPOUND", "AST") in _mentions("Astragaloside IV (AST) increased ALP; AST acted fast.")
    assert ("DISEASE", "高血糖") not in _mentions("葛根素降低血清胰高血糖素水平。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aim's zone ends with its clause
        (
            "To clarify its action, icariin was fed to mice, and icariin prevented femoral bone "
            "loss in osteoporotic mice.",
            {("icariin", "osteoporotic")},
        ),
        # past-tense and passive aims state no treatment
        (
            "This study evaluated the protective effect of puerarin against myocardial infarction.",
            set(),
        ),
        (
            "The therapeutic effects of puerarin on diabetic nephropathy were examined in rats.",
            set(),
        ),
        # a clinical arm (观察组) and a side effect (副作用) are no aim
        ("观察组采用葛根素治疗糖尿病肾病的临床作用明显优于对照组。", {("葛根素", "糖尿病肾病")}),
        ("目的：观察葛根素治疗糖尿病肾病的疗效及副作用。", {("葛根素", "糖尿病肾病")}),
        # a treating effect reaches the disease heading its phrase only
        ("The beneficial effects of puerarin on osteoblasts from diabetic rats were shown.", set()),
        ("The beneficial effect of oestradiol on bone disappears in osteoporosis.", set()),
        # a gain of bone denied for a model
        ("Puerarin increased BMD in ovariectomized rats but not in diabetic rats.", set()),
    ],
)
def test_aims_and_treating_effects(text, expected):
    assert {(a, b) for _, a, b in _rels(text, "TREATS")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "末次给药 2 h 后，葛根素组大鼠腹腔注射 LPS。",  # a sampling time after the last dose
        "停止给药 2 周后，葛根素组大鼠血清 ALP 恢复。",  # a washout time
    ],
)
def test_times_after_the_last_or_a_stopped_dose_are_no_treatment_length(text):
    assert _rels(text, "HAS_DURATION") == set()


def test_the_glucose_tolerance_test_is_no_giving_of_glucose():
    assert _rels("各组大鼠进行口服葡萄糖耐量试验。", "TESTED_IN") == set()


def test_a_stereo_prefix_is_no_dose_code():
    found = _mentions("大鼠分为模型组和左旋肉碱组（L-Car，100 mg/kg）。L-Car 降低 MDA 水平。")
    assert ("COMPOUND", "L-Car") in found


def test_a_comparison_inside_a_list_of_objects_ends_it():
    rels = _rels("Psoralen lowered MDA, unlike dexamethasone, SOD and CAT.")
    assert ("DOWNREGULATES", "Psoralen", "dexamethasone") not in rels
