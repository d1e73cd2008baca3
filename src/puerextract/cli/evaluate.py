"""``puerextract evaluate``: score predictions (or the current extractor) against the gold.

    puerextract evaluate --gold gold/ [--gold dev/ ...] [--pred DIR] --out reports/
                         [--rules DIR] [--accept] [--record-test NOTE]

Writes ``report.json``, ``report.md`` and ``report.html`` into ``--out``; compares with the
baseline (``--baseline``, default ``OUT/baseline.json``) when there is one, and with
``--accept`` stores the current run as the new baseline. Several ``--gold`` folders are
scored together and side by side (with novel-mention recall per set). The blind test set's
score history (``--history``, default ``evaluation/test_history.jsonl``) is shown; at a
release point ``--gold test/ --record-test NOTE`` appends the test set's score to it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import BratError, PuerextractError

if TYPE_CHECKING:  # the scorer and the report import pandas: only when a command runs
    from ..evaluate import Evaluation
    from ..goldcheck import Problem
    from ..model import Annotations
    from ..report import ReportContext
    from ..scoreboard import SetScore


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``evaluate``."""
    p = subparsers.add_parser(
        "evaluate",
        help="score the extractor or a prediction folder against the gold; write reports",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--gold",
        required=True,
        action="append",
        help="gold folder of NAME.txt + NAME.ann pairs (repeat to score sets side by side)",
    )
    p.add_argument("--pred", help="folder of predicted NAME.ann (default: run the extractor)")
    p.add_argument("--out", default="reports", help="report folder (default: reports)")
    p.add_argument("--rules", help="rules folder for the extractor (default: the packaged rules)")
    p.add_argument("--accept", action="store_true", help="store this run as the baseline")
    p.add_argument("--baseline", help="baseline file (default: OUT/baseline.json)")
    p.add_argument(
        "--history",
        default=DEFAULT_HISTORY,
        help=f"blind test set score history (default: {DEFAULT_HISTORY})",
    )
    p.add_argument(
        "--record-test",
        metavar="NOTE",
        help="release point: append the score of the set named 'test' to the history",
    )
    p.add_argument(
        "--accept-scores",
        metavar="FILE",
        help="store each set's strict F1 as the regression guard's accepted scores "
        "(evaluation/accepted.json)",
    )
    p.set_defaults(func=run_evaluate)


DEFAULT_HISTORY = "evaluation/test_history.jsonl"


def _fail_on(problems: list[Problem], what: str) -> None:
    """Print every problem as one error line and stop with exit code 2."""
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if len(problems) > 1:
        print(f"{len(problems)} problems in the {what}; nothing was scored", file=sys.stderr)
    raise SystemExit(2)


def is_bioc(path: Path) -> bool:
    """A BioC XML or JSON file (read through the ``bioc`` package) rather than a brat folder."""
    return path.is_file() and path.suffix.lower() in (".xml", ".json")


def load_bioc(path: Path, strict: bool) -> list[Annotations]:
    """A BioC file's documents, each checked as a brat pair would be."""
    from ..bioc_io import read_bioc
    from ..brat import format_ann
    from ..goldcheck import check_annotations

    docs = read_bioc(path)
    problems = [
        p
        for d in docs
        for p in check_annotations(
            format_ann(d), d.text, f"{path}#{d.name}", strict=strict
        ).problems
    ]
    if problems:
        _fail_on(problems, str(path))
    return docs


def load_gold(gold_dir: Path) -> tuple[list[Annotations], list[str]]:
    """Validate the gold folder or BioC file (every problem reported) and load it."""
    from ..brat import read_brat
    from ..goldcheck import brat_names, check_dir

    if is_bioc(gold_dir):
        docs = load_bioc(gold_dir, strict=True)
        return docs, [d.name for d in docs]
    result = check_dir(gold_dir)
    if result.problems:
        _fail_on(result.problems, "gold")
    names = brat_names(gold_dir)
    return [read_brat(gold_dir / f"{n}.txt", gold_dir / f"{n}.ann") for n in names], names


def load_predictions(
    pred_dir: Path, gold: list[Annotations], warnings: list[str]
) -> list[Annotations]:
    """Read ``NAME.ann`` for each gold document from ``pred_dir`` (checked over the gold text),
    or the documents of a BioC file."""
    from ..brat import parse_ann
    from ..goldcheck import Problem, check_annotations

    if is_bioc(pred_dir):
        return _bioc_predictions(pred_dir, gold, warnings)
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


def _bioc_predictions(
    path: Path, gold: list[Annotations], warnings: list[str]
) -> list[Annotations]:
    from ..goldcheck import Problem

    by_name = {d.name: d for d in load_bioc(path, strict=False)}
    differ = [g.name for g in gold if g.name in by_name and by_name[g.name].text != g.text]
    if differ:
        _fail_on(
            [Problem(f"{path}#{n}", None, "text differs from the gold text") for n in differ],
            "predictions",
        )
    extra = sorted(set(by_name) - {g.name for g in gold})
    if extra:
        warnings.append(f"predictions without gold, not scored: {', '.join(extra)}")
    return [by_name[g.name] for g in gold if g.name in by_name]


def run_extractor(
    gold: list[Annotations], rules_dir: Path | None, warnings: list[str]
) -> tuple[list[Annotations], str]:
    """Run the current extractor on every gold text; an empty prediction if there is none."""
    from ..brat import format_ann
    from ..goldcheck import check_annotations
    from ..model import Annotations

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


def _load_sets(folders: list[str]) -> list[tuple[Path, list[Annotations], list[str]]]:
    """Each gold folder's documents; a document name in two folders is refused."""
    from ..goldcheck import Problem

    sets, seen = [], {}
    for folder in folders:
        gold, names = load_gold(Path(folder))
        for name in names:
            if name in seen:
                _fail_on([Problem(folder, None, f"{name} is also in {seen[name]}")], "gold")
            seen[name] = folder
        sets.append((Path(folder), gold, names))
    return sets


