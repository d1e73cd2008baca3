"""One paper through the whole library: ingest -> segment -> extract -> rows for the store.

Plain functions, no Prefect: ``flows/`` maps these over papers. :func:`process_paper` returns
a :class:`PaperResult` (content hash, rules version, document, annotations and the entity /
relation rows that :mod:`puerextract.store` keeps). :func:`write_paper_outputs` writes the
per-paper files atomically; :func:`run_paper` does both plus the store upsert; :func:`run_batch`
and :func:`run_each` run many, each paper with its own outcome.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import PuerextractError
from .inbox import (
    UNREADABLE,
    PlannedPaper,
    content_hash,
    current_rules_version,
    paper_id_of,
    quarantine,
)
from .model import Annotations, Document, PaperResult
from .worker import EXTRACTOR_ENV  # the extractor override, read by the worker too

log = logging.getLogger(__name__)

_warned_no_extractor = False


def extract_function() -> Callable[..., Annotations]:
    """The extractor, imported lazily; an empty extraction if it does not exist in this build."""
    global _warned_no_extractor
    override = os.environ.get(EXTRACTOR_ENV)
    if override:
        import importlib

        module, _, name = override.partition(":")
        try:
            return getattr(importlib.import_module(module), name or "extract_document")
        except (ImportError, AttributeError) as exc:
            raise PuerextractError(f"{EXTRACTOR_ENV}={override}: cannot load ({exc})") from None
    try:
        from .extract import extract_document
    except ImportError as exc:
        if getattr(exc, "name", None) not in ("puerextract.extract", None):
            raise  # the extractor exists but one of its own imports is broken: say so
        if not _warned_no_extractor:
            log.warning(
                "puerextract.extract is not installed in this build: papers get an EMPTY "
                "extraction (no mentions, no relations)"
            )
            _warned_no_extractor = True

        def extract_document(doc: Document, rules_dir=None) -> Annotations:
            return Annotations(name=doc.name, text=doc.text)

    return extract_document


def extract(doc: Document, rules_dir: str | Path | None = None) -> Annotations:
    """Run the extractor over a segmented document."""
    fn = extract_function()
    return fn(doc, rules_dir=Path(rules_dir) if rules_dir else None)


def warm_up(rules_dir: str | Path | None = None, chinese: bool = True) -> None:
    """Load the tokenizers and the extractor once, before papers run in parallel threads.

    First use imports spaCy/jieba and builds the lexicon tokenizer; doing it here keeps that
    cost (and concurrent first imports) out of the per-paper timeout. ``chinese=False`` leaves
    jieba's dictionary to the first Chinese paper (a one-paper English run never loads it).
    """
    from .ingest import ingest_text

    text = "Warm up. 预热。\n" if chinese else "Warm up.\n"
    process_document(ingest_text(text, "warm-up", reflow_lines=False), rules_dir)


def process_document(
    doc: Document, rules_dir: str | Path | None = None, *, path: str | Path = ""
) -> PaperResult:
    """Segment (if needed) and extract one ingested document; hash is of its clean text.

    The built-in extractor segments the document itself, with tokens only where its rules
    need them (a full jieba pass first cost 1.24 x the extraction); another extractor gets
    a segmented document. Python's cyclic garbage collector is paused meanwhile, as
    :func:`puerextract.extract.extract_document` pauses it: resumed before the rows were
    built, it walked the document's objects (all still held) once or twice per paper."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _process_document(doc, rules_dir, path)
    finally:
        if was_enabled:
            gc.enable()


def _process_document(doc: Document, rules_dir: str | Path | None, path: str | Path) -> PaperResult:
    from .segment import segment

    rules = Path(rules_dir) if rules_dir else None
    if not doc.sentences and os.environ.get(EXTRACTOR_ENV):
        segment(doc, rules_dir=rules)
    ann = extract(doc, rules_dir)
    if not doc.sentences:  # an extractor that did not segment (none in this build)
        segment(doc, rules_dir=rules)
    return PaperResult(
        paper_id=doc.name,
        path=str(path or doc.source),
        content_hash="sha256:" + hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        rules_version=current_rules_version(rules_dir),
        document=doc,
        annotations=ann,
        mentions=mention_rows(doc, ann),
        relations=relation_rows(doc, ann),
    )


def process_paper(
    path: str | Path, rules_dir: str | Path | None = None, name: str | None = None
) -> PaperResult:
    """Ingest, segment and extract the paper at ``path`` (named ``name``, default its stem).

    Raises :class:`~puerextract.errors.PuerextractError` (naming the file) for bad input.
    """
    from .ingest import ingest_file

    path = Path(path)
    digest = content_hash(path)
    doc = ingest_file(path)
    if name:
        doc.name = name
    result = process_document(doc, rules_dir, path=path)
    result.content_hash = digest
    return result


