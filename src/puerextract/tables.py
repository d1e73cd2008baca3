"""Mentions from the knowledge tables: genes, organisms and chemicals no lexicon holds.

The tables of ``data/knowledge`` (:mod:`puerextract.knowledge`; built from NCBI Gene, NCBI
Taxonomy and MeSH) name far more genes, species and chemicals than the lexicons. Matched
naively they would tag half of English (``SET``, ``CAT``, ``Met``...), so each family has its
precision guards. The candidates join the lexicon and shape mentions in the tagger's first
resolve (:meth:`puerextract.tag.Tagger.candidates`): a lexicon or shape mention of the same span
wins (a shape mention without an identifier takes the table's), a table candidate that crosses
or sits inside one is dropped, one that holds one wins (``p-Smad1`` over ``Smad1``). On a tie
in a later stage an abbreviation defined in the paper wins
(:data:`puerextract.tag.SOURCE_PRIORITY`).

``table-gene`` - NCBI Gene (human) symbols, aliases and full names, GENE with the human symbol as
identifier (``hgnc:SYMBOL``, the guidelines' cross-species key, as the lexicon writes it).

* Symbols and aliases match as written, on Latin word boundaries (a fused ``p-`` stays in the
  span, ``p-PERK``). A form of fewer than 3 letters and digits never matches, nor one without a
  digit or a capital after its first letter (``set``, ``Met``, ``Src`` are words first), nor a
  ``table_gene_stop`` word (English words and lab abbreviations that are also aliases: ``ALL``,
  ``PBS``, ``ROS``, ``SD``). A form written in another case (``Sirt1``, ``CaSR``, ``c-Src``) matches
  only when it has a digit or an inner capital.
* An alias of several genes (no official symbol of any) is no mention at all: unrelated genes
  sharing a short alias is the mark of an acronym, not of a gene name.
* A letters-only alias of 5 characters or fewer needs a cue: a ``table_gene_cue`` word next to it
  (``phosphorylated PERK``, ``CHOP immunostaining``, ``PERK 蛋白``), a fused ``p-``, a GENE
  mention beside it in a list (``GRP78, CHOP and PERK``), or a definition in the paper whose
  long form names a gene (``C/EBP homologous protein (CHOP)``: a cue word or an enzyme word of
  the table's names ends it, or it is a full name).
* An abbreviation defined in the paper for a long form that names no gene (``bone mineral density
  (BMD)``, ``骨密度（BMD）``) is no gene anywhere in the paper.
* Words on a line written mostly in capitals (a title in capitals) are not symbols.
* Full names (``noggin``, ``calcium sensing receptor``) match in any case, a hyphen the same as
  a space; a one-word name needs 5 letters at least.

``table-taxon`` - NCBI Taxonomy (plants, fungi, mammals), ORGANISM with ``ncbitaxon:ID``.

* A binomial or trinomial: a capitalised genus and a lower-case epithet (``Plantago asiatica``,
  ``Pueraria montana var. lobata``); the abbreviated binomial (``P. asiatica``) once the full name
  has been written in the paper (by this rule or the lexicon).
* After a ``table_taxon_cue`` (``from``, ``present in``), a list of sources may also hold a plant
  or fungus genus alone (``an iridoid glycoside from Gardenia``) and plant and fungus common names
  (``present in celery, parsley and X``): a genus or a common name alone is a word first.

``table-chemical`` - MeSH chemicals mapped to ChEBI, COMPOUND with ``mesh:ID``: the MeSH name
(and, where ``mesh_names`` is packaged, its entry terms, acronyms left out: Streptozotocin) in
any case, on Latin word boundaries, 5 letters at least for one word; never a plural class
(``Flavonoids``), a ``table_chemical_stop`` or ``compound_class_word`` word (common words,
solvents, proteins, classes), an ``element`` name (the ``material`` family's), a gene's name
(proteins are GENE), nor a name followed by a ``compound_not_before`` or class word (``X
receptor``, ``an isoquinoline alkaloid``).

``table-disease`` - MeSH descriptors of the Diseases tree (C, without C23's signs, symptoms and
processes) and of Mental Disorders (F03), DISEASE with ``mesh:ID``: the name and entry terms in
any case (a plural last word also in the singular: ``femoral fracture``), on Latin word
boundaries, acronyms left out, 5 letters at least for one word; never a ``table_disease_stop``
word (category words: ``infections``, ``neoplasms``; processes: ``bone resorption``) nor a gene's
name, nor a name that only says where cells come from (``chondrosarcoma SW1353 cells``).

``table-cell`` - MeSH descriptors of the Cells tree (A11, without its cellular structures and
cell lines), CELL_TYPE with ``mesh:ID``: the name and entry terms in any case, on Latin word
boundaries, acronyms and inverted forms (``Cells, Mast``) left out, 5 letters at least for one
word; never a ``table_cell_stop`` word (``cells``, ``spores``, nerve fibres) nor a gene's name.
Up to three ``cell_organ_word_en`` words before it join the span (renal tubular epithelial cells).

``table-cell-line`` - Cellosaurus names (the lines EFO and biomappings cross-reference), CELL_LINE
with ``cellosaurus:ID``: a name with a digit, 4 characters at least, as written, on Latin word
boundaries (a Han character may touch it: SK-BR-3细胞), once it stands before a ``cell_line_cue``
word somewhere in the paper (SK-BR-3 cells, MDA-MB-231 细胞), then at every use.

The index is built once per process (:func:`table_index`), the taxa only when a text first needs
them, and kept in the disk cache of :mod:`puerextract.validated` for the next process; the word
lists come from the rule set (``tag_words.tsv``).
"""

from __future__ import annotations

import gzip
import io
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from .grammar import code_list
from .model import Candidate

#: the identifier prefix of table genes: the human symbol (``hgnc:RUNX2``), as the lexicon and
#: the guidelines write gene identifiers; NCBI Gene's symbols are HGNC's approved symbols
GENE_PREFIX = "hgnc:"
#: marks an alias's identifier in the index (an official symbol's is bare)
ALIAS = "~"

_GREEK_TABLE = str.maketrans(
    {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "κ": "kappa"}
)
#: a Latin word piece: letters, digits and the Greek letters of gene names
_ATOM = re.compile(r"[A-Za-z0-9αβγδεκ]+")
#: a connector inside one name: one space, hyphen or slash
_JOIN = frozenset(" -/")
#: most Latin word pieces in one table name matched
_MAX_ATOMS = 10
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _table_bytes(name: str) -> bytes:
    return resources.files("puerextract.data").joinpath("knowledge", f"{name}.tsv.gz").read_bytes()


def _iter_rows(name: str) -> Iterator[list[str]]:
    """Rows of one packaged table (header dropped), read as a stream (the taxa table holds
    465,000 rows; :func:`puerextract.knowledge.table_rows` keeps them all as lists). Fields are
    split at tabs: the few backslash escapes of the tables stand in names no rule here matches."""
    with gzip.GzipFile(fileobj=io.BytesIO(_table_bytes(name))) as gz:
        stream = io.TextIOWrapper(gz, encoding="utf-8")
        next(stream, None)
        for line in stream:
            yield line.rstrip("\n").split("\t")


def loose(name: str) -> str:
    """How a symbol written in another case is compared: case-folded, Greek letters spelled
    out, spaces and hyphens dropped (``TNF-α`` = ``TNF-alpha``, ``eIF2α`` = ``EIF-2alpha``)."""
    s = name.casefold()
    if not s.isascii():
        s = s.translate(_GREEK_TABLE)
    return s.replace(" ", "").replace("-", "").replace("_", "").replace("\t", "")


def name_key(name: str) -> str:
    """How a full name is compared: case-folded, Greek letters spelled out, a hyphen the same
    as a space (``calcium-sensing receptor``; ``protein S`` is not ``proteins``)."""
    s = name.casefold()
    if not s.isascii():
        s = s.translate(_GREEK_TABLE)
    return " ".join(s.replace("-", " ").replace("_", " ").split())


