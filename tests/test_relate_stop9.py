"""Mends of the ninth stop (2026-12-05) to rules a reviewer found too loose, on sentences of
our own: each case fails without its mend."""

from __future__ import annotations

import pytest
from test_relate_words import _relations

from puerextract.extract import extract_text


def _texts(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in extract_text(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a treatment noun with a word of use between: TREATS, as before
        (
            "Wogonin is used for osteoporosis treatment.",
            {("TREATS", "Wogonin", "osteoporosis")},
        ),
        (
            "Wogonin may be a promising agent for osteoporosis therapy.",
            {("TREATS", "Wogonin", "osteoporosis")},
        ),
        # "not only" is no negation
        (
            "Wogonin is not only used for osteoporosis treatment.",
            {("TREATS", "Wogonin", "osteoporosis")},
        ),
        # a measure of a compound, no use of it: nothing treated
        ("Blood glucose monitoring is essential in diabetes management.", set()),
        ("Lowering LDL cholesterol remains the main goal in atherosclerosis prevention.", set()),
        # a compound named as a contrast is not the one used
        ("Wogonin, unlike estrogen, is used in osteoporosis treatment.", set()),
        # a negation still denies it
        ("Wogonin is not used for osteoporosis treatment.", set()),
    ],
)
def test_treatment_noun_needs_a_use(text: str, expected: set) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the disease a disease causes is what the compound lowers
        ("汉黄芩素可减轻糖尿病引起的骨质疏松症。", {("TREATS", "汉黄芩素", "骨质疏松症")}),
        ("汉黄芩素可显著减轻糖尿病所致的骨质疏松。", {("TREATS", "汉黄芩素", "骨质疏松")}),
        # a damage (no disease) caused by the disease: the cause is treated, as before
        (
            "汉黄芩素可减轻心肌梗死引起的心肌细胞凋亡。",
            {("TREATS", "汉黄芩素", "心肌梗死"), ("UPREGULATES", "汉黄芩素", "心肌细胞")},
        ),
    ],
)
def test_lowering_a_disease_another_causes(text: str, expected: set) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negation with a verb of having between it and the trigger
        ("汉黄芩素对骨质疏松症并不具有保护作用。", set()),
        ("汉黄芩素对糖尿病大鼠的肾脏并不具有保护作用。", set()),
        ("汉黄芩素并不能明显减轻骨质疏松症。", set()),
        # without the negation: TREATS
        ("汉黄芩素对骨质疏松症具有保护作用。", {("TREATS", "汉黄芩素", "骨质疏松症")}),
    ],
)
def test_negation_with_two_words_between(text: str, expected: set) -> None:
    assert _relations(text) == expected


def test_non_prefix_negates_an_english_name() -> None:
    assert ("COMPOUND", "HDL cholesterol") not in _texts("Wogonin lowered non-HDL cholesterol.")
    assert _relations("Wogonin lowered non-HDL cholesterol.") == set()
    assert ("DISEASE", "diabetic") not in _texts("Wogonin was given to non-diabetic rats.")
    # the whole name in the lexicon stays a mention; a word ending in "non" negates nothing
    assert ("DISEASE", "non-alcoholic fatty liver disease") in _texts(
        "Wogonin eased non-alcoholic fatty liver disease."
    )
    assert ("COMPOUND", "HDL cholesterol") in _texts("Wogonin raised HDL cholesterol.")


@pytest.mark.parametrize(
    "text",
    [
        "Sections were dyed by hematoxylin–eosin (HE) and scored.",
        "Sections were dyed by hematoxylin and eosin (HE) and scored.",
    ],
)
def test_a_stain_pair_with_its_abbreviation_stays_two_names(text: str) -> None:
    compounds = [t for k, t in _texts(text) if k == "COMPOUND"]
    assert compounds == ["hematoxylin", "eosin", "HE"]
    assert not any(" and " in c or "–" in c for c in compounds)