def warm_up_worker(rules_dir: str | Path | None = None) -> None:
    """A worker's warm-up: jieba loads (under a lock) for the first Chinese paper."""
    warm_up(rules_dir, chinese=False)


def process_in_worker(
    path: str | Path, rules_dir: str | Path | None, timeout_s: float, name: str | None = None
) -> PaperResult:
    """:func:`process_paper` in this thread's worker process, killed after ``timeout_s``."""
    from .worker import run_in_worker

    return run_in_worker(process_paper, warm_up_worker, path, rules_dir, timeout_s, name)


def _sentence_index(doc: Document) -> Callable[[int], int]:
    starts = [s.start for s in doc.sentences]
    ends = [s.end for s in doc.sentences]

    def index_of(offset: int) -> int:
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < max(ends[i], starts[i] + 1):
            return i
        return -1

    return index_of


def mention_rows(doc: Document, ann: Annotations) -> list[dict[str, Any]]:
    """One dict per entity: paper, sentence index and text, offsets, type, identifier, text."""
    index_of = _sentence_index(doc)
    rows = []
    for e in ann.entities:
        si = index_of(e.start)
        rows.append(
            {
                "paper_id": doc.name,
                "mention_id": e.id,
                "sentence_index": si,
                "sentence": doc.sentences[si].text if si >= 0 else "",
                "start": e.start,
                "end": e.end,
                "type": e.type,
                "identifier": e.norm,
                "text": e.text,
                "note": e.note,
                "source": e.source,
            }
        )
    return rows


def relation_rows(doc: Document, ann: Annotations) -> list[dict[str, Any]]:
    """One dict per relation, with both arguments' id, text, type, identifier and offsets."""
    index_of = _sentence_index(doc)
    by_id = ann.entity_by_id()
    rows = []
    for r in ann.relations:
        a1, a2 = by_id.get(r.arg1), by_id.get(r.arg2)
        if a1 is None or a2 is None:
            raise PuerextractError(
                f"relation {r.id} points to a missing entity ({r.arg1}, {r.arg2})", doc.source
            )
        si = index_of(min(a1.start, a2.start))
        row = {
            "paper_id": doc.name,
            "relation_id": r.id,
            "type": r.type,
            "sentence_index": si,
            "sentence": doc.sentences[si].text if si >= 0 else "",
        }
        for key, e in (("arg1", a1), ("arg2", a2)):
            row.update(
                {
                    f"{key}_id": e.id,
                    f"{key}_text": e.text,
                    f"{key}_type": e.type,
                    f"{key}_identifier": e.norm,
                    f"{key}_start": e.start,
                    f"{key}_end": e.end,
                }
            )
        rows.append(row)
    return rows


def write_paper_outputs(result: PaperResult, out_dir: str | Path) -> list[Path]:
    """Write ``NAME.txt``, ``NAME.ann`` and ``NAME.jsonl`` (see :func:`output.write_paper`)."""
    from .output import write_paper

    return write_paper(result, Path(out_dir))


@dataclass(slots=True)
class PaperOutcome:
    """What happened to one paper in a run: ``processed``, ``skipped`` or ``failed``."""

    paper_id: str
    path: str
    status: str
    mentions: int = 0
    relations: int = 0
    error: str | None = None


def run_paper(
    path: str | Path,
    out_dir: str | Path,
    store_url: str | None = None,
    rules_dir: str | Path | None = None,
    *,
    force: bool = False,
    timeout_s: float | None = None,
) -> PaperOutcome:
    """Process one paper, write its outputs and upsert it in the store (one transaction).

    Skips (``skipped``) when the store already holds this content hash and rules version, so a
    retried or repeated call does no work twice. Bad input raises ``PuerextractError``; an
    extraction longer than ``timeout_s`` raises :class:`TimeoutError` (its worker process is
    killed, nothing written).
    """
    from .store import open_store

    store = open_store(store_url)
    path = Path(os.path.abspath(path))  # the store keys papers by absolute path
    digest = content_hash(path)
    version = current_rules_version(rules_dir)
    if not force and store.is_current(paper_id_of(path), digest, version, str(path)):
        return PaperOutcome(paper_id_of(path), str(path), "skipped")
    if timeout_s:  # in a worker process that is killed at the deadline
        result = process_in_worker(path, rules_dir, timeout_s)
    else:
        result = process_paper(path, rules_dir)
    result.content_hash, result.rules_version = digest, version
    write_paper_outputs(result, out_dir)
    store.upsert_paper(result)
    return PaperOutcome(
        result.paper_id, str(path), "processed", len(result.mentions), len(result.relations)
    )


def failure_message(path: str | Path, exc: BaseException) -> str:
    """One line for a failed paper: the error's own ``file:line: problem`` for bad input, else
    ``PATH: ErrorType: message`` (a bug in the extractor, a timeout)."""
    if isinstance(exc, PuerextractError):
        return exc.message
    detail = " ".join(str(exc).split()) or "(no message)"
    return f"{path}: {type(exc).__name__}: {detail}"


