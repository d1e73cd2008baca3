"""Report rendering: Markdown and self-contained HTML, checked in headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from puerextract.evaluate import evaluate
from puerextract.model import Annotations, Entity, Relation
from puerextract.report import ReportContext, render_html, render_markdown, write_reports

# Written for this test. Offsets: 葛根素 0-3, 上调 3-5, ALP 5-8, 的表达 8-11, 。11,
# Puerarin 12-20, osteoporosis 31-43, rats 47-51
TEXT = "葛根素上调ALP的表达。Puerarin prevented osteoporosis in rats."


def ent(eid: str, etype: str, surface: str, **kw) -> Entity:
    start = TEXT.index(surface)
    return Entity(eid, etype, start, start + len(surface), surface, **kw)


def case():
    gold = Annotations(
        "paper1",
        TEXT,
        [
            ent("T1", "COMPOUND", "葛根素"),
            ent("T2", "GENE", "ALP"),
            ent("T3", "COMPOUND", "Puerarin"),
            ent("T4", "DISEASE", "osteoporosis"),
            ent("T5", "ORGANISM", "rats"),
        ],
        [Relation("R1", "UPREGULATES", "T1", "T2"), Relation("R2", "TREATS", "T3", "T4")],
    )
    pred = Annotations(
        "paper1",
        TEXT,
        [
            ent("T1", "COMPOUND", "葛根素"),
            ent("T2", "GENE", "ALP的表达"),  # boundary error: FP and FN
            ent("T3", "COMPOUND", "Puerarin"),
            ent("T4", "DISEASE", "osteoporosis"),
            ent("T6", "GENE", "prevented"),  # spurious
        ],  # rats missed
        [Relation("R1", "UPREGULATES", "T1", "T2"), Relation("R2", "TREATS", "T3", "T4")],
    )
    return evaluate([gold], [pred])


def test_markdown_has_tables_and_errors_in_context():
    md = render_markdown(case(), ReportContext(gold_dir="g", prediction_source="test"))
    assert md.index("## Headline") < md.index("## Entities per type") < md.index("errors")
    assert "| Entities F1 (strict)" in md
    # the missed mention shown marked in its sentence (sentence ends at 。 for the first)
    assert "Puerarin prevented osteoporosis in ⟦rats⟧." in md
    assert "⟦prevented⟧" in md
    assert "**FN** (lenient match)" in md  # the UPREGULATES relation, Arg2 only overlapping


def test_html_is_self_contained():
    page = render_html(case(), ReportContext(gold_dir="g", prediction_source="test"))
    assert "<script" not in page and "<link" not in page
    # the only URL is the SVG namespace: nothing is loaded from anywhere
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", page))
    assert urls <= {"http://www.w3.org/2000/svg"}
    assert page.count('<mark class="entity"') >= 5


def test_templates_are_package_data():
    """Every template under src/puerextract/templates is shipped in the wheel."""
    import tomllib
    from fnmatch import fnmatch

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["puerextract"]
    templates = sorted((root / "src" / "puerextract" / "templates").iterdir())
    assert {"report.html.j2", "report.md.j2"} <= {t.name for t in templates}
    for t in templates:
        assert any(fnmatch(f"templates/{t.name}", p) for p in patterns), t.name


def _chromium() -> str | None:
    for candidate in (
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="module")
def chromium() -> str:
    exe = _chromium()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (CI must install Debian's chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium); CI unset")
    return exe


def _browser(exe: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [
        exe,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
    ]
    # the timeout only guards against a hung browser; nothing is asserted about time
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


@pytest.mark.slow
def test_html_report_renders_in_chromium(chromium, tmp_path):
    ev = case()
    ctx = ReportContext(gold_dir="gold", prediction_source="test", warnings=["a test warning"])
    paths = write_reports(tmp_path / "out", ev, ctx)
    url = paths["html"].resolve().as_uri()

    proc = _browser(chromium, tmp_path / "profile", "--dump-dom", url)
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    # tables rendered by pandas, with the per-type rows
    assert dom.count('<table id="T_') >= 2
    assert re.search(r">\s*COMPOUND\s*</td>", dom)
    assert re.search(r">\s*micro\s*</td>", dom)
    # headline cards and the SVG chart with a bar per type
    assert 'data-figure="entity_strict_f1"' in dom
    assert "<svg" in dom and 'class="bar strict" data-type="GENE"' in dom
    # every FN and FP highlighted in its sentence by displaCy
    marks = re.findall(r'<mark class="entity"[^>]*>\s*([^<]+?)\s*<span', dom)
    for text in ("rats", "prevented", "ALP的表达", "ALP"):
        assert text in marks, (text, marks)
    assert 'data-kind="FN"' in dom and 'data-kind="FP"' in dom
    assert "a test warning" in dom

    png = tmp_path / "shot.png"
    proc = _browser(
        chromium, tmp_path / "profile2", f"--screenshot={png}", "--window-size=1200,1600", url
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
