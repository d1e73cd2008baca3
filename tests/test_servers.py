"""One Prefect server per run, none left behind: a Dask run's workers start no server of their
own and give the store of direct library calls; after success, Ctrl-C or SIGTERM no server of
the run is left running."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time

import pytest
from conftest import PAPER_EN, PAPER_ZH, ROOT, TESTS, prefect_home

pytestmark = pytest.mark.slow

SERVER = "prefect.server.api.server:create_app"


class ServerCount:
    """The most Prefect API servers (uvicorn running Prefect's app) seen at once while inside."""

    def __init__(self) -> None:
        self.most = 0
        self._stop = threading.Event()

    def _count(self) -> int:
        import psutil

        n = 0
        for p in psutil.process_iter(["cmdline"]):
            cmd = " ".join(p.info["cmdline"] or [])
            n += "prefect.server.api.server:create_app" in cmd
        return n

    def _watch(self) -> None:
        while not self._stop.wait(0.2):
            self.most = max(self.most, self._count())

    def __enter__(self) -> ServerCount:
        self.most = self._count()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _env(tmp_path, db=None) -> dict:
    """The run's environment; DB: a migrated Prefect database its server starts on."""
    if db is not None:
        prefect_home(tmp_path / "prefect-home", db)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    return {
        **env,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PUEREXTRACT_EXTRACTOR": "fake_extractor:extract_document",
        "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT / "src"), str(ROOT / "flows")]),
    }


def _inbox(tmp_path, n: int = 3):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(n):
        (inbox / f"en_{i}.txt").write_text(PAPER_EN.replace("10 μmol/L", f"{i + 1} μmol/L"))
        (inbox / f"zh_{i}.md").write_text(PAPER_ZH.replace("24 h", f"{i + 2} h"))
    return inbox


def _servers_of(home) -> list:
    """Servers started under this test's PREFECT_HOME (other tests' servers are not ours)."""
    import psutil

    found = []
    for p in psutil.process_iter(["cmdline", "environ"]):
        try:
            cmd = " ".join(p.info["cmdline"] or [])
            if SERVER in cmd and (p.info["environ"] or {}).get("PREFECT_HOME") == str(home):
                found.append(p)
        except psutil.Error:
            continue
    return found


def _none_left(home) -> None:
    for _ in range(60):
        if not _servers_of(home):
            return
        time.sleep(0.5)
    raise AssertionError(f"servers left behind: {_servers_of(home)}")


@pytest.mark.timeout(300)
def test_a_dask_run_uses_one_server_and_leaves_none(tmp_path, fake_extractor, prefect_db):
    inbox = _inbox(tmp_path)
    cmd = [sys.executable, str(ROOT / "flows" / "extract_flow.py"), "--dask", "--inbox", str(inbox),
           "--out", str(tmp_path / "out"), "--store-url", f"sqlite:///{tmp_path / 's.sqlite'}",
           "--quarantine", str(tmp_path / "q")]  # fmt: skip
    with ServerCount() as servers:
        before = servers.most
        proc = subprocess.run(
            cmd, env=_env(tmp_path, prefect_db), capture_output=True, text=True, timeout=280
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "processed 6" in proc.stdout
    assert servers.most - before == 1, f"{servers.most - before} servers during one run"
    assert "Traceback" not in _without_shutdown_noise(proc.stderr), proc.stderr[-3000:]
    _none_left(tmp_path / "prefect-home")
    _same_as_direct_calls(tmp_path, inbox)


#: a log record's first line (Prefect's console format)
_RECORD = re.compile(r"^\d\d:\d\d:\d\d\.\d+ \|", re.MULTILINE)
#: Dask's own shutdown race: a worker's heartbeat meets the scheduler already closed, under
#: load (dask/distributed#7192, open); the run's results are complete by then
_DASK_SHUTDOWN = "distributed.worker - Failed to communicate with scheduler during heartbeat"


def _without_shutdown_noise(stderr: str) -> str:
    """``stderr`` without the log records of Dask's known shutdown heartbeat error."""
    marks = [m.start() for m in _RECORD.finditer(stderr)]
    records = [stderr[a:b] for a, b in zip([0, *marks], [*marks, len(stderr)], strict=True)]
    return "".join(r for r in records if _DASK_SHUTDOWN not in r.split("\n", 1)[0])


def _same_as_direct_calls(tmp_path, inbox) -> None:
    """The Dask run's store and files equal those of the library called directly."""
    from puerextract.runner import run_batch
    from puerextract.store import Store

    url = f"sqlite:///{tmp_path / 'direct.sqlite'}"
    run_batch(sorted(inbox.iterdir()), tmp_path / "direct", url)

    def table(u, kind):  # noqa: ANN001, ANN202
        df = getattr(Store(u), f"{kind}_table")()
        return df.sort_values(list(df.columns[:2])).reset_index(drop=True)

    dask_url = f"sqlite:///{tmp_path / 's.sqlite'}"
    for kind in ("mentions", "relations"):
        a, b = table(url, kind), table(dask_url, kind)
        assert len(a) > 0 and a.equals(b), kind
    cols = ["id", "content_hash", "rules_version", "status", "n_mentions", "n_relations"]
    assert table(url, "papers")[cols].equals(table(dask_url, "papers")[cols])
    for f in (tmp_path / "direct").iterdir():
        assert (tmp_path / "out" / f.name).read_bytes() == f.read_bytes()


@pytest.mark.timeout(300)
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_stopped_run_leaves_no_server(tmp_path, sig):
    inbox = _inbox(tmp_path, 40)
    cmd = [sys.executable, "-m", "puerextract", "run", "--inbox", str(inbox),
           "--out", str(tmp_path / "run"), "--no-evaluate"]  # fmt: skip
    proc = subprocess.Popen(
        cmd, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    home = tmp_path / "prefect-home"
    for _ in range(600):  # wait until the server is up (its start-up is not timed here)
        if _servers_of(home) or proc.poll() is not None:
            break
        time.sleep(0.2)
    assert _servers_of(home), "no server started"
    time.sleep(2)
    proc.send_signal(sig)
    proc.wait(timeout=120)
    _none_left(home)


def test_only_dask_shutdown_noise_is_ignored():
    noise = f"10:00:00.808 | ERROR   | {_DASK_SHUTDOWN}.\nTraceback (most recent call last):\n  x\n"
    ours = "10:00:01.000 | ERROR   | puerextract - boom\nTraceback (most recent call last):\n"
    assert "Traceback" not in _without_shutdown_noise(noise)
    assert "Traceback" in _without_shutdown_noise(noise + ours)
