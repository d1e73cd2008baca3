"""Ingest: decoding, PDF text, reflow of the seed, offset map, bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from puerextract.cli import main
from puerextract.errors import IngestError
from puerextract.ingest import MAX_BYTES, decode_bytes, ingest_file, ingest_text, reflow

from .conftest import SEED

ZH = "葛根素可以促进成骨细胞的增殖和分化，并抑制破骨细胞的形成。"


# ----------------------------------------------------------------------------- seed reflow


def test_seed_reads_as_the_article(seed_doc):
    kinds = [p.kind for p in seed_doc.paragraphs]
    assert kinds[0] == "title"
    assert kinds.count("abstract") == 2
    headings = [seed_doc.text[p.start : p.end] for p in seed_doc.paragraphs if p.kind == "heading"]
    assert headings == [
        "1  促进成骨细胞的增殖分化",
        "2  抑制骨吸收和破骨细胞的分化形成",
        "3  促进骨髓间充质干细胞向成骨分化",
        "4  发挥雌激素样作用",
        "5  结语",
    ]
    assert kinds.count("body") == 6
    assert len(seed_doc.paragraphs) == 14
    assert seed_doc.text.count("\n") == 13
    # an English abstract that is one paragraph, with spaces between the joined lines
    en = [p for p in seed_doc.paragraphs if p.lang == "en"]
    assert len(en) == 1 and "patients. Puerarin is" in seed_doc.text[en[0].start : en[0].end]


@pytest.mark.parametrize(
    "word", ["葛根素", "成骨细胞", "骨质疏松症", "破骨细胞", "骨髓间充质干细胞"]
)
def test_no_word_split_across_a_join(seed_doc, word):
    raw_joined = re.sub(r"\s+", "", SEED.read_text(encoding="utf-8"))
    clean_joined = re.sub(r"\s+", "", seed_doc.text)
    assert clean_joined.count(word) == raw_joined.count(word) > 0
    assert seed_doc.text.count(word) == raw_joined.count(word)


def test_column_break_inside_a_sentence_is_joined(seed_doc):
    assert "在维持骨代谢平衡" in seed_doc.text
    assert "将 100、10、1、0.1 μmol/L 葛根素用于 MC3T3-E1 细胞" in seed_doc.text
    assert "研究发现 1 μmol/L 葛根素" in seed_doc.text  # Chinese + digit: one space
    assert "上调 LC3-Ⅱ、Beclin-1 的表达" in seed_doc.text


def test_citation_markers_stay_in_their_sentence(seed_doc):
    texts = [c.text for c in seed_doc.citations]
    assert len(texts) == 28 and texts[0] == "[1]" and "[24-25]" in texts
    assert "曾祥伟[9]研究表明" in seed_doc.text  # moved marker back against its author
    assert "发挥重要的作用[18-19]。" in seed_doc.text
    for c in seed_doc.citations:
        assert seed_doc.text[c.start : c.end] == c.text


def test_offset_map_round_trip(seed_doc):
    omap, text, raw = seed_doc.offset_map, seed_doc.text, seed_doc.raw
    copied = 0
    for i, ch in enumerate(text):
        r = omap.to_raw(i)
        if raw[r] == ch:
            copied += 1
        else:  # only joiners that ingest inserted may differ
            assert ch in " \n", (i, ch, raw[r])
    assert copied > 0.98 * len(text)
    for name in ("MC3T3-E1", "葛根素", "[24-25]", "Puerariae Radix"):
        for m in re.finditer(re.escape(name), text):
            rs, re_ = omap.span_to_raw(m.start(), m.end())
            assert re.sub(r"\s+", "", raw[rs:re_]) == re.sub(r"\s+", "", name)


# ----------------------------------------------------------------------------- reflow rules


def test_hyphenation_is_undone():
    raw = "The extract increased the pro-\nliferation of osteoblasts in the treated group and\nreduced bone loss in the animals that were fed it.\n"
    doc = ingest_text(raw, "x", reflow_lines=True)
    assert "proliferation" in doc.text
    assert doc.offset_map.to_raw(doc.text.index("liferation")) == raw.index("liferation")


def test_clean_text_is_kept_as_is():
    text = "第一段。\n第二段有 MC3T3-E1 细胞。\n"
    doc = ingest_text(text, "clean")
    assert doc.text == text


# ----------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "encoding,prefix",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("gb18030", b""), ("gbk", b"")],
)
def test_encodings_are_detected(tmp_path, encoding, prefix):
    text = (ZH + "\n") * 5
    path = tmp_path / "论文 one.txt"
    path.write_bytes(prefix + text.encode(encoding))
    assert ingest_file(path).text.strip() == text.strip()


def test_pdf_with_chinese_text_layer(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "paper.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    c.drawString(50, 800, "葛根素可促进成骨细胞的增殖分化，")
    c.drawString(50, 780, "并抑制破骨细胞的形成。MC3T3-E1 细胞")
    c.showPage()
    c.save()
    doc = ingest_file(path)
    assert doc.text == "葛根素可促进成骨细胞的增殖分化，并抑制破骨细胞的形成。MC3T3-E1 细胞"


# ----------------------------------------------------------------------------- bad input


def _image_only_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.rect(50, 50, 200, 200, fill=1)
    c.showPage()
    c.save()


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n  ", "empty file"),
        ("junk.txt", bytes(range(256)) * 40, "binary"),
        ("truncated.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "PDF"),
        ("notpdf.pdf", b"hello", "not a PDF"),
        ("unknown.txt", b"\x81\xfe\xff\x80" * 300, "encoding"),
        ("paper.docx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_bad_input_raises_a_clear_error(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        ingest_file(path)
    assert str(path) in info.value.message
    assert reason.lower() in info.value.message.lower()


def test_image_only_pdf(tmp_path):
    path = tmp_path / "scan.pdf"
    _image_only_pdf(path)
    with pytest.raises(IngestError, match="no text layer"):
        ingest_file(path)


def test_too_large_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB (sparse)
    assert path.stat().st_size > MAX_BYTES
    with pytest.raises(IngestError, match="too large"):
        ingest_file(path)


def test_cli_batch_keeps_going_after_bad_files(tmp_path, capsys):
    good = tmp_path / "葛根 素.txt"
    good.write_text(ZH * 3, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7 broken")
    out = tmp_path / "out"
    rc = main(["ingest", str(empty), str(junk), str(good), "--out", str(out)])
    captured = capsys.readouterr()
    errors = [ln for ln in captured.err.splitlines() if ln]
    assert rc == 1
    assert len(errors) == 2 and all(ln.startswith("error: ") for ln in errors)
    assert "Traceback" not in captured.err
    assert (out / "葛根 素.txt").read_text(encoding="utf-8") == ZH * 3


def test_decode_rejects_utf16_garbage():
    with pytest.raises(IngestError):
        decode_bytes(b"\xff\xfe" + b"\x00\xd8" * 10, "x.txt")


# ----------------------------------------------------------------------------- property

_PIECES = st.sampled_from(
    [
        "葛根素",
        "成骨细胞",
        "的",
        "，",
        "。",
        "、",
        " ",
        "MC3T3-E1",
        "ERK1/2",
        "β-catenin",
        "10 μmol/L",
        "[8]",
        "osteoblasts",
        "proli-",
        "feration",
        "RAW264.7",
        "LC3-Ⅱ",
        ". ",
        "；",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_PIECES, min_size=1, max_size=12).map("".join), min_size=1, max_size=8))
def test_reflow_offset_map_property(lines):
    raw = "\n\n".join(lines) + "\n"
    if not raw.strip():
        return
    doc = reflow(raw, "p")
    for i, ch in enumerate(doc.text):
        r = doc.offset_map.to_raw(i)
        assert ch in " \n" or raw[r] == ch


def _layout_pdf(path: Path, blocks: list[tuple[float, list[str]]]) -> None:
    """A PDF of text blocks, each (font size, lines), 12 pt apart, 20 pt between blocks."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    y = 770.0
    for size, lines in blocks:
        c.setFont("Helvetica", size)
        for line in lines:
            c.drawString(72, y, line)
            y -= size + 2
        y -= 20
    c.save()


