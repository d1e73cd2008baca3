"""Hostile inputs to ``puerextract extract``: nothing overwritten, nothing followed out of the
folder, no hang on files that are not papers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from puerextract.cli import main
from puerextract.inbox import unique_paper_ids

ZH = "葛根素上调 Runx2 的表达。\n"
EN = "Puerarin increased ALP activity in MC3T3-E1 cells.\n"


def test_paper_ids_are_unique_per_path():
    paths = [Path("a/x.txt"), Path("b/x.txt"), Path("c/y.txt"), Path("c/y.md"), Path("z.txt")]
    ids = unique_paper_ids(paths)
    assert len(set(ids.values())) == len(paths)
    assert ids[Path("z.txt")] == "z"
    assert ids[Path("c/y.txt")] == "y_txt" and ids[Path("c/y.md")] == "y_md"
    assert ids[Path("a/x.txt")].endswith("a_x_txt") or ids[Path("a/x.txt")] == "a_x"


def test_same_stem_in_two_folders_and_two_suffixes_keep_every_paper(tmp_path):
    for rel, text in (("a/x.txt", ZH), ("b/x.txt", EN), ("c/y.txt", ZH), ("c/y.md", EN)):
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    args = [
        "extract",
        str(tmp_path / "a/x.txt"),
        str(tmp_path / "b/x.txt"),
        str(tmp_path / "c"),
        "--out",
        str(out),
    ]
    assert main(args) == 0
    anns = sorted(p.name for p in out.glob("*.ann"))
    assert len(anns) == 4, anns
    papers = {line.split(",")[0] for line in (out / "mentions.csv").read_text().splitlines()[1:]}
    assert len(papers) == 4


def test_out_equal_to_or_inside_the_input_folder_is_refused(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    paper = src / "p.txt"
    paper.write_bytes(ZH.encode("gb18030"))
    before = paper.read_bytes()
    assert main(["extract", str(src), "--out", str(src)]) == 2
    assert main(["extract", str(src), "--out", str(src / "sub")]) == 2
    assert "output folder is (inside) the input folder" in capsys.readouterr().err
    assert paper.read_bytes() == before


def test_a_link_out_of_the_folder_is_not_followed(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text(ZH, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0 secret line\n", encoding="utf-8")
    (src / "leak.txt").symlink_to(secret)
    out = tmp_path / "out"
    assert main(["extract", str(src), "--out", str(out)]) == 0
    assert "a link out of" in capsys.readouterr().err
    assert not (out / "leak.txt").exists()
    assert all("secret" not in p.read_text() for p in out.iterdir() if p.is_file())


def test_a_link_to_a_paper_in_the_folder_is_processed_once(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ZH, encoding="utf-8")
    (src / "b.txt").symlink_to(src / "a.txt")
    out = tmp_path / "out"
    assert main(["extract", str(src), "--out", str(out)]) == 0
    assert "the same file as" in capsys.readouterr().err
    assert [p.name for p in out.glob("*.ann")] == ["a.ann"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_opening(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text(ZH, encoding="utf-8")
    os.mkfifo(src / "pipe.txt")  # opening it for reading would block forever
    out = tmp_path / "out"
    assert main(["extract", str(src), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "pipe.txt: not a regular file" in err
    assert (out / "ok.ann").exists()


def test_inbox_plan_refuses_links_out_and_stores_one_copy_of_a_content(tmp_path):
    from puerextract.inbox import plan_inbox, quarantine

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(ZH, encoding="utf-8")
    (inbox / "copy.txt").write_text(ZH, encoding="utf-8")  # the same paper under two names
    secret = tmp_path / "passwd.txt"
    secret.write_text("root:x:0:0\n", encoding="utf-8")
    (inbox / "leak.txt").symlink_to(secret)
    plan = {p.path.name: p for p in plan_inbox(inbox, f"sqlite:///{tmp_path / 's.sqlite'}")}
    assert plan["a.txt"].action == "process"
    assert plan["copy.txt"].action == "skip" and "same content as" in plan["copy.txt"].error
    assert plan["leak.txt"].action == "fail" and "link out of the inbox" in plan["leak.txt"].error
    assert quarantine(inbox / "leak.txt", tmp_path / "q") is None
    assert not (tmp_path / "q" / "leak.txt").exists()


@pytest.mark.parametrize(
    "text",
    [
        "(" * 3000,
        "[" * 500 + " Runx2 " + "]" * 500,
        "葛" * 2000 + "。",
        "X (ABC " * 3000,
        (
            "Puerarin (PUE) raised ALP in MC3T3-E1 cells (P<0.05), 葛根素上调骨钙素（OCN）表达， "
            * 300
        ),
    ],
)
def test_adversarial_text_is_tokenized_and_tagged_as_slices(text):
    """Long words, runs and lines are cut into bounded pieces; every token and mention is
    still a slice of the text (their time is measured in bench/adversarial.py, not here)."""
    from puerextract.extract import extract_text
    from puerextract.ingest import ingest_text
    from puerextract.segment import segment

    doc = segment(ingest_text(text, "adv", reflow_lines=False))
    tokens = [t for s in doc.sentences for t in s.tokens]
    assert tokens and all(text[t.start : t.end] == t.text for t in tokens)
    assert all(len(t.text) <= 64 or "\u4e00" <= t.text[0] <= "\u9fff" for t in tokens)
    ann = extract_text(text, "adv")
    assert all(text[e.start : e.end] == e.text for e in ann.entities)


def test_a_pattern_with_nested_repeats_is_refused(tmp_path, capsys):
    from puerextract.rules import catastrophic_regex

    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "mine.jsonl").write_text(
        '{"label": "GENE", "pattern": [{"TEXT": {"REGEX": "^(a+)+$"}}], "lang": "any", '
        '"comment": "shape: bad"}\n',
        encoding="utf-8",
    )
    assert main(["rules", "check", "--rules", str(tmp_path)]) == 2
    assert "mine.jsonl:1: REGEX '^(a+)+$' nests unbounded repeats" in capsys.readouterr().out
    assert catastrophic_regex("(x+x+)+y") and catastrophic_regex("(?:a|(b+))*")
    assert not catastrophic_regex(r"^\d+(?:\.\d+)?$") and not catastrophic_regex("(a{1,3})+")


def test_a_units_overlay_is_validated_and_used(tmp_path, capsys):
    from puerextract.extract import extract_text
    from puerextract.rules import packaged_rules_dir

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "units.tsv").write_text("garbage line\nfoo\tbar\n", encoding="utf-8")
    assert main(["rules", "check", "--rules", str(bad)]) == 2
    assert "units.tsv:1: unknown column" in capsys.readouterr().out
    good = tmp_path / "good"
    good.mkdir()
    header = next(
        line
        for line in (packaged_rules_dir() / "units.tsv").read_text("utf-8").splitlines()
        if not line.startswith("#")
    )
    (good / "units.tsv").write_text(
        f"{header}\nµg/ml\tconcentration\tug/mL\tmicrogram/milliliter\t5 µg/ml\n", encoding="utf-8"
    )
    text = "Cells got 5 μg/ml of X and 10 μmol/L of Y."
    found = [e.text for e in extract_text(text, "t", good).entities if e.type == "CONCENTRATION"]
    assert found == ["5 μg/ml"]  # the overlay replaces the packaged table


def test_broken_and_foreign_stores_give_one_line(tmp_path, capsys, monkeypatch):
    import sqlite3

    from puerextract.store import StoreError, close_stores, open_store

    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(os.urandom(4096))
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as con:
        con.execute("CREATE TABLE customers (id INTEGER)")
    for path, words in ((junk, "corrupt or foreign file"), (foreign, "holds other tables")):
        with pytest.raises(StoreError, match=words):
            open_store(f"sqlite:///{path}")
        code = main(["query", "--compound", "puerarin", "--store-url", f"sqlite:///{path}"])
        err = capsys.readouterr().err.strip().splitlines()
        assert code != 0 and len(err) == 1 and str(path) in err[0], err
    with sqlite3.connect(foreign) as con:  # nothing was written into the foreign database
        assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["customers"]
    monkeypatch.setenv("PUEREXTRACT_STORE_SHARED", "1")
    open_store(f"sqlite:///{foreign}")  # asked for: shared
    close_stores()


def test_a_store_whose_tables_lost_columns_is_refused(tmp_path):
    import sqlite3

    from puerextract.store import Store, StoreError

    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    Store(url).ensure_schema()
    with sqlite3.connect(tmp_path / "s.sqlite") as con:
        con.execute("ALTER TABLE mentions DROP COLUMN sentence")
    with pytest.raises(StoreError, match="lacks column"):
        Store(url).ensure_schema()


def test_a_transient_failure_is_retried_on_the_next_run_a_bad_paper_is_not(tmp_path):
    from puerextract.inbox import current_rules_version, plan_inbox
    from puerextract.store import Store

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "full.txt").write_text(ZH, encoding="utf-8")
    (inbox / "bad.txt").write_text(EN, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    store = Store(url)
    for p in plan_inbox(inbox, url):
        error = (
            f"{p.path}: OSError: [Errno 28] No space left on device"
            if p.path.name == "full.txt"
            else f"{p.path}: unknown encoding"
        )
        store.record_failure(
            p.paper_id, str(p.path), p.content_hash, current_rules_version(), error
        )
    plan = {p.path.name: p.action for p in plan_inbox(inbox, url)}
    assert plan == {"full.txt": "process", "bad.txt": "skip"}


def test_papers_that_left_the_inbox_are_reported_and_pruned(tmp_path):
    from puerextract.inbox import papers_gone, prune_papers
    from puerextract.runner import run_batch
    from puerextract.store import Store

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in (("stay.txt", ZH), ("leave.txt", EN)):
        (inbox / name).write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    out = tmp_path / "out"
    run_batch(sorted(inbox.iterdir()), out, url)
    (inbox / "leave.txt").unlink()
    gone = papers_gone(inbox, url)
    assert list(gone) == ["leave"]
    prune_papers(gone, url, out)
    assert Store(url).paper("leave") is None and Store(url).paper("stay") is not None
    assert not (out / "leave.ann").exists() and (out / "stay.ann").exists()
    assert papers_gone(inbox, url) == {}


def _pdf_with_stream(body: bytes) -> bytes:
    """A one-page PDF whose content stream is ``body`` (already Flate-compressed)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def test_a_pdf_decompression_bomb_is_refused(tmp_path):
    import zlib

    from puerextract.errors import IngestError
    from puerextract.ingest import MAX_PDF_STREAM, ingest_file

    bomb = zlib.compress(b"\0" * (MAX_PDF_STREAM + 2**20), 9)
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_pdf_with_stream(bomb))
    assert path.stat().st_size < 2**20  # a small file that would inflate past the bound
    with pytest.raises(IngestError, match="decompression bomb"):
        ingest_file(path)


