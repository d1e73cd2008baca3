"""The contamination check: no rule item or test string may occur only in the blind test set."""

from __future__ import annotations

from pathlib import Path

from puerextract.contamination import (
    Item,
    allow_line,
    check,
    copied_fragments,
    find_only_in_test,
    load_allowed,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "puerextract" / "data"
CODE = ROOT / "src" / "puerextract"
ALLOWED = ROOT / "evaluation" / "contamination_allowed.tsv"

SEEN = {"d1": "葛根素促进成骨细胞增殖。Puerarin increased ALP activity in MC3T3-E1 cells."}
TEST = {"t1": "川续断皂苷 VI 上调 Runx2 表达。Formononetin promoted fracture healing in rats."}


def test_items_only_in_the_test_texts_are_flagged():
    items = [
        Item("lexicon", "川续断皂苷 VI", "x.tsv:3"),  # only in test
        Item("lexicon", "葛根素", "x.tsv:4"),  # in the development text
        Item("lexicon", "formononetin", "x.tsv:5"),  # case-folded, only in test
        Item("lexicon", "淫羊藿苷", "x.tsv:6"),  # nowhere
        Item("pattern_regex", r"^Runx\d$", "p.jsonl:1"),  # a token pattern: Runx2 in test only
        Item("pattern_regex", r"^ALP$", "p.jsonl:2"),  # a token of the development text
        Item("code_regex", r"fracture\s+healing", "tag.py:9"),  # only in test
        Item("code_regex", r"Puerarin|Runx2", "tag.py:10"),  # also in development
    ]
    found = find_only_in_test(items, SEEN, TEST)
    assert [f.item.where for f in found] == ["x.tsv:3", "x.tsv:5", "p.jsonl:1", "tag.py:9"]
    assert all(f.test_doc == "t1" for f in found)
    assert "occurs only in the test set (t1)" in found[0].line()


def test_a_test_string_holding_a_test_fragment_is_flagged():
    copied = Item("test_string", "prefix: Formononetin promoted fracture healing", "t.py:1")
    own = Item("test_string", "Icariin promoted the healing of fractures in mice", "t.py:2")
    shared = Item("test_string", "Puerarin increased ALP activity somewhere", "t.py:3")
    found = copied_fragments([copied, own, shared], SEEN, TEST)
    assert [f.item.where for f in found] == ["t.py:1"]


def test_allow_file_round_trips_escapes(tmp_path):
    items = [Item("code_regex", "a\\tb\t葛", "x:1"), Item("lexicon", "葛根素", "x:2")]
    path = tmp_path / "allow.tsv"
    path.write_text("# header\n" + "\n".join(allow_line(i) for i in items) + "\n", encoding="utf-8")
    assert load_allowed(path) == {(i.kind, i.text) for i in items}


def test_project_has_no_rule_or_test_string_only_in_the_test_set():
    findings = check(ROOT, DATA, CODE, ALLOWED)
    assert not findings, "\n".join(f.line() for f in findings)


def test_tag_words_are_read_from_the_word_column(tmp_path):
    """The words of tag_words.tsv are checked, not its role column (read until 2026-12-05)."""
    from puerextract.contamination import rule_items

    (tmp_path / "tag_words.tsv").write_text(
        "# a comment\nword\trole\tcomment\nhealing\thealing_word\tX promoted healing\n",
        encoding="utf-8",
    )
    items = [i for i in rule_items(tmp_path) if i.kind == "tag_word"]
    assert [i.text for i in items] == ["healing"]