def test_a_long_form_of_one_name_still_becomes_a_mention() -> None:
    found = _texts("Nuclear factor of activated T cells c1 (NFATc1) rose after wogonin.")
    assert ("GENE", "Nuclear factor of activated T cells c1") in found


def _durations(text: str, rules_dir=None) -> list[str]:  # noqa: ANN001 - a Path or None
    return [
        e.text for e in extract_text(text, rules_dir=rules_dir).entities if e.type == "DURATION"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frequency in any case: no exposure time
        ("Every 24 h, the medium containing wogonin was renewed.", []),
        ("Each 12 h the wogonin medium was changed.", []),
        # in capitals a word is an abbreviation (advanced glycation end products), no frequency
        ("HUVECs met AGE 24 h, then wogonin.", ["24 h"]),
        # a delay after an event, in any case; "for" keeps the treatment's length
        ("Blood was drawn 24 h after the final dose of wogonin.", []),
        ("Hearts were harvested 2 h After Reperfusion.", []),
        ("Wogonin was given for 12 weeks after ovariectomy.", ["12 weeks"]),
        # an exposure time stays
        ("Cells were treated with wogonin for 24 h.", ["24 h"]),
    ],
)
def test_time_context_words_in_any_case(text: str, expected: list[str]) -> None:
    assert _durations(text) == expected


def test_time_context_words_are_read_from_the_rules_folder(tmp_path) -> None:  # noqa: ANN001
    from importlib import resources

    packaged = resources.files("puerextract") / "data" / "tag_words.tsv"
    rows = packaged.read_text(encoding="utf-8").split("\n")
    kept = [r for r in rows if not r.startswith("every\ttime_start_word")]
    assert len(kept) == len(rows) - 1
    (tmp_path / "tag_words.tsv").write_text("\n".join(kept), encoding="utf-8")
    text = "The wogonin medium was renewed every 24 h."
    assert _durations(text) == []
    assert _durations(text, rules_dir=tmp_path) == ["24 h"]


def test_packaged_time_words_match_the_validated_rules() -> None:
    from puerextract.quantities import TimeWords, packaged_time_words
    from puerextract.rules import load_rules

    words = packaged_time_words()
    assert words == TimeWords.of(load_rules())
    assert "every" in words.before and "reperfusion" in words.events


def _typed(text: str, etype: str) -> list[str]:
    return [t for k, t in _texts(text) if k == etype]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a disease term of the lexicon without its 性
        ("观察淫羊藿苷对糖尿病骨质疏松的影响。", ["糖尿病骨质疏松"]),
        ("老年骨质疏松患者的骨密度较低。", ["老年骨质疏松"]),
        # as written it stays
        ("老年性骨质疏松患者的骨密度较低。", ["老年性骨质疏松"]),
    ],
)
def test_disease_terms_without_their_infix(text: str, expected: list[str]) -> None:
    assert _typed(text, "DISEASE") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stop word or a stop character inside the four characters before 饮 cuts the name
        ("模型组给予左归饮灌胃 8 周。", ["左归饮"]),
        ("探讨电针联合左归饮的疗效。", ["左归饮"]),
        # an opening mark before a three-character name
        ("分为模型组、左归饮组和对照组。", ["左归饮"]),
        # a stop character at the first of the four stays part of the name
        ("阳性药组（复方丹参片，0.5 g/kg）灌胃。", ["复方丹参片"]),
        # traditional characters stop the name too
        ("目的:探討六味地黄丸对大鼠的影响。", ["六味地黄丸"]),
        # a common word is no name
        ("药液迅速渗透，逐渐扩散至周围组织。", []),
        ("药液在组织中分散，并迅速扩散。", []),
    ],
)
def test_short_formula_names(text: str, expected: list[str]) -> None:
    assert _typed(text, "COMPOUND") == expected


