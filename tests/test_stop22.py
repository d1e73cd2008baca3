"""Rules of the twenty-second stop, on sentences written for these tests: a capitalised name
defined with an abbreviation the paper gives as a treatment."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def _ents(text: str, etype: str) -> list[str]:
    return [e.text for e in extract_text(text).entities if e.type == etype]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dose in parentheses after a later use
        (
            "Gubentongluo (GBTL) is used clinically. GBTL (2 g/kg) lowered Runx2 in rats.",
            ["Gubentongluo", "GBTL", "GBTL"],
        ),
        # a giving phrase before a later use; the name ends in a word no rule knows
        (
            "Kanggu injection (KGI) was prepared. Rats were treated with KGI and KGI raised OPG.",
            ["Kanggu injection", "KGI", "KGI", "KGI"],
        ),
        # any other capitalised name: a dose right after a later use
        (
            "Jiangu (JG) is a herbal remedy. JG (2 g/kg) kept more bone in mice.",
            ["Jiangu", "JG", "JG"],
        ),
    ],
)
def test_a_name_given_by_its_abbreviation_is_a_compound(text: str, expected: list[str]) -> None:
    assert _ents(text, "COMPOUND") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a treatment that is no substance
        "Electroacupuncture (EA) was applied. EA treatment lowered TNF-α in rats.",
        "High-fat diet (HFD) was fed. HFD-treated mice gained weight.",
        # defined, but never given
        "Janus kinase (JAK) signalling is associated with the JAK/STAT pathway.",
        # a long form in small letters at a sentence's middle
        "Mice received low-level light therapy (LLLT); LLLT (5 J/cm2) was used.",
    ],
)
def test_a_defined_name_given_as_no_substance_is_no_compound(text: str) -> None:
    assert _ents(text, "COMPOUND") == []


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a volume per body weight is a dose, as a mass is
        ("对照组每日灌胃蒸馏水 10 mL/kg，连续 4 周。", "CONCENTRATION", ["10 mL/kg"]),
        ("Controls were given 15 ml/kg of water daily.", "CONCENTRATION", ["15 ml/kg"]),
        ("模型组给予蒸馏水 5 mL/(kg·d)。", "CONCENTRATION", ["5 mL/(kg·d)"]),
        # body weight after a middle dot keeps the unit whole
        ("提取物 1.5 g/kg·bw 灌胃给药。", "CONCENTRATION", ["1.5 g/kg·bw"]),
        # a disease's extent or number in its span
        ("多发性脑梗死模型建立后给药。", "DISEASE", ["多发性脑梗死"]),
        ("A focal cerebral ischemia model was set up.", "DISEASE", ["focal cerebral ischemia"]),
    ],
)
def test_units_and_disease_modifiers_of_the_stop(
    text: str, etype: str, expected: list[str]
) -> None:
    assert _ents(text, etype) == expected


def test_a_dose_after_an_equal_volume_is_the_vehicles() -> None:
    ann = extract_text(
        "Mice got daidzein (30 mg/kg); the control arm took the same volume of solvent (8 ml/kg)."
    )
    by_id = ann.entity_by_id()
    doses = [by_id[r.arg2].text for r in ann.relations if r.type == "HAS_CONCENTRATION"]
    assert doses == ["30 mg/kg"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the English initials of a named disease, used bare later
        ("建立代谢综合征大鼠模型，成模的 MS 大鼠随机分组。", ["代谢综合征", "MS"]),
        # a MeSH heading read in order (Arthritis, Rheumatoid: RA)
        ("类风湿关节炎是常见病，RA 患者滑膜增生。", ["类风湿关节炎", "RA"]),
        # a laboratory word is no initials (knee osteoarthritis: KO)
        ("膝骨关节炎模型采用 KO 小鼠。", ["膝骨关节炎"]),
        # defined as something else
        ("糖尿病大鼠分为对照组和糖尿病模型组(DM)，DM 组血糖升高。", ["糖尿病", "糖尿病"]),
        # used before the name only
        ("MS 组与对照组比较；代谢综合征大鼠体重增加。", ["代谢综合征"]),
    ],
)
def test_initials_of_a_named_disease_abbreviate_it(text: str, expected: list[str]) -> None:
    assert _ents(text, "DISEASE") == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("Rats were fed 150 g/kg diet of soy protein.", "CONCENTRATION", ["150 g/kg diet"]),
        ("Estrone was given at 3 mu g/kg/d.", "CONCENTRATION", ["3 mu g/kg/d"]),
        ("Soy protein isolate was fed to rats.", "COMPOUND", ["Soy protein isolate"]),
        ("Hepatic glucose-6-phosphatase fell.", "GENE", ["glucose-6-phosphatase"]),
    ],
)
def test_diet_units_and_rows_of_the_stop(text: str, etype: str, expected: list[str]) -> None:
    assert _ents(text, etype) == expected


def test_every_animal_of_the_lexicon_is_an_animal_taxon() -> None:
    """An organism row the taxonomy table files outside plants and fungi is an experimental
    animal: never an agent (a tree shrew lowering APP), as rats are not."""
    from puerextract.rules import load_rules
    from puerextract.tables import _iter_rows

    rules = load_rules()
    rows = {e.id: e.preferred for e in rules.lexicon if e.type == "ORGANISM"}
    animals = set(rules.words_of("animal_taxon"))
    clades = {taxon: clade for taxon, _, clade, *_ in _iter_rows("taxa") if taxon in rows}
    missing = {
        rows[t]
        for t, c in clades.items()
        if c not in ("Viridiplantae", "Fungi") and t not in animals
    }
    assert not missing


def test_an_animal_is_no_agent_of_a_change() -> None:
    ann = extract_text("与空白组相比，AD 组树鼩大脑中 APP 含量降低。")
    assert [r.type for r in ann.relations] == []


def _rels(text: str) -> set[tuple[str, str, str]]:
    ann = extract_text(text)
    by_id = ann.entity_by_id()
    return {(r.type, by_id[r.arg1].text, by_id[r.arg2].text) for r in ann.relations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 减小 lowers, as 减少 and 缩小 do; an infarct made smaller is treated
        ("黄芩苷明显减小脑梗死面积。", {("TREATS", "黄芩苷", "脑梗死")}),
        ("槲皮素减小 Bax 的表达。", {("DOWNREGULATES", "槲皮素", "Bax")}),
        # an aim's compounds given together are each the aim's
        (
            "Effects of icariin in combination with zoledronic acid on OVX-induced bone loss in ovariectomized rats",
            {
                ("TESTED_IN", "icariin", "ovariectomized rats"),
                ("TESTED_IN", "zoledronic acid", "ovariectomized rats"),
            },
        ),
    ],
)
def test_relations_of_the_stop(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _rels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blocker named before its role, past its dose, with a copula
        ("U0126（10 μmol/L）为 ERK 选择性抑制剂，提前 1 h 加入。", ("U0126", "ERK")),
        ("SB203580 is a selective p38 inhibitor.", ("SB203580", "p38")),
    ],
)
def test_a_blocker_named_before_its_role(text: str, expected: tuple[str, str]) -> None:
    assert ("DOWNREGULATES", *expected) in _rels(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names listed before a change that closes its clause are themes, not the next
        # clause's agents, though unnamed measures break their run
        ("TC、LDL-C、TG、空腹胰岛素和FBG均降低,体重、HDL-C均升高。", set()),
        # a compound before its own verb keeps its agency
        ("黄连素可降低TC和HOMA-IR,升高HDL-C。", {("UPREGULATES", "黄连素", "HDL-C")}),
    ],
)
def test_listed_themes_are_no_agents(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {r for r in _rels(text) if r[0] == "UPREGULATES"} == expected


def test_a_list_of_doses_before_a_compound_is_its_own() -> None:
    ann = extract_text("阿魏酸低、高剂量组分别给予含 5 μg/mL、15 μg/mL 阿魏酸的培养基。")
    by_id = ann.entity_by_id()
    owners = {
        (by_id[r.arg1].start, by_id[r.arg2].text)
        for r in ann.relations
        if r.type == "HAS_CONCENTRATION"
    }
    second = ann.text.rindex("阿魏酸")
    assert owners == {(second, "5 μg/mL"), (second, "15 μg/mL")}


def test_drug_containing_serum_keeps_its_formula_name() -> None:
    assert _ents("制备含强骨胶囊大鼠血清。", "COMPOUND") == ["强骨胶囊"]


def test_the_cache_keeps_only_the_most_recently_used_copies(tmp_path, monkeypatch) -> None:
    """Each kind of cached file keeps its three most recently used copies: a new jieba or a
    new table version writes new ones, and the old ones must not pile up (they did: 350 MB)."""
    import os

    from puerextract.validated import prune, used

    monkeypatch.setenv("PUEREXTRACT_CACHE", str(tmp_path))
    for i in range(6):
        path = tmp_path / f"jieba-{i}.txt"
        path.write_text("x")
        os.utime(path, (1000 + i, 1000 + i))
    (tmp_path / "tables-genes-a.marshal").write_text("y")  # another kind stays
    used(tmp_path / "jieba-0.txt")  # read just now: kept though written first
    (tmp_path / "jieba-9.txt.1234.part").write_text("z")  # another process's unfinished copy
    prune("jieba-", ".txt")
    assert (tmp_path / "jieba-9.txt.1234.part").exists()
    assert sorted(p.name for p in tmp_path.glob("jieba-*.txt")) == [
        "jieba-0.txt",
        "jieba-4.txt",
        "jieba-5.txt",
    ]
    assert (tmp_path / "tables-genes-a.marshal").exists()


def test_a_solvent_extract_from_a_plant_is_one_compound() -> None:
    text = (
        "Ampelopsis grossedentata is a tea plant. The n-butanol fraction from A. grossedentata "
        "(NBF) was given to mice."
    )
    assert _ents(text, "COMPOUND")[:2] == ["n-butanol fraction from A. grossedentata", "NBF"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an extraction solvent's strength is no dose
        ("药材以 80% 乙醇回流提取 2 次。", []),
        ("The roots were extracted with 95% ethanol.", []),
        # a vehicle's strength stays one
        ("与 0.5% 甲醇对照组相比，细胞活力下降。", ["0.5%"]),
    ],
)
def test_a_solvent_strength_is_no_concentration(text: str, expected: list[str]) -> None:
    assert _ents(text, "CONCENTRATION") == expected


def test_leukemia_rows() -> None:
    text = "Celastrol killed acute myeloid leukemia cells and other leukaemia lines."
    assert _ents(text, "DISEASE") == ["acute myeloid leukemia", "leukaemia"]


def test_a_granule_preparation_is_a_formula() -> None:
    assert _ents("观察健骨颗粒剂含药血清对成骨细胞的影响。", "COMPOUND") == ["健骨颗粒剂"]


def test_a_disease_adjective_is_the_disease() -> None:
    text = "Sinomenine showed anti-arthritic effects in arthritic rats."
    assert _ents(text, "DISEASE") == ["arthritic", "arthritic"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Morus alba root extract lowered glucose in mice.", ["Morus alba root extract"]),
        (
            "Persimmon (Diospyros kaki) seed extracts were fed.",
            ["Persimmon (Diospyros kaki) seed extracts"],
        ),
    ],
)
def test_a_plant_part_extract_is_one_compound(text: str, expected: list[str]) -> None:
    assert _ents(text, "COMPOUND")[:1] == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a compound's own dose stays its own before a listed dose of the next
        (
            "细胞以 H2O2 200 μmol/L 和 10 μmol/L 槲皮素共同处理。",
            ("HAS_CONCENTRATION", "槲皮素", "200 μmol/L"),
        ),
        # a vehicle named clauses before the dose does not take it
        ("槲皮素先用等体积生理盐水溶解，再按 50 mg/kg 灌胃 4 周。", None),
        # a dosing volume is no dose
        (
            "Quercetin (50 mg/kg) was gavaged at a volume of 10 mL/kg.",
            ("HAS_CONCENTRATION", "Quercetin", "10 mL/kg"),
        ),
        # a procedure defined with an abbreviation is no agent
        (
            "Sham operation (SO) was done and SO raised IL-6 in rats treated with SO.",
            ("UPREGULATES", "SO", "IL-6"),
        ),
        # names before 处理后, written without spaces, still act
        ("黄芩苷和槲皮素处理后TNF-α降低，IL-10升高。", None),
    ],
)
def test_review_guards_of_the_stop(text: str, absent: tuple[str, str, str] | None) -> None:
    found = _rels(text)
    if absent is not None:
        assert absent not in found
    if text.startswith("槲皮素以"):
        assert ("HAS_CONCENTRATION", "槲皮素", "50 mg/kg") in found
    if text.startswith("黄芩苷"):
        assert ("UPREGULATES", "黄芩苷", "IL-10") in found


def test_dose_group_letters_are_no_disease_initials() -> None:
    text = "建立小鼠急性肝损伤模型，分为模型组及槲皮素 LD、MD、HD 组。"
    assert _ents(text, "DISEASE") == ["急性肝损伤"]


def test_a_model_long_form_with_its_abbreviation_in_small_letters() -> None:
    assert _ents("Genistin was fed to ovariectomized (ovx) rats.", "ORGANISM") == [
        "ovariectomized (ovx) rats"
    ]


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a cell named inside its adjective, as osteoblast in osteoblastic
        (
            "Baicalin reduced neuronal loss and microglial activation.",
            "CELL_TYPE",
            ["neuron", "microglia"],
        ),
        # Greek letters spelled out, with or without the hyphen before them
        (
            "Serum transforming growth factor beta1 and PPAR-gamma fell.",
            "GENE",
            ["transforming growth factor beta1", "PPAR-gamma"],
        ),
        (
            "It blocked nuclear factor-kappaB and I-kappaB-alpha degradation.",
            "GENE",
            ["nuclear factor-kappaB", "I-kappaB-alpha"],
        ),
    ],
)
def test_spelled_and_adjective_forms(text: str, etype: str, expected: list[str]) -> None:
    assert _ents(text, etype) == expected


def test_free_fatty_acids_and_lipids_listed_with_yiji() -> None:
    text = "高剂量组血清TC、TG以及LDL-C显著降低，FFA水平亦降低。"
    assert _ents(text, "COMPOUND") == ["TC", "TG", "LDL-C", "FFA"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aim's class word set off by commas before its compounds
        (
            "The effects of the natural flavonoids, naringin and hesperidin, on bone mass in aged rats were examined.",
            {("TESTED_IN", "naringin", "rats"), ("TESTED_IN", "hesperidin", "rats")},
        ),
        # an apposition "one of …" between the aim's compounds and "on"
        (
            "We studied the effect of naringin, one of the chief citrus components, on femur density in mice.",
            {("TESTED_IN", "naringin", "mice")},
        ),
    ],
)
def test_aims_with_a_class_word_or_apposition(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= _rels(text)


def test_a_time_is_each_conjoined_compounds() -> None:
    found = _rels("Naringin and hesperidin were given to mice for 6 weeks.")
    assert {r for r in found if r[0] == "HAS_DURATION"} == {
        ("HAS_DURATION", "Naringin", "6 weeks"),
        ("HAS_DURATION", "hesperidin", "6 weeks"),
    }


def test_the_objects_of_a_treatment_noun_act_together() -> None:
    found = _rels("Treatment with icariin or raloxifene reduced CTX-1 levels in the rats.")
    assert {
        ("DOWNREGULATES", "icariin", "CTX-1"),
        ("DOWNREGULATES", "raloxifene", "CTX-1"),
    } <= found


def test_a_defined_preparation_is_checked_in_one_scan_of_its_uses() -> None:
    """A paper defining the same abbreviation again and again is read once for its uses, not
    once a definition (a review timed 54 s on 172 KB before: quadratic)."""
    from puerextract.abbreviations import given_long_forms

    calls = []

    def dose_after(text: str, end: int) -> bool:
        calls.append(end)
        return False

    n = 200
    text = "Kanggu injection (KGI) was used and KGI was kept. " * n
    assert (
        given_long_forms(
            text, [], (None, None, dose_after), (frozenset({"injection"}), frozenset())
        )
        == []
    )
    assert len(calls) <= 2 * n  # each use tested once (two a sentence), not once a definition


def test_a_long_dose_list_is_read_once(monkeypatch) -> None:
    """A list of n doses is read in one pass, not once a dose (quadratic before: 2,000 doses
    took 1.2 s against 0.09 s)."""
    from puerextract import relate_quantities

    real = relate_quantities._DOSE_SEP
    calls = []

    class Counting:
        def fullmatch(self, *args):  # noqa: ANN002, ANN202 - a counting stand-in
            calls.append(args[1:])
            return real.fullmatch(*args)

    monkeypatch.setattr(relate_quantities, "_DOSE_SEP", Counting())
    n = 300
    ann = extract_text("给予含" + "、".join(["10 μg/mL"] * n) + "阿魏酸。")
    assert sum(r.type == "HAS_CONCENTRATION" for r in ann.relations) == n
    assert len(calls) <= 2 * n
