"""Export annotations from an extract folder (brat pairs) or a run's store, as BioC XML,
BioC JSON, PubTator or brat."""

from __future__ import annotations

from pathlib import Path

from .errors import PuerextractError
from .model import Annotations, Entity, Relation

FORMATS = ("bioc-xml", "bioc-json", "pubtator", "brat")


class ExportError(PuerextractError):
    """A source that cannot be exported."""


def is_store(source: str) -> bool:
    """A SQLAlchemy URL or an SQLite file (``.sqlite``/``.db``) rather than a folder."""
    return "://" in source or Path(source).suffix.lower() in (".sqlite", ".db", ".sqlite3")


def load_folder(folder: Path) -> list[Annotations]:
    """Every ``NAME.txt`` + ``NAME.ann`` pair of a folder (an extract ``--out``, a gold set)."""
    from .brat import read_brat
    from .goldcheck import brat_names

    if not folder.is_dir():
        raise ExportError("no such folder", folder)
    return [read_brat(folder / f"{n}.txt", folder / f"{n}.ann") for n in brat_names(folder)]


def load_store(url: str, papers_dir: Path | None = None) -> list[Annotations]:
    """The store's papers, texts from ``papers_dir`` (default: ``papers/`` beside the store)."""
    from .store import open_store, sqlite_path

    if "://" not in url:
        url = f"sqlite:///{Path(url).resolve()}"
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        raise ExportError("no such store", path)
    if papers_dir is None:
        if path is None:
            raise ExportError("give --papers: the folder of the papers' .txt files", url)
        papers_dir = path.parent / "papers"
    store = open_store(url)
    mentions, relations = store.mentions_table(), store.relations_table()
    papers = store.papers_table()
    ids = sorted(papers.loc[papers["status"] == "ok", "id"])
    return [_paper(pid, papers_dir, mentions, relations) for pid in ids]


def _paper(pid: str, papers_dir: Path, mentions, relations) -> Annotations:  # noqa: ANN001
    from .brat import read_text

    txt = papers_dir / f"{pid}.txt"
    if not txt.is_file():
        raise ExportError(f"the text of paper {pid} is missing (looked in {papers_dir})", txt)
    doc = Annotations(pid, read_text(txt))
    for m in mentions[mentions["paper_id"] == pid].itertuples():
        if doc.text[m.start : m.end] != m.text:
            raise ExportError(f"mention {m.mention_id} does not match the text of {pid}", txt)
        doc.entities.append(
            Entity(m.mention_id, m.type, m.start, m.end, m.text, _opt(m.identifier),
                   _opt(m.note), _opt(m.source) or "")
        )  # fmt: skip
    for r in relations[relations["paper_id"] == pid].itertuples():
        doc.relations.append(Relation(r.relation_id, r.type, r.arg1_id, r.arg2_id))
    doc.entities.sort(key=lambda e: (e.start, e.end))
    return doc


def _opt(value: object) -> str | None:
    """A store cell as text, or None for an empty cell (pandas reads NULL as NaN)."""
    return value if isinstance(value, str) and value else None


def write(docs: list[Annotations], fmt: str, out: Path | None) -> list[Path]:
    """Write the documents; ``out`` is a file (a folder for brat), None for stdout."""
    if fmt == "brat":
        from .brat import write_brat

        if out is None:
            raise ExportError("brat needs --out FOLDER")
        return [p for d in docs for p in write_brat(d, out)]
    from .bioc_io import dumps
    from .io_utils import atomic_write_text

    text = dumps(docs, fmt)
    if out is None:
        print(text, end="")
        return []
    atomic_write_text(out, text)
    return [out]