def test_platelet_rich_plasma_is_a_compound() -> None:
    assert _typed("富血小板血浆促进骨折愈合。", "COMPOUND") == ["富血小板血浆"]
    assert _typed("Platelet-rich plasma was injected.", "COMPOUND") == ["Platelet-rich plasma"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("淫羊藿苷对骨质疏松模型大鼠骨密度的影响", ["模型大鼠"]),
        # a sex word between the strain and the animal ends the span before it
        ("选用 SD 雌性大鼠 40 只。", ["大鼠"]),
        ("选用SD大鼠40只与C57BL/6小鼠20只。", ["SD大鼠", "C57BL/6小鼠"]),
    ],
)
def test_model_words_stay_in_the_animal(text: str, expected: list[str]) -> None:
    assert _typed(text, "ORGANISM") == expected


def test_a_verb_alone_before_an_abbreviation_is_no_long_form() -> None:
    text = "分为模型组、雌激素治疗(E2)组和淫羊藿苷组。"
    assert "治疗" not in _typed(text, "COMPOUND")
    assert _typed("骨保护蛋白(OPG)表达升高。", "GENE") == ["骨保护蛋白", "OPG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title naming a kind of effect is the paper's aim: no TREATS (DECISIONS, ninth stop)
        (
            "淫羊藿苷对大鼠心肌缺血再灌注损伤的保护作用\n淫羊藿苷可显著缩小梗死面积。",
            # the finding after it treats the infarct (DECISIONS, fourteenth stop)
            {("TESTED_IN", "淫羊藿苷", "大鼠"), ("TREATS", "淫羊藿苷", "梗死")},
        ),
        # the same words in a finding of the body: TREATS
        (
            "淫羊藿苷对心肌缺血再灌注损伤的保护作用显著。\n淫羊藿苷可降低 MDA。",
            {("TREATS", "淫羊藿苷", "心肌缺血再灌注损伤"), ("DOWNREGULATES", "淫羊藿苷", "MDA")},
        ),
        # a title giving the compound for the disease keeps TREATS, whatever the aim after it
        (
            "淫羊藿苷治疗骨质疏松的实验研究\n目的:探讨淫羊藿苷对骨质疏松的保护作用。",
            {("TREATS", "淫羊藿苷", "骨质疏松")},
        ),
        # a title's study: TESTED_IN
        (
            "淫羊藿苷联合左归饮对骨质疏松模型大鼠的实验研究\n目的 观察疗效。",
            {("TESTED_IN", "淫羊藿苷", "模型大鼠"), ("TESTED_IN", "左归饮", "模型大鼠")},
        ),
    ],
)
def test_titles_and_aims(text: str, expected: set) -> None:
    assert _relations(text) == expected


def test_doses_of_coded_arms_are_no_earlier_compounds() -> None:
    text = "E2组皮下注射E2,YGY-L组、YGY-H组分别予以3 g/kg、9 g/kg灌胃,均干预8周。"
    found = _relations(text)
    assert not any(r[0] == "HAS_CONCENTRATION" for r in found)
    assert ("HAS_DURATION", "E2", "8周") in found
    # a compound's own arm keeps its dose
    assert ("HAS_CONCENTRATION", "淫羊藿苷", "100 mg/kg") in _relations(
        "淫羊藿苷组(ICA组)给予 100 mg/kg 灌胃。"
    )


def test_an_unnamed_item_closing_a_theme_list_before_de() -> None:
    text = "与模型组比较,淫羊藿苷组的BALP、TRAP、ABCD-X的蛋白表达均显著增高。"
    assert _relations(text) == {
        ("UPREGULATES", "淫羊藿苷", "BALP"),
        ("UPREGULATES", "淫羊藿苷", "TRAP"),
    }


