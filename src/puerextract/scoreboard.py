"""Several annotated sets scored side by side, and the history of the blind test set's scores.

The gold review, the development set and the blind test set answer different questions: the
review's score is an upper bound (its names are in the lexicons), the development set shows
general rule gaps, the test set what a new paper of the field gets. This module puts their
headline figures, per-type F1 and novel-mention recall in one table per kind, and keeps the
test set's history (``evaluation/test_history.jsonl``: one JSON object a line, appended at
release points only).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import PuerextractError
from .evaluate import MICRO, Evaluation
from .io_utils import atomic_write_text

HISTORY_FIELDS = (
    "date",
    "commit",
    "documents",
    "entity_strict_f1",
    "entity_strict_p",
    "entity_strict_r",
    "relation_strict_f1",
    "relation_strict_p",
    "relation_strict_r",
    "novel_recall",
    "normalisation_accuracy",
    "concentration_accuracy",
    "note",
)


@dataclass(frozen=True, slots=True)
class SetScore:
    """One annotated set (a folder of NAME.txt + NAME.ann) and its evaluation."""

    name: str
    folder: str
    evaluation: Evaluation


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _micro(ev: Evaluation, level: str) -> dict[str, Any]:
    return ev.summary[level]["strict"]["micro"]


def _novel(ev: Evaluation, type_: str = MICRO) -> dict[str, Any] | None:
    return ev.summary.get("novel", {}).get(type_)


def _novel_cell(ev: Evaluation, type_: str = MICRO) -> str:
    n = _novel(ev, type_)
    if not n or not n["gold"]:
        return "–"
    return f"{n['recall']:.3f} ({n['found']}/{n['gold']})"


def _ratio_cell(d: Mapping[str, Any]) -> str:
    if not d["total"]:
        return "–"
    return f"{d['accuracy']:.3f} ({d['correct']}/{d['total']})"


def headline_frame(sets: Sequence[SetScore]) -> pd.DataFrame:
    """One row per figure, one column per set."""
    rows: dict[str, dict[str, str]] = {}
    for s in sets:
        ev = s.evaluation
        ent, rel = _micro(ev, "entities"), _micro(ev, "relations")
        rows[s.name] = {
            "documents": str(ev.summary["documents"]),
            "entities F1 (strict)": _fmt(ent["f1"]),
            "entities P / R": f"{ent['precision']:.3f} / {ent['recall']:.3f}",
            "relations F1 (strict)": _fmt(rel["f1"]),
            "relations P / R": f"{rel['precision']:.3f} / {rel['recall']:.3f}",
            "novel-mention recall": _novel_cell(ev),
            "normalisation": _ratio_cell(ev.summary["normalisation"]),
            "concentration values": _ratio_cell(ev.summary["concentration"]),
        }
    return pd.DataFrame(rows).rename_axis("figure").reset_index()


def per_type_frame(sets: Sequence[SetScore], level: str) -> pd.DataFrame:
    """Strict F1 per type (``level`` is ``entities`` or ``relations``), one column per set."""
    types: list[str] = []
    for s in sets:
        types += [t for t in s.evaluation.summary[level]["strict"]["per_type"] if t not in types]
    rows = []
    for t in [*types, MICRO]:
        row = {"type": t}
        for s in sets:
            strict = s.evaluation.summary[level]["strict"]
            d = strict["micro"] if t == MICRO else strict["per_type"].get(t)
            row[s.name] = "–" if not d or not d["gold"] else f"{d['f1']:.3f} ({d['gold']})"
        rows.append(row)
    return pd.DataFrame(rows)


def novel_frame(sets: Sequence[SetScore]) -> pd.DataFrame:
    """Novel-mention recall per entity type, one column per set."""
    types: list[str] = []
    for s in sets:
        types += [t for t in s.evaluation.summary.get("novel", {}) if t not in types]
    types = [t for t in types if t != MICRO] + [MICRO]
    rows = [{"type": t, **{s.name: _novel_cell(s.evaluation, t) for s in sets}} for t in types]
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- test history


def history_record(ev: Evaluation, commit: str, date: str, note: str = "") -> dict[str, Any]:
    """The line appended to the test history for one scoring of the test set."""
    ent, rel = _micro(ev, "entities"), _micro(ev, "relations")
    novel = _novel(ev)
    return {
        "date": date,
        "commit": commit,
        "documents": ev.summary["documents"],
        "entity_strict_f1": round(ent["f1"], 4),
        "entity_strict_p": round(ent["precision"], 4),
        "entity_strict_r": round(ent["recall"], 4),
        "relation_strict_f1": round(rel["f1"], 4),
        "relation_strict_p": round(rel["precision"], 4),
        "relation_strict_r": round(rel["recall"], 4),
        "novel_recall": None if not novel or novel["recall"] is None else round(novel["recall"], 4),
        "normalisation_accuracy": ev.summary["normalisation"]["accuracy"],
        "concentration_accuracy": ev.summary["concentration"]["accuracy"],
        "note": note,
    }


def load_history(path: Path) -> list[dict[str, Any]]:
    """The test history, oldest first (empty when the file does not exist)."""
    if not path.exists():
        return []
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PuerextractError(f"line {n}: not JSON ({exc.msg})", path) from None
        if not isinstance(row, dict) or "entity_strict_f1" not in row:
            raise PuerextractError(f"line {n}: not a test score record", path)
        rows.append(row)
    return rows


def append_history(path: Path, record: Mapping[str, Any]) -> None:
    """Append one record to the test history (the file is rewritten atomically)."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if old and not old.endswith("\n"):
        old += "\n"
    atomic_write_text(path, old + json.dumps(dict(record), ensure_ascii=False) + "\n")


