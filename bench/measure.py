"""Timed measurements: extraction vs ``jieba.lcut``, stage profile, scaling with length/lexicon.

Every figure is the median of several runs; a ratio is always taken between two timings made
in the same process, one right after the other, on the same papers.

In-process timings use the process's CPU time (``time.process_time``), not wall time: the work
is single-threaded and CPU-bound, so on an idle machine the two agree, and on a shared one CPU
time is not inflated by other processes' load.
"""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .corpus import Paper

#: ``fn(text, name, rules_dir) -> object``: one paper through the extractor.
ExtractFn = Callable[[str, str, Path | None], object]
#: the clock of every in-process timing (see the module docstring).
clock = time.process_time


@dataclass(frozen=True, slots=True)
class Extractor:
    """The extraction entry point this build offers, and which stages it covers."""

    label: str
    stages: str
    fn: ExtractFn
    full: bool


def load_extractor() -> Extractor:
    """``extract_text`` when the extractor and its rules are installed; else ingest + segment."""
    try:
        from puerextract.extract import extract_text
        from puerextract.rules import load_rules  # noqa: F401 - the extractor needs the rules
    except ImportError as exc:
        if getattr(exc, "name", None) not in ("puerextract.extract", "puerextract.rules", None):
            raise
        from puerextract.ingest import ingest_text
        from puerextract.segment import segment

        def seg_only(text: str, name: str, rules_dir: Path | None = None) -> object:
            return segment(ingest_text(text, name), rules_dir=rules_dir)

        return Extractor("ingest_text + segment", "ingest + segment", seg_only, full=False)

    def full(text: str, name: str, rules_dir: Path | None = None) -> object:
        return extract_text(text, name, rules_dir=rules_dir)

    return Extractor("extract_text", "ingest + segment + tag + normalise + relate", full, full=True)


def user_path_extractor() -> Extractor:
    """What ``extract`` and the flow run per paper: ingest, extraction and the rows of the
    store, tables and JSON lines (:func:`puerextract.runner.process_document`)."""
    from puerextract.ingest import ingest_text
    from puerextract.runner import process_document

    def user_path(text: str, name: str, rules_dir: Path | None = None) -> object:
        return process_document(ingest_text(text, name), rules_dir)

    return Extractor("process_document", "the extract/flow path: ingest to rows", user_path, True)


def quiet_jieba() -> None:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()


def chars(papers: Sequence[Paper]) -> int:
    return sum(len(p.text) for p in papers)


def run_extraction(papers: Sequence[Paper], fn: ExtractFn, rules_dir: Path | None = None) -> float:
    """Seconds to extract every paper once."""
    t = clock()
    for p in papers:
        fn(p.text, p.name, rules_dir)
    return clock() - t


def run_jieba(papers: Sequence[Paper]) -> float:
    """Seconds for ``jieba.lcut`` over every paper once (default dictionary, HMM on)."""
    import jieba

    t = clock()
    for p in papers:
        jieba.lcut(p.text)
    return clock() - t


def warm_up(extractor: Extractor, rules_dir: Path | None = None) -> float:
    """Seconds of the first call (dictionary and matcher building, imports); reported apart."""
    t = time.perf_counter()
    extractor.fn("葛根素可促进MC3T3-E1细胞中RUNX2的表达。Puerarin promoted ALP.", "warm", rules_dir)
    return time.perf_counter() - t  # wall time: it includes reading dictionaries


