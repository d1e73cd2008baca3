"""Knowledge tables: the manifest describes the packaged files; identifiers are checked."""

from __future__ import annotations

from puerextract.cli import main
from puerextract.knowledge import TABLES, check_identifiers, manifest, table_rows, table_sha256


def test_manifest_matches_every_table():
    tables = manifest()["tables"]
    assert set(tables) == set(TABLES)
    for name in TABLES:
        entry = tables[name]
        assert entry["sha256"] == table_sha256(name), name
        assert entry["rows"] == len(table_rows(name)), name
        for key in ("source", "version", "licence", "source_sha256", "package"):
            assert entry[key], (name, key)


def test_identifiers_are_confirmed_only_by_a_matching_name():
    verdicts = check_identifiers(
        [
            ("hgnc:RUNX2", ("Runx2", "Runt 相关转录因子 2")),  # official symbol
            ("hgnc:SP7", ("Osterix", "osterix")),  # full name or alias
            ("ncbitaxon:10116", ("大鼠", "rats")),  # word of the common name "Norway rat"
            ("hgnc:RUNX2", ("Osterix",)),  # exists, but names another gene
            ("hgnc:NOTAGENE1", ("x",)),  # not in NCBI Gene
            ("pubchem:5281807", ("puerarin",)),  # no offline source for PubChem
        ]
    )
    assert verdicts[:3] == [None, None, None]
    assert "no name of the row matches" in verdicts[3]
    assert "not in the knowledge tables" in verdicts[4]
    assert "no offline source" in verdicts[5]


def test_rules_check_ids_names_file_and_line(tmp_path, capsys):
    lex = tmp_path / "lexicons"
    lex.mkdir()
    (lex / "genes.tsv").write_text(
        "id\ttype\tpreferred\tzh\ten\tsource\nhgnc:SP7\tGENE\tRUNX2\t\tRunx2|Cbfa1\tNCBI Gene\n",
        encoding="utf-8",
    )
    code = main(["rules", "check", "--rules", str(tmp_path), "--ids"])
    out = capsys.readouterr().out
    assert code == 2
    assert f"{lex / 'genes.tsv'}:2: hgnc:SP7: no name of the row matches" in out
    assert "not confirmed by the tables" in out
