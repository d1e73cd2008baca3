"""Normalise: mention -> database identifier.

* A lexicon mention takes its row's identifier (葛根素 and puerarin share ``pubchem:5281807``),
  except rows that name a family or an ambiguous symbol (ER, BMP, LC3): the lexicon marks them
  with the word ``family`` or ``ambiguous`` in the ``source`` column and they get no identifier.
* An abbreviation takes its long form's identifier (:mod:`puerextract.abbreviations`).
* Quantities carry their parsed values and unit as the note (``values=1,10 unit=umol/L``).
"""

from __future__ import annotations

#: words in a lexicon row's ``source`` column that withhold the identifier
NO_NORM_MARKERS = ("family", "ambiguous")


def entry_norm(entry) -> str | None:
    """The identifier a lexicon row gives its mentions (None for families and ambiguous names)."""
    source = (getattr(entry, "source", "") or "").lower()
    if any(marker in source for marker in NO_NORM_MARKERS):
        return None
    return entry.id or None
