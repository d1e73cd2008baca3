"""The ``puerextract`` command. Each sub-command lives in its own module of this package.

A module ``puerextract.cli.NAME`` defines ``add_parser(subparsers)``, which registers one or
more sub-commands and sets ``func`` (taking the parsed args, returning an exit code). A command
that forwards options it does not define also sets ``passes_unknown=True``: they arrive as
``args.extra``.
Library errors (:class:`~puerextract.errors.PuerextractError`) become one line on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import PuerextractError

#: sub-command modules, in the order they are listed in ``--help``.
COMMAND_MODULES: tuple[str, ...] = (
    "ingest",
    "segment",
    "extract",
    "gold",
    "evaluate",
    "rules",
    "query",
    "export",
    "browse",
    "run",
    "bench",
)


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every available sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="puerextract",
        description="Bilingual biomedical text mining for traditional-medicine pharmacology.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # that command is not part of this build
            raise
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "passes_unknown", False):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.extra = extra  # for a command that forwards its options (bench)
    try:
        return int(args.func(args) or 0)
    except PuerextractError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
