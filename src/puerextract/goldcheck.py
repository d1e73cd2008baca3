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
    check = _AnnCheck(text, str(path), strict)
    for lineno, line in ann_lines(ann):
        check.line(lineno, line)
    # references are checked after the whole file: brat does not require T lines first
    check.relations_ok()
    check.norms_ok()
    check.notes_ok()
    if strict:
        check.concentrations_noted()
        check.spans_flat()
    check.result.problems.sort(key=lambda p: p.line or 0)
    return check.result


class _AnnCheck:
    """The state of one ``.ann`` check: what was read, and the problems found."""

    def __init__(self, text: str, where: str, strict: bool) -> None:
        self.text, self.where, self.strict = text, where, strict
        self.result = CheckResult(documents=1)
        self.seen_ids: dict[str, int] = {}
        #: id -> (type, start, end, line)
        self.entities: dict[str, tuple[str, int, int, int]] = {}
        self.relations: list[tuple[int, str, str, str, str]] = []
        self.norms: list[tuple[int, str, str]] = []
        self.notes: list[tuple[int, str, str]] = []
        self.noted: dict[str, str] = {}

    def add(self, lineno: int | None, message: str) -> None:
        self.result.problems.append(Problem(self.where, lineno, message))

    def line(self, lineno: int, line: str) -> None:
        """Read one line: an entity is checked at once, the rest after the whole file."""
        try:
            rec = parse_line(line, lineno, self.where)
        except BratError as exc:
            self.add(lineno, exc.problem)
            return
        if rec.id in self.seen_ids:
            self.add(lineno, f"duplicate id {rec.id} (first on line {self.seen_ids[rec.id]})")
            return
        self.seen_ids[rec.id] = lineno
        if isinstance(rec, EntityLine):
            self.entity(lineno, rec)
        elif isinstance(rec, RelationLine):
            self.relations.append((lineno, rec.id, rec.type, rec.arg1, rec.arg2))
            self.result.relation_counts[rec.type] += 1
        elif isinstance(rec, NormLine):
            self.norms.append((lineno, rec.target, rec.ident))
            self.result.norm_count += 1
        else:
            self.notes.append((lineno, rec.target, rec.note))
            self.result.note_count += 1

    def entity(self, lineno: int, rec: EntityLine) -> None:
        tid, etype, start, end, span_text = rec.id, rec.type, rec.start, rec.end, rec.text
        text = self.text
        if self.strict and etype not in ENTITY_TYPES:
            self.add(
                lineno, f"unknown entity type {etype!r} (expected one of {', '.join(ENTITY_TYPES)})"
            )
        if not 0 <= start < end <= len(text):
            self.add(
                lineno, f"wrong offset: {tid} {start}-{end} outside the text (length {len(text)})"
            )
        elif text[start:end] != span_text:
            hint = ""
            found = text.find(span_text, max(0, start - 200))
            if span_text and found >= 0:
                hint = f"; {span_text!r} occurs at {found}-{found + len(span_text)}"
            self.add(
                lineno,
                f"wrong offset: {tid} says {span_text!r} but text[{start}:{end}] "
                f"is {text[start:end]!r}{hint}",
            )
        elif self.strict and span_text != span_text.strip():
            self.add(lineno, f"{tid} span {span_text!r} starts or ends with whitespace")
        self.entities[tid] = (etype, start, end, lineno)
        self.result.entity_counts[etype] += 1

    def relations_ok(self) -> None:
        seen_rel: dict[tuple[str, str, str], int] = {}
        for lineno, rid, rtype, a1, a2 in self.relations:
            if self.strict and rtype not in RELATION_TYPES:
                self.add(
                    lineno,
                    f"unknown relation type {rtype!r} "
                    f"(expected one of {', '.join(RELATION_TYPES)})",
                )
            for role, arg in (("Arg1", a1), ("Arg2", a2)):
                if arg not in self.entities:
                    self.add(lineno, f"{rid} {role} points at unknown mention {arg}")
            if a1 == a2:
                self.add(lineno, f"{rid} links {a1} to itself")
            if self.strict and rtype in RELATION_TYPES:
                self.argument_types(lineno, rid, rtype, a1, a2)
            key = (rtype, a1, a2)
            if self.strict and key in seen_rel:
                self.add(lineno, f"{rid} repeats the relation on line {seen_rel[key]}")
            seen_rel.setdefault(key, lineno)

    def argument_types(self, lineno: int, rid: str, rtype: str, a1: str, a2: str) -> None:
        if a1 not in self.entities or a2 not in self.entities:
            return
        for role, arg, allowed in zip(
            ("Arg1", "Arg2"), (a1, a2), RELATION_TYPES[rtype], strict=True
        ):
            if self.entities[arg][0] not in allowed:
                self.add(
                    lineno,
                    f"{rid} {rtype} {role} {arg} is {self.entities[arg][0]}, "
                    f"expected one of {', '.join(allowed)}",
                )

    def norms_ok(self) -> None:
        normalised: dict[str, int] = {}
        for lineno, target, ident in self.norms:
            if target not in self.entities:
                self.add(lineno, f"normalisation points at unknown mention {target}")
                continue
            if target in normalised:
                self.add(lineno, f"second N line for {target} (first on line {normalised[target]})")
            normalised.setdefault(target, lineno)
            m = _PREFIXED_ID.match(ident)
            if self.strict and (not m or m.group(1) not in NORM_PREFIXES):
                self.add(
                    lineno,
                    f"identifier {ident!r} has no known prefix (form prefix:value, "
                    f"prefix one of {', '.join(NORM_PREFIXES)})",
                )

    def notes_ok(self) -> None:
        for lineno, target, note in self.notes:
            if target not in self.entities:
                self.add(lineno, f"note points at unknown mention {target}")
                continue
            if target in self.noted:
                self.add(lineno, f"second note for {target}")
                continue
            self.noted[target] = note
            if (
                self.strict
                and self.entities[target][0] == "CONCENTRATION"
                and parse_concentration_note(note) is None
            ):
                self.add(
                    lineno,
                    f"note of CONCENTRATION {target} is not 'values=N[,N...] unit=UNIT': {note!r}",
                )

    def concentrations_noted(self) -> None:
        for tid, (etype, _s, _e, lineno) in self.entities.items():
            if etype == "CONCENTRATION" and tid not in self.noted:
                self.add(lineno, f"CONCENTRATION {tid} has no note 'values=... unit=...'")

    def spans_flat(self) -> None:
        """Each span must start at or after the furthest end seen so far."""
        spans = sorted((s, e, t, ln) for t, (_ty, s, e, ln) in self.entities.items() if s < e)
        furthest: tuple[int, str] | None = None
        for s, e, tid, lineno in spans:
            if furthest is not None and s < furthest[0]:
                other = furthest[1]
                _t, os_, oe, oline = self.entities[other]
                # reported on the later of the two lines, naming both
                first, second = sorted([(lineno, tid, s, e), (oline, other, os_, oe)])
                self.add(
                    second[0],
                    f"{second[1]} ({second[2]}-{second[3]}) overlaps {first[1]} "
                    f"({first[2]}-{first[3]}) (spans must be flat)",
                )
            if furthest is None or e > furthest[0]:
                furthest = (e, tid)


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
