"""``puerextract rules check [--rules DIR]``: validate the rule files and show what they hold;
``puerextract rules coverage --gold DIR ...``: which relation rule fired where."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..rules import RuleSet


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``rules`` with its ``check`` action."""
    parser = subparsers.add_parser("rules", help="check the lexicons, patterns and triggers")
    actions = parser.add_subparsers(dest="rules_command", metavar="ACTION")
    actions.required = True
    check = actions.add_parser(
        "check", help="validate the rules; print counts, or every problem as file:line: problem"
    )
    check.add_argument(
        "--rules",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder whose lexicons/, patterns/, triggers.tsv overlay the packaged rules",
    )
    check.add_argument(
        "--ids",
        action="store_true",
        help="also verify every lexicon identifier against the knowledge tables",
    )
    check.set_defaults(func=run_check)
    cover = actions.add_parser(
        "coverage",
        help="which relation rule fired in which documents of each set; one-document rules",
    )
    cover.add_argument(
        "--gold", type=Path, action="append", required=True, metavar="DIR",
        help="annotated set (NAME.txt; repeat for several sets): the extractor runs on its texts",
    )  # fmt: skip
    cover.add_argument("--rules", type=Path, default=None, metavar="DIR", help="rules overlay")
    cover.add_argument("--out", type=Path, default=None, help="write the report here (markdown)")
    cover.set_defaults(func=run_coverage)


def summary_lines(ruleset: RuleSet) -> list[str]:
    """Counts per entity type, term language, pattern label and trigger relation."""
    lines = [f"rules version {ruleset.version}", f"files read: {len(ruleset.files)}"]
    by_type = Counter(e.type for e in ruleset.lexicon)
    lines.append(f"lexicon entries: {len(ruleset.lexicon)}")
    lines += [f"  {t:<14}{n:>6}" for t, n in sorted(by_type.items())]
    zh = sum(len(e.terms_zh) for e in ruleset.lexicon)
    en = sum(len(e.terms_en) for e in ruleset.lexicon)
    lines.append(f"terms: zh {zh}, en {en}, distinct {len(ruleset.term_index())}")
    lines.append(f"patterns: {len(ruleset.patterns)}")
    by_label = Counter(p.label for p in ruleset.patterns)
    lines += [f"  {t:<14}{n:>6}" for t, n in sorted(by_label.items())]
    lines.append(f"triggers: {len(ruleset.triggers)}")
    by_rel = Counter((t.relation, t.lang) for t in ruleset.triggers)
    for relation in sorted({r for r, _ in by_rel}):
        lines.append(
            f"  {relation:<14}{by_rel[(relation, 'zh')]:>6} zh {by_rel[(relation, 'en')]:>6} en"
        )
    return lines


def run_check(args: argparse.Namespace) -> int:
    """Print the problems (exit 2) or the counts (exit 0)."""
    from ..rules import check_rules, load_rules

    problems = check_rules(args.rules)
    if problems:
        for problem in problems:
            print(problem.message)
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 2
    ruleset = load_rules(args.rules)
    for line in summary_lines(ruleset):
        print(line)
    return identifier_report(ruleset) if args.ids else 0


def identifier_report(ruleset: RuleSet) -> int:
    """Print each identifier no table confirms (file:line) and the counts; 2 if there is one.

    Unconfirmed: the table of its prefix lacks it or names it otherwise, or no offline table
    covers its prefix. Rows without an identifier are counted, not checked.
    """
    from ..knowledge import check_identifiers

    entries = [e for e in ruleset.lexicon if e.id]
    verdicts = check_identifiers([(e.id, (e.preferred, *e.terms)) for e in entries])
    unconfirmed: Counter[str] = Counter()
    for entry, verdict in zip(entries, verdicts, strict=True):
        if verdict is None:
            continue
        unconfirmed[entry.id.partition(":")[0]] += 1
        print(f"{entry.file}:{entry.line}: {verdict}")
    verified = len(entries) - sum(unconfirmed.values())
    by_prefix = ", ".join(f"{p} {n}" for p, n in sorted(unconfirmed.items())) or "none"
    print(
        f"identifiers: {verified} verified, {sum(unconfirmed.values())} not confirmed by the "
        f"tables ({by_prefix}); rows without identifier: {len(ruleset.lexicon) - len(entries)}"
    )
    return 2 if unconfirmed else 0


def run_coverage(args: argparse.Namespace) -> int:
    """Run the extractor on each set's texts and print (or write) the coverage report."""
    from ..coverage import coverage_frame, coverage_markdown
    from ..extract import extract_text
    from ..rules import load_rules

    sets, failed = {}, 0
    for folder in args.gold:
        texts = sorted(folder.glob("*.txt"))
        if not texts:
            print(f"error: {folder}: no .txt files", file=sys.stderr)
            return 2
        sets[folder.name] = []
        for p in texts:
            text = _text_of(p)
            if text is None:
                failed += 1
            else:
                sets[folder.name].append(extract_text(text, p.stem, args.rules))
    report = coverage_markdown(coverage_frame(sets), load_rules(args.rules).triggers)
    if args.out is not None:
        args.out.write_text(report, encoding="utf-8")
        print(f"coverage report: {args.out}")
    else:
        print(report, end="")
    return 2 if failed else 0


def _text_of(path: Path) -> str | None:
    """The text of one file, or None after one line naming the file and the problem."""
    from ..errors import PuerextractError
    from ..ingest import decode_bytes

    try:
        return decode_bytes(path.read_bytes(), path)
    except (OSError, PuerextractError) as exc:
        print(f"error: {path}: {exc}", file=sys.stderr)
        return None
