"""The inbox: which papers are there, under which ids, which are new or changed, which are
gone, and where a paper that failed is put aside (quarantine).

Plain functions, no Prefect: ``flows/`` plans a run with :func:`plan_inbox`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import PuerextractError

log = logging.getLogger(__name__)

#: file types the inbox scan picks up.
PAPER_SUFFIXES = (".txt", ".md", ".pdf")

#: content hash recorded for a file that could not be read.
UNREADABLE = "unreadable"

#: rules version recorded when the rules module is not available.
NO_RULES_VERSION = "no-rules"


def content_hash(path: str | Path) -> str:
    """``sha256:<hex>`` of the file's bytes (raises :class:`PuerextractError` if unreadable)."""
    try:
        if not stat.S_ISREG(Path(path).stat().st_mode):  # a FIFO would block the read
            raise PuerextractError("not a regular file (a FIFO, socket or device); skipped", path)
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PuerextractError(f"cannot read ({exc.strerror})", path) from None
    return "sha256:" + hashlib.sha256(data).hexdigest()


def paper_id_of(path: str | Path) -> str:
    """The paper id: the file name without its suffix (as ingest names the document)."""
    return Path(path).stem


def unique_paper_ids(paths: list[Path]) -> dict[Path, str]:
    """A paper id per path, unique in the batch: the stem, then stem and suffix where two
    stems meet (x.txt, x.md -> x_txt, x_md), then folder names before it (a/x, b/x -> a_x)."""
    ids = {p: p.stem for p in paths}
    for widen in (_with_suffix, _with_parent):
        clashes = _clashing(ids)
        if not clashes:
            break
        for p in clashes:
            ids[p] = widen(p, ids[p])
    for n, p in enumerate(_clashing(ids), 1):  # the same path named twice
        ids[p] = f"{ids[p]}_{n}"
    return ids


def _clashing(ids: dict[Path, str]) -> list[Path]:
    count: dict[str, int] = {}
    for v in ids.values():
        count[v] = count.get(v, 0) + 1
    return [p for p, v in ids.items() if count[v] > 1]


def _with_suffix(p: Path, current: str) -> str:
    return f"{current}_{p.suffix.lstrip('.').lower()}" if p.suffix else current


def _with_parent(p: Path, current: str) -> str:
    parent = p.resolve().parent.name
    return f"{parent}_{current}" if parent else current


def scan_inbox(inbox: str | Path) -> list[Path]:
    """Papers (.txt .md .pdf) under ``inbox``, sorted; hidden files and ``*.meta.json`` skipped."""
    inbox = Path(inbox)
    if not inbox.is_dir():
        raise PuerextractError("inbox folder does not exist", inbox)
    found = []
    for p in sorted(inbox.rglob("*")):
        rel = p.relative_to(inbox)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if p.suffix.lower() in PAPER_SUFFIXES and (p.is_file() or p.is_symlink()):
            found.append(p)
    return found


def current_rules_version(rules_dir: str | Path | None = None) -> str:
    """:func:`puerextract.rules.rules_version`, or :data:`NO_RULES_VERSION` without rules."""
    try:
        from .rules import rules_version
    except ImportError:
        return NO_RULES_VERSION
    return rules_version(Path(rules_dir) if rules_dir else None)


def clean_stale_temp_files(out_dir: str | Path, older_than_s: float = 600.0) -> list[Path]:
    """Remove ``.NAME.*.tmp`` files an interrupted atomic write left in ``out_dir``.

    Only files older than ``older_than_s`` go, so a run in progress keeps its own.
    """
    import time

    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return []
    removed = []
    limit = time.time() - older_than_s
    for p in out_dir.glob(".*.tmp"):
        try:
            if p.stat().st_mtime < limit:
                p.unlink()
                removed.append(p)
        except FileNotFoundError:
            pass
    return removed


def quarantine(path: str | Path, quarantine_dir: str | Path) -> Path | None:
    """Copy a failing paper into ``quarantine_dir`` (atomically); None if it cannot be read."""
    from .io_utils import atomic_write_bytes

    path = Path(path)
    if path.is_symlink() or not path.is_file():
        return None  # a link is never followed into quarantine (it may lead anywhere)
    target = Path(quarantine_dir) / path.name
    try:
        atomic_write_bytes(target, path.read_bytes())
    except OSError:
        try:
            shutil.copyfile(path, target)
        except OSError:
            return None
    return target


@dataclass(slots=True)
class PlannedPaper:
    """A paper found in the inbox, with what the store says about it."""

    path: Path
    paper_id: str
    content_hash: str | None
    action: str  # process | skip | fail
    error: str | None = None


def plan_inbox(
    inbox: str | Path,
    store_url: str | None = None,
    rules_dir: str | Path | None = None,
    *,
    retry_failed: bool = False,
    force: bool = False,
) -> list[PlannedPaper]:
    """Decide per paper: process (new or changed content or rules), skip, or fail at once.

    A paper already stored with the same content hash and rules version is skipped; so is
    one that failed with them, unless ``retry_failed``. An unreadable file or a second file
    with the same paper id fails without being processed.
    """
    from .store import open_store

    store = open_store(store_url)
    version = current_rules_version(rules_dir)
    planned: list[PlannedPaper] = []
    seen: dict[str, Path] = {}
    same: dict[str, Path] = {}  # content hash -> the first path with it
    root = Path(inbox).resolve()
    for path in scan_inbox(inbox):
        path = Path(os.path.abspath(path))
        pid = paper_id_of(path)
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            message = f"{path}: a link out of the inbox; not followed"
            planned.append(PlannedPaper(path, pid, None, "fail", message))
            continue
        if pid in seen:
            planned.append(
                PlannedPaper(
                    path, pid, None, "fail", f"{path}: same paper id as {seen[pid]}; rename one"
                )
            )
            continue
        seen[pid] = path
        try:
            digest = content_hash(path)
        except PuerextractError as exc:
            # an unreadable file that failed before, unreadable, is not reported every run
            seen_before = not force and store.is_current(
                pid, UNREADABLE, version, str(path), include_failed=not retry_failed
            )
            action = "skip" if seen_before else "fail"
            planned.append(PlannedPaper(path, pid, UNREADABLE, action, exc.message))
            continue
        if digest in same:
            message = f"{path}: the same content as {same[digest]}; stored once"
            planned.append(PlannedPaper(path, pid, digest, "skip", message))
            continue
        same[digest] = path
        done = not force and store.is_current(
            pid, digest, version, str(path), include_failed=not retry_failed
        )
        planned.append(PlannedPaper(path, pid, digest, "skip" if done else "process"))
    return planned


def papers_gone(inbox: str | Path, store_url: str | None = None) -> dict[str, str]:
    """Stored papers (id -> path) read from ``inbox`` whose file is no longer there."""
    from .store import open_store

    root = Path(inbox).resolve()
    return {
        pid: path
        for pid, path in open_store(store_url).paper_paths().items()
        if Path(path).is_relative_to(root) and not Path(path).exists()
    }


def prune_papers(gone: dict[str, str], store_url: str | None, out_dir: str | Path) -> None:
    """Remove papers that left the inbox: their store rows and their output files."""
    from .store import open_store

    store = open_store(store_url)
    for pid in gone:
        store.delete_paper(pid)
        for suffix in (".txt", ".ann", ".jsonl"):
            (Path(out_dir) / f"{pid}{suffix}").unlink(missing_ok=True)
