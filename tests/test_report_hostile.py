"""Hostile names in the report: document names, mention text, identifiers and types are
escaped everywhere (tables included), and no script runs in Chromium."""

from __future__ import annotations

import pytest
from test_report import _browser, _chromium

from puerextract.evaluate import evaluate
from puerextract.model import Annotations, Entity
from puerextract.report import ReportContext, render_html, render_markdown, write_reports

EVIL = "<img src=x onerror=document.title=1337>"
TEXT = f"Puerarin {EVIL} raised ALP."


def hostile_case():
    s = TEXT.index(EVIL)
    gold = Annotations(
        f"d{EVIL}",
        TEXT,
        [
            Entity("T1", "COMPOUND", 0, 8, "Puerarin", norm=f"pubchem:1{EVIL}"),
            Entity("T2", "GENE", s, s + len(EVIL), EVIL),
        ],
    )
    pred = Annotations(
        f"d{EVIL}", TEXT, [Entity("T1", "COMPOUND", 0, 8, "Puerarin", norm="pubchem:2")]
    )
    return evaluate([gold], [pred])


def test_no_raw_markup_from_names_in_the_html():
    html = render_html(hostile_case(), ReportContext(gold_dir=f"g{EVIL}", prediction_source=EVIL))
    assert "<img" not in html
    assert "&lt;img src=x onerror=document.title=1337&gt;" in html


#: markup and template syntax in a document's name, a mention's text and type, the folder
INJECT = "<script>alert(1)</script>{{ 7*7 }}{% if 1 %}x{% endif %}"
INJECT_HTML = "&lt;script&gt;alert(1)&lt;/script&gt;{{ 7*7 }}{% if 1 %}x{% endif %}"


def injection_case():
    text = f"Puerarin {INJECT} raised ALP."
    s, e = text.index(INJECT), text.index(INJECT) + len(INJECT)
    gold = Annotations(
        f"d{INJECT}",
        text,
        [Entity("T1", "COMPOUND", 0, 8, "Puerarin"), Entity("T2", "GENE", s, e, INJECT)],
    )
    pred = Annotations(
        f"d{INJECT}",
        text,
        [Entity("T1", "COMPOUND", 0, 8, "Puerarin"), Entity("T3", INJECT, s, e, INJECT)],
    )
    return evaluate([gold], [pred])


def test_template_syntax_in_names_is_text_not_code():
    """Names reach the templates as values: escaped in the HTML, never rendered as a template."""
    ctx = ReportContext(gold_dir=INJECT, prediction_source=INJECT, warnings=[INJECT])
    page = render_html(injection_case(), ctx)
    assert "<script" not in page and "alert(1)</script>" not in page
    # folder, source, warning, the document in error heads, the mention in its sentence,
    # the type in the tables, the chart and the error groups: always the whole string, escaped
    assert page.count(INJECT_HTML) >= 8
    assert (
        page.count("{{ 7*7 }}") == page.count("{% if 1 %}x{% endif %}") == page.count(INJECT_HTML)
    )
    assert f'data-type="{INJECT_HTML}"' in page  # attribute values too
    md = render_markdown(injection_case(), ctx)
    assert md.count(INJECT) >= 4 and md.count("{{ 7*7 }}") == md.count(INJECT)


@pytest.mark.slow
def test_no_script_runs_in_chromium(tmp_path):
    exe = _chromium()
    if exe is None:
        pytest.skip("chromium is not installed")
    paths = write_reports(tmp_path / "out", hostile_case(), ReportContext(gold_dir=EVIL))
    proc = _browser(exe, tmp_path / "profile", "--dump-dom", paths["html"].resolve().as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "<title>puerextract evaluation</title>" in proc.stdout
    assert "1337</title>" not in proc.stdout and "<img" not in proc.stdout


def test_csv_cells_never_start_a_formula(tmp_path):
    import pandas as pd

    from puerextract.io_utils import spreadsheet_safe

    df = pd.DataFrame(
        {"text": ["=1+2", "+SUM(A1)", "-3", "@cmd", "葛根素", "Runx2"], "n": range(6)}
    )
    safe = spreadsheet_safe(df)
    assert list(safe["text"]) == ["'=1+2", "'+SUM(A1)", "'-3", "'@cmd", "葛根素", "Runx2"]
    assert list(safe["n"]) == list(range(6))


def test_extract_tables_are_spreadsheet_safe(tmp_path):
    from puerextract.cli import main

    paper = tmp_path / "in" / "=1+2.txt"  # the paper column holds the file's stem
    paper.parent.mkdir()
    paper.write_text("葛根素上调 Runx2 的表达。\n", encoding="utf-8")
    assert main(["extract", str(paper), "--out", str(tmp_path / "out")]) == 0
    rows = (tmp_path / "out" / "mentions.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) > 1
    assert all(not cell.startswith("=") for row in rows for cell in row.split(","))
    assert rows[1].startswith("'=1+2,")
