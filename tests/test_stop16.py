"""Sixteenth stop (2026-12-05): general constructions real abstracts showed missing, on
sentences of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_stop10 import _rels
from test_stop15 import _directed

TESTED = "TESTED_IN"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model arm's name, "+" and the treatment: the treatment is the group's agent
        (
            "Serum RANKL levels were lowered in the OVX + genistein group compared with the OVX "
            "group.",
            {("DOWN", "genistein", "RANKL")},
        ),
        # two compounds: the paper's tested one (its title's first) is the arm's agent
        (
            "Baicalin eases LPS-induced lung injury\nTNF-α and IL-1β were markedly decreased in "
            "the LPS+baicalin group.",
            {("DOWN", "baicalin", "TNF-α"), ("DOWN", "baicalin", "IL-1β")},
        ),
        (
            "Baicalin eases LPS-induced lung injury\nTNF-α was decreased in the baicalin + LPS "
            "group.",
            {("DOWN", "baicalin", "TNF-α")},
        ),
        (
            "The expression of Runx2 was elevated in the model + icariin group.",
            {("UP", "icariin", "Runx2")},
        ),
        # guard: an arm named by the treatment alone is read as before
        ("Osteocalcin was increased in the naringin group.", {("UP", "naringin", "Osteocalcin")}),
        # the treatment first and the model's name after it; never the gene acting on the
        # compound (a passive followed by a place has no object there)
        (
            "RANKL levels were reduced in the quercetin + OVX group.",
            {("DOWN", "quercetin", "RANKL")},
        ),
        # two compounds and neither the paper's tested one nor its stimulus: the second, the
        # usual place of the treatment (a combination arm gets half of its agents)
        (
            "Curcumin in bone loss\nTNF-α was decreased in the genistein + daidzein group.",
            {("DOWN", "daidzein", "TNF-α")},
        ),
        # a stimulus named first in a text with no title is still the model (DEX + X)
        (
            "Dexamethasone causes bone loss. X was tested in dexamethasone-induced rats. Runx2 "
            "was raised in the DEX + icariin group.",
            {("UP", "icariin", "Runx2")},
        ),
        # a passive's place with a compound arm named before the model's inducer
        ("Caspase-3 was lowered in the group of cisplatin-exposed cells.", set()),
    ],
)
def test_model_plus_treatment_arms(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _directed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "investigated whether X …": an aim, as "to investigate whether X …"
        (
            "This work examined whether formononetin limits cartilage erosion in rabbits.",
            {("formononetin", "rabbits")},
        ),
        (
            "We assessed whether salidroside shields H9c2 cells from oxidative injury.",
            {("salidroside", "H9c2")},
        ),
    ],
)
def test_finite_whether_aims(text: str, expected: set[tuple[str, str]]) -> None:
    assert _rels(text, TESTED) == expected


def test_whether_question_states_no_treatment() -> None:
    """A question asked with a finite aim verb states no finding (no TREATS)."""
    text = "We investigated whether kaempferol eases gouty arthritis in rats."
    assert _rels(text, "TREATS") == set()
    assert _rels(text, TESTED) == {("kaempferol", "rats")}


def _typed(text: str) -> set[tuple[str, str]]:
    from puerextract.extract import extract_text

    return {(e.text, e.type) for e in extract_text(text).entities}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a cell line's code of digits, letters and digits after a capital, cued by "cells"
        ("Apoptosis of H9c2 cells rose after hypoxia.", ("H9c2", "CELL_LINE"), None),
        ("细胞实验选用 H9c2 细胞。", ("H9c2", "CELL_LINE"), None),
        # guard: the same shape without a cell cue is left to the gene table
        ("E2F1 expression was reduced.", ("E2F1", "GENE"), ("E2F1", "CELL_LINE")),
    ],
)
def test_mixed_cell_line_codes(text: str, expected, absent) -> None:
    found = _typed(text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese dose per body weight keeps 体重 in its unit, as "mg/kg body weight" does
        ("小鼠每日以 40 mg/kg体重的槲皮素灌胃。", ("40 mg/kg体重", "CONCENTRATION")),
        ("每日灌服 1.5 g/kg 体重的复方。", ("1.5 g/kg 体重", "CONCENTRATION")),
        # the peptide hormone that models hypertension and cardiac hypertrophy
        ("Ang II raised the blood pressure of the rats.", ("Ang II", "COMPOUND")),
        ("血管紧张素Ⅱ使心肌细胞肥大。", ("血管紧张素Ⅱ", "COMPOUND")),
        # ion pumps written with their ions are one enzyme (GENE), not ions and ATP
        ("Renal Na+/K+-ATPase activity fell.", ("Na+/K+-ATPase", "GENE")),
        ("心肌 Ca2+-Mg2+-ATP酶活性降低。", ("Ca2+-Mg2+-ATP酶", "GENE")),
        # 配伍 joins two names, it is no part of either
        ("附子碱配伍桂枝醇可减轻毒性。", ("桂枝醇", "COMPOUND")),
        ("附子碱配伍桂枝醇可减轻毒性。", ("附子碱", "COMPOUND")),
        # a pathway whose first member is a spelled-out protein name keeps the whole name
        (
            "Icariin acted through the bone morphogenetic protein-2/Smad-dependent pathway.",
            ("bone morphogenetic protein-2/Smad-dependent pathway", "PATHWAY"),
        ),
    ],
)
def test_units_names_and_pathway_starts(text: str, expected: tuple[str, str]) -> None:
    assert expected in _typed(text)


def test_ion_pump_leaves_no_ion_mentions() -> None:
    found = _typed("Renal Na+/K+-ATPase activity fell.")
    assert ("Na+", "COMPOUND") not in found and ("ATPase", "GENE") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "inactivation" is a change noun as "downregulation" is
        ("Emodin led to inactivation of STAT3.", {("DOWN", "Emodin", "STAT3")}),
        # guard: a means after an object, the subject the agent of both changes
        (
            "Quercetin lowered MMP-13 expression via activation of SIRT1.",
            {("DOWN", "Quercetin", "MMP-13"), ("UP", "Quercetin", "SIRT1")},
        ),
        # must not fire: with no agent written, neither name acts on the other
        ("This may involve lower TGF-β1 expression via activation of PPARγ.", set()),
    ],
)
def test_change_nouns_and_means(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _directed(text) == expected


@pytest.mark.parametrize(
    ("text", "treats", "tested"),
    [
        # the inducer before a disease is part of its model, no mention between the verb and it
        (
            "Resveratrol attenuated LPS-induced kidney injury.",
            {("Resveratrol", "kidney injury")},
            set(),
        ),
        # the animals after a long model name still get the inducer's TESTED_IN
        (
            "Salvianolic acid B attenuated bleomycin-induced pulmonary fibrosis in mice.",
            {("Salvianolic acid B", "pulmonary fibrosis")},
            {("bleomycin", "mice")},
        ),
    ],
)
def test_induced_models(text: str, treats, tested) -> None:
    assert _rels(text, "TREATS") == treats
    assert _rels(text, TESTED) == tested


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each blocker named after a blocker word
        (
            "The rise was abolished by the ERK antagonist U0126 or PD98059.",
            {("DOWN", "U0126", "ERK"), ("DOWN", "PD98059", "ERK")},
        ),
        # guard: a second blocker phrase keeps its own target
        (
            "The JNK inhibitor SP600125 and the p38 inhibitor SB203580 were added.",
            {("DOWN", "SP600125", "JNK"), ("DOWN", "SB203580", "p38")},
        ),
        # a gerund opening its clause, its object, then "with" and the blocker
        (
            "Suppressing Akt with wortmannin lowered Runx2.",
            {("DOWN", "wortmannin", "Akt"), ("DOWN", "wortmannin", "Runx2")},
        ),
        # an aim's infinitive states no finding (the ability of X to raise A was examined)
        ("The ability of salidroside to raise SOD activity was examined in PC12 cells.", set()),
    ],
)
def test_blockers_gerunds_and_aimed_abilities(text: str, expected) -> None:
    assert _directed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ability of salidroside to raise SOD activity was examined in PC12 cells.",
            {("salidroside", "PC12")},
        ),
        # an arm's label before the animals names the group; the compound injected is given
        ("黄芩苷组、槲皮素组小鼠腹腔注射黄芩苷。", {("黄芩苷", "小鼠"), ("槲皮素", "小鼠")}),
        # a cell type written right before the cell line it describes: both are the system
        (
            "实验将成骨细胞MC3T3-E1分为对照组、黄芩苷组。",
            {("黄芩苷", "成骨细胞"), ("黄芩苷", "MC3T3-E1")},
        ),
    ],
)
def test_tested_in_systems_and_labels(text: str, expected) -> None:
    assert _rels(text, TESTED) == expected


def test_cholinergic_pathway_is_a_pathway() -> None:
    assert ("胆碱能抗炎通路", "PATHWAY") in _typed("电针可激活胆碱能抗炎通路。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comparison's baseline compound, combined with another after it, is no agent
        ("与单用附子碱比较，附子碱配伍芍药苷后MDA含量降低。", {("DOWN", "芍药苷", "MDA")}),
        ("与附子碱组比较，附子碱配伍芍药苷组SOD活性升高。", {("UP", "芍药苷", "SOD")}),
        # guard: with no baseline named, the combination's first compound stays the agent
        ("附子碱配伍芍药苷后MDA含量降低。", {("DOWN", "附子碱", "MDA")}),
    ],
)
def test_comparison_baseline_is_no_agent(text: str, expected) -> None:
    assert _directed(text) == expected


def test_by_names_the_maker_of_an_object() -> None:
    """A name after "by" that follows a trigger's object is that object's maker, no target."""
    text = "Baicalin lowered the NO production by iNOS in macrophages."
    assert _directed(text) == {("DOWN", "Baicalin", "NO")}


def test_aim_apposition_running_into_on() -> None:
    """An aim's apposition may run into "on" with no comma before it."""
    text = (
        "We studied the effects of osthole, the main coumarin of Cnidium monnieri (a herb of "
        "Chinese medicine) on MC3T3-E1 cells."
    )
    assert _rels(text, TESTED) == {("osthole", "MC3T3-E1")}


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a botanist's name in parentheses is no abbreviation of the plant
        (
            "Osthole is isolated from Cnidium monnieri (Linn) Cusson.",
            ("Linn", "ORGANISM"),
            ("Cnidium monnieri", "ORGANISM"),
        ),
        # guard: a capital abbreviation stays one
        (
            "Cnidium monnieri (CM) was boiled. CM extract was given.",
            None,
            ("CM", "ORGANISM"),
        ),
    ],
)
def test_plant_authority_is_no_abbreviation(text: str, absent, present) -> None:
    found = _typed(text)
    assert present in found and absent not in found


