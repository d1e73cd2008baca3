"""Smoke tests of the benchmark harness: it runs on a tiny corpus and produces every figure.

No test here asserts a time: only that each figure exists and is a positive number.
"""

from __future__ import annotations

import math
import random
import sys
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import corpus, lexicon, report  # noqa: E402
from bench.__main__ import QUICK, run  # noqa: E402

TINY = replace(
    QUICK,
    corpus_bytes=30_000,
    lengths=(1_000, 10_000, 20_000),
    length_budget=20_000,
    lexicon_factors=(1, 3),
    lexicon_bytes=10_000,
    profile_bytes=10_000,
    flow_papers=2,
)


def _positive(x) -> bool:
    return isinstance(x, int | float) and x > 0 and not math.isnan(x)


def test_corpus_is_varied_and_sized():
    papers = corpus.build_corpus(60_000, 10_000)
    assert papers[0].text == corpus.seed_text()
    total = sum(p.nbytes for p in papers)
    assert 60_000 <= total < 75_000
    kinds = {p.name.split("_")[1] for p in papers[1:]}
    assert kinds == {"zh", "en", "mixed"}
    sentences = [corpus.zh_sentence(random.Random(i)) for i in range(50)]
    assert len(set(sentences)) > 40  # generated, not one sentence repeated


def test_papers_of_size_hit_their_size():
    for size in (1_000, 10_000):
        papers = corpus.papers_of_size(size, 5 * size)
        assert len(papers) == 5
        assert all(0.5 * size <= p.nbytes <= size for p in papers)


def test_synthetic_lexicon_rows_are_unique_and_avoid_taken_terms():
    rows = lexicon.synthetic_rows(300, taken={"葛根素", "puerarin"})
    assert len(rows) == 300
    ids = [r.split("\t")[0] for r in rows]
    terms = [t for r in rows for t in r.split("\t")[3:5]]
    assert len(set(ids)) == 300
    assert len(set(terms)) == len(terms)
    assert all(len(r.split("\t")) == 6 for r in rows)


def test_quick_run_produces_every_figure(tmp_path):
    results = run(TINY, tmp_path, skip={"flow"})
    assert (tmp_path / "results.json").is_file()
    table = (tmp_path / "figures.md").read_text(encoding="utf-8")
    assert "Extraction / jieba.lcut" in table
    assert _positive(results["speed"]["ratio"])
    assert _positive(results["speed"]["extract_chars_per_s"])
    assert results["profile"]["stages"] and "segment" in results["profile"]["stages"]
    assert abs(sum(results["profile"]["stages"].values()) - 1) < 1e-6
    assert _positive(results["memory"]["peak_rss_mb"])
    assert _positive(results["length"]["spread_10k_up"] + 1)
    assert set(results["length"]["sizes"]) == {"1000", "10000", "20000"}
    if results["extractor"]["full"]:
        assert _positive(results["speed_user_path"]["ratio"])  # the path extract and flows run
        assert "The extract/flow path / jieba.lcut" in table
        assert _positive(results["lexicon"]["spread"] + 1)
        assert set(results["lexicon"]["factors"]) == {"1", "3"}
        missing = report.missing_figures(results)
        assert missing == ["flow.flow_over_direct", "flow.server_start_s", "flow.dask_speedup"]
    else:
        assert "skipped" in results["lexicon"]


def test_update_doc_replaces_only_the_figures(tmp_path):
    doc = tmp_path / "BENCHMARKS.md"
    doc.write_text(f"# Intro\n\n{report.START}\nold\n{report.END}\n\nTail\n", encoding="utf-8")
    report.update_doc(doc, "| new |\n")
    text = doc.read_text(encoding="utf-8")
    assert "old" not in text and "| new |" in text
    assert text.startswith("# Intro") and text.rstrip().endswith("Tail")


def test_flow_bench_direct_path_processes_every_paper_once(tmp_path):
    """The flow benchmark's baseline (the library calls its tasks make) on two tiny papers:
    both processed and stored, and a second run over the same store processes none.
    The Prefect and Dask sides are exercised by tests/test_flows.py and tests/test_dask.py."""
    from bench import flowbench
    from puerextract.store import open_store

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for p in corpus.papers_of_size(3_000, 6_000):
        (inbox / f"{p.name}.txt").write_text(p.text, encoding="utf-8")
    params = flowbench._fresh(tmp_path, "direct")
    assert flowbench.direct(inbox, params) == 2
    with open_store(params["store_url"]).engine.connect() as conn:
        papers = conn.exec_driver_sql("SELECT status FROM papers").fetchall()
        mentions = conn.exec_driver_sql("SELECT COUNT(*) FROM mentions").scalar()
    assert sorted(r[0] for r in papers) == ["ok", "ok"]
    assert mentions > 0
    assert flowbench.direct(inbox, params) == 0  # same content, same rules: skipped


def test_puerextract_bench_forwards_the_harness_options(monkeypatch):
    """The CLI defines no options of its own: every one reaches ``bench.__main__.main``."""
    import bench.__main__ as harness
    from puerextract.cli import main

    seen = []
    monkeypatch.setattr(harness, "main", lambda argv: seen.append(argv) or 0)
    assert main(["bench", "--quick", "--skip", "flow", "--reps", "1"]) == 0
    assert seen == [["--quick", "--skip", "flow", "--reps", "1"]]
    with pytest.raises(SystemExit):
        main(["segment", "x.txt", "--quick"])  # other commands still refuse unknown options
