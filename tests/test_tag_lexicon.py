"""The lexicon matcher (Aho-Corasick) finds exactly what the trie regex tried at every
position finds: the longest term starting at each position."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from puerextract.extract import extract_text
from puerextract.tag import LexiconMatcher, trie_regex

ALPHABET = "abAB-/ 骨细胞钙化βκ😀\n"


def regex_matches(terms: list[str], text: str) -> list[tuple[int, int]]:
    words = [t for t in terms if t]
    if not words:
        return []
    regex = re.compile("(?=(" + trie_regex(words) + "))")
    return [(m.start(), m.start() + len(m.group(1))) for m in regex.finditer(text) if m.group(1)]


def test_longest_term_at_each_start_overlaps_kept():
    matcher = LexiconMatcher(["骨", "骨细胞", "细胞", "成骨细胞", "ERK", "ERK1/2"])
    text = "成骨细胞中ERK1/2"
    assert matcher.longest_matches(text) == [(0, 4), (1, 4), (2, 4), (5, 11)]


def test_offsets_are_characters_also_after_astral_characters():
    matcher = LexiconMatcher(["钙"])
    assert matcher.longest_matches("😀钙😀钙") == [(1, 2), (3, 4)]


def test_no_terms_no_matches():
    assert LexiconMatcher([]).longest_matches("anything") == []
    assert LexiconMatcher([""]).longest_matches("anything") == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=ALPHABET, min_size=0, max_size=5), max_size=12),
    st.text(alphabet=ALPHABET, max_size=60),
)
def test_same_matches_as_the_trie_regex(terms, text):
    assert LexiconMatcher(terms).longest_matches(text) == regex_matches(terms, text)


@pytest.mark.parametrize(
    ("text", "span", "norm"),
    [
        ("建立大鼠左股骨中段闭合性骨折模型。", "股骨中段闭合性骨折", "mesh:D005264"),
        ("观察胫骨骨折的愈合。", "胫骨骨折", "mesh:D013978"),
        ("老年人腰椎压缩性骨折多见。", "腰椎压缩性骨折", "mesh:D016103"),
        ("肱骨近端骨折患者 40 例。", "肱骨近端骨折", "mesh:D050723"),
    ],
)
def test_a_fracture_keeps_its_site(text, span, norm):
    """An injury with its site is one DISEASE span (DECISIONS), the side outside it."""
    found = {(e.text, e.type, e.norm) for e in extract_text(text, "t").entities}
    assert (span, "DISEASE", norm) in found


def test_a_bone_without_fracture_is_no_disease():
    found = {(e.text, e.type) for e in extract_text("股骨中段的骨密度升高。", "t").entities}
    assert not any(t == "DISEASE" for _, t in found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the musculoskeletal diseases of the field, by their Chinese names and KOA
        ("对佐剂性关节炎大鼠足肿胀的影响", {"佐剂性关节炎"}),
        ("可缓解滑膜炎症状。", {"滑膜炎"}),  # 症状 starts after the term: the term stays
        ("治疗膝骨关节炎(KOA)大鼠。KOA大鼠软骨退变。", {"膝骨关节炎", "KOA"}),
        ("椎间盘退变与痛风、强直性脊柱炎。", {"椎间盘退变", "痛风", "强直性脊柱炎"}),
        # a word across the term's end: 关节|炎症 is joint inflammation, no arthritis
        ("关节炎症评分降低。", set()),
    ],
)
def test_chinese_disease_names(text: str, found: set) -> None:
    got = {e.text for e in extract_text(text).entities if e.type == "DISEASE"}
    assert got == found


def test_herbs_of_the_field_by_their_chinese_names() -> None:
    text = "分别灌胃给予巴戟天、当归、三七和牛膝水煎液。"
    got = {e.text for e in extract_text(text).entities if e.type == "ORGANISM"}
    assert {"巴戟天", "当归", "三七", "牛膝"} <= got


def test_a_herb_name_inside_a_compound_name_stays_inside() -> None:
    names = {(e.text, e.type) for e in extract_text("三七皂苷R1 与牛膝多糖。").entities}
    assert ("三七", "ORGANISM") not in names and ("牛膝", "ORGANISM") not in names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("分别灌胃给予盐杜仲、酒当归和制何首乌。", {"盐杜仲", "酒当归"}),  # 何首乌: no lexicon herb
        ("以粗盐杜仲饲喂。", {"杜仲"}),  # 盐 inside a word (粗盐) opens no name
    ],
)
def test_processed_herbs_keep_their_processing_word(text: str, found: set) -> None:
    got = {e.text for e in extract_text(text).entities if e.type == "ORGANISM"}
    assert found <= got and not {"杜仲", "当归"} & got - found
