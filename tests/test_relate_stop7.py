"""Relation rules of the seventh stop of 2026-12-04, on sentences of our own."""

from __future__ import annotations

import pytest
from test_relate_words import _relations

from puerextract.extract import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vehicle after "an equal volume of" is tested in nothing; its strength stays its own
        (
            "各组大鼠灌胃给予黄芩苷 8 周，对照组给予等体积 0.5% 羧甲基纤维素钠。",
            {
                ("TESTED_IN", "黄芩苷", "大鼠"),
                ("HAS_DURATION", "黄芩苷", "8 周"),
                ("HAS_CONCENTRATION", "羧甲基纤维素钠", "0.5%"),
            },
        ),
        (
            "Sham animals got an equivalent volume of deionised water daily for 6 weeks.",
            set(),
        ),
        # a vehicle named as such, in a list of arms
        (
            "Rats received deionized water or baicalin (50 mg/kg) by gavage.",
            {("TESTED_IN", "baicalin", "Rats"), ("HAS_CONCENTRATION", "baicalin", "50 mg/kg")},
        ),
        # the treatment itself given as an equal dose is no vehicle
        (
            "小鼠灌胃给予黄芩苷 50 mg/kg。",
            {("TESTED_IN", "黄芩苷", "小鼠"), ("HAS_CONCENTRATION", "黄芩苷", "50 mg/kg")},
        ),
    ],
)
def test_a_vehicle_is_tested_in_nothing(text: str, expected: set) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the giving word's system is the one the sentence introduced, not the cells induced
        (
            "以大鼠骨髓巨噬细胞为研究对象，经 RANKL 诱导破骨细胞分化，同时给予黄芩苷干预 4 d。",
            {("TESTED_IN", "黄芩苷", "骨髓巨噬细胞"), ("HAS_DURATION", "黄芩苷", "4 d")},
        ),
        # a system introduced clauses before 加入 (its own system written before it)
        (
            "以 RAW264.7 细胞为对象，按 5×10³ 个/孔接种，次日加入 10 μmol/L 黄芩苷。",
            {("TESTED_IN", "黄芩苷", "RAW264.7"), ("HAS_CONCENTRATION", "黄芩苷", "10 μmol/L")},
        ),
        # "cells/well" is a count, no generic reference to the cells; the mice are no cells
        (
            "Macrophages were isolated from C57BL/6 mice, plated at 2×10⁴ cells/well and"
            " stimulated with RANKL in the presence of baicalin at 5 μM.",
            {
                ("TESTED_IN", "baicalin", "Macrophages"),
                ("HAS_CONCENTRATION", "baicalin", "5 μM"),
            },
        ),
    ],
)
def test_a_giving_word_reaches_the_system_the_sentence_introduced(text: str, expected) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stained protein's amount is a target; the cells a marker counts are not
        (
            "黄芩苷高剂量组骨痂 VEGF 阳性表达即明显增加。",
            {("UPREGULATES", "黄芩苷", "VEGF")},
        ),
        ("与模型组比较，黄芩苷组 MMP-13 阳性率下降。", {("DOWNREGULATES", "黄芩苷", "MMP-13")}),
        ("与模型组比较，黄芩苷组 TRAP 阳性细胞数减少。", set()),
        # a value that fell back
        ("黄芩苷组血清 BALP 亦有所回落。", {("DOWNREGULATES", "黄芩苷", "BALP")}),
    ],
)
def test_staining_and_level_changes(text: str, expected: set) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowered extent treats the disease; a raised one treats nothing
        ("黄芩苷组心肌梗死面积显著缩小。", {("TREATS", "黄芩苷", "心肌梗死")}),
        ("结论：黄芩苷可减少心肌梗死面积。", {("TREATS", "黄芩苷", "心肌梗死")}),
        ("模型组心肌梗死面积增加。", set()),
        # a P value whose parentheses hold a comma
        ("黄芩苷各组血清 IL-6 水平均降低(P<0.01,P<0.05)。", {("DOWNREGULATES", "黄芩苷", "IL-6")}),
    ],
)
def test_extents_and_p_values(text: str, expected: set) -> None:
    assert _relations(text) == expected


