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
        assert all(json.loads(line)["paper_id"] == name for line in lines)
    with open(out / "mentions.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["paper_id"] for r in rows} == {"a", "b"}
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


def test_families_and_ambiguous_names_get_no_identifier():
    """Guideline: families and ambiguous names (ER, BMP, LC3) get no N line; specific ones do."""
    from puerextract.extract import extract_text

    text = "葛根素上调 LC3-Ⅱ、BMP 和 ALP 的表达，并上调 BMP-2 与 Runx2 的表达。"
    ann = extract_text(text, "fam")
    norms = {e.text: e.norm for e in ann.entities}
    assert norms["LC3-Ⅱ"] is None and norms["BMP"] is None and norms["ALP"] is None
    assert norms["BMP-2"] == "hgnc:BMP2" and norms["Runx2"] == "hgnc:RUNX2"
    assert norms["葛根素"] == "pubchem:5281807"


_PARAGRAPH_PIECES = st.sampled_from(
    [
        "芍药苷",
        "genistein",
        "激活 Notch",
        "信号通路",
        "PI3K/Akt",
        " signaling pathway",
        "去卵巢",
        "小鼠",
        "SD",
        " rats",
        "ovariectomized",
        "并非雌激素",
        "非造血干细胞",
        "钙化",
        "ＭＣ３Ｔ３－Ｅ１",
        "（ＡＬＰ）",
        "3-甲基嘌呤",
        "、",
        "，",
        "。",
        " ",
        "\t",
        "\u3000",
        "\n",
        "\n\n",
        "\u2028",
        "10 μmol/L",
        "48 h",
    ]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(_PARAGRAPH_PIECES, st.text(max_size=3)), min_size=1, max_size=30))
def test_mentions_stay_in_one_line_and_ann_reads_back(pieces):
    """Multi-paragraph mixed text (packaged rules): no mention holds a line break, and the
    .ann that ``format_ann``/``write_brat`` write reads back with ``read_brat`` identically."""
    import tempfile
    from pathlib import Path

    from puerextract.brat import format_ann, parse_ann, write_brat

    text = "".join(pieces)
    if not text.strip() or "\r" in text:
        return
    ann = extract_text(text, "p")
    assert ann.text == text
    for e in ann.entities:
        assert "\n" not in e.text and text[e.start : e.end] == e.text
    again = parse_ann(format_ann(ann), text, "p")
    with tempfile.TemporaryDirectory() as tmp:
        txt, _ann_path = write_brat(ann, Path(tmp))
        read = read_brat(txt)

    def key(a):
        return (
            [(e.id, e.type, e.start, e.end, e.text, e.norm, e.note) for e in a.entities],
            [(r.id, r.type, r.arg1, r.arg2) for r in a.relations],
        )

    assert key(again) == key(read) == key(ann)
    assert read.text == text


def test_output_write_paper_reads_back(tmp_path):
    from puerextract.ingest import ingest_text
    from puerextract.output import write_paper
    from puerextract.runner import process_document

    text = "芍药苷激活 Notch\n\n信号通路。\n去卵巢\n小鼠经 10 mg/kg 芍药苷处理 8 周。\n"
    result = process_document(ingest_text(text, "wp", reflow_lines=False))
    write_paper(result, tmp_path)
    read = read_brat(tmp_path / "wp.txt")
    assert [(e.type, e.start, e.end, e.text) for e in read.entities] == [
        (e.type, e.start, e.end, e.text) for e in result.annotations.entities
    ]
    assert all("\n" not in e.text for e in read.entities)


def test_cli_one_crashing_paper_fails_alone(tmp_path, capsys, monkeypatch):
    """The extract command uses the runner's per-paper loop: a plain RuntimeError in one
    paper is reported for that paper; the others are written."""
    import sys
    from pathlib import Path

    tests = str(Path(__file__).resolve().parent)
    if tests not in sys.path:
        sys.path.insert(0, tests)
    monkeypatch.setenv("PUEREXTRACT_EXTRACTOR", "fake_extractor:extract_document")
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Puerarin increased Runx2.\n", encoding="utf-8")
    (inbox / "b.txt").write_text("Puerarin RUNTIME-ERROR-HERE.\n", encoding="utf-8")
    (inbox / "c.txt").write_text("葛根素上调 Runx2。\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["extract", str(inbox), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("error:") == 1 and "RuntimeError" in err and "b.txt" in err
    assert (out / "a.ann").exists() and (out / "c.ann").exists() and not (out / "b.ann").exists()
