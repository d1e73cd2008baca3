"""Validate a folder of brat ``.txt``/``.ann`` pairs against the annotation guidelines.

Unlike :func:`puerextract.brat.parse_ann`, which stops at the first structural error, the
validator reads every line and collects *all* problems, each as a :class:`Problem`
(``file:line: message``), plus counts of what it found. The same pass checks predictions
with ``strict=False``: structure, offsets and dangling references only (predictions may
overlap, use unknown types or lack notes; the scorer counts those honestly).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .brat import EntityLine, NormLine, RelationLine, ann_lines, parse_line
from .errors import BratError
from .model import ENTITY_TYPES, NORM_PREFIXES, RELATION_TYPES

_NOTE_FIELD = re.compile(r"(\w+)=(\S*)")
_PREFIXED_ID = re.compile(r"^([a-z][a-z0-9.]*):(\S+)$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in one file; ``line`` is 1-based or ``None`` for the whole file."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


@dataclass(slots=True)
class CheckResult:
    """Problems found and counts of what was read (entities, relations, N lines, notes)."""

    problems: list[Problem] = field(default_factory=list)
    documents: int = 0
    entity_counts: Counter = field(default_factory=Counter)
    relation_counts: Counter = field(default_factory=Counter)
    norm_count: int = 0
    note_count: int = 0

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems

    def merge(self, other: CheckResult) -> None:
        """Add another result's problems and counts to this one."""
        self.problems.extend(other.problems)
        self.documents += other.documents
        self.entity_counts.update(other.entity_counts)
        self.relation_counts.update(other.relation_counts)
        self.norm_count += other.norm_count
        self.note_count += other.note_count


def parse_concentration_note(note: str | None) -> tuple[tuple[float, ...], str] | None:
    """Parse ``values=100,10,1,0.1 unit=umol/L`` into ``((100.0, 10.0, 1.0, 0.1), "umol/L")``.

    Returns ``None`` when the note lacks either field or a value is not a number.
    Other ``key=value`` fields in the note are ignored.
    """
    if not note:
        return None
    fields = dict(_NOTE_FIELD.findall(note))
    raw_values, unit = fields.get("values"), fields.get("unit")
    if not raw_values or not unit:
        return None
    try:
        values = tuple(float(v) for v in raw_values.split(",") if v != "")
    except ValueError:
        return None
    if not values:
        return None
    return values, unit


