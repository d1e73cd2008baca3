"""Voices and comparisons of regulation: a passive whose agent follows "following" or "after
treatment with", a passive with its treated group after it, a nominal with "of Y by X", a list of objects
across commas, a comparative with its own object, and the Chinese
group comparison "X 组 Y 含量低于模型组". Sentences written for the tests, under the packaged rules;
the last ones must give no relation or not the wrong one."""

from __future__ import annotations

import pytest
from test_relate_frames import given_to, rels  # relations under the packaged rules

from puerextract.extract import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive closed by "following" / "after treatment with": the agent after, target before
        (
            "Osterix expression was clearly enhanced following daidzein treatment.",
            {("UPREGULATES", "daidzein", "Osterix")},
        ),
        (
            "Serum IL-6 was markedly lowered after treatment with psoralen.",
            {("DOWNREGULATES", "psoralen", "IL-6")},
        ),
        (
            "OPG secretion was increased upon exposure to daidzein.",
            {("UPREGULATES", "daidzein", "OPG")},
        ),
        # "after" with no name right after it puts no agent there, and the target is no agent
        ("ALP activity was increased after 14 days of culture with daidzein.", set()),
        # the nominal "the promotion of Y by X" / "the inhibition of Y by X"
        (
            "The promotion of osteocalcin expression by psoralen was dose dependent.",
            {("UPREGULATES", "psoralen", "osteocalcin")},
        ),
        (
            "We observed a marked inhibition of NFATc1 by daidzein in these cells.",
            {("DOWNREGULATES", "daidzein", "NFATc1")},
        ),
        # a nominal's objects end at the sentence's verb: the name after it is no object
        (
            "Psoralen-dependent upregulation of osterix was lost after Noggin addition.",
            {("UPREGULATES", "Psoralen", "osterix")},
        ),
        # a comparative with its own object (a capitalised noun) shares no object with the next
        (
            "Compared with the OVX group, the daidzein group showed higher BMD and lower TRAP "
            "levels.",
            {("DOWNREGULATES", "daidzein", "TRAP")},
        ),
        # a lower-case modifier still shares the next verb's object
        (
            "Psoralen enhanced osteogenic and suppressed adipogenic differentiation of BMSCs.",
            {("UPREGULATES", "Psoralen", "BMSCs"), ("DOWNREGULATES", "Psoralen", "BMSCs")},
        ),
        # a passive with the treated group after it: the group's compound is the agent
        (
            "The expression of osterix was upregulated in the daidzein group.",
            {("UPREGULATES", "daidzein", "osterix")},
        ),
        (
            "Serum OPG was raised in psoralen-treated mice.",
            {("UPREGULATES", "psoralen", "OPG")},
        ),
        # a reference group or a cell line after the passive is no agent
        ("Osterix was upregulated in the OVX group.", set()),
        ("Osterix was upregulated in MC3T3-E1 cells.", set()),
        # an English list of objects goes on after a comma: "the N1, the N2 of Y and the N3"
        (
            "Psoralen enhanced the migration rate, the secretion of OPG and the extent of matrix "
            "mineralization.",
            {("UPREGULATES", "Psoralen", "OPG")},
        ),
        (
            "Psoralen reduced Bax, cleaved PARP and cleaved caspase-3.",
            {
                ("DOWNREGULATES", "Psoralen", "Bax"),
                ("DOWNREGULATES", "Psoralen", "PARP"),  # a GENE since the thirteenth stop
                ("DOWNREGULATES", "Psoralen", "caspase-3"),
            },
        ),
        # names written with their abbreviations, and a list that ends before ", and <verb>"
        (
            "Psoralen lowered tartrate-resistant acid phosphatase (TRAP), c-Fos and "
            "cathepsin K (CTSK).",
            {
                ("DOWNREGULATES", "Psoralen", "tartrate-resistant acid phosphatase"),
                ("DOWNREGULATES", "Psoralen", "c-Fos"),
                ("DOWNREGULATES", "Psoralen", "cathepsin K"),
            },
        ),
        (
            "Psoralen lowered the survival rate, OPG secretion and the area of calcified matrix, "
            "and raised caspase activity.",
            # the caspase family is a GENE since the thirteenth stop
            {("DOWNREGULATES", "Psoralen", "OPG"), ("UPREGULATES", "Psoralen", "caspase")},
        ),
        # a change noun right after a name, under an earlier trigger, regulates nothing itself
        (
            "Psoralen curbs resorption while suppressing p38 signalling plus NFATc1 activation.",
            {
                ("DOWNREGULATES", "Psoralen", "p38 signalling"),
                ("DOWNREGULATES", "Psoralen", "NFATc1"),
            },
        ),
        (
            "补骨脂素可能通过阻断 p65 活化及其下游 c-Fos 表达抑制破骨细胞分化。",
            {
                ("DOWNREGULATES", "补骨脂素", "p65"),
                ("DOWNREGULATES", "补骨脂素", "c-Fos"),
                ("DOWNREGULATES", "补骨脂素", "破骨细胞"),
            },
        ),
        # after a phrase of means the nouns are statements of their own
        (
            "Psoralen raised bone mass through sclerostin suppression and β-catenin activation.",
            {
                ("DOWNREGULATES", "Psoralen", "sclerostin"),
                ("UPREGULATES", "Psoralen", "β-catenin"),
            },
        ),
        # a compound named as the condition is no target
        (
            "Psoralen protects the mineralization of BMSCs cultured under high glucose.",
            {("UPREGULATES", "Psoralen", "BMSCs")},
        ),
        (
            "补骨脂素促进地塞米松作用下小鼠骨髓间充质干细胞成骨分化",
            {("UPREGULATES", "补骨脂素", "骨髓间充质干细胞")},
        ),
        # a list whose items carry their own verbs is no list of objects: no agent among them
        ("The model animals displayed elevated RANKL, reduced OPG and decreased osterix.", set()),
        # an opener's comma and a comma before "and" + a new subject still end the clause
        (
            "For 3 days, psoralen and daidzein raised OPG.",
            {("UPREGULATES", "psoralen", "OPG"), ("UPREGULATES", "daidzein", "OPG")},
        ),
        (
            "Psoralen raised OPG, and daidzein lowered RANKL.",
            {("UPREGULATES", "Psoralen", "OPG"), ("DOWNREGULATES", "daidzein", "RANKL")},
        ),
        # the Chinese group comparison: 高于/低于 the reference group
        (
            "补骨脂素组大鼠骨密度明显高于模型组，血清 IL-6 含量明显低于模型组。",
            {("DOWNREGULATES", "补骨脂素", "IL-6")},
        ),
        (
            "与模型组相比，大豆苷元高剂量组 OPG 表达高于模型组，RANKL 表达低于模型组。",
            {("UPREGULATES", "大豆苷元", "OPG"), ("DOWNREGULATES", "大豆苷元", "RANKL")},
        ),
        # the reference group between the theme and the trigger; a treatment word in the label
        (
            "补骨脂素处理组 β-catenin 蛋白表达较模型组明显升高。",
            {("UPREGULATES", "补骨脂素", "β-catenin")},
        ),
        ("模型组 β-catenin 蛋白表达较对照组明显升高。", set()),
        # no compound in the group: the model group against the control gives nothing
        ("模型组 IL-6 水平高于对照组。", set()),
        # a threshold of concentration is no regulation
        ("补骨脂素浓度高于 100 μmol/L 时细胞活力下降。", set()),
        # denied: no relation
        ("Daidzein had no effect on the expression of Runx2.", set()),
    ],
)
def test_voice(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "never"),
    [
        # the tested compound (the title's first) written as an inducer: its own effect
        (
            "Daidzein in bone repair\nU0126 prevented the daidzein-induced increase of osterix "
            "and OPG.",
            {("UPREGULATES", "daidzein", "osterix"), ("UPREGULATES", "daidzein", "OPG")},
            set(),
        ),
        (
            "Daidzein in bone repair\nNoggin cancelled daidzein-induced Smad4 activation and "
            "Runx2 upregulation.",
            {("UPREGULATES", "daidzein", "Smad4"), ("UPREGULATES", "daidzein", "Runx2")},
            {("UPREGULATES", "Noggin", "Runx2")},
        ),
        (
            "补骨脂素与自噬\n补骨脂素诱导的 LC3-Ⅱ 升高和 p62 降解均被阻断。",
            {("UPREGULATES", "补骨脂素", "LC3-Ⅱ"), ("DOWNREGULATES", "补骨脂素", "p62")},
            set(),
        ),
        # an inhibitor that undoes the induced rise lowers what rose
        (
            "Daidzein in bone repair\nThe MEK blocker U0126 fully reversed the daidzein-induced "
            "increase of osterix.",
            {("UPREGULATES", "daidzein", "osterix"), ("DOWNREGULATES", "U0126", "osterix")},
            set(),
        ),
        (
            "大豆苷元与骨修复\n先加入 Noggin 预处理后，大豆苷元引起的 OPG 分泌升高被部分抑制。",
            {("UPREGULATES", "大豆苷元", "OPG"), ("DOWNREGULATES", "Noggin", "OPG")},
            set(),
        ),
        # a stimulus (not the title's compound) written as an inducer regulates nothing
        (
            "Daidzein in bone repair\nCortisol-induced osterix decrease was marked.",
            set(),
            {("DOWNREGULATES", "Cortisol", "osterix")},
        ),
    ],
)
def test_induced_change_of_the_tested_compound(text, expected, never):
    found = rels(text)
    assert expected <= found and not (never & found)


