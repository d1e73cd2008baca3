"""BioC (XML and JSON) and PubTator, through the ``bioc`` package: the formats PubTator3,
BioRED and most biomedical NLP tools read.

Offsets are document offsets in Unicode code points (as everywhere in puerextract; the
collection's ``key`` says so). A document is cut into one passage per line, except where a
mention crosses a line break; the first passage is the title. Identifiers are written as
PubTator writes them (``MESH:D010024``, NCBI Gene and Taxonomy ids as bare numbers,
``CVCL_0409``, other CURIEs with an upper-case prefix) and read back to puerextract's CURIEs.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path

from .errors import PuerextractError
from .model import Annotations, Entity, Relation

KEY = "puerextract.key: offsets are Unicode code points; infons type/identifier/note/source"
BARE_NUMBER = {"ncbigene": "GENE", "ncbitaxon": "ORGANISM"}
#: the longest document text read back from BioC (as a paper file: 20 MiB)
MAX_TEXT_CHARS = 20 * 1024 * 1024


class BioCError(PuerextractError):
    """A BioC file that cannot be read as annotations."""


def pubtator_id(curie: str | None) -> str:
    """``mesh:D010024`` → ``MESH:D010024``; ``ncbigene:860`` → ``860``; ``cellosaurus:CVCL_0409``
    → ``CVCL_0409``; others keep their local id under an upper-case prefix."""
    if not curie:
        return ""
    prefix, _, local = curie.partition(":")
    if prefix in BARE_NUMBER or prefix == "cellosaurus":
        return local
    return f"{prefix.upper()}:{local}"


def curie_of(identifier: str, entity_type: str) -> str | None:
    """The inverse of :func:`pubtator_id` for a mention of ``entity_type``."""
    if not identifier or identifier == "-":
        return None
    if identifier.startswith("CVCL_"):
        return f"cellosaurus:{identifier}"
    if identifier.isdigit():
        prefix = next((p for p, t in BARE_NUMBER.items() if t == entity_type), "ncbigene")
        return f"{prefix}:{identifier}"
    prefix, sep, local = identifier.partition(":")
    return f"{prefix.lower()}:{local}" if sep else identifier


def passage_spans(doc: Annotations) -> list[tuple[int, int]]:
    """(start, end) of each passage: lines, joined where a mention crosses a line break."""
    covered = [False] * (len(doc.text) + 1)
    for e in doc.entities:
        for i in range(e.start, e.end):
            covered[i] = True
    spans, start = [], 0
    for i, ch in enumerate(doc.text):
        if ch == "\n" and not covered[i]:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(doc.text)))
    return [(s, e) for s, e in spans if e > s] or [(0, len(doc.text))]


def to_collection(docs: Iterable[Annotations], source: str = "puerextract"):  # noqa: ANN201
    """A ``bioc.BioCCollection`` of the documents."""
    import bioc

    collection = bioc.BioCCollection()
    collection.source = source
    collection.date = dt.date.today().isoformat()
    collection.key = KEY
    for doc in docs:
        collection.add_document(_document(doc))
    return collection


def _document(doc: Annotations):  # noqa: ANN202
    import bioc

    out = bioc.BioCDocument()
    out.id = doc.name
    out.infons["length"] = str(len(doc.text))
    spans = passage_spans(doc)
    starts = [s for s, _ in spans]
    passages = []
    for i, (s, e) in enumerate(spans):
        p = bioc.BioCPassage()
        p.offset = s
        p.text = doc.text[s:e]
        p.infons["type"] = "title" if i == 0 and len(spans) > 1 else "paragraph"
        passages.append(p)
        out.add_passage(p)
    for e in doc.entities:
        passages[_index_of(starts, e.start)].add_annotation(_annotation(e))
    for r in doc.relations:
        rel = bioc.BioCRelation()
        rel.id = r.id
        rel.infons["type"] = r.type
        if r.source:
            rel.infons["source"] = r.source
        rel.add_node(bioc.BioCNode(r.arg1, "Arg1"))
        rel.add_node(bioc.BioCNode(r.arg2, "Arg2"))
        out.add_relation(rel)
    return out


def _index_of(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)


def _annotation(e: Entity):  # noqa: ANN202
    import bioc

    a = bioc.BioCAnnotation()
    a.id = e.id
    a.text = e.text
    a.infons["type"] = e.type
    if e.norm:
        a.infons["identifier"] = pubtator_id(e.norm)
    if e.note:
        a.infons["note"] = e.note
    if e.source:
        a.infons["source"] = e.source
    a.add_location(bioc.BioCLocation(e.start, e.end - e.start))
    return a


def dumps(docs: Iterable[Annotations], fmt: str) -> str:
    """The documents as ``bioc-xml``, ``bioc-json`` or ``pubtator`` text."""
    docs = list(docs)
    if fmt == "pubtator":
        return "".join(pubtator_record(d) for d in docs)
    from bioc import biocjson, biocxml

    collection = to_collection(docs)
    return biocxml.dumps(collection) if fmt == "bioc-xml" else biocjson.dumps(collection, indent=1)


def pubtator_record(doc: Annotations) -> str:
    """One PubTator record: ``ID|t|title``, ``ID|a|abstract``, mentions, relations. Line breaks
    in the text become spaces (offsets unchanged); relations name their mentions' ids."""
    flat = doc.text.replace("\n", " ").replace("\r", " ").replace("\t", " ")
    cut = doc.text.find("\n")
    title, abstract = (flat, "") if cut < 0 else (flat[:cut], flat[cut + 1 :])
    lines = [f"{doc.name}|t|{title}", f"{doc.name}|a|{abstract}"]
    for e in doc.entities:
        text = flat[e.start : e.end]
        lines.append(f"{doc.name}\t{e.start}\t{e.end}\t{text}\t{e.type}\t{pubtator_id(e.norm)}")
    for r in doc.relations:
        lines.append(f"{doc.name}\t{r.type}\t{r.arg1}\t{r.arg2}")
    return "\n".join(lines) + "\n\n"