_NAME_SHAPE = re.compile(rf"[A-Za-z0-9αβγδεκ]+(?:[ \-/][A-Za-z0-9αβγδεκ]+){{0,{_MAX_ATOMS - 1}}}")
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9αβγδεκ]+")
_DIGIT = re.compile(r"[0-9]")


def _atoms_ok(name: str) -> bool:
    """A table name the scan can find: word pieces joined by one space, hyphen or slash."""
    return _NAME_SHAPE.fullmatch(name) is not None


def symbol_shape(form: str) -> bool:
    """A symbol written so that it is no word: 3 letters and digits at least, with a digit, or a
    capital after the first letter (``SRC``, ``CaSR``, ``c-Src``, ``p53``, ``Sirt1``)."""
    core = _NOT_ALNUM.sub("", form)
    if len(core) < 3 or core.isdigit():
        return False
    return _DIGIT.search(core) is not None or not core[1:].islower()


# ----------------------------------------------------------------------------- the index


def _pieces(forms, key=None) -> dict[str, int]:  # noqa: ANN001 - names as written, a key function
    """First word piece (through ``key``) -> most pieces of a form of several pieces starting
    with it (the scan's look-ahead; a one-piece form is looked up as it stands)."""
    out: dict[str, int] = {}
    for form in forms:
        n = 1 + form.count(" ") + form.count("-") + form.count("/")
        if n > 1:
            first = _ATOM.match(form).group()
            for k in (key(first),) if key else (first, first.upper()):
                if out.get(k, 0) < n:
                    out[k] = n
    return out


def _pairs(forms) -> frozenset[str]:  # noqa: ANN001 - names as written
    """The name keys of the first two word pieces of every name of several pieces (the scan
    stops at a pair no name starts with: "bone marrow" after "bone")."""
    out = set()
    for form in forms:
        m = _FIRST_TWO.match(form)
        if m is not None:
            a, join, b = m.groups()
            out.add(f"{loose(a)}{'/' if join == '/' else ' '}{loose(b)}")
    return frozenset(out)


_FIRST_TWO = re.compile(r"([A-Za-z0-9αβγδεκ]+)([ \-/])([A-Za-z0-9αβγδεκ]+)")


@dataclass(slots=True)
class _Genes:
    #: symbol or alias as written -> identifier ("" for a symbol of two genes); an alias's
    #: identifier is marked by a leading :data:`ALIAS`
    exact: dict[str, str]
    #: loose form of a symbol or alias written with small letters -> identifier ("" when two
    #: genes share it)
    folded: dict[str, str]
    #: full name (:func:`name_key`) -> identifier
    names: dict[str, str]
    #: first word piece (as written, and in capitals) -> most pieces of a symbol or alias
    symbol_pieces: dict[str, int]
    #: loose first word piece -> most pieces of a full name starting with it
    name_pieces: dict[str, int]
    #: the first two word pieces of the full names (:func:`_pairs`)
    name_pairs: frozenset[str]
    #: the enzyme words that end full names (phosphatase, kinase): a long form ending in one
    #: names a gene
    enzymes: frozenset[str]

    def starts(self, word: str, key: str) -> tuple[int, int]:
        """Most word pieces of a full name, and of a symbol or alias, that may start with the
        word piece ``word`` (``key``: its loose form); 0 for none."""
        names = self.name_pieces.get(key, 1 if key in self.names else 0)
        if len(word) >= 3 and word.isalpha() and word.islower():
            return names, 0  # a lower-case word starts no symbol
        symbols = self.symbol_pieces.get(word) or self.symbol_pieces.get(word.upper()) or 0
        if not symbols and (
            word in self.exact
            or (word != word.upper() and symbol_shape(word) and self.other_case(word))
        ):
            symbols = 1
        return names, symbols

    def other_case(self, span: str) -> str | None:
        """The identifier of a symbol or alias written in another case (Sirt1, Runx-2, CaSR,
        c-Src, eIF2α), or None; "" when two genes share the form."""
        upper = span.upper()
        for form in (upper, upper.replace("-", "")):
            norm = self.exact.get(form)
            if norm is not None:
                return norm[len(ALIAS) :] if norm.startswith(ALIAS) else norm
        return self.folded.get(loose(span))


#: words of the placeholder names NCBI Gene gives loci no paper names so (unknown transcript,
#: SPEG neighbor, MARCO like, X-Y readthrough)
_PLACEHOLDER = re.compile(
    r"\b(?:unknown|uncharacterized|putative|hypothetical|novel|readthrough|pseudogene|antisense"
    r"|divergent|open reading frame)\b|\b(?:like|transcript|neighbor)$"
)


def _load_genes() -> _Genes:
    symbols: dict[str, str] = {}  # form -> identifier, "" when several genes have it
    aliases: dict[str, str] = {}
    names: dict[str, str] = {}
    written: list[str] = []
    norms: dict[str, str] = {}
    for _gene_id, symbol, kind, name in _iter_rows("genes"):
        norm = norms.get(symbol)
        if norm is None:
            norm = norms[symbol] = GENE_PREFIX + symbol
        if kind == "name":
            if _atoms_ok(name):
                key = name_key(name)
                if len(key) >= 5 and not _PLACEHOLDER.search(key):
                    names[key] = norm if names.get(key, norm) == norm else ""
                    written.append(name)
            continue
        if not symbol_shape(name) or not _atoms_ok(name):
            continue
        table = symbols if kind == "symbol" else aliases
        table[name] = norm if table.get(name, norm) == norm else ""
    exact: dict[str, str] = {}
    marked: dict[str, str] = {}
    for form, norm in aliases.items():
        if norm:  # an alias of several genes is no mention (see the module)
            alias = marked.get(norm)
            exact[form] = alias if alias is not None else marked.setdefault(norm, ALIAS + norm)
    exact.update(symbols)  # an official symbol wins over another gene's alias
    del symbols, aliases, marked
    folded: dict[str, str] = {}  # forms with small letters; capitals are tried as capitals
    for form, norm in exact.items():
        if form != form.upper():
            norm = norm[len(ALIAS) :] if norm.startswith(ALIAS) else norm
            norm = norms.get(norm[len(GENE_PREFIX) :], norm)
            key = loose(form)
            folded[key] = norm if folded.get(key, norm) == norm else ""
    names = {k: v for k, v in names.items() if v}
    enzymes = frozenset(w for w in (k.rsplit(" ", 1)[-1] for k in names) if w.endswith("ase"))
    return _Genes(
        exact, folded, names, _pieces(exact), _pieces(written, loose), _pairs(written), enzymes
    )


@dataclass(slots=True)
class _Chemicals:
    #: MeSH name (:func:`name_key`) -> identifier
    names: dict[str, str]
    #: MeSH names written in capitals (abbreviations), as written -> identifier
    exact: dict[str, str]
    #: loose first word piece -> most pieces of a name starting with it
    pieces: dict[str, int]
    #: the first two word pieces of the names (:func:`_pairs`)
    pairs: frozenset[str]


def _load_chemicals() -> _Chemicals:
    names: dict[str, str] = {}
    exact: dict[str, str] = {}
    written: list[str] = []

    def add(mesh: str, name: str, abbreviations: bool) -> None:
        if not _atoms_ok(name) or _plural_class(name):
            return
        if name.upper() == name:
            if abbreviations:
                exact[name] = mesh if exact.get(name, mesh) == mesh else ""
                written.append(name)
            return
        key = name_key(name)
        names[key] = mesh if names.get(key, mesh) == mesh else ""
        written.append(name)

    chemicals = set()  # descriptors of one substance, not of a class (Antioxidants)
    for mesh, mesh_name, mapped, mapped_name in _iter_rows("mesh"):
        if mapped.startswith("chebi:") and not _plural_class(mesh_name):
            chemicals.add(mesh)
            add(mesh, mesh_name, True)
            if name_key(mesh_name) in name_key(mapped_name):  # alpha-mangostin for mangostin
                add(mesh, mapped_name, False)  # ChEBI's name of it, holding the MeSH name
    if _has_table("mesh_names"):  # their entry terms (Streptozotocin for Streptozocin)
        for mesh, name, _kind in _iter_rows("mesh_names"):
            if mesh in chemicals:
                add(mesh, name, False)  # an entry term in capitals is an acronym: left out
    names = {k: v for k, v in names.items() if v}
    exact = {k: v for k, v in exact.items() if v}
    return _Chemicals(names, exact, _pieces(written, loose), _pairs(written))


