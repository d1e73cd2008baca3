"""One paper through the whole library: ingest -> segment -> extract -> rows for the store.

Plain functions, no Prefect: ``flows/`` maps these over papers. :func:`process_paper` returns
a :class:`PaperResult` (content hash, rules version, document, annotations and the entity /
relation rows that :mod:`puerextract.store` keeps). :func:`write_paper_outputs` writes the
per-paper files atomically; :func:`run_paper` does both plus the store upsert.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import PuerextractError
from .model import Annotations, Document, PaperResult
from .worker import EXTRACTOR_ENV  # the extractor override, read by the worker too

log = logging.getLogger(__name__)

#: file types the inbox scan picks up.
PAPER_SUFFIXES = (".txt", ".md", ".pdf")
#: content hash recorded for a file that could not be read.
UNREADABLE = "unreadable"
#: rules version recorded when the rules module is not available.
NO_RULES_VERSION = "no-rules"


_warned_no_extractor = False


# ----------------------------------------------------------------------------- hashing, scan


def content_hash(path: str | Path) -> str:
    """``sha256:<hex>`` of the file's bytes (raises :class:`PuerextractError` if unreadable)."""
    try:
        if not stat.S_ISREG(Path(path).stat().st_mode):  # a FIFO would block the read
            raise PuerextractError("not a regular file (a FIFO, socket or device); skipped", path)
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PuerextractError(f"cannot read ({exc.strerror})", path) from None
    return "sha256:" + hashlib.sha256(data).hexdigest()


def paper_id_of(path: str | Path) -> str:
    """The paper id: the file name without its suffix (as ingest names the document)."""
    return Path(path).stem


def unique_paper_ids(paths: list[Path]) -> dict[Path, str]:
    """A paper id per path, unique in the batch: the stem, then stem and suffix where two
    stems meet (x.txt, x.md -> x_txt, x_md), then folder names before it (a/x, b/x -> a_x)."""
    ids = {p: p.stem for p in paths}
    for widen in (_with_suffix, _with_parent):
        clashes = _clashing(ids)
        if not clashes:
            break
        for p in clashes:
            ids[p] = widen(p, ids[p])
    for n, p in enumerate(_clashing(ids), 1):  # the same path named twice
        ids[p] = f"{ids[p]}_{n}"
    return ids


def _clashing(ids: dict[Path, str]) -> list[Path]:
    count: dict[str, int] = {}
    for v in ids.values():
        count[v] = count.get(v, 0) + 1
    return [p for p, v in ids.items() if count[v] > 1]


def _with_suffix(p: Path, current: str) -> str:
    return f"{current}_{p.suffix.lstrip('.').lower()}" if p.suffix else current


def _with_parent(p: Path, current: str) -> str:
    parent = p.resolve().parent.name
    return f"{parent}_{current}" if parent else current


def scan_inbox(inbox: str | Path) -> list[Path]:
    """Papers (.txt .md .pdf) under ``inbox``, sorted; hidden files and ``*.meta.json`` skipped."""
    inbox = Path(inbox)
    if not inbox.is_dir():
        raise PuerextractError("inbox folder does not exist", inbox)
    found = []
    for p in sorted(inbox.rglob("*")):
        rel = p.relative_to(inbox)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if p.suffix.lower() in PAPER_SUFFIXES and (p.is_file() or p.is_symlink()):
            found.append(p)
    return found


def current_rules_version(rules_dir: str | Path | None = None) -> str:
    """:func:`puerextract.rules.rules_version`, or :data:`NO_RULES_VERSION` without rules."""
    try:
        from .rules import rules_version
    except ImportError:
        return NO_RULES_VERSION
    return rules_version(Path(rules_dir) if rules_dir else None)


# ----------------------------------------------------------------------------- extraction


