"""Extraction, evaluation and main flows on one shared Prefect test server, with faults."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from conftest import PAPER_EN, PAPER_ZH

from puerextract.store import Store

pytestmark = [pytest.mark.usefixtures("prefect_server", "fake_extractor"), pytest.mark.slow]


def _extract(inbox, tmp_path, store_url, **kw):
    from extract_flow import run_extraction

    params = dict(
        inbox=str(inbox),
        out_dir=str(tmp_path / "out"),
        store_url=store_url,
        quarantine_dir=str(tmp_path / "quarantine"),
    )
    params.update(kw)
    return run_extraction(**params)


def _status(summary):
    return {p["paper_id"]: p["status"] for p in summary["papers"]}


def test_faults_are_recorded_and_quarantined(inbox, tmp_path, store_url):
    (inbox / "corrupt.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00garbage" * 10)
    (inbox / "fake.pdf").write_bytes(b"this is not a pdf at all")
    (inbox / "unreadable.txt").symlink_to(inbox / ".missing-target.txt")  # dangling, inside
    (inbox / "buggy.txt").write_text("Puerarin CRASH-HERE in a sentence.\n", encoding="utf-8")
    (inbox / "hangs.txt").write_text("Puerarin HANG-HERE forever.\n", encoding="utf-8")
    (inbox / "flaky.txt").write_text("Puerarin FLAKY-ONCE increased Runx2.\n", encoding="utf-8")

    summary = _extract(inbox, tmp_path, store_url, timeout_seconds=3)

    assert _status(summary) == {
        "en_paper": "processed",
        "zh_paper": "processed",
        "flaky": "processed",  # a transient error, retried
        "corrupt": "failed",
        "fake": "failed",
        "unreadable": "failed",
        "buggy": "failed",
        "hangs": "failed",
    }
    assert (summary["processed"], summary["skipped"], summary["failed"]) == (3, 0, 5)
    errors = {p["paper_id"]: p["error"] for p in summary["papers"] if p["error"]}
    assert "corrupt.txt" in errors["corrupt"]
    assert "fake.pdf" in errors["fake"]
    assert "cannot read" in errors["unreadable"]
    assert "timed out" in errors["hangs"]
    assert "CRASH-HERE" in errors["buggy"]
    store = Store(store_url)
    for pid in errors:
        row = store.paper(pid)
        assert row["status"] == "failed" and row["error"] == errors[pid]
    quarantined = {p.name for p in (tmp_path / "quarantine").iterdir()}
    assert quarantined == {"corrupt.txt", "fake.pdf", "buggy.txt", "hangs.txt"}
    # good papers' outputs are whole: .ann, .txt and .jsonl, and no temporary file left
    out = tmp_path / "out"
    assert {p.name for p in out.iterdir()} == {
        f"{n}{s}" for n in ("en_paper", "zh_paper", "flaky") for s in (".txt", ".ann", ".jsonl")
    }
    lines = (out / "en_paper.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["paper_id"] == "en_paper" for line in lines)

    # the second run skips everything, bad papers included, but tries the timed-out paper
    # again (a timeout is the machine's failure, not the paper's)
    again = _extract(inbox, tmp_path, store_url, timeout_seconds=3)
    assert (again["processed"], again["skipped"], again["failed"]) == (0, 7, 1)
    assert {k for k, v in _status(again).items() if v != "skipped"} == {"hangs"}


def test_rule_change_reprocesses(inbox, tmp_path, store_url, monkeypatch):
    import puerextract.inbox
    import puerextract.runner

    first = _extract(inbox, tmp_path, store_url)
    assert first["processed"] == 2
    assert _extract(inbox, tmp_path, store_url)["skipped"] == 2
    for module in (puerextract.inbox, puerextract.runner):
        monkeypatch.setattr(module, "current_rules_version", lambda rules_dir=None: "rules-v2")
    third = _extract(inbox, tmp_path, store_url)
    assert third["processed"] == 2
    assert set(Store(store_url).papers_table()["rules_version"]) == {"rules-v2"}


def test_killed_run_then_rerun(inbox, tmp_path, store_url):
    """A run that stopped half way (one paper stored, one not, a stale temporary file) is
    finished by the next run with no duplicate rows and no half-written file."""
    from puerextract.runner import run_batch

    run_batch([inbox / "en_paper.txt"], tmp_path / "out", store_url)
    stale = tmp_path / "out" / ".zh_paper.ann.abc123.tmp"
    stale.write_text("T1\tCOMPOUND 0 3\t葛根", encoding="utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    summary = _extract(inbox, tmp_path, store_url)
    assert _status(summary) == {"en_paper": "skipped", "zh_paper": "processed"}
    assert not stale.exists()
    men = Store(store_url).mentions_table()
    assert not men.duplicated(["paper_id", "mention_id"]).any()
    assert set(men["paper_id"]) == {"en_paper", "zh_paper"}


def test_old_schema_store_fails_clearly(inbox, tmp_path):
    import sqlalchemy as sa

    url = f"sqlite:///{tmp_path / 'legacy.sqlite'}"
    eng = sa.create_engine(url)
    with eng.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE mentions (paper_id TEXT, text TEXT)")
    eng.dispose()
    from extract_flow import extract_flow

    state = extract_flow(
        inbox=str(inbox), out_dir=str(tmp_path / "o"), store_url=url, return_state=True
    )
    assert state.is_failed()
    exc = state.result(raise_on_failure=False)
    assert "legacy.sqlite" in str(exc) and "schema" in str(exc)


def _gold(tmp_path: Path) -> Path:
    """A two-document gold set in brat, written from the fake extractor's own output."""
    from puerextract.brat import write_brat
    from puerextract.ingest import ingest_text
    from puerextract.runner import process_document

    gold = tmp_path / "gold"
    for name, text in (("g_en", PAPER_EN), ("g_zh", PAPER_ZH)):
        ann = process_document(ingest_text(text, name, reflow_lines=False)).annotations
        ann.entities = [e for e in ann.entities if e.type != "DURATION"]  # one gold miss...
        keep = {e.id for e in ann.entities}
        ann.relations = [r for r in ann.relations if r.arg2 in keep]
        write_brat(ann, gold)
    return gold


