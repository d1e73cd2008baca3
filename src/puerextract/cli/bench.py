"""``puerextract bench``: run the benchmark harness (``bench/`` of a source checkout).

The options are the harness's own (``python -m bench --help``): they are passed through, so
they are defined in one place.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import PuerextractError

#: the checkout root when running from source (``src/puerextract/cli/bench.py``).
ROOT = Path(__file__).resolve().parents[3]


def add_parser(subparsers) -> None:
    p = subparsers.add_parser(
        "bench",
        add_help=False,  # --help goes to the harness, which owns the options
        help="measure throughput, memory and scaling (same as python -m bench; see --help)",
    )
    p.set_defaults(func=run, passes_unknown=True)


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

    return main(args.extra)
