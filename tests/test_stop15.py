"""Fifteenth stop (2026-12-05): general constructions the seen yardsticks showed missing, on
sentences of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_stop10 import _rels, _texts
from test_stop14 import _norms

from puerextract.extract import extract_text

TESTED = "TESTED_IN"


def _directed(text: str) -> set[tuple[str, str, str]]:
    """(UP or DOWN, agent, target) for each regulation of ``text``."""
    up = {("UP", a, b) for a, b in _rels(text, "UPREGULATES")}
    return up | {("DOWN", a, b) for a, b in _rels(text, "DOWNREGULATES")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how a model is set up: the inducer given by injection is TESTED_IN the animals
        (
            "Hyperglycaemia was produced by injecting alloxan into Wistar rats.",
            {("alloxan", "Wistar rats")},
        ),
        (
            "A lung fibrosis model was established by injecting bleomycin into C57BL/6 mice.",
            {("bleomycin", "C57BL/6 mice")},
        ),
        # "induced by X in Y": the inducer and the system both after the words
        (
            "Silymarin relieved the liver fibrosis induced by carbon tetrachloride in rats.",
            {("carbon tetrachloride", "rats")},
        ),
        (
            "We used a model of nephrotoxicity induced by cisplatin in mice.",
            {("cisplatin", "mice")},
        ),
        # guard: the compound before "induced by" is no inducer, and a procedure inducer
        # gives nothing (a result locative)
        (
            "Baicalin lessened the cell death induced by hypoxia in the mice.",
            set(),
        ),
    ],
)
def test_model_inducers(text: str, expected: set[tuple[str, str]]) -> None:
    assert _rels(text, TESTED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mice received daily tail vein injections of icariin.", ("icariin", "Mice")),
        ("The rats were given two intraperitoneal injections of naringin.", ("naringin", "rats")),
        ("Rats received oral administration of icariin.", ("icariin", "Rats")),
    ],
)
def test_giving_noun_after_a_giving_verb(text: str, expected: tuple[str, str]) -> None:
    # the noun (injection of, administration of) is the verb's object: the verb gives the
    # compound to the animals named before it
    assert _rels(text, TESTED) == {expected}


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a code that opens with digits in a list of lines before "cells"
        ("Icariin slowed the growth of SW480, HT-29 and 22Rv1 cells.", ["SW480", "HT-29", "22Rv1"]),
        # a serial comma before the last line
        (
            "Icariin slowed the growth of SW480, HT-29, and 786-O cells.",
            ["SW480", "HT-29", "786-O"],
        ),
        # the cell-line words before the list, with a comma
        ("Icariin was tested on the cell lines SW480 and 95D.", ["SW480", "95D"]),
        # guard: one digit before a capital is a culture's dimension, no code
        ("Caco-2, 2D and 3D cell cultures were compared.", []),
        # Cellosaurus names without digits, listed before the cue
        ("Icariin slowed the growth of AGS, MKN-45 and HGC-27 cells.", ["AGS", "MKN-45", "HGC-27"]),
        # guard: a gene after a cued line stays a gene
        ("SW480 cells and TNF-α were studied.", ["SW480"]),
    ],
)
def test_listed_cell_lines(text: str, lines: list[str]) -> None:
    assert _texts(text, "CELL_LINE") == lines


@pytest.mark.parametrize(
    ("text", "quantity", "note"),
    [
        ("给予槲皮素 50 mg·kg~(-1)·d~(-1)灌胃。", "50 mg·kg~(-1)·d~(-1)", "unit=mg/kg/d"),
        ("以 20 μmol·L~(-1) 芦丁处理细胞。", "20 μmol·L~(-1)", "unit=umol/L"),
        ("黄芪多糖 40 g·L~(-1) 作用 24 h。", "40 g·L~(-1)", "unit=g/L"),
    ],
)
def test_cnki_superscript_units(text: str, quantity: str, note: str) -> None:
    found = [e for e in extract_text(text).entities if e.type == "CONCENTRATION"]
    assert [e.text for e in found] == [quantity]
    assert note in found[0].note
    assert text[found[0].start : found[0].end] == quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attributive participle of a fall, undone: a rise
        ("The lowered GPx activity was restored by baicalin.", {("UP", "GPx")}),
        ("The depleted activity of catalase was prevented by baicalin.", {("UP", "catalase")}),
        # undone in the compound's arm
        (
            "The diminished SOD activity was reversed in the baicalin-treated group.",
            {("UP", "SOD")},
        ),
        # a rise undone: a fall, and the participle gives no rise of its own
        ("The elevated levels of IL-6 were attenuated by baicalin.", {("DOWN", "IL-6")}),
        # guard: a participle with a verb of its own stays a finding
        ("Baicalin increased ALP activity.", {("UP", "ALP")}),
    ],
)
def test_attributive_changes_undone(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(d, b) for d, a, b in _directed(text)} == expected


@pytest.mark.parametrize(
    ("text", "norms"),
    [
        (
            "检测肿瘤坏死因子受体1(TNFR1)蛋白表达。",
            {"肿瘤坏死因子受体1": "hgnc:TNFRSF1A", "TNFR1": "hgnc:TNFRSF1A"},
        ),
        ("TNF receptor 2 rose.", {"TNF receptor 2": "hgnc:TNFRSF1B"}),
    ],
)
def test_tnf_receptors(text: str, norms: dict[str, str]) -> None:
    assert _norms(text, "GENE") == norms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the compound right after the words, not one before them nor a later one (the mice
        # before the words are no system either: curcumin's pair is missed)
        (
            "Mice were anesthetized with isoflurane before injections of curcumin.",
            set(),
        ),
        ("Liver injury induced by ischemia in mice was aggravated by ROS accumulation.", set()),
        ("The cell death induced by oxygen-glucose deprivation in neurons was measured.", set()),
        # not the system before the words (a wrong pair on an unread yardstick)
        ("Rats were made diabetic by injecting streptozotocin.", set()),
    ],
)
def test_after_direction_takes_the_next_compound(text: str, expected: set) -> None:
    assert _rels(text, TESTED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by" reaches the compound past a treatment noun, as before this stop
        ("The depletion of SOD was reversed by oral dosing with curcumin.", {("UP", "SOD")}),
        # "in" naming no arm: the compound before the subject
        (
            "In the baicalin group, the decrease of SOD activity was reversed in the liver.",
            {("UP", "SOD")},
        ),
        # a stimulus after "in" is no arm
        ("The decreased SOD activity was restored in LPS-stimulated cells.", set()),
        # a lowering verb on a lowering participle: a fall
        ("The decreased Bcl-2 expression was further reduced by curcumin.", {("DOWN", "Bcl-2")}),
    ],
)
def test_passive_agents_after_review(text: str, expected: set) -> None:
    assert {(d, b) for d, a, b in _directed(text)} == expected


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("给予槲皮素 50 mg kg~(-1) d~(-1)。", "50 mg kg~(-1) d~(-1)"),
        ("给予槲皮素 50 mg·kg~(-1)·d^(-1)灌胃。", "50 mg·kg~(-1)·d^(-1)"),
    ],
)
def test_cnki_units_spaced_and_caret(text: str, quantity: str) -> None:
    assert _texts(text, "CONCENTRATION") == [quantity]


@pytest.mark.parametrize(
    ("text", "norms"),
    [
        (
            "Korean red ginseng and American ginseng were compared.",
            {"Korean red ginseng": "ncbitaxon:4054", "American ginseng": "ncbitaxon:44588"},
        ),
        ("红参与西洋参的比较。", {"红参": "ncbitaxon:4054", "西洋参": "ncbitaxon:44588"}),
    ],
)
def test_ginseng_materials(text: str, norms: dict[str, str]) -> None:
    assert _norms(text, "ORGANISM") == norms


def test_cytochrome_c_and_its_oxidase() -> None:
    text = "Cyt-c release rose while cytochrome c oxidase activity fell."
    genes = _norms(text, "GENE")
    # the oxidase is a complex of many genes: a MeSH family row, no single identifier
    assert genes == {"Cyt-c": "hgnc:CYCS", "cytochrome c oxidase": None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change noun opening the subject of a finding verb, and the compound given after it
        (
            "A marked decrease of TIMP-1 was noted after treatment with quercetin.",
            {("DOWN", "quercetin", "TIMP-1")},
        ),
        (
            "An increase in GPx activity was detected in hepatocytes exposed to quercetin.",
            {("UP", "quercetin", "GPx")},
        ),
        ("A rise of ALP was seen in the quercetin-treated group.", {("UP", "quercetin", "ALP")}),
        (
            "An increase of Runx2 was seen in the quercetin-treated group.",
            {("UP", "quercetin", "Runx2")},
        ),
        # guards: a compound other than the paper's tested one (the model's stimulus), and a
        # reference group, give nothing
        (
            "Effects of luteolin on macrophages\nA marked increase of IL-6 was observed after"
            " LPS stimulation.",
            set(),
        ),
        (
            "Luteolin and bone cells\nA rise of Bax was seen after incubation with"
            " H2O2, which was reversed by luteolin.",
            set(),
        ),
        ("A decrease of ALP was observed in the model group.", set()),
    ],
)
def test_observed_changes(text: str, expected: set) -> None:
    assert _directed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition between the passive's subject and its verb
        ("MMP-13, a collagen-degrading enzyme, was lowered by luteolin.", {("luteolin", "MMP-13")}),
        (
            "COX-2 and iNOS, two enzymes of inflammation, were lowered by luteolin.",
            {("luteolin", "COX-2"), ("luteolin", "iNOS")},
        ),
        # guard: a name inside the apposition is no target
        ("HO-1, a target of Nrf2, was lowered by luteolin.", {("luteolin", "HO-1")}),
    ],
)
def test_apposition_before_a_passive(text: str, expected: set) -> None:
    assert _rels(text, "DOWNREGULATES") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fate written between the trigger and its effect noun
        ("白藜芦醇对 HepG2 细胞的抑制增殖作用显著。", {("白藜芦醇", "HepG2")}),
        ("白藜芦醇对 HepG2 细胞的抑制迁移效果明显。", {("白藜芦醇", "HepG2")}),
        # guard: the fate before the trigger, as the eleventh stop reads it
        ("白藜芦醇对 HepG2 细胞的增殖抑制作用显著。", {("白藜芦醇", "HepG2")}),
    ],
)
def test_dui_fate_before_effect_noun(text: str, expected: set) -> None:
    assert _rels(text, "DOWNREGULATES") == expected


def test_bare_ischemia_reperfusion_zh() -> None:
    found = [(e.text, e.norm) for e in extract_text("缺血/再灌注后 24 h 取材。").entities]
    assert ("缺血/再灌注", "mesh:D015427") in found
    # the organ joins it, as in 脑缺血再灌注损伤 (twenty-second stop)
    found = [(e.text, e.norm) for e in extract_text("脑缺血/再灌注后 24 h 取材。").entities]
    assert ("脑缺血/再灌注", "mesh:D015427") in found


def test_stimulation_is_no_stimulus_word() -> None:
    # "X stimulation" is how papers write the tested agent too (a review finding)
    text = "Cells were treated with genistein.\nGenistein stimulation raised ALP; it upregulated Runx2."
    assert ("Genistein", "ALP") in _rels(text, "UPREGULATES")


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # an apposition's subject stays in its clause: no earlier object, no self pair
        (
            "Cells were incubated with luteolin, and Bcl-2, an anti-apoptotic protein, was raised"
            " by luteolin.",
            ("luteolin", "luteolin"),
        ),
        (
            "Luteolin lowered IL-6 and TNF-α, a key cytokine, was also lowered by genistein.",
            ("genistein", "IL-6"),
        ),
    ],
)
def test_apposition_stays_in_its_clause(text: str, unexpected: tuple[str, str]) -> None:
    found = _rels(text, "UPREGULATES") | _rels(text, "DOWNREGULATES")
    assert unexpected not in found


def test_cytochrome_c_enzymes() -> None:
    text = "Cyt c oxidase and cytochrome c reductase activities rose."
    genes = _norms(text, "GENE")
    assert genes == {"Cyt c oxidase": None, "cytochrome c reductase": None}


@pytest.mark.parametrize(
    ("text", "genes", "compounds"),
    [
        ("Glucocorticoid receptor levels rose.", ["Glucocorticoid receptor"], []),
        ("心型脂肪酸结合蛋白升高。", ["心型脂肪酸结合蛋白"], []),
        ("维甲酸受体α表达降低。", ["维甲酸受体α"], []),
        # guards: the compound alone stays a compound; a lexicon gene keeps its identifier
        ("Retinoic acid was given.", [], ["Retinoic acid"]),
        ("Lactate dehydrogenase rose.", ["Lactate dehydrogenase"], []),
    ],
)
def test_compound_named_protein(text: str, genes: list[str], compounds: list[str]) -> None:
    assert _texts(text, "GENE") == genes
    assert _texts(text, "COMPOUND") == compounds


def test_class_before_members_and_herbal_abbreviation() -> None:
    # the class noun between a change and its members; a herbal material's abbreviation is an
    # agent as its long form is, in its arm
    text = (
        "American ginseng (AG) was given to rats. The markedly depleted activity of the"
        " antioxidant enzymes GPx and catalase was prevented in the AG-administered group."
    )
    assert _rels(text, "UPREGULATES") == {("AG", "GPx"), ("AG", "catalase")}


def test_animal_group_is_no_arm() -> None:
    assert _rels("The lowered SOD activity was reversed in the rat group.", "UPREGULATES") == set()


@pytest.mark.parametrize(
    ("text", "genes", "compounds"),
    [
        # a third review's cases: no name cut out of a longer word, no receptor binding, no
        # reagent oxidase
        ("雄激素受体的表达被下调。", [], ["激素"]),
        ("Curcumin receptor binding was weak.", [], ["Curcumin"]),
        ("Glucose oxidase was used.", [], ["Glucose"]),
    ],
)
def test_compound_protein_guards(text: str, genes: list[str], compounds: list[str]) -> None:
    assert _texts(text, "GENE") == genes
    assert _texts(text, "COMPOUND") == compounds


def test_class_noun_does_not_swallow_its_member() -> None:
    text = "The decrease of SOD enzymes was reversed by luteolin."
    assert _rels(text, "UPREGULATES") == {("luteolin", "SOD")}


def test_gene_word_after_a_name_is_no_long_form() -> None:
    # 基因 between a known name and its abbreviation is the gene word, no name of its own
    text = "肿瘤坏死因子α基因(TNF-α)表达升高。"
    assert _texts(text, "GENE") == ["肿瘤坏死因子α", "TNF-α"]


@pytest.mark.parametrize(
    ("text", "name", "norm"),
    [
        # PDF text puts a space between a Greek letter and a digit in Chinese names
        ("转化生长因子 β 1 表达", "转化生长因子 β 1", "hgnc:TGFB1"),
        ("白细胞介素-1 β 水平", "白细胞介素-1 β", "hgnc:IL1B"),
    ],
)
def test_greek_digit_spaces_zh(text: str, name: str, norm: str) -> None:
    assert [(e.text, e.norm) for e in extract_text(text).entities] == [(name, norm)]


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        ("半胱天冬酶-3 活性升高。", "hgnc:CASP3"),
        ("天冬氨酸特异性半胱氨酸蛋白酶9 表达升高。", "hgnc:CASP9"),
        ("信号转导与转录激活因子3 磷酸化。", "hgnc:STAT3"),
    ],
)
def test_chinese_caspase_and_stat_names(text: str, norm: str) -> None:
    assert [e.norm for e in extract_text(text).entities if e.type == "GENE"] == [norm]


def test_nicotine_zh() -> None:
    found = [(e.text, e.norm) for e in extract_text("尼古丁组大鼠腹腔注射尼古丁。").entities]
    assert ("尼古丁", "pubchem:89594") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a long form after a mention of something else is still a long form (a review finding)
        ("小鼠骨保护蛋白(OPG)表达升高。", "骨保护蛋白"),
        ("小鼠Toll样受体4(TLR4)表达升高。", "Toll样受体4"),
    ],
)
def test_long_form_after_another_mention(text: str, name: str) -> None:
    assert name in _texts(text, "GENE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("转化生长因子β1型受体表达降低。", "转化生长因子β1型受体"),
        ("TGF-β1 type I receptor expression fell.", "TGF-β1 type I receptor"),
    ],
)
def test_type_receptor_is_not_the_ligand(text: str, name: str) -> None:
    genes = [(e.text, e.norm) for e in extract_text(text).entities if e.type == "GENE"]
    assert genes == [(name, None)]  # the receptor, no identifier; not TGFB1, the ligand