BODY = [
    "Icariin enhances ALP activity and Runx2 expression in MC3T3-E1 cells at 10",
    "umol/L. It also activates the BMP-2/Smad pathway in a dose-dependent",
    "manner and raises the number of mineralised nodules in culture.",
]


def test_a_pdf_title_stays_its_own_sentence(tmp_path):
    from puerextract.segment import segment

    path = tmp_path / "paper.pdf"
    _layout_pdf(path, [(16, ["Icariin promotes osteogenic differentiation of MC3T3-E1 cells"]),
                       (10, BODY)])  # fmt: skip
    doc = ingest_file(path)
    sentences = [s.text for s in segment(doc).sentences]
    assert sentences[0] == "Icariin promotes osteogenic differentiation of MC3T3-E1 cells"
    assert doc.paragraphs[0].kind == "title"
    for s in segment(doc).sentences:
        assert doc.text[s.start : s.end] == s.text


def test_a_two_line_pdf_title_and_a_heading_are_told_from_the_body(tmp_path):
    path = tmp_path / "paper.pdf"
    _layout_pdf(path, [
        (16, ["Icariin promotes osteogenic differentiation of", "MC3T3-E1 cells via BMP-2/Smad"]),
        (10, BODY),
        (13, ["Results"]),
        (10, BODY),
    ])  # fmt: skip
    doc = ingest_file(path)
    paras = [doc.text[p.start : p.end] for p in doc.paragraphs]
    assert (
        paras[0] == "Icariin promotes osteogenic differentiation of MC3T3-E1 cells via BMP-2/Smad"
    )
    assert "Results" in paras and paras.index("Results") == 2
    assert doc.paragraphs[0].kind == "title" and len(paras) == 4