def _known_terms(rules_dir: Path | None) -> frozenset[str] | None:
    from ..scoreboard import known_terms

    try:
        return known_terms(rules_dir)
    except PuerextractError:
        return None


def _score_sets(
    sets: list[tuple[Path, list[Annotations], list[str]]],
    preds: list[Annotations],
    known: frozenset[str] | None,
) -> list[SetScore]:
    from ..evaluate import evaluate
    from ..scoreboard import SetScore

    by_name = {p.name: p for p in preds}
    out = []
    for folder, gold, names in sets:
        mine = [by_name[n] for n in names if n in by_name]
        name = folder.resolve().name or str(folder)
        out.append(SetScore(name, str(folder), evaluate(gold, mine, known)))
    return out


def _record_test(args: argparse.Namespace, scored: list[SetScore]) -> str:
    """Append the test set's score to the history; the line printed about it."""
    from ..goldcheck import Problem
    from ..scoreboard import append_history, history_record

    test = [s for s in scored if s.name == "test"]
    if not test:
        _fail_on([Problem(",".join(args.gold), None, "--record-test needs --gold test/")], "run")
    record = history_record(
        test[0].evaluation, _commit(), date.today().isoformat(), args.record_test
    )
    append_history(Path(args.history), record)
    return f"test score recorded in {args.history}"


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short=10", "HEAD"], capture_output=True, text=True, check=True
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _run(args: argparse.Namespace) -> int:
    from ..evaluate import evaluate
    from ..goldcheck import sets_fingerprint
    from ..report import ReportContext, compare_with_baseline, load_baseline
    from ..scoreboard import load_history

    out_dir = Path(args.out)
    rules_dir = Path(args.rules) if args.rules else None
    baseline_path = Path(args.baseline) if args.baseline else out_dir / "baseline.json"
    warnings: list[str] = []

    sets = _load_sets(args.gold)
    gold = [g for _, docs, _ in sets for g in docs]
    preds, source = _predictions(args, gold, rules_dir, warnings)

    known = _known_terms(rules_dir)
    ev = evaluate(gold, preds, known)
    scored = _score_sets(sets, preds, known)
    _warn_missing(ev.missing_predictions, gold, warnings)

    fingerprint = sets_fingerprint([(folder, names) for folder, _, names in sets])
    baseline = load_baseline(baseline_path)
    comparison = compare_with_baseline(ev, baseline, fingerprint) if baseline else None
    recorded = _record_test(args, scored) if args.record_test else None
    ctx = ReportContext(
        gold_dir=", ".join(args.gold),
        prediction_source=source,
        rules_version=_rules_version(rules_dir),
        gold_fingerprint=fingerprint,
        warnings=warnings,
        comparison=comparison,
        sets=scored,
        test_history=load_history(Path(args.history)),
    )
    paths = _write_reports(out_dir, ev, ctx, baseline_path if args.accept else None)

    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    _print_scores(ev, comparison, scored, known)
    if recorded:
        print(recorded)
    if args.accept_scores:
        _accept_scores(Path(args.accept_scores), scored)
        print(f"accepted scores stored: {args.accept_scores}")
    print(f"reports: {paths['html']}  {paths['md']}  {paths['json']}")
    if args.accept:
        print(f"baseline stored: {baseline_path}")
    elif baseline is None:
        print("no baseline yet: run again with --accept to store this run as the baseline")
    return 0


def _predictions(
    args: argparse.Namespace,
    gold: list[Annotations],
    rules_dir: Path | None,
    warnings: list[str],
) -> tuple[list[Annotations], str]:
    """The predictions (``--pred``'s, else the extractor's) and where they come from."""
    if args.pred:
        return load_predictions(Path(args.pred), gold, warnings), f"folder {args.pred}"
    return run_extractor(gold, rules_dir, warnings)


def _warn_missing(missing: list[str], gold: list[Annotations], warnings: list[str]) -> None:
    """A warning for each gold document without a prediction."""
    gold_by_name = {g.name: g for g in gold}
    for name in missing:
        n = len(gold_by_name[name].entities)
        warnings.append(f"no prediction for {name}: its {n} gold mention(s) count as missed")


def _write_reports(
    out_dir: Path, ev: Evaluation, ctx: ReportContext, baseline_path: Path | None
) -> dict[str, Path]:
    """Write the reports (and the baseline, when ``baseline_path`` is given); their paths."""
    from ..report import save_baseline, write_reports

    try:
        paths = write_reports(out_dir, ev, ctx)
        if baseline_path is not None:
            save_baseline(baseline_path, ev, ctx)
    except OSError as exc:
        raise PuerextractError(
            f"cannot write: {exc.strerror or exc}", exc.filename or out_dir
        ) from None
    return paths


def _print_scores(
    ev: Evaluation,
    comparison: dict[str, Any] | None,
    scored: list[SetScore],
    known: frozenset[str] | None,
) -> None:
    """Print the headline table, the change since the baseline and the per-set scores."""
    from ..report import headline_table
    from ..scoreboard import headline_frame

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
    if len(scored) > 1 or known is not None:
        print(headline_frame(scored).to_markdown(index=False, tablefmt="simple"))


def _accept_scores(path: Path, scored: list[SetScore]) -> None:
    """Store each set's strict F1 as the regression guard's accepted scores."""
    from ..io_utils import atomic_write_text
    from ..scoreboard import guard_record

    text = json.dumps(guard_record(scored), indent=1) + "\n"
    atomic_write_text(path, text)
