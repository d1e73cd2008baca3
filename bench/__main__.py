"""``python -m bench``: every benchmark figure, from one command.

    python -m bench                  # full run (several minutes)
    python -m bench --quick          # smoke run: small corpus, one repetition
    python -m bench --update-doc     # also rewrite the figures section of BENCHMARKS.md

Results go to ``bench/results/results.json`` and ``bench/results/figures.md`` (or ``--out``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, replace
from importlib import metadata
from pathlib import Path

from . import corpus as corpus_mod
from . import measure
from .report import render_markdown, update_doc

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "bench" / "results"


@dataclass(frozen=True, slots=True)
class Config:
    """Sizes and repetitions of one benchmark run."""

    corpus_bytes: int
    paper_bytes: int
    reps: int
    lengths: tuple[int, ...]
    length_budget: int
    lexicon_factors: tuple[int, ...]
    lexicon_bytes: int
    flow_papers: int
    flow_reps: int
    profile_bytes: int


FULL = Config(
    corpus_bytes=5_000_000,
    paper_bytes=10_000,
    reps=3,
    lengths=(1_000, 10_000, 100_000, 1_000_000),
    length_budget=1_000_000,
    lexicon_factors=(1, 10, 100),
    lexicon_bytes=1_000_000,
    flow_papers=500,
    flow_reps=3,
    profile_bytes=1_000_000,
)
QUICK = Config(
    corpus_bytes=200_000,
    paper_bytes=10_000,
    reps=1,
    lengths=(1_000, 10_000, 100_000),
    length_budget=100_000,
    lexicon_factors=(1, 10),
    lexicon_bytes=50_000,
    flow_papers=10,
    flow_reps=1,
    profile_bytes=50_000,
)


def machine() -> dict:
    """nproc, CPU model, memory, Python and package versions."""
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = float("nan")
    try:
        import psutil

        mem_gb = psutil.virtual_memory().total / 2**30
    except ImportError:
        pass
    versions = {}
    for pkg in (
        "spacy",
        "scispacy",
        "jieba",
        "prefect",
        "prefect-dask",
        "distributed",
        "pint",
        "pyahocorasick",
        "pyinstrument",
        "psutil",
    ):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = "absent"
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(mem_gb, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": versions,
    }


def _take(papers: list[corpus_mod.Paper], nbytes: int) -> list[corpus_mod.Paper]:
    out, total = [], 0
    for p in papers:
        if total >= nbytes:
            break
        out.append(p)
        total += p.nbytes
    return out


def _child_env() -> dict:
    env = dict(os.environ)
    paths = [str(ROOT / "src"), str(ROOT), str(ROOT / "flows")]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def _run_child(args: list[str], env: dict, log: Path, timeout: float) -> dict:
    """Run ``python -m ...`` and parse its last JSON line; stderr and stdout go to ``log``."""
    proc = subprocess.run(
        [sys.executable, "-m", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    log.write_text(proc.stdout + "\n--- stderr ---\n" + proc.stderr, encoding="utf-8")
    for line in reversed(proc.stdout.splitlines()):
        line = line.removeprefix("BENCH-JSON ").strip()
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"{' '.join(args)} failed (exit {proc.returncode}); see {log}")


#: section -> the machine's 1-minute load average when it started (others' jobs show here)
LOAD: dict[str, float] = {}


def section(name: str):
    print(f"[bench] {name} ...", file=sys.stderr, flush=True)
    if hasattr(os, "getloadavg"):
        LOAD[name] = round(os.getloadavg()[0], 2)
    return time.perf_counter()


def run(cfg: Config, out: Path, skip: set[str]) -> dict:
    """Every figure; returns the results dict (also written as JSON and Markdown)."""
    work = out / "work"
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine(), "config": asdict(cfg)}
    extractor = measure.load_extractor()
    results["extractor"] = {
        "entry": extractor.label,
        "stages": extractor.stages,
        "full": extractor.full,
    }
    papers = corpus_mod.build_corpus(cfg.corpus_bytes, cfg.paper_bytes)
    results["corpus"] = {
        "papers": len(papers),
        "bytes": sum(p.nbytes for p in papers),
        "chars": measure.chars(papers),
    }
    results.update(speed_figures(cfg, papers, extractor))

    if "profile" not in skip:
        section("stage profile")
        results["profile"] = measure.profile_stages(_take(papers, cfg.profile_bytes), extractor)

    if "length" not in skip:
        section("time per char vs paper length")
        results["length"] = length_scaling(cfg, extractor)

    if "lexicon" not in skip:
        section("time per char vs lexicon size")
        results["lexicon"] = lexicon_scaling(cfg, papers, extractor, work)

    if "memory" not in skip:
        section("peak memory (child process)")
        results["memory"] = memory_figures(cfg, papers, work)

    if "flow" not in skip:
        section("flow vs direct, Dask vs sequential (child process)")
        results["flow"] = flow_figures(cfg, papers, work)

    if hasattr(os, "getloadavg"):
        LOAD["end"] = round(os.getloadavg()[0], 2)
    results["load_average"] = dict(LOAD)
    (out / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    (out / "figures.md").write_text(render_markdown(results), encoding="utf-8")
    return results


def speed_figures(cfg: Config, papers, extractor) -> dict:
    """Extraction against jieba.lcut, and the extract/flow path's when the extractor is full."""
    figures: dict = {}
    t = section("extraction vs jieba.lcut")
    figures["speed"] = measure.extraction_vs_jieba(papers, extractor, cfg.reps)
    figures["speed"]["wall_s"] = time.perf_counter() - t
    if extractor.full:
        section("the extract/flow path vs jieba.lcut")
        figures["speed_user_path"] = measure.extraction_vs_jieba(
            papers, measure.user_path_extractor(), cfg.reps
        )
    return figures


