"""``puerextract browse``: the store in Datasette with facets, the sentence beside each row and
canned questions, served on 127.0.0.1 and read in headless Chromium."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT
from test_report import _browser, _chromium

from puerextract.browse import build_browse_db, language


def _store(inbox: Path, url: str):  # noqa: ANN202
    from puerextract.runner import process_paper
    from puerextract.store import open_store

    store = open_store(url)
    for paper in sorted(inbox.iterdir()):
        store.upsert_paper(process_paper(paper))
    return store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read().decode("utf-8")


def test_language_of_a_sentence():
    assert language("葛根素上调 Runx2。") == "zh" and language("Puerarin raised ALP.") == "en"


def test_the_browse_copy_puts_compound_language_and_sentence_first(fake_extractor, inbox, tmp_path):
    import sqlite3

    store = _store(inbox, f"sqlite:///{tmp_path / 'store.sqlite'}")
    db = build_browse_db(store, tmp_path / "results.db")
    with sqlite3.connect(db) as conn:
        cols = [r[1] for r in conn.execute("pragma table_info(relations)")]
        langs = {r[0] for r in conn.execute("select distinct language from relations")}
        compounds = {r[0] for r in conn.execute("select distinct compound from relations")}
    assert cols[:4] == ["paper_id", "language", "type", "compound"] and "sentence" in cols[:8]
    assert langs == {"en", "zh"} and {"Puerarin", "葛根素"} <= compounds


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_browse_serves_facets_queries_and_a_page_chromium_reads(fake_extractor, inbox, tmp_path):
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    _store(inbox, url)
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "puerextract", "browse", "--store-url", url, "--port", str(port), "--no-open"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):  # the server's start-up; nothing is asserted about time
            try:
                _get(f"{base}/-/versions.json")
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                time.sleep(0.5)
        table = json.loads(
            _get(f"{base}/results/relations.json?_shape=objects&_extra=facet_results")
        )
        facets = table["facet_results"]
        facets = facets.get("results", facets)
        assert {"compound", "type", "paper_id", "language"} <= set(facets)
        assert all(row["sentence"] for row in table["rows"])
        q = urllib.parse.quote("葛根素")
        answer = json.loads(
            _get(f"{base}/results/what_does_x_regulate.json?compound={q}&_shape=objects")
        )
        targets = {(r["language"], r["arg2_text"]) for r in answer["rows"]}
        assert ("en", "Runx2") in targets and ("zh", "Runx2") in targets  # across languages
        exe = _chromium()
        if exe is None:
            pytest.skip("chromium is not installed")
        page = _browser(exe, tmp_path / "profile", "--dump-dom", f"{base}/results/relations")
        assert page.returncode == 0, page.stderr[-2000:]
        assert "葛根素" in page.stdout and "language" in page.stdout
        assert "What does a compound regulate?" in _get(f"{base}/results")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    _assert_no_server_left(port)


def _assert_no_server_left(port: int) -> None:
    import psutil

    for _ in range(40):
        left = [
            p for p in psutil.process_iter(["cmdline"]) if str(port) in (p.info["cmdline"] or [])
        ]
        if not left:
            return
        time.sleep(0.25)
    raise AssertionError(f"a server outlived browse: {left}")


def test_browse_without_datasette_is_one_clear_line(monkeypatch, capsys):
    import importlib.util

    from puerextract.cli import main

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "datasette" else real(name, *a),
    )
    assert main(["browse", "--no-open"]) == 2
    assert "pip install 'puerextract[browse]'" in capsys.readouterr().err
