"""Rules of the twenty-fourth stop, on sentences written for these tests."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def _ents(text: str, etype: str) -> list[str]:
    return [e.text for e in extract_text(text).entities if e.type == etype]


def _rels(text: str) -> set[tuple[str, str, str]]:
    found = extract_text(text)
    by_id = {e.id: e for e in found.entities}
    return {(r.type, by_id[r.arg1].text, by_id[r.arg2].text) for r in found.relations}


@pytest.mark.parametrize(
    ("text", "herb"),
    [
        # the herb an extract is named from stands alone later: an herbal material
        (
            "苦丁茶水提物对高脂血症大鼠血脂的影响。苦丁茶高剂量组(2 g/kg)大鼠血清TC显著降低。",
            "苦丁茶",
        ),
        # a solvent of the lexicon inside the extract's name does not hide the herb
        ("研究金线莲乙醇提取物对小鼠肝损伤的保护作用。金线莲可降低血清ALT水平。", "金线莲"),
    ],
)
def test_the_herb_of_an_extract_stands_alone_as_an_organism(text: str, herb: str) -> None:
    assert herb in _ents(text, "ORGANISM")
    assert herb not in _ents(text, "COMPOUND")


def test_the_herb_standing_alone_is_an_agent() -> None:
    text = "研究金线莲乙醇提取物对小鼠肝损伤的保护作用。金线莲可降低血清ALT水平。"
    assert ("DOWNREGULATES", "金线莲", "ALT") in _rels(text)


@pytest.mark.parametrize(
    "text",
    [
        # a formula's extract names no herb; nor does a generic stem
        "目的:研究中药安神复方水提取物对小鼠睡眠的影响。安神复方可延长睡眠时间。",
        "研究植物提取物对小鼠的影响。植物可降低血糖。",
    ],
)
def test_no_herb_from_a_formula_or_generic_extract(text: str) -> None:
    assert _ents(text, "ORGANISM") == ["小鼠"]


def test_the_herb_inside_its_extract_is_not_split_out() -> None:
    text = "金线莲乙醇提取物和金线莲水提物均降低ALT。"
    assert _ents(text, "ORGANISM") == []


@pytest.mark.parametrize(
    ("text", "animal"),
    [
        ("The guinea pigs were treated with quercetin for 2 weeks.", "guinea pigs"),
        ("Golden hamsters received quercetin in the diet.", "Golden hamsters"),
        ("将豚鼠随机分为4组,灌胃给予槲皮素。", "豚鼠"),
        ("The ovariectomized sheep were given quercetin.", "ovariectomized sheep"),
        ("猕猴灌胃给予槲皮素4周。", "猕猴"),
    ],
)
def test_laboratory_animals_are_organisms_and_systems(text: str, animal: str) -> None:
    assert animal in _ents(text, "ORGANISM")
    assert any(r[0] == "TESTED_IN" and r[2] == animal for r in _rels(text))
    assert not any(r[1] == animal for r in _rels(text))  # an animal is never an agent


def test_a_guinea_pig_is_no_pig() -> None:
    assert _ents("Guinea pigs were used.", "ORGANISM") == ["Guinea pigs"]


@pytest.mark.parametrize(
    ("text", "plant"),
    [
        # a known plant genus with a misspelt epithet no table holds is still the plant
        ("Gymnema sylvestra was given orally at 200 mg/kg for 4 weeks.", "Gymnema sylvestra"),
        ("The resin of Commiphora wightri was boiled.", "Commiphora wightri"),
    ],
)
def test_a_misspelt_epithet_after_a_plant_genus_is_a_binomial(text: str, plant: str) -> None:
    assert plant in _ents(text, "ORGANISM")


def test_a_plant_with_a_misspelt_epithet_is_an_agent() -> None:
    rels = _rels("Gymnema sylvestra was given orally at 200 mg/kg for 4 weeks.")
    assert ("HAS_CONCENTRATION", "Gymnema sylvestra", "200 mg/kg") in rels
    assert ("HAS_DURATION", "Gymnema sylvestra", "4 weeks") in rels


@pytest.mark.parametrize(
    "text",
    ["Citrus genera were compared in the survey.", "Aloe extra virgin gel was sold."],
)
def test_english_words_in_ra_after_a_genus_are_no_epithet(text: str) -> None:
    assert _ents(text, "ORGANISM") == []


def test_an_abbreviated_plant_before_a_chinese_extract_word_is_the_extract() -> None:
    text = "Anoectochilus roxburghii (AR) 能降低血糖。AR水提物(100 mg/kg)灌胃给药。"
    assert "AR水提物" in _ents(text, "COMPOUND")


@pytest.mark.parametrize(
    ("text", "animal"),
    [
        # the nematode and the chicken: species the taxonomy table now holds
        ("C. elegans were exposed to 50 μM quercetin for 3 days.", "C. elegans"),
        ("秀丽隐杆线虫经槲皮素处理后寿命延长。", "秀丽隐杆线虫"),
        ("Broiler chickens were fed a diet containing quercetin.", "Broiler chickens"),
    ],
)
def test_nematodes_and_chickens_are_systems(text: str, animal: str) -> None:
    assert animal in _ents(text, "ORGANISM")
    assert ("TESTED_IN", "quercetin" if "quercetin" in text else "槲皮素", animal) in _rels(text)


def test_a_herb_named_with_chicken_is_no_chicken() -> None:
    assert _ents("鸡血藤提取物灌胃给予大鼠。", "ORGANISM") == ["大鼠"]


def test_the_taxonomy_table_holds_the_nematode_and_the_chicken() -> None:
    from puerextract.tables import table_index

    taxa = table_index().taxa
    assert taxa.binomial("Caenorhabditis", "elegans") == "ncbitaxon:6239"
    assert taxa.binomial("Gallus", "gallus") == "ncbitaxon:9031"


def test_creatine_kinase_among_serum_enzymes_is_a_gene() -> None:
    text = "与模型组比较,槲皮素组大鼠血清AST、LDH、CK、MDA水平显著降低。"
    assert "CK" in _ents(text, "GENE")
    assert {("DOWNREGULATES", "槲皮素", x) for x in ("AST", "LDH", "CK", "MDA")} <= _rels(text)


def test_ck_alone_is_no_gene() -> None:
    assert _ents("The CK staining of the sections was weak.", "GENE") == []


@pytest.mark.parametrize(
    "text",
    [
        # a P value whose sign the PDF text lost still closes the finding
        "与模型组比较,槲皮素组大鼠血清MDA水平显著降低(P0.05,P0.01),SOD活性显著升高(P0.05)。",
        "与模型组比较,槲皮素组大鼠血清MDA水平显著降低(P 0.05),SOD活性显著升高。",
    ],
)
def test_a_p_value_without_its_sign_closes_the_finding(text: str) -> None:
    rels = _rels(text)
    assert ("DOWNREGULATES", "槲皮素", "MDA") in rels
    assert ("UPREGULATES", "槲皮素", "SOD") in rels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serum creatinine and urea nitrogen were measured.", ["creatinine", "urea nitrogen"]),
        ("检测血清肌酐和尿素氮(BUN)含量。", ["肌酐", "尿素氮", "BUN"]),
        ("Urea was given in the drinking water.", ["Urea"]),  # urea itself stays urea
    ],
)
def test_urea_nitrogen_is_one_compound(text: str, expected: list[str]) -> None:
    assert _ents(text, "COMPOUND") == expected


def test_an_adverb_after_a_result_verb_keeps_the_finding() -> None:
    text = (
        "Compared with the model group, in the kaempferol groups, the MDA level decreased "
        "significantly, the expression of SOD increased markedly."
    )
    rels = _rels(text)
    assert ("DOWNREGULATES", "kaempferol", "MDA") in rels
    assert ("UPREGULATES", "kaempferol", "SOD") in rels


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        ("采用二甲苯致小鼠耳肿胀模型。", "COMPOUND", "二甲苯"),
        ("Serum nitrite and nitrate levels fell.", "COMPOUND", "nitrate"),
        ("The Smad3 inhibitor SIS3 was added.", "COMPOUND", "SIS3"),
        ("Caveolin-1 protein dropped.", "GENE", "Caveolin-1"),
        ("以六水合氯化铝诱导斑马鱼模型。", "COMPOUND", "六水合氯化铝"),
        ("The piglets were fed the extract.", "ORGANISM", "piglets"),
        ("The flies were exposed to rotenone.", "ORGANISM", "flies"),
    ],
)
def test_field_rows_of_the_stop(text: str, etype: str, name: str) -> None:
    assert name in _ents(text, etype)


def test_a_count_of_kinds_is_no_extract_name() -> None:
    assert _ents("比较了2种提取物的作用。", "COMPOUND") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cells got the extract at 0.2% w/v or at 0.4% w/v.", ["0.2% w/v", "0.4% w/v"]),
        ("DMSO at 0.1% (v/v) was the vehicle.", ["0.1% (v/v)"]),
        ("The yield was 12.5% of the dry weight.", []),
    ],
)
def test_a_solution_percentage_is_a_concentration(text: str, expected: list[str]) -> None:
    assert _ents(text, "CONCENTRATION") == expected


def test_a_plant_written_with_its_genus_initial_is_an_agent() -> None:
    text = (
        "Achyranthes bidentata and Cuscuta chinensis were studied. Nematodes exposed to "
        "A. bidentata lived longer."
    )
    assert ("TESTED_IN", "A. bidentata", "Nematodes") in _rels(text)


def test_an_animal_written_with_its_genus_initial_is_no_agent() -> None:
    rels = _rels("Mus musculus was the host. M. musculus given quercetin lived longer.")
    assert not any(r[1] == "M. musculus" for r in rels)


@pytest.mark.parametrize(
    "text",
    [
        "Magnolol inhibited titanium particle-induced osteolysis.",
        "Magnolol inhibited cobalt particles-induced osteolysis in the calvaria.",
    ],
)
def test_particles_of_an_inducer_keep_it_a_stimulus(text: str) -> None:
    rels = _rels(text)
    assert ("TREATS", "Magnolol", "osteolysis") in rels
    assert not any(r[0] == "DOWNREGULATES" for r in rels)


@pytest.mark.parametrize(
    ("text", "extract"),
    [
        # a botanist's abbreviation between a binomial and its fraction word stays in the span
        (
            "Achyranthes bidentata Bl. extract was given to rats.",
            "Achyranthes bidentata Bl. extract",
        ),
        ("Cuscuta chinensis Lam. flavonoids were given.", "Cuscuta chinensis Lam. flavonoids"),
    ],
)
def test_an_authority_inside_an_extract_name(text: str, extract: str) -> None:
    assert _ents(text, "COMPOUND") == [extract]


def test_an_authority_alone_stays_out_of_the_plant() -> None:
    assert _ents("Achyranthes bidentata Bl. was collected.", "ORGANISM") == [
        "Achyranthes bidentata"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Baicalin blocked the TNF-α-stimulated activation of ERK.",
        "The TNF-α-stimulated expression of MMP-13 was reduced by baicalin.",
    ],
)
def test_a_stimulated_change_is_undone_as_an_induced_one(text: str) -> None:
    target = "ERK" if "ERK" in text else "MMP-13"
    rels = _rels(text)
    assert ("DOWNREGULATES", "baicalin" if "by baicalin" in text else "Baicalin", target) in rels
    assert not any(r[0] == "UPREGULATES" for r in rels)


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        # deaths in a list before their cells; a growth inhibition is a loss of the cells
        ("Aucubin reduced the injury, necrosis and apoptosis of chondrocytes.", "chondrocytes"),
        ("Aucubin attenuated the growth inhibition of MC3T3-E1 cells.", "MC3T3-E1"),
    ],
)
def test_sparing_a_list_of_deaths_raises_the_cells(text: str, cell: str) -> None:
    assert ("UPREGULATES", "Aucubin", cell) in _rels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aucubin reduced the apoptosis of osteoblastic MC3T3-E1 cells.",
        "Aucubin reduced the apoptosis of osteoblasts MC3T3-E1.",
    ],
)
def test_a_cell_line_and_its_cell_type_side_by_side_share_a_regulation(text: str) -> None:
    ups = {r[2] for r in _rels(text) if r[0] == "UPREGULATES" and r[1] == "Aucubin"}
    assert "MC3T3-E1" in ups and len(ups) == 2


@pytest.mark.parametrize(
    ("text", "gene"),
    [
        ("Naringin raised Runx 2 expression in the cells.", "Runx 2"),
        ("柚皮苷降低IL 6水平。", "IL 6"),
    ],
)
def test_a_gene_symbol_with_a_space_before_its_number(text: str, gene: str) -> None:
    assert gene in _ents(text, "GENE")


def test_a_space_before_a_number_after_no_symbol_is_nothing() -> None:
    assert _ents("At week 2 the rats were weighed.", "GENE") == []


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        ("T1DM rats received naringin.", "DISEASE", "T1DM"),
        ("采用甲苯胺蓝染色观察软骨。", "COMPOUND", "甲苯胺蓝"),
    ],
)
def test_rows_of_the_bone_sets(text: str, etype: str, name: str) -> None:
    assert name in _ents(text, etype)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a concentrated extract (浸膏) of a herb; a stop character before the herb is no part
        ("给药组以栀子浸膏600 mg/kg灌胃4周。", "栀子浸膏"),
        ("各组以复方丹参片灌胃。", "复方丹参片"),  # a formula opening on 复 keeps it
    ],
)
def test_an_extract_or_formula_after_a_stop_character(text: str, name: str) -> None:
    assert name in _ents(text, "COMPOUND")


def test_the_concentrated_extract_gets_its_dose() -> None:
    assert ("HAS_CONCENTRATION", "栀子浸膏", "600 mg/kg") in _rels(
        "给药组以栀子浸膏600 mg/kg灌胃4周。"
    )


def test_the_function_of_cells_is_their_activity() -> None:
    text = "Asiatic acid inhibited the resorptive function of mature osteoclasts."
    assert ("DOWNREGULATES", "Asiatic acid", "osteoclasts") in _rels(text)


def test_the_function_of_a_gene_is_no_cell_fate() -> None:
    rels = _rels("Asiatic acid inhibited the function of IL-6 in osteoclasts.")
    assert ("DOWNREGULATES", "Asiatic acid", "osteoclasts") not in rels


@pytest.mark.parametrize(
    "name",
    ["3'4'7-Trihydroxyflavone", "3',4',7-Trihydroxyflavone", "3,4'-Dihydroxyflavone"],
)
def test_locants_with_primes_and_no_commas(name: str) -> None:
    assert _ents(f"{name} inhibited osteoclast formation.", "COMPOUND") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Betulinic acid affected NFATc1 activation in the cells.",
        "Betulinic acid blocked ERK activation, thus altering c-Fos and NFATc1 activation.",
    ],
)
def test_a_noun_of_change_under_a_neutral_verb_gives_no_direction(text: str) -> None:
    assert not any(r[2] in ("c-Fos", "NFATc1") for r in _rels(text))


def test_a_means_keeps_the_direction_of_its_change() -> None:
    rels = _rels("Betulinic acid lowered fat via a decrease in C/EBPα expression.")
    assert ("DOWNREGULATES", "Betulinic acid", "C/EBPα") in rels


def test_an_extract_named_by_its_process_before_a_group_word() -> None:
    ents = _ents("大鼠分为模型组、红芪醇提组和黄芪水提组。", "COMPOUND")
    assert ents == ["红芪醇提", "黄芪水提"]


@pytest.mark.parametrize(
    "text",
    [
        "The gain was partly blocked by the ERK inhibitor, PD98059.",
        "The ERK inhibitor, PD98059, abolished the gain.",
    ],
)
def test_a_blocker_named_after_a_comma(text: str) -> None:
    assert ("DOWNREGULATES", "PD98059", "ERK") in _rels(text)


def test_a_comma_after_a_blocker_noun_before_a_new_clause_still_cuts() -> None:
    rels = _rels("Icariin lowered the inhibitor, and PD98059 raised Akt.")
    assert ("DOWNREGULATES", "PD98059", "Akt") not in rels


@pytest.mark.parametrize(
    "text",
    [
        "与模型组比较,淫羊藿苷80 mg/kg组、160 mg/kg组大鼠血清AST水平显著降低。",
        "淫羊藿苷40 mg·kg-1组大鼠AST降低。",
    ],
)
def test_a_group_label_with_its_doses_names_the_treated_animals(text: str) -> None:
    assert ("TESTED_IN", "淫羊藿苷", "大鼠") in _rels(text)


def test_a_dose_label_on_a_run_of_digits_and_letters_keeps_its_compound() -> None:
    # (its time was measured by hand, linear to 16,000 pairs: no timed assertion here)
    text = "淫羊藿苷" + "8a" * 3000 + "组大鼠。"
    assert "淫羊藿苷" in _ents(text, "COMPOUND")


@pytest.mark.parametrize(
    ("text", "system"),
    [
        (
            "目的:通过去卵巢小鼠骨质疏松模型,研究补骨脂素对骨密度和血清雌激素水平的影响。",
            "去卵巢小鼠",
        ),
        ("基于地塞米松诱导的斑马鱼骨质疏松模型,探究补骨脂素的抗骨质疏松活性。", "斑马鱼"),
    ],
)
def test_an_aim_based_on_a_model_is_tested_in_it(text: str, system: str) -> None:
    rels = _rels(text)
    assert ("TESTED_IN", "补骨脂素", system) in rels
    assert ("TESTED_IN", "雌激素", system) not in rels  # a measured level, not the aim's


def test_a_basis_word_without_an_aim_makes_no_model_frame() -> None:
    assert _rels("通过大鼠模型可以看出,补骨脂素降低血糖。") == set()


# ----------------------------------------------------------------- from the stop's fresh-eyes review


@pytest.mark.parametrize(
    ("text", "rel"),
    [
        # a consequence after a neutral verb keeps its direction
        (
            "Apigenin modulates osteoclastogenesis, leading to downregulation of NFATc1.",
            ("DOWNREGULATES", "Apigenin", "NFATc1"),
        ),
        (
            "Apigenin regulated osteogenesis with an upregulation of Runx2.",
            ("UPREGULATES", "Apigenin", "Runx2"),
        ),
    ],
)
def test_a_consequence_after_a_neutral_verb_keeps_its_direction(text: str, rel: tuple) -> None:
    assert rel in _rels(text)


def test_a_fronted_blocker_phrase_is_no_apposition() -> None:
    rels = _rels(
        "In the presence of the NF-κB inhibitor, apigenin still reduced IL-6 in chondrocytes."
    )
    assert ("DOWNREGULATES", "apigenin", "NF-κB") not in rels
    assert ("DOWNREGULATES", "apigenin", "IL-6") in rels


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("观察肝脏提取物的作用，肝脏组织中MDA升高。", "肝脏"),
        ("观察酸性多糖对小鼠的作用，酸性环境下细胞死亡。", "酸性"),
    ],
)
def test_an_organ_or_quality_before_an_extract_word_is_no_herb(text: str, stem: str) -> None:
    assert stem not in _ents(text, "ORGANISM")


def test_a_purity_written_w_w_is_no_dose() -> None:
    rels = _rels("Apigenin (purity 98% w/w) was purchased and given to rats.")
    assert not any(r[0] == "HAS_CONCENTRATION" for r in rels)


@pytest.mark.parametrize(
    ("text", "not_gene"),
    [("植入BMP 2周后，骨量增加。", "BMP 2"), ("Runx 2.5 fold higher.", "Runx 2")],
)
def test_a_spaced_number_that_is_a_quantity_is_no_member(text: str, not_gene: str) -> None:
    assert not_gene not in _ents(text, "GENE")


def test_a_genus_initial_without_a_space_is_the_plant() -> None:
    text = "Achyranthes bidentata was collected. Nematodes fed A.bidentata lived longer."
    assert ("TESTED_IN", "A.bidentata", "Nematodes") in _rels(text)


def test_a_vehicle_of_oil_takes_no_compound_s_relations() -> None:
    rels = _rels("Apigenin was dissolved in olive oil and given to rats for 4 weeks.")
    assert ("TESTED_IN", "Apigenin", "rats") in rels
    assert ("HAS_DURATION", "Apigenin", "4 weeks") in rels


def test_model_rats_are_one_organism_span() -> None:
    assert _ents("OA model rats were injected with apigenin.", "ORGANISM") == ["model rats"]
    assert ("TESTED_IN", "apigenin", "model rats") in _rels(
        "OA model rats were injected with apigenin."
    )


def test_a_model_group_is_no_animal() -> None:
    assert _ents("The model group received saline.", "ORGANISM") == []


def test_levels_measured_after_a_model_are_not_given_to_it() -> None:
    text = "建立糖尿病小鼠模型,给予槲皮素灌胃30 d,通过测定血清中总胆固醇和甘油三酯含量评价疗效。"
    rels = _rels(text)
    assert ("TESTED_IN", "槲皮素", "小鼠") in rels
    assert not any(r[0] == "TESTED_IN" and r[1] in ("总胆固醇", "甘油三酯") for r in rels)


def test_a_long_name_in_a_neutral_gap_is_read_word_by_word() -> None:
    from puerextract.relate import _neutral_gap

    # one long token that is no clean name list: read in one pass (a regex over such a gap
    # backtracked for minutes at 20 characters)
    assert _neutral_gap(" " + "A" * 59 + "x;") is False
    assert _neutral_gap(" c-Fos and NFATc1 ") is True
    assert _neutral_gap(" osteogenesis with an upregulation of ") is False