def treats(text: str) -> set[tuple[str, str]]:
    ann = extract_text(text, "t")
    by_id = ann.entity_by_id()
    return {(by_id[r.arg1].text, by_id[r.arg2].text) for r in ann.relations if r.type == "TREATS"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # promoting an injury's healing treats it, in both languages
        ("Psoralen promotes tibial fracture healing in mice.", {("Psoralen", "tibial fracture")}),
        ("大豆苷元促进成骨细胞增殖及小鼠胫骨骨折愈合。", {("大豆苷元", "胫骨骨折")}),
        # healing named without a compound promoting it treats nothing
        ("Fracture healing was slower in aged mice.", set()),
        # a protective effect against a disease (X 对 Y 具有保护作用)
        ("大豆苷元对骨关节炎具有保护作用。", {("大豆苷元", "骨关节炎")}),
        # the field's conclusion phrases
        (
            "Daidzein may be a potential therapeutic option for osteoporosis.",
            {("Daidzein", "osteoporosis")},
        ),
        (
            "Daidzein has therapeutic potential in septic arthritis.",
            {("Daidzein", "arthritis")},
        ),
        (
            "Daidzein is a potential drug for the management of periodontitis.",
            {("Daidzein", "periodontitis")},
        ),
        ("大豆苷元有望用于骨质疏松症的临床治疗。", {("大豆苷元", "骨质疏松症")}),
        # protecting a tissue in a disease treats it
        (
            "Psoralen protects articular cartilage in experimental osteoarthritis in rats.",
            {("Psoralen", "osteoarthritis")},
        ),
        # lowering a damage in a disease model treats the disease (the model's inducer is no
        # trigger between them; rats with, a rat model of: modifiers before the disease)
        (
            "Daidzein inhibited alveolar bone loss in ligature-induced periodontitis in rats.",
            {("Daidzein", "periodontitis")},
        ),
        (
            "Psoralen suppressed cartilage erosion in a rat model of osteoarthritis, as expected.",
            {("Psoralen", "osteoarthritis")},
        ),
        (
            "Daidzein reduced osteoclast numbers in mice with inflammatory arthritis.",
            {("Daidzein", "arthritis")},
        ),
        # not when the lowering has a gene or pathway object: a result inside the disease
        ("Daidzein lowered MMP-13 levels in osteoarthritis knees.", set()),
        # nor for a disease naming the cells, nor across a clause mark
        ("Psoralen inhibited apoptosis in osteoarthritis chondrocytes.", set()),
        ("Daidzein inhibited bone loss; in periodontitis the effect was weaker.", set()),
        # nor with an increase of anything but bone (DECISIONS, sixth stop)
        ("Psoralen raised serum calcium in rats with periodontitis.", set()),
        (
            "Psoralen raised the bone volume fraction in rats with periodontitis.",
            {("Psoralen", "periodontitis")},
        ),
    ],
)
def test_treats(text, expected):
    assert treats(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model-inducing compound is TESTED_IN the animals past the model's disease name
        (
            "大豆苷元对地塞米松诱导的骨质疏松大鼠骨密度的作用",
            {("地塞米松", "大鼠"), ("大豆苷元", "大鼠")},  # and the aim's compound
        ),
        # 所致 is an inducer word: the stressor is given to the rats, and regulates nothing
        ("大豆苷元可改善泼尼松所致大鼠骨量减少。", {("泼尼松", "大鼠")}),
        # an inducer written with its abbreviation
        ("In alloxan (ALX)-induced diabetic mice, bone mass fell.", {("alloxan", "mice")}),
    ],
)
def test_model_inducer_is_tested_in_the_model(text, expected):
    assert given_to(text) == expected


