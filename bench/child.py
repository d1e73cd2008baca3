"""Work run in a child process so that its peak memory (or its Prefect server) is its own.

``python -m bench.child memory FOLDER``: extract every ``*.txt`` in FOLDER (sorted) once and
print one JSON line with the peak resident set size of this process.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


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
    paths = sorted(folder.glob("*.txt"))
    largest = 0
    t = time.perf_counter()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        largest = max(largest, len(text.encode("utf-8")))
        extractor.fn(Paper(path.stem, text).text, path.stem, None)
    elapsed = time.perf_counter() - t
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {
        "papers": len(paths),
        "largest_bytes": largest,
        "seconds": elapsed,
        "rss_after_imports_mb": base,
        "rss_after_warmup_mb": after_warm,
        "peak_rss_mb": peak_kb / 1024,
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
