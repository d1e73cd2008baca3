"""``puerextract bench``: run the benchmark harness (``bench/`` of a source checkout)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import PuerextractError

#: the checkout root when running from source (``src/puerextract/cli/bench.py``).
ROOT = Path(__file__).resolve().parents[3]
SECTIONS = ("profile", "length", "lexicon", "memory", "flow")


def add_parser(subparsers) -> None:
    p = subparsers.add_parser(
        "bench",
        help="measure throughput, memory and scaling (same as python -m bench)",
        description="Benchmarks: extraction vs jieba.lcut, stage profile, peak memory, flow "
        "overhead, Dask speed-up, scaling with paper length and lexicon size. Figures are "
        "medians; see BENCHMARKS.md.",
    )
    p.add_argument("--quick", action="store_true", help="small sizes, one repetition (smoke run)")
    p.add_argument("--reps", type=int, default=None, help="repetitions per figure (median)")
    p.add_argument("--corpus-mb", type=float, default=None, help="corpus size in MB")
    p.add_argument("--flow-papers", type=int, default=None, help="papers for the flow figures")
    p.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=SECTIONS,
        help="leave a section out (repeatable)",
    )
    p.add_argument("--out", type=Path, default=None, help="folder for results")
    p.add_argument("--update-doc", action="store_true", help="rewrite BENCHMARKS.md's figures")
    p.set_defaults(func=run)


def _forwarded(args: argparse.Namespace) -> list[str]:
    argv: list[str] = []
    if args.quick:
        argv.append("--quick")
    for flag, value in (
        ("--reps", args.reps),
        ("--corpus-mb", args.corpus_mb),
        ("--flow-papers", args.flow_papers),
        ("--out", args.out),
    ):
        if value is not None:
            argv += [flag, str(value)]
    for s in args.skip:
        argv += ["--skip", s]
    if args.update_doc:
        argv.append("--update-doc")
    return argv


def run(args: argparse.Namespace) -> int:
    if not (ROOT / "bench" / "__main__.py").is_file():
        raise PuerextractError(
            "the benchmark harness is not here: run it from a source checkout "
            "(python -m bench in the repository root)",
            ROOT / "bench",
        )
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bench.__main__ import main

    return main(_forwarded(args))
