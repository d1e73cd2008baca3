"""Thirteenth stop (2026-12-05): what the English learning half of yardstick 13 showed, on
sentences of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_stop10 import _rels, _texts

from puerextract.extract import extract_text
from puerextract.segment import split_sentences

UP, DOWN, TESTED = "UPREGULATES", "DOWNREGULATES", "TESTED_IN"


def _norms(text: str, etype: str) -> dict[str, str | None]:
    return {e.text: e.norm for e in extract_text(text).entities if e.type == etype}


def test_an_authority_before_a_parenthesis_ends_no_sentence() -> None:
    text = "A water extract of Achyranthes bidentata Bl. (ABE) was given. ABE lowered TRAP."
    assert len(split_sentences(text)) == 2
    # the guard: an authority before a capitalised word still ends the sentence
    assert len(split_sentences("The roots of Achyranthes bidentata Bl. Then we left.")) == 2


def test_an_authority_between_a_long_form_and_its_abbreviation() -> None:
    text = "An ethanol extract of Achyranthes bidentata Bl. (EEAB) was tested. EEAB lowered TRAP."
    assert _texts(text, "COMPOUND").count("EEAB") == 2
    assert ("EEAB", "TRAP") in _rels(text, DOWN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quercetin induced apoptosis in human MG-63 cells.", {("Quercetin", "MG-63")}),
        # a disease naming the cells between the death word and the line
        (
            "Quercetin triggered apoptosis in human osteosarcoma MG-63 cells.",
            {("Quercetin", "MG-63")},
        ),
        # guard: the line right after the death word, as before
        ("Quercetin induced apoptosis of MG-63 cells.", {("Quercetin", "MG-63")}),
    ],
)
def test_death_of_cells_after_a_modifier(text: str, expected: set) -> None:
    assert _rels(text, DOWN) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Icariin increased a Bax:Bcl-2 ratio.",
        "Naringin raised a ratio of LC3-II to LC3-I.",
        "Icariin lowered the ratio between Bax and Bcl-2.",
    ],
)
def test_members_of_a_written_ratio_are_no_targets(text: str) -> None:
    assert not _rels(text, UP) and not _rels(text, DOWN)


def test_a_ratio_member_guard_leaves_other_targets() -> None:
    text = "Icariin increased the OPG/RANKL ratio and the expression of ALP."
    assert _rels(text, UP) == {("Icariin", "ALP")}


def test_a_gene_before_an_unnamed_blocker_is_no_agent() -> None:
    text = "The rise of ALP was abolished by an ERK inhibitor."
    assert not _rels(text, DOWN) and not _rels(text, UP)
    # guard: a named blocker after the gene still blocks the gene
    assert ("U0126", "ERK") in _rels("Cells were treated with the ERK inhibitor U0126.", DOWN)


def test_the_agent_of_an_inducing_phrase_is_no_passive_subject() -> None:
    text = "Cell death induced by icariin was attenuated by caspase inhibitor."
    assert not _rels(text, DOWN)
    # guard: a passive subject before two agents keeps its reading
    text = "ALP was increased by icariin but suppressed by wortmannin."
    assert _rels(text, UP) == {("icariin", "ALP")}
    assert _rels(text, DOWN) == {("wortmannin", "ALP")}


@pytest.mark.parametrize(
    ("text", "up", "down"),
    [
        # a result conjoined to a second one that names the group both were seen in
        (
            "The levels of Runx2 were raised and those of PPARγ were lowered in the icariin group.",
            {("icariin", "Runx2")},
            {("icariin", "PPARγ")},
        ),
        (
            "Osterix was increased whereas the amount of TRAP was decreased in the naringin "
            "treatment group.",
            {("naringin", "Osterix")},
            {("naringin", "TRAP")},
        ),
        # a treatment word between the group's compound and its group word
        ("ALP was elevated in the naringin-treatment group.", {("naringin", "ALP")}, set()),
        # guard: a model group for the first result keeps it away from the later group
        (
            "ALP was elevated in the model group, and TRAP was reduced in the naringin group.",
            set(),
            {("naringin", "TRAP")},
        ),
    ],
)
def test_conjoined_results_share_their_group(text: str, up: set, down: set) -> None:
    assert _rels(text, UP) == up
    assert _rels(text, DOWN) == down


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mice were given icariin alone or together with U0126 before surgery.",
            {("icariin", "Mice"), ("U0126", "Mice")},
        ),
        (
            "Mice were treated with icariin in combination with LY294002.",
            {("icariin", "Mice"), ("LY294002", "Mice")},
        ),
        # guard: the plain list, as before
        ("Mice were treated with icariin or U0126.", {("icariin", "Mice"), ("U0126", "Mice")}),
    ],
)
def test_compounds_given_together(text: str, expected: set) -> None:
    assert _rels(text, TESTED) == expected


def test_cancer_and_caspase_family_names() -> None:
    text = "Such herbs are used against cancer; caspases and poly (ADP-ribose) polymerase act."
    assert _texts(text, "DISEASE") == ["cancer"]
    assert _texts(text, "GENE") == ["caspases", "poly (ADP-ribose) polymerase"]


def test_a_numbered_member_is_not_its_family() -> None:
    # caspase-12 is a rodent gene with no human row: nothing, not the family "caspase"
    assert "Caspase" not in _texts("Caspase-12 and caspase 8 were cleaved.", "GENE")
    assert "caspase 8" in _texts("Caspase-12 and caspase 8 were cleaved.", "GENE")


def test_apoptosis_proteins_written_small() -> None:
    norms = _norms("The expression of bax rose while bcl-xl and Bcl-xL fell.", "GENE")
    assert norms == {"bax": "hgnc:BAX", "bcl-xl": "hgnc:BCL2L1", "Bcl-xL": "hgnc:BCL2L1"}


def test_a_gene_shaped_code_is_a_gene_unless_cued_as_cells() -> None:
    assert _norms("PAI-1 and XIAP rose.", "GENE").get("PAI-1") == "hgnc:SERPINE1"
    assert "PAI-1" not in _texts("PAI-1 and XIAP rose.", "CELL_LINE")
    # guard: a code the paper calls cells stays a cell line
    assert _texts("HT-29 cells were used; HT-29 growth fell.", "CELL_LINE") == ["HT-29", "HT-29"]


def test_a_cellosaurus_line_without_a_digit_once_cued_as_cells() -> None:
    text = "Baicalin slowed the growth of B-CPAP cells; B-CPAP migration also fell."
    assert _norms(text, "CELL_LINE") == {"B-CPAP": "cellosaurus:CVCL_0153"}
    assert _texts(text, "CELL_LINE") == ["B-CPAP", "B-CPAP"]
    # guard: a capitalised word the table holds is no line without the cue
    assert not _texts("The AGS group was compared.", "CELL_LINE")


def test_a_cell_code_written_with_a_space() -> None:
    assert _texts("黄芩素抑制人肝癌 BEL 7402 细胞增殖。", "CELL_LINE") == ["BEL 7402"]
    # guard: a research code with a space stays a compound
    assert _texts("Cells were pretreated with SB 203580 for 1 h.", "COMPOUND") == ["SB 203580"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("奶牛乳腺上皮细胞经黄芩素处理。", {"乳腺上皮细胞": None}),
        ("肺泡巨噬细胞被黄芩素抑制。", {"肺泡巨噬细胞": None}),
        # guards: a brain region and a joint are no organ of the cell's name
        ("大鼠海马神经元存活率升高。", {"神经元": "mesh:D009474"}),
        ("关节软骨细胞增殖。", {"软骨细胞": "mesh:D019902"}),
    ],
)
def test_an_organ_before_a_chinese_cell_type(text: str, expected: dict) -> None:
    assert _norms(text, "CELL_TYPE") == expected


def test_ischemia_is_a_disease_and_ischemia_reperfusion_one() -> None:
    assert _texts("Salidroside spared ischemic cardiomyocytes.", "DISEASE") == ["ischemic"]
    assert _texts("Rats underwent ischemia/reperfusion (I/R).", "DISEASE") == [
        "ischemia/reperfusion",
        "I/R",
    ]


def test_a_pretreated_system() -> None:
    assert _rels("ALP rose in naringin-pretreated BMSCs.", TESTED) == {("naringin", "BMSCs")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("槲皮素的研究\n结果显示槲皮素对MG-63细胞的增殖抑制作用明显。", {("槲皮素", "MG-63")}),
        ("槲皮素的研究\n槲皮素对MG-63细胞增殖的抑制作用较强。", {("槲皮素", "MG-63")}),
        # guard: no fate of the cells written, no regulation of them
        ("槲皮素的研究\n槲皮素对MG-63细胞的抑制作用较强。", set()),
    ],
)
def test_a_nominal_effect_on_a_cells_fate_after_dui(text: str, expected: set) -> None:
    assert _rels(text, DOWN) == expected


def test_a_chinese_long_form_going_on_from_its_class_noun() -> None:
    text = "检测周期蛋白依赖性激酶6(CDK6)的表达。"
    assert _texts(text, "GENE") == ["周期蛋白依赖性激酶6", "CDK6"]
    # guard: a class noun before another name is cut off, as before
    assert _texts("成骨标志蛋白骨保护蛋白(OPG)升高。", "GENE") == ["骨保护蛋白", "OPG"]


@pytest.mark.parametrize(
    ("text", "up"),
    [
        ("黄芩苷能降低TNF-α含量,升高抗炎因子IL-4含量。", {("黄芩苷", "IL-4")}),
        ("黄芩苷可提高抗氧化酶GSH-Px活性。", {("黄芩苷", "GSH-Px")}),
    ],
)
def test_a_class_noun_holds_no_trigger(text: str, up: set) -> None:
    assert _rels(text, UP) == up


def test_anti_outside_a_class_noun_still_treats() -> None:
    assert _rels("黄芩苷具有抗骨质疏松作用。", "TREATS") == {("黄芩苷", "骨质疏松")}


def test_an_abbreviation_of_the_tested_compound_is_tested() -> None:
    text = (
        "Ethanol extract of Salvia miltiorrhiza kills hepatoma cells\n"
        "The ethanol extract of Salvia miltiorrhiza Bge. (ESM) was tested. Apoptosis induced "
        "by ESM was strong. ESM downregulated Bcl-2."
    )
    assert ("ESM", "Bcl-2") in _rels(text, DOWN)


def test_a_silenced_gene_undoing_an_induced_rise_is_no_agent() -> None:
    text = (
        "Glycyrrhetinic acid (GA) promotes bone formation\n"
        "GA raised ALP. Notably, Wnt3a knockdown reversed the GA-induced increase of Runx2."
    )
    assert ("Wnt3a", "Runx2") not in _rels(text, DOWN)
    # guard: an inhibitor compound undoing it lowers what rose
    text = (
        "Puerarin promotes bone formation\nPD98059 reversed the puerarin-induced increase of ALP."
    )
    assert _rels(text, DOWN) == {("PD98059", "ALP")}


def test_a_conclusions_dui_phrase_is_no_aim() -> None:
    text = "槲皮素的研究\n结论:槲皮素对MG-63细胞的增殖抑制作用可能与凋亡有关。"
    assert not _rels(text, TESTED)
    assert _rels(text, DOWN) == {("槲皮素", "MG-63")}
    # guard: the aim itself still names the tested system
    text = "槲皮素的研究\n目的:探讨槲皮素对MG-63细胞增殖的影响。"
    assert _rels(text, TESTED) == {("槲皮素", "MG-63")}


@pytest.mark.parametrize(
    ("text", "up", "down"),
    [
        ("Naringin promoted the migration of BMSCs.", {("Naringin", "BMSCs")}, set()),
        ("槲皮素促进BMSCs迁移。", {("槲皮素", "BMSCs")}, set()),
        ("槲皮素抑制MG-63细胞迁移和侵袭。", set(), {("槲皮素", "MG-63")}),
    ],
)
def test_migration_and_invasion_are_a_cells_fate(text: str, up: set, down: set) -> None:
    assert _rels(text, UP) == up
    assert _rels(text, DOWN) == down
