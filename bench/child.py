"""Work run in a child process so that its peak memory (or its Prefect server) is its own.

``python -m bench.child memory FOLDER``: extract every ``*.txt`` in FOLDER (sorted) once and
print one JSON line with the peak resident set size of this process (its own ``VmHWM``).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def peak_rss_mb() -> float:
    """This process's own peak resident set size: ``VmHWM`` of ``/proc/self/status``.

    Not ``ru_maxrss``: on Linux that survives ``exec`` (the kernel keeps the larger of the old
    and new address spaces' peaks), so a child started by a big parent (the benchmark process
    after the 100x-lexicon run, about 470 MB) reported the parent's peak, not its own.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB elsewhere


def _rss_mb() -> float:
    try:
        import psutil

        return psutil.Process().memory_info().rss / 2**20
    except ImportError:  # pragma: no cover
        return float("nan")


def memory(folder: Path) -> dict:
    from .corpus import Paper
    from .measure import load_extractor, warm_up

    extractor = load_extractor()
    base = _rss_mb()
    warm_up(extractor)
    after_warm = _rss_mb()
    # smallest first, so the peak before the largest paper is that of the ordinary papers
    paths = sorted(folder.glob("*.txt"), key=lambda p: (p.stat().st_size, p.name))
    largest = 0
    peak_before_largest = after_warm
    t = time.perf_counter()
    for n, path in enumerate(paths):
        if n == len(paths) - 1:
            peak_before_largest = peak_rss_mb()
        text = path.read_text(encoding="utf-8")
        largest = max(largest, len(text.encode("utf-8")))
        extractor.fn(Paper(path.stem, text).text, path.stem, None)
    elapsed = time.perf_counter() - t
    return {
        "papers": len(paths),
        "largest_bytes": largest,
        "seconds": elapsed,
        "rss_after_imports_mb": base,
        "rss_after_warmup_mb": after_warm,
        "peak_rss_before_largest_mb": peak_before_largest,
        "peak_rss_mb": peak_rss_mb(),
        "peak_rss_source": "VmHWM" if Path("/proc/self/status").exists() else "ru_maxrss",
        "extractor": extractor.label,
    }


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "memory":
        print(json.dumps(memory(Path(argv[1]))))
        return 0
    print("usage: python -m bench.child memory FOLDER", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