def _durations(text: str) -> list[str]:
    return [e.text for e in extract_text(text, "t").entities if e.type == "DURATION"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the times of a model's procedure are no exposure
        ("大鼠结扎冠状动脉左前降支 45 min 后再灌注 3 h，建立模型。", []),
        ("Hearts underwent global ischaemia for 25 min and reperfusion for 90 min.", []),
        # … the treatment's and a hypoxic exposure's are
        ("缺血前给予黄芩苷 7 d，缺氧 12 h 后检测。", ["7 d", "12 h"]),
        ("Mice received baicalin for 10 days before occlusion.", ["10 days"]),
    ],
)
def test_procedure_times_are_no_durations(text: str, expected: list) -> None:
    assert _durations(text) == expected


def test_a_compound_between_keeps_the_dosing_time() -> None:
    assert _durations("心肌缺血大鼠灌胃黄芩苷 7 d。") == ["7 d"]


def _organisms(text: str) -> list[str]:
    return [e.text for e in extract_text(text, "t").entities if e.type == "ORGANISM"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese herb name before its binomial in parentheses is the same plant
        (
            "为探究千斤拔(Flemingia philippinensis)提取物对大鼠的作用。",
            ["千斤拔", "Flemingia philippinensis", "大鼠"],
        ),
        # … a group before its code is not
        ("对照组(Sham)大鼠灌胃生理盐水。", ["大鼠"]),
    ],
)
def test_a_herb_name_before_its_binomial(text: str, expected: list) -> None:
    assert _organisms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cells' activity changed, the cells in a locative after the list of results
        (
            "Baicalin markedly enhanced the cell viability, the ALP activity and the nodule"
            " number in the MG-63 cells.",
            {("UPREGULATES", "Baicalin", "ALP"), ("UPREGULATES", "Baicalin", "MG-63")},
        ),
        # … a gene's activity in the cells regulates the gene only
        (
            "Baicalin enhanced the ALP activity in the MG-63 cells.",
            {("UPREGULATES", "Baicalin", "ALP")},
        ),
    ],
)
def test_cell_activity_with_the_cells_after(text: str, expected: set) -> None:
    assert _relations(text) == expected


def _compounds(text: str) -> list[str]:
    return [e.text for e in extract_text(text, "t").entities if e.type == "COMPOUND"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pigment is a compound, and its abbreviation with it
        (
            "紫甘薯花色素(PSPP)可抑制破骨细胞形成，PSPP 组 TRAP 活性降低。",
            ["紫甘薯花色素", "PSPP", "PSPP"],
        ),
        # … pigmentation is a process
        ("皮肤色素沉着明显减少。", []),
    ],
)
def test_a_pigment_is_a_compound(text: str, expected: list) -> None:
    assert _compounds(text) == expected


