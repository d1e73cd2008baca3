"""Read and write brat standoff (``.txt`` + ``.ann``) as defined in the annotation guidelines.

Parsing is structural: a line that is not a well-formed ``T``/``R``/``N``/``#`` line raises
:class:`BratError` naming the file and line. Semantic checks (types, offsets against the text,
overlaps) live in :mod:`puerextract.goldcheck`.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import BratError
from .model import Annotations, Entity, Relation

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+) (\d+)\t(.*)$")
_R_LINE = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$")
_N_LINE = re.compile(r"^(N\d+)\tReference (T\d+) (\S+)(?:\t(.*))?$")
_NOTE_LINE = re.compile(r"^(#\d+)\tAnnotatorNotes (T\d+)\t(.*)$")


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
    for lineno, line in enumerate(ann.splitlines(), start=1):
        if not line.strip():
            continue
        tag = line[0]
        if tag == "T":
            m = _T_LINE.match(line)
            if not m:
                raise BratError(f"malformed entity line: {line!r}", where, lineno)
            tid, etype, s, e, span_text = m.groups()
            if tid in by_id:
                raise BratError(f"duplicate id {tid}", where, lineno)
            ent = Entity(tid, etype, int(s), int(e), span_text, source="brat")
            by_id[tid] = ent
            doc.entities.append(ent)
        elif tag == "R":
            m = _R_LINE.match(line)
            if not m:
                raise BratError(f"malformed relation line: {line!r}", where, lineno)
            rid, rtype, a1, a2 = m.groups()
            doc.relations.append(Relation(rid, rtype, a1, a2, source="brat"))
        elif tag == "N":
            m = _N_LINE.match(line)
            if not m:
                raise BratError(f"malformed normalisation line: {line!r}", where, lineno)
            _nid, tid, ident, _label = m.groups()
            if tid not in by_id:
                raise BratError(f"normalisation points at unknown mention {tid}", where, lineno)
            by_id[tid].norm = ident
        elif tag == "#":
            m = _NOTE_LINE.match(line)
            if not m:
                raise BratError(f"malformed note line: {line!r}", where, lineno)
            _cid, tid, note = m.groups()
            if tid not in by_id:
                raise BratError(f"note points at unknown mention {tid}", where, lineno)
            by_id[tid].note = note
        else:
            raise BratError(f"unknown line kind {tag!r}: {line!r}", where, lineno)
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
