"""Normalise: mention -> database identifier.

* A lexicon mention takes its row's identifier (葛根素 and puerarin share ``pubchem:5281807``),
  except rows that name a family or an ambiguous symbol (ER, BMP, LC3): the lexicon marks them
  with the word ``family`` or ``ambiguous`` in the ``source`` column and they get no identifier.
* An abbreviation defined in the text (``long form（ABBR）``) takes the long form's type and
  identifier, and so does every later bare occurrence of it in the same document.
* Quantities carry their parsed values and unit as the note (``values=1,10 unit=umol/L``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: words in a lexicon row's ``source`` column that withhold the identifier
NO_NORM_MARKERS = ("family", "ambiguous")

_ABBR_PAREN = re.compile(
    r"[（(][ \t\u3000]*"  # horizontal space only: a pair never crosses a line break
    r"([A-Za-z][A-Za-z0-9αβγδκ\-/·]{0,11}|[0-9]+-[A-Za-z][A-Za-z0-9\-]{0,8})"
    r"[ \t\u3000]*[）)]"
)
_NOT_ABBR_TYPES = ("CONCENTRATION", "DURATION")


def entry_norm(entry) -> str | None:
    """The identifier a lexicon row gives its mentions (None for families and ambiguous names)."""
    source = (getattr(entry, "source", "") or "").lower()
    if any(marker in source for marker in NO_NORM_MARKERS):
        return None
    return entry.id or None


@dataclass(frozen=True, slots=True)
class AbbreviationPair:
    """``short`` defined at ``[start, end)`` as an abbreviation of a mention of ``type``."""

    short: str
    start: int
    end: int
    type: str
    norm: str | None


def _looks_like_abbreviation(short: str) -> bool:
    letters = [c for c in short if c.isalpha()]
    if not letters or short.isdigit():
        return False
    return any(c.isupper() for c in short) or any(c.isdigit() for c in short)


def abbreviation_pairs(text: str, mentions, english_pairs=()) -> list[AbbreviationPair]:
    """Pairs from ``long form（ABBR）`` where the long form is a mention ending just before
    the parenthesis, plus scispaCy's English pairs whose long form ends with a mention."""
    by_end = {m.end: m for m in mentions}
    pairs: list[AbbreviationPair] = []
    seen: set[int] = set()
    for m in _ABBR_PAREN.finditer(text):
        short = m.group(1)
        if not _looks_like_abbreviation(short):
            continue
        k = m.start()
        while k > 0 and text[k - 1] in " \u3000":
            k -= 1
        long = by_end.get(k)
        if long is None or long.type in _NOT_ABBR_TYPES or long.end - long.start <= len(short):
            continue
        pairs.append(AbbreviationPair(short, m.start(1), m.end(1), long.type, long.norm))
        seen.add(m.start(1))
    for ls, le, ss, se in english_pairs:
        if ss in seen:
            continue
        long = by_end.get(le)
        short = text[ss:se]
        if long is None or long.start < ls or long.type in _NOT_ABBR_TYPES:
            continue
        if not _looks_like_abbreviation(short):
            continue
        pairs.append(AbbreviationPair(short, ss, se, long.type, long.norm))
    return pairs


def apply_abbreviations(text: str, mentions, pairs: list[AbbreviationPair]) -> list:
    """Candidates for each defined abbreviation and its later bare occurrences."""
    from .tag import Candidate

    known = {(m.start, m.end): m for m in mentions}
    out = []
    for pair in pairs:
        existing = known.get((pair.start, pair.end))
        if existing is not None and existing.type == pair.type:
            if existing.norm is None and pair.norm and existing.source != "lexicon":
                existing.norm = pair.norm
            continue
        regex = re.compile(r"(?<![A-Za-z0-9])" + re.escape(pair.short) + r"(?![A-Za-z0-9])")
        for m in regex.finditer(text, pair.start):
            out.append(
                Candidate(m.start(), m.end(), pair.type, pair.norm, "abbreviation", m.group())
            )
    return out
