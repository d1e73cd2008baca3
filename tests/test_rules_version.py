"""The rules version follows every content change, also with file digests reused."""

from __future__ import annotations

import os

from puerextract.rules import load_rules, rules_version

HEADER = "id\ttype\tpreferred\tzh\ten\tsource\n"


def _write(folder, row: str) -> None:
    (folder / "lexicons").mkdir(exist_ok=True)
    (folder / "lexicons" / "zz_extra.tsv").write_text(HEADER + row + "\n", encoding="utf-8")


def test_version_is_that_of_load_rules(tmp_path):
    _write(tmp_path, "mesh:D000001\tDISEASE\tfoo syndrome\t富综合征\tfoo syndrome\ttest")
    assert rules_version(tmp_path) == load_rules(tmp_path).version
    assert rules_version(tmp_path) == rules_version(tmp_path)


def test_same_size_rewrite_at_once_changes_the_version(tmp_path):
    _write(tmp_path, "mesh:D000001\tDISEASE\tfoo syndrome\t富综合征\tfoo syndrome\ttest")
    first = rules_version(tmp_path)
    _write(tmp_path, "mesh:D000002\tDISEASE\tfoo syndrome\t富综合征\tfoo syndrome\ttest")
    assert rules_version(tmp_path) != first


def test_old_file_digest_reused_until_the_file_changes(tmp_path):
    _write(tmp_path, "mesh:D000001\tDISEASE\tfoo syndrome\t富综合征\tfoo syndrome\ttest")
    path = tmp_path / "lexicons" / "zz_extra.tsv"
    os.utime(path, ns=(10**18, 10**18))  # an old file: its digest may be reused
    first = rules_version(tmp_path)
    assert rules_version(tmp_path) == first
    _write(tmp_path, "mesh:D000002\tDISEASE\tfoo syndrome\t富综合征\tfoo syndrome\ttest")
    assert rules_version(tmp_path) != first
    assert rules_version(tmp_path) == load_rules(tmp_path).version
