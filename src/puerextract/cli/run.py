"""``puerextract run``: the main job (``flows/main.py``) from the repository checkout.

Extracts the corpus into the store and scores the extractor on the gold, with Prefect's
temporary local server: nothing to start first.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

from ..errors import PuerextractError


def find_flows_dir() -> Path:
    """``flows/`` of the checkout this package lives in, or of the current folder."""
    candidates = [Path(__file__).resolve().parents[3] / "flows", Path.cwd() / "flows"]
    for c in candidates:
        if (c / "main.py").is_file():
            return c
    raise PuerextractError(
        "flows/main.py not found: run from the repository checkout (pip install -e .)",
        candidates[-1],
    )


def _load_main():
    path = find_flows_dir() / "main.py"
    spec = importlib.util.spec_from_file_location("puerextract_flows_main", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "run",
        help="the main job: extract corpus/ into the store, score on gold/, print where it is",
    )
    p.add_argument("--inbox", default="corpus", help="folder of papers (default corpus/)")
    p.add_argument("--out", default="out/papers")
    p.add_argument("--store-url", default=None, help="SQLAlchemy URL (default out/store.sqlite)")
    p.add_argument("--quarantine", default="out/quarantine")
    p.add_argument("--gold", default="gold")
    p.add_argument("--reports", default="reports")
    p.add_argument("--rules-dir", default=None)
    p.add_argument("--timeout", type=float, default=600.0, help="seconds per paper")
    p.add_argument("--no-evaluate", action="store_true", help="extraction only")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    main = _load_main()
    argv = [
        "--inbox", args.inbox, "--out", args.out, "--quarantine", args.quarantine,
        "--gold", args.gold, "--reports", args.reports, "--timeout", str(args.timeout),
    ]  # fmt: skip
    if args.store_url:
        argv += ["--store-url", args.store_url]
    if args.rules_dir:
        argv += ["--rules-dir", args.rules_dir]
    if args.no_evaluate:
        argv.append("--no-evaluate")
    return main.main(argv)
