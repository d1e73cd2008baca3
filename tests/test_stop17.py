"""Seventeenth stop (2026-12-05): general constructions real abstracts showed missing, on
sentences of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_relate_words import _relations
from test_stop15 import _directed

from puerextract.extract import extract_text


def _typed(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in extract_text(text).entities}


def _holds(found: set, expected: set, absent: set) -> None:
    """Every expected item found, no absent one."""
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a Cellosaurus line written without its hyphen (Huh-7 as Huh7), cued in a list of
        # lines: the line, not the gene whose alias it is
        (
            "Baicalein slowed the growth of HepG2, Huh7 and SMMC-7721 cells.",
            {("CELL_LINE", "Huh7"), ("CELL_LINE", "HepG2")},
            {("GENE", "Huh7")},
        ),
        ("Berberine was added to Huh7 cells.", {("CELL_LINE", "Huh7")}, set()),
        # guard: never cued as cells, the alias stays a gene's
        ("Berberine lowered Huh7 expression in the liver.", {("GENE", "Huh7")}, set()),
        # "signal pathway" and "signal transduction pathway" close a pathway name
        (
            "Icariin switched on the BMP-2/Smad5 signal transduction pathway.",
            {("PATHWAY", "BMP-2/Smad5 signal transduction pathway")},
            {("GENE", "Smad5")},
        ),
        (
            "Baicalin damped the TLR4/MyD88 signal pathway in microglia.",
            {("PATHWAY", "TLR4/MyD88 signal pathway")},
            set(),
        ),
        # "acute" before an English disease mention is in its span (as 急性); "chronic" not
        (
            "Acute kidney injury and acute colitis were milder with quercetin.",
            {("DISEASE", "Acute kidney injury"), ("DISEASE", "acute colitis")},
            set(),
        ),
        (  # guard
            "Chronic hyperglycemia impairs bone.",
            {("DISEASE", "hyperglycemia")},
            {("DISEASE", "Chronic hyperglycemia")},
        ),
        # MEDLINE's plain-text units: "·" as " x ", a superscript -1 as "(-1)", μ as "micro"
        (
            "Rats received naringin (150 mg x kg(-1) x d(-1)) or estradiol (25 microg x kg(-1)).",
            {
                ("CONCENTRATION", "150 mg x kg(-1) x d(-1)"),
                ("CONCENTRATION", "25 microg x kg(-1)"),
            },
            set(),
        ),
        (
            "Icariin at 20 micromol/L was added to the medium.",
            {("CONCENTRATION", "20 micromol/L")},
            set(),
        ),
    ],
)
def test_entities_of_stop17(
    text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    _holds(_typed(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fate written after a list of cells is every listed cell's
        (
            "槲皮素可抑制HepG2和SMMC-7721细胞的增殖。",
            {("DOWN", "槲皮素", "HepG2"), ("DOWN", "槲皮素", "SMMC-7721")},
        ),
        # and a fate written before a list: "the growth of A, B and C cells"
        (
            "Baicalein suppressed the growth of HepG2, Huh7 and SMMC-7721 cells.",
            {
                ("DOWN", "Baicalein", "HepG2"),
                ("DOWN", "Baicalein", "Huh7"),
                ("DOWN", "Baicalein", "SMMC-7721"),
            },
        ),
    ],
)
def test_fate_of_listed_cells(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _directed(text)


def test_a_time_after_the_vehicle_is_the_treatment_s() -> None:
    """A vehicle is given for no time of its own: a time after it goes to the compound
    before it (the vehicle keeps none)."""
    text = "杜仲组大鼠骨痂VEGF表达较蒸馏水组强，7 d达到峰值。"
    found = {(a, b) for t, a, b in _relations(text) if t == "HAS_DURATION"}
    assert ("杜仲", "7 d") in found
    assert not any(a == "蒸馏水" for a, _ in found)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a death written after a list of cells, or after "cell" (HepG2 cell apoptosis) or
        # 发生 (细胞发生凋亡): every listed cell's
        (
            "槲皮素可诱导HepG2和SMMC-7721细胞发生凋亡。",
            {("DOWN", "槲皮素", "HepG2"), ("DOWN", "槲皮素", "SMMC-7721")},
            set(),
        ),
        ("Baicalein induced A549 cell apoptosis.", {("DOWN", "Baicalein", "A549")}, set()),
        (
            "Baicalein induced apoptosis of A549 and H1299 cells.",
            {("DOWN", "Baicalein", "A549"), ("DOWN", "Baicalein", "H1299")},
            set(),
        ),
        # lowering the death of listed cells spares each; the first is no bare object
        (
            "Naringin attenuated osteoblast and chondrocyte apoptosis.",
            {("UP", "Naringin", "osteoblast"), ("UP", "Naringin", "chondrocyte")},
            {("DOWN", "Naringin", "osteoblast")},
        ),
        # listed cells as bare objects are each the cells themselves (the first alone before)
        (
            "Icariin promoted osteoblasts and chondrocytes.",
            {("UP", "Icariin", "osteoblasts"), ("UP", "Icariin", "chondrocytes")},
            set(),
        ),
    ],
)
def test_death_of_listed_cells(
    text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    _holds(_directed(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a phosphorylated residue is no gene; a mouse-style symbol still is
        (
            "Baicalin raised the phosphorylation of AMPK at Thr17 and Sirt1 levels.",
            {("GENE", "Sirt1")},
            {("GENE", "Thr17")},
        ),
        # a compound named by its ending after a slash (LPS/D-galactosamine) or after a
        # parenthesis and a slash
        (
            "Hepatitis was induced with LPS/D-galactosamine.",
            {("COMPOUND", "D-galactosamine")},
            set(),
        ),
        (
            "Hepatitis was induced with lipopolysaccharide (LPS)/D-galactosamine.",
            {("COMPOUND", "D-galactosamine")},
            set(),
        ),
    ],
)
def test_entities_after_slashes_and_residues(
    text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    _holds(_typed(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an effect verb before the trigger: the effect noun after a compound target closes
        # the verb phrase (具有降低 Y 的作用), it is no effect of Y
        ("柚皮苷具有降低LDL-C的作用。", {("DOWN", "柚皮苷", "LDL-C")}),
        ("芦丁仅表现出提升HDL-C作用。", {("UP", "芦丁", "HDL-C")}),
    ],
)
def test_effect_verb_before_a_trigger(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _directed(text)


def test_a_blocked_compound_effect_is_still_no_target() -> None:
    """A guard: "阻断 Y 的作用" weakens Y's effect; Y is not lowered."""
    assert not _directed("柚皮苷可阻断LPS的作用。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aim with its mechanism before "in": "the effect of X and its underlying
        # mechanisms in Y"
        (
            "We set out to assess the effect of naringin and its underlying mechanisms in "
            "mice with colitis.",
            {("naringin", "mice")},
        ),
        (
            "The study explored the role of rutin and the underlying mechanism in an "
            "experimental rat stroke model.",
            {("rutin", "rat")},
        ),
    ],
)
def test_aim_with_its_mechanism(text: str, expected: set[tuple[str, str]]) -> None:
    found = {(a, b) for t, a, b in _relations(text) if t == "TESTED_IN"}
    assert expected <= found


