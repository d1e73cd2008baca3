"""Mentions from the knowledge tables (``puerextract.tables``): each family and its guards, on
sentences written for the tests, with the packaged rules (the word lists are theirs)."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text
from puerextract.tables import _has_table, loose, name_key, symbol_shape, table_index

TABLE = ("table-gene", "table-taxon", "table-chemical", "table-disease")


def mentions(text: str) -> list[tuple[str, str, str | None, str]]:
    ann = extract_text(text, "t")
    for e in ann.entities:
        assert text[e.start : e.end] == e.text
    return [(e.text, e.type, e.norm, e.source) for e in ann.entities]


def table(text: str) -> list[tuple[str, str, str | None]]:
    """The mentions the table families made: (text, type, identifier)."""
    return [(t, ty, n) for t, ty, n, src in mentions(text) if src in TABLE]


def of_type(text: str, etype: str) -> list[str]:
    return [t for t, ty, _, _ in mentions(text) if ty == etype]


# ----------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("form", "ok"),
    [
        ("SRC", True),
        ("CaSR", True),
        ("c-Src", True),
        ("p53", True),
        ("Sirt6", True),
        ("Src", False),  # a capitalised word first
        ("set", False),
        ("Met", False),
        ("ER", False),  # fewer than 3 letters and digits
        ("12", False),
    ],
)
def test_symbol_shape(form, ok):
    assert symbol_shape(form) is ok


def test_name_and_symbol_keys():
    assert name_key("Calcium-Sensing  Receptor") == name_key("calcium sensing receptor")
    assert name_key("protein S") != name_key("proteins")
    assert loose("TNF-α") == loose("TNF-alpha") == "tnfalpha"


def test_index_is_built_once_per_process():
    assert table_index() is table_index()


# ----------------------------------------------------------------------------- genes


def test_short_alias_with_a_cue_word_is_a_gene():
    got = table("Tunicamycin raised phosphorylated PERK in the treated cells.")
    assert ("PERK", "GENE", "hgnc:EIF2AK3") in got


def test_short_alias_without_a_cue_is_no_mention():
    assert table("PERK rose sharply after the second week.") == []


def test_fused_p_stays_in_the_span_and_is_a_cue():
    assert ("p-PERK", "GENE", "hgnc:EIF2AK3") in table("Western blots showed less p-PERK.")


def test_a_symbol_touching_han_characters():
    # Chinese text puts no space around a symbol: a Han character is no part of the name
    assert ("p-PERK", "GENE", "hgnc:EIF2AK3") in table("蛋白印迹显示p-PERK表达减少。")
    assert of_type("大豆苷元通过SDF-1/CXCR4轴促进骨折愈合。", "PATHWAY") == ["SDF-1/CXCR4轴"]


def test_a_longer_lexicon_term_inside_a_word_gives_way_to_a_shorter_one():
    # the term BMP-2/Smad would end inside Smad1: BMP-2 and Smad1 are the genes
    assert of_type("大豆苷元激活BMP-2/Smad1。", "GENE") == ["BMP-2", "Smad1"]
    assert of_type("大豆苷元激活BMP-2/Smad1信号。", "PATHWAY") == ["BMP-2/Smad1信号"]


@pytest.mark.parametrize(
    ("text", "pathways", "genes"),
    [
        # a slash pair the lexicon names as a pathway stays one, headless
        (
            "Daidzein acts via BMP-2/Smad-dependent induction of osterix.",
            ["BMP-2/Smad"],
            ["osterix"],
        ),
        ("Psoralen promoted Wnt/β-catenin activation.", ["Wnt/β-catenin"], []),
        # with a ratio, balance or expression word the pair is two genes
        ("The OPG/RANKL ratio rose.", [], ["OPG", "RANKL"]),
        ("The ratio of OPG/RANKL rose.", [], ["OPG", "RANKL"]),
        ("大豆苷元提高OPG/RANKL比值。", [], ["OPG", "RANKL"]),
        ("大豆苷元调节 OPG/RANKL 平衡。", [], ["OPG", "RANKL"]),
    ],
)
def test_a_headless_slash_pair(text, pathways, genes):
    assert of_type(text, "PATHWAY") == pathways
    assert of_type(text, "GENE") == genes


def test_alias_in_a_list_with_a_gene():
    got = table("Treatment lowered XBP1, CHOP and HSPA5 in chondrocytes.")
    assert ("CHOP", "GENE", "hgnc:DDIT3") in got


def test_abbreviation_defined_for_a_gene_is_cued_everywhere():
    text = "We measured C/EBP homologous protein (CHOP) in each group. CHOP rose in old rats."
    got = [m for m in mentions(text) if m[0] == "CHOP"]
    assert len(got) == 2
    assert all(ty == "GENE" and n == "hgnc:DDIT3" for _, ty, n, _ in got)


def test_abbreviation_defined_for_no_gene_is_no_gene():
    text = "Patients with coronary artery disease (CAD) were enrolled; CAD risk was scored."
    assert "CAD" not in of_type(text, "GENE")


def test_symbols_in_another_case_need_a_digit_or_an_inner_capital():
    got = table("Knockdown of CaSR reduced c-Src and eIF2α in these cells.")
    assert ("CaSR", "GENE", "hgnc:CASR") in got
    assert ("c-Src", "GENE", "hgnc:SRC") in got
    assert ("eIF2α", "GENE", "hgnc:EIF2S1") in got


def test_full_names_in_any_case():
    got = table("Recombinant noggin and the calcium-sensing receptor antagonist were added.")
    assert ("noggin", "GENE", "hgnc:NOG") in got
    assert ("calcium-sensing receptor", "GENE", "hgnc:CASR") in got


@pytest.mark.parametrize(
    "text",
    [
        "ALL samples were compared by ANOVA and PBS served as vehicle.",  # stop list
        "The set of markers met the criteria of the study.",  # lower-case English words
        "Met criteria and Set points were recorded.",  # capitalised words
        "EFFECTS OF DIET ON CLOCK GENES AND BONE MASS IN AGED MICE",  # a title in capitals
        "Two readers scored each slide; SD bars appear in graphs.",  # two letters
        "ART expression was measured in serum.",  # an alias of two genes
        "Each unknown transcript got its own primer pair.",  # a placeholder gene name
        "Plates sat in 5% CO2 at 37 °C overnight.",  # a formula that is also an alias
    ],
)
def test_words_that_are_gene_aliases_do_not_fire(text):
    assert [m for m in table(text) if m[1] == "GENE"] == []


def test_lexicon_wins_over_the_tables():
    got = mentions("Runx2 expression rose.")
    assert ("Runx2", "GENE", "hgnc:RUNX2", "lexicon") in got


# ----------------------------------------------------------------------------- organisms


def test_binomial_and_its_abbreviation_after_the_full_name():
    text = "We grew Eclipta prostrata in the field, and E. prostrata also grew in pots."
    got = table(text)
    assert ("Eclipta prostrata", "ORGANISM", "ncbitaxon:53719") in got
    assert ("E. prostrata", "ORGANISM", "ncbitaxon:53719") in got


def test_abbreviated_binomial_before_any_full_name_is_no_mention():
    text = "E. prostrata was collected first; Eclipta prostrata grows in wet fields."
    got = table(text)
    assert ("E. prostrata", "ORGANISM", "ncbitaxon:53719") not in got
    assert ("Eclipta prostrata", "ORGANISM", "ncbitaxon:53719") in got


def test_genus_alone_only_after_a_source_cue():
    assert table("Ganoderma is a genus of polypore fungi.") == []
    got = table("a triterpenoid isolated from Ganoderma, tested in mice")
    assert ("Ganoderma", "ORGANISM", "ncbitaxon:5314") in got


def test_common_names_in_a_source_list():
    got = table("a flavonol found in parsley, garlic and Achyranthes bidentata roots")
    assert ("parsley", "ORGANISM", "ncbitaxon:4043") in got
    assert ("garlic", "ORGANISM", "ncbitaxon:4682") in got
    assert ("Achyranthes bidentata", "ORGANISM", "ncbitaxon:384659") in got


@pytest.mark.parametrize(
    "text",
    [
        "Rat femurs gave marrow that grew for one week.",  # a species word, no binomial
        "Slides got scored and Data got pooled.",  # capitalised word + word
        "Parsley leaves and garlic slices were chopped.",  # common names without a cue
        "Salvia and Panax are genera of medicinal plants.",  # genus words
        "The samples came from Shanghai and from twelve donors.",  # a cue, no taxon
    ],
)
def test_words_that_are_no_taxa_do_not_fire(text):
    assert [m for m in table(text) if m[1] == "ORGANISM"] == []


# ----------------------------------------------------------------------------- chemicals


def test_mesh_chemical_in_any_case():
    got = table("Diabetes was induced with Streptozocin in all rats.")
    assert ("Streptozocin", "COMPOUND", "mesh:D013311") in got


@pytest.mark.skipif(not _has_table("mesh_names"), reason="no MeSH entry terms packaged")
def test_mesh_entry_terms_of_one_substance():
    got = table("Diabetic rats got one shot of streptozotocin before the diet.")
    assert ("streptozotocin", "COMPOUND", "mesh:D013311") in got
    got = table("Vitamin E acts as an antioxidant in membranes.")
    assert [m for m in got if m[0] == "antioxidant"] == []  # an entry term of a class


def test_shape_mention_takes_the_tables_identifier():
    got = mentions("Our plates got tunicamycin overnight.")
    assert ("tunicamycin", "COMPOUND", "mesh:D014415", "shape") in got


@pytest.mark.parametrize(
    "text",
    [
        "Reactive oxygen species rose, and water intake fell.",  # common words
        "Flavonoids and saponins were measured.",  # plural classes
        "It is an isoquinoline alkaloid of the roots.",  # a class descriptor
        "Total RNA was extracted with a kit.",  # nucleic acids
    ],
)
def test_words_that_are_no_chemicals_do_not_fire(text):
    assert [m for m in table(text) if m[1] == "COMPOUND"] == []


def test_chemical_name_that_is_a_protein_is_no_compound():
    assert "leptin" not in of_type("Serum leptin fell after treatment.", "COMPOUND")


# ----------------------------------------------------------------------------- diseases


@pytest.mark.skipif(not _has_table("diseases"), reason="no MeSH disease table packaged")
def test_mesh_disease_names_in_any_case_and_in_the_singular():
    got = table(
        "Chronic hyperglycemia delays healing of a tibial plateau fracture and Sepsis kills."
    )
    assert ("hyperglycemia", "DISEASE", "mesh:D006943") in got
    assert ("Sepsis", "DISEASE", "mesh:D018805") in got
    got = table("Ankle fractures heal slowly; one ankle fracture did not.")
    assert [m[:2] for m in got] == [("Ankle fractures", "DISEASE"), ("ankle fracture", "DISEASE")]


@pytest.mark.skipif(not _has_table("diseases"), reason="no MeSH disease table packaged")
@pytest.mark.parametrize(
    "text",
    [
        "We scored bone resorption on the slices.",  # a process (guidelines)
        "The human osteosarcoma MG-63 cells and chondrosarcoma cells grew.",  # cell origin
        "No infection was seen at the wound.",  # a category word
        "SEPSIS AND SHOCK IN THE CLINIC TODAY",  # capitals: an acronym or a title
    ],
)
def test_words_that_are_no_table_diseases_do_not_fire(text):
    assert [m for m in table(text) if m[1] == "DISEASE"] == []


def test_chinese_text_costs_nothing():
    assert table("葛根素促进成骨细胞增殖。") == []


def test_a_chinese_line_full_of_symbols_is_no_title_in_capitals():
    got = table("用蛋白印迹测定 GRP78、CHOP 和 p-PERK，另以 ELISA 测 SOD 与 MDA。")
    assert ("CHOP", "GENE", "hgnc:DDIT3") in got
    assert ("p-PERK", "GENE", "hgnc:EIF2AK3") in got


# ----------------------------------------------------------------------------- identifiers


@pytest.mark.skipif(not _has_table("pubchem"), reason="no PubChem names packaged")
def test_names_no_row_holds_get_identifiers_from_the_tables():
    got = {t: n for t, _, n, _ in mentions("Mannitol was the osmotic control for GRP94 assays.")}
    assert got["Mannitol"] == "pubchem:6251"  # found by its ending, named by PubChem
    assert got["GRP94"] == "hgnc:HSP90B1"  # an alias of one human gene


def test_an_abbreviation_is_not_looked_up_as_a_name():
    # AU for aucubin must not become gold (Au) through the PubChem names
    got = {t: n for t, _, n, _ in mentions("Aucubin (AU) was given; AU raised ALP.")}
    assert got.get("AU") != "pubchem:23985"
