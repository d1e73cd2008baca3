"""Plain data shared by every stage: documents, sentences, tokens, mentions, relations.

Offsets are always Python ``str`` indices (code points) into ``Document.text``, end exclusive.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES: tuple[str, ...] = (
    "COMPOUND",
    "GENE",
    "CELL_LINE",
    "CELL_TYPE",
    "CONCENTRATION",
    "DURATION",
    "PATHWAY",
    "DISEASE",
    "ORGANISM",
)

_AGENT = ("COMPOUND", "GENE", "PATHWAY")
_TARGET = ("GENE", "PATHWAY", "COMPOUND", "CELL_TYPE", "CELL_LINE")

#: relation type -> (allowed Arg1 types, allowed Arg2 types), from the annotation guidelines.
#: ORGANISM is allowed as Arg1 wherever COMPOUND is: a medicinal plant given as a treatment.
RELATION_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "UPREGULATES": (_AGENT + ("ORGANISM",), _TARGET),
    "DOWNREGULATES": (_AGENT + ("ORGANISM",), _TARGET),
    "TREATS": (("COMPOUND", "ORGANISM"), ("DISEASE",)),
    "TESTED_IN": (("COMPOUND", "ORGANISM"), ("CELL_LINE", "CELL_TYPE", "ORGANISM")),
    "HAS_CONCENTRATION": (("COMPOUND", "ORGANISM"), ("CONCENTRATION",)),
    "HAS_DURATION": (("COMPOUND", "ORGANISM"), ("DURATION",)),
}

#: identifier prefixes allowed in brat ``N`` lines.
NORM_PREFIXES: tuple[str, ...] = (
    "pubchem",
    "hgnc",
    "ncbigene",
    "cellosaurus",
    "mesh",
    "kegg.pathway",
    "ncbitaxon",
)


@dataclass(frozen=True, slots=True, init=False)
class Token:
    """One token with its language (``zh`` or ``en``) and offsets into the document text."""

    start: int
    end: int
    text: str
    lang: str

    def __init__(self, start: int, end: int, text: str, lang: str) -> None:
        # a frozen dataclass's own __init__ calls object.__setattr__ for each field; setting
        # the slots through their descriptors takes two thirds of the time (a document makes
        # a token per word: about 94,000 per 400 K characters of the bench corpus)
        _set_start(self, start)
        _set_end(self, end)
        _set_text(self, text)
        _set_lang(self, lang)


_set_start, _set_end, _set_text, _set_lang = (
    Token.__dict__[name].__set__ for name in ("start", "end", "text", "lang")
)


@dataclass(slots=True)
class Sentence:
    """A sentence: offsets, language (``zh``, ``en`` or ``mixed``), tokens, paragraph index."""

    start: int
    end: int
    text: str
    lang: str
    paragraph: int = 0
    tokens: list[Token] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of clean text; ``kind`` is ``title``, ``abstract``, ``heading`` or ``body``."""

    start: int
    end: int
    kind: str
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Citation:
    """A citation marker such as ``[8]`` or ``[24-25]``, kept in its sentence."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class OffsetMap:
    """Maps clean-text offsets back to raw-source offsets.

    Stored as runs: ``clean_starts[i]`` in the clean text was copied from ``raw_starts[i]``
    in the raw text, for ``lengths[i]`` characters. A clean character that was inserted
    (a space added when joining lines) maps to the raw position of the next copied character.
    """

    clean_starts: list[int] = field(default_factory=list)
    raw_starts: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)
    raw_length: int = 0

    def add_run(self, clean_start: int, raw_start: int, length: int) -> None:
        """Record that ``length`` characters were copied from raw to clean unchanged."""
        if length <= 0:
            return
        if (
            self.clean_starts
            and self.clean_starts[-1] + self.lengths[-1] == clean_start
            and self.raw_starts[-1] + self.lengths[-1] == raw_start
        ):
            self.lengths[-1] += length
            return
        self.clean_starts.append(clean_start)
        self.raw_starts.append(raw_start)
        self.lengths.append(length)

    def to_raw(self, clean_offset: int) -> int:
        """Raw offset of the clean character at ``clean_offset`` (or of the end, for ends)."""
        i = bisect_right(self.clean_starts, clean_offset) - 1
        if i >= 0 and clean_offset < self.clean_starts[i] + self.lengths[i]:
            return self.raw_starts[i] + (clean_offset - self.clean_starts[i])
        # inserted character or past the last run: the next copied character's raw position
        if i + 1 < len(self.clean_starts):
            return self.raw_starts[i + 1]
        if i >= 0:
            return self.raw_starts[i] + self.lengths[i]
        return 0

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` covering the clean span ``[start, end)``."""
        if end <= start:
            r = self.to_raw(start)
            return r, r
        return self.to_raw(start), self.to_raw(end - 1) + 1


@dataclass(slots=True)
class Document:
    """A paper after ingest (and, once segmented, with sentences)."""

    name: str
    text: str
    source: str = ""
    raw: str = ""
    offset_map: OffsetMap | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(slots=True)
class Candidate:
    """A possible mention before overlap resolution (tagging, abbreviations, table rules)."""

    start: int
    end: int
    type: str
    norm: str | None
    source: str
    text: str = ""
    note: str | None = None


@dataclass(slots=True)
class Entity:
    """A typed mention. ``norm`` is a prefixed identifier (``pubchem:5281807``) or ``None``.

    ``note`` carries the brat ``AnnotatorNotes`` text (``values=1,10 unit=umol/L``);
    ``source`` says which rule family produced it (``lexicon``, ``shape``, ``abbreviation``,
    ``quantity``, ``gold``...).
    """

    id: str
    type: str
    start: int
    end: int
    text: str
    norm: str | None = None
    note: str | None = None
    source: str = ""


@dataclass(slots=True)
class Relation:
    """A directed relation ``arg1 -> arg2`` between two entity ids of one document."""

    id: str
    type: str
    arg1: str
    arg2: str
    source: str = ""
    #: the rule that made it (``trigger en:increased``, ``aim``, ``group``…; not written out)
    rule: str = ""


@dataclass(slots=True)
class Annotations:
    """Entities and relations over one text (a brat ``.txt`` + ``.ann`` pair)."""

    name: str
    text: str
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def entity_by_id(self) -> dict[str, Entity]:
        """Index of the entities by their id."""
        return {e.id: e for e in self.entities}


#: the fields of a mention row: per-paper JSON lines, ``mentions.csv``, the store's table
MENTION_FIELDS: tuple[str, ...] = (
    "paper_id", "mention_id", "sentence_index", "sentence", "start", "end", "type",
    "identifier", "text", "note", "source",
)  # fmt: skip
#: the fields of a relation row (both arguments' id, text, type, identifier and offsets)
RELATION_FIELDS: tuple[str, ...] = (
    "paper_id", "relation_id", "type", "sentence_index", "sentence",
    *(f"{arg}_{f}" for arg in ("arg1", "arg2")
      for f in ("id", "text", "type", "identifier", "start", "end")),
)  # fmt: skip


@dataclass(slots=True)
class PaperResult:
    """Everything one paper produced; rows (:data:`MENTION_FIELDS`, :data:`RELATION_FIELDS`)
    are plain dicts ready for the store, the tables and pandas."""

    paper_id: str
    path: str
    content_hash: str
    rules_version: str
    document: Document
    annotations: Annotations
    mentions: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