def test_a_group_list_opened_by_a_colon_runs_past_its_semicolons() -> None:
    found = {
        (a, b)
        for t, a, b in _relations(
            "Forty mice were randomly divided into four groups (n=10 each): (1) control; "
            "(2) DSS; (3) DSS plus low-dose rutin; and (4) DSS plus high-dose rutin."
        )
        if t == "TESTED_IN"
    }
    assert ("rutin", "mice") in found


def test_a_list_without_a_colon_still_ends_at_its_semicolon() -> None:
    """A guard: the groups of an allocation end at ";" when no colon opens them."""
    text = "Rats were divided into control and model groups; later, naringin was studied in vitro."
    assert ("naringin", "Rats") not in {(a, b) for t, a, b in _relations(text)}


def test_propidium_iodide_is_one_stain() -> None:
    found = _typed("Dead cells took up propidium iodide in the flow cytometer.")
    assert ("COMPOUND", "propidium iodide") in found
    assert ("COMPOUND", "iodide") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aim "the (protective) effect of X against Y …": X is tested in the system named
        (
            "We examined the protective effect of rutin against H2O2-induced apoptosis in "
            "MC3T3-E1 cells.",
            {("rutin", "MC3T3-E1"), ("H2O2", "MC3T3-E1")},
        ),
        (
            "Our aim: the preventive effect of naringin against paracetamol-induced "
            "hepatotoxicity and its possible mechanisms in mice.",
            {("naringin", "mice")},
        ),
    ],
)
def test_aim_against(text: str, expected: set[tuple[str, str]]) -> None:
    found = {(a, b) for t, a, b in _relations(text) if t == "TESTED_IN"}
    assert expected <= found