@dataclass(slots=True)
class _Diseases:
    #: MeSH disease name (:func:`name_key`) -> identifier
    names: dict[str, str]
    #: loose first word piece -> most pieces of a name starting with it
    pieces: dict[str, int]
    #: the first two word pieces of the names (:func:`_pairs`)
    pairs: frozenset[str]


def _load_diseases() -> _Diseases:
    names: dict[str, str] = {}
    written: list[str] = []
    for mesh, name, _kind, _categories in _iter_rows("diseases"):
        if not _atoms_ok(name) or name.upper() == name:  # acronyms left out
            continue
        key = name_key(name)
        for form in dict.fromkeys((key, _singular(key))):
            names[form] = mesh if names.get(form, mesh) == mesh else ""
        written.append(name)
    names = {k: v for k, v in names.items() if v}
    return _Diseases(names, _pieces(written, loose), _pairs(written))


def _load_cells() -> _Diseases:
    """The MeSH cell types, in the shape of the disease lookup (names, pieces, pairs)."""
    names: dict[str, str] = {}
    written: list[str] = []
    for mesh, name, _kind, _categories in _iter_rows("cell_types"):
        if not _atoms_ok(name) or name.upper() == name:  # acronyms, inverted forms left out
            continue
        key = name_key(name)
        names[key] = mesh if names.get(key, mesh) == mesh else ""
        written.append(name)
    names = {k: v for k, v in names.items() if v}
    return _Diseases(names, _pieces(written, loose), _pairs(written))


def _singular(key: str) -> str:
    """A name key with its plural last word in the singular (hip fractures -> hip fracture)."""
    if " " not in key or not key.endswith("s") or key.endswith(("ss", "us", "is", "ys", "os")):
        return key
    return key[:-3] + "y" if key.endswith("ies") else key[:-1]


def _has_table(name: str) -> bool:
    return resources.files("puerextract.data").joinpath("knowledge", f"{name}.tsv.gz").is_file()


def _plural_class(name: str) -> bool:
    """A MeSH name in the plural names a class (Flavonoids, Glucocorticoids, Saponins)."""
    last = name.split()[-1].lower()
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "ys", "os"))


@dataclass(slots=True)
class _Taxa:
    #: genus -> "\\nepithet[ rest]\\tnumber\\n..." (species and below, one string a genus)
    blocks: dict[str, str]
    #: plant and fungus genus -> identifier
    genera: dict[str, str]
    #: plant and fungus species common name (lower case) -> identifier
    common: dict[str, str]

    def binomial(self, genus: str, rest: str) -> str | None:
        """The identifier of ``genus rest`` (``Plantago`` ``asiatica``), or None."""
        block = self.blocks.get(genus)
        if block is None:
            return None
        i = block.find("\n" + rest + "\t")
        if i < 0:
            return None
        j = i + len(rest) + 2
        return "ncbitaxon:" + block[j : block.index("\n", j)]


_SCIENTIFIC = re.compile(
    r"([A-Z][a-z]{2,}) ([a-z][a-z\-]{2,}(?: (?:(?:var\.|subsp\.|f\.) )?[a-z][a-z\-]{2,})?)"
)


#: the clades whose genera and common names count after a source cue (animals never do)
_PLANTS = frozenset({"Viridiplantae", "Fungi"})


def _load_taxa() -> _Taxa:
    groups: dict[str, list[str]] = {}
    genera: dict[str, str] = {}
    common: dict[str, str] = {}
    scientific_name = _SCIENTIFIC.fullmatch
    for taxon, rank, clade, scientific, common_name in _iter_rows("taxa"):
        plant = clade in _PLANTS
        if rank == "genus":
            if plant and scientific.isalpha():
                genera[scientific] = taxon
            continue
        m = scientific_name(scientific)
        if m is not None:
            genus, rest = m.groups()
            rows = groups.get(genus)
            if rows is None:
                groups[genus] = [f"{rest}\t{taxon[10:]}"]
            else:
                rows.append(f"{rest}\t{taxon[10:]}")
        if common_name and plant and rank == "species" and common_name.islower():
            common[common_name] = taxon if common.get(common_name, taxon) == taxon else ""
    blocks = {g: "\n" + "\n".join(rows) + "\n" for g, rows in groups.items()}
    return _Taxa(blocks, genera, {k: v for k, v in common.items() if v})


_NOTHING = (0, 0, 0, 0, 0)


@dataclass(slots=True)
class _Pubchem:
    #: folded name (:func:`puerextract.knowledge.fold`) of one compound -> ``pubchem:CID``
    names: dict[str, str]


#: longest PubChem name kept for identifying mentions (systematic names are never written)
_PUBCHEM_LONGEST = 40


#: a name a paper writes in running text: no brackets, commas or colons, four words at most
_WRITTEN_NAME = re.compile(r"[^\[\](){},;:\s]+(?: [^\[\](){},;:\s]+){0,3}")


def _load_pubchem() -> _Pubchem:
    from .knowledge import fold

    names: dict[str, str] = {}
    for cid, name, *_ in _iter_rows("pubchem"):
        if len(name) <= _PUBCHEM_LONGEST and _WRITTEN_NAME.fullmatch(name):
            key = fold(name)
            names[key] = cid if names.get(key, cid) == cid else ""
    return _Pubchem({k: v for k, v in names.items() if v})


class TableIndex:
    """The knowledge tables as lookups, built once per process (:func:`table_index`); the
    taxa, the largest table, are read when a text first holds a Latin binomial shape. Each
    lookup is kept on disk once built (:func:`_cached`), so a new process reads it in a tenth
    of the time of building it from the tables."""

    def __init__(self) -> None:
        self.genes = _Genes(*_cached("genes", _load_genes))
        self.chemicals = _Chemicals(*_cached("mesh", _load_chemicals, ("mesh_names",)))
        self.diseases = (
            _Diseases(*_cached("diseases", _load_diseases))
            if _has_table("diseases")
            else _Diseases({}, {}, frozenset())
        )
        self.cells = (
            _Diseases(*_cached("cell_types", _load_cells))
            if _has_table("cell_types")
            else _Diseases({}, {}, frozenset())
        )
        self._taxa: _Taxa | None = None
        self._pubchem: _Pubchem | None = None
        #: word piece -> :meth:`starts` (a memo: most words recur from paper to paper)
        self.memo: dict[str, tuple[int, int, int, int]] = {}

    def starts(self, word: str) -> tuple[int, int, int, int, int]:
        """Most word pieces of a gene's full name, of a gene symbol or alias, of a chemical
        name, of a disease name and of a cell type that may start with the word piece ``word``
        (0: none)."""
        key = loose(word)
        names, symbols = self.genes.starts(word, key)
        chems, ills, cells = self.chemicals, self.diseases, self.cells
        chemicals = chems.pieces.get(key) or (1 if key in chems.names or word in chems.exact else 0)
        diseases = ills.pieces.get(key) or (1 if key in ills.names else 0)
        cell_types = cells.pieces.get(key) or (1 if key in cells.names else 0)
        hit = (names, symbols, chemicals, diseases, cell_types)
        return _NOTHING if hit == _NOTHING else hit

    @property
    def pubchem(self) -> _Pubchem:
        """PubChem names, read when a compound first needs an identifier."""
        if self._pubchem is None:
            found = _has_table("pubchem")
            self._pubchem = _Pubchem(*_cached("pubchem", _load_pubchem)) if found else _Pubchem({})
        return self._pubchem

    @property
    def taxa(self) -> _Taxa:
        if self._taxa is None:
            self._taxa = _Taxa(*_cached("taxa", _load_taxa))
        return self._taxa


