"""Peak memory of ``puerextract extract`` over 10, 100 and 1,000 papers of ~5 KB.

    PYTHONPATH=src:. .venv/bin/python -m bench.papers_memory [--counts 10,100,1000]

Each count runs in its own process; the command's peak is its own VmHWM (Linux), the worker
process's (which extracts the papers, killable at a timeout) is its children's maximum RSS.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import corpus

CHILD = (
    "import sys, resource; from puerextract.cli import main; code = main(sys.argv[1:]);"
    "from puerextract.worker import stop_all; stop_all();"
    "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1];"
    "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss;"
    "print('PEAK', int(peak) // 1024, kids // 1024); sys.exit(code)"
)


def run(count: int, work: Path) -> tuple[float, int, int]:
    inbox = work / f"in{count}"
    inbox.mkdir()
    papers = corpus.papers_of_size(5_000, 5_000 * count)
    for i in range(count):
        p = papers[i % len(papers)]
        (inbox / f"p{i:04d}.txt").write_text(p.text + f"\n{i}\n", encoding="utf-8")
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, "extract", str(inbox), "--out", str(work / f"out{count}")],
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - t0
    line = next(x.split() for x in out.stdout.splitlines() if x.startswith("PEAK"))
    return wall, int(line[1]), int(line[2])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--counts", default="10,100,1000")
    args = ap.parse_args(argv)
    print("| papers | wall s | peak RSS MB (command) | peak RSS MB (worker process) |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for count in (int(c) for c in args.counts.split(",")):
            wall, peak, worker = run(count, Path(tmp))
            print(f"| {count} | {wall:.1f} | {peak} | {worker} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
