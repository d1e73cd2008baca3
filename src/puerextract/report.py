"""Render an :class:`~puerextract.evaluate.Evaluation` as JSON, Markdown and self-contained HTML,
and keep the researcher's baseline (accepted scores and predictions) to compare runs against.

Rendering only: the scores come from :mod:`puerextract.evaluate`.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import PuerextractError
from .evaluate import MICRO, Evaluation
from .io_utils import atomic_write_text
from .scoreboard import SetScore, headline_frame, history_frame, novel_frame, per_type_frame

BASELINE_VERSION = 1

SETS_NOTE = (
    "The gold review's score is an upper bound (its names are in the lexicons); the "
    "development set is where rule gaps are looked for; the blind test set is scored only at "
    "release points (its last recorded score is in the history below)."
)
NOVEL_NOTE = (
    "Strict recall on gold mentions whose text is no lexicon term (found/gold): whether the "
    "extractor finds names it was not given."
)
HISTORY_NOTE = "Scores of the blind test set at release points (evaluation/test_history.jsonl)."

#: headline figure key -> label shown to the researcher
HEADLINE_LABELS: dict[str, str] = {
    "entity_strict_f1": "Entities F1 (strict)",
    "entity_lenient_f1": "Entities F1 (lenient)",
    "relation_strict_f1": "Relations F1 (strict)",
    "relation_lenient_f1": "Relations F1 (lenient)",
    "normalisation_accuracy": "Normalisation accuracy",
    "concentration_accuracy": "Concentration accuracy",
}

TYPE_COLORS: dict[str, str] = {
    "COMPOUND": "#a6cee3",
    "GENE": "#b2df8a",
    "CELL_LINE": "#fdbf6f",
    "CELL_TYPE": "#fb9a99",
    "CONCENTRATION": "#cab2d6",
    "DURATION": "#ffff99",
    "PATHWAY": "#8dd3c7",
    "DISEASE": "#fccde5",
    "ORGANISM": "#d9d9d9",
    "ARG1": "#a6cee3",
    "ARG2": "#fdbf6f",
}

#: longest sentence shown whole; longer ones are cut around the highlighted spans
MAX_CONTEXT = 240


@dataclass(slots=True)
class ReportContext:
    """What was scored against what, and anything the reader must be warned about."""

    gold_dir: str = ""
    prediction_source: str = ""
    rules_version: str | None = None
    gold_fingerprint: str | None = None
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    warnings: list[str] = field(default_factory=list)
    comparison: dict[str, Any] | None = None
    sets: list[SetScore] = field(default_factory=list)
    test_history: list[dict[str, Any]] = field(default_factory=list)

    def meta(self) -> dict[str, Any]:
        """Plain-dict view for JSON."""
        return {
            "gold_dir": self.gold_dir,
            "prediction_source": self.prediction_source,
            "rules_version": self.rules_version,
            "gold_fingerprint": self.gold_fingerprint,
            "created": self.created,
        }


# --------------------------------------------------------------------------- baseline


def _mention_key(m: Mapping[str, Any]) -> tuple:
    return (m["doc"], m["type"], m["start"], m["end"])


def _relation_key(r: Mapping[str, Any]) -> tuple:
    a1, a2 = r["arg1"], r["arg2"]
    return (
        r["doc"],
        r["type"],
        a1["type"],
        a1["start"],
        a1["end"],
        a2["type"],
        a2["start"],
        a2["end"],
    )


def baseline_snapshot(ev: Evaluation, ctx: ReportContext) -> dict[str, Any]:
    """What ``--accept`` stores: scores, and the predicted mentions and relations."""
    return {
        "version": BASELINE_VERSION,
        "meta": ctx.meta(),
        "headline": ev.summary["headline"],
        "summary": ev.summary,
        "mentions": [
            {k: m[k] for k in ("doc", "type", "start", "end", "text", "norm")}
            for m in ev.predicted_mentions
        ],
        "relations": [
            {k: r[k] for k in ("doc", "type", "arg1", "arg2")} for r in ev.predicted_relations
        ],
    }


def save_baseline(path: str | Path, ev: Evaluation, ctx: ReportContext) -> Path:
    """Write the baseline JSON atomically; return its path."""
    path = Path(path)
    text = json.dumps(baseline_snapshot(ev, ctx), ensure_ascii=False, indent=1)
    atomic_write_text(path, text + "\n")
    return path


def load_baseline(path: str | Path) -> dict[str, Any] | None:
    """The stored baseline, or ``None`` when there is none. A broken file is an error."""
    path = Path(path)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PuerextractError(
            f"baseline is not valid JSON ({exc}); delete it or --accept anew", path
        ) from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
        raise PuerextractError("baseline has an unknown format; delete it or --accept anew", path)
    for key in ("headline", "mentions", "relations"):
        if key not in data:
            raise PuerextractError(f"baseline lacks {key!r}; delete it or --accept anew", path)
    return data


def compare_with_baseline(
    ev: Evaluation, baseline: Mapping[str, Any], gold_fingerprint: str | None = None
) -> dict[str, Any]:
    """Score deltas and the mentions/relations gained and lost since the baseline.

    Each gained or lost item carries ``correct``: whether it is (strictly) in the current gold.
    """
    deltas = {}
    for key, now in ev.summary["headline"].items():
        before = baseline["headline"].get(key)
        delta = now - before if now is not None and before is not None else None
        deltas[key] = {"baseline": before, "current": now, "delta": delta}

    gold_m = {_mention_key(m) for m in ev.gold_mentions}
    gold_r = {_relation_key(r) for r in ev.gold_relations}
    now_m = {_mention_key(m): m for m in ev.predicted_mentions}
    then_m = {_mention_key(m): m for m in baseline["mentions"]}
    now_r = {_relation_key(r): r for r in ev.predicted_relations}
    then_r = {_relation_key(r): r for r in baseline["relations"]}

    def items(keys: Iterable[tuple], source: Mapping[tuple, Mapping], gold: set) -> list[dict]:
        out = []
        for k in sorted(keys):
            rec = {key: v for key, v in source[k].items() if key != "correct"}
            out.append({**rec, "correct": k in gold})
        return out

    return {
        "baseline_created": baseline.get("meta", {}).get("created"),
        "gold_changed": bool(
            gold_fingerprint
            and baseline.get("meta", {}).get("gold_fingerprint") not in (None, gold_fingerprint)
        ),
        "deltas": deltas,
        "mentions_gained": items(now_m.keys() - then_m.keys(), now_m, gold_m),
        "mentions_lost": items(then_m.keys() - now_m.keys(), then_m, gold_m),
        "relations_gained": items(now_r.keys() - then_r.keys(), now_r, gold_r),
        "relations_lost": items(then_r.keys() - now_r.keys(), then_r, gold_r),
    }


# --------------------------------------------------------------------------- tables


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _fmt_delta(value: float | None) -> str:
    return "" if value is None else f"{value:+.3f}"


def headline_table(ev: Evaluation, comparison: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Headline figures (and the baseline deltas when there is a comparison)."""
    h = ev.summary["headline"]
    ent, rel = ev.summary["entities"], ev.summary["relations"]
    detail = {
        "entity_strict_f1": ent["strict"]["micro"],
        "entity_lenient_f1": ent["lenient"]["micro"],
        "relation_strict_f1": rel["strict"]["micro"],
        "relation_lenient_f1": rel["lenient"]["micro"],
    }
    norm, conc = ev.summary["normalisation"], ev.summary["concentration"]
    rows = []
    for key, label in HEADLINE_LABELS.items():
        if key in detail:
            d = detail[key]
            basis = (
                f"P {d['precision']:.3f}  R {d['recall']:.3f}  "
                f"(tp {d['tp']}, fp {d['fp']}, fn {d['fn']})"
            )
        elif key == "normalisation_accuracy":
            basis = f"{norm['correct']} of {norm['total']} matched mentions with a gold N line"
        else:
            basis = f"{conc['correct']} of {conc['total']} matched CONCENTRATION mentions"
        row = {"figure": label, "value": _fmt(h[key]), "basis": basis}
        if comparison is not None:
            row["change"] = _fmt_delta(comparison["deltas"][key]["delta"])
        rows.append(row)
    return pd.DataFrame(rows)


