"""Shared fixtures: corpus/gold paths, seed document, tokenizer, a fake extractor, small papers,
one Prefect test server for the session."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FLOWS = ROOT / "flows"
SEED = ROOT / "corpus" / "000_335a1d33f753f1c8.txt"
GOLD_DIR = ROOT / "gold"

for p in (str(TESTS), str(FLOWS), str(ROOT / "src")):
    if p not in sys.path:
        sys.path.insert(0, p)

# settings read by Prefect at import: set them before any test imports it
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

PAPER_EN = (
    "Puerarin and bone cells\n"
    "Puerarin increased Runx2 and ALP expression in MC3T3-E1 cells at 10 μmol/L for 48 h. "
    "Puerarin may treat osteoporosis in older women.\n"
)
PAPER_ZH = (
    "葛根素与成骨\n"
    "葛根素（20 μmol/L）作用 24 h 后上调 MC3T3-E1 细胞中 Runx2 的表达。"
    "葛根素可用于防治骨质疏松症。\n"
)


@pytest.fixture
def fake_extractor(monkeypatch):
    """Route the pipeline to the test extractor (also in Dask worker processes, by env)."""
    monkeypatch.setenv("PUEREXTRACT_EXTRACTOR", "fake_extractor:extract_document")
    paths = [str(TESTS), str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in paths if p))
    import fake_extractor as fx

    fx._flaky_seen.clear()
    return fx


@pytest.fixture
def inbox(tmp_path) -> Path:
    """An inbox with one English and one Chinese paper."""
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "en_paper.txt").write_text(PAPER_EN, encoding="utf-8")
    (d / "zh_paper.md").write_text(PAPER_ZH, encoding="utf-8")
    return d


@pytest.fixture
def store_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect server (SQLite under a tmp PREFECT_HOME) for every flow test."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def seed_doc():
    """The seed review, ingested (reflowed) once per session."""
    from puerextract.ingest import ingest_file

    return ingest_file(SEED)


@pytest.fixture(scope="session")
def tokenizer():
    """One bilingual tokenizer with the packaged lexicon, shared by the session."""
    from puerextract.segment import get_tokenizer

    return get_tokenizer()
