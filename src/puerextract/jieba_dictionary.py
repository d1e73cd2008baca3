"""jieba, loaded fast: its prefix dictionary from a plain-text copy in puerextract's cache folder,
and its import without ``pkg_resources``.

jieba keeps its built dictionary as a marshal file in the temp folder; reading it takes about
0.9 s, most of a one-paper Chinese run. The same words and counts as plain text (one word a
line, then the counts) read in about 0.3 s, and a text file runs no code when it is read (a
pickle would). The copy is keyed by jieba's version and its dictionary file's size and time, is
written on the first load, and is rebuilt when unreadable; without a writable cache jieba loads
as it always did.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from .validated import cache_dir, prune, used

_MAGIC = "puerextract-jieba-dictionary 2"
_END = "end"


def import_jieba() -> Any:
    """jieba, imported without ``pkg_resources`` when nothing has imported that yet: jieba uses
    it only to find its own dictionary file and falls back to the plain path without it, and
    importing it costs 0.1-0.25 s of a one-paper run."""
    # The mask stands for jieba's own import only (about 50 ms, under the tokenizer's lock);
    # another thread importing pkg_resources in that window would get an ImportError.
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment] - import fails: fallback
    try:
        import jieba
    finally:
        if sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


def load(tok: Any) -> None:
    """Fill the jieba ``Tokenizer`` ``tok`` (default dictionary) from the cached copy, else
    let jieba initialise it and write the copy."""
    path = _copy_path(tok)
    loaded = _read(path) if path is not None else None
    if loaded is not None:
        tok.FREQ, tok.total = loaded
        tok.initialized = True
        used(path)
        return
    tok.initialize()
    if path is not None:
        _write(path, tok.FREQ, tok.total)
        prune("jieba-", ".txt")  # copies for other jieba installs, least recently used first


def _copy_path(tok: Any) -> Path | None:
    """Where the copy for this jieba and dictionary file lives; None for a custom dictionary."""
    import jieba

    if tok.dictionary != jieba.DEFAULT_DICT:
        return None
    source = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    try:
        st = source.stat()
    except OSError:
        return None
    key = f"{getattr(jieba, '__version__', '-')}\0{st.st_size}\0{st.st_mtime_ns}"
    return cache_dir() / f"jieba-{hashlib.sha256(key.encode()).hexdigest()[:24]}.txt"


def _read(path: Path) -> tuple[dict[str, int], int] | None:
    """(word -> count, total) from the copy, or None when it is missing or damaged."""
    try:
        text = path.read_text(encoding="utf-8")
        head, words, counts = text.split("\n\n", 2)
        magic, total, size = head.rsplit(" ", 2)
        counts, end = counts.rsplit("\n", 1)
        if end != _END:
            return None  # cut short
        freq = dict(zip(words.split("\n"), map(int, counts.split()), strict=True))
        if magic != _MAGIC or len(freq) != int(size):
            return None
        return freq, int(total)
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _write(path: Path, freq: dict[str, int], total: int) -> None:
    """Write the copy atomically (best effort: a cache that cannot be written is not used)."""
    if any(not w or "\n" in w or "\r" in w for w in freq):
        return
    body = f"{_MAGIC} {total} {len(freq)}\n\n" + "\n".join(freq) + "\n\n"
    body += " ".join(map(str, freq.values())) + "\n" + _END
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
