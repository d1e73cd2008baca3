"""The extractor: segmented document -> typed, normalised mentions and relations.

``extract_text`` annotates a text exactly as given (no reflow), so every offset refers to it;
``extract_document`` runs on an ingested :class:`~puerextract.model.Document`. The matchers are
built once per rules version and cached (see :func:`puerextract.tag.get_tagger`).
"""

from __future__ import annotations

import gc
from pathlib import Path

from .model import Annotations, Document, Paragraph


def extract_document(doc: Document, rules_dir: Path | None = None) -> Annotations:
    """Entities (ids T1...) and relations (R1...) of ``doc``; segments it if needed.

    Python's cyclic garbage collector is paused meanwhile: a document makes many small
    objects and no cycles, and the collector's passes over them grow with the heap (a 1 MB
    paper took 1.6 x the time per character of a 100 KB one with it running)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _extract_document(doc, rules_dir)
    finally:
        if was_enabled:
            gc.enable()


def _extract_document(doc: Document, rules_dir: Path | None) -> Annotations:
    """A paper in traditional Chinese characters is read through its simplified view
    (:mod:`puerextract.variants`); the mentions keep the paper's own text."""
    from .variants import simplified_view

    view = simplified_view(doc.text)
    if view is None:
        return _forward(doc, rules_dir)
    seen = Document(doc.name, view, doc.source, view, doc.offset_map, list(doc.paragraphs))
    found = _forward(seen, rules_dir)
    for e in found.entities:
        e.text = doc.text[e.start : e.end]
    return Annotations(
        name=doc.name, text=doc.text, entities=found.entities, relations=found.relations
    )


def _forward(doc: Document, rules_dir: Path | None) -> Annotations:
    """The forward pass: segment -> candidates -> abbreviations -> composite names ->
    quantities -> mention ids -> relations; each stage hands the next a plain result."""
    from .ingest import check_encodable
    from .normalise import identify
    from .relate import relate
    from .segment import get_tokenizer
    from .tag import fold_width, get_tagger

    check_encodable(doc.text, doc.source or doc.name)
    tagger = get_tagger(rules_dir)
    if not doc.sentences:
        prepare(doc, tagger.sentence_tokenizer(get_tokenizer(rules_dir, tagger.rules.version)))
    text = fold_width(doc.text)  # full-width letters and digits matched as half-width
    base, negated = tagger.candidates(doc, text)
    base, _ = tagger.abbreviate(doc, text, base)
    flat = tagger.quantities(text, tagger.composites(text, base, negated))
    entities = tagger.entities(doc.text, identify(flat))
    for n, e in enumerate(entities, start=1):
        e.id = f"T{n}"
    relations = relate(doc.text, doc.sentences, entities, tagger.rules)
    return Annotations(name=doc.name, text=doc.text, entities=entities, relations=relations)


def prepare(doc: Document, tokenizer) -> Document:  # noqa: ANN001 - a segment tokenizer
    """Sentences and tokens for ``doc``: a one-line abstract under a title is body text."""
    from .segment import segment

    doc.paragraphs = [_body_if_sentences(doc.text, p) for p in doc.paragraphs]
    return segment(doc, tokenizer=tokenizer)


def _body_if_sentences(text: str, para: Paragraph) -> Paragraph:
    """A "title" or "heading" line that holds several sentences is body text (a one-line
    abstract), so relations do not cross its sentence ends."""
    from .segment import split_sentences

    if para.kind in ("title", "heading") and len(split_sentences(text, para.start, para.end)) > 1:
        return Paragraph(para.start, para.end, "body", para.lang)
    return para


def extract_text(text: str, name: str = "text", rules_dir: Path | None = None) -> Annotations:
    """Annotate ``text`` as it is: offsets index exactly ``text``."""
    from .ingest import ingest_text

    doc = ingest_text(text, name, reflow_lines=False)
    if doc.text != text:  # pragma: no cover - ingest keeps clean text as it is
        doc = Document(name=name, text=text, raw=text)
    return extract_document(doc, rules_dir)
