"""The main job: extract the bundled corpus into the store, then score the extractor on gold.

Runs with Prefect's temporary local server (nothing to start); progress is logged per paper;
at the end it prints where the outputs, the store and the report are, with the headline scores.

    python flows/main.py            # or: puerextract run
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def prefect_defaults() -> None:
    """The settings every entry point applies (:mod:`puerextract.settings`)."""
    from puerextract.settings import apply_prefect_settings

    apply_prefect_settings()


def _import_flows():
    """The flow modules: from the installed package, else from this folder (a checkout)."""
    try:
        from puerextract_flows import evaluate_flow, extract_flow
    except ImportError:
        if str(HERE) not in sys.path:
            sys.path.insert(0, str(HERE))
        import evaluate_flow
        import extract_flow

    return extract_flow, evaluate_flow


def build_main_flow():
    """The parent flow (one flow run tree, one temporary server for both flows)."""
    from prefect import flow

    extract_flow, evaluate_flow = _import_flows()

    @flow(name="puerextract-main", log_prints=False)
    def main_flow(
        inbox: str = "corpus",
        out_dir: str = "out/papers",
        store_url: str | None = None,
        quarantine_dir: str = "out/quarantine",
        gold_dir: str = "gold",
        reports_dir: str = "reports",
        rules_dir: str | None = None,
        timeout_seconds: float = extract_flow.DEFAULT_TIMEOUT_S,
        tolerance: float = evaluate_flow.DEFAULT_TOLERANCE,
        evaluate: bool = True,
    ) -> dict[str, Any]:
        extraction = extract_flow.extract_flow(
            inbox=inbox,
            out_dir=out_dir,
            store_url=store_url,
            rules_dir=rules_dir,
            quarantine_dir=quarantine_dir,
            timeout_seconds=timeout_seconds,
            return_state=True,
        ).result(raise_on_failure=False)
        if isinstance(extraction, BaseException):
            raise extraction
        evaluation: dict[str, Any] | None = None
        evaluation_error = None
        skipped = None
        if evaluate and not Path(gold_dir).is_dir():
            skipped = f"no gold folder at {Path(gold_dir).resolve()} (give --gold DIR to score)"
            evaluate = False
        if evaluate:
            state = evaluate_flow.evaluate_flow(
                gold_dir=gold_dir,
                out_dir=reports_dir,
                rules_dir=rules_dir,
                tolerance=tolerance,
                return_state=True,
            )
            value = state.result(raise_on_failure=False)
            if isinstance(value, BaseException):
                evaluation_error = getattr(value, "message", None) or str(value)
            else:
                evaluation = value
        return {
            "extraction": extraction,
            "evaluation": evaluation,
            "evaluation_error": evaluation_error,
            "evaluation_skipped": skipped,
        }

    return main_flow


def print_summary(result: dict[str, Any]) -> None:
    """Where things are, and the headline scores."""
    ex = result["extraction"]
    print()
    print(f"papers: processed {ex['processed']}, skipped {ex['skipped']}, failed {ex['failed']}")
    for p in ex["papers"]:
        if p["status"] == "failed":
            print(f"  failed: {p['error']}")
    print(f"outputs:    {ex['out_dir']}")
    print(f"store:      {ex['store_url']}")
    if ex["failed"]:
        print(f"quarantine: {ex['quarantine_dir']}")
    ev = result.get("evaluation")
    if ev:
        print(f"report:     {ev['reports'].get('md')} (also .html, .json)")
        for k, v in ev["headline"].items():
            print(f"  {k:24s} {'n/a' if v is None else f'{v:.3f}'}")
        for r in ev["regressions"]:
            print(f"  BELOW BASELINE: {r}")
        for w in ev["warnings"]:
            print(f"  warning: {w}")
    elif result.get("evaluation_error"):
        print(f"evaluation failed: {result['evaluation_error']}")
    elif result.get("evaluation_skipped"):
        print(f"evaluation skipped: {result['evaluation_skipped']}")
    compound = _a_stored_compound(ex["store_url"])
    if compound:
        print(f"query it:   puerextract query --compound {compound} --store-url {ex['store_url']}")


def _a_stored_compound(store_url: str) -> str | None:
    """The compound named most often in the store (for the closing hint), if any."""
    from puerextract.store import open_store

    try:
        men = open_store(store_url).mentions_table()
    except Exception:  # noqa: BLE001 - a hint must not fail the run
        return None
    names = men[men["type"] == "COMPOUND"]["text"] if not men.empty else []
    if len(names) == 0:
        return None
    name = names.value_counts().index[0]
    return name if " " not in name else f'"{name}"'


def exit_code(result: dict[str, Any]) -> int:
    ev = result.get("evaluation")
    if result["extraction"]["failed"] or result.get("evaluation_error"):
        return 1
    return 1 if ev and ev["regressions"] else 0


def run_main(**params: Any) -> dict[str, Any]:
    """Run the main job in this process; returns extraction and evaluation results."""
    prefect_defaults()
    main_flow = build_main_flow()
    state = main_flow(return_state=True, **params)
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        raise result
    return result


def build_arg_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        description="Extract the corpus into the store, then score the extractor on the gold."
    )
    p.add_argument("--inbox", default="corpus", help="folder of papers (default corpus/)")
    p.add_argument(
        "--out",
        default="out",
        help="the run's folder: OUT/papers, OUT/quarantine and OUT/store.sqlite (default out/)",
    )
    p.add_argument("--store-url", default=None, help="SQLAlchemy URL (default OUT/store.sqlite)")
    p.add_argument("--gold", default="gold", help="gold folder; skipped when absent")
    p.add_argument("--reports", default="reports", help="report folder (default reports/)")
    p.add_argument(
        "--rules", "--rules-dir", dest="rules_dir", default=None, help="rule folder overlay"
    )
    p.add_argument("--timeout", type=float, default=600.0, help="seconds per paper")
    p.add_argument("--no-evaluate", action="store_true", help="extraction only")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_arg_parser().parse_args(argv)
    out = Path(args.out).resolve()
    from puerextract.settings import one_api_server

    with one_api_server():
        result = _run(args, out)
    print_summary(result)
    return exit_code(result)


def _run(args: argparse.Namespace, out: Path) -> dict[str, Any]:
    return run_main(
        inbox=args.inbox,
        out_dir=str(out / "papers"),
        store_url=args.store_url or f"sqlite:///{out / 'store.sqlite'}",
        quarantine_dir=str(out / "quarantine"),
        gold_dir=args.gold,
        reports_dir=args.reports,
        rules_dir=args.rules_dir,
        timeout_seconds=args.timeout,
        evaluate=not args.no_evaluate,
    )


if __name__ == "__main__":
    sys.exit(main())
