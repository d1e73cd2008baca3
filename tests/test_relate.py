"""Relations: each guideline rule on sentences written for the tests."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def rels(text: str, rules_dir) -> set[tuple[str, str, str]]:
    ann = extract_text(text, "t", rules_dir)
    by_id = ann.entity_by_id()
    return {(r.type, by_id[r.arg1].text, by_id[r.arg2].text) for r in ann.relations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordination: each conjunct its own relation; a cell needs a proliferation word
        (
            "染料木素可促进成骨细胞的增殖，并上调 Runx2、ALP 的表达。",
            {
                ("UPREGULATES", "染料木素", "成骨细胞"),
                ("UPREGULATES", "染料木素", "Runx2"),
                ("UPREGULATES", "染料木素", "ALP"),
            },
        ),
        # a cell without a regulation word is only where the gene is
        ("染料木素可促进成骨细胞中 Runx2 的表达。", {("UPREGULATES", "染料木素", "Runx2")}),
        # neutral verbs and negation give nothing
        ("染料木素可调节成骨细胞的分化。", set()),
        ("染料木素未能降低 Runx2 的表达。", set()),
        ("Genistein did not inhibit Runx2 expression.", set()),
        # treatment wording
        ("葛根素可用于防治骨质疏松症。", {("TREATS", "葛根素", "骨质疏松症")}),
        ("Genistein prevented osteoporosis in rats.", {("TREATS", "Genistein", "osteoporosis")}),
        # long form preferred over its abbreviation
        (
            "葛根素降低碱性磷酸酶（ALP）的活性。",
            {("DOWNREGULATES", "葛根素", "碱性磷酸酶")},
        ),
        # English, elided subject in the second clause
        (
            "Genistein promoted the proliferation of osteoblasts, and increased ALP expression.",
            {
                ("UPREGULATES", "Genistein", "osteoblasts"),
                ("UPREGULATES", "Genistein", "ALP"),
            },
        ),
        # an inhibitor named with its target; given in a clause ending on 后, it is the subject
        # of the result after it (DECISIONS, eleventh stop)
        (
            "加入 PI3K 抑制剂 LY294002 后，Akt 降低。",
            {("DOWNREGULATES", "LY294002", "PI3K"), ("DOWNREGULATES", "LY294002", "Akt")},
        ),
        # a theme before its trigger: the subject of the sentence is the agent
        (
            "葛根素作用后，Runx2 的表达水平显著升高。",
            {("UPREGULATES", "葛根素", "Runx2")},
        ),
        # "promote X to differentiate into Y" links X only
        (
            "染料木素促进 MC3T3-E1 细胞向成骨细胞分化。",
            {("UPREGULATES", "染料木素", "MC3T3-E1")},
        ),
    ],
)
def test_trigger_rules(text, expected, rules_dir):
    assert rels(text, rules_dir) == expected


def test_tested_in_concentration_and_duration(rules_dir):
    got = rels("将 20 μmol/L 葛根素用于 RAW264.7 细胞，处理 24 h。", rules_dir)
    assert got == {
        ("TESTED_IN", "葛根素", "RAW264.7"),
        ("HAS_CONCENTRATION", "葛根素", "20 μmol/L"),
        ("HAS_DURATION", "葛根素", "24 h"),
    }


def test_tested_in_needs_a_giving_word_or_study_aim(rules_dir):
    assert rels("葛根素在成骨细胞中含量很高。", rules_dir) == set()
    assert rels("本研究观察葛根素对大鼠成骨细胞的影响。", rules_dir) == {
        ("TESTED_IN", "葛根素", "成骨细胞")
    }
    assert ("TESTED_IN", "puerarin", "MC3T3-E1") in rels(
        "MC3T3-E1 cells were treated with puerarin for 48 h.", rules_dir
    )


def test_quantity_links_to_nearest_preceding_compound(rules_dir):
    got = rels("染料木素促进成骨细胞增殖，以 10 μmol/L 时最明显。", rules_dir)
    assert ("HAS_CONCENTRATION", "染料木素", "10 μmol/L") in got


def test_relations_stay_inside_one_sentence(rules_dir):
    assert rels("葛根素很常见。降低 Runx2 的表达。", rules_dir) == set()


def test_anaphor_links_the_named_pathway(rules_dir):
    got = rels("Akt 可激活 PI3K/Akt 信号通路，此通路可促进成骨细胞的增殖。", rules_dir)
    assert ("UPREGULATES", "PI3K/Akt 信号通路", "成骨细胞") in got


def test_group_allocation_and_study_aim_with_a_species_modifier(rules_dir):
    assert ("TESTED_IN", "染料木素", "大鼠") in rels(
        "与对照组相比，染料木素组大鼠的骨密度升高。", rules_dir
    )
    assert rels("本文探讨染料木素在小鼠成骨细胞增殖中的作用。", rules_dir) == {
        ("TESTED_IN", "染料木素", "成骨细胞")
    }


def test_induce_toward_a_fate_is_regulation_but_compound_induced_is_exposure(rules_dir):
    assert rels("染料木素可诱导 MC3T3-E1 细胞向成骨细胞分化。", rules_dir) == {
        ("UPREGULATES", "染料木素", "MC3T3-E1")
    }
    for text in ("葛根素抑制雌激素诱导的破骨细胞形成。", "葛根素抑制雌激素诱导破骨细胞形成。"):
        assert rels(text, rules_dir) == {
            ("DOWNREGULATES", "葛根素", "破骨细胞"),
            ("TESTED_IN", "雌激素", "破骨细胞"),
        }
    # a gene inducer is neither a target nor exposed
    assert rels("葛根素抑制 Akt 诱导的破骨细胞形成。", rules_dir) == {
        ("DOWNREGULATES", "葛根素", "破骨细胞")
    }


def test_english_list_commas_keep_the_conjuncts_together(rules_dir):
    got = rels("Genistein increased the expression of Runx2, ALP and Akt.", rules_dir)
    assert {t for _, _, t in got} == {"Runx2", "ALP", "Akt"}


# ----------------------------------------------------------------- packaged rules, general rules


def packaged(text: str) -> set[tuple[str, str, str]]:
    return rels(text, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # direction any: the compound after the giving word, the system before or after it
        (
            "给予小鼠淫羊藿苷 12 周。",
            {("TESTED_IN", "淫羊藿苷", "小鼠"), ("HAS_DURATION", "淫羊藿苷", "12 周")},
        ),
        ("大鼠灌胃芒柄花素。", {("TESTED_IN", "芒柄花素", "大鼠")}),
        ("Mice were administered quercetin daily.", {("TESTED_IN", "quercetin", "Mice")}),
        ("Naringin was administered to rats.", {("TESTED_IN", "Naringin", "rats")}),
        ("Rats fed a diet containing genistein gained bone.", {("TESTED_IN", "genistein", "Rats")}),
        ("MC3T3-E1 cells were treated with baicalin.", {("TESTED_IN", "baicalin", "MC3T3-E1")}),
        ("Kaempferol-treated MG-63 cells were counted.", {("TESTED_IN", "Kaempferol", "MG-63")}),
        # one word, two relations: the argument types choose
        ("黄芩苷减轻骨质疏松症。", {("TREATS", "黄芩苷", "骨质疏松症")}),
        ("黄芩苷减轻 IL-6 的分泌。", {("DOWNREGULATES", "黄芩苷", "IL-6")}),
        # an inducer modifier is no target of the main trigger; a compound inducer is exposure
        (
            "Baicalin inhibited RANKL-induced c-Fos expression.",
            {("DOWNREGULATES", "Baicalin", "c-Fos")},
        ),
        ("芹菜素抑制 RANKL 诱导的破骨细胞形成。", {("DOWNREGULATES", "芹菜素", "破骨细胞")}),
        (
            "槲皮素可抑制地塞米松诱导的成骨细胞凋亡。",  # anti-apoptotic = UP (guidelines)
            {("TESTED_IN", "地塞米松", "成骨细胞"), ("UPREGULATES", "槲皮素", "成骨细胞")},
        ),
        (
            "Emodin reduced LPS-stimulated TNF-α release in RAW264.7 cells.",
            {("DOWNREGULATES", "Emodin", "TNF-α")},
        ),
        # 诱导 toward a fate is promotion; 诱导 of a non-promoted state is exposure
        ("淫羊藿苷诱导 MC3T3-E1 细胞向成骨细胞分化。", {("UPREGULATES", "淫羊藿苷", "MC3T3-E1")}),
        ("地塞米松诱导 MC3T3-E1 细胞凋亡。", {("TESTED_IN", "地塞米松", "MC3T3-E1")}),
        # passives
        ("破骨细胞分化被柚皮苷抑制。", {("DOWNREGULATES", "柚皮苷", "破骨细胞")}),
        ("OPG 的表达被芒柄花素上调。", {("UPREGULATES", "芒柄花素", "OPG")}),
        ("OPG 的表达受芒柄花素调控。", set()),
        ("c-Fos expression was inhibited by apigenin.", {("DOWNREGULATES", "apigenin", "c-Fos")}),
        (
            "TRAP and c-Fos were suppressed by emodin.",
            {
                ("DOWNREGULATES", "emodin", "TRAP"),
                ("DOWNREGULATES", "emodin", "c-Fos"),
            },
        ),
        # negation, and what is not one
        (
            "Icariin not only increased OPG expression but also reduced TRAP.",
            {("UPREGULATES", "Icariin", "OPG"), ("DOWNREGULATES", "Icariin", "TRAP")},
        ),
        ("Icariin failed to increase OPG expression.", set()),
        ("Icariin caused no significant increase in OPG.", set()),
        ("Icariin did not increase OPG expression.", set()),
        ("淫羊藿苷未能升高 OPG 的表达。", set()),
        ("淫羊藿苷没有升高 OPG 的表达。", set()),
        (
            "淫羊藿苷不仅升高 OPG 的表达，还降低 TRAP 的活性。",
            {("UPREGULATES", "淫羊藿苷", "OPG"), ("DOWNREGULATES", "淫羊藿苷", "TRAP")},
        ),
        # a blocker's target is never the agent of the verb after it
        ("雌激素受体拮抗剂能够阻断染料木素的作用。", set()),
        (
            "ER 拮抗剂他莫昔芬降低了 OPG 的表达。",
            {("DOWNREGULATES", "他莫昔芬", "ER"), ("DOWNREGULATES", "他莫昔芬", "OPG")},
        ),
        ("SB203580, a p38 inhibitor, was added.", {("DOWNREGULATES", "SB203580", "p38")}),
        # the agent after its target: "the anti-X effect of Y"
        ("the anti-osteoporotic effect of calycosin", {("TREATS", "calycosin", "osteoporotic")}),
    ],
)
def test_general_rules_with_the_packaged_triggers(text, expected):
    assert packaged(text) == expected


def test_a_very_long_sentence_is_linear_and_keeps_arguments_in_the_window():
    from puerextract.relate import WINDOW

    unit = "柚皮苷上调 Runx2 的表达而后在成骨细胞中经过多日培养观察记录以及后续数据整理统计与讨论"
    text = unit * (100_000 // len(unit) + 1) + "。"
    assert len(text) > 100_000 and "，" not in text
    ann = extract_text(text, "long")
    by_id = ann.entity_by_id()
    runx2 = [e for e in ann.entities if e.text == "Runx2"]
    targets = {r.arg2 for r in ann.relations if r.type == "UPREGULATES"}
    assert runx2 and all(e.id in targets for e in runx2)  # the last unit too
    for r in ann.relations:
        assert abs(by_id[r.arg1].start - by_id[r.arg2].start) <= 2 * WINDOW


# ------------------------------------------------------------ every example of triggers.tsv


def _packaged_triggers():
    from puerextract.rules import load_rules

    return load_rules(None).triggers


@pytest.mark.parametrize(
    "trigger", _packaged_triggers(), ids=lambda t: f"{t.line}-{t.word}-{t.relation}"
)
def test_trigger_example_gives_its_relation(trigger):
    from puerextract.relate import trigger_finder
    from puerextract.rules import load_rules

    ann = extract_text(trigger.example, "example")
    types = {r.type for r in ann.relations}
    if trigger.relation != "NONE":
        assert trigger.relation in types, (trigger.example, ann.relations)
        return
    # a neutral word: the example names an agent and a possible target, the word is found as
    # a NONE trigger, and no regulation or treatment is produced
    assert len([e for e in ann.entities if e.type != "CONCENTRATION"]) >= 2, ann.entities
    hits = trigger_finder(load_rules(None)).find(trigger.example)
    assert any(h.relation == "NONE" for h in hits)
    assert not types & {"UPREGULATES", "DOWNREGULATES", "TREATS"}, ann.relations


# ----------------------------------------------------------------------------- devfix rules
# (on the packaged rules: herbal fractions, codes and ratio pairs need its word lists)


def test_nominal_object_of_a_trigger_is_not_a_trigger():
    got = rels("Baicalin inhibited the activation of the PI3K/Akt signaling pathway.", None)
    assert got == {("DOWNREGULATES", "Baicalin", "PI3K/Akt signaling pathway")}


def test_weakening_a_compound_effect_is_no_regulation_of_the_compound():
    assert rels("LY294002 明显减弱了槲皮素的促成骨作用。", None) == set()
    got = rels("The protective effect of quercetin was blocked by LY294002.", None)
    assert not any(r[2] == "quercetin" for r in got)


def test_protection_of_a_cell_is_upregulation():
    got = rels("Quercetin protects osteoblasts from oxidative injury.", None)
    assert ("UPREGULATES", "Quercetin", "osteoblasts") in got


def test_quantity_in_parentheses_goes_to_its_owner():
    got = rels("另设 3-甲基腺嘌呤（3-MA，2 mmol/L）组和槲皮素（20 μmol/L）组。", None)
    assert ("HAS_CONCENTRATION", "3-甲基腺嘌呤", "2 mmol/L") in got
    assert ("HAS_CONCENTRATION", "槲皮素", "20 μmol/L") in got
    assert not any(r[1] == "3-MA" for r in got)
    # a protein reagent's dose has no compound
    got = rels("Cells were stimulated with RANKL (30 ng/mL) and treated with baicalin.", None)
    assert not any(r[0] == "HAS_CONCENTRATION" for r in got)


def test_quantity_in_parentheses_after_a_group_word():
    # the group's name holds the dose; a protein's group holds its own, no compound's
    got = rels("分为对照组、TNF-α组（20 ng/mL）、TNF-α+槲皮素组及雌二醇组（E2，1 μmol/L）。", None)
    quantities = {r for r in got if r[0] == "HAS_CONCENTRATION"}
    assert quantities == {("HAS_CONCENTRATION", "雌二醇", "1 μmol/L")}
    # the name repeated inside the parenthesis holds it
    got = rels("另设 LY294002 组（LY294002 10 μmol/L）。", None)
    assert ("HAS_CONCENTRATION", "LY294002", "10 μmol/L") in got


def test_quantity_after_a_conjunct_run_goes_to_each_compound():
    got = rels("Cells were treated with quercetin or baicalin at 5 and 10 μM for 3 days.", None)
    for c in ("quercetin", "baicalin"):
        assert ("HAS_CONCENTRATION", c, "5 and 10 μM") in got
        assert ("HAS_DURATION", c, "3 days") in got


def test_a_quantity_before_a_clause_mark_is_not_a_later_compounds():
    # the stimulation's time, and a time point of the results: not the compound given after
    got = rels("以 IL-1β 刺激软骨细胞 24 h 建立炎症模型，再给予槲皮素干预。", None)
    assert not any(r[0] == "HAS_DURATION" for r in got)
    got = rels("At 6 weeks, bone volume was higher in the baicalin group.", None)
    assert not any(r[0] == "HAS_DURATION" for r in got)
    # in its own clause the compound after it still takes it
    got = rels("连续 4 周给予槲皮素。", None)
    assert ("HAS_DURATION", "槲皮素", "4 周") in got


def test_a_duration_after_arms_with_their_own_doses_goes_to_each_arm():
    got = rels(
        "Rats were given psoralen (10 mg/kg/day) or genistein (20 mg/kg/day) by gavage for "
        "12 weeks.",
        None,
    )
    for c, dose in (("psoralen", "10 mg/kg/day"), ("genistein", "20 mg/kg/day")):
        assert ("HAS_CONCENTRATION", c, dose) in got
        assert ("HAS_DURATION", c, "12 weeks") in got


def test_a_serial_list_of_dosed_arms_is_given_to_the_animals():
    got = rels(
        "Rats were given psoralen (10 mg/kg), genistein (20 mg/kg) and estradiol (0.1 mg/kg) "
        "for 9 weeks in all.",
        None,
    )
    for c in ("psoralen", "genistein", "estradiol"):
        assert ("TESTED_IN", c, "Rats") in got
        assert ("HAS_DURATION", c, "9 weeks") in got


def test_therapeutic_agent_for_a_disease_is_treats():
    got = rels("Thus baicalin is a promising therapeutic agent for osteoarthritis.", None)
    assert ("TREATS", "baicalin", "osteoarthritis") in got


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a relative clause: Z 所抑制的 A gives Z → A; the restoring verb takes A, never Z
        (
            "此外槲皮素恢复了地塞米松所抑制的 ALP 活性和 Osterix 表达。",
            {
                ("UPREGULATES", "槲皮素", "ALP"),
                ("UPREGULATES", "槲皮素", "Osterix"),
                ("DOWNREGULATES", "地塞米松", "ALP"),
            },
            {("UPREGULATES", "槲皮素", "地塞米松"), ("DOWNREGULATES", "槲皮素", "ALP")},
        ),
        # conjoined verbs share the subject; the first verb's object is no agent
        (
            "Quercetin increased Runx2 expression, downregulated PPARγ and reduced GSK-3β "
            "activity.",
            {("DOWNREGULATES", "Quercetin", "PPARγ"), ("DOWNREGULATES", "Quercetin", "GSK-3β")},
            {("DOWNREGULATES", "PPARγ", "GSK-3β")},
        ),
        # ratio members and mediators are not regulated
        (
            "槲皮素增加 LC3-Ⅱ/LC3-Ⅰ 比值和 Beclin-1 表达。",
            {("UPREGULATES", "槲皮素", "Beclin-1")},
            {("UPREGULATES", "槲皮素", "LC3-Ⅱ"), ("UPREGULATES", "槲皮素", "LC3-Ⅰ")},
        ),
        ("槲皮素激活 SIRT1 介导的自噬。", set(), {("UPREGULATES", "槲皮素", "SIRT1")}),
        # a trigger word inside a mention (骨保护素) is no trigger
        (
            "检测血清骨钙素（BGP）水平和骨组织骨保护素（OPG）表达。",
            set(),
            {("UPREGULATES", "骨钙素", "骨保护素")},
        ),
        # a treatment noun written after its disease
        (
            "结论 槲皮素可促进成骨分化，为其用于骨质疏松症的防治提供了依据。",
            {("TREATS", "槲皮素", "骨质疏松症")},
            set(),
        ),
        (
            "结论 槲皮素能够促进其成骨分化，对绝经后骨质疏松症具有潜在防治作用。",
            {("TREATS", "槲皮素", "绝经后骨质疏松症")},
            set(),
        ),
        # a group label is the agent of its results; statistics after the trigger
        (
            "结果 与模型组比较，槲皮素高剂量组血清 PINP 水平升高，CTX-Ⅰ 水平降低（P<0.05）。",
            {("UPREGULATES", "槲皮素", "PINP"), ("DOWNREGULATES", "槲皮素", "CTX-Ⅰ")},
            set(),
        ),
        (
            "与对照组比较，槲皮素组 ALP 活性升高约 2.1 倍。",
            {("UPREGULATES", "槲皮素", "ALP")},
            set(),
        ),
        # a prevented loss is upregulation; an elided agent is the nearest compound before
        (
            "Quercetin also suppressed MMP-3, whereas the loss of aggrecan and type II collagen "
            "was prevented.",
            {
                ("UPREGULATES", "Quercetin", "aggrecan"),
                ("UPREGULATES", "Quercetin", "type II collagen"),
            },
            set(),
        ),
        (
            "The loss of aggrecan was prevented by quercetin.",
            {("UPREGULATES", "quercetin", "aggrecan")},
            set(),
        ),
    ],
)
def test_devfix2_relation_rules(text, present, absent):
    got = extract_rels(text)
    assert present <= got
    assert not (absent & got)


def extract_rels(text: str) -> set[tuple[str, str, str]]:
    ann = extract_text(text, "t")
    by_id = ann.entity_by_id()
    return {(r.type, by_id[r.arg1].text, by_id[r.arg2].text) for r in ann.relations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Curcumin attenuated chondrocyte apoptosis in the joints.", [("Curcumin", "chondrocyte")]),
        ("Quercetin inhibited the apoptosis of osteoblasts.", [("Quercetin", "osteoblasts")]),
        ("槲皮素可减轻过氧化氢诱导的成骨细胞凋亡。", [("槲皮素", "成骨细胞")]),
        ("雌激素缺乏使破骨细胞凋亡减少。", []),
    ],
)
def test_lowering_a_cells_death_protects_the_cell(text, expected):
    ann = extract_text(text, "t")
    by_id = ann.entity_by_id()
    ups = [
        (by_id[r.arg1].text, by_id[r.arg2].text) for r in ann.relations if r.type == "UPREGULATES"
    ]
    assert ups == expected


def test_one_clause_splitter_cuts_for_each_rule_family():
    """The trigger rules keep a "," list of mentions in one clause; the aim rules keep what is
    inside parentheses (``grammar.clause_spans``)."""
    from puerextract.grammar import clause_spans
    from puerextract.model import Entity, Sentence

    text = "X（a，b）升高 Runx2, OPG，Y"
    sent = Sentence(10, 10 + len(text), text, "zh")
    runx2, opg = (
        Entity(t, "GENE", 10 + text.index(t), 10 + text.index(t) + len(t), t)
        for t in ("Runx2", "OPG")
    )
    cut = [text[s - 10 : e - 10] for s, e in clause_spans(sent)]
    assert cut == ["X（a", "b）升高 Runx2", " OPG", "Y"]
    assert [text[s - 10 : e - 10] for s, e in clause_spans(sent, [runx2, opg])] == [
        "X（a",
        "b）升高 Runx2, OPG",
        "Y",
    ]
    assert [text[s - 10 : e - 10] for s, e in clause_spans(sent, parens=True)] == [
        "X（a，b）升高 Runx2",
        " OPG",
        "Y",
    ]


def test_conjunction_gaps_come_from_one_word_list():
    from puerextract.grammar import HSPACE, conjunction_gap

    plain, serial, horizontal = (
        conjunction_gap(),
        conjunction_gap(serial_comma=True),
        conjunction_gap(HSPACE),
    )
    for gap in ("、", " 和 ", " and ", "/", " or "):
        assert plain.fullmatch(gap) and serial.fullmatch(gap) and horizontal.fullmatch(gap)
    assert serial.fullmatch(", and ") and not plain.fullmatch(", and ")
    assert plain.fullmatch("和\n") and not horizontal.fullmatch("和\n")
    assert not plain.fullmatch(" then ")