def compound_id(name: str) -> str | None:
    """``pubchem:CID`` of the one PubChem compound with this name (any case), else None."""
    from .knowledge import fold

    if len(name) > _PUBCHEM_LONGEST:
        return None
    return table_index().pubchem.names.get(fold(name))


def gene_id(name: str, symbols: bool = True) -> str | None:
    """``hgnc:SYMBOL`` of the one human gene with this full name (any case) or, with
    ``symbols``, this symbol or alias as written (GRP78 -> HSPA5), else None."""
    genes = table_index().genes
    norm = genes.exact.get(name) if symbols else None
    if norm:
        return norm.removeprefix(ALIAS)
    return genes.names.get(name_key(name)) or None


@cache
def table_index() -> TableIndex:
    """The one :class:`TableIndex` of this process."""
    return TableIndex()


def _cached(table: str, build, more: tuple[str, ...] = ()) -> tuple:  # noqa: ANN001 - a loader
    """The fields of ``build()`` (a dataclass of dicts and strings), from the disk cache of
    :mod:`puerextract.validated` when this code built them from the same table bytes before,
    else built and stored there (best effort: a cache that cannot be read or written is not
    used). The key holds the table's bytes, this module's source and the Python version
    (marshal's format); ``more`` names further tables the build reads when they are present."""
    import hashlib
    import marshal
    import os
    import sys
    from pathlib import Path

    from .validated import cache_dir, prune, used

    digest = hashlib.sha256()
    for name in (table, *more):  # the tables read (``more``: when present)
        if name == table or _has_table(name):
            digest.update(name.encode() + _table_bytes(name))
    digest.update(Path(__file__).read_bytes())
    digest.update(f"{sys.version_info[:2]} {marshal.version}".encode())
    path = cache_dir() / f"tables-{table}-{digest.hexdigest()[:32]}.marshal"
    try:
        fields = marshal.loads(path.read_bytes())
        used(path)
        return fields
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    fields = tuple(getattr(value, f) for f in value.__slots__)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(fields))
        os.replace(tmp, path)
        prune(f"tables-{table}-", ".marshal", keep=6)  # earlier builds (code, Python versions)
    except OSError:
        pass
    return fields


# ----------------------------------------------------------------------------- word lists


def _organ_words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    body = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<![A-Za-z\-])(?:(?:{body})[ \t]+){{1,3}}$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TableWords:
    """The ``tag_words.tsv`` roles the table families read."""

    gene_stop: frozenset[str]
    gene_cue: frozenset[str]
    gene_cue_zh: tuple[str, ...]
    chemical_stop: frozenset[str]
    disease_stop: frozenset[str]
    cell_stop: frozenset[str]
    #: up to three ``cell_organ_word_en`` words ending right before a cell type
    cell_organ: re.Pattern[str] | None
    taxon_cue: re.Pattern[str] | None
    #: right after a cell line's name: cells, cell line, 细胞 (SK-BR-3 cells)
    cell_line_cue: re.Pattern[str] | None
    #: words that end a plant's common name read back from its binomial (in, of, herb)
    common_stop: frozenset[str]
    #: English words shaped like an epithet (versus, genus): no binomial with an unknown one
    epithet_stop: frozenset[str]
    elements: frozenset[str]
    #: a compound_not_before or class word (X receptor, an isoquinoline alkaloid), lower case
    not_before: re.Pattern[str] | None

    @classmethod
    def of(cls, rules) -> TableWords:  # noqa: ANN001 - a RuleSet
        def w(role: str) -> tuple[str, ...]:
            return tuple(getattr(rules, "words_of", lambda r: ())(role))

        cues = w("table_gene_cue")
        sources = sorted(w("table_taxon_cue"), key=len, reverse=True)
        return cls(
            gene_stop=frozenset(x.casefold() for x in w("table_gene_stop")),
            gene_cue=frozenset(x.casefold() for x in cues if not _HAN.search(x)),
            gene_cue_zh=tuple(x for x in cues if _HAN.search(x)),
            chemical_stop=frozenset(
                name_key(x) for x in w("table_chemical_stop") + w("compound_class_word")
            ),
            disease_stop=frozenset(name_key(x) for x in w("table_disease_stop")),
            cell_stop=frozenset(name_key(x) for x in w("table_cell_stop")),
            cell_organ=_organ_words(w("cell_organ_word_en")),
            taxon_cue=re.compile(
                r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, sources)) + r")[ \t]+"
            )
            if sources
            else None,
            common_stop=frozenset(x.casefold() for x in w("taxon_common_stop")),
            epithet_stop=frozenset(x.casefold() for x in w("epithet_stop")),
            cell_line_cue=_cue_after(w("cell_line_cue")),
            elements=frozenset(name_key(x) for x in w("element")),
            not_before=_alternatives(
                [x for x in w("compound_not_before") if x[0] != "-"]
                + list(w("compound_class_word"))
            ),
        )


def _cue_after(found: tuple[str, ...]) -> re.Pattern[str] | None:
    """One of the words right after a name: a space or none between."""
    if not found:
        return None
    alt = "|".join(re.escape(x) for x in sorted(found, key=len, reverse=True))
    return re.compile(rf"[ \t]?(?:{alt})(?![A-Za-z])", re.IGNORECASE)


def _alternatives(found: list[str]) -> re.Pattern[str] | None:
    """One of the words, lower case, as a whole word at the start of a text."""
    if not found:
        return None
    ordered = sorted({x.casefold() for x in found}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ordered)) + ")(?![a-z])")


_WORDS: dict[int, tuple[object, TableWords]] = {}


def _words(rules) -> TableWords:  # noqa: ANN001 - a RuleSet
    hit = _WORDS.get(id(rules))
    if hit is not None and hit[0] is rules:
        return hit[1]
    words = TableWords.of(rules)
    if len(_WORDS) > 8:
        _WORDS.clear()
    _WORDS[id(rules)] = (rules, words)
    return words


# ----------------------------------------------------------------------------- candidates


def table_candidates(text: str, mentions: list[Candidate], rules) -> list[Candidate]:  # noqa: ANN001
    """Gene, organism and chemical candidates from the knowledge tables for ``text`` (the
    tagger's width-folded text); none crosses, equals or sits inside one of ``mentions`` (the
    lexicon and shape mentions), though one may hold a mention."""
    if not _LATIN_WORD.search(text):
        return []
    index = table_index()
    words = _words(rules)
    atoms = [m.span() for m in _ATOM.finditer(text)]
    out = _word_candidates(text, atoms, mentions, index, words)
    out += _taxon_candidates(text, mentions, index, words)
    lines = _cell_line_candidates(text, words.cell_line_cue)
    spans = {(c.start, c.end) for c in lines}  # Huh7 cells: the line, not a gene's alias
    out = [c for c in out if (c.start, c.end) not in spans] + lines
    return _free(out, mentions, index)


def gene_shaped_lines(
    text: str,
    shapes: list[Candidate],
    rules,  # noqa: ANN001 - a RuleSet
    cued: Callable[[str], bool] = lambda code: False,
) -> list[Candidate]:
    """Shape CELL_LINE codes that are a gene's symbol or alias (MCL-1, PAI-1) and stand next
    to no cell-line cue anywhere in the paper (HK-2 cells, the cell line HK-2) are genes: GENE
    with the table's identifier. ``cued(code)``: whether a cell-line cue word stands before
    some use of the code (the cell line HK-2, 细胞株 TM3)."""
    codes = {c.text for c in shapes if c.type == "CELL_LINE" and c.norm is None}
    if not codes:
        return shapes
    genes, cue = table_index().genes, _words(rules).cell_line_cue
    norms = {code: _gene_code(code, genes, text, cue) for code in codes}  # once per code
    norms = {code: n and (None if cued(code) else n) for code, n in norms.items()}
    return [
        replace(c, type="GENE", norm=norms[c.text])
        if c.type == "CELL_LINE" and c.norm is None and norms[c.text]
        else c
        for c in shapes
    ]


