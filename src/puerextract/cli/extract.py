"""``puerextract extract PATH... --out DIR [--rules DIR]``: annotate papers, write brat,
JSON lines and the run's entity / relation tables."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

SUFFIXES = (".txt", ".md", ".pdf")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract mentions and relations from papers")
    p.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="paper files, or folders of .txt/.md/.pdf papers",
    )
    p.add_argument("--out", type=Path, required=True, help="output folder")
    p.add_argument(
        "--rules", type=Path, default=None, help="rule folder overlaying the packaged rules"
    )
    p.set_defaults(func=run)


def expand(paths: list[Path]) -> list[Path]:
    """Files named, and the .txt/.md/.pdf files of folders named (sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
            )
        else:
            files.append(path)
    return files


def run(args: argparse.Namespace) -> int:
    from ..output import write_paper, write_tables
    from ..pipeline import PaperOutcome, process_paper, run_each
    from ..tag import get_tagger

    get_tagger(args.rules)  # a broken rule file fails once, before any paper
    results = []

    def work(path: Path) -> PaperOutcome:
        result = process_paper(path, args.rules)
        ann, doc = result.annotations, result.document
        write_paper(ann, doc.sentences, args.out)
        results.append((ann, doc.sentences))
        print(f"{path}: {len(ann.entities)} mentions, {len(ann.relations)} relations")
        return PaperOutcome(
            result.paper_id, str(path), "processed", len(ann.entities), len(ann.relations)
        )

    # the pipeline's per-paper loop: one bad paper (bad input, an extractor bug) fails alone
    outcomes = run_each(expand(args.paths), work, reraise_transient=False)
    for o in outcomes:
        if o.status == "failed":
            print(f"error: {o.error}", file=sys.stderr)
    write_tables(results, args.out)
    return 1 if any(o.status == "failed" for o in outcomes) else 0
