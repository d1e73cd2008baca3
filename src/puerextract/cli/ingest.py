"""``puerextract ingest FILE... --out DIR``: write the clean text of each paper."""

from __future__ import annotations

import argparse
from pathlib import Path

from ._papers import each_paper


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="read papers (.txt .md .pdf) and write their clean text")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--out", type=Path, required=True, help="folder for NAME.txt (clean text)")
    p.add_argument("--no-reflow", action="store_true", help="keep lines as they are")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..io_utils import atomic_write_text

    def write(path: Path, doc) -> None:
        out = args.out / f"{doc.name}.txt"
        atomic_write_text(out, doc.text)
        print(f"{path} -> {out} ({len(doc.paragraphs)} paragraphs, {len(doc.text)} characters)")

    return each_paper(args.files, args.no_reflow, write)