def line_shaped_genes(text: str, shapes: list[Candidate], rules) -> list[Candidate]:  # noqa: ANN001
    """Shape GENE codes that are a Cellosaurus line cued as cells in the paper (HepG2, Huh7
    and SMMC-7721 cells) are that line: CELL_LINE with its identifier."""
    names, cue = _cell_lines(), _words(rules).cell_line_cue
    if cue is None:
        return shapes
    lines = {code for _, _, code in _cued_lines(text, cue)}
    return [
        replace(c, type="CELL_LINE", norm=names[c.text])
        if c.type == "GENE" and c.norm is None and c.text in lines
        else c
        for c in shapes
    ]


def _gene_code(code: str, genes: _Genes, text: str, cue: re.Pattern[str] | None) -> str | None:
    """The identifier of the gene a shape code names, if no cell-line cue follows it (or the
    list it opens) anywhere."""
    norm = genes.exact.get(code) or genes.other_case(code)
    if not norm:
        return None
    if cue is not None and any(
        _cued_list(text, m.end(), cue) for m in re.finditer(re.escape(code), text)
    ):
        return None  # Huh7 cells, Huh7 and HepG2 cells: a line
    return norm.removeprefix(ALIAS)


@cache
def _cell_lines() -> dict[str, str]:
    """Cellosaurus names shaped as codes -> identifier: with a digit (4 characters at least,
    RAW264.7) or with two capitals or more (3 characters at least: B-CPAP, AGS, HaCaT); a
    name with a digit also without its hyphens (Huh-7 as Huh7), where no line is so named."""
    names: dict[str, str] = {}
    for row in _iter_rows("cellosaurus"):
        name = row[1] if len(row) > 1 else ""
        digit = any(c.isdigit() for c in name)
        capitals = sum(c.isupper() for c in name) >= 2
        if (len(name) >= 4 and digit or len(name) >= 3 and capitals) and _CODE_TOKEN.fullmatch(
            name
        ):
            names.setdefault(name, row[0])
    for name, ident in list(names.items()):  # written without its hyphens: Huh7, Hep3B
        bare = name.replace("-", "")
        if bare != name and len(bare) >= 4 and any(c.isdigit() for c in bare):
            names.setdefault(bare, ident)
    return names


#: a cell line's code as a token: letters, digits, inner hyphens and dots (MDA-MB-231, RAW264.7)
_CODE_TOKEN = re.compile(
    r"(?<![A-Za-z0-9\-])[A-Za-z0-9](?:[A-Za-z0-9\-.]*[A-Za-z0-9])?(?![A-Za-z0-9])"
)


def _cell_line_candidates(text: str, cue: re.Pattern[str] | None) -> list[Candidate]:
    """``table-cell-line``: the Cellosaurus names cued once as cells, at every use; not a name
    the paper defines as the initials of its own words (human lens epithelial (HLE) cells)."""
    names = _cell_lines()
    spaced = [
        Candidate(m.start(), m.end(), "CELL_LINE", names[code], "table-cell-line", m.group())
        for m, code in _spaced_lines(text, cue, names)
    ]
    return [
        Candidate(s, e, "CELL_LINE", names[code], "table-cell-line", code)
        for s, e, code in _cued_lines(text, cue)
    ] + spaced


#: a line's name with a space before its digits, as PDF text sets it (HepG 2 cells, MCF 7)
_SPACED_CODE = re.compile(
    r"(?<![A-Za-z0-9\-])([A-Za-z][A-Za-z\-]*[A-Za-z])[ \t]([0-9]{1,4}[A-Za-z]?)(?![A-Za-z0-9])"
)


def _spaced_lines(
    text: str, cue: re.Pattern[str] | None, names: dict[str, str]
) -> list[tuple[re.Match[str], str]]:
    """(match, name) for each line's name written with a space before its digits and cued as
    cells right after it (HepG 2 cells): the name without the space is a Cellosaurus line."""
    if cue is None:
        return []
    out = []
    for m in _SPACED_CODE.finditer(text):
        code = m.group(1) + m.group(2)
        if code in names and cue.match(text, m.end()):
            out.append((m, code))
    return out


@lru_cache(maxsize=2)
def _cued_lines(text: str, cue: re.Pattern[str] | None) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each use of a cued Cellosaurus name: found once per text, for the
    shape codes (:func:`line_shaped_genes`) and the table candidates alike."""
    names = _cell_lines()
    if not names or cue is None:
        return ()
    found = [m for m in _CODE_TOKEN.finditer(text) if m.group() in names]
    genes = table_index().genes
    cued = {
        m.group() for m in found if _cued_list(text, m.end(), cue) or _cued_before(text, m, genes)
    }
    cued = {c for c in cued if not _defined_initials(text, c)}
    return tuple((m.start(), m.end(), m.group()) for m in found if m.group() in cued)


def _cued_list(text: str, end: int, cue: re.Pattern[str]) -> bool:
    """The cue right after the code ending at ``end``, or after the codes listed after it (AGS,
    MKN-45 and HGC-27 cells)."""
    listed = code_list(text, end)
    at = listed[-1][1] if listed else end
    closed = _CLOSE.match(text, end)  # neuroblastoma (SH-SY5Y) cells: the bracket closed
    return (
        cue.match(text, end) is not None
        or cue.match(text, at) is not None
        or (closed is not None and cue.match(text, closed.end()) is not None)
    )


_CLOSE = re.compile(r"[ \t]*[)）]")


#: a cell-line word before a code or the list it stands in (two NSCLC cell lines, A549 and
#: 95D; the cell line HK-2; 细胞株 A549)
_LINE_CUE_BEFORE = re.compile(
    r"(?:\bcell\s+lines?\b|细胞株|细胞系)\s*[,:：，]?\s*(?:(?:including|such\s+as|namely)\s+)?"
    r"(?:[A-Za-z0-9][\w\-.]*\s*(?:,|\band\b|\bor\b|和|、)\s*){0,3}$",
    re.IGNORECASE,
)


def _cued_before(text: str, m: re.Match[str], genes: _Genes) -> bool:
    """A cell-line word before a code that names no gene (two cell lines, A549 and H1299; not
    "in the two cell lines, HK2 and LDHA were …": HK2 is a gene's symbol)."""
    if genes.exact.get(m.group()) or genes.other_case(m.group()):
        return False
    return _LINE_CUE_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None


def _defined_initials(text: str, code: str) -> bool:
    """Whether the paper defines a letters-only ``code`` as the initials of the words before
    it in parentheses (human lens epithelial (HLE) cells); HL-60, HaCaT: never."""
    if not code.isalpha() or not code.isupper():
        return False
    for m in re.finditer(rf"[（(][ \t]*{re.escape(code)}[ \t]*[)）]", text):
        words = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 80) : m.start()])[-len(code) :]
        if "".join(w[0] for w in words).upper() == code:
            return True
    return False


class _Keys:
    """The loose form of each word piece (its name key), made when first asked for."""

    __slots__ = ("text", "atoms", "cache")

    def __init__(self, text: str, atoms: list[tuple[int, int]]) -> None:
        self.text, self.atoms, self.cache = text, atoms, {}

    def __getitem__(self, j: int) -> str:
        key = self.cache.get(j)
        if key is None:
            s, e = self.atoms[j]
            key = self.cache[j] = loose(self.text[s:e])
        return key