def score_table(ev: Evaluation, level: str, scheme: str) -> pd.DataFrame:
    """Per-type table of ``level`` under ``scheme`` with readable column names."""
    df = ev.table(level, scheme)
    return df.rename(columns={"precision": "P", "recall": "R", "f1": "F1"})


def _combined_table(ev: Evaluation, level: str) -> pd.DataFrame:
    """Strict and lenient side by side: one row per type."""
    strict = ev.table(level, "strict").set_index("type")
    lenient = ev.table(level, "lenient").set_index("type")
    out = pd.DataFrame(
        {
            "gold": strict["gold"],
            "pred": strict["pred"],
            "strict tp": strict["tp"],
            "strict P": strict["precision"],
            "strict R": strict["recall"],
            "strict F1": strict["f1"],
            "lenient tp": lenient["tp"],
            "lenient P": lenient["precision"],
            "lenient R": lenient["recall"],
            "lenient F1": lenient["f1"],
        }
    )
    out.index.name = "type"
    # types with nothing in gold or prediction stay in JSON but clutter the rendered table
    keep = (out["gold"] > 0) | (out["pred"] > 0) | (out.index == MICRO)
    return out[keep].reset_index()


# --------------------------------------------------------------------------- report data


def report_data(ev: Evaluation, ctx: ReportContext) -> dict[str, Any]:
    """Everything in ``report.json``."""
    return {
        "meta": ctx.meta(),
        "warnings": list(ctx.warnings),
        "summary": ev.summary,
        "comparison": ctx.comparison,
        "sets": {s.name: {"folder": s.folder, **s.evaluation.summary} for s in ctx.sets},
        "test_history": ctx.test_history,
        "errors": {
            "entities": ev.entity_errors,
            "relations": ev.relation_errors,
            "normalisation": ev.norm_errors,
            "concentration": ev.concentration_errors,
        },
    }


