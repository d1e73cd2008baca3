"""Papers written in traditional Chinese characters, read as simplified ones.

The rules and lexicons are written in simplified characters. A paper in traditional ones (肝爽顆粒
對大鼠…的治療作用) is matched through a view of it in simplified characters: OpenCC's character
table (the ``zh_traditional`` knowledge table), one character for one, so every offset of the
view is an offset of the paper and every mention keeps the paper's own text. Only a paper whose
Han characters are traditional in a measurable share gets the view: a simplified paper keeps the
few characters the table would also change (乾 in 乾隆).
"""

from __future__ import annotations

import gzip
import io
import re
from functools import cache
from importlib import resources

#: least share of a paper's Han characters that must be traditional for the view
MIN_SHARE = 0.05
#: and least count of them
MIN_COUNT = 5


@cache
def _table() -> tuple[dict[int, str], re.Pattern[str] | None]:
    """The character table, and a regex of its traditional characters."""
    path = resources.files("puerextract.data").joinpath("knowledge", "zh_traditional.tsv.gz")
    if not path.is_file():
        return {}, None
    with gzip.GzipFile(fileobj=io.BytesIO(path.read_bytes())) as gz:
        rows = io.TextIOWrapper(gz, encoding="utf-8").read().splitlines()[1:]
    table = {ord(t): s for t, s in (row.split("\t") for row in rows)}
    return table, re.compile("[" + re.escape("".join(map(chr, table))) + "]")


_HAN = re.compile("[\u4e00-\u9fff]")


@cache
def _deleting() -> dict[int, None]:
    """A translate table deleting every traditional character of the table."""
    return dict.fromkeys(_table()[0])


@cache
def _traditional() -> frozenset[str]:
    """The traditional characters of the table."""
    return frozenset(map(chr, _table()[0]))


def simplified_view(text: str) -> str | None:
    """``text`` in simplified characters when it is written in traditional ones, else None.
    The view has the length of ``text``: each character maps to one."""
    table, chars = _table()
    if chars is None or _traditional().isdisjoint(text):
        return None  # no character the table changes (a set test: a third of a translate)
    # one pass: the characters the table would change, by deleting them (counting each one
    # present with str.count was linear in the paper per character: 1 s on 1 M characters)
    traditional = len(text) - len(text.translate(_deleting()))
    if traditional < MIN_COUNT or traditional < MIN_SHARE * len(_HAN.findall(text)):
        return None
    return text.translate(table)