def test_a_stressor_written_with_suo_zhi_is_no_target():
    assert rels("大豆苷元可改善泼尼松所致大鼠骨量减少。") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stimulus between the sparing verb and the cells' death or injury
        ("Psoralen attenuated the IL-1β-stimulated apoptosis of chondrocytes.", {"chondrocytes"}),
        ("Daidzein attenuated H2O2-induced oxidative injury of BMSCs.", {"BMSCs"}),
        # a Chinese verb touching a Latin name (减轻IL-1β…), inflammation of the cells
        ("大豆苷元减轻IL-1β诱导的软骨细胞凋亡。", {"软骨细胞"}),
        # the cells' inflammation is no death (gold/DECISIONS.md): no regulation of the cells
        ("补骨脂素可减轻IL-1β诱导的大鼠软骨细胞炎症反应。", set()),
        ("大豆苷元减轻H2O2诱导的成骨细胞氧化损伤。", {"成骨细胞"}),
    ],
)
def test_sparing_cells_from_a_stimulus(text, expected):
    ann = extract_text(text, "t")
    by_id = ann.entity_by_id()
    found = {
        (by_id[r.arg1].type, by_id[r.arg2].text) for r in ann.relations if r.type == "UPREGULATES"
    }
    assert found == {("COMPOUND", cell) for cell in expected}


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("大豆苷元可降低ROS水平，减轻软骨细胞凋亡。", "大豆苷元"),
        ("Daidzein lowered ROS levels and attenuated chondrocyte apoptosis.", "Daidzein"),
    ],
)
def test_a_lowered_compound_is_no_sparing_agent(text, agent):
    # ROS is lowered by the compound; the compound spares the cells, not ROS
    ann = extract_text(text, "t")
    by_id = ann.entity_by_id()
    assert {by_id[r.arg1].text for r in ann.relations if r.type == "UPREGULATES"} == {agent}


