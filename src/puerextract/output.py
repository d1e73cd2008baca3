"""Write extraction results: per paper ``NAME.txt``, ``NAME.ann`` (brat) and ``NAME.jsonl``;
per run ``mentions.csv`` and ``relations.csv``. Rows have one schema everywhere (``extract``,
the flow, the store): :data:`puerextract.model.MENTION_FIELDS` and ``RELATION_FIELDS``."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from .brat import format_ann
from .io_utils import FORMULA_START, atomic_write_text
from .model import MENTION_FIELDS, RELATION_FIELDS, PaperResult


def write_paper(result: PaperResult, out_dir: Path) -> list[Path]:
    """``NAME.txt`` (the exact text of the offsets), ``NAME.ann`` (brat) and ``NAME.jsonl``
    (one row per mention and relation, the store's fields), each written atomically; a paper
    whose files fail leaves none of them."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    name = result.annotations.name
    paths = [out_dir / f"{name}.txt", out_dir / f"{name}.ann", out_dir / f"{name}.jsonl"]
    try:
        atomic_write_text(paths[0], result.annotations.text)
        atomic_write_text(paths[1], format_ann(result.annotations))
        atomic_write_text(paths[2], jsonl(result))
    except OSError:
        for path in paths:
            path.unlink(missing_ok=True)
        raise
    return paths


def jsonl(result: PaperResult) -> str:
    """One JSON object per mention and per relation (``kind`` says which)."""
    lines = [json.dumps({"kind": "mention", **m}, ensure_ascii=False) for m in result.mentions]
    lines += [json.dumps({"kind": "relation", **r}, ensure_ascii=False) for r in result.relations]
    return "".join(line + "\n" for line in lines)


class TableWriter:
    """``mentions.csv`` and ``relations.csv`` written row by row as papers finish, so a run's
    memory does not grow with its number of papers; the files appear whole (renamed) on
    :meth:`close`."""

    def __init__(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.paths = [out_dir / "mentions.csv", out_dir / "relations.csv"]
        self._tmp = [p.with_name(f".{p.name}.{os.getpid()}.tmp") for p in self.paths]
        self._files = [t.open("w", encoding="utf-8", newline="") for t in self._tmp]
        self._writers = [csv.writer(f, lineterminator="\n") for f in self._files]
        self._writers[0].writerow(MENTION_FIELDS)
        self._writers[1].writerow(RELATION_FIELDS)

    def add(self, result: PaperResult) -> None:
        """Append one paper's rows."""
        for writer, rows, columns in (
            (self._writers[0], result.mentions, MENTION_FIELDS),
            (self._writers[1], result.relations, RELATION_FIELDS),
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
