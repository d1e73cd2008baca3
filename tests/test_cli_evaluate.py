"""``puerextract evaluate``: reports, warnings, the baseline loop, and bad inputs."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from puerextract.brat import write_brat
from puerextract.cli import main
from puerextract.model import Annotations, Entity, Relation

# Sentences written for these tests.
TEXT_A = "葛根素上调ALP的表达。Puerarin prevented osteoporosis in rats."
TEXT_B = "葛根素抑制破骨细胞的分化。"


def ent(text: str, eid: str, etype: str, surface: str, **kw) -> Entity:
    start = text.index(surface)
    return Entity(eid, etype, start, start + len(surface), surface, **kw)


def gold_docs() -> list[Annotations]:
    a = Annotations(
        "a",
        TEXT_A,
        [
            ent(TEXT_A, "T1", "COMPOUND", "葛根素", norm="pubchem:5281807"),
            ent(TEXT_A, "T2", "GENE", "ALP"),
            ent(TEXT_A, "T3", "COMPOUND", "Puerarin"),
            ent(TEXT_A, "T4", "DISEASE", "osteoporosis"),
            ent(TEXT_A, "T5", "ORGANISM", "rats"),
        ],
        [
            Relation("R1", "UPREGULATES", "T1", "T2"),
            Relation("R2", "TREATS", "T3", "T4"),
            Relation("R3", "TESTED_IN", "T3", "T5"),
        ],
    )
    b = Annotations(
        "b",
        TEXT_B,
        [ent(TEXT_B, "T1", "COMPOUND", "葛根素"), ent(TEXT_B, "T2", "CELL_TYPE", "破骨细胞")],
        [Relation("R1", "DOWNREGULATES", "T1", "T2")],
    )
    return [a, b]


@pytest.fixture
def gold_dir(tmp_path) -> Path:
    folder = tmp_path / "gold"
    for doc in gold_docs():
        write_brat(doc, folder)
    return folder


def write_pred(folder: Path, docs: list[Annotations]) -> Path:
    for doc in docs:
        write_brat(doc, folder)
    return folder


def run(args: list[str], capsys) -> tuple[int, str, str]:
    rc = main(args)
    captured = capsys.readouterr()
    return rc, captured.out, captured.err


def test_perfect_prediction_folder(gold_dir, tmp_path, capsys):
    pred = write_pred(tmp_path / "pred", gold_docs())
    out = tmp_path / "reports"
    rc, stdout, stderr = run(
        ["evaluate", "--gold", str(gold_dir), "--pred", str(pred), "--out", str(out)], capsys
    )
    assert rc == 0, stderr
    assert "Entities F1 (strict)" in stdout and "1.000" in stdout
    assert str(out / "report.html") in stdout
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["summary"]["headline"]["entity_strict_f1"] == 1.0
    assert data["summary"]["headline"]["relation_lenient_f1"] == 1.0
    assert data["summary"]["normalisation"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    md = (out / "report.md").read_text(encoding="utf-8")
    assert md.startswith("# Evaluation report") and "| COMPOUND" in md


def test_missing_prediction_document_is_counted_and_reported(gold_dir, tmp_path, capsys):
    pred = write_pred(tmp_path / "pred", gold_docs()[:1])  # no prediction for b
    out = tmp_path / "reports"
    rc, stdout, stderr = run(
        ["evaluate", "--gold", str(gold_dir), "--pred", str(pred), "--out", str(out)], capsys
    )
    assert rc == 0
    assert "warning: no prediction for b: its 2 gold mention(s) count as missed" in stderr
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    # a: 5 of 5; b: 0 of 2 -> strict recall 5/7, precision 5/5
    micro = data["summary"]["entities"]["strict"]["micro"]
    assert (micro["tp"], micro["fp"], micro["fn"]) == (5, 0, 2)
    assert data["summary"]["missing_predictions"] == ["b"]
    assert any("no prediction for b" in w for w in data["warnings"])
    assert "no prediction for b" in (out / "report.md").read_text(encoding="utf-8")
    assert "no prediction for b" in (out / "report.html").read_text(encoding="utf-8")


def test_without_extractor_scores_empty_prediction(gold_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "puerextract.extract", None)  # import fails
    out = tmp_path / "reports"
    rc, stdout, stderr = run(["evaluate", "--gold", str(gold_dir), "--out", str(out)], capsys)
    assert rc == 0
    assert "extractor (puerextract.extract) is not available" in stderr
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["summary"]["entities"]["strict"]["micro"]["fn"] == 7
    assert data["meta"]["prediction_source"] == "none (extractor not available)"
    assert "EMPTY prediction" in (out / "report.html").read_text(encoding="utf-8")


def test_runs_the_extractor_when_there_is_one(gold_dir, tmp_path, capsys, monkeypatch):
    by_name = {d.name: d for d in gold_docs()}
    seen = []

    def extract_text(text, name, rules_dir=None):
        seen.append((name, rules_dir))
        return by_name[name]

    fake = types.ModuleType("puerextract.extract")
    fake.extract_text = extract_text
    monkeypatch.setitem(sys.modules, "puerextract.extract", fake)
    out = tmp_path / "reports"
    rules = tmp_path / "rules"
    rc, stdout, stderr = run(
        ["evaluate", "--gold", str(gold_dir), "--out", str(out), "--rules", str(rules)], capsys
    )
    assert rc == 0, stderr
    assert sorted(seen) == [("a", rules), ("b", rules)]
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["summary"]["headline"]["entity_strict_f1"] == 1.0


def test_baseline_loop(gold_dir, tmp_path, capsys):
    """--accept stores a baseline; the next run reports deltas, gains and losses."""
    out = tmp_path / "reports"
    first = gold_docs()
    # first run: b is predicted without its relation and without 破骨细胞
    first[1] = Annotations("b", TEXT_B, [first[1].entities[0]], [])
    p1 = write_pred(tmp_path / "p1", first)
    args = ["evaluate", "--gold", str(gold_dir), "--out", str(out)]
    rc, stdout, _ = run(args + ["--pred", str(p1), "--accept"], capsys)
    assert rc == 0 and "baseline stored" in stdout
    assert (out / "baseline.json").exists()

    # second run: b complete, but a loses ALP (and with it R1) and gains a wrong GENE
    second = gold_docs()
    a = second[0]
    a.entities = [e for e in a.entities if e.id != "T2"] + [ent(TEXT_A, "T9", "GENE", "rats")]
    a.relations = [r for r in a.relations if r.id != "R1"]
    p2 = write_pred(tmp_path / "p2", second)
    rc, stdout, _ = run(args + ["--pred", str(p2)], capsys)
    assert rc == 0
    assert "since the baseline: mentions +2 -1, relations +1 -1" in stdout
    comparison = json.loads((out / "report.json").read_text(encoding="utf-8"))["comparison"]
    gained = {(m["doc"], m["text"], m["correct"]) for m in comparison["mentions_gained"]}
    assert gained == {("b", "破骨细胞", True), ("a", "rats", False)}
    lost = [(m["doc"], m["text"], m["correct"]) for m in comparison["mentions_lost"]]
    assert lost == [("a", "ALP", True)]
    [rel_lost] = comparison["relations_lost"]
    assert (rel_lost["type"], rel_lost["arg2"]["text"]) == ("UPREGULATES", "ALP")
    [rel_gained] = comparison["relations_gained"]
    assert rel_gained["type"] == "DOWNREGULATES" and rel_gained["correct"]
    # entity strict: first run tp 6 of 7 gold, 6 pred -> F1 12/13; second tp 6, fp 1 -> 12/14
    delta = comparison["deltas"]["entity_strict_f1"]
    assert delta["baseline"] == pytest.approx(12 / 13)
    assert delta["current"] == pytest.approx(12 / 14)
    assert delta["delta"] == pytest.approx(12 / 14 - 12 / 13)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert 'data-change="mentions_gained"' in html and "Mentions lost (1)" in html


def test_broken_baseline_is_a_clear_error(gold_dir, tmp_path, capsys):
    out = tmp_path / "reports"
    out.mkdir()
    (out / "baseline.json").write_text("{not json", encoding="utf-8")
    pred = write_pred(tmp_path / "pred", gold_docs())
    rc, _, stderr = run(
        ["evaluate", "--gold", str(gold_dir), "--pred", str(pred), "--out", str(out)], capsys
    )
    assert rc == 2
    assert "baseline.json: baseline is not valid JSON" in stderr
    assert "Traceback" not in stderr


# ------------------------------------------------------------------ bad gold inputs

GOOD_ANN = "T1\tCOMPOUND 0 3\t葛根素\nT2\tGENE 5 8\tALP\n"


@pytest.mark.parametrize(
    ("ann", "expected"),
    [
        ("T1\tCOMPOUND 0 4\t葛根素\n", "x.ann:1: wrong offset"),
        (GOOD_ANN + "T3\tPROTEIN 12 20\tPuerarin\n", "x.ann:3: unknown entity type 'PROTEIN'"),
        (GOOD_ANN + "R1\tUPREGULATES Arg1:T1 Arg2:T7\n", "x.ann:3: R1 Arg2 points at unknown"),
        ("T1 COMPOUND 0 3 葛根素\n", "x.ann:1: missing tab"),
    ],
    ids=["wrong-offset", "unknown-type", "dangling-arg", "missing-tab"],
)
def test_bad_gold_ann(tmp_path, capsys, ann, expected):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.txt").write_text(TEXT_A, encoding="utf-8")
    (gold / "x.ann").write_text(ann, encoding="utf-8")
    rc, stdout, stderr = run(
        ["evaluate", "--gold", str(gold), "--out", str(tmp_path / "r")], capsys
    )
    assert rc != 0
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ") and expected in lines[0]
    assert str(gold / "x.ann") in lines[0]
    assert "Traceback" not in stderr
    assert not (tmp_path / "r" / "report.html").exists()


def test_ann_without_txt(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.ann").write_text(GOOD_ANN, encoding="utf-8")
    rc, _, stderr = run(["evaluate", "--gold", str(gold), "--out", str(tmp_path / "r")], capsys)
    assert rc != 0
    assert stderr.strip() == f"error: {gold / 'x.ann'}: text file x.txt missing"


def test_txt_in_gb18030(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.txt").write_bytes(("标题\n" + TEXT_A).encode("gb18030"))
    (gold / "x.ann").write_text("", encoding="utf-8")
    rc, _, stderr = run(["evaluate", "--gold", str(gold), "--out", str(tmp_path / "r")], capsys)
    assert rc != 0
    [line] = stderr.strip().splitlines()
    assert line.startswith(f"error: {gold / 'x.txt'}:1: not UTF-8")
    assert "Traceback" not in stderr


def test_missing_gold_folder(tmp_path, capsys):
    rc, _, stderr = run(["evaluate", "--gold", str(tmp_path / "nope"), "--out", "r"], capsys)
    assert rc == 2 and "nope: not a folder" in stderr


def test_bad_prediction_file_is_named(gold_dir, tmp_path, capsys):
    pred = write_pred(tmp_path / "pred", gold_docs())
    (pred / "a.ann").write_text("T1\tCOMPOUND 0 2\t葛根素\n", encoding="utf-8")
    rc, _, stderr = run(
        ["evaluate", "--gold", str(gold_dir), "--pred", str(pred), "--out", str(tmp_path / "r")],
        capsys,
    )
    assert rc == 2
    assert f"{pred / 'a.ann'}:1: wrong offset" in stderr and "Traceback" not in stderr
    # a prediction whose text differs from the gold text
    pred2 = write_pred(tmp_path / "pred2", gold_docs())
    (pred2 / "b.txt").write_text(TEXT_B + "!", encoding="utf-8")
    rc, _, stderr = run(
        ["evaluate", "--gold", str(gold_dir), "--pred", str(pred2), "--out", str(tmp_path / "r")],
        capsys,
    )
    assert rc == 2 and f"{pred2 / 'b.txt'}: text differs from the gold text" in stderr


def test_several_sets_side_by_side_with_novel_recall_and_test_history(gold_dir, tmp_path, capsys):
    dev = tmp_path / "dev"
    write_brat(gold_docs()[1].__class__("c", TEXT_B, gold_docs()[1].entities, []), dev)
    history = tmp_path / "history.jsonl"
    history.write_text(
        json.dumps(
            {
                "date": "2026-12-01",
                "commit": "abc",
                "entity_strict_f1": 0.5,
                "relation_strict_f1": 0.25,
                "documents": 3,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    pred = write_pred(tmp_path / "pred", gold_docs() + [Annotations("c", TEXT_B)])
    out = tmp_path / "rep"
    code = main(
        [
            "evaluate",
            "--gold",
            str(gold_dir),
            "--gold",
            str(dev),
            "--pred",
            str(pred),
            "--out",
            str(out),
            "--history",
            str(history),
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "gold" in printed and "dev" in printed and "novel-mention recall" in printed
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert set(data["sets"]) == {"gold", "dev"}
    assert data["sets"]["gold"]["entities"]["strict"]["micro"]["f1"] == 1.0
    assert data["sets"]["dev"]["entities"]["strict"]["micro"]["f1"] == 0.0
    assert "novel" in data["sets"]["dev"]
    assert data["test_history"][0]["commit"] == "abc"
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "## Sets side by side" in md and "## Blind test set: score history" in md
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Novel-mention recall per type and set" in html


def test_record_test_appends_only_for_a_test_set(gold_dir, tmp_path):
    test = tmp_path / "test"
    write_brat(gold_docs()[1].__class__("c", TEXT_B, gold_docs()[1].entities, []), test)
    pred = write_pred(tmp_path / "pred", gold_docs() + [Annotations("c", TEXT_B)])
    history = tmp_path / "h.jsonl"
    args = [
        "evaluate",
        "--pred",
        str(pred),
        "--out",
        str(tmp_path / "r"),
        "--history",
        str(history),
    ]
    assert main([*args, "--gold", str(gold_dir), "--record-test", "first"]) == 2
    assert not history.exists()
    assert main([*args, "--gold", str(test), "--record-test", "first"]) == 0
    assert main([*args, "--gold", str(test), "--record-test", "second"]) == 0
    rows = [json.loads(x) for x in history.read_text(encoding="utf-8").splitlines()]
    assert [r["note"] for r in rows] == ["first", "second"]
    assert rows[0]["entity_strict_f1"] == 0.0 and rows[0]["documents"] == 1


def test_a_document_in_two_sets_is_refused(gold_dir, tmp_path, capsys):
    other = tmp_path / "other"
    write_brat(gold_docs()[0], other)
    code = main(
        ["evaluate", "--gold", str(gold_dir), "--gold", str(other), "--out", str(tmp_path / "r")]
    )
    assert code == 2
    assert "a is also in" in capsys.readouterr().err
