"""Knowledge tables built from real databases (``scripts/build_knowledge.py``): load and look up.

``data/knowledge/`` holds ``genes.tsv.gz`` (NCBI Gene, human: symbols, aliases, full names),
``mesh.tsv.gz`` (MeSH descriptors mapped to ChEBI, DOID, HGNC, ...), ``mesh_names.tsv.gz``
(every MeSH descriptor with its entry terms), ``taxa.tsv.gz`` (NCBI Taxonomy: plants, fungi,
mammals, zebrafish, fruit fly), ``pubchem.tsv.gz`` (names of PubChem CIDs through ChEBI, MeSH
and LINCS cross-references), ``kegg.tsv.gz`` and ``cellosaurus.tsv.gz`` (the part of KEGG
pathways and Cellosaurus cell lines that mapping resources name) and ``MANIFEST.json`` (source,
version, licence, rows, sha256). A table is read only when an identifier of its prefix is looked
up, once per call of :func:`names_of`.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources
from typing import Any

TABLES = (
    "genes",
    "mesh",
    "mesh_names",
    "diseases",
    "cell_types",
    "taxa",
    "pubchem",
    "kegg",
    "zh_traditional",
    "cellosaurus",
)

#: the identifier prefixes whose names each table holds
TABLE_PREFIXES: dict[str, tuple[str, ...]] = {
    "genes": ("hgnc:", "ncbigene:"),
    "mesh": ("mesh:",),
    "mesh_names": ("mesh:",),
    "diseases": ("mesh:",),
    "cell_types": ("mesh:",),
    "taxa": ("ncbitaxon:",),
    "pubchem": ("pubchem:",),
    "kegg": ("kegg.pathway:",),
    "cellosaurus": ("cellosaurus:",),
    "zh_traditional": (),  # characters, no identifiers
}

#: prefixes some table covers (an identifier of another prefix cannot be checked here)
COVERED = tuple(dict.fromkeys(p for ps in TABLE_PREFIXES.values() for p in ps))

#: prefixes whose tables hold only a part of the database: an identifier missing there is
#: unconfirmed, not known to be wrong
PARTIAL = {
    "kegg.pathway:": "the KEGG pathways compath-resources and biomappings name",
    "cellosaurus:": "the cell lines EFO and biomappings cross-reference",
}


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


#: how the tables are written (``scripts/build_knowledge.py``)
_DIALECT: dict[str, Any] = {"delimiter": "\t", "quoting": csv.QUOTE_NONE, "escapechar": "\\"}


def table_rows(name: str) -> list[list[str]]:
    """Rows of one table (header dropped)."""
    text = gzip.decompress(_data(f"{name}.tsv.gz")).decode("utf-8")
    reader = csv.reader(io.StringIO(text), **_DIALECT)
    next(reader)
    return list(reader)


def table_sha256(name: str) -> str:
    """sha256 of a packaged table file (compared with the manifest by the tests)."""
    return hashlib.sha256(_data(f"{name}.tsv.gz")).hexdigest()


def _rows_of(name: str, wanted: Callable[[list[str]], bool]) -> Iterator[list[str]]:
    """The rows of a table that ``wanted`` keeps, judged on the raw tab-split line (identifier
    columns hold no escapes) and only then read as CSV: a pass costs a split, not a parse."""
    text = gzip.decompress(_data(f"{name}.tsv.gz")).decode("utf-8")
    lines = text.split("\n")
    for line in lines[1:]:
        if line and wanted(line.split("\t")):
            yield next(csv.reader([line], **_DIALECT))


def names_of(idents: set[str]) -> dict[str, set[str]]:
    """Folded names (and their core names) of each wanted identifier, from one pass over the
    tables that hold them."""
    out: dict[str, set[str]] = defaultdict(set)

    def add(ident: str, *names: str) -> None:
        if ident in idents:
            out[ident].update(form for n in names if n for form in (fold(n), core_name(n)))

    wanted = {p for p in COVERED if any(i.startswith(p) for i in idents)}
    for table in TABLES:
        if not wanted.intersection(TABLE_PREFIXES[table]):
            continue
        if table == "genes":

            def gene(f: list[str]) -> bool:
                return f"hgnc:{f[1]}" in idents or f"ncbigene:{f[0]}" in idents

            for gene_id, symbol, _kind, name in _rows_of("genes", gene):
                add(f"hgnc:{symbol}", name)
                add(f"ncbigene:{gene_id}", name)
        elif table == "mesh":
            for mesh, mesh_name, _mapped, mapped_name in _rows_of("mesh", lambda f: f[0] in idents):
                add(mesh, mesh_name, mapped_name)
        elif table == "taxa":
            for taxon, _rank, _clade, scientific, common in _rows_of(
                "taxa", lambda f: f[0] in idents
            ):
                add(taxon, scientific, common)
        else:  # (identifier, name, ...) tables
            for ident, name, *_ in _rows_of(table, lambda f: f[0] in idents):
                add(ident, name)
    return out


def check_identifiers(rows: list[tuple[str, tuple[str, ...]]]) -> list[str | None]:
    """For each (identifier, names): why it does not fit (None when a table confirms it)."""
    known = names_of({ident for ident, _ in rows if ident.startswith(COVERED)})
    return [check_identifier(ident, names, known.get(ident, set())) for ident, names in rows]


#: qualifiers closing a name: "Osteoblasts (precursors)", "ALPL name (ambiguous: ALP isozymes)"
_TRAILING_QUALIFIERS = re.compile(r"(?:\s+\([^()]*\))+\s*$")


def name_forms(names: tuple[str, ...]) -> set[str]:
    """The folded forms a row's names are compared in: each name, and each without the
    parenthesised qualifiers that close it (a preferred name "<the id's name> (<what the row
    names>)" is checked by its first part)."""
    out = set()
    for name in names:
        for form in (name, _TRAILING_QUALIFIERS.sub("", name)):
            if form.strip():
                out.add(fold(form))
    return out


