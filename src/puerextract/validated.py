"""A disk cache of rule files already validated, so start-up does not validate them again.

Validating the token patterns with spaCy's Matcher and the unit table with pint costs about
two seconds, which is most of a one-paper run. A file whose exact bytes were validated
before by this version of the code (and of spaCy and pint) is not validated again. The cache
is ``$PUEREXTRACT_CACHE`` or ``$XDG_CACHE_HOME/puerextract`` (``~/.cache/puerextract``); a
cache that cannot be written is simply not used. Each kind of file keeps only its most
recently used copies (:func:`prune`): a new version of the code or of a table writes new
ones, and the old ones would otherwise pile up (6 MB a jieba copy, up to 40 MB a table).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

#: bump when a validation rule changes, so that earlier verdicts are not trusted
VALIDATION_VERSION = "2"


def cache_dir() -> Path:
    """Where the verdicts are kept."""
    explicit = os.environ.get("PUEREXTRACT_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "puerextract"


def _key(kind: str, data: bytes) -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = [kind, VALIDATION_VERSION]
    for package in ("puerextract", "spacy", "pint"):
        try:
            parts.append(version(package))
        except PackageNotFoundError:
            parts.append("-")
    h = hashlib.sha256("\0".join(parts).encode() + b"\0" + data)
    return f"{kind}-{h.hexdigest()[:32]}"


def known_good(kind: str, data: bytes) -> bool:
    """Whether these bytes passed validation of ``kind`` before."""
    path = cache_dir() / _key(kind, data)
    if not path.exists():
        return False
    used(path)
    return True


def remember_good(kind: str, data: bytes) -> None:
    """Record that these bytes passed validation of ``kind`` (best effort)."""
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _key(kind, data)).touch()
    except OSError:
        return
    prune(f"{kind}-", keep=VERDICTS_KEPT)  # verdicts on earlier versions of the rules


#: how many files of one kind the cache keeps (the most recently used)
KEEP = 3
#: verdicts are empty files, one per version of a rule file: more of them are kept
VERDICTS_KEPT = 50


def used(path: Path) -> None:
    """Mark a cached file as just used, so that :func:`prune` keeps it (best effort)."""
    try:
        os.utime(path)
    except OSError:
        pass


def prune(prefix: str, suffix: str = "", keep: int = KEEP) -> None:
    """Remove the cached files named ``prefix…suffix`` beyond the ``keep`` most recently used
    ones (best effort: another process may be reading, writing or removing them too; its
    unfinished ``.tmp``/``.part`` files are never named so)."""
    found = []
    for path in cache_dir().glob(f"{prefix}*{suffix}"):
        try:
            found.append((path.stat().st_mtime, path))
        except OSError:
            continue  # removed meanwhile
    found.sort(reverse=True)
    for _, path in found[keep:]:
        try:
            path.unlink()
        except OSError:
            pass