def test_help_imports_no_heavy_library():
    """``puerextract --help`` and the parser stay light: no spaCy, pandas, pint, Prefect."""
    from conftest import python_output

    code = (
        "import sys; from puerextract.cli import build_parser; build_parser();"
        "heavy = {'pandas', 'numpy', 'spacy', 'pint', 'prefect', 'jieba', 'sqlalchemy'};"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))"
    )
    assert python_output(code) == "[]"


def test_help_loads_no_rule_or_gold_module():
    """The parser loads no rule files' machinery, gold checker or brat reader: each command
    imports them when it runs (``--help`` in about 0.1 s here)."""
    from conftest import python_output

    code = (
        "import sys; from puerextract.cli import build_parser; build_parser();"
        "light = {'puerextract.rules', 'puerextract.goldcheck', 'puerextract.brat',"
        " 'puerextract.model', 'puerextract.grammar'};"
        "print(sorted(light & set(sys.modules)))"
    )
    assert python_output(code) == "[]"


def test_a_missing_input_is_one_error_line(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nothere"), "--out", str(tmp_path / "o")]) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith("error:") and "nothere" in err[0], err


def _cli_env() -> dict:
    tests = Path(__file__).resolve().parent
    return {
        **os.environ,
        "PUEREXTRACT_EXTRACTOR": "fake_extractor:extract_document",
        "PYTHONPATH": os.pathsep.join([str(tests), str(tests.parent / "src")]),
    }


def _extract_bad_beside_good(tmp_path, bad: str, extra_args=(), env=None):  # noqa: ANN001, ANN202
    """``extract`` (in a subprocess, fake extractor) over a_bad.txt holding ``bad`` and b_ok.txt."""
    import subprocess
    import sys

    src = tmp_path / "in"
    src.mkdir()
    (src / "a_bad.txt").write_text(f"Puerarin {bad} raised Runx2.\n", encoding="utf-8")
    (src / "b_ok.txt").write_text("Puerarin increased Runx2.\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "puerextract", "extract", str(src), "--out", str(tmp_path / "o"),
         *extra_args],
        capture_output=True, text=True, env={**_cli_env(), **(env or {})}, timeout=100,
    )  # fmt: skip


