"""Render an :class:`~puerextract.evaluate.Evaluation` as JSON, Markdown and self-contained HTML,
and keep the researcher's baseline (accepted scores and predictions) to compare runs against.

Rendering only: the scores come from :mod:`puerextract.evaluate`. The markup is in the Jinja2
templates of ``puerextract/templates`` (``report.html.j2``, ``report.md.j2``); this module
computes what they show.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import (
    Environment,
    PackageLoader,
    StrictUndefined,
    pass_eval_context,
    select_autoescape,
)
from jinja2.nodes import EvalContext
from markupsafe import Markup

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


# --------------------------------------------------------------------------- templates

#: gained/lost sections of the baseline comparison: key in the comparison -> title
CHANGES: tuple[tuple[str, str], ...] = (
    ("mentions_gained", "Mentions gained"),
    ("mentions_lost", "Mentions lost"),
    ("relations_gained", "Relations gained"),
    ("relations_lost", "Relations lost"),
)

#: spans relative to a sentence: (start, end, label)
Spans = list[tuple[int, int, str]]


@pass_eval_context
def _finalize(eval_ctx: EvalContext, value: Any) -> Any:
    """Escape each value an HTML template prints as :func:`html.escape` does.

    Plain autoescaping would write ``&#39;`` and ``&#34;`` where the report has always had
    ``&#x27;`` and ``&quot;``. Markup (tables, charts, displaCy sentences) passes unchanged,
    and so does every value in Markdown.
    """
    if eval_ctx.autoescape and not hasattr(value, "__html__"):
        return Markup(_esc(value))
    return value


@cache
def _environment() -> Environment:
    """The report templates in ``puerextract/templates``; ``*.html.j2`` are autoescaped."""
    env = Environment(
        loader=PackageLoader("puerextract", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["score"] = _fmt
    env.filters["md"] = _md_escape
    return env


def _sets_view(
    ctx: ReportContext, table: Callable[[pd.DataFrame, int], str]
) -> list[dict[str, Any]]:
    """The side-by-side sections: title, note, and ``table(df, i)`` (``None`` when empty)."""
    return [
        {"title": title, "note": note, "table": None if df.empty else table(df, i)}
        for i, (title, df, note) in enumerate(_sets_tables(ctx))
    ]


def _comparison_view(
    comparison: Mapping[str, Any] | None, table: Callable[[pd.DataFrame, str], str]
) -> dict[str, Any] | None:
    """The baseline's date and the gained/lost items as ``table(df, key)``; ``None`` without."""
    if comparison is None:
        return None
    changes = []
    for key, title in CHANGES:
        df = _change_frame(comparison[key])
        rendered = table(df, key) if len(df) else None
        changes.append({"key": key, "title": title, "count": len(df), "table": rendered})
    return {
        "created": comparison.get("baseline_created"),
        "gold_changed": bool(comparison.get("gold_changed")),
        "changes": changes,
    }


def _error_groups(
    errors: Iterable[Mapping[str, Any]], show: Callable[[str, Spans], str]
) -> list[dict[str, Any]]:
    """Errors by type (see :func:`_grouped`), each with its sentence as ``show`` renders it."""
    return [
        {"type": t, "counts": _count_kinds(errs), "errors": [_error_view(e, show) for e in errs]}
        for t, errs in _grouped(errors).items()
    ]


def _error_view(e: Mapping[str, Any], show: Callable[[str, Spans], str]) -> dict[str, Any]:
    """One error: the record, its partner (if any) and which side that is, its context."""
    text, spans = _context(e)
    return {
        "e": e,
        "partner": e.get("partner"),
        "other": "gold" if e["kind"] == "FP" else "predicted",
        "context": show(text, spans),
    }


# --------------------------------------------------------------------------- markdown


def _md_table(df: pd.DataFrame) -> str:
    return df.to_markdown(index=False, floatfmt=".3f")


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(ev: Evaluation, ctx: ReportContext) -> str:
    """The report as Markdown: headline, per-type tables, baseline changes, errors."""
    text = _environment().get_template("report.md.j2").render(_markdown_data(ev, ctx))
    return text.rstrip() + "\n"


