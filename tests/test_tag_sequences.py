"""The plain-Python multi-token pattern matcher finds what the spaCy Matcher finds; matches of
one span come in the Matcher's order (the only order :func:`puerextract.tag.resolve` keeps)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from puerextract.model import Candidate, Token
from puerextract.rules import load_rules
from puerextract.tag import Tagger, fold_width

EXTRA = [
    {"label": "GENE", "pattern": [{"LOWER": "alpha"}, {"TEXT": "Beta", "OP": "!"}, {"ORTH": "x"}]},
    {
        "label": "GENE",
        "pattern": [{"TEXT": "alpha", "OP": "?"}, {"LOWER": {"IN": ["beta", "gamma"]}}],
    },
    {"label": "ORGANISM", "pattern": [{"LOWER": "alpha"}, {"TEXT": "beta"}]},  # a span twice
    {"label": "CELL_LINE", "pattern": [{"IS_SENT_START": True, "TEXT": "x"}, {"TEXT": "y"}]},
    {
        "label": "CELL_LINE",
        "pattern": [{"TEXT": {"REGEX": "^[a-z]$"}}, {"TEXT": "y", "OP": "?"}, {"TEXT": "z"}],
    },
]
WORDS = [
    "alpha",
    "Alpha",
    "beta",
    "Beta",
    "gamma",
    "x",
    "y",
    "z",
    "OVX",
    "大鼠",
    "去",
    "卵巢",
    "SD",
    "rats",
    "ovariectomized",
    "(",
    ")",
    "Wnt",
    "信号",
    "通路",
    "NF-κB",
    "小鼠",
    "C57BL/6",
]


@pytest.fixture(scope="module")
def tagger(tmp_path_factory) -> Tagger:
    folder = tmp_path_factory.mktemp("rules")
    (folder / "patterns").mkdir()
    lines = [json.dumps({**p, "lang": "any", "comment": "test"}) for p in EXTRA]
    (folder / "patterns" / "zz_test.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    t = Tagger(load_rules(folder))
    assert t._sequences is not None  # every pattern runs without spaCy
    return t


@pytest.fixture(scope="module")
def reference(tagger: Tagger):
    """spaCy's Matcher over the same patterns, built once (validating patterns is slow)."""
    import spacy
    from spacy.matcher import Matcher

    vocab = spacy.blank("xx").vocab
    matcher = Matcher(vocab)
    for i, _ in tagger._sequences:
        matcher.add(f"P{i}", [[dict(t) for t in tagger.rules.patterns[i].pattern]])
    return matcher


def spacy_matches(tagger: Tagger, matcher, text: str, tokens: list[Token]) -> list[Candidate]:
    from spacy.tokens import Doc

    vocab = matcher.vocab
    patterns = tagger.rules.patterns
    words = [fold_width(t.text) for t in tokens]
    spaces = [
        i + 1 < len(tokens) and tokens[i + 1].start > tokens[i].end for i in range(len(tokens))
    ]
    out = []
    for match_id, ts, te in matcher(Doc(vocab, words=words, spaces=spaces)):
        p = patterns[int(vocab.strings[match_id][1:])]
        if p.lang in ("any", tokens[ts].lang):
            s, e = tokens[ts].start, tokens[te - 1].end
            out.append(Candidate(s, e, p.label, p.id, "shape", text[s:e]))
    return out


def as_tokens(words: list[str], lang: str) -> tuple[str, list[Token]]:
    text, tokens = "", []
    for w in words:
        tokens.append(Token(len(text), len(text) + len(w), w, lang))
        text += w + " "
    return text, tokens


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from(["zh", "en"]))
def test_same_matches_as_spacy(tagger: Tagger, reference, words: list[str], lang: str) -> None:
    text, tokens = as_tokens(words, lang)
    mine = tagger._match_tokens(text, tokens)
    ref = spacy_matches(tagger, reference, text, tokens)
    # the order of different spans does not matter (resolve sorts them); of one span it does
    assert sorted(mine, key=by_span) == sorted(ref, key=by_span)


def by_span(c: Candidate) -> tuple[int, int]:
    return c.start, c.end


def test_examples(tagger: Tagger) -> None:
    text, tokens = as_tokens(["x", "y", "alpha", "q", "x", "beta"], "en")
    found = {c.text for c in tagger._match_sequences(text, tokens)}
    assert found == {"x y", "alpha q x", "beta"}


def test_one_span_of_two_patterns_in_matcher_order(tagger: Tagger, reference) -> None:
    text, tokens = as_tokens(["q", "alpha", "beta"], "en")
    assert tagger._match_sequences(text, tokens) is None  # the Matcher decides
    found = [c.type for c in tagger._match_tokens(text, tokens) if c.text == "alpha beta"]
    assert found == [
        c.type for c in spacy_matches(tagger, reference, text, tokens) if c.text == "alpha beta"
    ]
    assert sorted(found) == ["GENE", "ORGANISM"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=15),
    st.integers(0, 30),
    st.integers(1, 8),
)
def test_inside_longer_is_the_plain_scan(spans, s: int, n: int) -> None:
    from puerextract.tagrules import _inside_longer

    taken = [(a, a + k) for a, k in spans]
    e = s + n
    plain = any(a <= s and e <= b and (a, b) != (s, e) for a, b in taken)
    assert _inside_longer(taken)(s, e) == plain