def test_dose_before_a_route_verb_is_its_objects() -> None:
    """A dose before a route verb is the amount of the compound the verb gives, not of the
    group label before the dose."""
    text = "E2组每天以0.2 mg/kg体重的剂量灌胃尼尔雌醇。"
    assert _rels(text, "HAS_CONCENTRATION") == {("尼尔雌醇", "0.2 mg/kg体重")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle clause after a comma is no gerund opening; "together with" joins objects
        (
            "Naringin raised bone mass, increasing OCN together with Osterix levels.",
            {("UP", "Naringin", "OCN"), ("UP", "Naringin", "Osterix")},
        ),
        # a co-treatment after a blocker joined by "and" is no second blocker
        (
            "Cells were given the JNK inhibitor SP600125 and naringin.",
            {("DOWN", "SP600125", "JNK")},
        ),
        # a route after a verb trigger leaves its agent alone
        (
            "Administration of naringin via gavage increased OPG expression.",
            {("UP", "naringin", "OPG")},
        ),
        # a gerund's blocker does not carry into a clause with its own subject
        (
            "Inhibiting ERK with U0126, naringin still raised OCN.",
            {("DOWN", "U0126", "ERK"), ("UP", "naringin", "OCN")},
        ),
        # a gerund after a heading's line break opens its sentence
        (
            "Results\nSuppressing ERK with U0126 lowered OCN.",
            {("DOWN", "U0126", "ERK"), ("DOWN", "U0126", "OCN")},
        ),
        # an aim's infinitive with the system before its passive verb states no finding
        ("The ability of naringin to increase OCN in MC3T3-E1 osteoblasts was examined.", set()),
        # the manner of a change before its agent
        ("OCN was raised in a time-dependent fashion by naringin.", {("UP", "naringin", "OCN")}),
    ],
)
def test_review_guards(text: str, expected) -> None:
    assert _directed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sibling isoforms slash-joined after a Greek letter are one gene name, as ERK1/2 is
        ("Puerarin raised RARα/β expression.", ("RARα/β", "GENE")),
        ("Naringin lowered HIF-1α/2α levels.", ("HIF-1α/2α", "GENE")),
        # guard: two genes slash-joined stay two, also a Greek letter opening the second
        ("Naringin lowered TNF-α/IL-1β release.", ("TNF-α", "GENE")),
        ("Naringin raised p-GSK-3β/β-catenin levels.", ("β-catenin", "GENE")),
    ],
)
def test_isoform_lists(text: str, expected) -> None:
    assert expected in _typed(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # STAT5 (a MeSH family), albumin and the leptin receptor as lexicon rows
        ("黄芪甲苷降低 p-STAT5 的表达。", ("p-STAT5", "GENE")),
        ("Leptin receptor (Ob-Rb) expression rose.", ("Ob-Rb", "GENE")),
    ],
)
def test_elements_and_rows(text: str, expected) -> None:
    assert expected in _typed(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cell before its fate with a longer adjective between
        ("Osthole stimulated BMSC osteogenic differentiation.", {("UP", "Osthole", "BMSC")}),
        # positively / negatively regulate give a direction
        ("Icariin positively regulated Osterix expression.", {("UP", "Icariin", "Osterix")}),
        ("Icariin negatively regulated Sclerostin levels.", {("DOWN", "Icariin", "Sclerostin")}),
        # a noun "targets" is no verb; the passive's subject runs over measures and members
        (
            "The activities of GSH-Px and SOD and the levels of Nrf2 and its downstream targets, "
            "HO-1 and NQO1, were restored by baicalin treatment.",
            {
                ("UP", "baicalin", "GSH-Px"),
                ("UP", "baicalin", "SOD"),
                ("UP", "baicalin", "Nrf2"),
                ("UP", "baicalin", "HO-1"),
                ("UP", "baicalin", "NQO1"),
            },
        ),
        # an aim's "mechanism of X in promoting …" states no finding
        (
            "Noggin was added to assess the mechanism of icariin in promoting MC3T3-E1 cell "
            "mineralization.",
            set(),
        ),
    ],
)
def test_fates_regulate_and_listed_subjects(text: str, expected) -> None:
    assert _directed(text) == expected


