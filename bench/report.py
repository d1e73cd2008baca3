"""The figures as a Markdown table (targets included), and its place in BENCHMARKS.md."""

from __future__ import annotations

import math
from pathlib import Path

START = "<!-- bench:figures:start -->"
END = "<!-- bench:figures:end -->"

#: every figure the run must produce (the smoke test checks these keys).
FIGURE_KEYS = (
    "speed.ratio",
    "profile.stages",
    "memory.peak_rss_mb",
    "flow.flow_over_direct",
    "flow.server_start_s",
    "flow.dask_speedup",
    "length.spread_10k_up",
    "lexicon.spread",
)


def _get(results: dict, dotted: str):
    node = results
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def missing_figures(results: dict) -> list[str]:
    """Figure keys absent from ``results`` (an empty list: every figure was produced)."""
    return [k for k in FIGURE_KEYS if _get(results, k) is None]


def _met(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "**missed**")


def _num(x: float | None, fmt: str = "{:.2f}") -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    return fmt.format(x)


def render_markdown(r: dict) -> str:
    """The figures table, the stage shares and the scaling detail, as Markdown."""
    sp = r.get("speed", {})
    lines = _figures_table(r)
    if sp:
        lines += _papers_per_hour(sp, r.get("corpus", {}))
    pr = r.get("profile")
    if pr:
        lines += _profile_tables(pr)
    ln = r.get("length")
    if ln:
        lines += _length_table(ln)
    lx = r.get("lexicon")
    if lx and "factors" in lx:
        lines += _lexicon_table(lx)
    lines += _run_notes(r)
    return "\n".join(lines) + "\n"


def _figures_table(r: dict) -> list[str]:
    """The corpus line and the table of figures with their targets."""
    sp = r.get("speed", {})
    ext = r.get("extractor", {})
    corpus = r.get("corpus", {})
    lines = [
        f"Corpus: {corpus.get('papers')} papers, {corpus.get('bytes', 0) / 1e6:.2f} MB, "
        f"{corpus.get('chars', 0):,} characters. Extraction entry point: `{ext.get('entry')}` "
        f"({ext.get('stages')}).",
        "",
        "| Figure | Value | Target | |",
        "|---|---|---|---|",
    ]
    if sp:
        lines += _speed_rows(sp)
    up = r.get("speed_user_path")
    if up:
        lines += _user_path_rows(up)
    mem = r.get("memory")
    if mem:
        lines += _memory_rows(mem)
    fl = r.get("flow")
    if fl:
        lines += _flow_rows(fl)
    ln = r.get("length")
    if ln:
        lines.append(_length_row(ln))
    lx = r.get("lexicon")
    if lx:
        lines.append(_lexicon_row(lx))
    return lines


def _speed_rows(sp: dict) -> list[str]:
    """Extraction speed, jieba.lcut's, their ratio (the headline) and the start-up time."""
    ratio = sp["ratio"]
    return [
        f"| Extraction speed | {sp['extract_chars_per_s'] / 1e3:,.0f} k chars/s | | |",
        f"| `jieba.lcut` speed (same text, same run) | {sp['jieba_chars_per_s'] / 1e3:,.0f} "
        "k chars/s | | |",
        f"| **Extraction / jieba.lcut** (headline) | **{ratio:.2f}** | ≥ 0.5 | "
        f"{_met(ratio >= 0.5)} |",
        f"| One-time start (dictionaries, matchers) | {sp['startup_s']:.1f} s | | |",
    ]


def _user_path_rows(up: dict) -> list[str]:
    """Speed of the extract/flow path (ingest to rows) and its ratio to jieba.lcut."""
    return [
        f"| The extract/flow path (`process_document`: ingest to rows) | "
        f"{up['extract_chars_per_s'] / 1e3:,.0f} k chars/s | | |",
        f"| **The extract/flow path / jieba.lcut** | **{up['ratio']:.2f}** | ≥ 0.7 | "
        f"{_met(up['ratio'] >= 0.7)} |",
    ]


def _memory_rows(mem: dict) -> list[str]:
    """Peak RSS of one extraction process (and before its largest paper, when measured)."""
    peak = mem["peak_rss_mb"]
    lines = [
        f"| Peak RSS, one extraction process ({mem['papers']} papers, largest "
        f"{mem['largest_bytes'] / 1e6:.1f} MB) | {peak:.0f} MB | < 500 MB | "
        f"{_met(peak < 500)} |"
    ]
    if "peak_rss_before_largest_mb" in mem:
        lines.append(
            f"| … of which before the largest paper (after warm-up: "
            f"{mem['rss_after_warmup_mb']:.0f} MB) | "
            f"{mem['peak_rss_before_largest_mb']:.0f} MB | | |"
        )
    return lines


