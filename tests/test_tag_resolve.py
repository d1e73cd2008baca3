"""``resolve_more`` and ``resolve_onto`` give what ``resolve`` gives on the whole list."""

from __future__ import annotations

import random

from puerextract.model import Candidate
from puerextract.tag import resolve, resolve_more, resolve_onto

SOURCES = ("lexicon", "shape", "abbreviation", "morphology", "table-gene", "pathway", "other")


def _random_candidates(rng: random.Random, n: int, text: str) -> list[Candidate]:
    out = []
    for _ in range(n):
        s = rng.randrange(len(text))
        e = s + rng.randrange(0, 8)
        out.append(Candidate(s, e, "GENE", None, rng.choice(SOURCES), text[s:e]))
    return out


def test_resolve_more_equals_resolve_of_all() -> None:
    rng = random.Random(14)
    text = "".join(rng.choice("abcdef \n") for _ in range(80))
    for _ in range(500):
        resolved = resolve(_random_candidates(rng, rng.randrange(0, 12), text))
        if rng.random() < 0.3:
            resolved = [c for c in resolved if rng.random() < 0.5]
        extra = _random_candidates(rng, rng.randrange(0, 6), text)
        if extra and rng.random() < 0.2:
            extra.append(rng.choice(resolved or extra))  # the same object in both lists
        assert resolve_more(resolved, extra) == resolve(resolved + extra)


def test_resolve_onto_equals_resolve_of_all() -> None:
    """A flat base takes the short way, any other list the whole resolution: the same result."""
    rng = random.Random(15)
    text = "".join(rng.choice("abcdef \n") for _ in range(80))
    for _ in range(500):
        base = _random_candidates(rng, rng.randrange(0, 12), text)
        if rng.random() < 0.6:
            base = resolve(base)
        extra = _random_candidates(rng, rng.randrange(0, 6), text)
        assert resolve_onto(base, extra) == resolve(base + extra)
