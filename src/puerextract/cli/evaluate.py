"""``puerextract evaluate``: score predictions (or the current extractor) against the gold.

    puerextract evaluate --gold gold/ [--pred DIR] --out reports/ [--rules DIR] [--accept]

Writes ``report.json``, ``report.md`` and ``report.html`` into ``--out``; compares with the
baseline (``--baseline``, default ``OUT/baseline.json``) when there is one, and with
``--accept`` stores the current run as the new baseline.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from ..brat import format_ann, parse_ann, read_brat
from ..errors import BratError, PuerextractError
from ..evaluate import evaluate
from ..goldcheck import Problem, brat_names, check_annotations, check_dir
from ..model import Annotations
from ..report import (
    ReportContext,
    compare_with_baseline,
    headline_table,
    load_baseline,
    save_baseline,
    write_reports,
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``evaluate``."""
    p = subparsers.add_parser(
        "evaluate",
        help="score the extractor or a prediction folder against the gold; write reports",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--gold", required=True, help="gold folder of NAME.txt + NAME.ann pairs")
    p.add_argument("--pred", help="folder of predicted NAME.ann (default: run the extractor)")
    p.add_argument("--out", default="reports", help="report folder (default: reports)")
    p.add_argument("--rules", help="rules folder for the extractor (default: the packaged rules)")
    p.add_argument("--accept", action="store_true", help="store this run as the baseline")
    p.add_argument("--baseline", help="baseline file (default: OUT/baseline.json)")
    p.set_defaults(func=run_evaluate)


def _fail_on(problems: list[Problem], what: str) -> None:
    """Print every problem as one error line and stop with exit code 2."""
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if len(problems) > 1:
        print(f"{len(problems)} problems in the {what}; nothing was scored", file=sys.stderr)
    raise SystemExit(2)


def gold_fingerprint(gold_dir: Path, names: list[str]) -> str:
    """Content hash of the gold pairs, to tell when the gold changed since the baseline."""
    h = hashlib.sha256()
    for name in names:
        for suffix in (".txt", ".ann"):
            h.update(f"{name}{suffix}\0".encode())
            h.update((gold_dir / f"{name}{suffix}").read_bytes())
    return h.hexdigest()[:16]


def load_gold(gold_dir: Path) -> tuple[list[Annotations], list[str]]:
    """Validate the gold folder (every problem reported) and load it."""
    result = check_dir(gold_dir)
    if result.problems:
        _fail_on(result.problems, "gold")
    names = brat_names(gold_dir)
    return [read_brat(gold_dir / f"{n}.txt", gold_dir / f"{n}.ann") for n in names], names


def load_predictions(
    pred_dir: Path, gold: list[Annotations], warnings: list[str]
) -> list[Annotations]:
    """Read ``NAME.ann`` for each gold document from ``pred_dir`` (checked over the gold text)."""
    if not pred_dir.is_dir():
        raise BratError("prediction folder does not exist", pred_dir)
    preds, problems = [], []
    for g in gold:
        ann_path = pred_dir / f"{g.name}.ann"
        if not ann_path.exists():
            continue  # evaluate() lists it as missing; the warning names it
        txt_path = pred_dir / f"{g.name}.txt"
        if txt_path.exists() and txt_path.read_bytes() != g.text.encode("utf-8"):
            problems.append(Problem(str(txt_path), None, "text differs from the gold text"))
            continue
        try:
            ann = ann_path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(Problem(str(ann_path), None, f"not UTF-8 ({exc.reason})"))
            continue
        found = check_annotations(ann, g.text, ann_path, strict=False).problems
        if found:
            problems += found
            continue
        preds.append(parse_ann(ann, g.text, name=g.name, path=ann_path))
    if problems:
        _fail_on(problems, "predictions")
    gold_names = {g.name for g in gold}
    extra = sorted(p.stem for p in pred_dir.glob("*.ann") if p.stem not in gold_names)
    if extra:
        warnings.append(f"predictions without gold, not scored: {', '.join(extra)}")
    return preds


def run_extractor(
    gold: list[Annotations], rules_dir: Path | None, warnings: list[str]
) -> tuple[list[Annotations], str]:
    """Run the current extractor on every gold text; an empty prediction if there is none."""
    try:
        from ..extract import extract_text
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("puerextract.extract"):
            raise
        warnings.append(
            "the extractor (puerextract.extract) is not available in this build: "
            "scoring an EMPTY prediction, every gold mention counts as missed"
        )
        return [Annotations(g.name, g.text) for g in gold], "none (extractor not available)"
    preds = []
    for g in gold:
        pred = extract_text(g.text, g.name, rules_dir)
        found = check_annotations(format_ann(pred), g.text, f"extractor:{g.name}", strict=False)
        if found.problems:
            warnings.append(
                f"extractor output for {g.name} has {len(found.problems)} problem(s), "
                f"first: {found.problems[0]}"
            )
        preds.append(pred)
    return preds, f"extractor puerextract.extract (rules: {rules_dir or 'packaged'})"


def _rules_version(rules_dir: Path | None) -> str | None:
    try:
        from ..rules import rules_version
    except ModuleNotFoundError:
        return None
    try:
        return rules_version(rules_dir)
    except PuerextractError:
        return None


def run_evaluate(args: argparse.Namespace) -> int:
    """Score, write the reports, compare with / store the baseline, print the headline."""
    try:
        return _run(args)
    except SystemExit as stop:
        return int(stop.code or 0)


def _run(args: argparse.Namespace) -> int:
    gold_dir = Path(args.gold)
    out_dir = Path(args.out)
    rules_dir = Path(args.rules) if args.rules else None
    baseline_path = Path(args.baseline) if args.baseline else out_dir / "baseline.json"
    warnings: list[str] = []

    gold, names = load_gold(gold_dir)
    if args.pred:
        preds = load_predictions(Path(args.pred), gold, warnings)
        source = f"folder {args.pred}"
    else:
        preds, source = run_extractor(gold, rules_dir, warnings)

    ev = evaluate(gold, preds)
    gold_by_name = {g.name: g for g in gold}
    for name in ev.missing_predictions:
        n = len(gold_by_name[name].entities)
        warnings.append(f"no prediction for {name}: its {n} gold mention(s) count as missed")

    fingerprint = gold_fingerprint(gold_dir, names)
    baseline = load_baseline(baseline_path)
    comparison = compare_with_baseline(ev, baseline, fingerprint) if baseline else None
    ctx = ReportContext(
        gold_dir=str(gold_dir),
        prediction_source=source,
        rules_version=_rules_version(rules_dir),
        gold_fingerprint=fingerprint,
        warnings=warnings,
        comparison=comparison,
    )
    try:
        paths = write_reports(out_dir, ev, ctx)
        if args.accept:
            save_baseline(baseline_path, ev, ctx)
    except OSError as exc:
        raise PuerextractError(
            f"cannot write: {exc.strerror or exc}", exc.filename or out_dir
        ) from None

    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(
        headline_table(ev, comparison).to_markdown(
            index=False, tablefmt="simple", disable_numparse=True
        )
    )
    if comparison is not None:
        print(
            "since the baseline: "
            f"mentions +{len(comparison['mentions_gained'])} -{len(comparison['mentions_lost'])}, "
            f"relations +{len(comparison['relations_gained'])} -{len(comparison['relations_lost'])}"
            + ("  (the gold changed since then)" if comparison["gold_changed"] else "")
        )
    print(f"reports: {paths['html']}  {paths['md']}  {paths['json']}")
    if args.accept:
        print(f"baseline stored: {baseline_path}")
    elif baseline is None:
        print("no baseline yet: run again with --accept to store this run as the baseline")
    return 0