def test_aim_apposition_with_a_source_participle() -> None:
    text = "We examined the effects of emodin, isolated from rhubarb, on RAW264.7 cells."
    assert _rels(text, TESTED) == {("emodin", "RAW264.7")}


@pytest.mark.parametrize(
    ("text", "tested", "directed"),
    [
        # two compounds given together are both the aim's ("X 与 Y 联合应用对 Z 的影响")
        (
            "探讨黄芩苷与小檗碱联合应用对RAW264.7细胞炎症反应的影响。",
            {("黄芩苷", "RAW264.7"), ("小檗碱", "RAW264.7")},
            set(),
        ),
        # a finding with 发挥 before its effect noun is one
        (
            "结果表明，黄芩苷可通过抑制氧化应激对H9c2细胞缺氧损伤发挥保护作用。",
            set(),
            {("UP", "黄芩苷", "H9c2")},
        ),
    ],
)
def test_zh_aims_and_effects(text: str, tested, directed) -> None:
    assert _rels(text, TESTED) == tested
    assert _directed(text) == directed


@pytest.mark.parametrize(
    "text",
    [
        # the effect of X on Y undone by a blocker is a finding about the blocker, no aim
        "Compound C mostly cancelled the stimulatory effects of icariin on C2C12 cells.",
        "Naringin raised OPG, but the effect of naringin on MC3T3-E1 cells was blocked by DKK1.",
    ],
)
def test_undone_effect_is_no_aim(text: str) -> None:
    assert _rels(text, TESTED) == set()


