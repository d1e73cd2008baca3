"""Questions a researcher asks of the store, answered as pandas tables.

"Which genes does puerarin up-regulate, in which cells, at what concentration, according to
which sentence of which paper?" -> :func:`query_relations`. Names match across languages
through identifiers: ``puerarin`` resolves to the identifiers of every stored mention written
``puerarin`` (and of the lexicon entry, when the rules module is there), so rows written
葛根素 with the same identifier match too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from .store import Store, open_store

OUTPUT_COLUMNS = [
    "arg1",
    "relation",
    "arg2",
    "concentration",
    "duration",
    "paper",
    "sentence",
]


#: columns every row carries beside the shown ones (identifiers, sentence, offsets)
DETAIL_COLUMNS = [
    "arg1_identifier",
    "arg2_identifier",
    "sentence_index",
    "arg1_start",
    "arg1_end",
    "arg2_start",
    "arg2_end",
]


def check_names(relation: str | None, type_: str | None) -> None:
    """Refuse a relation or entity type name the project does not have, with the valid list."""
    from .errors import PuerextractError
    from .model import ENTITY_TYPES, RELATION_TYPES

    if relation and relation.upper() not in RELATION_TYPES:
        raise PuerextractError(
            f"unknown relation {relation!r} (one of {', '.join(RELATION_TYPES)})"
        )
    if type_ and type_.upper() not in ENTITY_TYPES:
        raise PuerextractError(f"unknown type {type_!r} (one of {', '.join(ENTITY_TYPES)})")


@dataclass(slots=True)
class RelationQuery:
    """Filters; ``None`` means any. Name filters match text or identifier, any language."""

    compound: str | None = None
    relation: str | None = None
    gene: str | None = None
    cell_line: str | None = None
    paper: str | None = None
    arg2_type: str | None = None


def _fold(s: str | None) -> str:
    return (s or "").casefold().strip()


def _lexicon_identifiers(name: str) -> set[str]:
    """Identifiers the rules' lexicon gives ``name`` (empty if there are no rules)."""
    try:
        from .rules import load_rules
    except ImportError:
        return set()
    try:
        rules = load_rules()
    except Exception:  # noqa: BLE001 - a broken rule file must not break a query
        return set()
    from .normalise import entry_norm

    found = set()
    for entry in rules.lexicon:
        ident = entry_norm(entry)  # None for families and ambiguous names, as in the output
        if ident and any(_fold(t) == _fold(name) for t in (entry.preferred, *entry.terms)):
            found.add(ident)
    return found


def resolve_identifiers(name: str, mentions: pd.DataFrame, types: Iterable[str]) -> set[str]:
    """Identifiers for a name: itself if it is one, those of same-text mentions, the lexicon's."""
    ids: set[str] = set()
    if ":" in name:
        ids.add(name.strip())
    if not mentions.empty:
        same = mentions[
            mentions["type"].isin(list(types)) & (mentions["text"].map(_fold) == _fold(name))
        ]
        ids.update(i for i in same["identifier"].dropna() if i)
    ids.update(_lexicon_identifiers(name))
    return ids


def _matches(df: pd.DataFrame, prefix: str, name: str, ids: set[str]) -> pd.Series:
    text = df[f"{prefix}_text"].map(_fold) == _fold(name)
    ident = df[f"{prefix}_identifier"].isin(ids) if ids else False
    return text | ident