def read_bioc(path: Path) -> list[Annotations]:
    """The documents of a BioC XML (``.xml``) or JSON (``.json``) file, offsets checked."""
    from bioc import biocjson, biocxml

    try:
        with path.open(encoding="utf-8") as fh:
            collection = (biocjson if path.suffix.lower() == ".json" else biocxml).load(fh)
    except (OSError, ValueError, UnicodeDecodeError, KeyError) as exc:
        raise BioCError(f"not a readable BioC file ({exc})", path) from None
    except Exception as exc:  # lxml's XMLSyntaxError and friends
        raise BioCError(f"not a readable BioC file ({type(exc).__name__}: {exc})", path) from None
    return [_annotations(d, path) for d in collection.documents]


def _annotations(d, path: Path) -> Annotations:  # noqa: ANN001
    text = _text_of(d, path)
    doc = Annotations(str(d.id), text)
    for p in d.passages:
        for a in p.annotations:
            doc.entities.append(_entity(a, text, path))
    doc.entities.sort(key=lambda e: (e.start, e.end))
    for r in d.relations:
        roles = {n.role: n.refid for n in r.nodes}
        if "Arg1" not in roles or "Arg2" not in roles:
            raise BioCError(f"relation {r.id} of {d.id} lacks an Arg1 or Arg2 node", path)
        doc.relations.append(
            Relation(
                r.id,
                r.infons.get("type", ""),
                roles["Arg1"],
                roles["Arg2"],
                r.infons.get("source", ""),
            )
        )
    return doc


def _text_of(d, path: Path) -> str:  # noqa: ANN001
    """The document text: passages at their offsets, line breaks between them."""
    length = max([p.offset + len(p.text or "") for p in d.passages] or [0])
    declared = str(d.infons.get("length", "0"))
    if not declared.isdigit():
        raise BioCError(f"document {d.id}: length infon {declared!r} is not a number", path)
    length = max(length, int(declared))
    if length > MAX_TEXT_CHARS or any(p.offset < 0 for p in d.passages):
        raise BioCError(
            f"document {d.id}: passages reach offset {length} (at most {MAX_TEXT_CHARS} "
            "characters, none negative)",
            path,
        )
    chars = ["\n"] * length
    for p in d.passages:
        chars[p.offset : p.offset + len(p.text or "")] = p.text or ""
    return "".join(chars)


def _entity(a, text: str, path: Path) -> Entity:  # noqa: ANN001
    if len(a.locations) != 1:
        raise BioCError(f"annotation {a.id}: {len(a.locations)} locations (one is read)", path)
    loc = a.locations[0]
    start, end = loc.offset, loc.offset + loc.length
    if text[start:end] != a.text:
        raise BioCError(
            f"annotation {a.id}: text {a.text!r} is not the document's {text[start:end]!r} "
            f"at {start}-{end} (offsets must be code points)",
            path,
        )
    etype = a.infons.get("type", "")
    return Entity(
        a.id,
        etype,
        start,
        end,
        a.text,
        norm=curie_of(a.infons.get("identifier", ""), etype),
        note=a.infons.get("note"),
        source=a.infons.get("source", ""),
    )
