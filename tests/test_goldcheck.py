"""Gold validator: every problem reported with file and line; counts on success."""

from __future__ import annotations

from pathlib import Path

import pytest

from puerextract.brat import read_brat
from puerextract.cli import main
from puerextract.goldcheck import check_annotations, check_dir, parse_concentration_note

# A sentence written for these tests. Offsets: 葛根素 0-3, 上调 3-5, ALP 5-8, 的表达 8-11,
# 10 μmol/L 12-21 (after the comma at 11).
TEXT = "葛根素上调ALP的表达，10 μmol/L 时最明显。"

GOOD_ANN = (
    "T1\tCOMPOUND 0 3\t葛根素\n"
    "T2\tGENE 5 8\tALP\n"
    "T3\tCONCENTRATION 12 21\t10 μmol/L\n"
    "R1\tUPREGULATES Arg1:T1 Arg2:T2\n"
    "R2\tHAS_CONCENTRATION Arg1:T1 Arg2:T3\n"
    "N1\tReference T1 pubchem:5281807\t葛根素\n"
    "#1\tAnnotatorNotes T3\tvalues=10 unit=umol/L\n"
)


def write_pair(folder: Path, name: str, text: str | bytes, ann: str | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    (folder / f"{name}.txt").write_bytes(data)
    if ann is not None:
        (folder / f"{name}.ann").write_text(ann, encoding="utf-8")


def test_offsets_of_the_test_sentence():
    assert TEXT[0:3] == "葛根素" and TEXT[5:8] == "ALP" and TEXT[12:21] == "10 μmol/L"


def test_good_folder_counts(tmp_path):
    write_pair(tmp_path, "a", TEXT, GOOD_ANN)
    result = check_dir(tmp_path)
    assert result.ok, [str(p) for p in result.problems]
    assert result.documents == 1
    assert dict(result.entity_counts) == {"COMPOUND": 1, "GENE": 1, "CONCENTRATION": 1}
    assert dict(result.relation_counts) == {"UPREGULATES": 1, "HAS_CONCENTRATION": 1}
    assert (result.norm_count, result.note_count) == (1, 1)
    # what passes the validator reads with the brat reader, identifier included
    doc = read_brat(tmp_path / "a.txt")
    assert doc.entities[0].norm == "pubchem:5281807"
    assert doc.entities[2].note == "values=10 unit=umol/L"


def test_every_problem_is_reported_with_its_line(tmp_path):
    ann = (
        "T1\tCOMPOUND 0 4\t葛根素\n"  # 1 wrong offset
        "T2\tPROTEIN 5 8\tALP\n"  # 2 unknown type
        "T3 GENE 5 8 ALP\n"  # 3 missing tab
        "T4\tGENE 2 5\t素上调\n"  # 4 overlaps T1 (0-4)
        "T4\tGENE 5 8\tALP\n"  # 5 duplicate id
        "T5\tCONCENTRATION 12 21\t10 μmol/L\n"  # 6 no note (reported here)
        "R1\tUPREGULATES Arg1:T1 Arg2:T9\n"  # 7 dangling Arg2
        "R2\tTREATS Arg1:T1 Arg2:T4\n"  # 8 Arg2 must be DISEASE
        "R3\tBINDS Arg1:T1 Arg2:T4\n"  # 9 unknown relation type
        "N1\tReference T7 pubchem:1\tx\n"  # 10 unknown mention
        "N2\tReference T1 PubChem5281807\t葛根素\n"  # 11 no known prefix
        "#1\tAnnotatorNotes T8\tvalues=1 unit=mg\n"  # 12 unknown mention
        "X1\twhat\n"  # 13 unknown line kind
    )
    write_pair(tmp_path, "bad", TEXT, ann)
    result = check_dir(tmp_path)
    got = [(p.line, p.message) for p in result.problems]
    lines = [line for line, _ in got]
    assert lines == sorted(lines)
    expect = {
        1: "wrong offset",
        2: "unknown entity type 'PROTEIN'",
        3: "missing tab",
        4: "overlaps T1",
        5: "duplicate id T4",
        6: "CONCENTRATION T5 has no note",
        7: "Arg2 points at unknown mention T9",
        8: "Arg2 T4 is GENE, expected one of DISEASE",
        9: "unknown relation type 'BINDS'",
        10: "normalisation points at unknown mention T7",
        11: "no known prefix",
        12: "note points at unknown mention T8",
        13: "unknown line kind",
    }
    for line, fragment in expect.items():
        assert any(ln == line and fragment in msg for ln, msg in got), (line, fragment, got)
    assert all(p.path.endswith("bad.ann") for p in result.problems)
    assert str(result.problems[0]).startswith(f"{tmp_path / 'bad.ann'}:1: wrong offset")


def test_wrong_offset_suggests_where_the_text_is():
    problems = check_annotations("T1\tGENE 4 7\tALP\n", TEXT, "x.ann").problems
    [p] = problems
    assert "text[4:7] is '调AL'" in p.message and "occurs at 5-8" in p.message


def test_bad_concentration_note_and_whitespace_edge():
    ann = (
        "T1\tCONCENTRATION 12 21\t10 μmol/L\n"
        "T2\tGENE 4 8\t调ALP\n"
        "#1\tAnnotatorNotes T1\tvalues=ten unit=umol/L\n"
    )
    msgs = [str(p) for p in check_annotations(ann, TEXT, "x.ann").problems]
    assert any(":3: note of CONCENTRATION T1" in m for m in msgs)
    text = "ab ALP"
    msgs = [str(p) for p in check_annotations("T1\tGENE 2 6\t ALP\n", text, "y.ann").problems]
    assert any("starts or ends with whitespace" in m for m in msgs)


def test_predictions_mode_is_lenient_about_types_and_overlaps():
    ann = "T1\tCOMPOUND 0 3\t葛根素\nT2\tTHING 0 5\t葛根素上调\nR1\tUP Arg1:T1 Arg2:T2\n"
    assert check_annotations(ann, TEXT, "p.ann", strict=False).ok
    assert not check_annotations(ann, TEXT, "p.ann", strict=True).ok
    dangling = "T1\tCOMPOUND 0 3\t葛根素\nR1\tUP Arg1:T1 Arg2:T2\n"
    assert not check_annotations(dangling, TEXT, "p.ann", strict=False).ok


def test_file_level_problems(tmp_path):
    write_pair(tmp_path, "good", TEXT, GOOD_ANN)
    (tmp_path / "orphan.ann").write_text("T1\tGENE 0 1\tx\n", encoding="utf-8")
    write_pair(tmp_path, "unannotated", TEXT, None)
    write_pair(tmp_path, "gbk", ("第一行\n" + TEXT).encode("gb18030"), GOOD_ANN)
    msgs = [str(p) for p in check_dir(tmp_path).problems]
    assert any("orphan.ann: text file orphan.txt missing" in m for m in msgs)
    assert any("unannotated.txt: annotation file unannotated.ann missing" in m for m in msgs)
    assert any("gbk.txt:1: not UTF-8" in m for m in msgs)
    assert len(msgs) == 3


@pytest.mark.parametrize(
    ("note", "parsed"),
    [
        ("values=100,10,1,0.1 unit=umol/L", ((100.0, 10.0, 1.0, 0.1), "umol/L")),
        ("values=10 unit=mg/kg", ((10.0,), "mg/kg")),
        ("unit=mg/kg values=10,50", ((10.0, 50.0), "mg/kg")),
        ("values=10", None),
        ("unit=mg", None),
        ("values=a,b unit=mg", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_concentration_note(note, parsed):
    assert parse_concentration_note(note) == parsed


def test_cli_gold_check(tmp_path, capsys):
    write_pair(tmp_path / "ok", "a", TEXT, GOOD_ANN)
    assert main(["gold", "check", str(tmp_path / "ok")]) == 0
    out = capsys.readouterr().out
    assert "OK, 1 document(s)" in out and "HAS_CONCENTRATION" in out and "N lines: 1" in out

    write_pair(tmp_path / "bad", "a", TEXT, "T1\tGENE 0 3\tALP\nR1\tTREATS Arg1:T1 Arg2:T5\n")
    assert main(["gold", "check", str(tmp_path / "bad")]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'bad' / 'a.ann'}:1: wrong offset" in err
    assert f"{tmp_path / 'bad' / 'a.ann'}:2: R1 Arg2 points at unknown mention T5" in err
    assert "Traceback" not in err

    assert main(["gold", "check", str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_both_parsers_split_lines_the_same_way():
    """A U+2028 or U+0085 inside a mention's text is text, not a line end, for the raising
    parser (brat.parse_ann) and the collecting one (goldcheck) alike."""
    from puerextract.brat import parse_ann

    text = "葛根\u2028素与钙\x85离子"
    ann = f"T1\tCOMPOUND 0 4\t{text[0:4]}\nT2\tCOMPOUND 5 9\t{text[5:9]}\n"
    doc = parse_ann(ann, text, "x")
    assert [e.text for e in doc.entities] == [text[0:4], text[5:9]]
    result = check_annotations(ann, text, "x.ann", strict=False)
    assert result.ok and result.entity_counts["COMPOUND"] == 2


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("T1 COMPOUND 0 3 葛根素", "missing tab in entity line"),
        ("R1\tUPREGULATES Arg1:T1", "malformed relation line"),
        ("X1\tfoo", "unknown line kind 'X'"),
    ],
)
def test_one_line_parser_raises_the_problem_both_parsers_report(line, fragment):
    from puerextract.brat import parse_ann, parse_line
    from puerextract.errors import BratError

    with pytest.raises(BratError, match=fragment):
        parse_line(line, 3, "x.ann")
    with pytest.raises(BratError, match=fragment):
        parse_ann(line + "\n", "葛根素", "x")
    problems = check_annotations(line + "\n", "葛根素", "x.ann", strict=False).problems
    assert len(problems) == 1 and fragment in problems[0].message
