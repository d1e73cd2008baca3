"""One paper at a time in a child process that can be killed at its deadline.

A thread cannot be stopped, and an extraction stuck in C code (spaCy's tokenizer, a regular
expression) holds the GIL so that no Python-level timeout even runs. The paper therefore
runs in a worker process (started once per thread that needs it, with the extractor warmed
up there) which is killed when the deadline passes, or when its memory passes a limit
(900 MB unless ``PUEREXTRACT_MAX_MEMORY_MB`` says otherwise); the next paper gets a fresh worker.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing as mp
import os
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .errors import PuerextractError

log = logging.getLogger(__name__)

#: seconds a new worker may take to import and warm the extractor (not part of a timeout)
STARTUP_TIMEOUT_S = 300.0

#: how often a waiting parent checks the worker's deadline and memory
POLL_S = 0.2
#: the environment variable that sets the worker's memory limit in MB (0: none)
MEMORY_ENV = "PUEREXTRACT_MAX_MEMORY_MB"
DEFAULT_MAX_MEMORY_MB = 900
#: ``module:function`` to use instead of ``puerextract.extract.extract_document`` (tests, plugins)
EXTRACTOR_ENV = "PUEREXTRACT_EXTRACTOR"

_local = threading.local()


def max_memory_mb() -> int:
    """The worker's memory limit (resident MB): ``PUEREXTRACT_MAX_MEMORY_MB`` or 900."""
    value = os.environ.get(MEMORY_ENV, "")
    return int(value) if value.strip().isdigit() else DEFAULT_MAX_MEMORY_MB


def rss_mb(pid: int) -> int:
    """Resident memory of a process in MB (Linux ``/proc``; 0 where it cannot be read)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError):
        pass
    return 0


_all: set[PaperWorker] = set()


def die_with_parent() -> None:
    """Linux: the kernel kills this worker when the process that started it ends, even when
    the worker is stuck in C code and cannot read the closed pipe."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the closed pipe ends the loop once the paper is done


#: ``work(path, rules_dir, name)`` processes one paper; ``warm(rules_dir)`` loads what it needs
Work = Callable[[str, str | None, str | None], Any]
Warm = Callable[[str | None], None]


def _serve(conn: Connection, rules_dir: str | None, work: Work, warm: Warm) -> None:
    """The worker's loop: warm up, then process each paper sent until the pipe closes."""
    die_with_parent()
    try:
        warm(rules_dir)
        conn.send(("ready", None))
    except BaseException as exc:  # reported to the parent, which fails the paper
        conn.send(("error", _portable(exc)))
        return
    while True:
        try:
            path, name = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        try:
            conn.send(("ok", work(path, rules_dir, name)))
        except BaseException as exc:
            conn.send(("error", _portable(exc)))


def _portable(exc: BaseException) -> BaseException:
    """The exception itself when it survives pickling, else a RuntimeError with its text."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


class PaperWorker:
    """A child process that processes papers on request and is killed at a deadline."""

    def __init__(self, rules_dir: str | None, work: Work, warm: Warm) -> None:
        self.rules_dir = rules_dir
        self.work, self.warm = work, warm
        #: the extractor the environment names when the worker starts (it imports that one)
        self.extractor = os.environ.get(EXTRACTOR_ENV)
        self.process: Any = None
        self.conn: Connection | None = None

    @property
    def config(self) -> tuple:
        """What this worker serves: rules, functions and extractor."""
        return (self.rules_dir, self.work, self.warm, self.extractor)

    def _start(self) -> None:
        ctx = mp.get_context("spawn")  # no fork of a threaded parent (Prefect, SQLAlchemy)
        parent, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_serve,
            args=(child, self.rules_dir, self.work, self.warm),
            daemon=True,
            name="puerextract-worker",
        )
        self.process.start()
        _all.add(self)
        child.close()
        self.conn = parent
        if not parent.poll(STARTUP_TIMEOUT_S):
            self.stop()
            raise TimeoutError(f"the extraction worker did not start in {STARTUP_TIMEOUT_S:g} s")
        kind, value = parent.recv()
        if kind != "ready":
            self.stop()
            raise value

    def alive(self) -> bool:
        return self.process is not None and self.process.is_alive()

    def run(self, path: str | Path, timeout_s: float, name: str | None = None) -> Any:
        """``work(path)`` in the worker; TimeoutError (and a killed worker) at the
        deadline."""
        if not self.alive():
            self._start()
        assert self.conn is not None
        self.conn.send((str(path), name))
        self._wait(timeout_s, path)
        try:
            kind, value = self.conn.recv()
        except EOFError:
            self.stop()
            raise RuntimeError("the extraction worker died") from None
        if kind == "error":
            raise value
        return value

    def _wait(self, timeout_s: float, path: str | Path) -> None:
        """Until the answer is there; the worker is killed at the deadline or when its memory
        passes :func:`max_memory_mb`."""
        assert self.conn is not None
        deadline = time.monotonic() + timeout_s
        limit = max_memory_mb()
        while not self.conn.poll(min(POLL_S, max(deadline - time.monotonic(), 0))):
            if time.monotonic() >= deadline:
                self.stop()
                raise TimeoutError(f"timed out after {timeout_s:g} s (worker process killed)")
            used = rss_mb(self.process.pid)
            if limit and used > limit:
                self.stop()
                raise PuerextractError(
                    f"needed more than {limit} MB of memory (worker process killed at {used} MB); "
                    f"split the paper, or raise {MEMORY_ENV}",
                    path,
                )

    def stop(self) -> None:
        """Kill the worker (terminate, then kill) and forget it."""
        if self.process is not None:
            self.process.terminate()
            self.process.join(2)
            if self.process.is_alive():
                self.process.kill()
                self.process.join(2)
        if self.conn is not None:
            self.conn.close()
        self.process = self.conn = None
        _all.discard(self)


def run_in_worker(
    work: Work,
    warm: Warm,
    path: str | Path,
    rules_dir: str | Path | None,
    timeout_s: float,
    name: str | None = None,
) -> Any:
    """Process one paper in this thread's worker process, killed after ``timeout_s``.

    A daemonic process (a Dask worker) may not start children: there the paper runs in
    this process, and the task's own timeout (per batch) is the limit."""
    if mp.current_process().daemon:
        return work(str(path), str(rules_dir) if rules_dir else None, name)
    key = str(rules_dir) if rules_dir else None
    # a worker serves one configuration: rules, functions, and the extractor the environment
    # names (a worker started before PUEREXTRACT_EXTRACTOR changed would run the old one)
    config = (key, work, warm, os.environ.get(EXTRACTOR_ENV))
    worker = getattr(_local, "worker", None)
    if worker is None or worker.config != config:
        if worker is not None:
            worker.stop()
        worker = _local.worker = PaperWorker(key, work, warm)
    return worker.run(path, timeout_s, name)


@atexit.register
def stop_all() -> None:
    """Stop every worker of this process (at exit, and after a run)."""
    for worker in list(_all):
        worker.stop()
