"""Write extraction results: per paper ``NAME.txt``, ``NAME.ann`` (brat) and ``NAME.jsonl``;
per run ``entities.csv`` and ``relations.csv`` (one row per mention / relation, with the
sentence as evidence), built with pandas."""

from __future__ import annotations

import csv
import json
import os
from bisect import bisect_right
from pathlib import Path

from .brat import format_ann
from .io_utils import FORMULA_START, atomic_write_text
from .model import Annotations, Sentence

ENTITY_COLUMNS = [
    "paper",
    "id",
    "type",
    "start",
    "end",
    "text",
    "identifier",
    "note",
    "source",
    "sentence_index",
    "sentence_start",
    "sentence_end",
    "sentence",
]
RELATION_COLUMNS = [
    "paper",
    "id",
    "type",
    "arg1",
    "arg1_type",
    "arg1_text",
    "arg1_identifier",
    "arg2",
    "arg2_type",
    "arg2_text",
    "arg2_identifier",
    "source",
    "sentence_index",
    "sentence",
    "arg1_start",
    "arg1_end",
    "arg2_start",
    "arg2_end",
]


def _sentence_of(sentences: list[Sentence], starts: list[int], offset: int) -> int:
    i = bisect_right(starts, offset) - 1
    return i if 0 <= i < len(sentences) and offset < sentences[i].end else max(i, -1)


def entity_rows(ann: Annotations, sentences: list[Sentence]) -> list[dict]:
    starts = [s.start for s in sentences]
    rows = []
    for e in ann.entities:
        i = _sentence_of(sentences, starts, e.start)
        s = sentences[i] if i >= 0 else None
        rows.append(
            {
                "paper": ann.name,
                "id": e.id,
                "type": e.type,
                "start": e.start,
                "end": e.end,
                "text": e.text,
                "identifier": e.norm or "",
                "note": e.note or "",
                "source": e.source,
                "sentence_index": i,
                "sentence_start": s.start if s else -1,
                "sentence_end": s.end if s else -1,
                "sentence": s.text if s else "",
            }
        )
    return rows


def relation_rows(ann: Annotations, sentences: list[Sentence]) -> list[dict]:
    starts = [s.start for s in sentences]
    by_id = ann.entity_by_id()
    rows = []
    for r in ann.relations:
        a, b = by_id[r.arg1], by_id[r.arg2]
        i = _sentence_of(sentences, starts, min(a.start, b.start))
        rows.append(
            {
                "paper": ann.name,
                "id": r.id,
                "type": r.type,
                "arg1": a.id,
                "arg1_type": a.type,
                "arg1_text": a.text,
                "arg1_identifier": a.norm or "",
                "arg2": b.id,
                "arg2_type": b.type,
                "arg2_text": b.text,
                "arg2_identifier": b.norm or "",
                "source": r.source,
                "sentence_index": i,
                "sentence": sentences[i].text if i >= 0 else "",
                "arg1_start": a.start,
                "arg1_end": a.end,
                "arg2_start": b.start,
                "arg2_end": b.end,
            }
        )
    return rows


def jsonl(ann: Annotations, sentences: list[Sentence]) -> str:
    """One JSON object per mention and per relation (``kind`` says which)."""
    lines = [
        json.dumps({"kind": "entity", **r}, ensure_ascii=False) for r in entity_rows(ann, sentences)
    ]
    lines += [
        json.dumps({"kind": "relation", **r}, ensure_ascii=False)
        for r in relation_rows(ann, sentences)
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def write_paper(ann: Annotations, sentences: list[Sentence], out_dir: Path) -> list[Path]:
    """``NAME.txt`` (the exact text of the offsets), ``NAME.ann`` and ``NAME.jsonl``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [
        out_dir / f"{ann.name}.txt",
        out_dir / f"{ann.name}.ann",
        out_dir / f"{ann.name}.jsonl",
    ]
    try:
        atomic_write_text(paths[0], ann.text)
        atomic_write_text(paths[1], format_ann(ann))
        atomic_write_text(paths[2], jsonl(ann, sentences))
    except OSError:
        for path in paths:  # no partial set of a paper's files is left behind
            path.unlink(missing_ok=True)
        raise
    return paths


class TableWriter:
    """``entities.csv`` and ``relations.csv`` written row by row as papers finish, so a run's
    memory does not grow with its number of papers; the files appear whole (renamed) on
    :meth:`close`."""

    def __init__(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.paths = [out_dir / "entities.csv", out_dir / "relations.csv"]
        self._tmp = [p.with_name(f".{p.name}.{os.getpid()}.tmp") for p in self.paths]
        self._files = [t.open("w", encoding="utf-8", newline="") for t in self._tmp]
        self._writers = [csv.writer(f, lineterminator="\n") for f in self._files]
        self._writers[0].writerow(ENTITY_COLUMNS)
        self._writers[1].writerow(RELATION_COLUMNS)

    def add(self, ann: Annotations, sentences: list[Sentence]) -> None:
        """Append one paper's rows."""
        for writer, rows, columns in (
            (self._writers[0], entity_rows(ann, sentences), ENTITY_COLUMNS),
            (self._writers[1], relation_rows(ann, sentences), RELATION_COLUMNS),
        ):
            writer.writerows([_safe_cell(r.get(c)) for c in columns] for r in rows)

    def close(self) -> list[Path]:
        """Finish both files (atomically renamed into place)."""
        for f in self._files:
            f.flush()
            os.fsync(f.fileno())
            f.close()
        for tmp, path in zip(self._tmp, self.paths, strict=True):
            os.replace(tmp, path)
        return self.paths

    def discard(self) -> None:
        """Drop the unfinished files (a failed run leaves no half-written table)."""
        for f, tmp in zip(self._files, self._tmp, strict=True):
            f.close()
            tmp.unlink(missing_ok=True)


def _safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return "" if value is None else value


def write_tables(results: list[tuple[Annotations, list[Sentence]]], out_dir: Path) -> list[Path]:
    """``entities.csv`` and ``relations.csv`` for the given papers."""
    writer = TableWriter(out_dir)
    for ann, sentences in results:
        writer.add(ann, sentences)
    return writer.close()
