"""Extraction flow: new or changed papers in an inbox -> per-paper outputs + the store.

Thin orchestration over :mod:`puerextract.inbox` and :mod:`puerextract.runner` (no extraction
logic here): plan (hash each paper, skip what the store already holds with the same rules
version),
a task per few papers (coarse batches on Dask) with retries on transient errors and a timeout,
failures recorded in the store and quarantined, a summary artifact, non-zero exit on failure.

    python flows/extract_flow.py --inbox corpus
    python flows/extract_flow.py --dask                  # local 2-worker Dask cluster
    python flows/extract_flow.py --serve --cron "0 2 * * *"   # nightly deployment
"""

from __future__ import annotations

import argparse
import logging
import math
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from puerextract.settings import apply_prefect_settings

apply_prefect_settings()  # before Prefect is imported: it reads them at import

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.states import Failed
from prefect.task_runners import ThreadPoolTaskRunner

from puerextract.inbox import (
    PlannedPaper,
    clean_stale_temp_files,
    current_rules_version,
    papers_gone,
    plan_inbox,
    prune_papers,
)
from puerextract.runner import (
    PaperOutcome,
    RunSummary,
    is_transient,
    record_failure,
    run_batch,
    warm_up,
)
from puerextract.store import default_url, open_store

DEPLOYMENT_NAME = "nightly"
NIGHTLY_CRON = "0 2 * * *"
DEFAULT_TIMEOUT_S = 600.0
#: seconds per paper the task-level timeout (a backstop) allows beyond the per-paper one
BACKSTOP_MARGIN_S = 30.0


