"""Relation rule coverage: each relation names its rule; the report lists rules by set and the
rules that fire in one document only (sentences written for the tests)."""

from __future__ import annotations

from puerextract.cli import main
from puerextract.coverage import coverage_frame, coverage_markdown, single_document_rules
from puerextract.extract import extract_text
from puerextract.rules import load_rules


def _docs(texts: dict[str, str]):
    return [extract_text(t, name) for name, t in texts.items()]


def test_each_relation_names_the_rule_that_made_it():
    ann = extract_text("Genistein inhibited NFATc1. 淫羊藿苷组 ALP 活性升高。", "t")
    rules = {r.rule for r in ann.relations}
    assert "trigger en:inhibited" in rules
    assert any(r.startswith("trigger zh:") for r in rules)


def test_report_counts_documents_per_set_and_lists_single_document_rules():
    sets = {
        "a": _docs({"d1": "Genistein inhibited NFATc1.", "d2": "Daidzein inhibited RANKL."}),
        "b": _docs({"d3": "Icariin promotes Osterix in our hands."}),
    }
    frame = coverage_frame(sets)
    row = frame[(frame.rule == "trigger en:inhibited") & (frame.set == "a")].iloc[0]
    assert (row.documents, row.relations) == (2, 2)
    single = single_document_rules(frame)
    assert "trigger en:promotes" in single and "trigger en:inhibited" not in single
    report = coverage_markdown(frame, load_rules().triggers)
    assert "one document only (" in report and "fire nowhere" in report
    assert "- trigger en:alleviates" in report  # a row no text here fired


def test_cli_writes_the_report(tmp_path, capsys):
    folder = tmp_path / "mini"
    folder.mkdir()
    (folder / "d1.txt").write_text("Genistein inhibited NFATc1.", encoding="utf-8")
    out = tmp_path / "coverage.md"
    assert main(["rules", "coverage", "--gold", str(folder), "--out", str(out)]) == 0
    assert "| trigger en:inhibited" in out.read_text(encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["rules", "coverage", "--gold", str(empty)]) == 2
    assert "no .txt files" in capsys.readouterr().err


def test_a_bad_file_is_one_error_line_and_the_others_are_kept(tmp_path, capsys):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("Genistein inhibited NFATc1.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00junk" * 20)
    out = tmp_path / "coverage.md"
    assert main(["rules", "coverage", "--gold", str(folder), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'empty.txt'}: " in err and f"{folder / 'binary.txt'}: " in err
    assert "| trigger en:inhibited" in out.read_text(encoding="utf-8")
