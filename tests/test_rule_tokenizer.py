"""The plain-Python English tokenizer and abbreviation detector give scispaCy's output."""

from __future__ import annotations

import json
import random
import warnings
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from puerextract.errors import RuleError
from puerextract.rule_tokenizer import (
    RULES_FILE,
    english_rule_tokenizer,
    export_rules,
)
from puerextract.schwartz_hearst import english_definitions

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted(p for d in ("corpus", "dev", "test") for p in (ROOT / d).glob("*.txt"))


@lru_cache(maxsize=1)
def _scispacy():
    """A blank English pipeline with scispaCy's tokenizer and abbreviation detector."""
    import spacy
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import scispacy.abbreviation  # noqa: F401 - registers the factory

        nlp = spacy.blank("en")
        nlp.tokenizer = combined_rule_tokenizer(nlp)
        nlp.add_pipe("abbreviation_detector")
    return nlp


def _spacy_tokens(text: str) -> list[tuple[int, int, bool]]:
    return [(t.idx, t.idx + len(t), t.is_space) for t in _scispacy().make_doc(text)]


def _spacy_pairs(text: str) -> list[tuple[int, int, int, int]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = _scispacy()(text)
    return sorted(
        (a._.long_form.start_char, a._.long_form.end_char, a.start_char, a.end_char)
        for a in doc._.abbreviations
    )


def _paragraphs() -> list[str]:
    return [
        line for p in TEXTS for line in p.read_text(encoding="utf-8").split("\n") if line.strip()
    ]


def test_the_packaged_rules_are_scispacys():
    shipped = json.loads((ROOT / "src" / "puerextract" / RULES_FILE).read_text("utf-8"))
    assert shipped == export_rules(), "rebuild: python scripts/build_tokenizer_rules.py"


def test_same_tokens_as_scispacy_on_every_bundled_paragraph():
    tok = english_rule_tokenizer()
    paragraphs = _paragraphs()
    assert len(paragraphs) > 100
    for text in paragraphs:
        assert tok.doc_tokens(text) == _spacy_tokens(text), text[:80]
        assert tok.spans(text) == [(s, e) for s, e, ws in _spacy_tokens(text) if not ws]


#: pieces that exercise affixes, infixes, special cases and the special cases written with
#: affixes (a.m., 's, emoticons), spaces of every kind
_PIECES = list("aAzZ09.,;:!?'\"()[]{}-–—/+*^=<>%°$&@#_~| \n\t\u00a0μβα×·…’“”") + [
    "a.m.", "10p.m.", "'s", "n't", "Dr.", "e.g.", "i.e.", "vs.", "U.S.", ":)", "(-8",
    "'cause", "mg/kg", "IL-6", "http://x.org", "Fig.", "can't", "  ",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_same_tokens_as_scispacy_on_random_strings(pieces):
    text = "".join(pieces)
    assert english_rule_tokenizer().doc_tokens(text) == _spacy_tokens(text)


def test_every_token_is_its_text_slice():
    text = "Puerarin (PUE; 10 μM) raised ALP in MC3T3-E1 cells at 10a.m. (n = 6)."
    for s, e in english_rule_tokenizer().spans(text):
        assert 0 <= s < e <= len(text) and text[s:e].strip() == text[s:e]


def test_same_abbreviations_as_scispacy_on_every_bundled_paragraph():
    paragraphs = [p for p in _paragraphs() if "(" in p]
    assert paragraphs
    for text in paragraphs:
        assert sorted(english_definitions(text)) == _spacy_pairs(text), text[:80]


_WORDS = (
    "alkaline phosphatase ( ALP ) (ALP) bone mineral density BMD (BMD) tumor necrosis factor "
    "TNF-α (TNF-α) of the and receptor activator RANKL a b , . (1) (n = 6) p < 0.05 Fig. "
    "(Fig. 2) (RANKL; 50 ng/mL) \n"
).split(" ") + ["  "]


def test_same_abbreviations_as_scispacy_on_random_sentences():
    rng = random.Random(11)
    for _ in range(1500):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 30)))
        assert sorted(english_definitions(text)) == _spacy_pairs(text), repr(text)


def test_a_definition_and_its_later_uses():
    text = "Bone mineral density (BMD) rose; BMD stayed high."
    pairs = english_definitions(text)
    assert [(text[a:b], text[c:d]) for a, b, c, d in pairs] == [
        ("Bone mineral density", "BMD"),
        ("Bone mineral density", "BMD"),
    ]
    assert english_definitions("No parentheses here.") == []


def test_a_corrupt_rules_file_names_itself(tmp_path, monkeypatch):
    from puerextract import rule_tokenizer

    (tmp_path / "data" / "tokenizer").mkdir(parents=True)
    (tmp_path / RULES_FILE).write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(rule_tokenizer.resources, "files", lambda _pkg: tmp_path)
    rule_tokenizer.english_rule_tokenizer.cache_clear()
    try:
        with pytest.raises(RuleError, match="scispacy_en.json: unreadable tokenizer rules"):
            rule_tokenizer.english_rule_tokenizer()
    finally:
        rule_tokenizer.english_rule_tokenizer.cache_clear()


def test_extraction_of_an_english_paper_imports_no_spacy():
    from conftest import python_output

    code = (
        "import sys; from puerextract.extract import extract_text;"
        "a = extract_text('Bone mineral density (BMD) rose after puerarin (PUE) at 10 μM.');"
        "assert a.entities; print('spacy' in sys.modules)"
    )
    assert python_output(code) == "False"
