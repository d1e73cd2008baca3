"""Shared fixtures: paths of the bundled corpus and gold set."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "000_335a1d33f753f1c8.txt"
GOLD_DIR = ROOT / "gold"


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