def write_reports(out_dir: str | Path, ev: Evaluation, ctx: ReportContext) -> dict[str, Path]:
    """Write ``report.json``, ``report.md`` and ``report.html`` into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "report.json", "md": out / "report.md", "html": out / "report.html"}
    data = report_data(ev, ctx)
    atomic_write_text(paths["json"], json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    atomic_write_text(paths["md"], render_markdown(ev, ctx))
    atomic_write_text(paths["html"], render_html(ev, ctx))
    return paths


# --------------------------------------------------------------------------- context windows


def _window(sentence: str, spans: list[tuple[int, int]]) -> tuple[str, int]:
    """Cut a long sentence around ``spans`` (relative offsets); return text and shift."""
    if len(sentence) <= MAX_CONTEXT or not spans:
        return sentence, 0
    lo = min(s for s, _ in spans)
    hi = max(e for _, e in spans)
    margin = max(40, (MAX_CONTEXT - (hi - lo)) // 2)
    a, b = max(0, lo - margin), min(len(sentence), hi + margin)
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < len(sentence) else ""
    return prefix + sentence[a:b] + suffix, a - len(prefix)


def _marked(sentence: str, spans: list[tuple[int, int, str]]) -> str:
    """Plain-text sentence with spans marked as ``⟦text⟧`` (for Markdown)."""
    out, pos = [], 0
    for s, e, _label in sorted(spans):
        if s < pos:
            continue
        out += [sentence[pos:s], "⟦", sentence[s:e], "⟧"]
        pos = e
    out.append(sentence[pos:])
    return "".join(out).replace("\n", " ")


def _error_spans(err: Mapping[str, Any]) -> list[tuple[int, int, str]]:
    """Spans of an error relative to its sentence: the mention, or both relation arguments."""
    base = err["sentence_start"]
    if "arg1" in err:
        a1, a2 = err["arg1"], err["arg2"]
        spans = [
            (a1["start"] - base, a1["end"] - base, "ARG1"),
            (a2["start"] - base, a2["end"] - base, "ARG2"),
        ]
        if a1["start"] < a2["end"] and a2["start"] < a1["end"]:  # overlapping arguments
            spans = spans[:1]
        return spans
    return [(err["start"] - base, err["end"] - base, err["type"])]


def _context(err: Mapping[str, Any]) -> tuple[str, list[tuple[int, int, str]]]:
    spans = _error_spans(err)
    text, shift = _window(err["sentence"], [(s, e) for s, e, _ in spans])
    return text, [(s - shift, e - shift, label) for s, e, label in spans]


# --------------------------------------------------------------------------- markdown


def _md_table(df: pd.DataFrame) -> str:
    return df.to_markdown(index=False, floatfmt=".3f")


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(ev: Evaluation, ctx: ReportContext) -> str:
    """The report as Markdown: headline, per-type tables, baseline changes, errors."""
    lines = ["# Evaluation report", ""]
    lines += _md_meta(ev, ctx)
    if ctx.warnings:
        lines += ["## Warnings", ""] + [f"- ⚠ {w}" for w in ctx.warnings] + [""]
    headline_md = headline_table(ev, ctx.comparison).to_markdown(index=False, disable_numparse=True)
    lines += ["## Headline", "", headline_md, ""]
    lines += _md_sets(ctx)
    for level, title in (("entities", "Entities"), ("relations", "Relations")):
        lines += [f"## {title} per type", "", _md_table(_combined_table(ev, level)), ""]
    if not ev.source_scores.empty:
        lines += ["## Precision by rule family", "", _md_table(ev.source_scores), ""]
    lines += _md_comparison(ctx.comparison)
    lines += ["## Normalisation errors", ""]
    lines += [
        f"- {e['doc']} {e['start']}–{e['end']} {e['type']} “{_md_escape(e['text'])}”: "
        f"gold `{e['gold_norm']}`, predicted `{e['pred_norm']}`"
        for e in ev.norm_errors
    ] or ["None."]
    lines += ["", "## Concentration value errors", ""]
    lines += [
        f"- {e['doc']} {e['start']}–{e['end']} “{_md_escape(e['text'])}”: "
        f"gold `{e['gold_note']}`, predicted `{e['pred_note']}`"
        for e in ev.concentration_errors
    ] or ["None."]
    lines += ["", "## Entity errors (strict) by type", ""]
    for etype, errs in _grouped(ev.entity_errors).items():
        lines += [f"### {etype} — {_count_kinds(errs)}", ""]
        for e in errs:
            text, spans = _context(e)
            partner = ""
            if e.get("partner"):
                p = e["partner"]
                other = "gold" if e["kind"] == "FP" else "predicted"
                partner = f"; {other} {p['type']} “{_md_escape(p['text'])}” {p['start']}–{p['end']}"
            lines.append(
                f"- **{e['kind']}** ({e['category']}{partner}) {e['doc']} {e['start']}–{e['end']} "
                f"“{_md_escape(e['text'])}”: {_md_escape(_marked(text, spans))}"
            )
        lines.append("")
    lines += ["## Relation errors (strict) by type", ""]
    for rtype, errs in _grouped(ev.relation_errors).items():
        lines += [f"### {rtype} — {_count_kinds(errs)}", ""]
        for e in errs:
            text, spans = _context(e)
            lines.append(
                f"- **{e['kind']}** ({e['category']}) {e['doc']}: "
                f"“{_md_escape(e['arg1']['text'])}” ({e['arg1']['type']} {e['arg1']['start']}) → "
                f"“{_md_escape(e['arg2']['text'])}” ({e['arg2']['type']} {e['arg2']['start']}): "
                f"{_md_escape(_marked(text, spans))}"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _sets_tables(ctx: ReportContext) -> list[tuple[str, pd.DataFrame, str]]:
    """(title, table, explanation) of the side-by-side section; empty without sets."""
    if not ctx.sets:
        return []
    out = [
        ("Sets side by side", headline_frame(ctx.sets), SETS_NOTE),
        ("Entities F1 (strict) per type and set", per_type_frame(ctx.sets, "entities"), ""),
        ("Relations F1 (strict) per type and set", per_type_frame(ctx.sets, "relations"), ""),
        ("Novel-mention recall per type and set", novel_frame(ctx.sets), NOVEL_NOTE),
    ]
    history = history_frame(ctx.test_history)
    note = HISTORY_NOTE if not history.empty else HISTORY_NOTE + " No test score recorded yet."
    out.append(("Blind test set: score history", history, note))
    return out


def _md_sets(ctx: ReportContext) -> list[str]:
    lines: list[str] = []
    for title, df, note in _sets_tables(ctx):
        lines += [f"## {title}", ""] + ([note, ""] if note else [])
        if not df.empty:
            lines += [df.to_markdown(index=False, disable_numparse=True), ""]
    return lines


def _html_sets(ctx: ReportContext) -> list[str]:
    body: list[str] = []
    for i, (title, df, note) in enumerate(_sets_tables(ctx)):
        body.append(f"<h2>{_esc(title)}</h2>")
        if note:
            body.append(f'<p class="meta">{_esc(note)}</p>')
        if not df.empty:
            body.append(_html_table(df, f"sets{i}", ()))
    return body


def _md_meta(ev: Evaluation, ctx: ReportContext) -> list[str]:
    out = [
        f"- Gold: `{ctx.gold_dir}` ({ev.summary['documents']} documents)",
        f"- Predictions: {ctx.prediction_source}",
        f"- Created: {ctx.created}",
    ]
    if ctx.rules_version:
        out.append(f"- Rules version: `{ctx.rules_version}`")
    return out + [""]


def _md_comparison(comparison: Mapping[str, Any] | None) -> list[str]:
    if comparison is None:
        return [
            "## Since the baseline",
            "",
            "No baseline yet: run with `--accept` to store one.",
            "",
        ]
    out = ["## Since the baseline", "", f"Baseline of {comparison.get('baseline_created')}.", ""]
    for key, title in (
        ("mentions_gained", "Mentions gained"),
        ("mentions_lost", "Mentions lost"),
        ("relations_gained", "Relations gained"),
        ("relations_lost", "Relations lost"),
    ):
        df = _change_frame(comparison[key])
        out += [f"### {title} ({len(df)})", ""]
        out += [_md_table(df) if len(df) else "None.", ""]
    return out


def _change_frame(items: list[Mapping[str, Any]]) -> pd.DataFrame:
    """Gained/lost items as a table: doc, type, offset(s), text, correct."""
    rows = []
    for it in items:
        if "arg1" in it:
            a1, a2 = it["arg1"], it["arg2"]
            rows.append(
                {
                    "doc": it["doc"],
                    "type": it["type"],
                    "offset": f"{a1['start']} → {a2['start']}",
                    "text": _md_escape(f"{a1['text']} → {a2['text']}"),
                    "correct": it["correct"],
                }
            )
        else:
            rows.append(
                {
                    "doc": it["doc"],
                    "type": it["type"],
                    "offset": f"{it['start']}–{it['end']}",
                    "text": _md_escape(it["text"]),
                    "correct": it["correct"],
                }
            )
    return pd.DataFrame(rows, columns=["doc", "type", "offset", "text", "correct"])


def _grouped(errors: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    """Errors by type (sorted), FN before FP, then document order."""
    groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for e in errors:
        groups[e["type"]].append(e)
    for errs in groups.values():
        errs.sort(
            key=lambda e: (
                e["kind"] != "FN",
                e["doc"],
                e.get("start", e.get("arg1", {}).get("start", 0)),
            )
        )
    return dict(sorted(groups.items()))


def _count_kinds(errs: list[Mapping[str, Any]]) -> str:
    fn = sum(e["kind"] == "FN" for e in errs)
    return f"{fn} missed (FN), {len(errs) - fn} spurious (FP)"


# --------------------------------------------------------------------------- html

_CSS = """
body{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,"Noto Sans CJK SC",
"Microsoft YaHei",sans-serif;margin:0;padding:1.5rem 2rem;color:#1f2328;background:#fafafa;
max-width:1200px}
h1{margin:.2rem 0 .5rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
.meta{color:#57606a;font-size:.9rem}.meta code{background:#eee;padding:0 .3em;border-radius:3px}
.warn{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:.6rem 1rem;
margin:1rem 0}
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:.7rem 1rem;min-width:10rem}
.card .v{font-size:1.9rem;font-weight:600}.card .l{color:#57606a;font-size:.85rem}
.card .b{color:#57606a;font-size:.75rem}
.up{color:#1a7f37}.down{color:#cf222e}.same{color:#57606a}
table{border-collapse:collapse;background:#fff;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:right}
th{background:#f3f4f6}td:first-child,th:first-child{text-align:left}
td.txt{text-align:left}
details{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:.5rem 0;
padding:.3rem .8rem}
summary{cursor:pointer;font-weight:600;padding:.3rem 0}
.err{border-top:1px solid #eaeef2;padding:.4rem 0}
.err .head{font-size:.85rem;color:#57606a}
.badge{display:inline-block;border-radius:1em;padding:0 .55em;font-size:.75rem;font-weight:700;
color:#fff;margin-right:.4em}
.badge.FN{background:#bc4c00}.badge.FP{background:#8250df}.badge.ok{background:#1a7f37}
.badge.bad{background:#cf222e}
.entities{line-height:2.4!important}
svg text{font-family:inherit}
"""


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _html_table(df: pd.DataFrame, table_id: str, bar_columns: Iterable[str] = ()) -> str:
    """A pandas-rendered table; score columns get pure-CSS bars."""
    styler = df.style.hide(axis="index").set_uuid(table_id).set_table_attributes('class="scores"')
    floats = [c for c in df.columns if pd.api.types.is_float_dtype(df[c])]
    styler = styler.format(escape="html")  # every cell and header escaped: names come from files
    styler = styler.format_index(escape="html", axis=1)
    styler = styler.format("{:.3f}", subset=floats, escape="html")
    bars = [c for c in bar_columns if c in df.columns]
    if bars and len(df):
        styler = styler.bar(subset=bars, vmin=0, vmax=1, color="#9ecae1")
    return styler.to_html()


def _cards(ev: Evaluation, comparison: Mapping[str, Any] | None) -> str:
    h = ev.summary["headline"]
    table = headline_table(ev, comparison)
    out = ['<div class="cards">']
    for (key, label), basis in zip(HEADLINE_LABELS.items(), table["basis"], strict=True):
        delta_html = ""
        if comparison is not None:
            d = comparison["deltas"][key]["delta"]
            if d is not None:
                cls = "up" if d > 1e-12 else "down" if d < -1e-12 else "same"
                delta_html = f' <span class="{cls}">{_fmt_delta(d)}</span>'
        out.append(
            f'<div class="card" data-figure="{key}"><div class="l">{_esc(label)}</div>'
            f'<div class="v">{_fmt(h[key])}{delta_html}</div>'
            f'<div class="b">{_esc(basis)}</div></div>'
        )
    out.append("</div>")
    return "".join(out)


def _bar_chart(ev: Evaluation, level: str, title: str) -> str:
    """Inline SVG: per-type F1, strict and lenient bars side by side."""
    strict = ev.table(level, "strict").set_index("type")
    lenient = ev.table(level, "lenient").set_index("type")
    types = [t for t in strict.index if strict.loc[t, "gold"] > 0 or strict.loc[t, "pred"] > 0]
    if not types:
        return f"<p>{_esc(title)}: nothing in gold or prediction.</p>"
    label_w, bar_w, row_h = 150, 420, 34
    height = 30 + row_h * len(types) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'width="{label_w + bar_w + 70}" '
        f'height="{height}" aria-label="{_esc(title)}">',
        f'<text x="0" y="16" font-weight="600" font-size="14">{_esc(title)}</text>',
        f'<rect x="{label_w + bar_w - 190}" y="6" width="10" height="10" fill="#3182bd"/>'
        f'<text x="{label_w + bar_w - 176}" y="15" font-size="11">strict</text>'
        f'<rect x="{label_w + bar_w - 120}" y="6" width="10" height="10" fill="#9ecae1"/>'
        f'<text x="{label_w + bar_w - 106}" y="15" font-size="11">lenient</text>',
    ]
    for i, t in enumerate(types):
        y = 30 + i * row_h
        s, le = float(strict.loc[t, "f1"]), float(lenient.loc[t, "f1"])
        weight = ' font-weight="700"' if t == MICRO else ""
        parts.append(f'<text x="0" y="{y + 17}" font-size="12"{weight}>{_esc(t)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{bar_w}" height="26" fill="#f3f4f6"/>')
        parts.append(
            f'<rect class="bar strict" data-type="{_esc(t)}" x="{label_w}" y="{y + 1}" '
            f'width="{s * bar_w:.1f}" height="12" fill="#3182bd"/>'
        )
        parts.append(
            f'<rect class="bar lenient" data-type="{_esc(t)}" x="{label_w}" y="{y + 13}" '
            f'width="{le * bar_w:.1f}" height="12" fill="#9ecae1"/>'
        )
        parts.append(
            f'<text x="{label_w + bar_w + 6}" y="{y + 11}" font-size="11">{s:.2f}</text>'
            f'<text x="{label_w + bar_w + 6}" y="{y + 24}" font-size="11">{le:.2f}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _displacy(text: str, spans: list[tuple[int, int, str]]) -> str:
    """One sentence with its spans highlighted by spaCy's displaCy (manual mode)."""
    from spacy import displacy

    ents, last = [], -1
    for s, e, label in sorted(spans):
        if s < last or s >= e:
            continue  # displaCy cannot show overlapping spans
        ents.append({"start": s, "end": e, "label": _esc(label)})
        last = e
    colors = dict(TYPE_COLORS)
    return displacy.render(
        {"text": text, "ents": ents, "title": None},
        style="ent",
        manual=True,
        page=False,
        jupyter=False,
        options={"colors": colors},
    )


def _error_block(kind: str, head: str, sentence_html: str) -> str:
    return (
        f'<div class="err" data-kind="{kind}"><div class="head">{head}</div>{sentence_html}</div>'
    )


def _entity_error_html(e: Mapping[str, Any]) -> str:
    text, spans = _context(e)
    partner = ""
    if e.get("partner"):
        p = e["partner"]
        other = "gold" if e["kind"] == "FP" else "predicted"
        partner = f" · {other} {_esc(p['type'])} “{_esc(p['text'])}” {p['start']}–{p['end']}"
    head = (
        f'<span class="badge {e["kind"]}">{e["kind"]}</span>{_esc(e["category"])}{partner}'
        f" · {_esc(e['doc'])} {e['start']}–{e['end']}"
    )
    return _error_block(e["kind"], head, _displacy(text, spans))


def _relation_error_html(e: Mapping[str, Any]) -> str:
    text, spans = _context(e)
    a1, a2 = e["arg1"], e["arg2"]
    head = (
        f'<span class="badge {e["kind"]}">{e["kind"]}</span>'
        f"{_esc(e['category'])} · {_esc(e['doc'])} · "
        f"<b>{_esc(a1['text'])}</b> ({_esc(a1['type'])} {a1['start']}) → "
        f"<b>{_esc(a2['text'])}</b> ({_esc(a2['type'])} {a2['start']})"
    )
    return _error_block(e["kind"], head, _displacy(text, spans))


def _errors_html(errors: list[Mapping[str, Any]], render) -> str:
    groups = _grouped(errors)
    if not groups:
        return "<p>None.</p>"
    out = []
    for t, errs in groups.items():
        out.append(
            f'<details class="errors" data-type="{_esc(t)}" open>'
            f"<summary>{_esc(t)} — {_count_kinds(errs)}</summary>"
        )
        out += [render(e) for e in errs]
        out.append("</details>")
    return "".join(out)


def _value_errors_html(
    rows: list[Mapping[str, Any]], gold_key: str, pred_key: str, table_id: str
) -> str:
    if not rows:
        return "<p>None.</p>"
    df = pd.DataFrame(
        [
            {
                "doc": r["doc"],
                "offset": f"{r['start']}–{r['end']}",
                "type": r["type"],
                "text": r["text"],
                "gold": r[gold_key],
                "predicted": r[pred_key],
            }
            for r in rows
        ]
    )
    return _html_table(df, table_id)


def _comparison_html(comparison: Mapping[str, Any] | None) -> str:
    if comparison is None:
        return "<p>No baseline yet: run with <code>--accept</code> to store one.</p>"
    out = [f'<p class="meta">Baseline of {_esc(comparison.get("baseline_created"))}.</p>']
    if comparison.get("gold_changed"):
        out.append('<div class="warn">The gold set changed since the baseline.</div>')
    for key, title in (
        ("mentions_gained", "Mentions gained"),
        ("mentions_lost", "Mentions lost"),
        ("relations_gained", "Relations gained"),
        ("relations_lost", "Relations lost"),
    ):
        df = _change_frame(comparison[key])
        out.append(f'<details data-change="{key}"><summary>{title} ({len(df)})</summary>')
        out.append(_html_table(df, f"chg_{key}") if len(df) else "<p>None.</p>")
        out.append("</details>")
    return "".join(out)


def render_html(ev: Evaluation, ctx: ReportContext) -> str:
    """A self-contained HTML page (inline CSS and SVG, no script, no external resource)."""
    meta = [
        f"Gold <code>{_esc(ctx.gold_dir)}</code> ({ev.summary['documents']} documents)",
        f"predictions: {_esc(ctx.prediction_source)}",
        f"created {_esc(ctx.created)}",
    ]
    if ctx.rules_version:
        meta.append(f"rules <code>{_esc(ctx.rules_version)}</code>")
    body = [
        "<h1>Evaluation report</h1>",
        f'<p class="meta">{" · ".join(meta)}</p>',
    ]
    for w in ctx.warnings:
        body.append(f'<div class="warn">⚠ {_esc(w)}</div>')
    body += ["<h2>Headline</h2>", _cards(ev, ctx.comparison)]
    body += _html_sets(ctx)
    body += [
        "<h2>F1 per type</h2>",
        _bar_chart(ev, "entities", "Entities"),
        " ",
        _bar_chart(ev, "relations", "Relations"),
    ]
    bar_cols = ["strict F1", "lenient F1"]
    body += [
        "<h2>Entities per type</h2>",
        _html_table(_combined_table(ev, "entities"), "ents", bar_cols),
    ]
    body += [
        "<h2>Relations per type</h2>",
        _html_table(_combined_table(ev, "relations"), "rels", bar_cols),
        "<h2>Precision by rule family</h2>",
        _html_table(ev.source_scores, "families") if not ev.source_scores.empty else "",
    ]
    norm, conc = ev.summary["normalisation"], ev.summary["concentration"]
    body += [
        "<h2>Normalisation</h2>",
        f"<p>{norm['correct']} of {norm['total']} strictly matched mentions with a gold identifier "
        f"have the same predicted identifier: <b>{_fmt(norm['accuracy'])}</b>.</p>",
        _value_errors_html(ev.norm_errors, "gold_norm", "pred_norm", "normerr"),
        "<h2>Concentration values</h2>",
        f"<p>{conc['correct']} of {conc['total']} strictly matched concentrations have the gold "
        f"values and unit: <b>{_fmt(conc['accuracy'])}</b>.</p>",
        _value_errors_html(ev.concentration_errors, "gold_note", "pred_note", "concerr"),
        "<h2>Since the baseline</h2>",
        _comparison_html(ctx.comparison),
        "<h2>Entity errors (strict), by type</h2>",
        '<p class="meta">Each missed (FN) or spurious (FP) mention in its sentence. '
        "Categories: boundary (matches leniently), duplicate, overlap, type (another type "
        "overlaps), missed, spurious.</p>",
        _errors_html(ev.entity_errors, _entity_error_html),
        "<h2>Relation errors (strict), by type</h2>",
        _errors_html(ev.relation_errors, _relation_error_html),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>puerextract evaluation</title><style>{_CSS}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )
