"""End-to-end extraction on English, Chinese and mixed texts; output files; offsets."""

from __future__ import annotations

import csv
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from puerextract.brat import read_brat
from puerextract.cli import main
from puerextract.extract import extract_text

ENGLISH = (
    "Genistein protects bone.\n"
    "Genistein at 10 μM increased ALP activity in MC3T3-E1 cells and inhibited the "
    "differentiation of osteoclasts. Genistein is an isoflavone, and it may prevent "
    "osteoporosis in ovariectomized rats."
)
CHINESE = (
    "染料木素对成骨细胞的作用\n"
    "将 10、20 μmol/L 染料木素用于 MC3T3-E1 细胞 48 h，可上调 Runx2 的表达，"
    "促进成骨细胞的增殖。染料木素可用于防治骨质疏松症。"
)
MIXED = "葛根素（puerarin）可激活 PI3K/Akt 信号通路，promote osteoblast proliferation。"


def _check_offsets(ann) -> None:
    for e in ann.entities:
        assert ann.text[e.start : e.end] == e.text


def _triples(ann):
    by_id = ann.entity_by_id()
    return {(r.type, by_id[r.arg1].text, by_id[r.arg2].text) for r in ann.relations}


def test_english_text(rules_dir):
    ann = extract_text(ENGLISH, "en", rules_dir)
    _check_offsets(ann)
    types = {(e.text, e.type) for e in ann.entities}
    assert ("10 μM", "CONCENTRATION") in types
    assert ("ovariectomized rats", "ORGANISM") in types
    got = _triples(ann)
    assert ("HAS_CONCENTRATION", "Genistein", "10 μM") in got
    assert ("UPREGULATES", "Genistein", "ALP") in got
    assert ("DOWNREGULATES", "Genistein", "osteoclasts") in got
    assert ("TREATS", "Genistein", "osteoporosis") in got  # "it" is the earlier Genistein


def test_chinese_text(rules_dir):
    ann = extract_text(CHINESE, "zh", rules_dir)
    _check_offsets(ann)
    got = _triples(ann)
    assert {
        ("HAS_CONCENTRATION", "染料木素", "10、20 μmol/L"),
        ("TESTED_IN", "染料木素", "MC3T3-E1"),
        ("HAS_DURATION", "染料木素", "48 h"),
        ("UPREGULATES", "染料木素", "Runx2"),
        ("UPREGULATES", "染料木素", "成骨细胞"),
        ("TREATS", "染料木素", "骨质疏松症"),
    } <= got


def test_mixed_text(rules_dir):
    ann = extract_text(MIXED, "mixed", rules_dir)
    _check_offsets(ann)
    norms = {e.text: e.norm for e in ann.entities}
    assert norms["葛根素"] == norms["puerarin"] == "pubchem:5281807"
    assert ("UPREGULATES", "葛根素", "PI3K/Akt 信号通路") in _triples(ann)


def test_cli_writes_papers_and_tables(tmp_path, rules_dir, capsys):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_text(CHINESE, encoding="utf-8")
    (inbox / "b.md").write_text(ENGLISH, encoding="utf-8")
    (inbox / "bad.pdf").write_bytes(b"not a pdf at all")
    out = tmp_path / "out"
    code = main(["extract", str(inbox), "--out", str(out), "--rules", str(rules_dir)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("error:") == 1 and "bad.pdf" in err
    for name in ("a", "b"):
        ann = read_brat(out / f"{name}.txt")
        assert ann.entities
        _check_offsets(ann)
        lines = (out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        assert all(json.loads(line)["paper"] == name for line in lines)
    with open(out / "entities.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["paper"] for r in rows} == {"a", "b"}
    assert all(r["sentence"] for r in rows)
    with open(out / "relations.csv", encoding="utf-8") as fh:
        rel_rows = list(csv.DictReader(fh))
    assert any(r["type"] == "TREATS" and r["arg2_text"] == "骨质疏松症" for r in rel_rows)


_PIECES = st.sampled_from(
    [
        "葛根素",
        "puerarin",
        "雌激素样",
        "ERK1/2",
        "ER",
        "osteoblastic",
        " ",
        "，",
        "。",
        ". ",
        "（ALP）",
        "10 μmol/L",
        "、",
        "信号通路",
        "MC3T3-E1",
        "大鼠",
        "骨质疏松症",
        "\n",
        "x",
        "α",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), min_size=1, max_size=25))
def test_offsets_always_match_the_text(rules_dir, pieces):
    text = "".join(pieces)
    if not text.strip():
        return
    ann = extract_text(text, "p", rules_dir)
    assert ann.text == text
    spans = sorted((e.start, e.end) for e in ann.entities)
    for e in ann.entities:
        assert text[e.start : e.end] == e.text
    for (_s1, e1), (s2, _e2) in zip(spans, spans[1:], strict=False):
        assert e1 <= s2  # flat: no overlaps
    ids = {e.id for e in ann.entities}
    assert all(r.arg1 in ids and r.arg2 in ids for r in ann.relations)


def test_packaged_rules_end_to_end():
    text = "葛根素（puerarin）可上调 Runx2 的表达。Puerarin increased ERK1/2 phosphorylation."
    ann = extract_text(text, "packaged")
    _check_offsets(ann)
    norms = {e.text: e.norm for e in ann.entities}
    assert norms["葛根素"] == norms["puerarin"] == norms["Puerarin"] == "pubchem:5281807"
    assert "ER" not in norms
    assert ("UPREGULATES", "葛根素", "Runx2") in _triples(ann)
