"""``puerextract segment FILE...``: one JSON object per sentence (offsets, language, tokens)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ._papers import each_paper


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("segment", help="print sentences and tokens as JSON lines")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--rules", type=Path, default=None, help="rule folder (lexicon for jieba)")
    p.add_argument("--no-reflow", action="store_true", help="keep lines as they are")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..segment import segment

    def emit(_path: Path, doc) -> None:
        segment(doc, rules_dir=args.rules)
        for s in doc.sentences:
            row = {
                "doc": doc.name,
                "start": s.start,
                "end": s.end,
                "lang": s.lang,
                "text": s.text,
                "tokens": [[t.start, t.end, t.text, t.lang] for t in s.tokens],
            }
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")

    return each_paper(args.files, args.no_reflow, emit)