def test_arm_durations_do_not_stop_at_a_vehicle_named_after_them() -> None:
    rels = _relations(
        "大鼠随机分为模型组、黄芩苷组（50 mg/kg）和阿仑膦酸钠组（1 mg/kg），每组 8 只，"
        "连续灌胃 10 周，模型组给予等体积蒸馏水。"
    )
    durations = {(a, b) for t, a, b in rels if t == "HAS_DURATION"}
    assert durations == {("黄芩苷", "10 周"), ("阿仑膦酸钠", "10 周")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cells that differentiate are regulated, not the type they become
        (
            "Baicalin augmented osteoblast differentiation in porcine BMSCs.",
            {("UPREGULATES", "Baicalin", "BMSCs")},
        ),
        (
            "Baicalin suppressed osteoclast differentiation of RAW264.7 cells.",
            {("DOWNREGULATES", "Baicalin", "RAW264.7")},
        ),
        # … with no cells named after it, the type is the target
        (
            "Baicalin enhanced osteoblast differentiation and mineralization.",
            {("UPREGULATES", "Baicalin", "osteoblast")},
        ),
    ],
)
def test_the_fate_of_a_differentiation_is_no_target(text: str, expected: set) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aim's objects run past the commas of a list of measures to the cells
        (
            "We examined the effects of baicalin treatment on the viability, mineralization and"
            " ALP activity of MG-63 cells.",
            {("TESTED_IN", "baicalin", "MG-63")},
        ),
        # … but not into a clause of its own
        (
            "We examined the effect of baicalin on bone loss, which was reported in MG-63 cells.",
            set(),
        ),
    ],
)
def test_an_aim_reaches_past_a_list_of_measures(text: str, expected: set) -> None:
    assert {r for r in _relations(text) if r[0] == "TESTED_IN"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs listed with 、 share the subject, past a nominal trigger (激活) between
        (
            "结论：黄芩苷组软骨退变减轻，其机制可能与抑制 NF-κB 过度激活、减少 MMP-13 表达有关。",
            {("DOWNREGULATES", "黄芩苷", "NF-κB"), ("DOWNREGULATES", "黄芩苷", "MMP-13")},
        ),
        # … a list of names is no list of verbs
        (
            "黄芩苷可降低 TNF-α、IL-6 水平。",
            {("DOWNREGULATES", "黄芩苷", "TNF-α"), ("DOWNREGULATES", "黄芩苷", "IL-6")},
        ),
    ],
)
def test_verbs_listed_with_a_dun_comma_share_the_subject(text: str, expected: set) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found by a review of this stop's rules: each must give what is written here
        ("Icariin did not increase the cell viability in MC3T3-E1 cells.", set()),
        (
            "Icariin, but not genistein, increased the cell viability in the BMSCs.",
            {("UPREGULATES", "Icariin", "BMSCs")},
        ),
        (
            "Baicalin suppressed osteoclast differentiation in mixed cultures with osteoblasts.",
            {("DOWNREGULATES", "Baicalin", "osteoclast")},
        ),
        ("Baicalin lowered the TRAP-positive cell count around the callus area.", set()),
        (
            "以 SD 大鼠为研究对象，取其骨髓间充质干细胞体外培养，给予淫羊藿苷 10 μM。",
            {
                ("TESTED_IN", "淫羊藿苷", "骨髓间充质干细胞"),
                ("HAS_CONCENTRATION", "淫羊藿苷", "10 μM"),
            },
        ),
        (
            "随机分为葛根素组和淫羊藿苷组，葛根素组灌胃 4 周，淫羊藿苷组灌胃 8 周。",
            {("HAS_DURATION", "葛根素", "4 周"), ("HAS_DURATION", "淫羊藿苷", "8 周")},
        ),
        (
            "Seeking the effect of baicalin on bone loss, we grew MG-63 cells with psoralen.",
            set(),  # icariin is tested in no cells of the main clause
        ),
    ],
)
def test_review_of_the_stop(text: str, expected: set) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("于缺血后灌胃给药 7 d。", ["7 d"]),
        ("结扎术后连续灌胃给药 4 周。", ["4 周"]),
        ("以含黄芩苷的 K-H 液灌注 30 min。", ["30 min"]),
    ],
)
def test_review_dosing_times_after_a_procedure_stay(text: str, expected: list) -> None:
    assert _durations(text) == expected


def test_review_a_herb_name_is_not_guessed_past_four_characters() -> None:
    assert _organisms("利用传统中药千斤拔(Flemingia philippinensis)提取物处理细胞。") == [
        "Flemingia philippinensis"
    ]


def test_review_an_equal_amount_is_no_vehicle() -> None:
    # 等量 is "an equal amount" of any agent; the second conjunct after 给予 is not read yet
    assert ("TESTED_IN", "葛根素", "大鼠") in _relations("大鼠分别给予等量葛根素和淫羊藿苷。")


def test_review_a_cell_marker_stays_a_marker_before_a_staining_measure() -> None:
    assert _relations("淫羊藿苷组 TRAP 阳性细胞数减少，TRAP 阳性率降低。") == set()


def test_review_the_activity_locative_stops_at_a_contrast() -> None:
    rels = _relations(
        "Baicalin at 5 μM increased the cell viability, whereas at 50 μM it reduced the"
        " proliferation in MG-63 cells."
    )
    assert ("UPREGULATES", "Baicalin", "MG-63") not in rels
    assert ("DOWNREGULATES", "Baicalin", "MG-63") in rels


def test_review_an_infinitive_aim_ends_at_its_comma() -> None:
    rels = _relations(
        "To examine the effect of baicalin on bone loss, macrophages from mice were grown with"
        " psoralen."
    )
    assert not any(r[0] == "TESTED_IN" and r[1] == "baicalin" for r in rels)