#: a leading stereo or locant descriptor written before a hyphen: "6alpha-", "β-", "B-" (PubChem's
#: spelling of β), "D-", "(+)-", "(R)-"
_DESCRIPTOR = re.compile(r"^(?:\d*(?:alpha|beta|gamma|α|β|γ|δ)|\d+[abgd]?|[abgdl]|\([+\-rs]\))-")


def core_name(name: str) -> str:
    """A name folded without one leading stereo or locant descriptor: "6α-methylprednisolone",
    "β-sitosterol" and "B-sitosterol" share their core with "methylprednisolone", "sitosterol"."""
    s = unicodedata.normalize("NFKC", name).casefold().strip()
    core = fold(_DESCRIPTOR.sub("", s))
    return core if len(core) >= 5 else fold(s)  # "L-NAME", "B-cell" keep their letter


def check_identifier(ident: str, names: tuple[str, ...], known: set[str]) -> str | None:
    """Why ``ident`` does not fit ``names``, given the table's names of ``ident``.

    Confirmed: one of the names (or a name without its closing parenthesised qualifiers)
    equals one of the table's names (folded) or shares its core name (Greek letters and a
    leading stereo descriptor aside), or, for a taxon, is a word of its common name
    ("rat" in "Norway rat").
    """
    if not ident.startswith(COVERED):
        return f"{ident}: no offline source covers this prefix"
    if not known:
        partial = next((PARTIAL[p] for p in PARTIAL if ident.startswith(p)), None)
        if partial:
            return f"{ident}: not in the knowledge tables (they hold only {partial})"
        return f"{ident}: not in the knowledge tables"
    if name_forms(names) & known:
        return None
    if {core_name(n) for n in names} & known:
        return None
    if ident.startswith("ncbitaxon:") and _word_of_common_name(names, known):
        return None
    sample = ", ".join(sorted(known)[:3])
    return f"{ident}: no name of the row matches the table ({sample}…)"


def _word_of_common_name(names: tuple[str, ...], known: set[str]) -> bool:
    words = {w for n in names for w in unicodedata.normalize("NFKC", n).casefold().split()}
    singular = {w[:-1] if w.endswith("s") else w for w in words}
    return any(w in known or any(k.endswith(w) for k in known) for w in words | singular)
