"""Grammar the tagger and the relation rules share: spaces, Han text, the conjunctions that join
a list of names, and the cut of a sentence into clauses.

The conjunctions are grammar, not domain vocabulary, so they live here rather than in
``tag_words.tsv``: an overlay's ``tag_words.tsv`` replaces the packaged file whole, and one
written without them would silently stop every list from joining.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from .model import Entity, Sentence

#: horizontal whitespace: a gap inside a mention never holds a line break
HSPACE = r"[ \t\u00a0\u3000]"
#: a Han character (the basic block)
HAN = re.compile(r"[\u4e00-\u9fff]")

#: words that join names into a list (A、B 和 C, A, B and C)
AND_WORDS: tuple[str, ...] = ("、", "，", ",", "和", "及", "与", "以及", "and")
#: words that offer names as alternatives (A 或 B, A or B, A/B)
OR_WORDS: tuple[str, ...] = ("或", "or", "/")
CONJUNCTIONS = AND_WORDS + OR_WORDS


def conjunction_gap(space: str = r"\s", serial_comma: bool = False) -> re.Pattern[str]:
    """The gap between two conjoined names, for ``fullmatch``: one of :data:`CONJUNCTIONS`
    between runs of ``space`` (a regex class); with ``serial_comma`` also ", and" (A, B, and
    C)."""
    words = [re.escape(w) for w in CONJUNCTIONS]
    if serial_comma:
        words.append(f",{space}*and")
    return re.compile(f"{space}*(?:{'|'.join(words)}){space}*")


#: the marks that end a clause
CLAUSE_SEPARATORS = "，,；;：:"
#: a clause or sentence end, for the rules that look no further than their clause
CLAUSE_END = re.compile(r"[，,；;。]")
OPENERS = "（("
CLOSERS = "）)"

_CLAUSE_SEP = re.compile(f"[{CLAUSE_SEPARATORS}]")
_CLAUSE_MARK = re.compile(f"[{re.escape(OPENERS + CLOSERS + CLAUSE_SEPARATORS)}]")


def clause_spans(
    sent: Sentence,
    lists: Iterable[Entity] = (),
    parens: bool = False,
    verbs: Sequence[int] = (),
) -> list[tuple[int, int]]:
    """Clause spans of a sentence, cut at ，,；;：:.

    The two callers cut differently, each for its rules:

    * ``lists`` (the trigger rules pass the sentence's mentions): a "," between two of them
      joins a list (Runx2, OPG and osteocalcin) and does not end a clause, so a trigger
      governs every conjunct; so does a "," before the last items of an English list of
      objects with no verb among them (``verbs``: the sorted starts of the trigger words);
    * ``parens`` (the aim rules): a separator inside parentheses does not cut, so an aim keeps
      its compound's other names (淫羊藿苷（icariin，ICA）对…); the trigger rules cut there.
    """
    ends = {m.end for m in lists}
    starts = {m.start for m in lists}
    s = sent.text
    spans = []
    pos = sent.start
    depth = 0
    for m in (_CLAUSE_MARK if parens else _CLAUSE_SEP).finditer(s):
        ch = m.group()
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0 and not (
            ch == "," and _joins_list(s, m.start(), sent.start, (ends, starts), verbs)
        ):
            spans.append((pos, sent.start + m.start()))
            pos = sent.start + m.end()
    spans.append((pos, sent.end))
    return spans


def _joins_list(
    s: str, i: int, offset: int, names: tuple[set[int], set[int]], verbs: Sequence[int]
) -> bool:
    """Whether the "," at ``s[i]`` joins a list: it stands (spaces aside) between a mention end
    and a start, or it goes on with the last items of an English list of objects (increased the
    cell viability, the activity of ALP and the amount of nodules)."""
    ends, starts = names
    if not ends:
        return False
    left = i
    while left > 0 and s[left - 1].isspace():
        left -= 1
    if left > 0 and s[left - 1] in CLOSERS:  # a name with its abbreviation: cathepsin K (CTSK),
        opened = max(s.rfind("(", 0, left), s.rfind("（", 0, left))
        if 0 < opened and left - opened <= 24:
            left = opened
            while left > 0 and s[left - 1].isspace():
                left -= 1
    right = i + 1
    while right < len(s) and s[right].isspace():
        right += 1
    after_name = offset + left in ends
    if after_name and offset + right in starts:
        return True
    if _OPENER.match(s) or not (after_name or _ITEM_START.match(s, right)):
        return False
    tail = _OBJECT_LIST_TAIL.match(s, right)
    if tail is None:
        return False
    k = bisect_left(verbs, offset + right)
    return k == len(verbs) or verbs[k] >= offset + tail.end()


#: after a comma, the rest of a list of objects up to the clause end: "the …" or a name, then
#: "and"/"or" and more, no verb of its own (an auxiliary) and no clause word
_OBJECT_LIST_TAIL = re.compile(
    r"(?!(?:and|or|which|that|while|whereas|but|however|thus|these|this|it|with)\b|[a-z]+ing\b)"
    r"(?:(?!\b(?:was|were|is|are|has|have|had|be|been|which|that|while|whereas|but)\b)[^,;:，；：。])*?"
    r"\s(?:and|or)\s(?:(?!\b(?:was|were|is|are|has|have|had|be|been|which|that)\b)[^,;:，；：。])*"
    r"(?:[.;,]|$)",
    re.IGNORECASE,
)
#: the start of a list item that follows no name: "the …" or a name's first character
_ITEM_START = re.compile(r"the\s|[A-Z0-9α-ωΑ-Ω]")
#: a sentence opening on where or when (In MC3T3-E1 cells, …; After 7 days, …): its comma ends
#: the opener
_OPENER = re.compile(r"\s*(?:in|after|before|at|during|upon|for|compared|following)\b", re.I)