def test_an_absent_hormone_spares_nothing():
    for text in (
        "雌激素缺乏使破骨细胞凋亡减少。",
        "Estrogen deficiency reduced osteoclast apoptosis.",
    ):
        assert not [r for r in extract_text(text, "t").relations if r.type == "UPREGULATES"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Daidzein and psoralen increased Runx2 and ALP activity, respectively.",
            {("UPREGULATES", "Daidzein", "Runx2"), ("UPREGULATES", "psoralen", "ALP")},
        ),
        # without the word, or with it about the numbers, every agent regulates every target
        (
            "Daidzein and psoralen increased Runx2 and ALP.",
            {
                ("UPREGULATES", "Daidzein", "Runx2"),
                ("UPREGULATES", "Daidzein", "ALP"),
                ("UPREGULATES", "psoralen", "Runx2"),
                ("UPREGULATES", "psoralen", "ALP"),
            },
        ),
        (
            "Daidzein and psoralen increased Runx2 and ALP by 20% and 30%, respectively.",
            {
                ("UPREGULATES", "Daidzein", "Runx2"),
                ("UPREGULATES", "Daidzein", "ALP"),
                ("UPREGULATES", "psoralen", "Runx2"),
                ("UPREGULATES", "psoralen", "ALP"),
            },
        ),
    ],
)
def test_respectively_pairs_agents_and_targets_in_order(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a value the theme fell from and fell to (由 … 降至 …)
        (
            "与模型组比较，大豆苷元组血清 TRAP 由（6.8±0.7）U/L 降至（4.1±0.5）U/L。",
            {("DOWNREGULATES", "大豆苷元", "TRAP")},
        ),
        # a change noun between the theme and a trigger after it (核转位, 磷酸化)
        ("大豆苷元高剂量组 NFATc1 核转位明显减弱。", {("DOWNREGULATES", "大豆苷元", "NFATc1")}),
        ("补骨脂素组 p65 磷酸化明显减弱。", {("DOWNREGULATES", "补骨脂素", "p65")}),
    ],
)
def test_chinese_results_of_a_group(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound countering a stimulus's induced change regulates against the change
        (
            "Psoralen (10 μM) reversed the dexamethasone-induced decrease in ALP activity.",
            {("UPREGULATES", "Psoralen", "ALP")},
        ),
        (
            "Daidzein attenuated the LPS-induced increase in TNF-α expression.",
            {("DOWNREGULATES", "Daidzein", "TNF-α")},
        ),
        ("大豆苷元可抑制 LPS 诱导的 TNF-α 升高。", {("DOWNREGULATES", "大豆苷元", "TNF-α")}),
        ("大豆苷元逆转了地塞米松诱导的 ALP 活性降低。", {("UPREGULATES", "大豆苷元", "ALP")}),
        ("大豆苷元减轻了 H2O2 诱导的 ROS 增加。", {("DOWNREGULATES", "大豆苷元", "ROS")}),
        # the stimulus itself regulates nothing
        ("In the cells, the dexamethasone-induced decrease in ALP activity was marked.", set()),
    ],
)
def test_a_compound_countering_a_stimulus(text, expected):
    # a title first, so that the tested compound is not the stimulus
    found = rels("大豆苷元与补骨脂素的研究\n" + text)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tested compound opening a clause as "X-treated <animals>": the agent of its results;
        # fewer cells is a count of them
        (
            "Psoralen-treated mice showed higher Runx2 expression and fewer osteoclasts than OVX mice.",
            {("UPREGULATES", "Psoralen", "Runx2"), ("DOWNREGULATES", "Psoralen", "osteoclasts")},
        ),
        # a gene stained for is no agent
        ("TRAP staining revealed fewer F-actin belts in the psoralen group.", set()),
    ],
)
def test_treated_animals_and_counted_cells(text, expected):
    assert rels("补骨脂素的研究\n" + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model's inducer and the compound given after it are tested in the model's system
        (
            "采用 H2O2 建立 MC3T3-E1 细胞氧化损伤模型，并给予补骨脂素预处理。",
            {("H2O2", "MC3T3-E1"), ("补骨脂素", "MC3T3-E1")},
        ),
        # the system before the build word, in its clause
        (
            "以 10 ng/mL IL-1β 刺激软骨细胞 24 h 建立炎症细胞模型，并分别给予不同浓度补骨脂素干预。",
            {("补骨脂素", "软骨细胞")},
        ),
        # a compound with a system of its own after it is not given to the model
        (
            "以地塞米松建立大鼠骨质疏松模型，观察补骨脂素对成骨细胞的作用。",
            {("地塞米松", "大鼠"), ("补骨脂素", "成骨细胞")},
        ),
    ],
)
def test_a_model_frame_carries_its_system(text, expected):
    assert given_to(text) == expected


