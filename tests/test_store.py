"""Store: per-paper transactions, idempotent upserts, concurrency, schema versions, queries."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading

import pytest
import sqlalchemy as sa
from conftest import ROOT, TESTS

from puerextract.query import RelationQuery, query_mentions, query_relations
from puerextract.runner import process_paper, run_batch
from puerextract.store import SCHEMA_VERSION, Store, StoreError, open_store


def _counts(url):
    return Store(url).counts()


def test_process_paper_rows(fake_extractor, inbox):
    r = process_paper(inbox / "en_paper.txt")
    assert r.paper_id == "en_paper"
    assert r.content_hash.startswith("sha256:")
    assert {m["type"] for m in r.mentions} >= {"COMPOUND", "GENE", "CELL_LINE", "CONCENTRATION"}
    for m in r.mentions:  # every span points at its text, inside its sentence
        assert r.document.text[m["start"] : m["end"]] == m["text"]
        assert m["text"] in m["sentence"]
    up = [x for x in r.relations if x["type"] == "UPREGULATES"]
    assert {x["arg2_text"] for x in up} == {"Runx2", "ALP"}
    assert all(x["arg1_identifier"] == "pubchem:5281807" for x in up)


def test_empty_extraction_without_extractor(inbox, monkeypatch, caplog):
    import builtins

    import puerextract.runner as pl

    real_import = builtins.__import__

    def no_extract(name, globals=None, locals=None, fromlist=(), level=0):
        if name == "extract" and level == 1 or name == "puerextract.extract":
            raise ModuleNotFoundError(
                "No module named 'puerextract.extract'", name="puerextract.extract"
            )
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.delenv("PUEREXTRACT_EXTRACTOR", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_extract)
    monkeypatch.setattr(pl, "_warned_no_extractor", False)
    with caplog.at_level("WARNING"):
        r = process_paper(inbox / "en_paper.txt")
    assert r.mentions == [] and r.relations == []
    assert "EMPTY extraction" in caplog.text


def test_upsert_twice_no_duplicates(fake_extractor, inbox, store_url, tmp_path):
    paths = sorted(inbox.iterdir())
    first = run_batch(paths, tmp_path / "out", store_url)
    assert [o.status for o in first] == ["processed", "processed"]
    before = _counts(store_url)
    assert before["mentions"] > 0 and before["relations"] > 0
    again = run_batch(paths, tmp_path / "out", store_url)
    assert [o.status for o in again] == ["skipped", "skipped"]
    forced = run_batch(paths, tmp_path / "out", store_url, force=True)
    assert [o.status for o in forced] == ["processed", "processed"]
    assert _counts(store_url) == before


def test_changed_content_reprocessed(fake_extractor, inbox, store_url, tmp_path):
    p = inbox / "en_paper.txt"
    run_batch([p], tmp_path / "out", store_url)
    p.write_text("Puerarin increased Runx2 in MC3T3-E1 cells.\n", encoding="utf-8")
    assert run_batch([p], tmp_path / "out", store_url)[0].status == "processed"
    men = Store(store_url).mentions_table()
    assert "ALP" not in set(men["text"])  # the old rows are gone, not appended to


def test_threads_at_once_no_duplicates(fake_extractor, inbox, store_url, tmp_path):
    paths = sorted(inbox.iterdir())
    run_batch(paths, tmp_path / "ref", store_url)
    expected = _counts(store_url)
    errors = []

    def work():
        try:
            run_batch(paths, tmp_path / "out", store_url, force=True)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _counts(store_url) == expected


_KILL_SCRIPT = textwrap.dedent(
    """
    import os, sys
    sys.path[:0] = [{tests!r}, {src!r}]
    os.environ["PUEREXTRACT_EXTRACTOR"] = "fake_extractor:extract_document"
    import sqlalchemy as sa
    from puerextract import store
    from puerextract.runner import run_batch

    s = store.open_store(sys.argv[1])

    @sa.event.listens_for(s.engine, "before_cursor_execute")
    def die(conn, cursor, statement, params, context, executemany):
        # killed inside the second paper's transaction, after its paper row went in
        if statement.startswith("INSERT INTO mentions") and "zh_paper" in repr(params):
            os._exit(9)

    run_batch(sys.argv[3:], sys.argv[2], sys.argv[1], force=True)
    """
)


def test_killed_mid_transaction_leaves_no_half_paper(fake_extractor, inbox, store_url, tmp_path):
    script = _KILL_SCRIPT.format(tests=str(TESTS), src=str(ROOT / "src"))
    paths = [str(inbox / "en_paper.txt"), str(inbox / "zh_paper.md")]
    proc = subprocess.run(
        [sys.executable, "-c", script, store_url, str(tmp_path / "out"), *paths],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 9, proc.stderr
    s = Store(store_url)
    assert s.paper("zh_paper") is None  # rolled back: no paper row without its mentions
    assert s.paper("en_paper")["status"] == "ok"
    assert set(s.mentions_table()["paper_id"]) == {"en_paper"}
    # the rerun finishes the job, once
    outcomes = run_batch(paths, tmp_path / "out", store_url)
    assert [o.status for o in outcomes] == ["skipped", "processed"]
    men = s.mentions_table()
    assert not men.duplicated(["paper_id", "mention_id"]).any()
    assert set(men["paper_id"]) == {"en_paper", "zh_paper"}


def test_two_processes_at_once_no_duplicates(fake_extractor, inbox, store_url, tmp_path):
    code = (
        "import os,sys; sys.path[:0]=[{t!r},{s!r}];"
        "os.environ['PUEREXTRACT_EXTRACTOR']='fake_extractor:extract_document';"
        "from puerextract.runner import run_batch;"
        "print([o.status for o in run_batch(sys.argv[3:], sys.argv[2], sys.argv[1], force=True)])"
    ).format(t=str(TESTS), s=str(ROOT / "src"))
    paths = [str(p) for p in sorted(inbox.iterdir())]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, store_url, str(tmp_path / f"out{i}"), *paths],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
        assert "processed" in out
    c = _counts(store_url)
    assert c["papers_ok"] == 2
    men = Store(store_url).mentions_table()
    assert not men.duplicated(["paper_id", "mention_id"]).any()
    one = process_paper(inbox / "en_paper.txt")
    assert (men["paper_id"] == "en_paper").sum() == len(one.mentions)


def test_old_schema_without_version_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    eng = sa.create_engine(url)
    with eng.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE papers (id TEXT PRIMARY KEY, path TEXT)")
    eng.dispose()
    with pytest.raises(StoreError) as err:
        Store(url).ensure_schema()
    assert "old.sqlite" in err.value.message and "schema" in err.value.message


def test_newer_and_older_schema_versions(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    Store(url).ensure_schema()
    eng = sa.create_engine(url)
    with eng.begin() as conn:
        conn.exec_driver_sql(f"UPDATE schema_version SET version = {SCHEMA_VERSION + 5}")
    with pytest.raises(StoreError, match="newer than this puerextract"):
        Store(url).ensure_schema()
    with eng.begin() as conn:
        conn.exec_driver_sql(f"UPDATE schema_version SET version = {SCHEMA_VERSION - 1}")
    with pytest.raises(StoreError, match="no migration exists"):
        Store(url).ensure_schema()
    # with a migration step registered, the store is migrated and its version raised
    import puerextract.store as st

    monkeypatch.setitem(
        st.MIGRATIONS, SCHEMA_VERSION - 1, ["CREATE TABLE migrated_marker (x INTEGER)"]
    )
    s = Store(url)
    s.ensure_schema()
    assert s.schema_version() == SCHEMA_VERSION
    assert "migrated_marker" in sa.inspect(eng).get_table_names()
    eng.dispose()


def test_query_across_languages(fake_extractor, inbox, store_url, tmp_path):
    run_batch(sorted(inbox.iterdir()), tmp_path / "out", store_url)
    s = open_store(store_url)
    table = query_relations(RelationQuery(compound="puerarin", relation="UPREGULATES"), s)
    assert set(table["arg1"]) == {"Puerarin", "葛根素"}  # the Chinese paper found by identifier
    assert set(table["paper"]) == {"en_paper", "zh_paper"}
    en = table[table["paper"] == "en_paper"]
    assert set(en["arg2"]) == {"Runx2", "ALP"}
    assert set(en["concentration"]) == {"10 μmol/L"} and set(en["duration"]) == {"48 h"}
    zh = table[table["paper"] == "zh_paper"]
    assert list(zh["concentration"]) == ["20 μmol/L"]
    by_gene = query_relations(RelationQuery(gene="hgnc:ALPL"), s)
    assert set(by_gene["arg2"]) == {"ALP"}
    in_cells = query_relations(RelationQuery(compound="葛根素", cell_line="MC3T3-E1"), s)
    assert {"UPREGULATES", "TESTED_IN"} <= set(in_cells["relation"])
    none = query_relations(RelationQuery(compound="aspirin"), s)
    assert none.empty
    cells = query_mentions(s, type_="CELL_LINE")
    assert set(cells["paper_id"]) == {"en_paper", "zh_paper"}


def test_query_cli(fake_extractor, inbox, store_url, tmp_path, capsys):
    from puerextract.cli import main

    run_batch(sorted(inbox.iterdir()), tmp_path / "out", store_url)
    csv = tmp_path / "q.csv"
    code = main(
        ["query", "--compound", "puerarin", "--relation", "UPREGULATES", "--type", "GENE",
         "--store-url", store_url, "--csv", str(csv)]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "Runx2" in out and "葛根素" in out and "3 row(s)" in out
    assert csv.read_text(encoding="utf-8").startswith("arg1,relation,arg2,concentration")
    code = main(["query", "--compound", "x", "--store-url", f"sqlite:///{tmp_path}/none.sqlite"])
    assert code == 2
    assert "no store yet" in capsys.readouterr().err


def test_batch_with_a_crashing_paper_keeps_the_others(fake_extractor, inbox, store_url, tmp_path):
    """A plain RuntimeError in one paper fails that paper alone; the others are processed and
    keep their stored rows, before and after it in the batch."""
    bad = inbox / "bad_paper.txt"
    bad.write_text("Puerarin RUNTIME-ERROR-HERE increased Runx2.\n", encoding="utf-8")
    paths = [inbox / "en_paper.txt", bad, inbox / "zh_paper.md"]
    outcomes = run_batch(paths, tmp_path / "out", store_url)
    assert [o.status for o in outcomes] == ["processed", "failed", "processed"]
    error = outcomes[1].error
    assert "RuntimeError" in error and "RUNTIME-ERROR-HERE" in error and "bad_paper.txt" in error
    men = Store(store_url).mentions_table()
    assert set(men["paper_id"]) == {"en_paper", "zh_paper"}
    assert Store(store_url).paper("en_paper")["status"] == "ok"


def test_batch_paper_timeout_fails_that_paper_only(fake_extractor, inbox, store_url, tmp_path):
    slow = inbox / "slow.txt"
    slow.write_text("Puerarin HANG-HERE forever.\n", encoding="utf-8")
    paths = [slow, inbox / "en_paper.txt"]
    outcomes = run_batch(paths, tmp_path / "out", store_url, timeout_s=1)
    assert [o.status for o in outcomes] == ["failed", "processed"]
    assert "TimeoutError" in outcomes[0].error and "timed out" in outcomes[0].error
    assert not (tmp_path / "out" / "slow.ann").exists()  # an abandoned paper writes nothing


@pytest.mark.timeout(180)
def test_a_paper_holding_the_gil_is_killed_at_its_timeout(
    fake_extractor, inbox, store_url, tmp_path
):
    """A thread cannot stop C code that holds the GIL; the worker process is killed instead,
    and the papers after it are processed by a fresh worker."""
    import time

    stuck = inbox / "stuck.txt"
    stuck.write_text("Puerarin GIL-HANG-HERE forever.\n", encoding="utf-8")
    paths = [stuck, inbox / "en_paper.txt", inbox / "zh_paper.md"]
    t0 = time.monotonic()
    outcomes = run_batch(paths, tmp_path / "out", store_url, timeout_s=3)
    elapsed = time.monotonic() - t0
    assert [o.status for o in outcomes] == ["failed", "processed", "processed"]
    assert "timed out after 3 s" in outcomes[0].error
    assert not (tmp_path / "out" / "stuck.ann").exists()
    # two worker start-ups (the first, and the one after the kill) and the 3 s deadline; a
    # thread-based timeout would have waited for the regular expression (minutes)
    assert elapsed < 90, elapsed


def test_query_finds_a_store_holding_only_the_other_languages_name(tmp_path):
    """The store holds 柚皮苷 only; --compound naringin (or its synonym) finds it through the
    lexicon's identifier (the lookup read a field the entries do not have and found none)."""
    paper = tmp_path / "inbox" / "zh_naringin.txt"
    paper.parent.mkdir()
    paper.write_text("柚皮苷上调 Runx2 的表达。\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    run_batch([paper], tmp_path / "out", url)
    s = open_store(url)
    for name in ("naringin", "Naringin", "柚皮苷"):
        table = query_relations(RelationQuery(compound=name, relation="UPREGULATES"), s)
        assert list(table["arg1"]) == ["柚皮苷"], name


def test_query_refuses_unknown_names_and_fits_the_terminal(
    fake_extractor, inbox, store_url, tmp_path, capsys
):
    import json as _json

    from puerextract.cli import main
    from puerextract.cli.query import _display_width, fit_table

    run_batch(sorted(inbox.iterdir()), tmp_path / "out", store_url)
    base = ["query", "--store-url", store_url]
    assert main([*base, "--relation", "FOO"]) == 2
    err = capsys.readouterr().err
    assert "unknown relation 'FOO'" in err and "UPREGULATES" in err
    assert main([*base, "--type", "PROTEIN"]) == 2
    assert "unknown type 'PROTEIN'" in capsys.readouterr().err

    assert main([*base, "--compound", "puerarin", "--format", "json"]) == 0
    rows = _json.loads(capsys.readouterr().out)
    assert rows and {"paper", "sentence", "arg1_start", "arg2_end"} <= set(rows[0])
    assert main([*base, "--compound", "puerarin", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("arg1,relation,arg2,concentration")

    from puerextract.query import DETAIL_COLUMNS, RelationQuery

    table = query_relations(RelationQuery(compound="puerarin"), open_store(store_url))
    text = fit_table(table.drop(columns=DETAIL_COLUMNS), columns=100)
    assert max(_display_width(line) for line in text.splitlines()) <= 100
    assert "…" in text  # the long sentences are cut, by display width (Chinese counts two)


def test_one_row_schema_for_the_store_the_tables_and_json_lines():
    from puerextract.model import MENTION_FIELDS, RELATION_FIELDS
    from puerextract.store import MENTION_COLUMNS, RELATION_COLUMNS

    assert tuple(MENTION_COLUMNS) == MENTION_FIELDS
    assert tuple(RELATION_COLUMNS) == RELATION_FIELDS