def length_scaling(cfg: Config, extractor) -> dict:
    """Time per character by paper length, and its spread from 10 KB up."""
    groups = {str(size): corpus_mod.papers_of_size(size, cfg.length_budget) for size in cfg.lengths}
    by_len = measure.per_char_times(groups, extractor, cfg.reps)
    flat = [v["us_per_char"] for k, v in by_len.items() if int(k) >= 10_000]
    return {"sizes": by_len, "spread_10k_up": measure.spread(flat)}


def memory_figures(cfg: Config, papers, work: Path) -> dict:
    """Peak memory of one extraction process (a child) on papers up to the largest length."""
    mem_dir = work / "memory"
    for old in mem_dir.glob("*.txt"):
        old.unlink()
    big = corpus_mod.papers_of_size(max(cfg.lengths), max(cfg.lengths))
    corpus_mod.write_papers(_take(papers, cfg.length_budget) + big, mem_dir)
    return _run_child(
        ["bench.child", "memory", str(mem_dir)], _child_env(), work / "memory.log", 1800
    )


def lexicon_scaling(cfg: Config, papers, extractor, work: Path) -> dict:
    from .lexicon import shipped_entries, write_overlay

    try:
        shipped, taken = shipped_entries()
    except ImportError:
        return {"skipped": "puerextract.rules is not in this build"}
    sample = _take(papers, cfg.lexicon_bytes)
    dirs, build = {}, {}
    for factor in cfg.lexicon_factors:
        key = str(factor)
        dirs[key] = write_overlay(work / f"lexicon_x{factor}", factor, shipped, taken)
        build[key] = measure.warm_up(extractor, dirs[key])
    timing = measure.per_char_times({k: sample for k in dirs}, extractor, cfg.reps, dirs)
    rows = {k: {"entries": shipped * int(k), "build_s": build[k], **timing[k]} for k in dirs}
    return {
        "shipped_entries": shipped,
        "factors": rows,
        "spread": measure.spread([r["us_per_char"] for r in rows.values()]),
    }


def flow_figures(cfg: Config, papers, work: Path) -> dict:
    flow_papers = papers[: cfg.flow_papers]
    inbox = work / "flow_inbox"
    tiny = work / "flow_tiny"
    if inbox.exists():
        for old in inbox.glob("*.txt"):
            old.unlink()
    corpus_mod.write_papers(flow_papers, inbox)
    corpus_mod.write_papers([papers[1]], tiny)
    env = _child_env()
    env.setdefault("PREFECT_HOME", str(work / "prefect_home"))
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("DO_NOT_TRACK", "1")
    return _run_child(
        ["bench.flowbench", str(inbox), str(tiny), str(work / "flow"), str(cfg.flow_reps)],
        env,
        work / "flow.log",
        3600,
    )


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="small sizes, one repetition (smoke run)")
    p.add_argument("--reps", type=int, default=None, help="repetitions per figure (median)")
    p.add_argument("--corpus-mb", type=float, default=None, help="corpus size in MB")
    p.add_argument("--flow-papers", type=int, default=None, help="papers for the flow figures")
    p.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=("profile", "length", "lexicon", "memory", "flow"),
        help="leave a section out (repeatable)",
    )
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for results")
    p.add_argument("--update-doc", action="store_true", help="rewrite BENCHMARKS.md's figures")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    cfg = QUICK if args.quick else FULL
    changes = {}
    if args.reps:
        changes.update(reps=args.reps, flow_reps=args.reps)
    if args.corpus_mb:
        changes["corpus_bytes"] = int(args.corpus_mb * 1_000_000)
    if args.flow_papers:
        changes["flow_papers"] = args.flow_papers
    if changes:
        cfg = replace(cfg, **changes)
    args.out.mkdir(parents=True, exist_ok=True)
    results = run(cfg, args.out, set(args.skip))
    text = render_markdown(results)
    print(text)
    if args.update_doc:
        update_doc(ROOT / "BENCHMARKS.md", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