def paper_outcome(
    path: str | Path,
    run: Callable[[], PaperOutcome],
    *,
    reraise_transient: bool = True,
) -> PaperOutcome:
    """``run()`` for one paper; any error but a transient one becomes a ``failed`` outcome
    (bad input, a bug in the extractor, a timeout) that names its type and message.

    Transient errors (:func:`is_transient`: an I/O hiccup, a locked database) propagate when
    ``reraise_transient``, so the caller can retry; papers already stored are then skipped,
    not done twice. Without a retry (the ``extract`` command) they fail the paper too.
    """
    try:
        return run()
    except Exception as exc:  # one paper's failure must not stop the others
        if reraise_transient and is_transient(exc):
            raise
        message = failure_message(path, exc)
        log.warning("failed: %s", message)
        return PaperOutcome(paper_id_of(path), str(path), "failed", error=message)


def run_batch(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    store_url: str | None = None,
    rules_dir: str | Path | None = None,
    *,
    force: bool = False,
    timeout_s: float | None = None,
) -> list[PaperOutcome]:
    """:func:`run_paper` over several papers, each through :func:`paper_outcome`: a paper
    that fails (bad input, any error of the extractor, longer than ``timeout_s``) becomes a
    ``failed`` outcome and every other paper is processed and stored as usual."""
    return run_each(
        paths,
        lambda p: run_paper(p, out_dir, store_url, rules_dir, force=force, timeout_s=timeout_s),
    )


def run_each(
    paths: Iterable[str | Path],
    work: Callable[[Path], PaperOutcome],
    *,
    reraise_transient: bool = True,
) -> list[PaperOutcome]:
    """The per-paper loop of every run: ``work(path)`` for each paper through
    :func:`paper_outcome`, so one paper's failure is that paper's outcome alone."""
    return [
        paper_outcome(p, lambda p=p: work(Path(p)), reraise_transient=reraise_transient)
        for p in paths
    ]


def is_transient(exc: BaseException) -> bool:
    """True for errors worth a retry: I/O hiccups and a busy database, not bad input/timeouts."""
    if isinstance(exc, PuerextractError | TimeoutError):
        return False
    if isinstance(exc, OSError):
        return True
    try:
        from sqlalchemy.exc import OperationalError
    except ImportError:  # pragma: no cover
        return False
    return isinstance(exc, OperationalError)


@dataclass(slots=True)
class RunSummary:
    """Counts and per-paper outcomes of one extraction run."""

    outcomes: list[PaperOutcome] = field(default_factory=list)
    store_url: str = ""
    out_dir: str = ""
    quarantine_dir: str = ""

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def processed(self) -> int:
        return self.count("processed")

    @property
    def skipped(self) -> int:
        return self.count("skipped")

    @property
    def failed(self) -> int:
        return self.count("failed")

    def line(self) -> str:
        """``processed 3, skipped 1, failed 1`` (the log line)."""
        return f"processed {self.processed}, skipped {self.skipped}, failed {self.failed}"

    def markdown(self) -> str:
        """The run summary as a Markdown report (counts, then one row per paper)."""
        out = [
            "# puerextract extraction run",
            "",
            "| processed | skipped | failed |",
            "|---:|---:|---:|",
            f"| {self.processed} | {self.skipped} | {self.failed} |",
            "",
            f"- store: `{self.store_url}`",
            f"- outputs: `{self.out_dir}`",
            f"- quarantine: `{self.quarantine_dir}`",
            "",
            "| paper | status | mentions | relations | error |",
            "|---|---|---:|---:|---|",
        ]
        for o in self.outcomes:
            err = (o.error or "").replace("|", "\\|").replace("\n", " ")
            out.append(f"| {o.paper_id} | {o.status} | {o.mentions} | {o.relations} | {err} |")
        return "\n".join(out) + "\n"

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return {
            "processed": self.processed,
            "skipped": self.skipped,
            "failed": self.failed,
            "store_url": self.store_url,
            "out_dir": self.out_dir,
            "quarantine_dir": self.quarantine_dir,
            "papers": [asdict(o) for o in self.outcomes],
        }


def record_failure(
    paper: PlannedPaper,
    error: str,
    store_url: str | None,
    quarantine_dir: str | Path,
    rules_dir: str | Path | None = None,
) -> PaperOutcome:
    """Record a failed paper in the store with its error and copy it to the quarantine."""
    from .store import open_store

    copied = quarantine(paper.path, quarantine_dir)
    if copied is None:
        error += " (could not be copied to the quarantine)"
    open_store(store_url).record_failure(
        paper.paper_id,
        str(paper.path),
        paper.content_hash or UNREADABLE,
        current_rules_version(rules_dir),
        error,
    )
    return PaperOutcome(paper.paper_id, str(paper.path), "failed", error=error)