def test_evaluate_flow_and_baseline(tmp_path, monkeypatch):
    from evaluate_flow import run_evaluation

    gold = _gold(tmp_path)
    reports = tmp_path / "reports"
    first = run_evaluation(gold_dir=str(gold), out_dir=str(reports), accept=True)
    assert first["regressions"] == []
    assert 0.5 < first["headline"]["entity_strict_f1"] < 1.0  # durations are extra predictions
    assert Path(first["reports"]["md"]).exists() and (reports / "baseline.json").exists()

    # a worse extractor: drops every gene -> below the baseline -> the flow run fails
    import fake_extractor

    real = fake_extractor.extract_document

    def worse(doc, rules_dir=None):
        ann = real(doc, rules_dir)
        ann.entities = [e for e in ann.entities if e.type != "GENE"]
        keep = {e.id for e in ann.entities}
        ann.relations = [r for r in ann.relations if r.arg2 in keep]
        return ann

    monkeypatch.setattr(fake_extractor, "extract_document", worse)
    second = run_evaluation(gold_dir=str(gold), out_dir=str(reports), tolerance=0.02)
    assert any(r.startswith("entity_strict_f1") for r in second["regressions"])
    from evaluate_flow import main as eval_main

    assert eval_main(["--gold", str(gold), "--out", str(reports)]) == 1
    # within a wide tolerance it passes
    assert eval_main(["--gold", str(gold), "--out", str(reports), "--tolerance", "1"]) == 0


def test_main_job(inbox, tmp_path, capsys, monkeypatch):
    import main as main_job

    gold = _gold(tmp_path)
    monkeypatch.chdir(tmp_path)
    code = main_job.main(["--inbox", str(inbox), "--gold", str(gold)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "papers: processed 2, skipped 0, failed 0" in out
    assert str(tmp_path / "out" / "papers") in out
    assert f"sqlite:///{tmp_path / 'out' / 'store.sqlite'}" in out
    assert "reports/report.md" in out and "entity_strict_f1" in out
    assert Store(f"sqlite:///{tmp_path / 'out' / 'store.sqlite'}").counts()["papers_ok"] == 2


def test_run_outside_the_repository_without_gold(inbox, tmp_path, capsys, monkeypatch):
    """No gold folder: the evaluation says what it skipped and why, the run exits 0; --out is
    the run's folder (papers, quarantine and store in it); the hint names a stored compound."""
    from puerextract.cli import main

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code = main(["run", "--inbox", str(inbox), "--out", "runout"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "evaluation skipped: no gold folder at" in out
    assert f"outputs:    {elsewhere / 'runout' / 'papers'}" in out
    assert f"store:      sqlite:///{elsewhere / 'runout' / 'store.sqlite'}" in out
    assert (elsewhere / "runout" / "store.sqlite").exists()
    assert not (elsewhere / "out").exists()
    assert "query it:   puerextract query --compound Puerarin" in out  # the fake extractor's


def test_batch_with_a_crashing_paper_quarantines_it_alone(inbox, tmp_path, store_url):
    """Papers share one task (batch of 3): a RuntimeError in one fails and quarantines that
    paper only; the others are processed and stored."""
    (inbox / "bad_paper.txt").write_text(
        "Puerarin RUNTIME-ERROR-HERE increased Runx2.\n", encoding="utf-8"
    )
    summary = _extract(inbox, tmp_path, store_url, batch_size=3)
    assert _status(summary) == {
        "bad_paper": "failed",
        "en_paper": "processed",
        "zh_paper": "processed",
    }
    error = next(p["error"] for p in summary["papers"] if p["paper_id"] == "bad_paper")
    assert "RuntimeError" in error
    store = Store(store_url)
    assert store.paper("bad_paper")["status"] == "failed"
    assert set(store.mentions_table()["paper_id"]) == {"en_paper", "zh_paper"}
    assert {p.name for p in (tmp_path / "quarantine").iterdir()} == {"bad_paper.txt"}