def _free(cands: list[Candidate], mentions: list[Candidate], index: TableIndex) -> list[Candidate]:
    """Candidates that neither cross, equal nor sit inside a mention. A shape mention of the
    same span and type without an identifier takes the table's (tunicamycin, -mycin; ATF6):
    for a gene only an official symbol's."""
    if not cands or not mentions:
        return cands
    taken = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in taken]
    out = []
    for c in cands:
        lo, k = bisect_left(starts, c.start), bisect_left(starts, c.end)
        inside = all(m.end <= c.end for m in taken[lo:k])  # mentions starting within c
        before = lo > 0 and max(m.end for m in taken[max(0, lo - 8) : lo]) > c.start
        same = [m for m in taken[lo:k] if (m.start, m.end) == (c.start, c.end)]
        if same:
            _lend_identifier(same[0], c, index)
        elif inside and not before:
            out.append(c)
    return out


def _lend_identifier(m: Candidate, c: Candidate, index: TableIndex) -> None:
    if m.norm is not None or m.source != "shape" or m.type != c.type or c.norm is None:
        return
    if c.type == "GENE" and index.genes.exact.get(c.text) != c.norm:
        return  # an alias or a name in another case: the shape rule's family word may differ
    m.norm = c.norm


def _ends(text: str, atoms: list[tuple[int, int]], i: int, most: int) -> Iterator[int]:
    """End offsets of the names of 1..``most`` word pieces starting at piece ``i`` (pieces
    joined by one space, hyphen or slash)."""
    yield atoms[i][1]
    for j in range(i + 1, min(len(atoms), i + most)):
        if atoms[j][0] - atoms[j - 1][1] != 1 or text[atoms[j - 1][1]] not in _JOIN:
            return
        yield atoms[j][1]


def _name_keys(text: str, atoms, keys, i: int, most: int, pairs=()) -> Iterator[tuple[int, str]]:  # noqa: ANN001
    """``(end, name key)`` of the names of 1..``most`` word pieces starting at piece ``i``:
    :func:`name_key` of each, built piece by piece; none past two pieces that no name of
    ``pairs`` starts with."""
    key = keys[i]
    yield atoms[i][1], key
    for j in range(i + 1, min(len(atoms), i + most)):
        join = text[atoms[j - 1][1]]
        if atoms[j][0] - atoms[j - 1][1] != 1 or join not in _JOIN:
            return
        key = f"{key}{'/' if join == '/' else ' '}{keys[j]}"
        if j == i + 1 and pairs and key not in pairs:
            return
        yield atoms[j][1], key


def _bounded(text: str, s: int, e: int) -> bool:
    """Latin word boundaries: nothing alphanumeric (nor a hyphen after one, nor a lone letter
    and a slash) before the name; after it nothing alphanumeric, nor a hyphen + digit or
    capital (CCK-8, SD-1), nor a slash + digit (ERK1/2)."""
    if s > 0:
        before = text[s - 1]
        if _latin_alnum(before) or (before == "-" and s > 1 and _latin_alnum(text[s - 2])):
            return False
        if before == "/" and s > 1 and text[s - 2].isalpha() and not text[s - 3 : s - 2].isalnum():
            return False  # a lone letter and a slash start another name (C/EBP)
    if e < len(text):
        after = text[e]
        if _latin_alnum(after):
            return False
        nxt = text[e + 1 : e + 2]
        if (after == "-" and nxt and (nxt.isdigit() or nxt.isupper())) or (
            after == "/" and nxt.isdigit()
        ):
            return False  # CCK-8, SD-1, ERK1/2; a slash and a name starts a pair (X/NLRP3)
    return True


def _latin_alnum(c: str) -> bool:
    """A letter or digit that continues a Latin name (a Han character does not: 上调CXCR4轴)."""
    return c.isalnum() and not _HAN.match(c)


