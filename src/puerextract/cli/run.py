"""``puerextract run``: the main job (``flows/main.py``) from the repository checkout.

Extracts the corpus into the store and scores the extractor on the gold, with Prefect's
temporary local server: nothing to start first.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

from ..errors import PuerextractError


def _load_main():
    """The main job's module: from the installed package puerextract_flows (a checkout's
    flows/ when the package is not installed)."""
    try:
        from puerextract_flows import main
    except ImportError:
        path = Path(__file__).resolve().parents[3] / "flows" / "main.py"
        if not path.is_file():
            raise PuerextractError(
                "the flows are not installed (pip install puerextract)", path
            ) from None
        spec = importlib.util.spec_from_file_location("puerextract_flows_main", path)
        main = importlib.util.module_from_spec(spec)
        assert spec.loader is not None
        spec.loader.exec_module(main)
    return main


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "run",
        help="the main job: extract corpus/ into the store, score on gold/, print where it is",
        add_help=False,  # --help is the main job's own
    )
    p.set_defaults(func=run, passes_unknown=True)


def run(args: argparse.Namespace) -> int:
    """Hand every option to the main job (``flows/main.py``): one list of options."""
    from ..settings import apply_prefect_settings

    apply_prefect_settings()
    return _load_main().main(args.extra)