def _extract_function() -> Callable[..., Annotations]:
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
    fn = _extract_function()
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
    a segmented document."""
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


# ----------------------------------------------------------------------------- rows


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
        from bisect import bisect_right

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


# ----------------------------------------------------------------------------- outputs


def write_paper_outputs(result: PaperResult, out_dir: str | Path) -> list[Path]:
    """Write ``NAME.txt``, ``NAME.ann`` and ``NAME.jsonl`` (see :func:`output.write_paper`)."""
    from .output import write_paper

    return write_paper(result, Path(out_dir))


def clean_stale_temp_files(out_dir: str | Path, older_than_s: float = 600.0) -> list[Path]:
    """Remove ``.NAME.*.tmp`` files an interrupted atomic write left in ``out_dir``.

    Only files older than ``older_than_s`` go, so a run in progress keeps its own.
    """
    import time

    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return []
    removed = []
    limit = time.time() - older_than_s
    for p in out_dir.glob(".*.tmp"):
        try:
            if p.stat().st_mtime < limit:
                p.unlink()
                removed.append(p)
        except FileNotFoundError:
            pass
    return removed


def quarantine(path: str | Path, quarantine_dir: str | Path) -> Path | None:
    """Copy a failing paper into ``quarantine_dir`` (atomically); None if it cannot be read."""
    from .io_utils import atomic_write_bytes

    path = Path(path)
    if path.is_symlink() or not path.is_file():
        return None  # a link is never followed into quarantine (it may lead anywhere)
    target = Path(quarantine_dir) / path.name
    try:
        atomic_write_bytes(target, path.read_bytes())
    except OSError:
        try:
            shutil.copyfile(path, target)
        except OSError:
            return None
    return target


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


# ----------------------------------------------------------------------------- run summary


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


@dataclass(slots=True)
class PlannedPaper:
    """A paper found in the inbox, with what the store says about it."""

    path: Path
    paper_id: str
    content_hash: str | None
    action: str  # process | skip | fail
    error: str | None = None


def plan_inbox(
    inbox: str | Path,
    store_url: str | None = None,
    rules_dir: str | Path | None = None,
    *,
    retry_failed: bool = False,
    force: bool = False,
) -> list[PlannedPaper]:
    """Decide per paper: process (new or changed content or rules), skip, or fail at once.

    A paper already stored with the same content hash and rules version is skipped; so is
    one that failed with them, unless ``retry_failed``. An unreadable file or a second file
    with the same paper id fails without being processed.
    """
    from .store import open_store

    store = open_store(store_url)
    version = current_rules_version(rules_dir)
    planned: list[PlannedPaper] = []
    seen: dict[str, Path] = {}
    same: dict[str, Path] = {}  # content hash -> the first path with it
    root = Path(inbox).resolve()
    for path in scan_inbox(inbox):
        path = Path(os.path.abspath(path))
        pid = paper_id_of(path)
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            message = f"{path}: a link out of the inbox; not followed"
            planned.append(PlannedPaper(path, pid, None, "fail", message))
            continue
        if pid in seen:
            planned.append(
                PlannedPaper(
                    path, pid, None, "fail", f"{path}: same paper id as {seen[pid]}; rename one"
                )
            )
            continue
        seen[pid] = path
        try:
            digest = content_hash(path)
        except PuerextractError as exc:
            # an unreadable file that failed before, unreadable, is not reported every run
            seen_before = not force and store.is_current(
                pid, UNREADABLE, version, str(path), include_failed=not retry_failed
            )
            action = "skip" if seen_before else "fail"
            planned.append(PlannedPaper(path, pid, UNREADABLE, action, exc.message))
            continue
        if digest in same:
            message = f"{path}: the same content as {same[digest]}; stored once"
            planned.append(PlannedPaper(path, pid, digest, "skip", message))
            continue
        same[digest] = path
        done = not force and store.is_current(
            pid, digest, version, str(path), include_failed=not retry_failed
        )
        planned.append(PlannedPaper(path, pid, digest, "skip" if done else "process"))
    return planned


def papers_gone(inbox: str | Path, store_url: str | None = None) -> dict[str, str]:
    """Stored papers (id -> path) read from ``inbox`` whose file is no longer there."""
    from .store import open_store

    root = Path(inbox).resolve()
    return {
        pid: path
        for pid, path in open_store(store_url).paper_paths().items()
        if Path(path).is_relative_to(root) and not Path(path).exists()
    }


def prune_papers(gone: dict[str, str], store_url: str | None, out_dir: str | Path) -> None:
    """Remove papers that left the inbox: their store rows and their output files."""
    from .store import open_store

    store = open_store(store_url)
    for pid in gone:
        store.delete_paper(pid)
        for suffix in (".txt", ".ann", ".jsonl"):
            (Path(out_dir) / f"{pid}{suffix}").unlink(missing_ok=True)


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


# ----------------------------------------------------------------------------- evaluation


@dataclass(slots=True)
class EvaluationRun:
    """One scoring of the extractor on the gold: headline, score table, reports, regressions."""

    headline: dict[str, float | None]
    scores: Any  # pandas DataFrame: level, scheme, type, gold, pred, tp, fp, fn, P, R, F1
    reports: dict[str, Path]
    baseline_path: Path
    baseline_found: bool
    regressions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def predict_gold(gold_dir: str | Path, rules_dir: str | Path | None = None):
    """Load the gold pairs (validated) and run the extractor over each gold text as it is."""
    from .brat import read_brat
    from .goldcheck import brat_names, check_dir
    from .ingest import ingest_text

    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise PuerextractError("gold folder does not exist", gold_dir)
    problems = check_dir(gold_dir).problems
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PuerextractError(f"gold set has problems: first: {problems[0]}{more}", gold_dir)
    names = brat_names(gold_dir)
    gold = [read_brat(gold_dir / f"{n}.txt", gold_dir / f"{n}.ann") for n in names]
    if not gold:
        raise PuerextractError("no gold pairs (NAME.txt + NAME.ann) found", gold_dir)
    preds = []
    for g in gold:
        doc = ingest_text(g.text, g.name, reflow_lines=False)
        doc.source = str(Path(gold_dir) / f"{g.name}.txt")
        preds.append(process_document(doc, rules_dir).annotations)
    return gold, names, preds


def regressions_against(
    headline: dict[str, float | None], baseline: dict[str, float | None], tolerance: float
) -> list[str]:
    """Headline scores that fell below the baseline by more than ``tolerance``."""
    out = []
    for key, before in baseline.items():
        now = headline.get(key)
        if before is None or now is None:
            continue
        if now < before - tolerance:
            out.append(f"{key} {now:.3f} < baseline {before:.3f} - tolerance {tolerance:g}")
    return out


def evaluate_gold(
    gold_dir: str | Path = "gold",
    out_dir: str | Path = "reports",
    rules_dir: str | Path | None = None,
    *,
    baseline_path: str | Path | None = None,
    tolerance: float = 0.02,
    accept: bool = False,
) -> EvaluationRun:
    """Score the extractor on ``gold_dir``, write the reports, compare with the baseline.

    The baseline (``OUT/baseline.json`` by default, written by ``--accept``) is the accepted
    score; a headline score more than ``tolerance`` below it is listed in ``regressions``.
    """
    import pandas as pd

    from .evaluate import evaluate
    from .goldcheck import gold_fingerprint
    from .report import (
        ReportContext,
        compare_with_baseline,
        load_baseline,
        save_baseline,
        write_reports,
    )

    out_dir = Path(out_dir)
    baseline_path = Path(baseline_path) if baseline_path else out_dir / "baseline.json"
    gold, names, preds = predict_gold(gold_dir, rules_dir)
    ev = evaluate(gold, preds)
    fingerprint = gold_fingerprint(Path(gold_dir), names)
    baseline = load_baseline(baseline_path)
    comparison = compare_with_baseline(ev, baseline, fingerprint) if baseline else None
    warnings = []
    if _extract_function().__module__ == __name__:
        warnings.append("the extractor is not available in this build: an EMPTY prediction")
    ctx = ReportContext(
        gold_dir=str(gold_dir),
        prediction_source="puerextract.pipeline.process_document",
        rules_version=current_rules_version(rules_dir),
        gold_fingerprint=fingerprint,
        warnings=warnings,
        comparison=comparison,
    )
    reports = write_reports(out_dir, ev, ctx)
    headline = ev.summary["headline"]
    regressions = regressions_against(headline, baseline["headline"], tolerance) if baseline else []
    if accept:
        save_baseline(baseline_path, ev, ctx)
    scores = pd.concat(
        [ev.entity_scores.assign(level="entities"), ev.relation_scores.assign(level="relations")],
        ignore_index=True,
    )
    scores = scores[["level"] + [c for c in scores.columns if c != "level"]]
    return EvaluationRun(
        headline, scores, reports, baseline_path, baseline is not None, regressions, warnings
    )