def test_effect_aim_kept() -> None:
    """Guard: the aim itself still gives TESTED_IN."""
    assert _rels("We studied the effect of naringin on MC3T3-E1 cells.", TESTED) == {
        ("naringin", "MC3T3-E1")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive's subject reaches no earlier active verb's objects
        (
            "H2O2 lowered the activities of SOD and CAT and the levels of GSH were raised by "
            "naringin.",
            {
                ("DOWN", "H2O2", "SOD"),
                ("DOWN", "H2O2", "CAT"),
                ("DOWN", "H2O2", "GSH"),
                ("UP", "naringin", "GSH"),
            },
        ),
        # a finding about a mechanism is no aim ("in" after "mechanism of X" only after "to …")
        (
            "Our data clarify the mechanism of naringin in inhibiting RANKL secretion.",
            {("DOWN", "naringin", "RANKL")},
        ),
        # "targets" after a noun lead is a noun; the list goes on past it
        (
            "Naringin suppressed NF-κB and its downstream targets MMP-9 and COX-2.",
            {
                ("DOWN", "Naringin", "NF-κB"),
                ("DOWN", "Naringin", "MMP-9"),
                ("DOWN", "Naringin", "COX-2"),
            },
        ),
    ],
)
def test_second_review_guards(text: str, expected) -> None:
    assert _directed(text) == expected