class _DropThreadTimeoutWarning(logging.Filter):
    """Prefect warns on every task that a timeout in a worker thread cannot interrupt blocking
    calls; the extractor is Python code, which the timeout does interrupt, so drop it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "running in a worker thread" not in record.getMessage()


def _retry_transient(task, task_run, state) -> bool:
    """Retry only transient errors (I/O, a busy database), not bad input or a timeout."""
    try:
        state.result()
    except BaseException as exc:  # noqa: BLE001 - we only classify it
        return is_transient(exc)
    return False


@task(
    name="extract-papers",
    retries=2,
    retry_delay_seconds=[1, 5],
    retry_condition_fn=_retry_transient,
    task_run_name="extract {label}",
    cache_policy=NO_CACHE,  # the store is the record of what was done; no input hashing
    persist_result=False,
)
def extract_papers(
    paths: list[str],
    label: str,
    out_dir: str,
    store_url: str,
    rules_dir: str | None = None,
    force: bool = False,
    timeout_s: float | None = None,
) -> list[PaperOutcome]:
    """One task: run papers through the library, write outputs, upsert each in the store.
    A paper that fails or takes longer than ``timeout_s`` fails alone (a ``failed`` outcome).

    A transient error (I/O, a busy database) fails the task and Prefect retries it; the retry
    redoes only the papers that had no outcome yet, and reports the earlier ones as they were
    (not as ``skipped`` because an earlier attempt stored them)."""
    from prefect.runtime import task_run

    attempt_key = str(task_run.id)
    done = _EARLIER_ATTEMPTS.setdefault(attempt_key, {})
    for path in paths:
        if path not in done:
            [done[path]] = run_batch(
                [path], out_dir, store_url, rules_dir, force=force, timeout_s=timeout_s
            )
    _EARLIER_ATTEMPTS.pop(attempt_key, None)
    return [done[path] for path in paths]


#: task run id -> outcomes of its papers so far (kept across Prefect's retries of that run,
#: which happen in the same process)
_EARLIER_ATTEMPTS: dict[str, dict[str, PaperOutcome]] = {}


def _batches(items: list[PlannedPaper], size: int) -> list[list[PlannedPaper]]:
    size = max(1, size)
    return [items[i : i + size] for i in range(0, len(items), size)]


def _outcomes(
    batch: list[PlannedPaper],
    future,
    store_url: str,
    quarantine_dir: str,
    rules_dir: str | None,
    timeout_seconds: float,
) -> list[PaperOutcome]:
    """The outcome of each paper of a finished task; failures recorded and quarantined."""
    state = future.state
    if state.is_completed():
        outcomes = []
        for o in future.result():
            if o.status == "failed":  # bad input: record it and quarantine the file
                planned = next(p for p in batch if p.paper_id == o.paper_id)
                o = record_failure(planned, o.error or "", store_url, quarantine_dir, rules_dir)
            outcomes.append(o)
        return outcomes
    exc = future.result(raise_on_failure=False)
    message = state.message or "task failed"
    if isinstance(exc, BaseException):
        message = f"{type(exc).__name__}: {exc}"
    if state.name == "TimedOut" or isinstance(exc, TimeoutError):
        message = f"timed out after {timeout_seconds:g} s per paper ({message})"
    # papers the task stored before it failed keep their rows: only the others fail
    store = open_store(store_url)
    version = current_rules_version(rules_dir)
    outcomes = []
    for p in batch:
        if p.content_hash and store.is_current(p.paper_id, p.content_hash, version, str(p.path)):
            outcomes.append(PaperOutcome(p.paper_id, str(p.path), "processed"))
            continue
        outcomes.append(
            record_failure(p, f"{p.path}: {message}", store_url, quarantine_dir, rules_dir)
        )
    return outcomes


#: papers per task on the thread runner. Prefect costs about 15 ms per task run (state
#: changes through the server), against about 65 ms of work for a 10 KB paper: one paper per
#: task made the flow 1.22x the direct library calls on 500 papers. A few papers per task
#: amortise it, and lose little: each paper keeps its own timeout (``run_batch(timeout_s=)``)
#: and its own outcome (stored, logged, failed or quarantined alone); what is per batch is the
#: task run shown in the Prefect UI (labelled ``first-paper +N``) and a retry after a transient
#: error (which redoes only the papers the store does not hold yet). ``--batch-size 1`` gives
#: one task run per paper.
DEFAULT_BATCH_SIZE = 5
#: CPU-bound Python under the GIL: a second thread only contends for it (measured: slower on
#: 500 papers), and stretches each paper's wall time, the timeout clock. Dask scales out.
THREAD_WORKERS = 1
#: task runs submitted and not yet collected, at most (a few per worker)
MAX_IN_FLIGHT = 4 * THREAD_WORKERS


@flow(
    name="puerextract-extract",
    log_prints=False,
    task_runner=ThreadPoolTaskRunner(max_workers=THREAD_WORKERS),
)
def extract_flow(
    inbox: str = "corpus",
    out_dir: str = "out/papers",
    store_url: str | None = None,
    rules_dir: str | None = None,
    quarantine_dir: str = "out/quarantine",
    timeout_seconds: float = DEFAULT_TIMEOUT_S,
    batch_size: int = DEFAULT_BATCH_SIZE,
    retry_failed: bool = False,
    force: bool = False,
    prune: bool = False,
) -> dict[str, Any]:
    """Extract every new or changed paper in ``inbox``; return the run summary as a dict.
    Papers stored from the inbox whose files are gone are reported, and removed with
    ``prune``.

    When any paper failed, the flow run ends Failed (its data is the summary); the other
    papers are kept in the store.
    """
    logger = get_run_logger()
    _drop_thread_timeout_warnings()
    store_url = store_url or default_url()
    out = str(Path(out_dir).resolve())
    quarantine_dir = str(Path(quarantine_dir).resolve())
    open_store(store_url)  # creates or checks the schema before any task starts
    for stale in clean_stale_temp_files(out):
        logger.warning("removed a temporary file an interrupted run left: %s", stale)
    plan = plan_inbox(inbox, store_url, rules_dir, retry_failed=retry_failed, force=force)
    _report_gone(inbox, store_url, out, prune, logger)
    run = _FlowRun(
        store_url=store_url,
        out=out,
        quarantine_dir=quarantine_dir,
        rules_dir=rules_dir,
        timeout_seconds=timeout_seconds,
        force=force,
        logger=logger,
        summary=RunSummary(store_url=store_url, out_dir=out, quarantine_dir=quarantine_dir),
    )
    todo = [p for p in plan if p.action == "process"]
    _settle_unprocessed(inbox, plan, todo, run)
    if todo:
        warm_up(rules_dir)  # imports and tokenizer built once, outside the per-paper timeout
    _extract_in_waves(todo, batch_size, run)
    return _finish(run.summary, logger)


@dataclass(slots=True)
class _FlowRun:
    """What the steps of one flow run share: its settings, logger and summary so far."""

    store_url: str
    out: str
    quarantine_dir: str
    rules_dir: str | None
    timeout_seconds: float
    force: bool
    logger: Any
    summary: RunSummary
    #: papers given to tasks whose outcome is collected so far
    done: int = 0


def _drop_thread_timeout_warnings() -> None:
    """Filter Prefect's warning that a timeout cannot interrupt a worker thread."""
    for name in ("prefect.task_runs", "prefect.flow_runs"):
        logging.getLogger(name).addFilter(_DropThreadTimeoutWarning())


