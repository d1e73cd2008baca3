"""The extraction flow against direct library calls, and on a 2-worker Dask cluster.

Run in its own process (``python -m bench.flowbench INBOX TINY_INBOX WORK REPS``) so that the
temporary Prefect server, its database (``PREFECT_HOME`` under WORK) and the Dask cluster
are its own; prints one JSON line.

Per run, on the same papers, one after the other, each into a fresh output folder and store:
- direct: ``inbox.plan_inbox`` + ``runner.run_batch`` (what the flow's tasks call),
- flow: ``extract_flow.run_extraction`` with Prefect's default (thread) task runner,
- Dask: the same flow on an already started 2-process local cluster (``--dask-address``).
One-time costs (Prefect import, temporary server start, Dask cluster start and its workers'
warm-up: one paper extracted on every worker, then one small flow) are measured apart, once.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _fresh(work: Path, tag: str) -> dict:
    out = work / "runs" / tag
    out.mkdir(parents=True, exist_ok=True)
    return {
        "out_dir": str(out / "papers"),
        "store_url": f"sqlite:///{out / 'store.sqlite'}",
        "quarantine_dir": str(out / "quarantine"),
    }


def direct(inbox: Path, params: dict) -> int:
    """The library calls the flow orchestrates, without Prefect; returns papers processed."""
    from puerextract.inbox import plan_inbox
    from puerextract.runner import run_batch
    from puerextract.store import open_store

    open_store(params["store_url"])
    plan = plan_inbox(inbox, params["store_url"])
    todo = [str(p.path.resolve()) for p in plan if p.action == "process"]
    outcomes = run_batch(todo, params["out_dir"], params["store_url"])
    return sum(o.status == "processed" for o in outcomes)


def _warm_worker(paper: str) -> None:
    """Run on every Dask worker: one paper through the extractor (imports, tokenizers,
    matchers, scispaCy's abbreviation detector), nothing written."""
    from puerextract.extract import extract_text

    extract_text(Path(paper).read_text(encoding="utf-8"), "warm-up")


def _load() -> float | None:
    """The machine's 1-minute load average (other jobs' share of the CPUs), if known."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def _timed(fn, *args, **kwargs) -> tuple[float, object]:
    t = time.perf_counter()
    value = fn(*args, **kwargs)
    return time.perf_counter() - t, value


class _Runs:
    """Fresh output folders and stores under ``work``, numbered across all runs, and timed
    flow runs into them."""

    def __init__(self, extract_flow: ModuleType, work: Path) -> None:
        self.extract_flow = extract_flow
        self.work = work
        self.counter = iter(range(10_000))

    def fresh(self, prefix: str) -> dict:
        """The parameters of a fresh run, tagged ``prefix`` and the next number."""
        return _fresh(self.work, f"{prefix}{next(self.counter)}")

    def flow(self, box: Path, **kw) -> tuple[float, dict]:
        """One flow run on the inbox ``box``, timed; its summary."""
        return _timed(self.extract_flow.run_extraction, inbox=str(box), **self.fresh("r"), **kw)


def main(inbox: Path, tiny: Path, work: Path, reps: int, dask_workers: int = 2) -> dict:
    """The one-time costs, then ``reps`` rounds of direct, flow and Dask runs on ``inbox``."""
    sys.path.insert(0, str(ROOT / "flows"))
    from bench.measure import load_extractor, warm_up

    warm_up(load_extractor())  # the library's own one-time cost is not orchestration
    import_s, _ = _timed(__import__, "extract_flow")
    import extract_flow

    runs = _Runs(extract_flow, work)
    first_s, first = runs.flow(tiny)  # starts the temporary server
    second_s, _ = runs.flow(tiny)
    direct_tiny_s, _ = _timed(direct, tiny, _fresh(work, "tiny-direct"))
    dask_start, rows = _on_dask(runs, inbox, tiny, reps, dask_workers)
    return {
        "papers": rows[0]["processed"][0],
        "papers_per_task": getattr(extract_flow, "DEFAULT_BATCH_SIZE", 1),
        "reps": reps,
        "prefect_import_s": import_s,
        "first_flow_s": first_s,
        "second_flow_s": second_s,
        "server_start_s": first_s - second_s,
        "tiny_direct_s": direct_tiny_s,
        "first_flow_processed": first["processed"],
        **dask_start,
        **_medians(rows),
    }


def _on_dask(
    runs: _Runs, inbox: Path, tiny: Path, reps: int, dask_workers: int
) -> tuple[dict, list[dict]]:
    """Start a local Dask cluster and warm it up (timed, once), then time ``reps`` rounds;
    the one-time costs and a row per round."""
    from distributed import LocalCluster

    cluster_s, cluster = _timed(
        LocalCluster, n_workers=dask_workers, threads_per_worker=1, processes=True
    )
    try:
        addr = cluster.scheduler_address
        # every worker process imports spaCy/jieba and builds the matchers once: a flow warms
        # only the worker its task lands on, so warm each (else the first timed Dask run
        # waits for a cold worker, a one-time cost counted against Dask)
        from distributed import Client

        with Client(addr) as client:
            worker_warm_s, _ = _timed(client.run, _warm_worker, str(sorted(tiny.glob("*"))[0]))
        dask_warm_s, _ = runs.flow(tiny, dask_address=addr)
        rows = [_round(runs, inbox, addr) for _ in range(reps)]
    finally:
        cluster.close()
    one_time = {
        "dask_cluster_start_s": cluster_s,
        "dask_worker_warmup_s": worker_warm_s,
        "dask_warmup_flow_s": dask_warm_s,
    }
    return one_time, rows


def _round(runs: _Runs, inbox: Path, addr: str) -> dict:
    """One timed round on ``inbox``: direct calls, the flow, the flow on Dask at ``addr``."""
    d_s, n = _timed(direct, inbox, runs.fresh("d"))
    f_s, summary = runs.flow(inbox)
    k_s, ksummary = runs.flow(inbox, dask_address=addr)
    return {
        "direct_s": d_s,
        "flow_s": f_s,
        "dask_s": k_s,
        "processed": [n, summary["processed"], ksummary["processed"]],
        "load_after": _load(),
    }


def _medians(rows: list[dict]) -> dict:
    """The median times and ratios over the rounds, and the rounds themselves."""

    def med(key: str) -> float:
        return statistics.median(r[key] for r in rows)

    return {
        "direct_s": med("direct_s"),
        "flow_s": med("flow_s"),
        "dask_s": med("dask_s"),
        "flow_over_direct": statistics.median(r["flow_s"] / r["direct_s"] for r in rows),
        "dask_speedup": statistics.median(r["flow_s"] / r["dask_s"] for r in rows),
        "overhead_ms_per_paper": (med("flow_s") - med("direct_s")) / rows[0]["processed"][0] * 1e3,
        # papers each run failed to process (the flow's own failures make its time not comparable)
        "incomplete_runs": [r["processed"] for r in rows if len(set(r["processed"])) > 1],
        "runs": rows,
    }


if __name__ == "__main__":
    args = sys.argv[1:]
    result = main(Path(args[0]), Path(args[1]), Path(args[2]), int(args[3]))
    print("BENCH-JSON " + json.dumps(result))
