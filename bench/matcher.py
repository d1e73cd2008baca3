"""Multi-token shape patterns: the tagger's plain-Python sequence matcher against spaCy's
Matcher, same tokens, same matches, in one process (best of --repeat runs).

    PYTHONPATH=src:. .venv/bin/python -m bench.matcher [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _documents() -> list:
    """The annotated texts (gold, dev, test), segmented with full jieba tokens."""
    from puerextract.extract import prepare
    from puerextract.ingest import ingest_text
    from puerextract.segment import get_tokenizer

    docs = []
    for folder in ("gold", "dev", "test"):
        for path in sorted((ROOT / folder).glob("*.txt")):
            doc = ingest_text(path.read_text(encoding="utf-8"), path.stem, reflow_lines=False)
            docs.append(prepare(doc, get_tokenizer()))
    return docs


def _time(tagger, docs: list, sequences) -> tuple[float, list]:  # noqa: ANN001
    tagger.use_sequences(sequences)
    start = time.perf_counter()
    found = [tagger.shape_candidates(d) for d in docs]
    return time.perf_counter() - start, found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    from puerextract.tag import get_tagger

    tagger = get_tagger()
    docs = _documents()
    chars = sum(len(d.text) for d in docs)
    best = {"plain Python": float("inf"), "spaCy Matcher": float("inf")}
    results = {}
    for _ in range(args.repeat):
        for label, plain in (("plain Python", True), ("spaCy Matcher", False)):
            seconds, results[label] = _time(tagger, docs, plain)
            best[label] = min(best[label], seconds)
    tagger.use_sequences(True)
    same = [sorted((c.start, c.end, c.type, c.norm) for c in cs) for cs in results["plain Python"]]
    other = [
        sorted((c.start, c.end, c.type, c.norm) for c in cs) for cs in results["spaCy Matcher"]
    ]
    assert same == other, "the two matchers disagree"  # in order too, once resolved
    for label, seconds in best.items():
        print(f"{label:14s} {seconds * 1000:7.1f} ms  {chars / seconds / 1000:8.1f} k chars/s")
    print(f"ratio {best['spaCy Matcher'] / best['plain Python']:.2f} over {len(docs)} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
