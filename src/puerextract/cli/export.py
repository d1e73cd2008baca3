"""``puerextract export SOURCE --format bioc-xml|bioc-json|pubtator|brat [--out PATH]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="write annotations as BioC XML/JSON, PubTator or brat",
        description="SOURCE is a folder of NAME.txt + NAME.ann pairs (an extract --out, a run's "
        "papers/ folder, a gold set) or a store (store.sqlite, or a SQLAlchemy URL).",
    )
    p.add_argument("source", help="folder of brat pairs, or a store file / URL")
    p.add_argument("--format", required=True, choices=("bioc-xml", "bioc-json", "pubtator", "brat"))
    p.add_argument("--out", type=Path, help="output file (brat: folder); default: stdout")
    p.add_argument(
        "--papers", type=Path, help="with a store: the folder of the papers' .txt files "
        "(default: papers/ beside the store)"
    )  # fmt: skip
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..export import is_store, load_folder, load_store, write

    if is_store(args.source):
        docs = load_store(args.source, args.papers)
    else:
        docs = load_folder(Path(args.source))
    paths = write(docs, args.format, args.out)
    if paths:
        where = args.out if args.format == "brat" else paths[0]
        print(f"{len(docs)} papers written as {args.format} to {where}", file=sys.stderr)
    return 0
