"""``puerextract extract PATH... --out DIR [--rules DIR]``: annotate papers, write brat,
JSON lines and the run's entity / relation tables."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import PuerextractError

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
    from ..extract import extract_document
    from ..ingest import ingest_file
    from ..output import write_paper, write_tables
    from ..tag import get_tagger

    get_tagger(args.rules)  # a broken rule file fails once, before any paper
    results = []
    failed = 0
    for path in expand(args.paths):
        try:
            doc = ingest_file(path)
            ann = extract_document(doc, args.rules)
            write_paper(ann, doc.sentences, args.out)
        except PuerextractError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            failed += 1
            continue
        except Exception as exc:  # noqa: BLE001 - one bad paper must not stop the run
            print(f"error: {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed += 1
            continue
        results.append((ann, doc.sentences))
        print(f"{path}: {len(ann.entities)} mentions, {len(ann.relations)} relations")
    write_tables(results, args.out)
    return 1 if failed else 0
