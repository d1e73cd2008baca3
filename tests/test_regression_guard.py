"""Regression guard: the gold review and the development set may not fall below their
accepted scores (``evaluation/accepted.json``) by more than its stated tolerance.

Accept new scores after a deliberate change with
``puerextract evaluate --gold gold --gold dev --accept-scores evaluation/accepted.json``.
The blind test set is never guarded here: it is scored only at release points.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puerextract.brat import read_brat
from puerextract.evaluate import evaluate
from puerextract.extract import extract_text
from puerextract.scoreboard import GUARD_TOLERANCE, SetScore, guard_failures, guard_record

ROOT = Path(__file__).resolve().parents[1]
ACCEPTED = ROOT / "evaluation" / "accepted.json"


def _score(name: str) -> SetScore:
    folder = ROOT / name
    gold = [read_brat(p, p.with_suffix(".ann")) for p in sorted(folder.glob("*.txt"))]
    preds = [extract_text(g.text, g.name) for g in gold]
    return SetScore(name, str(folder), evaluate(gold, preds))


@pytest.fixture(scope="module")
def accepted() -> dict:
    return json.loads(ACCEPTED.read_text(encoding="utf-8"))


def test_guard_covers_gold_and_dev_never_test(accepted):
    assert set(accepted["sets"]) == {"gold", "dev"}
    assert accepted["tolerance"] == GUARD_TOLERANCE


def test_gold_and_dev_hold_their_accepted_scores(accepted):
    sets = [_score(name) for name in accepted["sets"]]
    assert guard_failures(accepted, sets) == []


def test_guard_fails_on_a_drop_beyond_the_tolerance(accepted):
    gold = _score("gold")
    record = guard_record([gold])
    assert guard_failures(record, [gold]) == []
    raised = {"tolerance": record["tolerance"], "sets": {"gold": dict(record["sets"]["gold"])}}
    raised["sets"]["gold"]["relation_strict_f1"] += 2 * GUARD_TOLERANCE
    failures = guard_failures(raised, [gold])
    assert len(failures) == 1 and "relation_strict_f1" in failures[0]
    raised["sets"]["gold"]["relation_strict_f1"] -= 1.5 * GUARD_TOLERANCE  # within tolerance
    assert guard_failures(raised, [gold]) == []


def test_accepting_scores_leaves_the_blind_set_out(accepted):
    gold = _score("gold")
    blind = SetScore("test", gold.folder, gold.evaluation)
    assert set(guard_record([gold, blind])["sets"]) == {"gold"}