def _markdown_data(ev: Evaluation, ctx: ReportContext) -> dict[str, Any]:
    """What ``report.md.j2`` shows: tables as Markdown text, sentences with marked spans."""

    def plain(df: pd.DataFrame, _where: object) -> str:
        return df.to_markdown(index=False, disable_numparse=True)

    return {
        "ctx": ctx,
        "documents": ev.summary["documents"],
        "headline": plain(headline_table(ev, ctx.comparison), None),
        "sets": _sets_view(ctx, plain),
        "entities": _md_table(_combined_table(ev, "entities")),
        "relations": _md_table(_combined_table(ev, "relations")),
        "families": None if ev.source_scores.empty else _md_table(ev.source_scores),
        "comparison": _comparison_view(ctx.comparison, lambda df, _key: _md_table(df)),
        "norm_errors": ev.norm_errors,
        "concentration_errors": ev.concentration_errors,
        "entity_errors": _error_groups(ev.entity_errors, _marked),
        "relation_errors": _error_groups(ev.relation_errors, _marked),
    }


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


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _html_table(df: pd.DataFrame, table_id: str, bar_columns: Iterable[str] = ()) -> Markup:
    """A pandas-rendered table; score columns get pure-CSS bars."""
    styler = df.style.hide(axis="index").set_uuid(table_id).set_table_attributes('class="scores"')
    floats = [c for c in df.columns if pd.api.types.is_float_dtype(df[c])]
    styler = styler.format(escape="html")  # every cell and header escaped: names come from files
    styler = styler.format_index(escape="html", axis=1)
    styler = styler.format("{:.3f}", subset=floats, escape="html")
    bars = [c for c in bar_columns if c in df.columns]
    if bars and len(df):
        styler = styler.bar(subset=bars, vmin=0, vmax=1, color="#9ecae1")
    return Markup(styler.to_html())


def _cards(ev: Evaluation, comparison: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The headline figures as cards: value, basis, and the change since the baseline."""
    h = ev.summary["headline"]
    table = headline_table(ev, comparison)
    cards = []
    for (key, label), basis in zip(HEADLINE_LABELS.items(), table["basis"], strict=True):
        d = None if comparison is None else comparison["deltas"][key]["delta"]
        direction = None if d is None else "up" if d > 1e-12 else "down" if d < -1e-12 else "same"
        cards.append(
            {
                "key": key,
                "label": label,
                "value": _fmt(h[key]),
                "basis": basis,
                "delta": None if d is None else _fmt_delta(d),
                "direction": direction,
            }
        )
    return cards


def _chart(ev: Evaluation, level: str, title: str) -> dict[str, Any]:
    """Per-type F1, strict and lenient, of the types in gold or prediction (an SVG chart)."""
    strict = ev.table(level, "strict").set_index("type")
    lenient = ev.table(level, "lenient").set_index("type")
    types = [t for t in strict.index if strict.loc[t, "gold"] > 0 or strict.loc[t, "pred"] > 0]
    rows = [
        {
            "type": t,
            "strict": float(strict.loc[t, "f1"]),
            "lenient": float(lenient.loc[t, "f1"]),
            "micro": t == MICRO,
        }
        for t in types
    ]
    return {"title": title, "rows": rows}


def _displacy(text: str, spans: Spans) -> Markup:
    """One sentence with its spans highlighted by spaCy's displaCy (manual mode).

    displaCy escapes the text; the labels are escaped here.
    """
    from spacy import displacy

    ents, last = [], -1
    for s, e, label in sorted(spans):
        if s < last or s >= e:
            continue  # displaCy cannot show overlapping spans
        ents.append({"start": s, "end": e, "label": _esc(label)})
        last = e
    colors = dict(TYPE_COLORS)
    return Markup(
        displacy.render(
            {"text": text, "ents": ents, "title": None},
            style="ent",
            manual=True,
            page=False,
            jupyter=False,
            options={"colors": colors},
        )
    )


def _value_errors_table(
    rows: list[Mapping[str, Any]], gold_key: str, pred_key: str, table_id: str
) -> Markup | None:
    """Normalisation or concentration errors as a table; ``None`` when there are none."""
    if not rows:
        return None
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


def render_html(ev: Evaluation, ctx: ReportContext) -> str:
    """A self-contained HTML page (inline CSS and SVG, no script, no external resource)."""
    return _environment().get_template("report.html.j2").render(_html_data(ev, ctx))


def _html_data(ev: Evaluation, ctx: ReportContext) -> dict[str, Any]:
    """What ``report.html.j2`` shows: tables, charts' figures, sentences as displaCy markup."""
    bars = ["strict F1", "lenient F1"]
    return {
        "ctx": ctx,
        "documents": ev.summary["documents"],
        "cards": _cards(ev, ctx.comparison),
        "sets": _sets_view(ctx, lambda df, i: _html_table(df, f"sets{i}", ())),
        "entity_chart": _chart(ev, "entities", "Entities"),
        "relation_chart": _chart(ev, "relations", "Relations"),
        "entities": _html_table(_combined_table(ev, "entities"), "ents", bars),
        "relations": _html_table(_combined_table(ev, "relations"), "rels", bars),
        "families": None if ev.source_scores.empty else _html_table(ev.source_scores, "families"),
        "normalisation": ev.summary["normalisation"],
        "concentration": ev.summary["concentration"],
        "norm_errors": _value_errors_table(ev.norm_errors, "gold_norm", "pred_norm", "normerr"),
        "concentration_errors": _value_errors_table(
            ev.concentration_errors, "gold_note", "pred_note", "concerr"
        ),
        "comparison": _comparison_view(
            ctx.comparison, lambda df, key: _html_table(df, f"chg_{key}")
        ),
        "entity_errors": _error_groups(ev.entity_errors, _displacy),
        "relation_errors": _error_groups(ev.relation_errors, _displacy),
    }