def extraction_vs_jieba(papers: Sequence[Paper], extractor: Extractor, reps: int) -> dict:
    """Median chars/s of extraction and of ``jieba.lcut``, and the median of per-run ratios."""
    quiet_jieba()
    startup = warm_up(extractor)
    run_jieba(papers[:3])
    # a first pass over real papers primes the per-process caches (short Latin chunks, the
    # lazily built matchers): measured, it ran 2.2x slower than the next one on 300 KB
    run_extraction(papers[: max(3, len(papers) // 10)], extractor.fn)
    n = chars(papers)
    ext_times, jb_times, ratios = [], [], []
    for _ in range(reps):
        jb = run_jieba(papers)
        ex = run_extraction(papers, extractor.fn)
        jb_times.append(jb)
        ext_times.append(ex)
        ratios.append(jb / ex)  # (n/ex) / (n/jb): extraction speed as a share of jieba's
    return {
        "papers": len(papers),
        "chars": n,
        "bytes": sum(p.nbytes for p in papers),
        "reps": reps,
        "startup_s": startup,
        "extract_s": statistics.median(ext_times),
        "jieba_s": statistics.median(jb_times),
        "extract_chars_per_s": n / statistics.median(ext_times),
        "jieba_chars_per_s": n / statistics.median(jb_times),
        "ratio": statistics.median(ratios),
        "ratio_runs": ratios,
    }


# ----------------------------------------------------------------------------- profile

#: puerextract module -> the stage it belongs to (the issue's stage names where they fit).
STAGE_OF_MODULE = {
    "ingest": "ingest",
    "segment": "segment",
    "tag": "tag",
    "tagger": "tag",
    "ner": "tag",
    "quantities": "tag (quantities)",
    "normalise": "normalise",
    "normalize": "normalise",
    "relate": "relate",
    "relations": "relate",
    "rules": "rules loading",
    "extract": "extract (glue)",
    "model": "data model",
}


def _module_of(file_path: str) -> str | None:
    parts = Path(file_path).parts
    if "puerextract" in parts:
        i = len(parts) - 1 - parts[::-1].index("puerextract")
        rest = parts[i + 1 :]
        if rest:
            return ".".join(rest).removesuffix(".py")
    return None


def _library_of(file_path: str) -> str:
    parts = Path(file_path).parts
    for lib in ("jieba", "spacy", "scispacy", "thinc", "pint", "re", "regex"):
        if lib in parts or file_path.endswith(f"/{lib}/__init__.py"):
            return lib
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1]
    if file_path.startswith("<") or "lib/python" in file_path:
        return "stdlib/builtins"
    return "own code"


def profile_stages(papers: Sequence[Paper], extractor: Extractor) -> dict:
    """Share of extraction time per stage (sampling profiler), with the libraries under each.

    Each sample is charged to the innermost ``puerextract`` module on its call stack
    (``segment`` covers jieba and spaCy called from it); time outside any module of ours
    (the benchmark loop itself) is left out.
    """
    from pyinstrument import Profiler

    warm_up(extractor)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    run_extraction(papers, extractor.fn)
    profiler.stop()
    root = profiler.last_session.root_frame()
    by_stage: dict[str, float] = {}
    by_lib: dict[tuple[str, str], float] = {}
    by_func: dict[tuple[str, str], float] = {}

    def walk(frame, stage: str | None, func: str | None, lib: str) -> None:
        if not frame.is_synthetic:
            module = _module_of(frame.file_path or "")
            if module is not None:
                stage = STAGE_OF_MODULE.get(module.split(".")[-1], module)
                func = f"{module}.{frame.function}"
                lib = "own code"
            else:
                lib = _library_of(frame.file_path or "")
        own = frame.time - sum(c.time for c in frame.children)
        if stage is not None and own > 0:
            by_stage[stage] = by_stage.get(stage, 0.0) + own
            by_lib[(stage, lib)] = by_lib.get((stage, lib), 0.0) + own
            by_func[(stage, func)] = by_func.get((stage, func), 0.0) + own
        for child in frame.children:
            walk(child, stage, func, lib)

    walk(root, None, None, "")
    total = sum(by_stage.values()) or 1.0
    return {
        "total_s": total,
        "stages": {k: v / total for k, v in sorted(by_stage.items(), key=lambda kv: -kv[1])},
        "libraries": [
            {"stage": s, "library": lib, "share": v / total}
            for (s, lib), v in sorted(by_lib.items(), key=lambda kv: -kv[1])
            if v / total >= 0.01
        ],
        "functions": [
            {"stage": s, "function": f, "share": v / total}
            for (s, f), v in sorted(by_func.items(), key=lambda kv: -kv[1])[:12]
        ],
    }


# ----------------------------------------------------------------------------- scaling


def per_char_times(
    groups: dict[str, Sequence[Paper]],
    extractor: Extractor,
    reps: int,
    rules_dirs: dict[str, Path | None] | None = None,
) -> dict[str, dict]:
    """Median µs per character of extraction for each group of papers.

    The groups take turns within each repetition, so a slow spell of the machine does not
    fall on one group only. ``rules_dirs`` gives a group its own rules (default: packaged).
    """
    rules_dirs = rules_dirs or {}
    for key in groups:
        warm_up(extractor, rules_dirs.get(key))
    times: dict[str, list[float]] = {key: [] for key in groups}
    for _ in range(reps):
        for key, papers in groups.items():
            times[key].append(run_extraction(papers, extractor.fn, rules_dirs.get(key)))
    out = {}
    for key, papers in groups.items():
        n = chars(papers)
        med = statistics.median(times[key])
        out[key] = {"papers": len(papers), "chars": n, "s": med, "us_per_char": med / n * 1e6}
    return out


def spread(values: Sequence[float]) -> float:
    """``max / min - 1``: 0.2 means the largest is 20 % above the smallest."""
    return max(values) / min(values) - 1.0 if values and min(values) > 0 else float("nan")
