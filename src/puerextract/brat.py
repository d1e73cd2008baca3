"""Read and write brat standoff (``.txt`` + ``.ann``) as defined in the annotation guidelines.

Parsing is structural: a line that is not a well-formed ``T``/``R``/``N``/``#`` line raises
:class:`BratError` naming the file and line. Semantic checks (types, offsets against the text,
overlaps) live in :mod:`puerextract.goldcheck`, which reads lines with the same
:func:`ann_lines` and :func:`parse_line` but collects every problem instead of stopping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import BratError
from .model import Annotations, Entity, Relation

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+) (\d+)\t(.*)$")
_R_LINE = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$")
_N_LINE = re.compile(r"^(N\d+)\tReference (T\d+) (\S+)(?:\t(.*))?$")
_NOTE_LINE = re.compile(r"^(#\d+)\tAnnotatorNotes (T\d+)\t(.*)$")


@dataclass(frozen=True, slots=True)
class EntityLine:
    """``T1<TAB>TYPE START END<TAB>text``"""

    id: str
    type: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class RelationLine:
    """``R1<TAB>TYPE Arg1:T1 Arg2:T2``"""

    id: str
    type: str
    arg1: str
    arg2: str


@dataclass(frozen=True, slots=True)
class NormLine:
    """``N1<TAB>Reference T1 prefix:id<TAB>label``"""

    id: str
    target: str
    ident: str
    label: str | None


@dataclass(frozen=True, slots=True)
class NoteLine:
    """``#1<TAB>AnnotatorNotes T1<TAB>note``"""

    id: str
    target: str
    note: str


AnnLine = EntityLine | RelationLine | NormLine | NoteLine

#: line kind -> (pattern, name in messages, tabs a well-formed line holds)
_KINDS = {
    "T": (_T_LINE, "entity", 2),
    "R": (_R_LINE, "relation", 1),
    "N": (_N_LINE, "normalisation", 1),
    "#": (_NOTE_LINE, "note", 2),
}


def ann_lines(ann: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of a ``.ann`` text, split at ``\\n`` only (a U+2028 or U+0085 inside
    a mention's text is text, not a line end), ``\\r`` removed; blank lines skipped."""
    for lineno, raw in enumerate(ann.split("\n"), start=1):
        line = raw.rstrip("\r")
        if line.strip():
            yield lineno, line


def parse_line(line: str, lineno: int | None = None, where: str | Path | None = None) -> AnnLine:
    """One ``.ann`` line as a typed record; :class:`BratError` (naming ``where:lineno``) when it
    is not a well-formed ``T``/``R``/``N``/``#`` line."""
    kind = _KINDS.get(line[:1])
    if kind is None:
        raise BratError(
            f"unknown line kind {line[:1]!r} (expected T, R, N or #): {line!r}", where, lineno
        )
    pattern, name, tabs = kind
    m = pattern.match(line)
    if not m:
        if line.count("\t") < tabs:
            raise BratError(
                f"missing tab in {name} line (fields are tab-separated): {line!r}", where, lineno
            )
        raise BratError(f"malformed {name} line: {line!r}", where, lineno)
    g = m.groups()
    if line[0] == "T":
        return EntityLine(g[0], g[1], int(g[2]), int(g[3]), g[4])
    if line[0] == "R":
        return RelationLine(*g)
    if line[0] == "N":
        return NormLine(*g)
    return NoteLine(*g)


def read_text(path: str | Path) -> str:
    """Read a brat ``.txt`` as UTF-8 exactly (no newline translation)."""
    path = Path(path)
    if not path.exists():
        raise BratError("text file missing", path)
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BratError(f"not UTF-8 ({exc.reason} at byte {exc.start})", path) from None


def parse_ann(ann: str, text: str, name: str = "", path: str | Path | None = None) -> Annotations:
    """Parse the content of a ``.ann`` file over ``text``. Raises :class:`BratError`."""
    where = path if path is not None else name
    doc = Annotations(name=name, text=text)
    by_id: dict[str, Entity] = {}
    for lineno, line in ann_lines(ann):
        rec = parse_line(line, lineno, where)
        if isinstance(rec, EntityLine):
            if rec.id in by_id:
                raise BratError(f"duplicate id {rec.id}", where, lineno)
            ent = Entity(rec.id, rec.type, rec.start, rec.end, rec.text, source="brat")
            by_id[rec.id] = ent
            doc.entities.append(ent)
        elif isinstance(rec, RelationLine):
            doc.relations.append(Relation(rec.id, rec.type, rec.arg1, rec.arg2, source="brat"))
        elif isinstance(rec, NormLine):
            if rec.target not in by_id:
                raise BratError(
                    f"normalisation points at unknown mention {rec.target}", where, lineno
                )
            by_id[rec.target].norm = rec.ident
        else:
            if rec.target not in by_id:
                raise BratError(f"note points at unknown mention {rec.target}", where, lineno)
            by_id[rec.target].note = rec.note
    return doc


def read_brat(txt_path: str | Path, ann_path: str | Path | None = None) -> Annotations:
    """Load ``NAME.txt`` and ``NAME.ann`` (beside it unless given) into :class:`Annotations`."""
    txt_path = Path(txt_path)
    ann_path = Path(ann_path) if ann_path is not None else txt_path.with_suffix(".ann")
    text = read_text(txt_path)
    if not ann_path.exists():
        raise BratError("annotation file missing", ann_path)
    try:
        ann = ann_path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise BratError(f"not UTF-8 ({exc.reason} at byte {exc.start})", ann_path) from None
    return parse_ann(ann, text, name=txt_path.stem, path=ann_path)


def format_ann(doc: Annotations) -> str:
    """Serialise entities, relations, ``N`` lines and notes as brat standoff text."""
    lines: list[str] = []
    for e in doc.entities:
        lines.append(f"{e.id}\t{e.type} {e.start} {e.end}\t{e.text}")
    for r in doc.relations:
        lines.append(f"{r.id}\t{r.type} Arg1:{r.arg1} Arg2:{r.arg2}")
    n = 0
    for e in doc.entities:
        if e.norm:
            n += 1
            lines.append(f"N{n}\tReference {e.id} {e.norm}\t{e.text}")
    c = 0
    for e in doc.entities:
        if e.note:
            c += 1
            lines.append(f"#{c}\tAnnotatorNotes {e.id}\t{e.note}")
    return "\n".join(lines) + ("\n" if lines else "")


def write_brat(doc: Annotations, out_dir: str | Path) -> tuple[Path, Path]:
    """Write ``NAME.txt`` and ``NAME.ann`` into ``out_dir`` atomically; return both paths."""
    from .io_utils import atomic_write_text

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    txt = out / f"{doc.name}.txt"
    ann = out / f"{doc.name}.ann"
    atomic_write_text(txt, doc.text)
    atomic_write_text(ann, format_ann(doc))
    return txt, ann
