"""The extractor as spaCy pipeline components (factories registered like scispaCy's
``abbreviation_detector``): ``nlp = puerextract.load()`` or ``nlp.add_pipe(...)``.

The tokenizer segments bilingual text (sentences from the guidelines' rules, jieba for Han
runs, scispaCy's rules for Latin text); the components run the stages of
:mod:`puerextract.extract` in the same order on the same code:

============================  ===============================================================
``puerextract_entities``      lexicon, shape and table-rule mentions (``doc.spans``)
``puerextract_abbreviations`` abbreviations defined in the text (``doc._.abbreviations``)
``puerextract_composites``    pathways, animal models, group codes, A/B gene pairs
``puerextract_quantities``    concentrations and durations (``span._.values``, ``span._.unit``)
``puerextract_relations``     relations between mentions (``doc._.relations``)
============================  ===============================================================

Mentions are in ``doc.spans["puerextract"]`` (label = type, ``kb_id_`` = identifier,
``span._.source`` = rule family) and in ``doc.ents``. A match inside a Chinese word
(雌激素 in 雌激素样) splits the token, so every mention is a span of whole tokens. Everything
set is plain data, so a ``Doc`` round-trips through ``DocBin(store_user_data=True)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from .model import Candidate, Document, Entity, Sentence, Token

SPANS_KEY = "puerextract"
NEGATED_KEY = "puerextract_negated"
COMPONENTS = (
    "puerextract_entities",
    "puerextract_abbreviations",
    "puerextract_composites",
    "puerextract_quantities",
    "puerextract_relations",
)


def load(rules_dir: str | Path | None = None) -> Language:
    """A ready pipeline: the bilingual tokenizer and the five components over ``rules_dir``
    (the packaged rules when None)."""
    import spacy

    rules = str(rules_dir) if rules_dir else None
    tokenizer = {"@tokenizers": "puerextract.Tokenizer.v1", "rules_dir": rules}
    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": tokenizer}})
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"rules_dir": rules})
    return nlp


# ----------------------------------------------------------------------------- extensions


def _values(span: Span) -> tuple[float, ...]:
    """A quantity's values as written (``values=1,10`` in its note)."""
    for part in (span._.note or "").split():
        if part.startswith("values="):
            return tuple(float(v) for v in part[7:].split(",") if v)
    return ()


def _unit(span: Span) -> str | None:
    """A quantity's unit (``unit=umol/L`` in its note)."""
    for part in (span._.note or "").split():
        if part.startswith("unit="):
            return part[5:]
    return None


def _source(span: Span) -> str | None:
    """The rule family written to outputs (a pathway phrase is a shape rule, ...)."""
    from .tag import OUTPUT_SOURCE

    rule = span._.rule
    return OUTPUT_SOURCE.get(rule, rule) if rule else None


def _relation_spans(doc: Doc) -> list[tuple[str, Span, Span]]:
    """``doc._.relations`` with the argument spans: (type, arg1, arg2)."""
    by_id = {s._.mention_id: s for s in doc.spans.get(SPANS_KEY, [])}
    return [(r["type"], by_id[r["arg1"]], by_id[r["arg2"]]) for r in doc._.relations]


def register_extensions() -> None:
    """The ``Doc`` and ``Span`` extensions the components set (idempotent)."""
    for name, kwargs in (
        ("rule", {"default": None}),
        ("note", {"default": None}),
        ("mention_id", {"default": None}),
        ("source", {"getter": _source}),
        ("values", {"getter": _values}),
        ("unit", {"getter": _unit}),
    ):
        if not Span.has_extension(name):
            Span.set_extension(name, **kwargs)
    for name, kwargs in (
        ("sentence_spans", {"default": []}),
        ("abbreviations", {"default": []}),
        ("relations", {"default": []}),
        ("relation_spans", {"getter": _relation_spans}),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, **kwargs)


# ----------------------------------------------------------------------------- tokenizer


class BilingualTokenizer:
    """Text -> ``Doc`` with our sentences and tokens (whitespace between them kept, so
    ``doc.text`` is the input and character offsets agree)."""

    def __init__(self, vocab, rules_dir: str | None = None) -> None:  # noqa: ANN001 - Vocab
        self.vocab = vocab
        self.rules_dir = rules_dir

    def __call__(self, text: str) -> Doc:
        from .extract import prepare
        from .ingest import ingest_text
        from .segment import get_tokenizer

        register_extensions()
        document = ingest_text(text, "doc", reflow_lines=False)
        if document.text != text:  # pragma: no cover - ingest keeps clean text as it is
            document = Document(name="doc", text=text, raw=text)
        prepare(document, get_tokenizer(Path(self.rules_dir) if self.rules_dir else None))
        doc = _doc_of(self.vocab, text, document.sentences)
        doc._.sentence_spans = [[s.start, s.end] for s in document.sentences]
        return doc

    def to_bytes(self, **kwargs: Any) -> bytes:
        """Nothing to save: the tokenizer is built from the rules."""
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> BilingualTokenizer:
        """Nothing to load."""
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        """Nothing to save: the tokenizer is built from the rules."""

    def from_disk(self, path: str | Path, **kwargs: Any) -> BilingualTokenizer:
        """Nothing to load."""
        return self