@pytest.mark.timeout(120)
def test_extract_stops_a_paper_holding_the_gil_at_its_timeout(tmp_path):
    proc = _extract_bad_beside_good(tmp_path, "GIL-HANG-HERE", ["--timeout", "3"])
    assert proc.returncode == 1
    assert "a_bad.txt: TimeoutError: timed out after 3 s" in proc.stderr
    assert (tmp_path / "o" / "b_ok.ann").exists() and not (tmp_path / "o" / "a_bad.ann").exists()


@pytest.mark.timeout(120)
def test_a_paper_needing_too_much_memory_is_stopped_the_others_kept(tmp_path):
    proc = _extract_bad_beside_good(
        tmp_path, "MEMORY-HOG", env={"PUEREXTRACT_MAX_MEMORY_MB": "400"}
    )
    assert proc.returncode == 1
    err = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(err) == 1 and "a_bad.txt: needed more than 400 MB of memory" in err[0], err
    assert (tmp_path / "o" / "b_ok.ann").exists() and not (tmp_path / "o" / "a_bad.ann").exists()


@pytest.mark.timeout(120)
def test_sigterm_stops_a_run_and_its_worker_promptly(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    import psutil

    src = tmp_path / "in"
    src.mkdir()
    (src / "stuck.txt").write_text("Puerarin GIL-HANG-HERE forever.\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "puerextract", "extract", str(src), "--out", str(tmp_path / "o"),
         "--timeout", "600"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_cli_env(),
    )  # fmt: skip
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    while not parent.children(recursive=True) and time.monotonic() < deadline:
        time.sleep(0.2)
    workers = parent.children(recursive=True)
    assert workers, "the worker process did not start"
    time.sleep(2)  # the worker is now stuck in C code holding its GIL
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=10)
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, "a worker outlived its run"


