"""The extractor as spaCy components: puerextract.load(), add_pipe, DocBin, displaCy."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.tokens import DocBin

import puerextract
from puerextract.components import COMPONENTS, SPANS_KEY
from puerextract.extract import extract_text

ROOT = Path(__file__).resolve().parents[1]

MIXED = (
    "葛根素（puerarin）可上调成骨细胞中 Runx2 的表达，并抑制 NF-κB 信号通路。"
    "MC3T3-E1 cells were treated with puerarin (10 μmol/L) for 48 h."
)


@pytest.fixture(scope="module")
def nlp():
    return puerextract.load()


def _by_text(doc) -> dict[str, tuple[str, str]]:
    return {s.text: (s.label_, s.kb_id_) for s in doc.spans[SPANS_KEY]}


def test_load_gives_the_five_components(nlp):
    assert nlp.pipe_names == list(COMPONENTS)


def test_mixed_paragraph_spans_identifiers_relations(nlp):
    doc = nlp(MIXED)
    assert doc.text == MIXED
    found = _by_text(doc)
    assert found["葛根素"] == ("COMPOUND", "pubchem:5281807")
    assert found["puerarin"][0] == "COMPOUND"
    assert found["MC3T3-E1"][0] == "CELL_LINE"
    assert found["Runx2"][0] == "GENE"
    assert found["10 μmol/L"][0] == "CONCENTRATION"
    for span in doc.spans[SPANS_KEY]:
        assert doc.text[span.start_char : span.end_char] == span.text
    conc = next(s for s in doc.spans[SPANS_KEY] if s.label_ == "CONCENTRATION")
    assert conc._.values == (10.0,) and conc._.unit
    rels = {(t, a.text, b.text) for t, a, b in doc._.relation_spans}
    assert ("UPREGULATES", "葛根素", "Runx2") in rels
    assert ("TESTED_IN", "puerarin", "MC3T3-E1") in rels
    assert ("HAS_CONCENTRATION", "puerarin", "10 μmol/L") in rels
    assert list(doc.ents) == list(doc.spans[SPANS_KEY])


def test_same_result_as_extract_text(nlp):
    """The components run the extractor's stages: same mentions and relations."""
    paths = [ROOT / "gold" / "000_335a1d33f753f1c8.txt", *sorted((ROOT / "dev").glob("*.txt"))[:6]]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        ann = extract_text(text, path.stem)
        doc = nlp(text)
        mentions = [(e.id, e.type, e.start, e.end, e.norm, e.note, e.source) for e in ann.entities]
        spans = [
            (
                s._.mention_id,
                s.label_,
                s.start_char,
                s.end_char,
                s.kb_id_ or None,
                s._.note,
                s._.source,
            )
            for s in doc.spans[SPANS_KEY]
        ]
        assert spans == mentions, path.name
        rels = [(r.type, r.arg1, r.arg2, r.source) for r in ann.relations]
        assert [(r["type"], r["arg1"], r["arg2"], r["source"]) for r in doc._.relations] == rels


def test_match_inside_a_chinese_word_splits_the_token(nlp):
    text = "葛根素具有雌激素样作用。"
    doc = nlp(text)
    spans = {s.text: s.label_ for s in doc.spans[SPANS_KEY]}
    assert spans.get("雌激素") == "COMPOUND"
    assert any(t.text == "雌激素" for t in doc)


def test_docbin_round_trip(nlp):
    doc = nlp(MIXED + "Puerarin raised alkaline phosphatase (ALP) activity; ALP rose after 48 h.")
    assert doc._.abbreviations and doc._.relations
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    back = next(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert back.text == doc.text
    assert [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in back.spans[SPANS_KEY]] == [
        (s.start_char, s.end_char, s.label_, s.kb_id_) for s in doc.spans[SPANS_KEY]
    ]
    assert [s._.source for s in back.spans[SPANS_KEY]] == [s._.source for s in doc.spans[SPANS_KEY]]
    assert list(back._.relations) == doc._.relations
    assert list(back._.abbreviations) == doc._.abbreviations


def test_displacy_renders_the_doc(nlp):
    doc = nlp(MIXED)
    html = displacy.render(doc, style="ent")
    assert "葛根素" in html and "COMPOUND" in html
    spans = displacy.render(doc, style="span", options={"spans_key": SPANS_KEY})
    assert "CELL_LINE" in spans


def test_add_pipe_into_a_blank_pipeline():
    """One component by name in a blank English pipeline (spaCy's own tokenizer)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("puerextract_entities")
    doc = nlp("Puerarin increased Runx2 expression in MC3T3-E1 cells.")
    found = {s.text: s.label_ for s in doc.spans[SPANS_KEY]}
    assert found == {"Puerarin": "COMPOUND", "Runx2": "GENE", "MC3T3-E1": "CELL_LINE"}


def test_components_are_advertised_as_entry_points():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(COMPONENTS) <= names
    tokenizers = {ep.name for ep in entry_points(group="spacy_tokenizers")}
    assert "puerextract.Tokenizer.v1" in tokenizers


def test_rules_overlay_reaches_the_components(tmp_path):
    from puerextract.rules import LEXICON_COLUMNS

    (tmp_path / "lexicons").mkdir()
    row = "hgnc:ZZZ1\tGENE\tzeta\t\tZeta-1\tHGNC"
    (tmp_path / "lexicons" / "my_terms.tsv").write_text(
        "\t".join(LEXICON_COLUMNS) + "\n" + row + "\n", encoding="utf-8"
    )
    doc = puerextract.load(tmp_path)("Puerarin increased Zeta-1 in MC3T3-E1 cells.")
    assert _by_text(doc)["Zeta-1"] == ("GENE", "hgnc:ZZZ1")
    assert "Zeta-1" not in _by_text(puerextract.load()("Puerarin increased Zeta-1."))
