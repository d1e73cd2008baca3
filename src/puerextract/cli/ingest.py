"""``puerextract ingest FILE... --out DIR``: write the clean text of each paper."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import PuerextractError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="read papers (.txt .md .pdf) and write their clean text")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--out", type=Path, required=True, help="folder for NAME.txt (clean text)")
    p.add_argument("--no-reflow", action="store_true", help="keep lines as they are")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..ingest import ingest_file
    from ..io_utils import atomic_write_text

    failed = 0
    for path in args.files:
        try:
            doc = ingest_file(path, reflow_lines=False if args.no_reflow else None)
        except PuerextractError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            failed += 1
            continue
        out = args.out / f"{doc.name}.txt"
        atomic_write_text(out, doc.text)
        print(f"{path} -> {out} ({len(doc.paragraphs)} paragraphs, {len(doc.text)} characters)")
    return 1 if failed else 0