def _capitals_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in capitals (an English title or heading in capitals: 4 words at least, 9
    in 10 without a small letter, no Han character): no symbols there. A Chinese line or a
    list of symbols (Key words: MAP kinase; CAT; mTOR) is none."""
    out = []
    pos = 0
    for line in text.split("\n"):
        found = _LATIN_WORD.findall(line)
        if (
            len(found) >= 4
            and sum(w.isupper() for w in found) >= 0.9 * len(found)
            and not _HAN.search(line)
        ):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _word_candidates(text, atoms, mentions, index: TableIndex, words: TableWords):  # noqa: ANN001
    """Genes (full names, then symbols and aliases) and chemicals starting at each word piece.
    A memo of what may start at a word piece (:meth:`TableIndex.starts`) lets most pieces go by
    with one lookup."""
    genes = index.genes
    keys = _Keys(text, atoms)
    memo = index.memo
    page: tuple | None = None  # the paper's capitals lines and definitions, when first needed
    gene_ends: dict[int, Candidate] | None = None
    gene_starts: dict[int, Candidate] = {}
    out: list[Candidate] = []
    for i, (s, end) in enumerate(atoms):
        word = text[s:end]
        hit = memo.get(word)
        if hit is None:
            hit = index.starts(word)
            if len(memo) < 200_000:
                memo[word] = hit
        if hit is _NOTHING:  # the usual case: nothing starts with this word piece
            continue
        if (len(word) <= 2 or word.isdigit()) and text[end : end + 1] not in ("-", "/"):
            continue  # a number or a short piece starts a name only joined: 2-deoxy, c-Fos
        names, symbols, chemicals, diseases, cell_types = hit
        best: Candidate | None = None
        for e, name in _name_keys(text, atoms, keys, i, names, genes.name_pairs) if names else ():
            norm = genes.names.get(name)  # full names, in any case
            if norm and _bounded(text, s, e) and _name_ok(text[s:e], words):
                best = Candidate(s, e, "GENE", norm, "table-gene", text[s:e])
        if best is None and symbols:
            if page is None:
                page = (_capitals_lines(text), _defined_otherwise(text, genes, words))
            if not (page[0] and any(a <= s < b for a, b in page[0])):
                if gene_ends is None:  # the gene mentions by end and start, built once
                    gene_ends = {m.end: m for m in mentions if m.type == "GENE"}
                    gene_starts = {m.start: m for m in mentions if m.type == "GENE"}
                near = (gene_ends, gene_starts)
                best = _symbol(text, atoms, i, symbols, near, genes, words, page[1])
        if best is not None:
            out.append(best)
        most = (chemicals, diseases, cell_types)
        out += _other_names(text, atoms, keys, i, most, index, words)
    return out


def _other_names(text, atoms, keys, i, most, index: TableIndex, words) -> list[Candidate]:  # noqa: ANN001
    """The chemical, the disease and the cell type starting at word piece ``i`` (``most``: their
    most pieces)."""
    found = (
        _chemical(text, atoms, keys, i, most[0], index, words) if most[0] else None,
        _disease(text, atoms, keys, i, most[1], index, words) if most[1] else None,
        _cell(text, atoms, keys, i, most[2], index, words) if most[2] else None,
    )
    return [c for c in found if c is not None]


def _symbol(text, atoms, i, most, near, genes: _Genes, words, defined) -> Candidate | None:  # noqa: ANN001
    """The longest symbol or alias starting at word piece ``i`` that passes the guards;
    ``defined``: the abbreviations the paper defines for no gene, and for a gene."""
    vetoed, genes_defined = defined
    best = None
    s = atoms[i][0]
    for e in _ends(text, atoms, i, most):
        span = text[s:e]
        norm = genes.exact.get(span)
        if norm is None and span != span.upper() and symbol_shape(span):
            norm = genes.other_case(span)  # Sirt1, CaSR, c-Src: as an official symbol
        # a fused p- (phosphorylated) stays in the span, and is a cue: p-PERK
        fused_p = text[max(0, s - 2) : s] == "p-" and _bounded(text, s - 2, e)
        start = s - 2 if fused_p else s
        if norm is None or not _bounded(text, start, e):
            continue
        if span.casefold() in words.gene_stop or span in vetoed:
            continue
        if norm.startswith(ALIAS):
            norm = norm[len(ALIAS) :]
            cued = fused_p or span in genes_defined or _gene_cue(text, s, e, near, words)
            if _needs_cue(span) and not cued:
                continue
        best = Candidate(start, e, "GENE", norm or None, "table-gene", text[start:e])
    return best


def _name_ok(span: str, words: TableWords) -> bool:
    """A full name of one word needs 5 letters and no digit (noggin); no stop word."""
    if len(_ATOM.findall(span)) == 1 and (len(span) < 5 or not span.isalpha()):
        return False
    return span.casefold() not in words.gene_stop


def _needs_cue(span: str) -> bool:
    """A letters-only alias of 5 characters or fewer (PERK, CHOP) is an acronym as often as a
    gene: it needs a cue."""
    return len(span) <= 5 and span.isalpha()


_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z\-]*)[ \t]*$")
_WORD_AFTER = re.compile(r"[ \t\-]*([A-Za-z][A-Za-z\-]*)")
_SEP_BEFORE = re.compile(
    r"[ \t]*(?:[,，、/][ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or)[ \t]+|[和及与或])[ \t]*"
)
_SEP_AFTER = re.compile(r"[ \t]*(?:[,，、/]|[ \t](?:and|or)[ \t]|[和及与或])[ \t]*")


def _gene_cue(
    text: str,
    s: int,
    e: int,
    near: tuple[dict[int, Candidate], dict[int, Candidate]],
    words: TableWords,
) -> bool:
    """A cue word right before or after the name (phosphorylated PERK, CHOP immunostaining,
    PERK 蛋白), or a GENE mention beside it in a list (GRP78, CHOP and PERK); ``near``: the
    gene mentions by end and by start."""
    before = _WORD_BEFORE.search(text, max(0, s - 30), s)
    after = _WORD_AFTER.match(text, e, min(len(text), e + 30))
    for m in (before, after):
        if m and m.group(1).strip("-").casefold() in words.gene_cue:
            return True
    tail = text[e : e + 8].lstrip(" \t")
    if any(tail.startswith(w) for w in words.gene_cue_zh):
        return True
    by_end, by_start = near
    for gap in range(9):  # a list separator of at most 8 characters
        if s - gap in by_end and _SEP_BEFORE.fullmatch(text, s - gap, s):
            return True
        if e + gap in by_start and _SEP_AFTER.fullmatch(text, e, e + gap):
            return True
    return False


def _defined_otherwise(text: str, genes: _Genes, words: TableWords) -> tuple[set[str], set[str]]:
    """The symbols and aliases the paper defines as abbreviations of a long form that names no
    gene (bone mineral density (BMD), 骨密度（BMD）: no gene anywhere in this paper), and those
    it defines for a gene (C/EBP homologous protein (CHOP): a cue at every use)."""
    from .abbreviations import long_form_end, paren_abbreviations, schwartz_hearst_long_form

    out: set[str] = set()
    keep: set[str] = set()
    for paren, ss, se in paren_abbreviations(text):
        short = text[ss:se]
        if short not in genes.exact and loose(short) not in genes.folded:
            continue
        k = long_form_end(text, paren)
        start = schwartz_hearst_long_form(text, paren, short)
        if start is not None:
            long = text[start:k]
            gene_like = name_key(long) in genes.names or _ends_with_cue(long, genes, words)
        elif k > 0 and _HAN.match(text[k - 1]):
            gene_like = any(text.endswith(w, 0, k) for w in words.gene_cue_zh)
        else:
            continue
        (keep if gene_like else out).add(short)
    return out - keep, keep


#: a gene name's last word: a protein ending (osteocalcin, aggrecan, osterix), a letter, a number
_GENE_LAST = re.compile(r"[A-Za-z]*(?:ase|in|ins|an|ix|or|ors)|[A-Za-z]|[IVX]+")


def names_a_gene(long: str, rules) -> bool:  # noqa: ANN001 - a RuleSet
    """Whether an English long form may name a gene: a table gene name, a digit or Greek letter
    (glucose-regulated protein 78), or a last word that is a gene word (protein, receptor), an
    enzyme word, a protein ending or a lone letter (cathepsin K). Not: endoplasmic reticulum."""
    if re.search(r"[0-9αβγδεκ]", long):
        return True
    genes = table_index().genes
    if name_key(long) in genes.names:
        return True
    last = re.findall(r"[A-Za-z]+", long)
    return bool(last) and (
        _ends_with_cue(long, genes, _words(rules)) or _GENE_LAST.fullmatch(last[-1]) is not None
    )


def _ends_with_cue(long: str, genes: _Genes, words: TableWords) -> bool:
    """A long form ending in a gene word (protein, receptor) or in an enzyme word of the gene
    table's names (phosphatase, transferase)."""
    found = re.findall(r"[A-Za-z]+", long)
    return bool(found) and (
        found[-1].casefold() in words.gene_cue or found[-1].casefold() in genes.enzymes
    )


def _chemical(text, atoms, keys, i, most, index: TableIndex, words) -> Candidate | None:  # noqa: ANN001
    """The longest MeSH chemical name starting at word piece ``i`` that passes the guards."""
    chems = index.chemicals
    s, end = atoms[i]
    best = None
    for e, key in _name_keys(text, atoms, keys, i, most, chems.pairs):
        span = text[s:e]
        norm = chems.names.get(key) if span != span.upper() else None
        if norm is None:
            norm = chems.exact.get(span)
        elif e == end and (len(span) < 5 or not span.isalpha()):
            continue  # a one-word name needs 5 letters
        if norm and _bounded(text, s, e) and _chemical_ok(text, span, key, e, index, words):
            best = Candidate(s, e, "COMPOUND", norm, "table-chemical", span)
    return best


#: a disease name that only says where cells come from (chondrosarcoma SW1353 cells)
_CELLS_AFTER = re.compile(r"[ \t]+(?:[A-Za-z0-9.\-]+[ \t]+)?cell(?:s|[ \t]+lines?)?(?![A-Za-z])")


def _disease(text, atoms, keys, i, most, index: TableIndex, words) -> Candidate | None:  # noqa: ANN001
    """The longest MeSH disease name starting at word piece ``i`` that passes the guards."""
    found = _mesh_name(text, (atoms, keys, i, most), index.diseases, words.disease_stop, index)
    if found is None or _CELLS_AFTER.match(text, found[1]):
        return None
    s, e, norm = found
    return Candidate(s, e, "DISEASE", norm, "table-disease", text[s:e])


def _cell(text, atoms, keys, i, most, index: TableIndex, words) -> Candidate | None:  # noqa: ANN001
    """The longest MeSH cell type starting at word piece ``i`` that passes the guards, with the
    organ words before it."""
    found = _mesh_name(text, (atoms, keys, i, most), index.cells, words.cell_stop, index)
    if found is None:
        return None
    s, e, norm = found
    start = _organ_start(text, s, words)
    return Candidate(start, e, "CELL_TYPE", norm, "table-cell", text[start:e])


def _mesh_name(
    text: str, at: tuple, lookup: _Diseases, stop: frozenset[str], index: TableIndex
) -> tuple[int, int, str] | None:
    """(start, end, identifier) of the longest name of ``lookup`` starting at a word piece
    (``at``: atoms, keys, the piece's index, most pieces) in any case but all capitals, one word
    of 5 letters at least, no ``stop`` word nor a gene's name, on Latin word boundaries."""
    atoms, keys, i, most = at
    s, end = atoms[i]
    best = None
    for e, key in _name_keys(text, atoms, keys, i, most, lookup.pairs):
        span = text[s:e]
        norm = lookup.names.get(key) if span != span.upper() else None
        if norm is None or (e == end and (len(span) < 5 or not span.isalpha())):
            continue  # a one-word name needs 5 letters
        if key not in stop and key not in index.genes.names and _bounded(text, s, e):
            best = (s, e, norm)
    return best


def _organ_start(text: str, s: int, words: TableWords) -> int:
    """The start of a cell type's organ words before it (renal tubular epithelial cells,
    vascular smooth muscle cells): ``cell_organ_word_en`` words, up to three."""
    if words.cell_organ is None:
        return s
    m = words.cell_organ.search(text, max(0, s - 60), s)
    return m.start() if m else s


