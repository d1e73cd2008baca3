"""Segment: the guideline sentence rule, language, mixed-script tokens, offsets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from puerextract.ingest import ingest_text
from puerextract.segment import language_of, segment, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "甲药降低血糖。乙药升高血压！丙药无效？丁药待定；",
            ["甲药降低血糖。", "乙药升高血压！", "丙药无效？", "丁药待定；"],
        ),
        ("甲药降低血糖.乙药升高血压;丙药无效", ["甲药降低血糖.", "乙药升高血压;", "丙药无效"]),
        (
            "细胞用 0.1 μmol/L 处理。RAW264.7 细胞分化。",
            ["细胞用 0.1 μmol/L 处理。", "RAW264.7 细胞分化。"],
        ),
        ("研究显示骨量增加[12]。随后", ["研究显示骨量增加[12]。", "随后"]),
        ("研究显示骨量增加。[12]随后发现", ["研究显示骨量增加。[12]", "随后发现"]),
        ("Cells grew fast. Then they died.", ["Cells grew fast.", "Then they died."]),
        ("Cells grew fast.Then they died.", ["Cells grew fast.", "Then they died."]),
        ("Is it toxic? No! It is safe.", ["Is it toxic?", "No!", "It is safe."]),
        (
            "Wang et al. reported growth. Li et al. did not.",
            ["Wang et al. reported growth.", "Li et al. did not."],
        ),
        (
            "Some flavonoids, e.g. daidzein, act. Others, i.e. none, fail.",
            ["Some flavonoids, e.g. daidzein, act.", "Others, i.e. none, fail."],
        ),
        (
            "As shown in Fig. 1, ALP rose. It fell later.",
            ["As shown in Fig. 1, ALP rose.", "It fell later."],
        ),
        ("ALP rose (p<0.05). BMD fell.", ["ALP rose (p<0.05).", "BMD fell."]),
        (
            "Roots of P. lobata were dried. The extract was used.",
            ["Roots of P. lobata were dried.", "The extract was used."],
        ),
        (
            "Group A vs. group B differed. RAW264.7 cells were used.",
            ["Group A vs. group B differed.", "RAW264.7 cells were used."],
        ),
        (
            "Doses were 0.1 and 1.5 mg/kg. They worked.",
            ["Doses were 0.1 and 1.5 mg/kg.", "They worked."],
        ),
        # a half-width ; in Chinese text ends a sentence whatever stands beside it
        (
            "甲药组 ALP 活性升高(P<0.05);Sost 表达降低。",
            ["甲药组 ALP 活性升高(P<0.05);", "Sost 表达降低。"],
        ),
        ("乙组骨量升高;OPG 降低", ["乙组骨量升高;", "OPG 降低"]),
        # … not inside parentheses, nor in English text
        ("骨量升高(P<0.05; 见图 3)。", ["骨量升高(P<0.05; 见图 3)。"]),
        ("BMD rose (P<0.05); ALP fell.", ["BMD rose (P<0.05); ALP fell."]),
        # a half-width . after Han text before a capital or a Roman numeral
        ("灌胃 12 周.Ⅲ组给予甲药。", ["灌胃 12 周.", "Ⅲ组给予甲药。"]),
        # a . inside a histomorphometry name ends nothing, in Chinese text too (v1.3)
        (
            "甲药组 BV/TV、Tb.Th 及 N.Oc/B.Pm 均改善。",
            ["甲药组 BV/TV、Tb.Th 及 N.Oc/B.Pm 均改善。"],
        ),
        ("Tb.N and Ct.Th rose. The ALP fell.", ["Tb.N and Ct.Th rose.", "The ALP fell."]),
    ],
)
def test_sentence_rule(text, expected):
    assert _sentences(text) == expected


def test_titles_and_headings_are_sentences_of_their_own(seed_doc, tokenizer):
    doc = segment(seed_doc, tokenizer)
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "葛根素防治骨质疏松症的作用机制研究进展"
    assert "1  促进成骨细胞的增殖分化" in texts
    assert "5  结语" in texts
    assert texts[1].startswith("摘  要：")
    assert {s.lang for s in doc.sentences} >= {"zh", "en"}


MIXED_NAMES = [
    "MC3T3-E1",
    "RAW264.7",
    "MG-63",
    "ERK1/2",
    "PI3K/Akt",
    "miR-204",
    "β-catenin",
    "GSK3β",
    "LC3-Ⅱ",
    "BMP-2",
    "μmol/L",
    "NF-κB",
    "TGF-β1",
    "C3H10T1/2",
]


@pytest.mark.parametrize("name", MIXED_NAMES)
def test_mixed_names_stay_whole_in_chinese(name, tokenizer):
    text = f"研究发现葛根素可上调{name}的表达，并作用于{name}。"
    doc = segment(ingest_text(text, "t", reflow_lines=False), tokenizer)
    words = [t.text for s in doc.sentences for t in s.tokens]
    assert words.count(name) == 2, words


@pytest.mark.parametrize("name", MIXED_NAMES)
def test_mixed_names_stay_whole_in_english(name, tokenizer):
    text = f"Treatment increased {name} levels, and {name}, in turn, rose again."
    doc = segment(ingest_text(text, "t", reflow_lines=False), tokenizer)
    words = [t.text for s in doc.sentences for t in s.tokens]
    assert words.count(name) == 2, words


def test_token_languages(tokenizer):
    doc = segment(ingest_text("葛根素上调 Runx2 mRNA 的表达。", "t", reflow_lines=False), tokenizer)
    toks = {t.text: t.lang for t in doc.sentences[0].tokens}
    assert toks["葛根素"] == "zh" and toks["Runx2"] == "en" and toks["。"] == "zh"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("葛根素促进成骨细胞增殖。", "zh"),
        ("Puerarin promotes osteoblasts.", "en"),
        ("葛根素 (puerarin) promotes osteoblast proliferation and ALP activity", "mixed"),
    ],
)
def test_language_of(text, lang):
    assert language_of(text) == lang


_PIECES = st.sampled_from(
    [
        "葛根素",
        "促进",
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
        "et al.",
        ". ",
        "; ",
        "RAW264.7",
        "LC3-Ⅱ",
        "！",
        "？",
        "0.1",
        "（ALP）",
        "\n",
        "e.g.",
        "Fig. 2",
        "A",
        "x",
        "-",
        "/",
        "Ⅱ",
        "κ",
    ]
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_PIECES, min_size=1, max_size=40).map("".join) | st.text(max_size=60))
def test_every_sentence_and_token_is_a_slice(tokenizer, text):
    if not text.strip():
        return
    doc = segment(ingest_text(text, "p", reflow_lines=False), tokenizer)
    last = -1
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
        assert s.start >= last
        last = s.end
        for t in s.tokens:
            assert doc.text[t.start : t.end] == t.text
            assert s.start <= t.start < t.end <= s.end


def test_segment_cli_prints_one_json_object_per_sentence(tmp_path, capsys):
    import json

    from puerextract.cli import main

    paper = tmp_path / "论文 a.txt"
    text = "葛根素上调 Runx2 的表达。Puerarin promotes MC3T3-E1 cells.\n"
    paper.write_text(text, encoding="utf-8")
    rc = main(["segment", str(paper), str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert rc == 1 and err.count("error: ") == 1 and "missing.txt" in err
    assert [r["text"] for r in rows] == [
        "葛根素上调 Runx2 的表达。",
        "Puerarin promotes MC3T3-E1 cells.",
    ]
    for r in rows:
        assert text[r["start"] : r["end"]] == r["text"]
        assert all(text[s:e] == t for s, e, t, _lang in r["tokens"])
    assert ["MC3T3-E1", "en"] in [[t, lang] for _s, _e, t, lang in rows[1]["tokens"]]


def test_count_han_latin_counts_as_the_per_character_rule():
    from puerextract.grammar import is_han
    from puerextract.segment import count_han_latin

    text = "葛根素 (puerarin) 丨\uf900\u3400 ÉéＡ MC3T3-E1 细胞 😀 ß"
    expected = (
        sum(1 for c in text if is_han(c)),
        sum(1 for c in text if c.isascii() and c.isalpha()),
    )
    assert count_han_latin(text) == expected == (8, 12)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Puerarin inhibited NF-κB.We then measured ALP.",
            ["Puerarin inhibited NF-κB.", "We then measured ALP."],
        ),
        (
            "Icariin increased ALP.The OPG level rose.",
            ["Icariin increased ALP.", "The OPG level rose."],
        ),
    ],
)
def test_a_missing_space_still_ends_a_sentence(text, expected):
    assert _sentences(text) == expected
