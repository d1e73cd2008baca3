"""The bundled gold set passes the validator and matches its documented shape."""

from __future__ import annotations

from puerextract.brat import read_brat
from puerextract.cli import main
from puerextract.ingest import ingest_file

from .conftest import GOLD_DIR, SEED

GOLD_TXT = GOLD_DIR / "000_335a1d33f753f1c8.txt"


def test_gold_check_passes(capsys):
    assert main(["gold", "check", str(GOLD_DIR)]) == 0
    out = capsys.readouterr().out
    assert "entities: 305" in out and "relations: 131" in out


def test_gold_spans_and_worked_example():
    gold = read_brat(GOLD_TXT)
    for e in gold.entities:
        assert gold.text[e.start : e.end] == e.text
    start = gold.text.index("马茜等[8]")
    end = gold.text.index("。", start) + 1
    inside = [e for e in gold.entities if start <= e.start < end]
    assert len(inside) == 14  # the guideline's worked example
    ids = {e.id for e in inside}
    assert sum(1 for r in gold.relations if r.arg1 in ids) == 10
    conc = [e for e in inside if e.type == "CONCENTRATION"]
    assert conc[0].note == "values=100,10,1,0.1 unit=umol/L"


def test_gold_text_is_what_ingest_makes_of_the_seed():
    """The gold text is frozen; this says when ingest drifts from it (then keep the gold)."""
    assert ingest_file(SEED).text == GOLD_TXT.read_text(encoding="utf-8")


def test_dev_set_passes_gold_check():
    root = GOLD_DIR.parent
    for folder in ("dev",):
        assert main(["gold", "check", str(root / folder)]) == 0, folder
