"""``puerextract gold check DIR``: validate the gold annotation folder."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from ..goldcheck import CheckResult


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``gold`` and its sub-command ``check``."""
    gold = subparsers.add_parser("gold", help="work with the gold annotation (brat standoff)")
    gold_sub = gold.add_subparsers(dest="gold_command", metavar="ACTION")
    gold_sub.required = True
    check = gold_sub.add_parser(
        "check",
        help="validate every NAME.txt/NAME.ann pair in a folder",
        description="Report every problem as file:line: problem; exit 1 when there is any.",
    )
    check.add_argument("dir", help="folder with NAME.txt and NAME.ann pairs")
    check.set_defaults(func=run_check)


def summary_tables(result: CheckResult) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Counts per entity type and per relation type as two small tables."""
    import pandas as pd

    ents = pd.DataFrame(sorted(result.entity_counts.items()), columns=["entity type", "count"])
    rels = pd.DataFrame(sorted(result.relation_counts.items()), columns=["relation type", "count"])
    return ents, rels


def run_check(args: argparse.Namespace) -> int:
    """Check the folder; print the problems (stderr) or the counts (stdout)."""
    from ..goldcheck import check_dir

    result = check_dir(args.dir)
    if result.problems:
        for problem in result.problems:
            print(str(problem), file=sys.stderr)
        files = len({p.path for p in result.problems})
        print(f"{len(result.problems)} problem(s) in {files} file(s)", file=sys.stderr)
        return 1
    ents, rels = summary_tables(result)
    print(f"{args.dir}: OK, {result.documents} document(s)")
    if len(ents):
        print(ents.to_string(index=False))
    print(f"entities: {sum(result.entity_counts.values())}")
    if len(rels):
        print(rels.to_string(index=False))
    print(f"relations: {sum(result.relation_counts.values())}")
    print(f"N lines: {result.norm_count}  notes: {result.note_count}")
    return 0