def query_relations(q: RelationQuery, store: Store | None = None) -> pd.DataFrame:
    """Relations matching ``q`` with concentration / duration linked to the same compound."""
    store = store or open_store()
    rel = store.relations_table()
    men = store.mentions_table()
    if rel.empty:
        return pd.DataFrame(columns=OUTPUT_COLUMNS)
    keep = pd.Series(True, index=rel.index)
    if q.relation:
        keep &= rel["type"].str.upper() == q.relation.upper()
    elif q.compound or q.gene:
        # the quantity links are shown as columns, not as rows of their own
        keep &= ~rel["type"].isin(["HAS_CONCENTRATION", "HAS_DURATION"])
    if q.paper:
        keep &= rel["paper_id"] == q.paper
    if q.arg2_type:
        keep &= rel["arg2_type"].str.upper() == q.arg2_type.upper()
    if q.compound:
        ids = resolve_identifiers(q.compound, men, ("COMPOUND", "ORGANISM"))
        keep &= _matches(rel, "arg1", q.compound, ids)
    if q.gene:
        ids = resolve_identifiers(q.gene, men, ("GENE",))
        keep &= _matches(rel, "arg1", q.gene, ids) | _matches(rel, "arg2", q.gene, ids)
    if q.cell_line:
        ids = resolve_identifiers(q.cell_line, men, ("CELL_LINE", "CELL_TYPE"))
        in_args = _matches(rel, "arg2", q.cell_line, ids)
        cells = men[men["type"].isin(["CELL_LINE", "CELL_TYPE"])]
        cell_hit = (cells["text"].map(_fold) == _fold(q.cell_line)) | cells["identifier"].isin(ids)
        sentences = set(
            zip(cells[cell_hit]["paper_id"], cells[cell_hit]["sentence_index"], strict=True)
        )
        in_sentence = pd.Series(
            [
                (p, s) in sentences
                for p, s in zip(rel["paper_id"], rel["sentence_index"], strict=True)
            ],
            index=rel.index,
        )
        keep &= in_args | in_sentence
    hits = rel[keep]
    return _with_quantities(hits, rel)


def _with_quantities(hits: pd.DataFrame, rel: pd.DataFrame) -> pd.DataFrame:
    """Add the concentration and duration linked to the same arg1 mention (or, failing that,
    to the same compound elsewhere in that sentence)."""
    links: dict[tuple, list[str]] = {}
    for r in rel[rel["type"].isin(["HAS_CONCENTRATION", "HAS_DURATION"])].itertuples():
        links.setdefault((r.paper_id, r.arg1_id, r.type), []).append(r.arg2_text)
        compound = r.arg1_identifier or _fold(r.arg1_text)
        same = links.setdefault((r.paper_id, r.sentence_index, compound, r.type), [])
        if r.arg2_text not in same:
            same.append(r.arg2_text)

    def linked(r, kind: str) -> list[str]:
        # the same compound mention first; else the same compound in that sentence
        found = links.get((r.paper_id, r.arg1_id, kind))
        if found:
            return found
        compound = r.arg1_identifier or _fold(r.arg1_text)
        return links.get((r.paper_id, r.sentence_index, compound, kind), [])

    rows = []
    for r in hits.itertuples():
        conc = linked(r, "HAS_CONCENTRATION")
        dur = linked(r, "HAS_DURATION")
        rows.append(
            {
                "arg1": r.arg1_text,
                "relation": r.type,
                "arg2": r.arg2_text,
                "concentration": "; ".join(conc) if r.type != "HAS_CONCENTRATION" else "",
                "duration": "; ".join(dur) if r.type != "HAS_DURATION" else "",
                "paper": r.paper_id,
                "sentence": r.sentence,
                "arg1_identifier": r.arg1_identifier,
                "arg2_identifier": r.arg2_identifier,
                "sentence_index": r.sentence_index,
                "arg1_start": r.arg1_start,
                "arg1_end": r.arg1_end,
                "arg2_start": r.arg2_start,
                "arg2_end": r.arg2_end,
            }
        )
    cols = OUTPUT_COLUMNS + DETAIL_COLUMNS
    return pd.DataFrame(rows, columns=cols)


def query_mentions(
    store: Store | None = None,
    *,
    name: str | None = None,
    type_: str | None = None,
    paper: str | None = None,
) -> pd.DataFrame:
    """Mentions by name (any language, through identifiers), type and paper."""
    store = store or open_store()
    men = store.mentions_table()
    keep = pd.Series(True, index=men.index)
    if type_:
        keep &= men["type"].str.upper() == type_.upper()
    if paper:
        keep &= men["paper_id"] == paper
    if name:
        ids = resolve_identifiers(name, men, men["type"].unique())
        keep &= (men["text"].map(_fold) == _fold(name)) | men["identifier"].isin(ids)
    cols = ["paper_id", "sentence_index", "start", "end", "type", "identifier", "text", "sentence"]
    return men[keep][cols].reset_index(drop=True)