def _settle_unprocessed(
    inbox: str, plan: list[PlannedPaper], todo: list[PlannedPaper], run: _FlowRun
) -> None:
    """Log the plan; record the papers skipped, and those failed before any task (quarantined)."""
    run.logger.info(
        "inbox %s: %d paper(s), %d to process, %d already in the store",
        inbox,
        len(plan),
        len(todo),
        sum(p.action == "skip" for p in plan),
    )
    for p in plan:
        if p.action == "skip":
            run.summary.outcomes.append(PaperOutcome(p.paper_id, str(p.path), "skipped"))
            run.logger.info("%s: skipped (same content and rules already in the store)", p.paper_id)
        elif p.action == "fail":
            run.summary.outcomes.append(
                record_failure(
                    p, p.error or "cannot read", run.store_url, run.quarantine_dir, run.rules_dir
                )
            )
            run.logger.error("%s: failed: %s", p.paper_id, p.error)


def _extract_in_waves(todo: list[PlannedPaper], batch_size: int, run: _FlowRun) -> None:
    """Submit the papers as tasks of ``batch_size`` papers and collect their outcomes."""
    # Submit in waves: a bounded number of task runs in flight, so that hundreds of papers do
    # not flood the (temporary) Prefect server's database with task runs at once.
    in_flight: deque = deque()
    for batch in _batches(todo, batch_size):
        in_flight.append((batch, _submit(batch, run)))
        if len(in_flight) >= MAX_IN_FLIGHT:
            _collect(*in_flight.popleft(), len(todo), run)
    while in_flight:
        _collect(*in_flight.popleft(), len(todo), run)


def _submit(batch: list[PlannedPaper], run: _FlowRun):
    """Submit one task run for ``batch``; its future."""
    label = batch[0].paper_id if len(batch) == 1 else f"{batch[0].paper_id} +{len(batch) - 1}"
    # each paper has its own timeout inside the task; the task's is only a backstop
    backstop = (run.timeout_seconds + BACKSTOP_MARGIN_S) * len(batch)
    runner = extract_papers.with_options(timeout_seconds=backstop)
    return runner.submit(
        [str(p.path.resolve()) for p in batch],
        label,
        run.out,
        run.store_url,
        run.rules_dir,
        run.force,
        run.timeout_seconds,
    )


def _collect(batch: list[PlannedPaper], future, total: int, run: _FlowRun) -> None:
    """Wait for a task run; log each paper's outcome as ``[done/total]`` and add it."""
    future.wait()
    outcomes = _outcomes(
        batch, future, run.store_url, run.quarantine_dir, run.rules_dir, run.timeout_seconds
    )
    for o in outcomes:
        run.done += 1
        if o.status == "failed":
            run.logger.error("[%d/%d] %s: failed: %s", run.done, total, o.paper_id, o.error)
        else:
            run.logger.info(
                "[%d/%d] %s: %s (%d mentions, %d relations)",
                run.done,
                total,
                o.paper_id,
                o.status,
                o.mentions,
                o.relations,
            )
        run.summary.outcomes.append(o)


def _finish(summary: RunSummary, logger) -> dict[str, Any]:
    """Sort the outcomes, publish the summary artifact and log it; the flow's return value
    (a Failed state carrying the summary when any paper failed)."""
    summary.outcomes.sort(key=lambda o: o.paper_id)
    create_markdown_artifact(
        summary.markdown(), key="puerextract-extract-summary", description=summary.line()
    )
    logger.info("run summary: %s", summary.line())
    result = summary.to_dict()
    if summary.failed:  # the run ends Failed, without a traceback; the summary is its data
        return Failed(message=f"{summary.failed} paper(s) failed: {summary.line()}", data=result)
    return result


