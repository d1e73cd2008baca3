"""Fourteenth stop (2026-12-05): what the learning halves of yardstick 15 showed, on sentences
of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_stop10 import _rels, _texts

from puerextract.extract import extract_text
from puerextract.segment import split_sentences

UP, DOWN, TESTED = "UPREGULATES", "DOWNREGULATES", "TESTED_IN"


def _norms(text: str, etype: str) -> dict[str, str | None]:
    return {e.text: e.norm for e in extract_text(text).entities if e.type == etype}


@pytest.mark.parametrize(
    ("text", "norms"),
    [
        (
            "Fisetin lowered α-SMA and alpha-smooth muscle actin in fibrotic livers.",
            {"α-SMA": "hgnc:ACTA2", "alpha-smooth muscle actin": "hgnc:ACTA2"},
        ),
        ("Ki-67 staining fell.", {"Ki-67": "hgnc:MKI67"}),
        ("芦丁降低 α-SMA、Ⅲ型胶原、CTGFmRNA 的表达。", None),
        (
            "TIMP-1 and connective tissue growth factor rose.",
            {"TIMP-1": "hgnc:TIMP1", "connective tissue growth factor": "hgnc:CCN2"},
        ),
    ],
)
def test_fibrosis_markers(text: str, norms: dict | None) -> None:
    if norms is None:
        assert _norms(text, "GENE") == {
            "α-SMA": "hgnc:ACTA2",
            "Ⅲ型胶原": "hgnc:COL3A1",
            "CTGF": "hgnc:CCN2",
        }
    else:
        assert _norms(text, "GENE") == norms


def test_total_ginsenosides_is_a_named_fraction() -> None:
    assert _texts("Mice were fed total ginsenosides for 4 weeks.", "COMPOUND") == [
        "total ginsenosides"
    ]


@pytest.mark.parametrize("name", ["bleomycin", "mitomycin"])
def test_drug_stems_make_compounds_without_a_cue(name: str) -> None:
    assert _texts(f"The {name}-induced lesions were scored.", "COMPOUND") == [name]


def test_a_treating_verb_over_a_change_noun_after_its_object() -> None:
    assert _rels("Fisetin alleviated the caspase-9 activation.", DOWN) == {("Fisetin", "caspase-9")}
    assert not _rels("Fisetin alleviated the caspase-9 activation.", UP)
    # guard: a disease object stays treated
    assert _rels("Fisetin alleviated colitis.", "TREATS") == {("Fisetin", "colitis")}


def test_a_group_label_over_a_list_of_dose_levels() -> None:
    text = "探讨葛根乙醇提取物(EEPL)的作用。EEPL中、高剂量组小鼠体质量下降相对缓慢。"
    assert _rels(text, TESTED) == {("EEPL", "小鼠")}


def test_an_assay_reagent_in_a_group_list_is_no_arm() -> None:
    text = "大鼠随机分为 3组:正常组、葛根素高、低剂量组, 给药 4 d后, MTT法检测细胞增殖。"
    assert _rels(text, TESTED) == {("葛根素", "大鼠")}


def test_a_compounds_initials_used_undefined() -> None:
    text = (
        "Effects of total saponins on arthritis in rats. TS (50 mg/kg) was given for 4 weeks. "
        "TS lowered IL-6."
    )
    assert _texts(text, "COMPOUND") == ["total saponins", "TS", "TS"]
    assert _rels(text, DOWN) == {("TS", "IL-6")}
    # guards: used once only, or never given (serum TG, CT scans), the initials stay unread
    assert "TS" not in _texts("Effects of total saponins on rats. TS (5 mg) rose.", "COMPOUND")
    text = "Total saponins cut plasma TS; TS stayed low."
    assert _texts(text, "COMPOUND") == ["Total saponins"]
    text = "Carbon tetrachloride caused fibrosis. CT scans and CT images were taken."
    assert _texts(text, "COMPOUND") == ["Carbon tetrachloride"]


@pytest.mark.parametrize(
    ("text", "etype", "norms"),
    [
        (
            "Cyclin E and L-selectin rose.",
            "GENE",
            {"Cyclin E": "hgnc:CCNE1", "L-selectin": "hgnc:SELL"},
        ),
        ("血清 Ⅲ型前胶原 降低。", "GENE", {"Ⅲ型前胶原": "hgnc:COL3A1"}),
        ("Serum PIIINP fell.", "GENE", {"PIIINP": "hgnc:COL3A1"}),
        (
            "Fisetin protected the myocardial cells.",
            "CELL_TYPE",
            {"myocardial cells": "mesh:D032383"},
        ),
        ("Fisetin protected the liver cells.", "CELL_TYPE", {"liver cells": "mesh:D022781"}),
        ("Fisetin reduced the infarct size.", "DISEASE", {"infarct": "mesh:D007238"}),
        (
            "细胞经 5-FU 与奥沙利铂处理。",
            "COMPOUND",
            {"5-FU": "pubchem:3385", "奥沙利铂": "pubchem:5310940"},
        ),
        ("模型大鼠灌胃柳氮磺胺吡啶。", "COMPOUND", {"柳氮磺胺吡啶": "pubchem:5339"}),
        (
            "Rats were given acarbose or losartan.",
            "COMPOUND",
            {"acarbose": "pubchem:41774", "losartan": "pubchem:3961"},
        ),
        ("Glutathione reductase rose.", "GENE", {"Glutathione reductase": "mesh:D005980"}),
        ("Liver toxicity was scored.", "DISEASE", {"Liver toxicity": "mesh:D056486"}),
    ],
)
def test_names_the_yardsticks_left_unread(text: str, etype: str, norms: dict) -> None:
    assert _norms(text, etype) == norms


def test_a_longer_infarction_name_wins() -> None:  # guard: the longer name, as before
    assert _norms("脑梗死面积减小。", "DISEASE") == {"脑梗死": "mesh:D002544"}


@pytest.mark.parametrize(
    ("text", "up"),
    [
        # a list of ratios: every member of every pair is no target
        (
            "Icariin raised p-PI3K/PI3K and p-AKT/AKT ratios and Bcl-2.",
            {("Icariin", "Bcl-2")},
        ),
        # a member holding a slash itself
        ("Icariin raised HIF-1α and the p-ERK1/2/ERK1/2 ratio.", {("Icariin", "HIF-1α")}),
        # guard: a name before a single ratio stays a target
        ("Icariin raised ALP and OPG/RANKL ratio.", {("Icariin", "ALP")}),
    ],
)
def test_ratio_lists_and_slashed_members(text: str, up: set) -> None:
    assert _rels(text, UP) == up


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fisetin was given to CUMS mice.", ["CUMS mice"]),
        ("Fisetin was fed to albino rats and albino mice.", ["albino rats", "albino mice"]),
    ],
)
def test_model_and_coat_words_stay_in_the_animal(text: str, expected: list[str]) -> None:
    assert _texts(text, "ORGANISM") == expected


def test_administrated_gives_tested_in() -> None:
    assert _rels("Fisetin was orally administrated in CUMS mice.", TESTED) == {
        ("Fisetin", "CUMS mice")
    }


def test_the_long_name_of_nf_kb_holds_no_trigger() -> None:
    text = "Fisetin inhibited nuclear factor kappa-light-chain-enhancer of activated B cells."
    assert _rels(text, DOWN) == {
        ("Fisetin", "nuclear factor kappa-light-chain-enhancer of activated B cells")
    }
    assert not _rels(text, UP)


def test_the_object_of_a_verb_chain_is_no_later_verb_agent() -> None:
    text = "各组均能增加 Caspase-9 的活性、降低 Mcl-1 表达而增加 Bax 表达。"
    assert not _rels(text, DOWN) and not _rels(text, UP)
    # guard: a written subject stays the agent of every verb of the chain
    text = "淫羊藿苷能增加 Caspase-9 的活性、降低 Mcl-1 表达而增加 Bax 表达。"
    assert _rels(text, UP) == {("淫羊藿苷", "Caspase-9"), ("淫羊藿苷", "Bax")}
    assert _rels(text, DOWN) == {("淫羊藿苷", "Mcl-1")}


def test_a_compound_listed_among_measured_items_is_no_agent() -> None:
    text = "模型组血清 NO、IL-1β、PGE2 水平、滑膜组织 NF-κB p65 蛋白表达量显著高于正常组。"
    assert not _rels(text, UP)
    # guard: a list of compounds stays the agents
    assert _rels("淫羊藿苷、槲皮素组 ALP 水平升高。", UP) == {
        ("淫羊藿苷", "ALP"),
        ("槲皮素", "ALP"),
    }


def test_an_assay_reagent_after_a_giving_word_is_no_agent() -> None:
    text = (
        "芦荟总黄酮血清对 IL-1β 干预的大鼠软骨细胞的作用\n目的 研究芦荟总黄酮(TFA)血清对白细胞介素-1β"
        "(IL-1β)干预的大鼠软骨细胞(CHO)的作用。方法 SD大鼠随机分为 3组:正常组、TFA高(4 g/kg)、"
        "低(1 g/kg)剂量组, 给药 4 d后取大鼠血清作用于 IL-1β干预的 CHO, MTT法检测 CHO的增殖。"
    )
    assert not {r for r in _rels(text, TESTED) if r[0] == "MTT"}


@pytest.mark.parametrize(
    ("text", "down", "up"),
    [
        # a lowering passive over a rise: a fall, not the rise's own UP
        ("The elevation of IL-1β and IL-6 was decreased by fisetin.", {"IL-1β", "IL-6"}, set()),
        # guard: over a loss, a rise (as before)
        ("The loss of OCN was lowered by fisetin.", set(), {"OCN"}),
        # a class before its members, and the members' abbreviations in parentheses
        (
            "The elevation of serum chemokines such as CCL5 (RANTES), CXCL1 and CXCL10 was "
            "downregulated by fisetin.",
            {"CCL5", "CXCL1", "CXCL10"},
            set(),
        ),
        # guard: a plain passive, as before
        ("IL-6 was decreased by fisetin.", {"IL-6"}, set()),
    ],
)
def test_a_lowering_passive_over_change_nouns(text: str, down: set, up: set) -> None:
    assert {t for a, t in _rels(text, DOWN) if a == "fisetin"} == down
    assert {t for a, t in _rels(text, UP) if a == "fisetin"} == up


def test_an_agent_for_a_disease_treats_it() -> None:
    text = "These data support fisetin as an anabolic agent for osteoporosis."
    assert _rels(text, "TREATS") == {("fisetin", "osteoporosis")}


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("淫羊藿苷联合顺铂能明显抑制 SGC-7901 细胞的增殖。", {"淫羊藿苷", "顺铂"}),
        ("Icariin in combination with cisplatin lowered Bcl-2.", {"Icariin", "cisplatin"}),
    ],
)
def test_compounds_combined_in_one_subject_both_act(text: str, agents: set) -> None:
    assert {a for a, _ in _rels(text, DOWN)} == agents


def test_a_title_case_title_goes_on_after_a_botanist() -> None:
    text = "Water Extract of Achyranthes bidentata Bl. Induces Apoptosis in Human HeLa Cells"
    assert len(split_sentences(text)) == 1
    assert _rels(text, DOWN) == {("Water Extract of Achyranthes bidentata", "HeLa")}
    # guard: an authority before an ordinary sentence still ends it
    assert len(split_sentences("The roots of Achyranthes bidentata Bl. Then we left.")) == 2


def test_a_cell_name_at_a_sentence_start() -> None:
    assert _texts("Cancer stem cells were enriched after fisetin.", "CELL_TYPE") == [
        "Cancer stem cells"
    ]


def test_a_glycoside_is_one_compound_and_takes_its_abbreviation() -> None:
    text = "Quercetin 3-O-galactoside (Q-3-Ga) was given; Q-3-Ga lowered ALP. Apigenin-7-O-glucuronide rose."
    assert _texts(text, "COMPOUND") == [
        "Quercetin 3-O-galactoside",
        "Q-3-Ga",
        "Q-3-Ga",
        "Apigenin-7-O-glucuronide",
    ]
    assert _rels(text, DOWN) == {("Q-3-Ga", "ALP")}


def test_fas_and_its_ligand() -> None:
    assert _norms("Fas and FasL proteins rose.", "GENE") == {
        "Fas": "hgnc:FAS",
        "FasL": "hgnc:FASLG",
    }


def test_an_english_theme_list_with_measure_words() -> None:
    text = "In the icariin arm, ROS content and MDA level fell, and SOD levels and Nrf2 protein levels rose."
    assert _rels(text, DOWN) == {("icariin", "ROS"), ("icariin", "MDA")}
    assert _rels(text, UP) == {("icariin", "SOD"), ("icariin", "Nrf2")}


def test_chinese_relative_expression_measures_in_a_theme_list() -> None:
    text = "与对照组比较,葛根素高浓度组细胞中Collagen Ⅰ、TIMP-1 mRNA相对表达量和α-SMA蛋白相对表达量均显著降低。"
    assert _rels(text, DOWN) == {
        ("葛根素", "Collagen Ⅰ"),
        ("葛根素", "TIMP-1"),
        ("葛根素", "α-SMA"),
    }


def test_review_of_the_late_rules() -> None:
    # an ordinary sentence after a botanist's abbreviation still starts anew
    text = "Rutin was isolated from Sophora japonica L. Western Blot analysis showed less Bax."
    assert len(split_sentences(text)) == 2
    # a line defined in parentheses keeps its Cellosaurus id unless the code is the initials
    assert _norms("We grew human promyelocytic (HL-60) cells; HL-60 cells died.", "CELL_LINE") == {
        "HL-60": "cellosaurus:CVCL_0002"
    }
    # spaced ratio pairs are no targets
    assert not _rels("Curcumin reduced the Bax / Bcl-2 and p-AKT / AKT ratios in rats.", DOWN)
    # a count in parentheses is no dose: the initials stay unread
    text = "Oleanolic acid is a triterpenoid. Tissues from OA (12 patients) were taken. OA tissue."
    assert _texts(text, "COMPOUND") == ["Oleanolic acid"]
    # a glycoside named in parentheses after it takes that name's identifier
    assert _norms("Baicalein 7-O-glucuronide (baicalin) was fed to mice.", "COMPOUND") == {
        "Baicalein 7-O-glucuronide": "pubchem:64982",
        "baicalin": "pubchem:64982",
    }