def _full_disk_at(monkeypatch, suffix: str, code: int) -> None:
    """Writes of files ending in ``suffix`` fail as on a full (ENOSPC) or read-only (EROFS) disk."""
    import errno

    from puerextract import io_utils, output

    real = io_utils.atomic_write_text

    def failing(path, text):  # noqa: ANN001, ANN202
        if str(path).endswith(suffix):
            raise OSError(code, os.strerror(code), str(path))
        return real(path, text)

    assert code in (errno.ENOSPC, errno.EROFS)
    monkeypatch.setattr(output, "atomic_write_text", failing)


def test_a_full_disk_leaves_no_partial_paper_and_one_line_per_paper(tmp_path, capsys, monkeypatch):
    import errno

    monkeypatch.setenv("PUEREXTRACT_EXTRACTOR", "fake_extractor:extract_document")
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent))
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ZH, encoding="utf-8")
    (src / "b.txt").write_text(EN, encoding="utf-8")
    _full_disk_at(monkeypatch, "a.jsonl", errno.ENOSPC)
    out = tmp_path / "out"
    assert main(["extract", str(src), "--out", str(out), "--timeout", "0"]) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith("error:") and "No space left" in err[0], err
    assert "Traceback" not in err[0]
    assert sorted(p.name for p in out.iterdir()) == [
        "b.ann", "b.jsonl", "b.txt", "mentions.csv", "relations.csv"
    ]  # fmt: skip


def test_an_unwritable_output_folder_is_one_line_before_any_paper(tmp_path, capsys, monkeypatch):
    import errno

    from puerextract import output

    def refuse(self, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ZH, encoding="utf-8")
    monkeypatch.setattr(output.Path, "open", refuse)
    assert main(["extract", str(src), "--out", str(tmp_path / "o"), "--timeout", "0"]) == 2
    captured = capsys.readouterr()
    err = [line for line in captured.err.splitlines() if line.strip()]
    assert len(err) == 1 and "Read-only file system" in err[0], err
    assert "a.txt" not in captured.out  # no paper was processed


def test_tables_failing_at_the_end_leave_no_half_written_file(tmp_path, monkeypatch, capsys):
    import errno

    from puerextract import output

    monkeypatch.setenv("PUEREXTRACT_EXTRACTOR", "fake_extractor:extract_document")
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent))
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ZH, encoding="utf-8")

    def no_space(fd):  # noqa: ANN001, ANN202
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output.os, "fsync", no_space)
    out = tmp_path / "out"
    assert main(["extract", str(src), "--out", str(out), "--timeout", "0"]) == 1
    assert "tables could not be written" in capsys.readouterr().err
    assert not [p for p in out.iterdir() if p.name.endswith((".csv", ".tmp"))]