def test_review_cases_give_no_wrong_relation():
    """Cases a review of this stop's rules found (each gave a wrong relation before)."""
    # a denied or restricted treatment claim
    assert treats("Psoralen did not inhibit bone loss in periodontitis.") == set()
    assert treats("Psoralen reduced bone loss in periodontitis but not in osteoporosis.") == {
        ("Psoralen", "periodontitis")
    }
    # a denied countering, and the unspaced Chinese form of a countering
    assert rels("补骨脂素研究\n补骨脂素未能逆转 LPS 诱导的 TNF-α 升高。") == set()
    assert rels("补骨脂素研究\n补骨脂素可抑制LPS诱导的TNF-α升高。") == {
        ("DOWNREGULATES", "补骨脂素", "TNF-α")
    }
    # an assay reagent is not given to a model
    assert given_to("采用H2O2建立MC3T3-E1细胞损伤模型，CCK-8法检测细胞活力。") == {
        ("H2O2", "MC3T3-E1")
    }
    # a fate stem inside a longer word is no fate of the cells
    assert rels("Psoralen inhibited osteoblasts in antiproliferative medium.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a treatment frame before passive results named with "gene expression"
        (
            "With 10(-7) mol/L daidzein treatment, Runx2 and OPG gene expression is "
            "up-regulated, while the RANKL gene expression is down-regulated.",
            {
                ("UPREGULATES", "daidzein", "Runx2"),
                ("UPREGULATES", "daidzein", "OPG"),
                ("DOWNREGULATES", "daidzein", "RANKL"),
            },
        ),
        # a list of objects whose first item is no name, a name after one modifier word
        (
            "Genistein increased bone stiffness, serum osteocalcin and ALP.",
            {("UPREGULATES", "Genistein", "osteocalcin"), ("UPREGULATES", "Genistein", "ALP")},
        ),
        ("Genistein increased bone stiffness, osteocalcin remained unchanged.", set()),
        # a passive with the cells given the agent after it
        (
            "Osteocalcin was increased in the MC3T3-E1 cells incubated with genistein.",
            {("UPREGULATES", "genistein", "Osteocalcin")},
        ),
        ("Osteocalcin was increased in rats given the vehicle.", set()),
    ],
)
def test_treatment_frames_lists_and_cells_given_the_agent(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a governing trigger over a change noun: the directions compose
        ("Genistein inhibited the increase of TRAP.", {("DOWNREGULATES", "Genistein", "TRAP")}),
        ("Genistein inhibited the downregulation of OPG.", {("UPREGULATES", "Genistein", "OPG")}),
        ("Genistein promoted the inhibition of MMP13.", {("DOWNREGULATES", "Genistein", "MMP13")}),
        ("Genistein prevented the decrease in OPG.", {("UPREGULATES", "Genistein", "OPG")}),
        ("Genistein prevented the increase in RANKL.", {("DOWNREGULATES", "Genistein", "RANKL")}),
        ("Genistein inhibited the activation of NF-κB.", {("DOWNREGULATES", "Genistein", "NF-κB")}),
        # a nominal trigger of its own
        (
            "Genistein acts through co-activation of BMP-2 and Smad4.",
            {("UPREGULATES", "Genistein", "BMP-2"), ("UPREGULATES", "Genistein", "Smad4")},
        ),
    ],
)
def test_change_nouns_under_a_governing_trigger(text, expected):
    assert rels(text) == expected


