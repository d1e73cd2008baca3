"""Evaluation flow: the extractor on ``gold/``, scored; score table artifact; baseline check.

Thin orchestration over :func:`puerextract.regression.evaluate_gold` (scoring and reports live
in the library). The run fails when a headline score falls below the accepted baseline
(``reports/baseline.json``, written with ``--accept``) by more than ``--tolerance``.

    python flows/evaluate_flow.py --gold gold --out reports [--accept] [--tolerance 0.02]
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from puerextract.settings import apply_prefect_settings

apply_prefect_settings()  # before Prefect is imported: it reads them at import

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.states import Failed

from puerextract.regression import EvaluationRun, evaluate_gold

DEFAULT_TOLERANCE = 0.02


@task(name="score-gold", retries=1, retry_delay_seconds=1)
def score_gold(
    gold_dir: str,
    out_dir: str,
    rules_dir: str | None,
    baseline_path: str | None,
    tolerance: float,
    accept: bool,
) -> EvaluationRun:
    """One task: extract the gold texts, score, write the reports (all in the library)."""
    return evaluate_gold(
        gold_dir,
        out_dir,
        rules_dir,
        baseline_path=baseline_path,
        tolerance=tolerance,
        accept=accept,
    )


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


@flow(name="puerextract-evaluate", log_prints=False)
def evaluate_flow(
    gold_dir: str = "gold",
    out_dir: str = "reports",
    rules_dir: str | None = None,
    baseline_path: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    accept: bool = False,
) -> dict[str, Any]:
    """Score the extractor; return headline scores and report paths (Failed on regression)."""
    logger = get_run_logger()
    run = score_gold(gold_dir, out_dir, rules_dir, baseline_path, tolerance, accept)
    for w in run.warnings:
        logger.warning(w)
    table = run.scores.round(4).astype(object).where(run.scores.notna(), None)
    create_table_artifact(
        table.to_dict(orient="records"),
        key="puerextract-scores",
        description="entity and relation scores (strict and lenient) on the gold set",
    )
    head = "\n".join(f"| {k} | {_fmt(v)} |" for k, v in run.headline.items())
    create_markdown_artifact(
        "# puerextract evaluation\n\n| score | value |\n|---|---:|\n"
        + head
        + f"\n\nreport: `{run.reports.get('md')}`\n",
        key="puerextract-evaluation",
        description="headline scores",
    )
    for k, v in run.headline.items():
        logger.info("%s: %s", k, _fmt(v))
    logger.info("report: %s", run.reports.get("md"))
    result = {
        "headline": run.headline,
        "reports": {k: str(v) for k, v in run.reports.items()},
        "baseline": str(run.baseline_path) if run.baseline_found else None,
        "regressions": run.regressions,
        "warnings": run.warnings,
    }
    if not run.baseline_found:
        logger.info("no accepted baseline at %s yet (accept one with --accept)", run.baseline_path)
    if run.regressions:
        for r in run.regressions:
            logger.error("below the baseline: %s", r)
        return Failed(
            message="score below the baseline: " + "; ".join(run.regressions), data=result
        )
    return result


def run_evaluation(**params: Any) -> dict[str, Any]:
    """Run the flow and return its result dict, also when it ended Failed on a regression."""
    state = evaluate_flow(return_state=True, **params)
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        raise result
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Score the extractor on the gold set.")
    p.add_argument("--gold", default="gold")
    p.add_argument("--out", default="reports")
    p.add_argument(
        "--rules", "--rules-dir", dest="rules_dir", default=None, help="rule folder overlay"
    )
    p.add_argument("--baseline", default=None, help="default OUT/baseline.json")
    p.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE)
    p.add_argument("--accept", action="store_true", help="accept these scores as the baseline")
    args = p.parse_args(argv)
    from puerextract.settings import one_api_server

    with one_api_server():
        result = run_evaluation(
            gold_dir=args.gold,
            out_dir=args.out,
            rules_dir=args.rules_dir,
            baseline_path=args.baseline,
            tolerance=args.tolerance,
            accept=args.accept,
        )
    for k, v in result["headline"].items():
        print(f"{k}: {_fmt(v)}")
    print(f"report: {result['reports'].get('md')}")
    return 1 if result["regressions"] else 0


if __name__ == "__main__":
    sys.exit(main())
