"""``puerextract extract PATH... --out DIR [--rules DIR]``: annotate papers, write brat,
JSON lines and the run's entity / relation tables."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

SUFFIXES = (".txt", ".md", ".pdf")


DEFAULT_TIMEOUT_S = 600.0


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
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT_S,
        help=f"seconds per paper, in a worker process killed at the deadline "
        f"(default {DEFAULT_TIMEOUT_S:g}; 0: no timeout, in this process)",
    )
    p.set_defaults(func=run)


def expand(paths: list[Path]) -> list[Path]:
    """Files named, and the .txt/.md/.pdf files of folders named (sorted). A symbolic link
    in a folder that leads out of it is refused with a line; FIFOs and devices are left to
    ingest, which refuses them without opening."""
    files: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        root = path.resolve()
        for p in sorted(path.iterdir()):
            if p.suffix.lower() not in SUFFIXES:
                continue
            if p.is_symlink() and not p.resolve().is_relative_to(root):
                print(f"error: {p}: a link out of {path}; not followed", file=sys.stderr)
                continue
            files.append(p)
    return _distinct(files)


def _distinct(files: list[Path]) -> list[Path]:
    """One path per file: a second name of the same file (a link, a repeat) is dropped."""
    seen: dict[Path, Path] = {}
    out = []
    for f in files:
        real = f.resolve()
        if real in seen:
            print(f"{f}: the same file as {seen[real]}; processed once", file=sys.stderr)
            continue
        seen[real] = f
        out.append(f)
    return out


def _process(path: Path, rules: Path | None, name: str, timeout_s: float):  # noqa: ANN202
    """One paper, in a killable worker process when there is a timeout."""
    from ..runner import process_paper

    if not timeout_s:
        return process_paper(path, rules, name)
    from ..runner import process_in_worker

    return process_in_worker(path, rules, timeout_s, name)


def _out_inside_input(paths: list[Path], out: Path) -> Path | None:
    """An input folder that is the output folder or holds it (outputs would overwrite)."""
    out = out.resolve()
    for p in paths:
        if p.is_dir() and (out == p.resolve() or out.is_relative_to(p.resolve())):
            return p
    return None


def run(args: argparse.Namespace) -> int:
    from ..inbox import unique_paper_ids
    from ..output import TableWriter, write_paper
    from ..rules import load_rules
    from ..runner import PaperOutcome, run_each

    clash = _out_inside_input(args.paths, Path(args.out))
    if clash is not None:
        print(
            f"error: {args.out}: the output folder is (inside) the input folder {clash}; "
            "choose another --out",
            file=sys.stderr,
        )
        return 2
    load_rules(args.rules)  # a broken rule file fails once, before any paper
    files = expand(args.paths)
    try:
        tables = TableWriter(Path(args.out))
    except OSError as exc:
        print(f"error: {args.out}: cannot write there ({_reason(exc)})", file=sys.stderr)
        return 2
    names = unique_paper_ids(files)

    def work(path: Path) -> PaperOutcome:
        result = _process(path, args.rules, names[path], args.timeout)
        ann = result.annotations
        write_paper(result, Path(args.out))
        tables.add(result)  # streamed: nothing of a paper is kept after it
        print(f"{path}: {len(ann.entities)} mentions, {len(ann.relations)} relations")
        return PaperOutcome(
            result.paper_id, str(path), "processed", len(ann.entities), len(ann.relations)
        )

    # the runner's per-paper loop: one bad paper (bad input, an extractor bug) fails alone
    # each failure is printed once below as "error: FILE: reason", not logged as well
    pipeline_log = logging.getLogger("puerextract.runner")
    level = pipeline_log.level
    pipeline_log.setLevel(logging.ERROR)
    try:
        outcomes = run_each(files, work, reraise_transient=False)
    finally:
        pipeline_log.setLevel(level)
    for o in outcomes:
        if o.status == "failed":
            print(f"error: {o.error}", file=sys.stderr)
    try:
        tables.close()
    except OSError as exc:
        tables.discard()
        print(
            f"error: {args.out}: the tables could not be written ({_reason(exc)})", file=sys.stderr
        )
        return 1
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
