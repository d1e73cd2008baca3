"""Rules of the twenty-third stop, on sentences written for these tests."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def _ents(text: str, etype: str) -> list[str]:
    return [e.text for e in extract_text(text).entities if e.type == etype]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two lipid acronyms together are a lipid panel, with no other lipid beside them
        ("Kaempferol decreased the TC and TG of obese mice.", ["Kaempferol", "TC", "TG"]),
        ("槲皮素降低血清中的TC、TG、ALT水平。", ["槲皮素", "TC", "TG"]),
    ],
)
def test_two_lipid_acronyms_together_are_lipids(text: str, expected: list[str]) -> None:
    assert _ents(text, "COMPOUND") == expected


@pytest.mark.parametrize(
    "text",
    [
        # one acronym alone, or two that are not in one list, stay unread
        "TG mice were bred and TC was measured.",
        "Serum TG rose in the model group.",
    ],
)
def test_a_lipid_acronym_alone_is_no_mention(text: str) -> None:
    assert [e for e in _ents(text, "COMPOUND") if e in ("TG", "TC")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a processing word after a pharmacognosy name is in its span
        ("The formula holds Zingiberis Rhizoma Recens and honey.", ["Zingiberis Rhizoma Recens"]),
        (
            "Aconiti Lateralis Radix Praeparata was decocted for 2 h.",
            ["Aconiti Lateralis Radix Praeparata"],
        ),
        # a title's verb in title case is no part of the Latin name
        ("A Decoction Containing Astragali Radix Protects Bone", ["Astragali Radix"]),
        ("Formula Comprising Angelicae Sinensis Radix Lowers Weight", ["Angelicae Sinensis Radix"]),
    ],
)
def test_latin_herbal_names(text: str, expected: list[str]) -> None:
    assert _ents(text, "ORGANISM") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("将 ZDF 大鼠随机分为 3 组。", ["ZDF 大鼠"]),
        ("Male ZDF rats were fed for 8 weeks.", ["ZDF rats"]),
    ],
)
def test_a_diabetic_rat_strain_is_in_the_span(text: str, expected: list[str]) -> None:
    assert _ents(text, "ORGANISM") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the long form of PGC-1α is one gene, not PPARγ and some words
        (
            "Icariin raised peroxisome proliferator-activated receptor gamma coactivator 1-alpha.",
            ["peroxisome proliferator-activated receptor gamma coactivator 1-alpha"],
        ),
        (
            "Phosphoenolpyruvate carboxykinase fell in the liver.",
            ["Phosphoenolpyruvate carboxykinase"],
        ),
        ("c-Jun NH2-terminal kinase was phosphorylated.", ["c-Jun NH2-terminal kinase"]),
        ("Serum ADPN and C reactive protein were measured.", ["ADPN", "C reactive protein"]),
    ],
)
def test_gene_names_of_metabolism_papers(text: str, expected: list[str]) -> None:
    assert _ents(text, "GENE") == expected


def test_ginger_is_a_plant() -> None:
    assert _ents("Dried ginger was powdered before use.", "ORGANISM") == ["ginger"]


def _rels(text: str) -> set[tuple[str, str, str]]:
    ann = extract_text(text)
    by_id = ann.entity_by_id()
    return {(r.type, by_id[r.arg1].text, by_id[r.arg2].text) for r in ann.relations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun after the fate's adjective
        (
            "Ginsenoside Rg1 raised the migratory ability of HUVECs.",
            ("UPREGULATES", "Ginsenoside Rg1", "HUVECs"),
        ),
        (
            "Icariin enhanced the osteogenic potential of BMSCs.",
            ("UPREGULATES", "Icariin", "BMSCs"),
        ),
    ],
)
def test_cell_fates_in_english(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rels(text)


def test_a_fate_noun_without_a_fate_reaches_no_cells() -> None:
    # an ability that is no fate of the cells: no regulation of them
    got = _rels("Luteolin lowered the binding ability of albumin in A549 cells.")
    assert not [r for r in got if r[0] in ("UPREGULATES", "DOWNREGULATES") and r[2] == "A549"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the activity or action of a compound in a system is an aim, as its effects are
        (
            "Cardioprotective activity of naringin in H9c2 cells",
            ("TESTED_IN", "naringin", "H9c2"),
        ),
        (
            "The neuroprotective action of baicalein in aged rats was studied.",
            ("TESTED_IN", "baicalein", "rats"),
        ),
        (
            "We explored mechanisms of action of baicalein on PC12 cells.",
            ("TESTED_IN", "baicalein", "PC12"),
        ),
    ],
)
def test_activity_of_a_compound_is_an_aim(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rels(text)


def test_activity_of_an_enzyme_is_no_aim() -> None:
    got = _rels("The ALP activity of MC3T3-E1 cells was measured on day 7.")
    assert not [r for r in got if r[0] == "TESTED_IN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # anti written onto a disease treats it, as anti- with its hyphen does
        ("Baicalin showed antiobesity activity.", ("TREATS", "Baicalin", "obesity")),
        ("Emodin possesses potent anticancer properties.", ("TREATS", "Emodin", "cancer")),
    ],
)
def test_anti_written_onto_a_disease_treats_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rels(text)


@pytest.mark.parametrize(
    "text",
    [
        # anti on a word that is no disease: nothing
        "Baicalin is an antioxidant found in osteoporosis patients' diets.",
        "An antibody against RANKL was given to rats with osteoporosis after baicalin.",
    ],
)
def test_anti_on_no_disease_treats_nothing(text: str) -> None:
    assert not [r for r in _rels(text) if r[0] == "TREATS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the change was seen may stand between a passive and its agent
        (
            "PEPCK and G6Pase were lowered in liver by berberine.",
            ("DOWNREGULATES", "berberine", "PEPCK"),
        ),
        ("Osterix was raised in MC3T3-E1 cells by icariin.", ("UPREGULATES", "icariin", "Osterix")),
    ],
)
def test_a_place_before_the_passive_agent(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rels(text)


def test_an_aim_verb_is_no_part_of_a_compound_name() -> None:
    got = _ents("目的 探究黄芪皂苷在小鼠中的作用。", "COMPOUND")
    assert "黄芪皂苷" in got and not [e for e in got if e.startswith("探究")]


def test_isoprenaline_in_chinese() -> None:
    assert _ents("皮下注射异丙肾上腺素诱导大鼠心肌肥厚。", "COMPOUND") == ["异丙肾上腺素"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # BCL-2 family genes that are English words: in a list of genes
        ("Genistein raised Bax, Bad and Bid in HeLa cells.", ["Bax", "Bad", "Bid"]),
        ("染料木素上调 Bax、Bad 和 Noxa 的表达。", ["Bax", "Bad", "Noxa"]),
        # alone they stay words
        ("Bad storage made the extract lose its activity.", []),
    ],
)
def test_bcl2_family_words_in_a_gene_list(text: str, expected: list[str]) -> None:
    assert _ents(text, "GENE") == expected


def test_corrected_undoes_a_fall() -> None:
    got = _rels("Naringin corrected the decreased serum calcium in OVX rats.")
    assert ("UPREGULATES", "Naringin", "calcium") in got
    assert ("DOWNREGULATES", "Naringin", "calcium") not in got


@pytest.mark.parametrize(
    "text",
    [
        # a herbal formula named by its class word, set off by commas before "in"
        "We studied the effect of a herbal formula, Zuo-Gui Decoction, in OVX rats.",
        "The effect of the herbal decoction, Zuo-Gui Decoction, on OVX rats was studied.",
    ],
)
def test_an_aim_with_a_formula_class_word(text: str) -> None:
    assert ("TESTED_IN", "Zuo-Gui Decoction", "OVX rats") in _rels(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sample or tissue of the treated group between the passive and the group
        (
            "IL-1β and IL-6 were lowered in the calvaria of the genistein-treated mice.",
            ("DOWNREGULATES", "genistein", "IL-6"),
        ),
        (
            "MDA was decreased in the serum of quercetin-treated rats.",
            ("DOWNREGULATES", "quercetin", "MDA"),
        ),
    ],
)
def test_a_treated_group_after_its_sample(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rels(text)


def test_rankl_written_with_for() -> None:
    got = _ents(
        "The receptor activator for nuclear factor-κB ligand was lowered by icariin.", "GENE"
    )
    assert got == ["receptor activator for nuclear factor-κB ligand"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 和 right after a verb joins nothing: it opens the formula's name
        ("目的 观察和营止痛汤对大鼠的影响。", ["和营止痛汤"]),
        # after a name it joins two names
        ("观察左归丸和右归丸对大鼠的影响。", ["左归丸", "右归丸"]),
    ],
)
def test_he_after_a_verb_opens_a_formula_name(text: str, expected: list[str]) -> None:
    assert _ents(text, "COMPOUND") == expected


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a route abbreviation goes on into its sentence
        ("Mice got luteolin (20 mg/kg, i.p.) for 6 weeks. Then bone was scanned.", 2),
        ("Luteolin was given s.c. twice a week. Serum was taken.", 2),
        # and ends it before a capital
        ("Luteolin was given i.p. Then bone was scanned.", 2),
    ],
)
def test_route_abbreviations_in_sentences(text: str, n: int) -> None:
    from puerextract.segment import split_sentences

    assert len(split_sentences(text)) == n


def test_a_time_after_a_route_in_brackets() -> None:
    got = _rels("Rats received luteolin at 20 mg/kg (i.p.) for 6 weeks.")
    assert ("HAS_DURATION", "luteolin", "6 weeks") in got


def test_an_english_aim_reads_a_bounded_reach(monkeypatch) -> None:
    """Each aim in a long sentence reads its objects within a bound, not to the sentence's end
    (1,600 aims in one sentence had taken 8 s, quadratic)."""
    import puerextract.relate_aims as ra

    seen: list[int] = []
    real = ra._list_end

    def spy(text, start, clause_end, sent_end):  # noqa: ANN001, ANN202
        seen.append(sent_end - start)
        return real(text, start, clause_end, sent_end)

    monkeypatch.setattr(ra, "_list_end", spy)
    extract_text("the effect of a herbal formula, Er-Xian Decoction, on OVX rats and " * 60)
    assert seen and max(seen) <= 600


def test_a_spared_cell_is_found_without_comparing_every_mention(monkeypatch) -> None:
    """A cell's list is found by bisection, not by comparing it with every mention of the
    sentence (``list.index``: 400 KB of sparing sentences with no sentence end took 23 s)."""
    from puerextract.model import Entity

    calls = [0]
    real = Entity.__eq__

    def counting(self, other):  # noqa: ANN001, ANN202
        calls[0] += 1
        return real(self, other)

    monkeypatch.setattr(Entity, "__eq__", counting)
    extract_text("Baicalin attenuated chondrocyte apoptosis and " * 200)
    assert calls[0] < 5_000


@pytest.mark.parametrize(
    "text",
    [
        # the examples after a comma and 如 are the object's
        "黄芩苷下调炎症因子的表达，如 TNF-α、IL-6 和 IL-1β。",
        "黄芩苷下调炎症因子的表达,例如TNF-α、IL-6和IL-1β。",
    ],
)
def test_examples_after_ru_are_the_objects(text: str) -> None:
    got = _rels(text)
    assert ("DOWNREGULATES", "黄芩苷", "IL-6") in got and (
        "DOWNREGULATES",
        "黄芩苷",
        "IL-1β",
    ) in got


def test_ruguo_opens_no_examples() -> None:
    # 如果 (if) opens a clause: the comma before it still ends the object
    got = _rels("黄芩苷下调 TNF-α 的表达，如果加入 LY294002，IL-6 升高。")
    assert ("DOWNREGULATES", "黄芩苷", "IL-6") not in got


def test_collagen_type_1_with_a_digit() -> None:
    got = _rels(
        "Naringin raised collagen type 1 (COL1A1) and bone sialoprotein (BSP) in rat cells."
    )
    assert ("UPREGULATES", "Naringin", "collagen type 1") in got
    assert ("UPREGULATES", "Naringin", "bone sialoprotein") in got


def test_conjoined_agents_with_their_doses() -> None:
    got = _rels("Luteolin (20 μM) and apigenin (10 μM) each raised Osterix levels.")
    assert ("UPREGULATES", "apigenin", "Osterix") in got and (
        "UPREGULATES",
        "Luteolin",
        "Osterix",
    ) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # knee osteoarthritis written with 膝关节 or 性; osteosarcopenia as one condition
        ("淫羊藿苷可缓解膝关节骨性关节炎。", ["膝关节骨性关节炎"]),
        ("补肾方可改善老年肌少-骨质疏松症患者的肌力。", ["肌少-骨质疏松症"]),
    ],
)
def test_knee_osteoarthritis_and_osteosarcopenia(text: str, expected: list[str]) -> None:
    assert _ents(text, "DISEASE") == expected


def test_the_response_of_cells_to_a_compound() -> None:
    got = _rels(
        "The osteogenic response of BMSCs to naringin was examined by Alizarin red staining."
    )
    assert ("TESTED_IN", "naringin", "BMSCs") in got