def _flow_rows(fl: dict) -> list[str]:
    """Flow over direct calls, the server start, Dask's speed-up and its start-up."""
    fod, dsu = fl["flow_over_direct"], fl["dask_speedup"]
    lines = [
        f"| Flow / direct calls ({fl['papers']} papers, "
        f"{fl.get('papers_per_task', 1)} per task) | {fod:.2f} "
        f"({fl['overhead_ms_per_paper']:.1f} ms/paper) | ≤ 1.2 | {_met(fod <= 1.2)} |",
        f"| Prefect temporary server start (once) | {fl['server_start_s']:.1f} s | | |",
    ]
    if fl.get("incomplete_runs"):
        lines.append(
            "| ⚠ papers processed per run (direct, flow, Dask) differ: "
            f"{fl['incomplete_runs']} — the flow failed some papers, so its figures are not "
            "comparable | | | |"
        )
    lines += [
        f"| Dask 2 workers vs sequential flow | {dsu:.2f} × | ≥ 1.6 | {_met(dsu >= 1.6)} |",
        f"| Dask local cluster start + worker warm-up (once) | "
        f"{fl['dask_cluster_start_s']:.1f} s + "
        f"{fl.get('dask_worker_warmup_s', 0) + fl['dask_warmup_flow_s']:.1f} s | | |",
    ]
    return lines


def _length_row(ln: dict) -> str:
    """The time/char spread from 10 KB papers to the longest."""
    s = ln["spread_10k_up"]
    return (
        f"| Time/char spread, 10 KB → {max(int(k) for k in ln['sizes']) // 1000:,} KB papers "
        f"| {_num(s * 100, '{:.0f}')} % | ≤ 20 % | "
        f"{_met(None if math.isnan(s) else s <= 0.2)} |"
    )


def _lexicon_row(lx: dict) -> str:
    """The time/char spread over lexicon sizes (or why it was not measured)."""
    if "spread" not in lx:
        return f"| Time/char vs lexicon size | n/a: {lx.get('skipped')} | ≤ 20 % | — |"
    s = lx["spread"]
    top = max(int(k) for k in lx["factors"])
    return (
        f"| Time/char spread, lexicon 1× → {top}× ({lx['shipped_entries']} → "
        f"{lx['shipped_entries'] * top:,} entries) | {s * 100:.0f} % | ≤ 20 % | "
        f"{_met(s <= 0.2)} |"
    )


def _papers_per_hour(sp: dict, corpus: dict) -> list[str]:
    """The extraction speed as 10 KB papers per hour on one core."""
    per_hour = sp["extract_chars_per_s"] * 3600 / (10_000 * corpus["chars"] / corpus["bytes"])
    return [
        "",
        f"On one core that is about **{per_hour:,.0f} papers of 10 KB per hour** "
        f"(extraction alone; {corpus['chars'] / corpus['bytes'] * 10_000:,.0f} characters "
        "per 10 KB of this corpus).",
    ]


def _profile_tables(pr: dict) -> list[str]:
    """Share of extraction time by stage, and by stage and library."""
    lines = [
        "",
        "Share of extraction time by stage (sampling profile):",
        "",
        "| Stage | Share |",
        "|---|---|",
    ]
    lines += [f"| {k} | {v * 100:.1f} % |" for k, v in pr["stages"].items() if v >= 0.005]
    lines += [
        "",
        "Where that time goes (stage / library, ≥ 1 %):",
        "",
        "| Stage | Library | Share |",
        "|---|---|---|",
    ]
    lines += [
        f"| {x['stage']} | {x['library']} | {x['share'] * 100:.1f} % |" for x in pr["libraries"]
    ]
    return lines


def _length_table(ln: dict) -> list[str]:
    """Time per character by paper length."""
    lines = [
        "",
        "Time per character by paper length:",
        "",
        "| Paper size | Papers | µs/char |",
        "|---|---|---|",
    ]
    lines += [
        f"| {int(k) / 1000:,.0f} KB | {v['papers']} | {v['us_per_char']:.2f} |"
        for k, v in ln["sizes"].items()
    ]
    return lines


def _lexicon_table(lx: dict) -> list[str]:
    """Time per character by lexicon size."""
    lines = [
        "",
        "Time per character by lexicon size:",
        "",
        "| Lexicon | Entries | Build (first call) | µs/char |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {k}× | {v['entries']:,} | {v['build_s']:.1f} s | {v['us_per_char']:.2f} |"
        for k, v in lx["factors"].items()
    ]
    return lines


def _run_notes(r: dict) -> list[str]:
    """The machine, the load average per section and the repetitions."""
    lines: list[str] = []
    m = r.get("machine", {})
    if m:
        pk = ", ".join(f"{k} {v}" for k, v in m["packages"].items())
        lines += [
            "",
            f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['memory_gb']} GB RAM, "
            f"Python {m['python']} on {m['platform']}; {pk}.",
        ]
    load = r.get("load_average")
    if load:
        lines.append(
            "Load average (1 min) at the start of each section: "
            + ", ".join(f"{k} {v:.2f}" for k, v in load.items())
            + f" (on {r.get('machine', {}).get('nproc', '?')} CPUs)."
        )
    cfg = r.get("config", {})
    if cfg:
        lines += [
            f"Repetitions per figure: {cfg.get('reps')} (flow: {cfg.get('flow_reps')}); "
            "every figure is the median."
        ]
    return lines


def update_doc(path: Path, figures: str) -> None:
    """Replace the text between the figure markers of ``path`` (append them if absent)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{START}\n{figures}{END}"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        _, tail = rest.split(END, 1)
        text = head + block + tail
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")
