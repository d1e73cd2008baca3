"""Integration: a real ``prefect server start`` on loopback, the nightly deployment served,
its cron schedule checked, a run triggered and awaited, the store checked, all stopped."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import FLOWS, PAPER_EN, PAPER_ZH, ROOT, TESTS, prefect_home

from puerextract.store import Store

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(check, timeout: float, what: str, procs=()):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for p in procs:
            if p.poll() is not None:
                raise AssertionError(f"{what}: process exited early ({p.returncode})")
        try:
            value = check()
        except httpx.HTTPError:
            value = None
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def test_nightly_deployment_on_a_real_server(tmp_path, prefect_db):
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "en_paper.txt").write_text(PAPER_EN, encoding="utf-8")
    (inbox / "zh_paper.md").write_text(PAPER_ZH, encoding="utf-8")
    store_url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    env = {
        **os.environ,
        "PREFECT_HOME": str(prefect_home(tmp_path / "prefect-home", prefect_db)),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",  # the served flow picks the run up within 1 s, not 10
        "PUEREXTRACT_EXTRACTOR": "fake_extractor:extract_document",
        "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT / "src"), str(FLOWS)]),
    }
    env.pop("PREFECT_API_DATABASE_CONNECTION_URL", None)
    prefect_bin = Path(sys.executable).parent / "prefect"
    logs = tmp_path / "logs"
    logs.mkdir()
    server = subprocess.Popen(
        [str(prefect_bin), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=open(logs / "server.log", "wb"),
        stderr=subprocess.STDOUT,
    )
    served = None
    try:
        _wait(lambda: httpx.get(f"{api}/health", timeout=5).status_code == 200, 180,
              "the Prefect server", [server])  # fmt: skip
        served = subprocess.Popen(
            [sys.executable, str(FLOWS / "extract_flow.py"), "--serve", "--cron", "0 2 * * *",
             "--inbox", str(inbox), "--out", str(tmp_path / "out"), "--store-url", store_url,
             "--quarantine", str(tmp_path / "quarantine")],
            env=env,
            cwd=ROOT,
            stdout=open(logs / "serve.log", "wb"),
            stderr=subprocess.STDOUT,
        )  # fmt: skip

        def deployment():
            r = httpx.get(f"{api}/deployments/name/puerextract-extract/nightly", timeout=5)
            return r.json() if r.status_code == 200 else None

        dep = _wait(deployment, 120, "the deployment", [server, served])
        crons = [s["schedule"].get("cron") for s in dep["schedules"]]
        assert crons == ["0 2 * * *"]
        assert all(s["active"] for s in dep["schedules"])

        def create_run():  # a busy server (SQLite under a parallel suite) answers 503: retried
            r = httpx.post(f"{api}/deployments/{dep['id']}/create_flow_run", json={}, timeout=10)
            return r if r.status_code < 500 else None

        run = _wait(create_run, 60, "the flow run to be created", [server, served])
        run.raise_for_status()
        run_id = run.json()["id"]

        def finished():
            state = httpx.get(f"{api}/flow_runs/{run_id}", timeout=5).json()["state"]
            return state if state and state["type"] in ("COMPLETED", "FAILED", "CRASHED") else None

        state = _wait(finished, 180, "the flow run", [server, served])
        assert state["type"] == "COMPLETED", (logs / "serve.log").read_text(errors="replace")
        counts = Store(store_url).counts()
        assert counts["papers_ok"] == 2 and counts["relations"] > 0
    finally:
        if served is not None:
            _stop(served)
        _stop(server)
    assert server.returncode is not None