def _decode(data: bytes, path: Path, result: CheckResult) -> str | None:
    """Decode UTF-8 or record a problem at the line of the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        result.problems.append(
            Problem(str(path), line, f"not UTF-8 ({exc.reason} at byte {exc.start})")
        )
        return None


def check_annotations(ann: str, text: str, path: str | Path, *, strict: bool = True) -> CheckResult:
    """Check the content of one ``.ann`` over its text; collect every problem.

    ``strict=True`` (gold) also checks types, argument types, flat spans, identifier
    prefixes and the concentration notes.
    """
    where = str(path)
    result = CheckResult(documents=1)
    problems = result.problems

    def add(lineno: int | None, message: str) -> None:
        problems.append(Problem(where, lineno, message))

    seen_ids: dict[str, int] = {}
    # id -> (type, start, end, line)
    entities: dict[str, tuple[str, int, int, int]] = {}
    relations: list[tuple[int, str, str, str, str]] = []
    norms: list[tuple[int, str, str]] = []
    notes: list[tuple[int, str, str]] = []

    for lineno, line in ann_lines(ann):
        try:
            rec = parse_line(line, lineno, where)
        except BratError as exc:
            add(lineno, exc.problem)
            continue
        tid = rec.id
        if tid in seen_ids:
            add(lineno, f"duplicate id {tid} (first on line {seen_ids[tid]})")
            continue
        seen_ids[tid] = lineno

        if isinstance(rec, EntityLine):
            etype, start, end, span_text = rec.type, rec.start, rec.end, rec.text
            if strict and etype not in ENTITY_TYPES:
                add(
                    lineno,
                    f"unknown entity type {etype!r} (expected one of {', '.join(ENTITY_TYPES)})",
                )
            if not 0 <= start < end <= len(text):
                add(
                    lineno,
                    f"wrong offset: {tid} {start}-{end} outside the text (length {len(text)})",
                )
            elif text[start:end] != span_text:
                hint = ""
                found = text.find(span_text, max(0, start - 200))
                if span_text and found >= 0:
                    hint = f"; {span_text!r} occurs at {found}-{found + len(span_text)}"
                add(
                    lineno,
                    f"wrong offset: {tid} says {span_text!r} but text[{start}:{end}] "
                    f"is {text[start:end]!r}{hint}",
                )
            elif strict and span_text != span_text.strip():
                add(lineno, f"{tid} span {span_text!r} starts or ends with whitespace")
            entities[tid] = (etype, start, end, lineno)
            result.entity_counts[etype] += 1
        elif isinstance(rec, RelationLine):
            relations.append((lineno, tid, rec.type, rec.arg1, rec.arg2))
            result.relation_counts[rec.type] += 1
        elif isinstance(rec, NormLine):
            norms.append((lineno, rec.target, rec.ident))
            result.norm_count += 1
        else:
            notes.append((lineno, rec.target, rec.note))
            result.note_count += 1

    # references are checked after the whole file: brat does not require T lines first
    seen_rel: dict[tuple[str, str, str], int] = {}
    for lineno, rid, rtype, a1, a2 in relations:
        if strict and rtype not in RELATION_TYPES:
            add(
                lineno,
                f"unknown relation type {rtype!r} (expected one of {', '.join(RELATION_TYPES)})",
            )
        for role, arg in (("Arg1", a1), ("Arg2", a2)):
            if arg not in entities:
                add(lineno, f"{rid} {role} points at unknown mention {arg}")
        if a1 == a2:
            add(lineno, f"{rid} links {a1} to itself")
        if strict and rtype in RELATION_TYPES and a1 in entities and a2 in entities:
            allowed1, allowed2 = RELATION_TYPES[rtype]
            if entities[a1][0] not in allowed1:
                add(
                    lineno,
                    f"{rid} {rtype} Arg1 {a1} is {entities[a1][0]}, "
                    f"expected one of {', '.join(allowed1)}",
                )
            if entities[a2][0] not in allowed2:
                add(
                    lineno,
                    f"{rid} {rtype} Arg2 {a2} is {entities[a2][0]}, "
                    f"expected one of {', '.join(allowed2)}",
                )
        key = (rtype, a1, a2)
        if strict and key in seen_rel:
            add(lineno, f"{rid} repeats the relation on line {seen_rel[key]}")
        seen_rel.setdefault(key, lineno)

    normalised: dict[str, int] = {}
    for lineno, target, ident in norms:
        if target not in entities:
            add(lineno, f"normalisation points at unknown mention {target}")
            continue
        if target in normalised:
            add(lineno, f"second N line for {target} (first on line {normalised[target]})")
        normalised.setdefault(target, lineno)
        if strict:
            m = _PREFIXED_ID.match(ident)
            if not m or m.group(1) not in NORM_PREFIXES:
                add(
                    lineno,
                    f"identifier {ident!r} has no known prefix (form prefix:value, "
                    f"prefix one of {', '.join(NORM_PREFIXES)})",
                )

    noted: dict[str, str] = {}
    for lineno, target, note in notes:
        if target not in entities:
            add(lineno, f"note points at unknown mention {target}")
            continue
        if target in noted:
            add(lineno, f"second note for {target}")
            continue
        noted[target] = note
        if (
            strict
            and entities[target][0] == "CONCENTRATION"
            and parse_concentration_note(note) is None
        ):
            add(
                lineno,
                f"note of CONCENTRATION {target} is not 'values=N[,N...] unit=UNIT': {note!r}",
            )

    if strict:
        for tid, (etype, _s, _e, lineno) in entities.items():
            if etype == "CONCENTRATION" and tid not in noted:
                add(lineno, f"CONCENTRATION {tid} has no note 'values=... unit=...'")
        spans = sorted((s, e, tid, lineno) for tid, (_t, s, e, lineno) in entities.items() if s < e)
        # flat spans: each span must start at or after the furthest end seen so far
        furthest: tuple[int, str] | None = None
        for s, e, tid, lineno in spans:
            if furthest is not None and s < furthest[0]:
                other = furthest[1]
                _t, os_, oe, oline = entities[other]
                # reported on the later of the two lines, naming both
                first, second = sorted([(lineno, tid, s, e), (oline, other, os_, oe)])
                add(
                    second[0],
                    f"{second[1]} ({second[2]}-{second[3]}) overlaps {first[1]} "
                    f"({first[2]}-{first[3]}) (spans must be flat)",
                )
            if furthest is None or e > furthest[0]:
                furthest = (e, tid)

    problems.sort(key=lambda p: p.line or 0)
    return result


def check_pair(
    txt_path: str | Path, ann_path: str | Path | None = None, *, strict: bool = True
) -> CheckResult:
    """Check one ``NAME.txt`` + ``NAME.ann`` pair (the ``.ann`` beside it unless given)."""
    txt_path = Path(txt_path)
    ann_path = Path(ann_path) if ann_path is not None else txt_path.with_suffix(".ann")
    result = CheckResult()
    if not txt_path.exists():
        result.problems.append(Problem(str(ann_path), None, f"text file {txt_path.name} missing"))
        return result
    if not ann_path.exists():
        result.problems.append(
            Problem(str(txt_path), None, f"annotation file {ann_path.name} missing")
        )
        return result
    text = _decode(txt_path.read_bytes(), txt_path, result)
    ann = _decode(ann_path.read_bytes(), ann_path, result)
    if text is None or ann is None:
        return result
    result.merge(check_annotations(ann, text, ann_path, strict=strict))
    return result


def brat_names(folder: str | Path) -> list[str]:
    """Names (stems) of every ``.txt`` or ``.ann`` file in ``folder``, sorted."""
    folder = Path(folder)
    return sorted(
        {p.stem for p in folder.iterdir() if p.is_file() and p.suffix in (".txt", ".ann")}
    )


def check_dir(folder: str | Path, *, strict: bool = True) -> CheckResult:
    """Check every pair in ``folder``; a ``.ann`` without ``.txt`` (or the reverse) is a problem.

    Raises :class:`BratError` when the folder does not exist or holds no brat file.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise BratError("not a folder", folder)
    names = brat_names(folder)
    if not names:
        raise BratError("no .txt/.ann files in this folder", folder)
    result = CheckResult()
    for name in names:
        result.merge(check_pair(folder / f"{name}.txt", folder / f"{name}.ann", strict=strict))
    return result


def gold_fingerprint(gold_dir: Path, names: list[str]) -> str:
    """Content hash of the gold pairs, to tell when the gold changed since the baseline."""
    return sets_fingerprint([(gold_dir, names)])


def sets_fingerprint(sets: list[tuple[Path, list[str]]]) -> str:
    """Content hash of the gold pairs of several folders."""
    h = hashlib.sha256()
    for gold_dir, names in sets:
        if gold_dir.is_file():  # a BioC collection
            h.update(gold_dir.read_bytes())
            continue
        for name in names:
            for suffix in (".txt", ".ann"):
                h.update(f"{name}{suffix}\0".encode())
                h.update((gold_dir / f"{name}{suffix}").read_bytes())
    return h.hexdigest()[:16]
