"""Shared fixtures.

Flows and store: a fake extractor, small papers, one Prefect test server for the session.
Extractor: a small rule folder written for the extractor tests. Its files carry the packaged
files' names, so they replace the packaged rules entirely: the tests exercise the machinery,
independent of the packaged data.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
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


def python_output(code: str) -> str:
    """What ``code`` prints, run by this interpreter in a fresh process (its imports its own)."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def pytest_collection_modifyitems(config, items) -> None:  # noqa: ANN001
    """The slow tests (servers, browsers) first: the two workers then finish together instead
    of one running a long test while the other idles."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


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
def prefect_db(tmp_path_factory) -> Path:
    """An empty Prefect database with every migration applied, built once per test run and
    shared by the xdist workers (a lock beside their temporary folders). A server started on a
    copy skips the migrations, about 10 s of each start here."""
    import fcntl

    import prefect

    shared = tmp_path_factory.getbasetemp().parent
    db = shared / f"prefect-{prefect.__version__}.db"
    with open(shared / "prefect-db.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not db.exists():
            home = shared / f"prefect-db-build-{os.getpid()}"
            env = {k: v for k, v in os.environ.items() if "DATABASE_CONNECTION_URL" not in k}
            subprocess.run(
                [str(Path(sys.executable).parent / "prefect"), "server", "database", "upgrade",
                 "-y"], env={**env, "PREFECT_HOME": str(home)}, check=True, capture_output=True,
            )  # fmt: skip
            os.replace(home / "prefect.db", db)
            shutil.rmtree(home, ignore_errors=True)
    return db


def prefect_home(path: Path, db: Path) -> Path:
    """A PREFECT_HOME at PATH holding a copy of the migrated database DB."""
    path.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db, path / "prefect.db")
    return path


@pytest.fixture(scope="session")
def prefect_server(prefect_db, tmp_path_factory):
    """One temporary Prefect server (SQLite in a tmp folder) for every flow test, started on a
    copy of the migrated database."""
    from unittest import mock

    from prefect.testing import utilities

    folder = tmp_path_factory.mktemp("prefect-harness")
    shutil.copyfile(prefect_db, folder / "prefect-test.db")  # the harness's database name
    with mock.patch.object(utilities, "mkdtemp", lambda: str(folder)):
        with utilities.prefect_test_harness(server_startup_timeout=180):
            yield


LEXICON = """id\ttype\tpreferred\tzh\ten\tsource
pubchem:5281807\tCOMPOUND\tpuerarin\t葛根素\tpuerarin|Puerarin\tpubchem
pubchem:5280961\tCOMPOUND\tgenistein\t染料木素\tgenistein|Genistein\tpubchem
pubchem:3973\tCOMPOUND\tLY294002\t\tLY294002\tpubchem
mesh:D004967\tCOMPOUND\testrogens\t雌激素\testrogen|estrogens\tmesh
mesh:D011960\tGENE\testrogen receptors\t雌激素受体\testrogen receptor|ER\tfamily
hgnc:ALPL\tGENE\talkaline phosphatase\t碱性磷酸酶\talkaline phosphatase|ALP\thgnc
hgnc:RUNX2\tGENE\tRUNX2\t\tRunx2|RUNX2\thgnc
hgnc:BMP7\tGENE\tBMP7\t骨形态发生蛋白 7\tbone morphogenetic protein 7\thgnc
hgnc:AKT1\tGENE\tAKT1\t\tAkt\thgnc
mesh:D019869\tGENE\tphosphatidylinositol 3-kinases\t\tPI3K\tfamily
mesh:D048031\tGENE\tERK1/2\t\tERK1/2\tfamily
hgnc:MAPK14\tGENE\tp38\t\tp38\thgnc
mesh:D010006\tCELL_TYPE\tosteoblasts\t成骨细胞\tosteoblast\tmesh
mesh:D010010\tCELL_TYPE\tosteoclasts\t破骨细胞\tosteoclast\tmesh
cellosaurus:CVCL_0409\tCELL_LINE\tMC3T3-E1\t\tMC3T3-E1\tcellosaurus
cellosaurus:CVCL_0493\tCELL_LINE\tRAW 264.7\t\tRAW264.7|RAW 264.7\tcellosaurus
kegg.pathway:map04310\tPATHWAY\tWnt signaling pathway\tWnt 信号通路\tWnt signaling pathway\tKEGG
mesh:D010024\tDISEASE\tosteoporosis\t骨质疏松症|骨质疏松\tosteoporosis|osteoporotic\tmesh
ncbitaxon:10116\tORGANISM\trat\t大鼠\trat|rats\tncbitaxon
ncbitaxon:10090\tORGANISM\tmouse\t小鼠\tmouse|mice\tncbitaxon
"""

TRIGGERS = """word\tlang\trelation\tdirection\texample
上调\tzh\tUPREGULATES\tforward\tX 上调 Y
促进\tzh\tUPREGULATES\tforward\tX 促进 Y
升高\tzh\tUPREGULATES\tforward\tX 升高 Y
增加\tzh\tUPREGULATES\tforward\tX 增加 Y
激活\tzh\tUPREGULATES\tforward\tX 激活 Y
降低\tzh\tDOWNREGULATES\tforward\tX 降低 Y
抑制\tzh\tDOWNREGULATES\tforward\tX 抑制 Y
抑制剂\tzh\tDOWNREGULATES\tbackward\tY 抑制剂 X
防治\tzh\tTREATS\tforward\tX 防治 Y
治疗\tzh\tTREATS\tforward\tX 治疗 Y
用于\tzh\tTESTED_IN\tforward\t将 X 用于 Y
诱导\tzh\tUPREGULATES\tforward\tX 诱导 Y 向 Z 分化
诱导\tzh\tTESTED_IN\tforward\tX 诱导 Y
诱导的\tzh\tTESTED_IN\tmodifier\tX 诱导的 Y
减轻\tzh\tDOWNREGULATES\tforward\tX 减轻 Y
减轻\tzh\tTREATS\tforward\tX 减轻 D
给予\tzh\tTESTED_IN\tforward\t给予 Y X
调节\tzh\tNONE\tforward\tneutral
increase\ten\tUPREGULATES\tforward\tX increased Y
promote\ten\tUPREGULATES\tforward\tX promoted Y
inhibit\ten\tDOWNREGULATES\tforward\tX inhibited Y
prevent\ten\tTREATS\tforward\tX prevented Y
treated with\ten\tTESTED_IN\tbackward\tY treated with X
administered\ten\tTESTED_IN\tany\tY were administered X
-induced\ten\tTESTED_IN\tmodifier\tX-induced Y
-treated\ten\tTESTED_IN\tmodifier\tX-treated Y
regulate\ten\tNONE\tforward\tneutral
"""

PATTERNS = {
    "shapes.jsonl": [
        {
            "label": "GENE",
            "pattern": [{"TEXT": {"REGEX": "^miR-\\d+[a-z]?(?:-[35]p)?$"}}],
            "comment": "shape: miRNA",
        },
    ],
    "animal_models.jsonl": [
        {"label": "ORGANISM", "pattern": [{"TEXT": "Wistar"}, {"LOWER": "rats"}]},
    ],
    "pathways.jsonl": [
        {"label": "PATHWAY", "pattern": [{"TEXT": "Hedgehog"}, {"LOWER": "pathway"}]},
    ],
}
FILES = {
    "COMPOUND": "compounds.tsv",
    "GENE": "genes.tsv",
    "CELL_TYPE": "cells.tsv",
    "CELL_LINE": "cells.tsv",
    "DISEASE": "diseases.tsv",
    "ORGANISM": "organisms.tsv",
    "PATHWAY": "pathways.tsv",
}


@pytest.fixture(scope="session")
def rules_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("rules")
    (root / "lexicons").mkdir()
    (root / "patterns").mkdir()
    header, *rows = LEXICON.strip().split("\n")
    by_file: dict[str, list[str]] = {}
    for row in rows:
        by_file.setdefault(FILES[row.split("\t")[1]], []).append(row)
    for name, lines in by_file.items():
        (root / "lexicons" / name).write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    (root / "triggers.tsv").write_text(TRIGGERS, encoding="utf-8")
    for name, patterns in PATTERNS.items():
        (root / "patterns" / name).write_text(
            "\n".join(json.dumps(p, ensure_ascii=False) for p in patterns) + "\n",
            encoding="utf-8",
        )
    return root


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
