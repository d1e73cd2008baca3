"""Entity tagging: each rule family on sentences written for the tests."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def spans(text: str, rules_dir) -> list[tuple[str, str, str | None, str]]:
    ann = extract_text(text, "t", rules_dir)
    for e in ann.entities:
        assert text[e.start : e.end] == e.text
    return [(e.text, e.type, e.norm, e.source) for e in ann.entities]


def texts(text: str, rules_dir) -> list[tuple[str, str]]:
    return [(t, ty) for t, ty, _, _ in spans(text, rules_dir)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("染料木素发挥雌激素样作用。", [("染料木素", "COMPOUND"), ("雌激素", "COMPOUND")]),
        ("Osteoblastic cells grew.", [("Osteoblast", "CELL_TYPE")]),
        ("The puerarin-treated mice", [("puerarin", "COMPOUND"), ("mice", "ORGANISM")]),
        ("Many osteoblasts were counted.", [("osteoblasts", "CELL_TYPE")]),
        ("ERK1/2 and ER were measured.", [("ERK1/2", "GENE"), ("ER", "GENE")]),
        ("雌激素受体的表达", [("雌激素受体", "GENE")]),
        ("an anti-osteoporotic agent", [("osteoporotic", "DISEASE")]),
        ("SERPINE and PERK stay unmatched.", []),
    ],
)
def test_lexicon_matching(text, expected, rules_dir):
    assert texts(text, rules_dir) == expected


def test_identifiers_shared_across_languages_and_families_get_none(rules_dir):
    got = spans("葛根素（puerarin）与雌激素受体", rules_dir)
    norms = {t: n for t, _, n, _ in got}
    assert norms["葛根素"] == norms["puerarin"] == "pubchem:5281807"
    assert norms["雌激素受体"] is None


def test_abbreviation_pair_gives_type_and_identifier_to_later_mentions(rules_dir):
    text = "骨形态发生蛋白 7（BMP-7X）可促进成骨。随后 BMP-7X 的表达升高。"
    got = [(t, ty, n, s) for t, ty, n, s in spans(text, rules_dir) if t == "BMP-7X"]
    assert len(got) == 2
    assert all(ty == "GENE" and n == "hgnc:BMP7" and s == "abbreviation" for _, ty, n, s in got)


def test_english_abbreviation_pair(rules_dir):
    text = "We measured bone morphogenetic protein 7 (BMPX7). BMPX7 rose."
    got = [(t, ty, n) for t, ty, n, _ in spans(text, rules_dir)]
    assert got.count(("BMPX7", "GENE", "hgnc:BMP7")) == 2


def test_pathway_phrases(rules_dir):
    got = texts("激活 p38、ERK1/2 信号通路和 PI3K/Akt 信号通路", rules_dir)
    assert got == [
        ("p38", "PATHWAY"),
        ("ERK1/2 信号通路", "PATHWAY"),
        ("PI3K/Akt 信号通路", "PATHWAY"),
    ]
    assert texts("the PI3K/Akt signaling pathway", rules_dir) == [
        ("PI3K/Akt signaling pathway", "PATHWAY")
    ]


def test_animal_models_and_species_modifiers(rules_dir):
    assert texts("去卵巢大鼠的成骨细胞", rules_dir) == [
        ("去卵巢大鼠", "ORGANISM"),
        ("成骨细胞", "CELL_TYPE"),
    ]
    assert texts("大鼠成骨细胞", rules_dir) == [("成骨细胞", "CELL_TYPE")]
    assert texts("SD 大鼠", rules_dir) == [("SD 大鼠", "ORGANISM")]


def test_shape_pattern_is_scored_separately(rules_dir):
    got = spans("miR-9981 下调", rules_dir)
    assert got == [("miR-9981", "GENE", None, "shape")]


def test_cell_line_without_its_head(rules_dir):
    assert texts("MC3T3-E1 细胞和 RAW264.7 cells", rules_dir) == [
        ("MC3T3-E1", "CELL_LINE"),
        ("RAW264.7", "CELL_LINE"),
    ]


def test_quantities_have_values_as_note(rules_dir):
    ann = extract_text("将 5、50 μmol/L 染料木素作用 24 h", "t", rules_dir)
    conc = [e for e in ann.entities if e.type == "CONCENTRATION"]
    dur = [e for e in ann.entities if e.type == "DURATION"]
    assert [e.text for e in conc] == ["5、50 μmol/L"]
    assert conc[0].note == "values=5,50 unit=umol/L"
    assert [e.text for e in dur] == ["24 h"]


# ----------------------------------------------------------------------------- general rules
# (packaged rules: these are rules of the field, not of the gold review)


def _packaged(text: str) -> list[tuple[str, str]]:
    return texts(text, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 非 as a verb (并非, 而非, 绝非) negates nothing: the whole name is the mention
        ("黄豆苷元并非雌激素。", [("黄豆苷元", "COMPOUND"), ("雌激素", "COMPOUND")]),
        ("它作用于成骨细胞而非破骨细胞。", [("成骨细胞", "CELL_TYPE"), ("破骨细胞", "CELL_TYPE")]),
        ("该药绝非雌激素。", [("雌激素", "COMPOUND")]),
        # 非 as a prefix of one word: a negated class, nothing inside it is a mention
        ("分离得到的非造血干细胞贴壁生长。", []),
        ("非雌激素类药物与雌激素不同。", [("雌激素", "COMPOUND")]),
    ],
)
def test_negating_prefix(text, expected):
    assert _packaged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("血管钙化与脱钙均增加，钙质沉着减少。", []),
        (
            "补充钙质和钙离子可以升高血钙。",
            [("钙质", "COMPOUND"), ("钙离子", "COMPOUND"), ("钙", "COMPOUND")],
        ),
        # two-character names after 去/脱 or before 化 are not process words
        ("去除雌激素后，大鼠骨量下降。", [("雌激素", "COMPOUND"), ("大鼠", "ORGANISM")]),
    ],
)
def test_process_words_only_for_one_character_elements(text, expected):
    assert _packaged(text) == expected


def test_full_width_letters_and_digits_match_as_half_width():
    text = "ＭＣ３Ｔ３－Ｅ１细胞中ＡＬＰ升高；去卵巢（ＯＶＸ）大鼠。"
    got = spans(text, None)
    assert [(t, ty) for t, ty, _, _ in got] == [
        ("ＭＣ３Ｔ３－Ｅ１", "CELL_LINE"),
        ("ＡＬＰ", "GENE"),
        ("去卵巢（ＯＶＸ）大鼠", "ORGANISM"),
    ]
    assert got[0][2] == "cellosaurus:CVCL_0409"


@pytest.mark.parametrize(
    "name",
    [
        "3-甲基腺嘌呤",
        "3-甲基嘌呤",
        "2-脱氧葡萄糖",
        "4-羟基壬烯醛",
        "N-乙酰半胱氨酸",
        "6-苄基腺嘌呤",
    ],
)
def test_chinese_chemical_name_shape(name):
    text = f"细胞经{name}处理后凋亡减少。"
    assert _packaged(text) == [(name, "COMPOUND")]


def test_chemical_shape_stops_at_the_parent():
    assert _packaged("2-脱氧葡萄糖抑制糖酵解。") == [("2-脱氧葡萄糖", "COMPOUND")]


def test_lexicon_keeps_no_guessed_identifier():
    got = {t: norm for t, _ty, norm, _src in spans("3-甲基嘌呤与 LNMA 以及 3-MA。", None)}
    assert got == {"3-甲基嘌呤": None, "LNMA": None, "3-MA": "pubchem:135398661"}


@pytest.mark.parametrize(
    "text",
    ["芍药苷激活 Notch\n\n信号通路。", "去卵巢\n小鼠", "雌激素\n受体", "p38、\nERK1/2 信号通路"],
)
def test_no_mention_crosses_a_line_break(text):
    for t, _ty in _packaged(text):
        assert "\n" not in t


def test_lone_surrogate_is_a_clear_error():
    from puerextract.errors import IngestError

    with pytest.raises(IngestError, match="cannot be encoded"):
        extract_text("芍药苷\ud800促进成骨。", "bad")


def test_word_lists_extend_patterns_and_tagger(tmp_path):
    """A strain added to tag_words.tsv in a rule folder reaches the tagger and the patterns."""
    from puerextract.rules import load_rules, packaged_rules_dir

    packaged = (packaged_rules_dir() / "tag_words.tsv").read_text(encoding="utf-8")
    (tmp_path / "tag_words.tsv").write_text(packaged + "Dahl\trat_strain\t\n", encoding="utf-8")
    rules = load_rules(tmp_path)
    assert "Dahl" in rules.words_of("rat_strain")
    assert any(
        "Dahl" in spec.get("TEXT", {}).get("IN", ())
        for p in rules.patterns
        for spec in p.pattern
        if isinstance(spec.get("TEXT"), dict)
    )
    assert ("Dahl 大鼠", "ORGANISM") in texts("Dahl 大鼠", tmp_path)


# ----------------------------------------------------------------------------- devfix rules
# (on the packaged rules: herbal fractions, codes and ratio pairs need its word lists)


def test_abbreviation_after_another_name_in_the_parenthesis_is_propagated():
    text = "槲皮素（quercetin，QCT）可促进成骨。随后 QCT 上调 Runx2。"
    got = [(t, ty) for t, ty, _, _ in spans(text, None) if t == "QCT"]
    assert got == [("QCT", "COMPOUND"), ("QCT", "COMPOUND")]


def test_abbreviation_before_a_dose_in_the_parenthesis_is_propagated():
    text = "Rats received estradiol valerate (EVX, 1 mg/kg). EVX lowered CTX-I."
    got = [(t, ty) for t, ty, _, _ in spans(text, None) if t == "EVX"]
    assert got == [("EVX", "COMPOUND"), ("EVX", "COMPOUND")]


def test_long_form_of_a_known_abbreviation_by_schwartz_hearst():
    text = (
        "The extract lowered receptor tyrosine kinase like orphan receptor zeta (RORZ1) and MMP13."
    )
    # RORZ1 is unknown: no long form; a known symbol gives its long form the same identifier
    assert "receptor tyrosine kinase like orphan receptor zeta" not in [
        t for t, _, _, _ in spans(text, None)
    ]
    text = "It raised silent information regulator T1 (SIRT1) levels in the cells."
    got = {t: (ty, n) for t, ty, n, _ in spans(text, None)}
    assert got["silent information regulator T1"] == got["SIRT1"]


def test_herbal_fractions_are_one_compound():
    got = texts("杜仲总黄酮与黄芪多糖均能升高骨密度。", None)
    assert ("杜仲总黄酮", "COMPOUND") in got and ("黄芪多糖", "COMPOUND") in got
    assert not any(ty == "ORGANISM" for _, ty in got)
    got = texts("Rats received total saponins of Panax ginseng or Eucommia ulmoides extract.", None)
    assert ("total saponins of Panax ginseng", "COMPOUND") in got
    assert ("Eucommia ulmoides extract", "COMPOUND") in got
    assert ("总皂苷", "COMPOUND") in texts("提取物中总皂苷含量较高。", None)


def test_research_compound_codes_near_a_blocker_word():
    got = texts("以 AKT 抑制剂 QZ-42817 预处理后，QZ-42817 组细胞增殖下降。", None)
    assert got.count(("QZ-42817", "COMPOUND")) == 2
    got = texts("Cells were pretreated with KRT 12-3456 before the assay.", None)
    assert ("KRT 12-3456", "COMPOUND") in got
    # a code without a blocker context, and a target named right before the blocker noun
    assert ("QZ42817", "COMPOUND") not in texts("The QZ42817 sample was weighed.", None)
    assert ("ABC42", "COMPOUND") not in texts("An ABC42 inhibitor was used.", None)


def test_research_codes_the_paper_names_as_compounds():
    got = texts(
        "Of the isolates, QY27 (3-methoxy-4-hydroxycinnamic acid) worked; QY27 was kept.", None
    )
    assert got.count(("QY27", "COMPOUND")) == 2  # over the gene-like shape of the code
    assert ("3-methoxy-4-hydroxycinnamic acid", "COMPOUND") in got
    got = texts("We tested HB2204, the aqueous extracts of dried roots. HB2204 lowered TRAP.", None)
    assert got.count(("HB2204", "COMPOUND")) == 2
    # a gene symbol before its long form stays a gene
    got = texts("IL6 (interleukin 6) rose.", None)
    assert ("IL6", "GENE") in got


def test_slash_pair_without_a_head_is_two_genes():
    got = texts("OPG/RANKL 比值升高，LC3-Ⅱ/LC3-Ⅰ 比值增加。", None)
    assert got[:2] == [("OPG", "GENE"), ("RANKL", "GENE")]
    assert ("LC3-Ⅱ", "GENE") in got and ("LC3-Ⅰ", "GENE") in got
    assert texts("激活 PI3K/Akt 信号通路", None) == [("PI3K/Akt 信号通路", "PATHWAY")]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        (
            "Icariin raised Runx2 in MC3T3\u2011E1 cells.",
            "MC3T3\u2011E1",
            "CELL_LINE",
        ),  # typeset hyphen
        ("Osterix rose in MC3T3\u2010E1 cells.", "MC3T3\u2010E1", "CELL_LINE"),
        ("Liraglutide raised GLP-1R expression in bone.", "GLP-1R", "GENE"),
        ("Teriparatide bound PTH-1R in the cultures.", "PTH-1R", "GENE"),
        ("Curcumin was added to HT-29 cells.", "HT-29", "CELL_LINE"),
    ],
)
def test_typeset_hyphens_and_receptor_shapes(text, name, etype):
    found = texts(text, None)  # the packaged rules
    assert (name, etype) in found
    assert not any(t == name and ty != etype for t, ty in found)


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        ("Icariin (ICA) was dosed; the ICA-L and ICA-H arms gained bone.", "ICA", 1),
        ("Puerarin (PUE) was given; PUE-M and PUE-H groups gained bone.", "PUE", 1),
        ("Puerarin (PUE) lowered TRAP in Low-PUE and High-PUE arms.", "PUE", 1),
        # a group's label ending in the compound its arm received: the label's abbreviation
        (
            "Mice were sham-operated (SH), castrated (CX) or castrated and treated with "
            "testosterone (CXT); the CXT mice kept bone.",
            "CXT",
            0,
        ),
        ("Cells grown in high glucose (HG) died; HG raised ROS.", "HG", 2),  # a synonym stays
    ],
)
def test_abbreviations_in_coded_group_labels_are_no_mentions(text, name, count):
    assert [t for t, _ in texts(text, None)].count(name) == count


def test_phosphorus_is_a_substance_but_not_in_phosphorylation_or_phospholipids():
    found = texts(
        "血清钙、磷水平升高，p38 磷酸化受抑制，磷脂酰肌醇 3-激酶（PI3K）活化，尿肌酐不变。", None
    )
    assert ("磷", "COMPOUND") in found and ("肌酐", "COMPOUND") in found
    assert found.count(("磷", "COMPOUND")) == 1
    assert ("磷脂酰肌醇 3-激酶", "GENE") in found  # the gene's name starts with the element


def test_cells_of_the_disc_and_tea_polyphenols():
    found = texts("Green tea polyphenols protected annulus fibrosus cells and 髓核细胞.", None)
    assert found == [
        ("Green tea polyphenols", "COMPOUND"),
        ("annulus fibrosus cells", "CELL_TYPE"),
        ("髓核细胞", "CELL_TYPE"),
    ]


def test_a_cell_likeness_is_a_descriptor():
    found = texts("MG63 human osteoblast-like cells grew; osteoblasts proliferated.", None)
    assert found == [("MG63", "CELL_LINE"), ("osteoblasts", "CELL_TYPE")]


def test_cells_and_species_describing_a_cell_line_are_no_mentions():
    found = texts("Viability of the murine monocyte/macrophage cell line RAW264.7 rose.", None)
    assert found == [("RAW264.7", "CELL_LINE")]


def test_family_and_long_names_of_osteoclast_and_osteoblast_genes():
    found = texts(
        "Nuclear factor of activated T cells (NFAT), β3-integrin and core-binding factor α1 fell.",
        None,
    )
    assert [t for t, ty in found if ty == "GENE"] == [
        "Nuclear factor of activated T cells",
        "NFAT",
        "β3-integrin",
        "core-binding factor α1",
    ]


def test_a_positive_control_description_stays_out_of_the_name():
    found = texts("模型组后分别给予阳性药物碳酸钙（0.5 mg/kg）和阳性药阿仑膦酸钠。", None)
    assert ("碳酸钙", "COMPOUND") in found and ("阿仑膦酸钠", "COMPOUND") in found


def test_leukocytes_synoviocytes_and_atp():
    found = texts(
        "关节液白细胞数减少，白细胞介素-2（IL-2）降低，成纤维样滑膜细胞 ATP 含量下降。", None
    )
    assert ("白细胞", "CELL_TYPE") in found and ("白细胞介素-2", "GENE") in found
    assert ("成纤维样滑膜细胞", "CELL_TYPE") in found and ("ATP", "COMPOUND") in found


def test_a_disease_adjective_after_a_fused_anti():
    found = texts("Its antiosteoporotic action was weak; Antiosteoporotic drugs differ.", None)
    assert found == [("osteoporotic", "DISEASE"), ("osteoporotic", "DISEASE")]
    assert texts("The antigen bound an antibody.", None) == []


def test_class_and_family_names_of_the_field():
    found = texts("Grape proanthocyanidins lowered IκB kinase (IKK) and raised collagen-II.", None)
    assert ("proanthocyanidins", "COMPOUND") in found
    assert ("IκB kinase", "GENE") in found and ("IKK", "GENE") in found
    assert ("collagen-II", "GENE") in found


def test_calcium_nodules_name_no_substance():
    found = texts("成骨诱导后钙结节形成增加，血钙水平不变。", None)
    assert found.count(("钙", "COMPOUND")) == 1  # 血钙 only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("观察逍遥丸对去卵巢大鼠骨量的影响。", ["逍遥丸"]),
        ("健骨汤组骨密度高于模型组。", ["健骨汤"]),
        ("探讨益肾壮骨方对成骨细胞的作用。", ["益肾壮骨方"]),
        ("大鼠口服强骨颗粒后骨密度升高。", ["强骨颗粒"]),
        (
            "The Qianggu Zhuangjin decoction (QZD) raised BMD; QZD also lowered CTX.",
            ["Qianggu Zhuangjin decoction", "QZD", "QZD"],
        ),
        ("观察不同剂量的健脾益肾颗粒对大鼠的作用。", ["健脾益肾颗粒"]),  # 的 opens no name
        ("对照组服用骨化三醇软胶囊联合阿仑膦酸钠治疗。", ["骨化三醇软胶囊", "阿仑膦酸钠"]),
        ("采用统计方法分析；药物在体内扩散，按处方配制。", []),
        ("A formula was used, and the Chinese herbal formula helped.", []),
        # romanised names: hyphenated syllables (Wade-Giles or pinyin), capitalised words
        (
            "Bu-zhong-yi-qi-tang and Er-xian-tang were given; Zuogui Wan raised BMD.",
            ["Bu-zhong-yi-qi-tang", "Er-xian-tang", "Zuogui Wan"],
        ),
        ("In San Francisco, Tang et al. tested Long-Evans rats.", []),
        # a marked product
        ("Controls received Fosamax® (1 mg/kg) or Evista™ (60 mg/kg).", ["Fosamax", "Evista"]),
    ],
)
def test_herbal_formula_names(text, expected):
    found = [(t, ty) for t, ty, _, src in spans(text, None) if ty == "COMPOUND"]
    assert [t for t, _ in found] == expected


def _spans(text: str) -> list[tuple[str, str]]:
    from puerextract.extract import extract_text

    return [(e.text, e.type) for e in extract_text(text, "t").entities]


def test_a_term_ending_in_a_short_word_does_not_end_inside_a_longer_one():
    # "collagen type I" must not match the start of "collagen type II" (nor a Roman numeral)
    got = _spans("Chondrocytes kept collagen type II and lost collagen type I.")
    assert ("collagen type II", "GENE") in got and ("collagen type I", "GENE") in got
    assert [t for t, _ in got].count("collagen type I") == 1


def test_subunit_after_family_name_is_two_genes_and_cleaved_stays_out():
    # gold/DECISIONS.md: "NF-κB p65" is two GENE mentions; a modification word is no part of a name
    got = _spans("Cleaved caspase-3 and nuclear NF-κB p65 fell.")
    assert ("caspase-3", "GENE") in got
    assert ("NF-κB", "GENE") in got and ("p65", "GENE") in got


def test_an_injury_keeps_its_site():
    # gold/DECISIONS.md: 股骨骨折, an injury with its site, is one DISEASE span
    assert ("股骨骨折", "DISEASE") in _spans("三七皂苷促进大鼠股骨骨折愈合。")
    assert ("femoral fracture", "DISEASE") in _spans("It sped femoral fracture healing in rats.")


@pytest.mark.parametrize(
    ("text", "pathway"),
    [
        # a long form with its abbreviation joins by a slash as one name
        (
            "探讨槲皮素对细胞外信号调节激酶（ERK）/Runx2 信号通路的影响。",
            "细胞外信号调节激酶（ERK）/Runx2 信号通路",
        ),
        (
            "We studied the fibroblast growth factor 2 (FGF2)/ERK signaling pathway.",
            "fibroblast growth factor 2 (FGF2)/ERK signaling pathway",
        ),
        # a pathway found with its head still takes the names joined before it
        ("芒柄花素通过雌激素受体α/ERK信号通路起作用。", "雌激素受体α/ERK信号通路"),
        # weak heads (信号, 轴) after names joined by slashes; the antioxidant pathway
        ("左归丸可激活BMP-2/Smad信号、促进成骨。", "BMP-2/Smad信号"),
        ("OPG/RANKL/RANK 轴失衡导致骨丢失。", "OPG/RANKL/RANK 轴"),
        ("它激活Nrf2/HO-1抗氧化通路。", "Nrf2/HO-1抗氧化通路"),
    ],
)
def test_pathway_names_joined_by_slashes(text, pathway):
    assert (pathway, "PATHWAY") in _spans(text)


def test_a_weak_head_after_one_name_is_no_pathway():
    got = _spans("TLR4 信号分子的表达升高。")
    assert ("TLR4", "GENE") in got and all(t != "PATHWAY" for _, t in got)


def test_an_abbreviation_defined_for_something_else_is_no_gene_in_that_paper():
    got = _spans("Tunicamycin induced endoplasmic reticulum (ER) stress; ER stress fell later.")
    assert all(t not in ("ER", "endoplasmic reticulum") for t, _ in got)
    # defined for a gene (or not defined at all), ER stays a gene
    assert ("ER", "GENE") in _spans("Estrogen receptor (ER) rose, and ER fell again.")
    assert ("glucose-regulated protein 94", "GENE") in _spans(
        "Levels of glucose-regulated protein 94 (GRP94) rose."
    )


@pytest.mark.parametrize(
    ("text", "gene"),
    [
        ("Western blot检测p-IκBα表达。", "p-IκBα"),  # fused phospho prefix after Chinese
        ("Both p-GSK-3β and total GSK-3β were measured.", "p-GSK-3β"),
        ("BMP-2 raised Smad1/5 levels.", "Smad1/5"),  # family members after a slash
        ("BMP-2 raised p-Smad1/5/8 levels.", "p-Smad1/5/8"),
    ],
)
def test_gene_spans_keep_phospho_prefix_and_members(text, gene):
    assert (gene, "GENE") in _spans(text)


def test_chinese_terms_match_with_or_without_spaces_around_latin():
    got = _spans("检测 B 淋巴细胞瘤-2 和 Bcl-2 相关 X 蛋白的表达。")
    assert ("B 淋巴细胞瘤-2", "GENE") in got and ("Bcl-2 相关 X 蛋白", "GENE") in got


@pytest.mark.parametrize(
    "text",
    [
        "取原代小鼠颅骨成骨细胞培养。",  # origin words between species and cells
        "分离 3 周龄 SD 大鼠膝关节软骨细胞。",
        "Wistar rat BMSCs were isolated.",
        "We took SD rat femoral BMSCs.",
    ],
)
def test_a_species_that_only_says_where_cells_come_from_is_no_mention(text):
    assert all(t != "ORGANISM" for _, t in _spans(text))


def test_a_species_beside_cells_in_a_sentence_of_its_own_stays():
    assert ("大鼠", "ORGANISM") in _spans("给予大鼠灌胃后取成骨细胞检测。")


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Kaempferol, a dietary flavonol, was given.", "flavonol", "Kaempferol"),
        ("Neither isoflavone changed viability.", "isoflavone", None),
        ("ALP activity and calcium nodules fell.", "calcium", None),
        ("Isoflavones act on bone, and calcium was added.", None, "Isoflavones"),
    ],
)
def test_descriptions_and_structures_name_no_substance(text, absent, present):
    got = [t for t, ty in _spans(text) if ty == "COMPOUND"]
    assert absent not in got
    if present:
        assert present in got


def test_a_rat_strain_with_a_typeset_dash():
    assert ("Sprague–Dawley rats", "ORGANISM") in _spans("Our Sprague–Dawley rats got no drug.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a code no lexicon holds, with a cell word after or a cell-line word before it,
        # at every use in the paper
        (
            "Human chondrosarcoma SW1353 cells were used. SW1353 viability fell.",
            [("SW1353", "CELL_LINE"), ("SW1353", "CELL_LINE")],
        ),
        (
            "Psoralen was tested on the cell line HT1080.",
            [("Psoralen", "COMPOUND"), ("HT1080", "CELL_LINE")],
        ),
        ("以 SW1353 细胞为研究对象。", [("SW1353", "CELL_LINE")]),
        # no cell cue: no cell line; a marker with + is no cell line
        ("SW1353 viability fell.", []),
        ("CD133+ cells were sorted.", [("CD133", "GENE")]),
    ],
)
def test_cell_line_codes(text, expected):
    assert _packaged(text) == expected


def test_neonatal_rats_of_a_strain():
    # 乳鼠 after a strain: the strain's species; before a cell name it only modifies the cells
    assert _packaged("从新生 SD乳鼠颅盖骨分离成骨细胞。") == [
        ("SD乳鼠", "ORGANISM"),
        ("成骨细胞", "CELL_TYPE"),
    ]
    assert _packaged("取 C57BL/6 乳鼠颅骨。") == [("C57BL/6 乳鼠", "ORGANISM")]
    assert _packaged("SD乳鼠成骨细胞贴壁生长。") == [("成骨细胞", "CELL_TYPE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English cell names by their ending, no lexicon needed
        (
            "Psoralen acted on synoviocytes, keratinocytes and osteoprogenitors.",
            [
                ("Psoralen", "COMPOUND"),
                ("synoviocytes", "CELL_TYPE"),
                ("keratinocytes", "CELL_TYPE"),
                ("osteoprogenitors", "CELL_TYPE"),
            ],
        ),
        # words before a stem or progenitor head, not the species or other stop words
        (
            "Human periodontal ligament stem cells and endothelial progenitor cells were used.",
            [
                ("periodontal ligament stem cells", "CELL_TYPE"),
                ("endothelial progenitor cells", "CELL_TYPE"),
            ],
        ),
        (
            "取人牙周膜干细胞与内皮祖细胞。",
            [("牙周膜干细胞", "CELL_TYPE"), ("内皮祖细胞", "CELL_TYPE")],
        ),
        # not a word that only holds the ending, nor cells named by a marker
        ("Phagocytosis of the blasts rose; TRAP 阳性细胞增多。", [("TRAP", "GENE")]),
    ],
)
def test_cell_names_no_lexicon_holds(text, expected):
    assert _packaged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other items of a list of herbal materials are herbal materials
        (
            "杜仲、骨碎补、肉苁蓉和续断常用于骨病。",
            [
                ("杜仲", "ORGANISM"),
                ("骨碎补", "ORGANISM"),
                ("肉苁蓉", "ORGANISM"),
                ("续断", "ORGANISM"),
            ],
        ),
        # not with one plant only, nor for a formula, an animal or a 等 item
        ("杜仲、锁阳和千年健常用于骨病。", [("杜仲", "ORGANISM")]),
        (
            "杜仲、骨碎补和补肾汤。",
            [("杜仲", "ORGANISM"), ("骨碎补", "ORGANISM"), ("补肾汤", "COMPOUND")],
        ),
        (
            "杜仲、骨碎补、续断等。",
            [("杜仲", "ORGANISM"), ("骨碎补", "ORGANISM"), ("续断", "ORGANISM")],
        ),
    ],
)
def test_herb_lists(text, expected):
    assert _packaged(text) == expected


def test_review_cases_of_the_name_rules():
    """Cell names stop at verbs and adverbs; a CD code is a marker, no cell line."""
    assert _packaged(
        "Psoralen promoted stem cells proliferation and significantly increased progenitor cells."
    ) == [("Psoralen", "COMPOUND")]
    assert ("牙周膜干细胞", "CELL_TYPE") in _packaged("补骨脂素可促进牙周膜干细胞增殖。")
    assert _packaged("CD105 cells were sorted.") == []


def _overlay(tmp_path, edit):  # noqa: ANN001, ANN202
    """A rules folder whose ``tag_words.tsv`` is the packaged one passed through ``edit``."""
    from importlib.resources import files

    packaged = files("puerextract").joinpath("data/tag_words.tsv").read_text(encoding="utf-8")
    (tmp_path / "tag_words.tsv").write_text(edit(packaged), "utf-8")
    return tmp_path


def test_giving_phrases_cue_products_preparations_and_arm_labels_from_the_data(tmp_path):
    product = "Controls were dosed with Forteo® daily."
    extract = "Rats were dosed with bitter melon extract daily."
    arm = "Mice were ovariectomized and dosed with estradiol (OVXE); OVXE mice kept bone."
    assert ("Forteo", "COMPOUND") not in texts(product, None)
    assert ("bitter melon extract", "COMPOUND") not in texts(extract, None)
    assert ("OVXE", "COMPOUND") in texts(arm, None)
    rules = _overlay(tmp_path, lambda t: t + "dosed with\tgiving_phrase_en\t\n")
    assert ("Forteo", "COMPOUND") in texts(product, rules)
    assert ("bitter melon extract", "COMPOUND") in texts(extract, rules)
    assert ("OVXE", "COMPOUND") not in texts(arm, rules)  # the arm's label, not the compound's


def test_a_likeness_word_comes_from_the_data(tmp_path):
    text = "MG63 osteoblast-like cells grew."
    assert ("osteoblast", "CELL_TYPE") not in texts(text, None)
    rules = _overlay(
        tmp_path, lambda t: "\n".join(x for x in t.split("\n") if "\tlikeness_word\t" not in x)
    )
    assert ("osteoblast", "CELL_TYPE") in texts(text, rules)


def test_a_coded_label_defined_after_a_group_word_is_no_mention():
    found = texts("大鼠分为补骨脂素组(OVX-P)、小剂量补骨脂素组(L-PSO)和戊酸雌二醇组(E2V)。", None)
    assert ("OVX-P", "COMPOUND") not in found and ("L-PSO", "COMPOUND") not in found
    assert ("E2V", "COMPOUND") in found  # the compound's own abbreviation stays


def test_soybean_isoflavones_and_an_effect_noun_before_an_english_name():
    assert texts("Soybean isoflavones lowered osteoprotegerin ligand.", None) == [
        ("Soybean isoflavones", "COMPOUND"),
        ("osteoprotegerin ligand", "GENE"),
    ]
    found = texts(
        "探讨补骨脂素对心肌缺血再灌注损伤的保护作用(myocardial ischemia-reperfusion injury)。", None
    )
    assert ("作用", "DISEASE") not in found and ("心肌缺血再灌注损伤", "DISEASE") in found
