"""English abbreviation definitions: scispaCy's ``AbbreviationDetector`` in plain Python.

Schwartz & Hearst (2003), as ``scispacy.abbreviation`` implements it, over the tokens of
:mod:`puerextract.rule_tokenizer` (spaCy's, whitespace tokens included): the same pairs as the
detector (tests compare both on every bundled text), without importing spaCy.
"""

from __future__ import annotations

from .rule_tokenizer import english_rule_tokenizer

Tok = tuple[int, int, bool]  # (start, end, is whitespace)
#: (long start, long end, short start, short end), character offsets into the text
Pair = tuple[int, int, int, int]


def english_definitions(text: str) -> list[Pair]:
    """Every abbreviation in ``text`` with the long form it was defined by."""
    toks = english_rule_tokenizer().doc_tokens(text)
    words = [text[s:e] for s, e, _ in toks]
    seen_long: set[str] = set()
    seen_short: set[str] = set()
    found: dict[tuple[int, int], set[tuple[int, int]]] = {}
    shorts: dict[tuple[int, int], tuple[str, ...]] = {}
    for long_cand, short in _candidates(text, toks, words):
        long = _long_form(text, toks, long_cand, short)
        if long is None:
            continue
        long_text, short_text = _span_text(text, toks, long), _span_text(text, toks, short)
        if long_text in seen_long or short_text in seen_short:
            continue
        seen_long.add(long_text)
        seen_short.add(short_text)
        found.setdefault(long, set()).add(short)
        shorts[long] = tuple(words[short[0] : short[1]])
    for long, pattern in shorts.items():  # every later use of the short form
        n = len(pattern)
        found[long].update(
            (i, i + n) for i in range(len(words)) if tuple(words[i : i + n]) == pattern
        )
    out = []
    for (ls, le), occurrences in found.items():
        for ss, se in sorted(occurrences):
            out.append((toks[ls][0], toks[le - 1][1], toks[ss][0], toks[se - 1][1]))
    return out


def _candidates(text: str, toks: list[Tok], words: list[str]):
    """scispaCy's ``filter_matches`` over every ``( … )`` of the tokens, by end then start."""
    opens: list[int] = []
    for j, w in enumerate(words):
        if w == "(":
            opens.append(j)
        elif w == ")":
            for i in opens:
                if j - i >= 2:
                    yield from _candidate(text, toks, words, i + 1, j)


def _candidate(text: str, toks: list[Tok], words: list[str], start: int, end: int):
    if end - start > 8 or start == 1:
        return
    if end - start > 3:  # the long form inside the parentheses, the word before is short
        short, long = (start - 2, start - 1), (start, end)
        if _unbalanced(words[start:end]):
            return
    else:
        short = (start, end)
        length = sum(len(w) for w in words[start:end])
        max_words = min(length + 5, length * 2)
        long = (max(start - max_words - 1, 0), start - 1)
    if _short_form_ok(text, toks, words, short):
        yield long, short


def _unbalanced(words: list[str]) -> bool:
    depth = 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")":
            if depth == 0:
                return True
            depth -= 1
    return depth != 0


def _short_form_ok(text: str, toks: list[Tok], words: list[str], short: tuple[int, int]) -> bool:
    if not all(2 <= len(w) < 10 for w in words[short[0] : short[1]]):
        return False
    span = _span_text(text, toks, short)
    if sum(c.isalpha() for c in span) / len(span) < 0.5:
        return False
    return span[0].isalpha()


def _span_text(text: str, toks: list[Tok], span: tuple[int, int]) -> str:
    s, e = span
    return text[toks[s][0] : toks[e - 1][1]] if e > s else ""


def _long_form(
    text: str, toks: list[Tok], long: tuple[int, int], short: tuple[int, int]
) -> tuple[int, int] | None:
    """scispaCy's ``find_abbreviation``: the tokens of ``long`` from the word the short form's
    first letter starts, or None when its letters are not found in order."""
    long_words = [text[s:e] for s, e, _ in toks[long[0] : long[1]]]
    long_form = " ".join(long_words)
    short_form = " ".join(text[s:e] for s, e, _ in toks[short[0] : short[1]])
    li, si = len(long_form) - 1, len(short_form) - 1
    while si >= 0:
        c = short_form[si].lower()
        if not c.isalnum():
            si -= 1
            continue
        while (li >= 0 and long_form[li].lower() != c) or (
            si == 0 and li > 0 and long_form[li - 1].isalnum()
        ):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    li += 1
    length = 0
    for k, (s, e, ws) in enumerate(toks[long[0] : long[1]]):
        length += e - s + (1 if not ws and text[e : e + 1] == " " else 0)  # text_with_ws
        if length > li:
            return (long[0] + k, long[1])
    return long  # the joined words are longer than the text: scispaCy keeps them all