def test_herb_abbreviation_that_starts_its_name_stays() -> None:
    """A capitalised short form that starts a word of the plant's name is its abbreviation."""
    found = _typed("Cortex Eucommiae (Euc) was given to rats, and Euc raised ALP activity.")
    assert ("Euc", "ORGANISM") in found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a compound after a dose level names a group's code, no abbreviation of the compound
        (
            "Mice got the low dose (50 mg/kg) icariin (LI) or vehicle. LI raised ALP.",
            ("icariin", "COMPOUND"),
            ("LI", "COMPOUND"),
        ),
        # angiopoietins, their receptor and lung adenocarcinoma as rows
        ("淫羊藿苷上调血管生成素-1(Ang-1)的表达。", ("Ang-1", "GENE"), None),
        ("Icariin raised Tie2 expression.", ("Tie2", "GENE"), None),
        ("黄芩苷抑制人肺腺癌细胞增殖。", ("肺腺癌", "DISEASE"), None),
        # two Chinese disease names written together are one (a complication)
        ("黄芪甲苷改善糖尿病视网膜病。", ("糖尿病视网膜病", "DISEASE"), ("糖尿病", "DISEASE")),
    ],
)
def test_dose_codes_rows_and_joined_diseases(text: str, present, absent) -> None:
    found = _typed(text)
    assert present in found and absent not in found


def test_formation_from_cells_regulates_the_cells() -> None:
    text = "Calycosin promoted osteoblast formation from BMSCs."
    assert _directed(text) == {("UP", "Calycosin", "BMSCs")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stimulus written as such anywhere in the paper is never an arm's agent
        (
            "Chondrocytes were stimulated with IL-1β and treated with naringin. MMP-13 was "
            "decreased in the naringin + IL-1β group.",
            {("DOWN", "naringin", "MMP-13")},
        ),
        # an aim noun's "in V-ing" with a passive aim verb after it is an aim, no finding
        ("The role of naringin in promoting BMSC proliferation was investigated.", set()),
    ],
)
def test_third_review_guards(text: str, expected) -> None:
    assert _directed(text) == expected


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # two named diseases side by side stay two (a list without its marks)
        ("纳入高血压糖尿病患者。", ("高血压", "DISEASE"), ("高血压糖尿病", "DISEASE")),
        # "a low dose of X (ABBR)" keeps the abbreviation of the compound
        (
            "A low dose of naringin (NRG) was given, and NRG raised ALP.",
            ("NRG", "COMPOUND"),
            None,
        ),
        # isoforms with a modifier after them stay one gene
        ("Naringin lowered HIF-1α/2α-mediated VEGF release.", ("HIF-1α/2α", "GENE"), None),
    ],
)
def test_third_review_entities(text: str, present, absent) -> None:
    found = _typed(text)
    assert present in found and absent not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model's animal before "model was induced by X" is where the inducer is tested
        ("A diabetic mouse model was induced by alloxan.", {("alloxan", "mouse")}),
        (
            "A rat model of bone loss was induced by prednisone.",
            {("prednisone", "rat")},
        ),
        # guard: a procedure inducer gives nothing
        ("The rat model was induced by ovariectomy.", set()),
    ],
)
def test_model_animal_before_its_inducer(text: str, expected) -> None:
    assert _rels(text, TESTED) == expected