def test_osteoclast_generation_and_impairing_verbs():
    assert rels("Celastrol can inhibit osteoclast generation.") == {
        ("DOWNREGULATES", "Celastrol", "osteoclast")
    }
    assert rels("Celastrol impairs osteoclast formation.") == {
        ("DOWNREGULATES", "Celastrol", "osteoclast")
    }


def test_an_en_dash_before_induced_joins_the_inducer():
    # typeset dashes: U+2010 in the names, an en dash (U+2013) before "induced"
    text = (
        "Celastrol blocked the TNF\u2010α\u2013induced over\u2010production of IL\u20106 and MMP13."
    )
    assert rels(text) == {
        ("DOWNREGULATES", "Celastrol", "IL\u20106"),
        ("DOWNREGULATES", "Celastrol", "MMP13"),
    }


def test_a_trigger_inside_parentheses_reaches_nothing_after_them():
    text = "分为正常组、模型组(IL-1β诱导)、健骨颗粒含药血清低、中、高干预组。"
    assert rels(text) == set()


def test_a_gene_naming_a_process_or_marking_cells_is_neither_target_nor_agent():
    assert rels("Celastrol suppressed RANKL-associated osteoclastogenesis.") == {
        ("DOWNREGULATES", "Celastrol", "osteoclast")
    }
    assert rels(
        "Celastrol suppressed receptor activator of nuclear factor-κB ligand (RANKL)-associated "
        "osteoclastogenesis."
    ) == {("DOWNREGULATES", "Celastrol", "osteoclast")}
    assert rels("TRAP-positive osteoclasts decreased with celastrol.") == set()


