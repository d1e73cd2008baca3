"""Normalise: mention -> database identifier.

* A lexicon mention takes its row's identifier (葛根素 and puerarin share ``pubchem:5281807``),
  except rows that name a family or an ambiguous symbol (ER, BMP, LC3): the lexicon marks them
  with the word ``family`` or ``ambiguous`` in the ``source`` column and they get no identifier.
* An abbreviation takes its long form's identifier (:mod:`puerextract.abbreviations`).
* A mention no row named (found by its shape, morphology or a rule) is looked up in the knowledge
  tables (:func:`identify`): a COMPOUND by the PubChem names of exactly one compound (mannitol ->
  ``pubchem:6251``), a GENE by the symbol, alias or full name of exactly one human gene
  (GRP78 -> ``hgnc:HSPA5``; a long form found from its abbreviation by its full name only).
* Quantities carry their parsed values and unit as the note (``values=1,10 unit=umol/L``).
"""

from __future__ import annotations

from .model import Candidate

#: words in a lexicon row's ``source`` column that withhold the identifier
NO_NORM_MARKERS = ("family", "ambiguous")


def entry_norm(entry) -> str | None:
    """The identifier a lexicon row gives its mentions (None for families and ambiguous names)."""
    source = (getattr(entry, "source", "") or "").lower()
    if any(marker in source for marker in NO_NORM_MARKERS):
        return None
    return entry.id or None


#: rule families whose mentions carry no identifier of their own (quantities never get one)
_LOOKED_UP = frozenset(
    {"shape", "morphology", "material", "agent", "herbal", "formula", "product", "code", "rule"}
    | {"cell-name", "herb-list"}
)


def identify(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with identifiers from the knowledge tables where no rule gave one."""
    from .tables import compound_id, gene_id

    for c in cands:
        if c.norm is not None:
            continue
        if c.source == "abbreviation" and c.type == "GENE":
            c.norm = gene_id(c.text, symbols=False)  # a long form: by its full name only
        elif c.source not in _LOOKED_UP:
            continue
        elif c.type == "COMPOUND":
            c.norm = compound_id(c.text)
        elif c.type == "GENE":
            c.norm = gene_id(c.text)
    return cands
