"""Knowledge tables built from real databases (``scripts/build_knowledge.py``): load and look up.

``data/knowledge/`` holds ``genes.tsv.gz`` (NCBI Gene, human: symbols, aliases, full names),
``mesh.tsv.gz`` (MeSH descriptors mapped to ChEBI, DOID, HGNC, ...), ``taxa.tsv.gz`` (NCBI
Taxonomy: plants, fungi, mammals) and ``MANIFEST.json`` (source, version, licence, rows,
sha256). Each table is read once per process, on first use.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import unicodedata
from collections import defaultdict
from functools import cache
from importlib import resources
from typing import Any

TABLES = ("genes", "mesh", "taxa")


def fold(name: str) -> str:
    """How names are compared: NFKC, case-folded, hyphens and spaces ignored."""
    s = unicodedata.normalize("NFKC", name).casefold()
    return "".join(c for c in s if c not in " -_")


def _data(name: str) -> bytes:
    return resources.files("puerextract.data").joinpath("knowledge", name).read_bytes()


@cache
def manifest() -> dict[str, Any]:
    """The manifest of the packaged tables."""
    return json.loads(_data("MANIFEST.json"))


def table_rows(name: str) -> list[list[str]]:
    """Rows of one table (header dropped)."""
    text = gzip.decompress(_data(f"{name}.tsv.gz")).decode("utf-8")
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
    next(reader)
    return list(reader)


def table_sha256(name: str) -> str:
    """sha256 of a packaged table file (compared with the manifest by the tests)."""
    return hashlib.sha256(_data(f"{name}.tsv.gz")).hexdigest()


def names_of(idents: set[str]) -> dict[str, set[str]]:
    """Folded names of each wanted identifier, from one pass over the tables."""
    out: dict[str, set[str]] = defaultdict(set)

    def add(ident: str, *names: str) -> None:
        if ident in idents:
            out[ident].update(fold(n) for n in names if n)

    for gene_id, symbol, _kind, name in table_rows("genes"):
        add(f"hgnc:{symbol}", name)
        add(f"ncbigene:{gene_id}", name)
    for mesh, mesh_name, _mapped, mapped_name in table_rows("mesh"):
        add(mesh, mesh_name, mapped_name)
    for taxon, _rank, _clade, scientific, common in table_rows("taxa"):
        add(taxon, scientific, common)
    return out


#: prefixes some table covers (an identifier of another prefix cannot be checked here)
COVERED = ("hgnc:", "ncbigene:", "ncbitaxon:", "mesh:")


def check_identifiers(rows: list[tuple[str, tuple[str, ...]]]) -> list[str | None]:
    """For each (identifier, names): why it does not fit (None when a table confirms it)."""
    known = names_of({ident for ident, _ in rows if ident.startswith(COVERED)})
    return [check_identifier(ident, names, known.get(ident, set())) for ident, names in rows]


def check_identifier(ident: str, names: tuple[str, ...], known: set[str]) -> str | None:
    """Why ``ident`` does not fit ``names``, given the table's names of ``ident``.

    Confirmed: one of the names equals one of the table's names (folded), or, for a taxon,
    is a word of its common name ("rat" in "Norway rat").
    """
    if not ident.startswith(COVERED):
        return f"{ident}: no offline source covers this prefix"
    if not known:
        return f"{ident}: not in the knowledge tables"
    folded = {fold(n) for n in names if n}
    if folded & known:
        return None
    if ident.startswith("ncbitaxon:") and _word_of_common_name(names, known):
        return None
    sample = ", ".join(sorted(known)[:3])
    return f"{ident}: no name of the row matches the table ({sample}…)"


def _word_of_common_name(names: tuple[str, ...], known: set[str]) -> bool:
    words = {w for n in names for w in unicodedata.normalize("NFKC", n).casefold().split()}
    singular = {w[:-1] if w.endswith("s") else w for w in words}
    return any(w in known or any(k.endswith(w) for k in known) for w in words | singular)