def test_an_inducer_word_is_no_verb_that_ends_a_list():
    text = (
        "Celastrol lowered the expression of MMP-1, MMP-3, and MMP-13 at the mRNA level in "
        "TNF-α-induced synovial cells."
    )
    assert rels(text) == {("DOWNREGULATES", "Celastrol", g) for g in ("MMP-1", "MMP-3", "MMP-13")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 灌服: oral giving, the animals before or after the verb (口服 is no trigger: 口服葡萄糖
        # 耐量试验 is a test)
        ("大鼠灌服补骨脂素 8 周后取股骨。", {("补骨脂素", "大鼠")}),
        ("测定灌服补骨脂素后小鼠血清 ALP 的变化。", {("补骨脂素", "小鼠")}),
        # 灌胃给予: two giving words as one
        ("各组大鼠分别灌胃给予补骨脂素 8 周。", {("补骨脂素", "大鼠")}),
        # 经 X 作用后: the cells before 经 are the system
        ("成骨细胞经补骨脂素作用后，增殖率明显升高。", {("补骨脂素", "成骨细胞")}),
        # no system named: nothing to be tested in
        ("补骨脂素作用后，SOD 活性明显升高。", set()),
    ],
)
def test_oral_giving_and_acting_words(text, expected):
    assert given_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowering verb on a loss raises what is lost, in both languages
        ("补骨脂素可抑制 IκBα 降解。", {("UPREGULATES", "补骨脂素", "IκBα")}),
        ("补骨脂素减少 II 型胶原的降解。", {("UPREGULATES", "补骨脂素", "II 型胶原")}),
        # a raising verb on a loss lowers it
        ("补骨脂素促进 IκBα 降解。", {("DOWNREGULATES", "补骨脂素", "IκBα")}),
        ("Psoralen promoted IκBα degradation.", {("DOWNREGULATES", "Psoralen", "IκBα")}),
        # the next name in a list without a loss word keeps the verb's direction
        (
            "补骨脂素抑制 IκBα 降解和 p65 磷酸化。",
            {("UPREGULATES", "补骨脂素", "IκBα"), ("DOWNREGULATES", "补骨脂素", "p65")},
        ),
    ],
)
def test_a_verb_on_a_loss_turns_the_other_way(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed item closing the list of themes before the trigger
        (
            "与模型组比较，补骨脂素组 ALP 活性和钙结节面积明显增加。",
            {("UPREGULATES", "补骨脂素", "ALP")},
        ),
        (
            "In the psoralen group, ALP activity and calcified nodule area were clearly increased.",
            {("UPREGULATES", "psoralen", "ALP")},
        ),
        # an item of another kind between is no list (而 opens a new clause)
        ("补骨脂素组 ALP 活性不变，而钙结节面积明显增加。", set()),
    ],
)
def test_an_unnamed_item_closing_a_list_of_themes(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a study aim naming a kind of effect states no treatment
        ("目的 探讨补骨脂素对去卵巢大鼠骨质疏松症的防治作用。", set()),
        ("本研究观察补骨脂素对小鼠骨关节炎软骨的保护作用。", set()),
        ("This study evaluates the preventive effect of psoralen on osteoporosis in rats.", set()),
        # a finding does
        ("结论 补骨脂素对去卵巢大鼠骨质疏松症具有防治作用。", {("补骨脂素", "骨质疏松症")}),
        ("有研究报道，补骨脂素对骨关节炎具有一定的防治作用。", {("补骨脂素", "骨关节炎")}),
        ("Our data show that psoralen prevents osteoporosis.", {("psoralen", "osteoporosis")}),
        # an aim whose verb gives the compound for the disease
        ("目的 观察补骨脂素治疗绝经后骨质疏松症的临床疗效。", {("补骨脂素", "绝经后骨质疏松症")}),
    ],
)
def test_a_study_aim_states_no_treatment(text, expected):
    assert treats(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # raising a gain of bone in a disease model treats the disease
        (
            "Psoralen markedly promoted bone formation in an ovariectomized (OVX)-induced "
            "osteoporotic mouse model.",
            {("Psoralen", "osteoporotic")},
        ),
        (
            "Psoralen restored bone mass in Dex-treated osteoporotic rats.",
            {("Psoralen", "osteoporotic")},
        ),
        # raising anything else there does not
        ("Psoralen raised serum IL-6 in the osteoporotic animals.", set()),
    ],
)
def test_a_gain_of_bone_in_a_disease_model_treats_it(text, expected):
    assert treats(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the therapeutic effects of X on a disease: a finding of treatment
        (
            "The therapeutic effects of psoralen on osteoporosis may involve OPG.",
            {("psoralen", "osteoporosis")},
        ),
        # an aim of the same form asks, and a plain effect names no treatment
        ("We aimed to explore the preventive effect of psoralen in osteoporosis.", set()),
        ("The effects of psoralen on osteoporosis in rats were studied.", set()),
    ],
)
def test_a_treating_effect_of_a_compound_on_a_disease(text, expected):
    assert treats(text) == expected


def test_a_group_result_compared_with_before():
    assert rels("补骨脂素组大鼠血清 OCN 水平较前有明显升高。") == {
        ("UPREGULATES", "补骨脂素", "OCN")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measured compound is no agent; a disease's extent is not read (DECISIONS, sixth stop)
        ("补骨脂素减少骨质疏松大鼠的体重。", set()),
        ("补骨脂素降低骨关节炎软骨细胞中 MMP-13 表达。", set()),
        ("雌激素水平降低是诱发骨质疏松症的重要原因。", set()),
    ],
)
def test_lowering_beside_a_disease(text, expected):
    assert treats(text) == expected


def test_a_dosing_time_before_the_group_goes_to_its_compound():
    def durations(text):
        ann = extract_text(text, "t")
        by = ann.entity_by_id()
        return {
            (by[r.arg1].text, by[r.arg2].text) for r in ann.relations if r.type == "HAS_DURATION"
        }

    assert durations("给药4周后，补骨脂素组大鼠血清 OCN 水平升高。") == {("补骨脂素", "4周")}
    assert durations("造模4周后，补骨脂素组大鼠血清 OCN 水平升高。") == set()
