"""A disk cache of rule files already validated, so start-up does not validate them again.

Validating the token patterns with spaCy's Matcher and the unit table with pint costs about
two seconds, which is most of a one-paper run. A file whose exact bytes were validated
before by this version of the code (and of spaCy and pint) is not validated again. The cache
is ``$PUEREXTRACT_CACHE`` or ``$XDG_CACHE_HOME/puerextract`` (``~/.cache/puerextract``); a
cache that cannot be written is simply not used.
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
    return (cache_dir() / _key(kind, data)).exists()


def remember_good(kind: str, data: bytes) -> None:
    """Record that these bytes passed validation of ``kind`` (best effort)."""
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _key(kind, data)).touch()
    except OSError:
        pass