def _chemical_ok(text: str, span: str, key: str, e: int, index: TableIndex, words) -> bool:  # noqa: ANN001
    if key in words.chemical_stop or key in words.elements:
        return False
    if key in index.genes.names or span in index.genes.exact:
        return False  # a protein's name: GENE (guidelines)
    after = text[e : e + 24].lstrip(" \t-").casefold()
    return words.not_before is None or words.not_before.match(after) is None


_BINOMIAL = re.compile(
    r"(?<![A-Za-z0-9\-.])([A-Z][a-z]{2,})[ \t]+([a-z][a-z\-]{2,})(?![A-Za-z0-9])"
    r"(?:[ \t]+(?:(var\.|subsp\.|f\.)[ \t]+)?([a-z][a-z\-]{2,})(?![A-Za-z0-9]))?"
)
#: a Latin species epithet by its ending (pratense, chinensis, lobata, officinale; a person's
#: genitive or a feminine -ra as misspelt: carterri, fortunei, monneira); not an English "-ous"
#: adjective (Glycine continuous)
_LATIN_EPITHET = re.compile(
    r"[a-z\-]{2,}(?:ae|ii|ri|ei|um|(?<!o)us|is|ata|atum|ense|ensis|oides|ica|icum|ana|ina|osa|ella"
    r"|ale|are|ra)"
)
_ABBREVIATED = re.compile(r"(?<![A-Za-z0-9\-.])([A-Z])\.[ \t]?([a-z][a-z\-]{2,})(?![A-Za-z0-9])")
_LEXICON_BINOMIAL = re.compile(r"([A-Z])[a-z]{2,}[ \t]+([a-z][a-z\-]{2,})")


def _taxon_candidates(text: str, mentions, index: TableIndex, words: TableWords):  # noqa: ANN001
    out: list[Candidate] = []
    written: dict[tuple[str, str], tuple[int, str | None]] = {}  # (initial, epithet) -> first
    for m in _BINOMIAL.finditer(text):
        taxa = index.taxa
        genus, epithet, rank, third = m.groups()
        norm, end = None, m.end(2)
        if third:
            norm = taxa.binomial(
                genus, f"{epithet} {rank} {third}" if rank else f"{epithet} {third}"
            )
            end = m.end(4)
        if norm is None:
            norm, end = taxa.binomial(genus, epithet), m.end(2)
        if norm is None and not (
            genus in taxa.genera
            and _LATIN_EPITHET.fullmatch(epithet)
            and epithet not in words.epithet_stop
        ):
            continue  # a known plant genus with an epithet no table holds: the plant, no id
        out.append(
            Candidate(m.start(), end, "ORGANISM", norm, "table-taxon", text[m.start() : end])
        )
        named = any(x.type == "ORGANISM" and x.end <= m.start() <= x.end + 3 for x in mentions)
        if not named:  # rats (Rattus norvegicus): the lexicon's name stands
            out += _common_name(text, (m.start(), end), norm, words.common_stop)
        written.setdefault((genus[0], epithet), (m.start(), taxa.binomial(genus, epithet)))
    for c in mentions:  # a binomial the lexicon holds is written in full too
        b = _LEXICON_BINOMIAL.fullmatch(c.text) if c.type == "ORGANISM" else None
        if b is not None:
            key = (b.group(1), b.group(2))
            if key not in written or written[key][0] > c.start:
                written[key] = (c.start, c.norm)
    for m in _ABBREVIATED.finditer(text) if written else ():
        first = written.get((m.group(1), m.group(2)))
        if first is not None and first[0] < m.start():
            out.append(
                Candidate(m.start(), m.end(), "ORGANISM", first[1], "table-taxon", m.group())
            )
    if words.taxon_cue is not None:
        out += _source_lists(text, mentions, index, words.taxon_cue)
    return out


#: the lower-case words right before a parenthesis
_WORDS_BEFORE = re.compile(
    r"(?<![A-Za-z\-])((?:[a-z][a-z\-]+[ \t]+){0,2}[a-z][a-z\-]+)[ \t]*[(（]$"
)


def _common_name(
    text: str, span: tuple[int, int], norm: str | None, stop: frozenset[str]
) -> list[Candidate]:
    """A plant's common name right before its binomial in parentheses (red clover (Trifolium
    pratense), licorice (Glycyrrhiza uralensis)): the words back to a ``taxon_common_stop``
    word, the same ORGANISM; none when its head is such a word (a medicinal herb (X y))."""
    s, e = span
    if not stop or text[e : e + 1] not in (")", "）"):
        return []
    m = _WORDS_BEFORE.search(text, max(0, s - 40), s)
    if m is None:
        return []
    words = m.group(1).split()
    last_stop = max((i for i, w in enumerate(words) if w.casefold() in stop), default=-1)
    words = words[last_stop + 1 :]
    while words and _QUALIFIER.search(words[0]):
        words = words[1:]  # fermented soybean: the plant is the soybean
    if not words:
        return []
    name = " ".join(words)
    start = m.end(1) - len(name)
    if text[start : m.end(1)] != name:
        return []  # words spaced otherwise than by one space
    return [Candidate(start, m.end(1), "ORGANISM", norm, "table-taxon", name)]


#: a participle or adverb before a common name, no part of it (fermented, dried, freshly)
_QUALIFIER = re.compile(r"^[a-z]{2,}(?:ed|ly)$")
_LIST_NEXT = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_ITEM = re.compile(r"([A-Za-z][a-z\-]+)(?:[ \t]+([a-z][a-z\-]+))?(?:[ \t]+([a-z][a-z\-]+))?")
_PLAIN_ITEM = re.compile(r"[a-z][a-z\-]+(?:[ \t]+[a-z][a-z\-]+){0,2}(?=[ \t]*(?:,|and |or ))")


def _source_lists(text: str, mentions, index: TableIndex, cue: re.Pattern[str]) -> list[Candidate]:  # noqa: ANN001
    """After a source cue (from, present in), a list of plant or fungus sources: genera and
    common names as well as binomials (from Gardenia; present in celery, parsley and X). An
    item the tables do not know is passed over when a list separator follows it; anything
    else ends the list."""
    organisms = {m.start: m.end for m in mentions if m.type == "ORGANISM"}
    out: list[Candidate] = []
    for m in cue.finditer(text):
        pos = m.end()
        while True:
            item = None if pos in organisms else _source_item(text, pos, index.taxa)
            if pos in organisms:
                end = organisms[pos]
            elif item is not None:
                end, norm, binomial = item
                if not binomial:  # binomials are the binomial rule's
                    out.append(Candidate(pos, end, "ORGANISM", norm, "table-taxon", text[pos:end]))
            else:
                plain = _PLAIN_ITEM.match(text, pos)
                if plain is None:
                    break
                end = plain.end()
            sep = _LIST_NEXT.match(text, end)
            if sep is None:
                break
            pos = sep.end()
    return out


def _source_item(text: str, pos: int, taxa: _Taxa) -> tuple[int, str, bool] | None:
    """``(end, identifier, is a binomial)`` of the source named at ``pos``, or None."""
    m = _ITEM.match(text, pos)
    if m is None:
        return None
    w1, w2 = m.group(1), m.group(2)
    if w1[0].isupper():
        norm = taxa.binomial(w1, w2) if w2 else None
        if norm:
            return m.end(2), norm, True
        norm = taxa.genera.get(w1)
        if norm and not w2 and len(w1) >= 5 and _bounded(text, pos, m.end(1)):
            return m.end(1), norm, False  # a genus alone: no word after it (Drynaria fortunei)
        return None
    for k in (3, 2, 1):  # the longest common name (red clover)
        if m.group(k) is None:
            continue
        name = re.sub(r"[ \t]+", " ", text[pos : m.end(k)])
        norm = taxa.common.get(name)
        if norm and len(name) >= 4 and _bounded(text, pos, m.end(k)):
            return m.end(k), norm, False
    return None
