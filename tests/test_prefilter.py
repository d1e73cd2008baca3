"""``prefiltered`` regexes find exactly what the originals find."""

from __future__ import annotations

import random
import re

import pytest

from puerextract.prefilter import compile_prefiltered, prefiltered
from puerextract.relate import frames_for, lowered, sparing_for, trigger_finder
from puerextract.rules import load_rules

PATTERNS = [
    (r"(?<![A-Za-z])(?:attenuated|inhibited|blocked)(?![A-Za-z])", re.IGNORECASE),
    (r"\b(?:effects?|roles?)\s+of\s+(?:the\s+)?", re.IGNORECASE),
    (r"(?:随机)?(?:分为|分成)|\b(?:were\s+)?(?:assigned|divided)\s+(?:in)?to\b", re.IGNORECASE),
    (r"(?:\s*[a-c])+x", 0),
    (r"(?:a|b)?c", 0),
    (r"(?<!-)[-^\]\\]+k", 0),
    (r"(?:kelvin|straße)", re.IGNORECASE),
]


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = "abcxk KSſ-^]\\ \t分为随机到straßeSTRASSE\u212a"
    return ["".join(rng.choice(alphabet) for _ in range(300)) for _ in range(50)]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_same_matches(pattern: str, flags: int) -> None:
    rx = re.compile(pattern, flags)
    fast = prefiltered(rx)
    for text in _texts(len(pattern)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compiled_once_same_matches(pattern: str, flags: int) -> None:
    rx = re.compile(pattern, flags)
    fast = compile_prefiltered(pattern, flags)
    assert fast.pattern == prefiltered(rx).pattern
    for text in _texts(len(pattern) + 1):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_trigger_words_found_in_any_case_at_their_offsets() -> None:
    """The English triggers are matched in the lower-cased text (no IGNORECASE): the
    offsets are the text's, also past a character whose lower case is longer (İ)."""
    text = "İstanbul data: Puerarin SUPPRESSED TNF-α and Increased ALP."
    assert len(lowered(text)) == len(text)
    hits = trigger_finder(load_rules(None)).find(text, 100)
    words = [text[h.start - 100 : h.end - 100] for h in hits]
    assert "SUPPRESSED" in words and "Increased" in words


def test_anchored_literal_and_empty_patterns_are_kept() -> None:
    for pattern in (r"^\s*of", r"的(?:影响|作用)", r"(?:ab|cd)", r"\s*(?:x)?", r"[a-z]+"):
        rx = re.compile(pattern)
        assert prefiltered(rx) is rx


def test_relation_regexes_on_the_dev_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from puerextract import relate

    rules = load_rules(None)
    fast = [frames_for(rules), sparing_for(rules)]
    monkeypatch.setattr(relate, "prefilter_attributes", lambda obj: None)
    words = rules.words_of
    roles = (*relate.FRAME_ROLES, *relate.RELATION_WORD_ROLES, "blocker_noun")
    plain = [
        relate.Frames({r: tuple(words(r)) for r in roles}),
        relate.Sparing(*(tuple(words(r)) for r in ("spare_verb", "death_word", "absence_word"))),
    ]
    root = Path(__file__).resolve().parent.parent
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("dev/*.txt")))
    changed = 0
    for new, old in zip(fast, plain, strict=True):
        for name, rx in vars(old).items():
            if isinstance(rx, re.Pattern):
                changed += getattr(new, name).pattern != rx.pattern
                found = [m.span() for m in getattr(new, name).finditer(text)]
                assert found == [m.span() for m in rx.finditer(text)], name
    assert changed > 10
    assert trigger_finder(rules).en[0].pattern.startswith("(?=[")