def _doc_of(vocab, text: str, sentences: list[Sentence]) -> Doc:  # noqa: ANN001 - Vocab
    """A ``Doc`` whose words are the sentences' tokens, every gap kept as whitespace or as a
    token of its own, with a sentence start at each sentence's first token."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    pos = 0
    for sent in sentences:
        for k, tok in enumerate(sent.tokens):
            _gap(text, pos, tok.start, words, spaces, starts)
            words.append(tok.text)
            spaces.append(False)
            starts.append(k == 0)
            pos = tok.end
    _gap(text, pos, len(text), words, spaces, starts)
    if starts:
        starts[0] = True
    return Doc(vocab, words=words, spaces=spaces, sent_starts=starts)


def _gap(text: str, pos: int, end: int, words: list, spaces: list, starts: list) -> None:
    """``text[pos:end]`` (no token) as a trailing space of the last word and/or one token."""
    if end <= pos:
        return
    gap = text[pos:end]
    if words and not spaces[-1] and gap[0] == " ":
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)
        starts.append(False)


@registry.tokenizers("puerextract.Tokenizer.v1")
def make_tokenizer(rules_dir: str | None = None):  # noqa: ANN201 - spaCy's factory shape
    """The bilingual tokenizer, for ``[nlp.tokenizer]`` in a spaCy config."""

    def create(nlp: Language) -> BilingualTokenizer:
        return BilingualTokenizer(nlp.vocab, rules_dir)

    return create


# ----------------------------------------------------------------------------- Doc <-> stages


def _tagger(rules_dir: str | None):  # noqa: ANN202 - puerextract.tag.Tagger
    from .tag import get_tagger

    return get_tagger(Path(rules_dir) if rules_dir else None)


def _document(doc: Doc) -> Document:
    """The stages' view of ``doc``: its text, sentences and (non-space) tokens."""
    from .segment import language_of, token_lang

    sentences = []
    bounds = doc._.sentence_spans or _sentence_bounds(doc)
    i = 0
    for start, end in bounds:
        while i < len(doc) and doc[i].idx < start:
            i += 1
        tokens = []
        while i < len(doc) and doc[i].idx < end:
            t = doc[i]
            if not t.is_space:
                tokens.append(Token(t.idx, t.idx + len(t), t.text, token_lang(t.text)))
            i += 1
        sent_text = doc.text[start:end]
        sentences.append(Sentence(start, end, sent_text, language_of(sent_text), 0, tokens))
    return Document(name="doc", text=doc.text, sentences=sentences)


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentences of a ``Doc`` from another tokenizer: its own, else the guidelines' rules."""
    from .segment import split_sentences

    if doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return split_sentences(doc.text, 0, len(doc.text))


def _candidates(doc: Doc, key: str = SPANS_KEY) -> list[Candidate]:
    """The mentions so far, as the stages take them (text folded as they match it)."""
    from .tag import fold_width

    folded = fold_width(doc.text)
    return [
        Candidate(
            s.start_char,
            s.end_char,
            s.label_,
            s.kb_id_ or None,
            s._.rule,
            folded[s.start_char : s.end_char],
            s._.note,
        )
        for s in doc.spans.get(key, [])
    ]


def _negated(doc: Doc) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in doc.spans.get(NEGATED_KEY, [])]


def _set_spans(doc: Doc, cands: list[Candidate], key: str = SPANS_KEY) -> None:
    """``cands`` as the span group ``key``, tokens split where a mention starts or ends
    inside one; for the main group also ids (T1, T2, ... in order) and ``doc.ents`` (the
    group never overlaps)."""
    _align(doc, {b for c in cands for b in (c.start, c.end)})
    spans = []
    for c in cands:
        span = doc.char_span(c.start, c.end, label=c.type, kb_id=c.norm or "")
        span._.rule = c.source
        span._.note = c.note
        spans.append(span)
    doc.spans[key] = spans
    if key == SPANS_KEY:
        for n, span in enumerate(spans, start=1):
            span._.mention_id = f"T{n}"
        doc.ents = spans