def _report_gone(inbox: str, store_url: str, out: str, prune: bool, logger) -> None:
    """Say which stored papers left the inbox; remove them when asked."""
    gone = papers_gone(inbox, store_url)
    if not gone:
        return
    names = ", ".join(sorted(gone)[:10]) + (" …" if len(gone) > 10 else "")
    if prune:
        prune_papers(gone, store_url, out)
        logger.warning("removed %d paper(s) that left the inbox: %s", len(gone), names)
    else:
        logger.warning(
            "%d stored paper(s) left the inbox (%s); --prune removes them", len(gone), names
        )


def dask_task_runner(address: str | None = None, n_workers: int = 2):
    """prefect-dask's runner: an existing cluster at ``address`` or a local one."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": n_workers, "threads_per_worker": 1})


def run_extraction(
    *,
    dask: bool = False,
    dask_address: str | None = None,
    dask_workers: int = 2,
    batch_size: int | None = None,
    **params: Any,
) -> dict[str, Any]:
    """Run the flow (thread runner, or Dask with coarse batches); summary even on failure."""
    runner_flow = extract_flow
    if dask or dask_address:
        runner_flow = extract_flow.with_options(
            task_runner=dask_task_runner(dask_address, dask_workers)
        )
        if batch_size is None:
            # ~300 ms per Dask task: a few coarse batches per worker, not one tiny task each
            from puerextract.inbox import scan_inbox

            n = len(scan_inbox(params.get("inbox", "corpus")))
            batch_size = max(1, math.ceil(n / (2 * dask_workers)))
    from puerextract.settings import one_api_server

    with one_api_server():  # Dask workers inherit its URL and start no server of their own
        state = runner_flow(
            batch_size=batch_size or DEFAULT_BATCH_SIZE, return_state=True, **params
        )
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        raise result
    return result


def serve(cron: str = NIGHTLY_CRON, **params: Any) -> None:
    """Serve the extraction flow as a deployment on a cron schedule (needs a Prefect server)."""
    extract_flow.serve(name=DEPLOYMENT_NAME, cron=cron, parameters=params or None)


def build_arg_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description="Extract new or changed papers into the store.")
    p.add_argument("--inbox", default="corpus", help="folder of papers (default corpus/)")
    p.add_argument("--out", default="out/papers", help="per-paper outputs (default out/papers)")
    p.add_argument("--store-url", default=None, help="SQLAlchemy URL (default out/store.sqlite)")
    p.add_argument(
        "--rules", "--rules-dir", dest="rules_dir", default=None, help="rule folder overlay"
    )
    p.add_argument("--quarantine", default="out/quarantine")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, help="seconds per paper")
    p.add_argument("--retry-failed", action="store_true", help="retry papers that failed before")
    p.add_argument("--force", action="store_true", help="reprocess every paper")
    p.add_argument(
        "--prune", action="store_true", help="remove stored papers whose files left the inbox"
    )
    p.add_argument("--dask", action="store_true", help="run on a local 2-worker Dask cluster")
    p.add_argument("--dask-address", default=None, help="scheduler address of a Dask cluster")
    p.add_argument(
        "--batch-size",
        type=int,
        default=None,
        help=f"papers per task (default {DEFAULT_BATCH_SIZE}; on Dask a few batches per worker)",
    )
    p.add_argument("--serve", action="store_true", help="serve the nightly deployment")
    p.add_argument("--cron", default=NIGHTLY_CRON, help="schedule for --serve")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_arg_parser().parse_args(argv)
    params = {
        "inbox": args.inbox,
        "out_dir": args.out,
        "store_url": args.store_url,
        "rules_dir": args.rules_dir,
        "quarantine_dir": args.quarantine,
        "timeout_seconds": args.timeout,
        "retry_failed": args.retry_failed,
        "force": args.force,
        "prune": args.prune,
    }
    if args.serve:
        serve(args.cron, **{k: v for k, v in params.items() if v is not None})
        return 0
    summary = run_extraction(
        dask=args.dask, dask_address=args.dask_address, batch_size=args.batch_size, **params
    )
    print(
        f"processed {summary['processed']}, skipped {summary['skipped']}, "
        f"failed {summary['failed']}; store: {summary['store_url']}"
    )
    return 1 if summary["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