def test_a_model_long_form() -> None:
    # 模型 before a disease's abbreviation names the model, not the disease
    assert _typed("分为假手术(Sham)组、模型(PMOP)组。", "DISEASE") == ["PMOP"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "treated by" for "treated with": the system it follows
        (
            "Mice treated by 50 mg/kg wogonin gained bone mass.",
            {("TESTED_IN", "wogonin", "Mice"), ("HAS_CONCENTRATION", "wogonin", "50 mg/kg")},
        ),
        # a disease before it: TREATS, as before
        ("Osteoporosis was treated by wogonin.", {("TREATS", "wogonin", "Osteoporosis")}),
    ],
)
def test_treated_by(text: str, expected: set) -> None:
    assert _relations(text) == expected


def test_a_comma_inside_a_dose_list_ends_no_clause() -> None:
    text = "Rats treated with 20, 40, and 80 mg/kg wogonin were weighed."
    assert _relations(text) == {
        ("TESTED_IN", "wogonin", "Rats"),
        ("HAS_CONCENTRATION", "wogonin", "20, 40, and 80 mg/kg"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # anti- written onto no mention governs nothing: the regulation reaches past it
        (
            "Wogonin upregulated the expression of anti-apoptotic protein (Bcl-2).",
            {("UPREGULATES", "Wogonin", "Bcl-2")},
        ),
        # written onto a disease it treats, as before
        ("Wogonin has anti-osteoporotic activity.", {("TREATS", "Wogonin", "osteoporotic")}),
    ],
)
def test_a_prefix_trigger_needs_its_mention(text: str, expected: set) -> None:
    assert _relations(text) == expected


def test_an_ergic_word_ends_no_compound_name() -> None:
    assert _typed("淫羊藿苷对中枢胆碱能神经细胞损伤具有保护作用。", "COMPOUND") == ["淫羊藿苷"]


def test_two_passives_share_their_subject() -> None:
    text = "The expression of AKT was increased by H2O2 but suppressed by wogonin."
    found = _relations(text)
    assert ("DOWNREGULATES", "wogonin", "AKT") in found
    assert not any(r[2] == "H2O2" for r in found)  # the first passive's agent is no target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("外用乳膏组大鼠给予淫羊藿苷。", ["淫羊藿苷"]),
        ("骨折后给予石膏外固定。", []),
        ("治疗后肿胀消散，红斑消散。", []),
    ],
)
def test_no_short_formula_from_common_words(text: str, expected: list[str]) -> None:
    assert _typed(text, "COMPOUND") == expected


@pytest.mark.parametrize(
    "text",
    [
        "淫羊藿苷（ICA）组大鼠分为三组，ICA-L组、ICA-M组、ICA-H组分别给予 25、50、100 mg/kg 灌胃。",
        "淫羊藿苷灌胃，L组、M组、H组分别为 25、50、100 mg/kg。",
    ],
)
def test_a_compounds_own_coded_arms_keep_its_doses(text: str) -> None:
    assert any(r[0] == "HAS_CONCENTRATION" and r[1] == "淫羊藿苷" for r in _relations(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the caused disease names the model's animals or the patients: nothing treated
        ("淫羊藿苷减少糖尿病所致骨质疏松大鼠的体重。", set()),
        ("淫羊藿苷减少糖尿病所致骨质疏松患者的血糖。", set()),
        # a title stating a finding keeps its TREATS
        (
            "淫羊藿苷对骨质疏松具有明显的保护作用\n方法 观察。",
            {("TREATS", "淫羊藿苷", "骨质疏松")},
        ),
        # a study noun in a sentence's middle is no aim
        ("以往关于淫羊藿苷对去卵巢大鼠的研究较少。", set()),
    ],
)
def test_review_mends(text: str, expected: set) -> None:
    assert _relations(text) == expected


def test_no_infix_variant_inside_a_compound() -> None:
    text = "缺乏雌激素骨质疏松风险增加。"
    assert _typed(text, "COMPOUND") == ["雌激素"]
    assert _typed(text, "DISEASE") == ["骨质疏松"]