def _align(doc: Doc, bounds: set[int]) -> None:
    """Split every token that a character offset in ``bounds`` falls inside."""
    cuts = []
    for t in doc:
        inner = sorted(b - t.idx for b in bounds if t.idx < b < t.idx + len(t))
        if inner:
            cuts.append((t, inner))
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for t, inner in cuts:
            edges = [0, *inner, len(t)]
            orths = [t.text[a:b] for a, b in zip(edges, edges[1:], strict=False)]
            heads = [(t, 0)] * len(orths)
            retokenizer.split(t, orths, heads=heads)


# ----------------------------------------------------------------------------- components


class _Component:
    """A stage over the rules of ``rules_dir`` (packaged rules when None)."""

    def __init__(self, nlp: Language, name: str, rules_dir: str | None) -> None:
        register_extensions()
        self.name = name
        self.rules_dir = rules_dir

    @property
    def tagger(self):  # noqa: ANN201 - puerextract.tag.Tagger
        """The cached tagger of the rules."""
        return _tagger(self.rules_dir)


class EntityTagger(_Component):
    """Lexicon, shape and table-rule mentions, resolved; negated classes set aside."""

    def __call__(self, doc: Doc) -> Doc:
        from .tag import fold_width

        cands, negated = self.tagger.candidates(_document(doc), fold_width(doc.text))
        _set_spans(
            doc, [Candidate(s, e, "NEGATED", None, "negated") for s, e in negated], NEGATED_KEY
        )
        _set_spans(doc, cands)
        return doc


class AbbreviationTagger(_Component):
    """Abbreviations defined in the text typed as their long forms, and their later uses."""

    def __call__(self, doc: Doc) -> Doc:
        from .tag import fold_width

        cands, pairs = self.tagger.abbreviate(
            _document(doc), fold_width(doc.text), _candidates(doc)
        )
        doc._.abbreviations = [
            {"short": p.short, "start": p.start, "end": p.end, "type": p.type, "norm": p.norm}
            for p in pairs
        ]
        _set_spans(doc, cands)
        return doc


class CompositeTagger(_Component):
    """Names built on the mentions (pathways, animal models) and the filters needing all."""

    def __call__(self, doc: Doc) -> Doc:
        from .tag import fold_width

        text = fold_width(doc.text)
        _set_spans(doc, self.tagger.composites(text, _candidates(doc), _negated(doc)))
        return doc


class QuantityTagger(_Component):
    """Concentrations and durations."""

    def __call__(self, doc: Doc) -> Doc:
        from .normalise import identify
        from .tag import fold_width

        _set_spans(doc, identify(self.tagger.quantities(fold_width(doc.text), _candidates(doc))))
        return doc


class RelationTagger(_Component):
    """Relations between the mentions of each sentence, as plain dicts."""

    def __call__(self, doc: Doc) -> Doc:
        from .relate import relate

        entities = [
            Entity(
                s._.mention_id, s.label_, s.start_char, s.end_char, s.text,
                s.kb_id_ or None, s._.note, s._.source or "",
            )
            for s in doc.spans.get(SPANS_KEY, [])
        ]  # fmt: skip
        found = relate(doc.text, _document(doc).sentences, entities, self.tagger.rules)
        doc._.relations = [
            {"id": r.id, "type": r.type, "arg1": r.arg1, "arg2": r.arg2, "source": r.source}
            for r in found
        ]
        return doc


@Language.factory("puerextract_entities", default_config={"rules_dir": None})
def make_entities(nlp: Language, name: str, rules_dir: str | None) -> EntityTagger:
    """Lexicon, shape and table-rule mentions."""
    return EntityTagger(nlp, name, rules_dir)


@Language.factory("puerextract_abbreviations", default_config={"rules_dir": None})
def make_abbreviations(nlp: Language, name: str, rules_dir: str | None) -> AbbreviationTagger:
    """Abbreviations defined in the text."""
    return AbbreviationTagger(nlp, name, rules_dir)


@Language.factory("puerextract_composites", default_config={"rules_dir": None})
def make_composites(nlp: Language, name: str, rules_dir: str | None) -> CompositeTagger:
    """Pathways, animal models, group codes and A/B gene pairs."""
    return CompositeTagger(nlp, name, rules_dir)


@Language.factory("puerextract_quantities", default_config={"rules_dir": None})
def make_quantities(nlp: Language, name: str, rules_dir: str | None) -> QuantityTagger:
    """Concentrations and durations."""
    return QuantityTagger(nlp, name, rules_dir)


@Language.factory("puerextract_relations", default_config={"rules_dir": None})
def make_relations(nlp: Language, name: str, rules_dir: str | None) -> RelationTagger:
    """Relations between mentions."""
    return RelationTagger(nlp, name, rules_dir)