# what this stop's review found its first rules doing wrong (all pass at the stop's start)
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # listed bare objects before a place: the first cell, as before
        (
            "Rutin promoted osteoblasts and chondrocytes in vitro.",
            {("UP", "Rutin", "osteoblasts")},
            set(),
        ),
        # a cell followed by was/were opens a new clause: no list member
        (
            "Rutin raised the maturation of BMSCs and macrophages were reduced by alendronate.",
            {("UP", "Rutin", "BMSCs")},
            {("UP", "Rutin", "macrophages")},
        ),
        # an effect of the compound target's own (a word between it and 作用): no target
        ("葛根素具有增强顺铂的抗肿瘤作用。", set(), {("UP", "葛根素", "顺铂")}),
        ("黄芩苷具有抑制 LPS 的促炎作用。", set(), {("DOWN", "黄芩苷", "LPS")}),
    ],
)
def test_review_guards(
    text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    _holds(_directed(text), expected, absent)


def test_a_vehicle_given_for_the_time_passes_it_to_nobody() -> None:
    """A guard: "control mice received saline for 7 days" is the vehicle's own giving."""
    text = "Mice were injected with LPS, and control mice received saline for 7 days."
    assert not any(t == "HAS_DURATION" for t, _, _ in _relations(text))


def test_names_listed_before_a_cell_need_not_be_mentions() -> None:
    assert ("DOWN", "Rutin", "Huh7") in _directed(
        "Rutin inhibited the proliferation of Hep3B and Huh7 cells."
    )


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a compound named with a member code is named by the code alone later in the paper
        (
            "Ginsenoside Rg3 was given to the mice. Rg3 lowered TNF-α.",
            {("COMPOUND", "Rg3")},
            {("GENE", "Rg3")},
        ),
        ("人参皂苷Rb1保护心肌细胞。Rb1上调Bcl-2。", {("COMPOUND", "Rb1")}, {("GENE", "Rb1")}),
        # the toxins of Parkinson's disease models
        (
            "SH-SY5Y cells were treated with MPP+, and mice received MPTP.",
            {("COMPOUND", "MPP+"), ("COMPOUND", "MPTP")},
            set(),
        ),
        # dispensing granules of one herb: one formula name (配 alone stops a name: 配伍)
        ("黄芪配方颗粒干预大鼠4周。", {("COMPOUND", "黄芪配方颗粒")}, {("ORGANISM", "黄芪")}),
    ],
)
def test_entities_of_the_cell_papers(
    text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    _holds(_typed(text), expected, absent)


def test_a_member_code_names_its_compound_as_agent() -> None:
    assert ("DOWN", "Rg3", "TNF-α") in _directed(
        "Ginsenoside Rg3 was given to the mice. Rg3 lowered TNF-α."
    )


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # 导致的 and 损伤的 name a stimulus as 引起的 does: tested in the cells, never a target
        (
            "芦丁能够抑制乙醇导致的PC12细胞损伤。",
            {("TESTED_IN", "乙醇", "PC12")},
            {("DOWNREGULATES", "芦丁", "乙醇")},
        ),
        ("芦丁能保护过氧化氢损伤的PC12细胞。", {("TESTED_IN", "过氧化氢", "PC12")}, set()),
        # 体外 (in vitro) between the compound and its kill verb
        ("芦丁可体外诱导SGC-7901细胞凋亡。", {("DOWNREGULATES", "芦丁", "SGC-7901")}, set()),
        # a solution of a formula keeps the formula's name
        (
            "用黄芪配方颗粒溶液处理PC12细胞。",
            {("TESTED_IN", "黄芪配方颗粒", "PC12")},
            set(),
        ),
    ],
)
def test_stimuli_and_formulas_of_the_cell_papers(
    text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    _holds(set(_relations(text)), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of fates with commas before "of" the cells: one object
        (
            "Naringin promoted the proliferation, migration and adhesion of HUVECs.",
            {("UP", "Naringin", "HUVECs")},
        ),
        # a death "Induced" in a Title Case title
        (
            "Rutin Prevents MPP+-Induced Apoptosis in PC12 Cells\nRutin was studied.",
            {("UP", "Rutin", "PC12")},
        ),
    ],
)
def test_fates_in_lists_and_titles(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _directed(text)


def test_a_cell_line_word_before_a_list_cues_the_lines() -> None:
    found = _typed("Baicalin slowed migration in two lung cancer cell lines, A549 and H1299.")
    assert ("CELL_LINE", "A549") in found


def test_a_comma_before_a_new_verb_still_ends_the_clause() -> None:
    """A guard: "inhibited proliferation, and increased apoptosis of cells" keeps two
    clauses (the noun-list comma needs one noun between "and" and "of")."""
    assert not _directed("Naringin inhibited proliferation, and increased apoptosis of cells.")


def test_zengsheng_is_a_cell_fate() -> None:
    """细胞增生 is the cells' proliferation, as 细胞增殖."""
    assert ("DOWN", "芦丁", "SGC-7901") in _directed("芦丁可以抑制SGC-7901细胞增生。")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the paper's tested compound inducing the cells' death: DOWN, no exposure (as the
        # English "X induced apoptosis of Y cells" reads)
        (
            "芦丁诱导胃癌细胞凋亡的研究\n芦丁可诱导SGC-7901和BGC-823细胞发生凋亡。",
            {("DOWNREGULATES", "芦丁", "SGC-7901"), ("DOWNREGULATES", "芦丁", "BGC-823")},
            {("TESTED_IN", "芦丁", "SGC-7901"), ("TESTED_IN", "芦丁", "BGC-823")},
        ),
        # guard: a stimulus inducing the death is tested in the cells
        ("地塞米松诱导成骨细胞凋亡。", {("TESTED_IN", "地塞米松", "成骨细胞")}, set()),
    ],
)
def test_a_tested_compound_killing_cells(
    text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    _holds(set(_relations(text)), expected, absent)


# what this stop's second review found (each passes at the stop's start)
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a gene's symbol after a cell-line word is still the gene
        (
            "Glycolysis was measured in A549 and H1299 cells. In the two cell lines, HK2 and "
            "LDHA were downregulated by shikonin.",
            {("GENE", "HK2")},
            {("CELL_LINE", "HK2")},
        ),
        # one-letter member codes and formulas abbreviate nothing
        (
            "Notoginsenoside R1 eased injury; the expression of TNF R1 was lowered by R1.",
            set(),
            {("COMPOUND", "R1")},
        ),
        ("Cells took up NaNO2, and O2 levels were read.", set(), {("COMPOUND", "O2")}),
    ],
)
def test_second_review_entities(
    text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    _holds(_typed(text), expected, absent)


def test_a_run_on_comma_after_cells_still_ends_the_clause() -> None:
    """A guard: a comma after a cell name before a new clause ends the first clause; its
    stimulus does not raise what the second one names."""
    found = _directed(
        "LPS raised inflammation in BV2 cells, expression and secretion of TNF-α were cut "
        "by emodin."
    )
    assert ("UP", "LPS", "TNF-α") not in found
