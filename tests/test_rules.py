"""Tests for the rule data and its loader/validator (``puerextract.rules``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puerextract.cli import main
from puerextract.errors import RuleError
from puerextract.model import ENTITY_TYPES
from puerextract.normalise import entry_norm
from puerextract.rules import (
    LEXICON_COLUMNS,
    check_rules,
    load_rules,
    packaged_rules_dir,
    rules_version,
)

LEX_HEADER = "\t".join(LEXICON_COLUMNS)
TRIGGER_HEADER = "word\tlang\trelation\tdirection\texample"


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def problems_in(root: Path, rel: str) -> list[tuple[int | None, str]]:
    """(line, problem) of every problem reported for one overlay file."""
    target = str(root / rel)
    return [(p.line, p.problem) for p in check_rules(root) if p.path == target]


# --------------------------------------------------------------------------- packaged rules


def test_packaged_rules_pass_the_check():
    assert [p.message for p in check_rules()] == []


def test_packaged_rules_load_with_every_kind():
    rules = load_rules()
    assert len(rules.lexicon) >= 300
    assert {e.type for e in rules.lexicon} >= {
        "COMPOUND",
        "GENE",
        "CELL_LINE",
        "CELL_TYPE",
        "PATHWAY",
        "DISEASE",
        "ORGANISM",
    }
    assert {p.label for p in rules.patterns} <= set(ENTITY_TYPES)
    assert {t.relation for t in rules.triggers} == {
        "UPREGULATES",
        "DOWNREGULATES",
        "TREATS",
        "TESTED_IN",
        "NONE",
    }
    assert all(p.comment for p in rules.patterns)
    assert any(p.family == "shape" for p in rules.patterns)


@pytest.mark.parametrize(
    ("term", "etype", "ident"),
    [
        ("葛根素", "COMPOUND", "pubchem:5281807"),
        ("puerarin", "COMPOUND", "pubchem:5281807"),
        ("3-甲基腺嘌呤", "COMPOUND", "pubchem:135398661"),
        ("ICI 182、780", "COMPOUND", "pubchem:104741"),
        ("维生素 D", "COMPOUND", "mesh:D014807"),
        ("维生素D", "COMPOUND", "mesh:D014807"),
        ("Runx-2", "GENE", "hgnc:RUNX2"),
        ("LC3-Ⅱ", "GENE", "hgnc:MAP1LC3B"),
        ("β-catenin", "GENE", "hgnc:CTNNB1"),
        ("Ⅰ型胶原蛋白", "GENE", "mesh:D024042"),
        ("I 型胶原蛋白", "GENE", "mesh:D024042"),
        ("张力蛋白同源物基因", "GENE", "hgnc:PTEN"),
        ("雌激素受体", "GENE", "mesh:D011960"),
        ("MC3T3-E1", "CELL_LINE", "cellosaurus:CVCL_0409"),
        ("RAW264.7", "CELL_LINE", "cellosaurus:CVCL_0493"),
        ("骨髓间充质干细胞", "CELL_TYPE", "mesh:D059630"),
        ("PI3K/Akt 信号通路", "PATHWAY", "kegg.pathway:map04151"),
        ("骨质疏松症", "DISEASE", "mesh:D010024"),
        ("大鼠", "ORGANISM", "ncbitaxon:10116"),
    ],
)
def test_term_index_normalises_written_forms(term, etype, ident):
    assert load_rules().term_index()[term][:2] == (etype, ident)


@pytest.mark.parametrize("term", ["MC3T3-E1细胞", "Runx2基因", "MC3T3-E1 细胞"])
def test_generic_heads_are_not_terms(term):
    assert term not in load_rules().term_index()


def test_version_is_stable_and_matches_load():
    assert rules_version() == rules_version() == load_rules().version
    assert len(rules_version()) == 64


# --------------------------------------------------------------------------- patterns in spaCy


def _spans(words: list[str], lang: str) -> set[tuple[str, str]]:
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"validate": True})
    ruler.add_patterns([p.as_spacy() for p in load_rules().patterns_for(lang)])
    doc = nlp(Doc(nlp.vocab, words=words))
    return {(s.text, s.label_) for s in doc.spans["ruler"]}


@pytest.mark.parametrize(
    ("words", "lang", "expected"),
    [
        (["阻断", "Hippo", "信号通路"], "zh", ("Hippo 信号通路", "PATHWAY")),
        (["激活", "ERK1/2", "信号", "途径"], "zh", ("ERK1/2 信号 途径", "PATHWAY")),
        (["via", "the", "Shh", "signaling", "pathway"], "en", ("Shh signaling pathway", "PATHWAY")),
        (["经", "去卵巢", "大鼠"], "zh", ("去卵巢 大鼠", "ORGANISM")),
        (
            ["in", "ovariectomized", "(", "OVX", ")", "mice"],
            "en",
            ("ovariectomized ( OVX ) mice", "ORGANISM"),
        ),
        (["used", "Wistar", "rats"], "en", ("Wistar rats", "ORGANISM")),
        (["level", "of", "miR-133a-3p"], "en", ("miR-133a-3p", "GENE")),
        (["the", "UMR-106", "line"], "en", ("UMR-106", "CELL_LINE")),
        (["加入", "芍药", "苷"], "zh", ("芍药 苷", "COMPOUND")),
    ],
)
def test_patterns_match_in_spacy(words, lang, expected):
    assert expected in _spans(words, lang)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        (["This", "pathway", "is", "active"], "en"),
        (["the", "CCK-8", "assay"], "en"),
        (["the", "IC50", "value"], "en"),
        (["the", "PUE-H", "group"], "en"),
        (["the", "protein", "was", "done"], "en"),
    ],
)
def test_shape_patterns_stay_quiet_on_lookalikes(words, lang):
    assert _spans(words, lang) == set()


# --------------------------------------------------------------------------- malformed files


LEX_OK_ROW = "hgnc:ZZZ1\tGENE\tzeta\t\tZeta-1\tHGNC"


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (f"id\ttype\tpreferred\tzh\ten\n{LEX_OK_ROW}\n", 1, "missing column(s) source"),
        (f"{LEX_HEADER}\tnote\n{LEX_OK_ROW}\n", 1, "unknown column(s) note"),
        (
            f"# c\n{LEX_HEADER}\n{LEX_OK_ROW}\nhgnc:ZZZ2\tGENE\tz\tzz\n",
            4,
            "4 tab-separated columns",
        ),
        (f"{LEX_HEADER}\nhgnc:ZZZ2\tPROTEIN\tz\t\tZz2\tHGNC\n", 2, "unknown entity type 'PROTEIN'"),
        (f"{LEX_HEADER}\nuniprot:P1\tGENE\tz\t\tZz2\tUniProt\n", 2, "no known prefix"),
        (f"{LEX_HEADER}\n\n{LEX_OK_ROW}\nhgnc:ZZZ2\tGENE\tz\t甲||乙\tZz2\tHGNC\n", 4, "empty term"),
        (f"{LEX_HEADER}\nhgnc:ZZZ2\tGENE\tz\t\t\tHGNC\n", 2, "no terms"),
        (f"# only a comment\n{LEX_HEADER}\n", 1, "empty file"),
        ("", 1, "empty file"),
    ],
)
def test_malformed_lexicon(tmp_path, text, line, fragment):
    write(tmp_path, "lexicons/mine.tsv", text)
    found = problems_in(tmp_path, "lexicons/mine.tsv")
    assert any(ln == line and fragment in msg for ln, msg in found), found
    with pytest.raises(RuleError) as info:
        load_rules(tmp_path)
    assert info.value.path == str(tmp_path / "lexicons/mine.tsv")


def test_empty_id_is_a_row_without_identifier(tmp_path):
    write(tmp_path, "lexicons/mine.tsv", f"{LEX_HEADER}\n\tGENE\tzeta fragment\t\tZz2\tHGNC\n")
    assert problems_in(tmp_path, "lexicons/mine.tsv") == []
    rules = load_rules(tmp_path)
    assert rules.term_index()["Zz2"] == ("GENE", "", "zeta fragment")
    (entry,) = [e for e in rules.lexicon if e.file.endswith("mine.tsv")]
    assert entry_norm(entry) is None  # its mentions carry no identifier


def test_same_term_two_identifiers_names_both_places(tmp_path):
    write(tmp_path, "lexicons/a.tsv", f"{LEX_HEADER}\n{LEX_OK_ROW}\n")
    write(tmp_path, "lexicons/b.tsv", f"{LEX_HEADER}\n# x\nhgnc:ZZZ9\tGENE\tz\t\tZeta-1\tHGNC\n")
    found = problems_in(tmp_path, "lexicons/b.tsv")
    assert len(found) == 1
    line, msg = found[0]
    assert line == 3
    assert "'Zeta-1'" in msg and "hgnc:ZZZ9" in msg and "hgnc:ZZZ1" in msg
    assert f"{tmp_path / 'lexicons/a.tsv'}:2" in msg


def test_conflict_with_a_packaged_term(tmp_path):
    write(
        tmp_path, "lexicons/mine.tsv", f"{LEX_HEADER}\npubchem:1\tCOMPOUND\tx\t葛根素\t\tPubChem\n"
    )
    ((line, msg),) = problems_in(tmp_path, "lexicons/mine.tsv")
    assert line == 2 and "pubchem:5281807" in msg and "compounds.tsv" in msg


GOOD_PATTERN = {"label": "GENE", "pattern": [{"LOWER": "zeta"}], "comment": "shape: test"}


@pytest.mark.parametrize(
    ("line2", "fragment"),
    [
        ('{"label": "GENE", "pattern": [', "invalid JSON"),
        ('{"label": "GENE", "pattern": [{"LOWER": "x"}], "note": "n"}', "unknown key(s) note"),
        ('{"label": "PROTEIN", "pattern": [{"LOWER": "x"}]}', "unknown label 'PROTEIN'"),
        ('{"label": "GENE", "pattern": [{"LOWER": "x"}], "lang": "fr"}', "unknown lang 'fr'"),
        ('{"label": "GENE", "pattern": [{"LOWER": "x"}], "id": "x:1"}', "no known prefix"),
        ('{"label": "GENE"}', "missing key(s) pattern"),
        ('{"label": "GENE", "pattern": []}', "non-empty list"),
        ('{"label": "GENE", "pattern": [{"LOWERCASE": "x"}]}', "spaCy Matcher rejects"),
        ('{"label": "GENE", "pattern": [{"LOWER": "x", "OP": "++?"}]}', "spaCy Matcher rejects"),
        ('["GENE"]', "JSON object"),
    ],
)
def test_malformed_pattern(tmp_path, line2, fragment):
    write(tmp_path, "patterns/mine.jsonl", json.dumps(GOOD_PATTERN) + "\n" + line2 + "\n")
    found = problems_in(tmp_path, "patterns/mine.jsonl")
    assert any(ln == 2 and fragment in msg for ln, msg in found), found


def test_empty_pattern_file(tmp_path):
    write(tmp_path, "patterns/mine.jsonl", "\n\n")
    assert problems_in(tmp_path, "patterns/mine.jsonl") == [(1, "empty file: no patterns")]


@pytest.mark.parametrize(
    ("row", "fragment"),
    [
        ("抑制\tzh\tINHIBITS\tforward\t例", "unknown relation 'INHIBITS'"),
        ("抑制\tzh\tDOWNREGULATES\tleft\t例", "unknown direction 'left'"),
        ("抑制\tja\tDOWNREGULATES\tforward\t例", "unknown lang 'ja'"),
        ("\tzh\tDOWNREGULATES\tforward\t例", "empty trigger word"),
        ("抑制\tzh\tDOWNREGULATES", "3 tab-separated columns"),
        ("上调\tzh\tUPREGULATES\tforward\t再一次", "duplicate trigger (first at line 2)"),
        ("上调\tzh\tUPREGULATES\tany\t再一次", "trigger never fires: line 2 has the same word"),
        ("上调\tzh\tNONE\tany\t再一次", "trigger never fires: line 2 makes this word neutral"),
        ("诱导的\tzh\tUPREGULATES\tmodifier\t例", "direction modifier needs relation TESTED_IN"),
        ("induced by\ten\tUPREGULATES\tafter\tx", "direction after needs relation TESTED_IN"),
    ],
)
def test_malformed_triggers(tmp_path, row, fragment):
    write(
        tmp_path, "triggers.tsv", f"{TRIGGER_HEADER}\n上调\tzh\tUPREGULATES\tforward\t例\n{row}\n"
    )
    found = problems_in(tmp_path, "triggers.tsv")
    assert any(ln == 3 and fragment in msg for ln, msg in found), found


def test_not_utf8(tmp_path):
    path = tmp_path / "lexicons" / "mine.tsv"
    path.parent.mkdir()
    path.write_bytes(f"{LEX_HEADER}\n".encode() + "hgnc:X\tGENE\tx\t葛\t\tHGNC\n".encode("gb18030"))
    ((line, msg),) = problems_in(tmp_path, "lexicons/mine.tsv")
    assert line == 2 and "not UTF-8" in msg


def test_missing_rules_dir(tmp_path):
    (problem,) = check_rules(tmp_path / "nope")
    assert "does not exist" in problem.problem


# --------------------------------------------------------------------------- overlay and version


def test_overlay_adds_a_file(tmp_path):
    write(tmp_path, "lexicons/my_terms.tsv", f"{LEX_HEADER}\n{LEX_OK_ROW}\n")
    rules = load_rules(tmp_path)
    assert rules.term_index()["Zeta-1"] == ("GENE", "hgnc:ZZZ1", "zeta")
    assert "葛根素" in rules.term_index()  # packaged files still read
    assert tmp_path / "lexicons/my_terms.tsv" in rules.files


def test_overlay_replaces_a_packaged_file(tmp_path):
    packaged = (packaged_rules_dir() / "triggers.tsv").read_text(encoding="utf-8")
    write(tmp_path, "triggers.tsv", f"{TRIGGER_HEADER}\n促成\tzh\tUPREGULATES\tforward\t例子\n")
    rules = load_rules(tmp_path)
    assert [t.word for t in rules.triggers] == ["促成"]
    assert "抑制" in packaged
    assert not any(
        str(f).startswith(str(packaged_rules_dir())) and f.name == "triggers.tsv"
        for f in rules.files
    )
    assert rules.version != load_rules().version


def test_version_changes_when_a_file_changes(tmp_path):
    path = write(tmp_path, "lexicons/my_terms.tsv", f"{LEX_HEADER}\n{LEX_OK_ROW}\n")
    before = rules_version(tmp_path)
    assert before != rules_version()
    path.write_text(f"{LEX_HEADER}\n{LEX_OK_ROW}\n# a comment\n", encoding="utf-8")
    after = rules_version(tmp_path)
    assert after != before
    assert load_rules(tmp_path).version == after


def test_version_counts_units_file(tmp_path):
    packaged = (packaged_rules_dir() / "units.tsv").read_text(encoding="utf-8")
    write(tmp_path, "units.tsv", packaged + "# a comment changes the version\n")
    assert rules_version(tmp_path) != rules_version()
    assert load_rules(tmp_path).version == rules_version(tmp_path)


# --------------------------------------------------------------------------- CLI


def test_cli_check_prints_counts(capsys):
    assert main(["rules", "check"]) == 0
    out = capsys.readouterr().out
    assert "lexicon entries:" in out and "GENE" in out and "UPREGULATES" in out


def test_cli_check_reports_problems(tmp_path, capsys):
    path = write(tmp_path, "lexicons/mine.tsv", f"{LEX_HEADER}\nhgnc:Q\tGEN\tq\t\tQq\tHGNC\n")
    assert main(["rules", "check", "--rules", str(tmp_path)]) == 2
    out = capsys.readouterr().out
    assert out.startswith(f"{path}:2: unknown entity type 'GEN'")


def test_one_word_may_carry_two_relations(tmp_path):
    write(
        tmp_path,
        "triggers.tsv",
        f"{TRIGGER_HEADER}\n减轻\tzh\tDOWNREGULATES\tforward\t例\n减轻\tzh\tTREATS\tforward\t例\n",
    )
    assert problems_in(tmp_path, "triggers.tsv") == []


def test_english_trigger_case_variants_are_one_word(tmp_path):
    write(
        tmp_path,
        "triggers.tsv",
        f"{TRIGGER_HEADER}\nInhibit\ten\tDOWNREGULATES\tforward\tx\n"
        "inhibit\ten\tDOWNREGULATES\tany\tx\n",
    )
    assert [ln for ln, _ in problems_in(tmp_path, "triggers.tsv")] == [3]


def test_unknown_word_list_in_a_pattern(tmp_path):
    from puerextract.rules import check_rules

    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "x.jsonl").write_text(
        '{"label": "ORGANISM", "pattern": [{"TEXT": {"IN": "@no_such_role"}}]}\n', encoding="utf-8"
    )
    problems = [str(p) for p in check_rules(tmp_path)]
    assert any("x.jsonl:1" in p and "unknown word list '@no_such_role'" in p for p in problems)


def test_unknown_word_role(tmp_path):
    from puerextract.rules import check_rules

    (tmp_path / "tag_words.tsv").write_text(
        "word\trole\tcomment\n非\tnegation\t\n", encoding="utf-8"
    )
    problems = [str(p) for p in check_rules(tmp_path)]
    assert any("tag_words.tsv:2" in p and "unknown role 'negation'" in p for p in problems)


def test_validated_pattern_files_are_not_validated_again(tmp_path, monkeypatch):
    """spaCy's Matcher checks a pattern file once per content; a changed file is checked again."""
    import puerextract.rules as rules_module

    monkeypatch.setenv("PUEREXTRACT_CACHE", str(tmp_path / "cache"))
    calls = []
    real = rules_module._matcher_problem
    monkeypatch.setattr(rules_module, "_matcher_problem", lambda p: calls.append(p) or real(p))
    write(
        tmp_path / "r",
        "patterns/mine.jsonl",
        '{"label": "GENE", "pattern": [{"TEXT": "Zzz1"}], "comment": "shape: test"}\n',
    )
    assert check_rules(tmp_path / "r") == []
    first = len(calls)
    assert first > 0
    assert check_rules(tmp_path / "r") == []
    assert len(calls) == first  # nothing validated twice
    write(
        tmp_path / "r",
        "patterns/mine.jsonl",
        '{"label": "GENE", "pattern": [{"TEXT": {"BAD_OP": 1}}], "comment": "shape: test"}\n',
    )
    assert check_rules(tmp_path / "r")  # the changed file is validated, and refused