def history_frame(rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """The history as a table (figures to three decimals)."""
    out = []
    for r in rows:
        out.append(
            {
                "date": r.get("date", ""),
                "commit": str(r.get("commit", ""))[:10],
                "docs": r.get("documents", ""),
                "entities F1": _fmt(r.get("entity_strict_f1")),
                "relations F1": _fmt(r.get("relation_strict_f1")),
                "novel recall": _fmt(r.get("novel_recall")),
                "normalisation": _fmt(r.get("normalisation_accuracy")),
                "note": r.get("note", ""),
            }
        )
    return pd.DataFrame(out)


def known_terms(rules_dir: Path | None = None) -> frozenset[str]:
    """Every lexicon term (NFKC, case-folded): what novel-mention recall counts as known."""
    from .evaluate import term_key
    from .rules import load_rules

    return frozenset(term_key(t) for t in load_rules(rules_dir).term_index())


# --------------------------------------------------------------------------- regression guard

#: how far a set's accepted score may fall before the regression test fails
GUARD_TOLERANCE = 0.01
GUARD_FIGURES = ("entity_strict_f1", "relation_strict_f1")
#: the blind set is scored at release points only, never held by the guard
BLIND_SET = "test"


def guard_record(sets: Sequence[SetScore]) -> dict[str, Any]:
    """The accepted scores the regression guard holds, per set (the blind set left out)."""
    return {
        "tolerance": GUARD_TOLERANCE,
        "sets": {
            s.name: {k: round(s.evaluation.summary["headline"][k], 4) for k in GUARD_FIGURES}
            for s in sets
            if s.name != BLIND_SET
        },
    }


def guard_failures(accepted: Mapping[str, Any], sets: Sequence[SetScore]) -> list[str]:
    """Each figure more than the tolerance below its accepted value, as a sentence."""
    tol = float(accepted["tolerance"])
    out = []
    for s in sets:
        for key, then in accepted["sets"].get(s.name, {}).items():
            now = s.evaluation.summary["headline"][key]
            if now < then - tol:
                out.append(f"{s.name} {key} {now:.4f} < accepted {then:.4f} - {tol}")
    return out
