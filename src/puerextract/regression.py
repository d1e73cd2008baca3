"""The regression guard: the extractor run over a gold set, scored, and compared with the
accepted scores (what ``flows/evaluate_flow.py`` and ``puerextract run`` report)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import PuerextractError
from .inbox import current_rules_version
from .runner import extract_function, process_document

log = logging.getLogger(__name__)


@dataclass(slots=True)
class EvaluationRun:
    """One scoring of the extractor on the gold: headline, score table, reports, regressions."""

    headline: dict[str, float | None]
    scores: Any  # pandas DataFrame: level, scheme, type, gold, pred, tp, fp, fn, P, R, F1
    reports: dict[str, Path]
    baseline_path: Path
    baseline_found: bool
    regressions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def predict_gold(gold_dir: str | Path, rules_dir: str | Path | None = None):
    """Load the gold pairs (validated) and run the extractor over each gold text as it is."""
    from .brat import read_brat
    from .goldcheck import brat_names, check_dir
    from .ingest import ingest_text

    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise PuerextractError("gold folder does not exist", gold_dir)
    problems = check_dir(gold_dir).problems
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PuerextractError(f"gold set has problems: first: {problems[0]}{more}", gold_dir)
    names = brat_names(gold_dir)
    gold = [read_brat(gold_dir / f"{n}.txt", gold_dir / f"{n}.ann") for n in names]
    if not gold:
        raise PuerextractError("no gold pairs (NAME.txt + NAME.ann) found", gold_dir)
    preds = []
    for g in gold:
        doc = ingest_text(g.text, g.name, reflow_lines=False)
        doc.source = str(Path(gold_dir) / f"{g.name}.txt")
        preds.append(process_document(doc, rules_dir).annotations)
    return gold, names, preds


def regressions_against(
    headline: dict[str, float | None], baseline: dict[str, float | None], tolerance: float
) -> list[str]:
    """Headline scores that fell below the baseline by more than ``tolerance``."""
    out = []
    for key, before in baseline.items():
        now = headline.get(key)
        if before is None or now is None:
            continue
        if now < before - tolerance:
            out.append(f"{key} {now:.3f} < baseline {before:.3f} - tolerance {tolerance:g}")
    return out


def evaluate_gold(
    gold_dir: str | Path = "gold",
    out_dir: str | Path = "reports",
    rules_dir: str | Path | None = None,
    *,
    baseline_path: str | Path | None = None,
    tolerance: float = 0.02,
    accept: bool = False,
) -> EvaluationRun:
    """Score the extractor on ``gold_dir``, write the reports, compare with the baseline.

    The baseline (``OUT/baseline.json`` by default, written by ``--accept``) is the accepted
    score; a headline score more than ``tolerance`` below it is listed in ``regressions``.
    """
    import pandas as pd

    from .evaluate import evaluate
    from .goldcheck import gold_fingerprint
    from .report import (
        ReportContext,
        compare_with_baseline,
        load_baseline,
        save_baseline,
        write_reports,
    )

    out_dir = Path(out_dir)
    baseline_path = Path(baseline_path) if baseline_path else out_dir / "baseline.json"
    gold, names, preds = predict_gold(gold_dir, rules_dir)
    ev = evaluate(gold, preds)
    fingerprint = gold_fingerprint(Path(gold_dir), names)
    baseline = load_baseline(baseline_path)
    comparison = compare_with_baseline(ev, baseline, fingerprint) if baseline else None
    warnings = []
    if extract_function().__module__ == "puerextract.runner":
        warnings.append("the extractor is not available in this build: an EMPTY prediction")
    ctx = ReportContext(
        gold_dir=str(gold_dir),
        prediction_source="puerextract.runner.process_document",
        rules_version=current_rules_version(rules_dir),
        gold_fingerprint=fingerprint,
        warnings=warnings,
        comparison=comparison,
    )
    reports = write_reports(out_dir, ev, ctx)
    headline = ev.summary["headline"]
    regressions = regressions_against(headline, baseline["headline"], tolerance) if baseline else []
    if accept:
        save_baseline(baseline_path, ev, ctx)
    scores = pd.concat(
        [ev.entity_scores.assign(level="entities"), ev.relation_scores.assign(level="relations")],
        ignore_index=True,
    )
    scores = scores[["level"] + [c for c in scores.columns if c != "level"]]
    return EvaluationRun(
        headline, scores, reports, baseline_path, baseline is not None, regressions, warnings
    )
