"""Grammar the tagger and the relation rules share: spaces, Han text, the conjunctions that join
a list of names, and the cut of a sentence into clauses.

The conjunctions are grammar, not domain vocabulary, so they live here rather than in
``tag_words.tsv``: an overlay's ``tag_words.tsv`` replaces the packaged file whole, and one
written without them would silently stop every list from joining.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .model import Entity, Sentence

#: horizontal whitespace: a gap inside a mention never holds a line break
HSPACE = r"[ \t\u00a0\u3000]"
#: a Han character (the basic block)
HAN = re.compile(r"[\u4e00-\u9fff]")


def is_han(ch: str) -> bool:
    """Whether ``ch`` is a Han character: the basic block, extension A, compatibility ideographs."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


#: words that join names into a list (A、B 和 C, A, B and C)
AND_WORDS: tuple[str, ...] = ("、", "，", ",", "和", "及", "与", "以及", "and")
#: words that offer names as alternatives (A 或 B, A or B, A/B)
OR_WORDS: tuple[str, ...] = ("或", "or", "/")
CONJUNCTIONS = AND_WORDS + OR_WORDS


#: another code of a list after a cell line's code (Eca-109、SGC-7901 和 COLO205 细胞; A549,
#: H1299, and 95D cells): a capital first, or two digits or more then a capital (95D, 22Rv1,
#: 786-O; not 2D, 3D)
NEXT_CODE = re.compile(
    r"[ \t]*(?:[、,，][ \t]*(?:and\b|or\b)?|和|及|与|\band\b|\bor\b)[ \t]*"
    r"([A-Z][A-Za-z0-9]{0,8}(?:-[A-Za-z0-9]{1,5})?"
    r"|[0-9]{2,4}(?:[A-Z][A-Za-z0-9]{0,4}|-[A-Z][A-Za-z0-9]{0,3}))(?![A-Za-z0-9])"
)


def code_list(text: str, end: int, most: int = 6) -> list[tuple[int, int]]:
    """The spans of the codes listed right after a code ending at ``end`` (``NEXT_CODE``)."""
    out: list[tuple[int, int]] = []
    for _ in range(most):
        nxt = NEXT_CODE.match(text, end)
        if nxt is None:
            break
        out.append((nxt.start(1), nxt.end()))
        end = nxt.end()
    return out


#: a name written as an abbreviation (NAC, PDTC, E2V): Latin letters and digits with a capital
_ABBREVIATION = re.compile(r"(?=[^\s]*[A-Z])[A-Za-z0-9\-]{2,10}")


def is_abbreviation(name: str) -> bool:
    """Whether ``name`` is written as an abbreviation (NAC, PDTC; not 戊酸雌二醇, estradiol)."""
    return bool(_ABBREVIATION.fullmatch(name))


def conjunction_gap(space: str = r"\s", serial_comma: bool = False) -> re.Pattern[str]:
    """The gap between two conjoined names, for ``fullmatch``: one of :data:`CONJUNCTIONS`
    between runs of ``space`` (a regex class); with ``serial_comma`` also ", and" (A, B, and
    C)."""
    words = [re.escape(w) for w in CONJUNCTIONS]
    if serial_comma:
        words.append(f",{space}*and")
    return re.compile(f"{space}*(?:{'|'.join(words)}){space}*")


@lru_cache(maxsize=16)
def giving_before(phrases: tuple[str, ...], lead: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """A phrase of ``phrases`` (``giving_phrase_en``: treated with, received) ending a text, for
    ``search`` in a window before a name; an article may follow it. With ``lead`` words, only
    after one of them (an arm's model word: ovariectomized treated with, OVX +). None without
    phrases."""
    if not phrases:
        return None
    sp = r"[ \t\u00a0]"
    body = "|".join(re.escape(p).replace(r"\ ", sp + "+") for p in sorted(phrases, key=len)[::-1])
    if lead:
        words = "|".join(re.escape(w) for w in sorted(lead, key=len, reverse=True))
        body = rf"(?:{words})(?:{sp}+(?:and{sp}+)?(?:{body})|{sp}*\+)"
    return re.compile(rf"(?<![A-Za-z])(?:{body}){sp}*(?:(?<={sp})the{sp}+)?$", re.IGNORECASE)


#: a botanist's abbreviated name after a binomial, with its dot (L., Bl., Willd.): for
#: regexes that skip it (X chinensis L. (EDCL), X chinensis L. induces …)
AUTHORITY = r"[ \t]+[A-Z][a-z]{0,7}\."

#: an opening parenthesis and the spaces around it, right after a name (X (40 mg/kg), A (a))
OPEN_PAREN = re.compile(r"[ \t]*[（(][ \t]*")

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
    head: re.Pattern[str] | None = None,
    blocker: re.Pattern[str] | None = None,
) -> list[tuple[int, int]]:
    """Clause spans of a sentence, cut at ，,；;：:.

    The two callers cut differently, each for its rules:

    * ``lists`` (the trigger rules pass the sentence's mentions): a "," between two of them
      joins a list (Runx2, OPG and osteocalcin) and does not end a clause, so a trigger
      governs every conjunct; so does a "," before the last items of an English list of
      objects with no verb among them (``verbs``: the sorted starts of the trigger words);
      a name's measure noun (``head``, a regex ending at the comma) may stand before it
      (RANKL/OPG ratio, ACP and TRAP); nor does a "," between a blocker noun (``blocker``, a
      regex ending at the comma) and the name of the blocker (the PI3K inhibitor, LY294002);
    * ``parens`` (the aim rules): a separator inside parentheses does not cut, so an aim keeps
      its compound's other names (淫羊藿苷（icariin，ICA）对…); the trigger rules cut there.
    """
    lists = list(lists)
    ends = {m.end for m in lists}
    starts = {m.start for m in lists}
    spans_in = sorted((m.start, m.end) for m in lists)  # a mark inside a mention cuts nothing
    by_start = dict(spans_in)
    s = sent.text
    spans = []
    pos = sent.start
    depth = 0
    names_in = _name_parens(s, sent.start, starts, verbs) if not parens else []
    for m in (_CLAUSE_MARK if parens else _CLAUSE_SEP).finditer(s):
        ch = m.group()
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
        elif any(a < m.start() < b for a, b in names_in):
            continue  # (MMP13, 23%; ADAMTS4, 31%), (Jun-D，Fra-1 和 Fra-2): one list
        elif _inside(spans_in, sent.start + m.start()):
            continue  # 100, 200, and 400 mg/kg: one mention
        elif depth == 0 and not (
            (ch == "," and _joins_list(s, m.start(), sent.start, (ends, starts), verbs, head))
            or (ch == "," and _noun_list_comma(s, m.start()))
            or (ch == "," and _named_blocker(s, m, sent.start, by_start, blocker))
            or (ch == ";" and _object_segment(s, m.end(), sent.start, starts, verbs))
            or (ch in ",，" and _examples_after(s, m.end(), sent.start, starts, ch == ","))
            or (
                ch == "，"
                and not _verb_between(verbs, pos, sent.start + m.start())
                and _zh_comma_list(s, m.start(), sent.start, ends, by_start)
            )
        ):
            spans.append((pos, sent.start + m.start()))
            pos = sent.start + m.end()
    spans.append((pos, sent.end))
    return spans


def _named_blocker(
    s: str,
    comma: re.Match[str],
    offset: int,
    spans: dict[int, int],
    blocker: re.Pattern[str] | None,
) -> bool:
    """Whether the comma sets off the name of a blocker after its noun, an apposition closed
    by a mark or the sentence's end (the ERK inhibitor, PD98059, abolished …; by the PI3K
    inhibitor, LY294002.), not a subject opening the main clause (In the presence of the NF-κB
    inhibitor, X reduced …)."""
    if blocker is None or not blocker.search(s, max(0, comma.start() - 40), comma.start()):
        return False
    end = spans.get(offset + _SPACES.match(s, comma.end()).end())
    close = _APPOSITION_END.match(s, end - offset) if end is not None else None
    # (the inhibitor, rapamycin, X increased …: a list of names goes on after the comma)
    return close is not None and not (close.group("comma") and offset + close.end() in spans)


_SPACES = re.compile(r" *")
#: after a blocker's name set off by a comma: a closing mark (a comma with the spaces after
#: it) or the sentence's end
_APPOSITION_END = re.compile(r" *(?:(?P<comma>[,，]) *|[()（）.;；。]|$)")


#: a "," inside a list of nouns closed by "and <noun> of/in" (the proliferation, migration and
#: adhesion of HUVECs): one object, no clause end
_NOUN_LIST = re.compile(r",\s*[a-z]+(?:\s*,\s*[a-z]+){0,6}\s*,?\s*and\s+[a-z]+\s+(?:of|in)\s")
#: before such a comma: "the" and the list's first noun (not "… in RAW264.7 cells,")
_NOUN_LIST_OPEN = re.compile(r"\bthe\s+[a-z]+(?:\s*,\s*[a-z]+){0,6}$")


def _noun_list_comma(s: str, i: int) -> bool:
    """Whether the "," at ``s[i]`` stands in a list of nouns opened by "the" and closed by
    "and <noun> of/in" (bounded: linear in a long list)."""
    return bool(_NOUN_LIST.match(s, i) and _NOUN_LIST_OPEN.search(s, max(0, i - 120), i))


def _verb_between(verbs: Sequence[int], a: int, b: int) -> bool:
    """Whether a trigger word starts in ``[a, b)`` (``verbs``: sorted starts)."""
    k = bisect_left(verbs, a)
    return k < len(verbs) and verbs[k] < b


_ZH_AND = re.compile(r"[ \t]*(?:[和及与、]|以及)[ \t]*")
_ZH_COMMA = re.compile(r"[ \t]*，[ \t]*")


def _zh_comma_list(s: str, i: int, offset: int, ends: set[int], by_start: dict[int, int]) -> bool:
    """Whether the "，" at ``s[i]`` stands between two names of a Chinese list closed by 和, 及
    or 、 (A，B 和 C; A，B，C 及 D): names and commas only up to that conjunction."""
    left = i
    while left > 0 and s[left - 1] in " \t":
        left -= 1
    if offset + left not in ends:
        return False
    pos = offset + _ZH_COMMA.match(s, i).end()
    for _ in range(8):
        end = by_start.get(pos)
        if end is None:
            return False
        if _ZH_AND.match(s, end - offset):
            return True
        comma = _ZH_COMMA.match(s, end - offset)
        if comma is None:
            return False
        pos = offset + comma.end()
    return False


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies strictly inside one of the sorted, non-overlapping ``spans``."""
    k = bisect_right(spans, (pos, pos)) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def _name_parens(
    s: str, offset: int, starts: set[int], verbs: Sequence[int]
) -> list[tuple[int, int]]:
    """The parentheses of ``s`` that hold two names or more and no trigger word: a list, whose
    separators cut no clause."""
    out = []
    ordered = sorted(starts)
    for m in _INNER_PAREN.finditer(s):
        a, b = offset + m.start(), offset + m.end()
        names = bisect_left(ordered, b) - bisect_right(ordered, a)
        k = bisect_left(verbs, a)
        if names >= 2 and (k == len(verbs) or verbs[k] >= b):
            out.append((m.start(), m.end()))
    return out


_INNER_PAREN = re.compile(r"[（(][^（）()]{1,160}[)）]")


def _object_segment(s: str, i: int, offset: int, starts: set[int], verbs: Sequence[int]) -> bool:
    """Whether the English segment after the ";" at ``s[i-1]`` goes on with the objects before
    it ("inhibited the production of NO; expression of COX-2 and iNOS; and degradation of
    aggrecan"): it holds a name, and no verb or clause word of its own, up to the next ";" or
    the sentence end. Never with Han text (a ; typed for ； ends a Chinese sentence)."""
    end = s.find(";", i)
    end = len(s) if end < 0 else end
    segment = s[i:end]
    if not _latin_segment(segment) or not any(offset + i <= p < offset + end for p in starts):
        return False
    if not _OBJECT_HEAD.match(segment) or _OWN_VERB.search(segment):
        return False  # "; GEN 5 μmol/L showed …": a clause of its own
    k = bisect_left(verbs, offset + i)
    no_verb = k == len(verbs) or verbs[k] >= offset + end
    return no_verb and _BEFORE_AND_STOP.search(segment) is None and bool(verbs[:k])


#: a segment that goes on with objects opens on a noun or "and": "; expression of", "; and"
_OBJECT_HEAD = re.compile(r"\s*(?:and\s+)?(?:the\s+)?[a-z]+\s+of\b")


def _latin_segment(segment: str) -> bool:
    """Whether ``segment`` is Latin text short enough to be one item group of a list."""
    return len(segment) <= 160 and not any(is_han(c) for c in segment)


def _joins_list(
    s: str,
    i: int,
    offset: int,
    names: tuple[set[int], set[int]],
    verbs: Sequence[int],
    head: re.Pattern[str] | None = None,
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
        lo = max(0, left - 24)  # the abbreviation's parenthesis: at most 24 characters back
        opened = max(s.rfind("(", lo, left), s.rfind("（", lo, left))
        if 0 < opened and left - opened <= 24:
            left = opened
            while left > 0 and s[left - 1].isspace():
                left -= 1
    right = i + 1
    while right < len(s) and s[right].isspace():
        right += 1
    after_name = offset + left in ends or (
        _after_headed_name(s, left, offset, ends, head) and not _own_clause(s, i, offset, verbs)
    )
    if after_name and (offset + right in starts or _serial_and(s, right, offset, starts, verbs)):
        return True
    if (_OPENER.match(s) and _FIRST_COMMA.search(s, 0, i) is None) or not (
        after_name or _ITEM_START.match(s, right) or _name_next(s, right, offset, starts)
    ):
        return False
    tail_end = object_list_tail(s, right)
    if tail_end is None:
        return False
    k = bisect_left(verbs, offset + right)
    last = bisect_left(verbs, offset + tail_end)
    return all(_enclosed(s, right, v - offset) for v in verbs[k:last])


def _enclosed(s: str, start: int, at: int) -> bool:
    """Whether ``s[at]`` stands inside parentheses opened after ``start`` (…, SOD and NO
    levels and improved the renal function (lower SCr levels): the aside's verb is no list's)."""
    seg = s[start:at]
    return seg.count("(") + seg.count("（") > seg.count(")") + seg.count("）")


_CLAUSE_WORDS = "was|were|is|are|has|have|had|be|been|which|that"
#: what a list's rest may not open with: a conjunction, a clause word, a participle in -ing
_TAIL_OPENER = re.compile(
    r"(?:and|or|which|that|while|whereas|but|however|thus|these|this|it|with)\b|[a-z]+ing\b",
    re.IGNORECASE,
)
#: a verb of its own (an auxiliary) or a clause word, before the list's "and" …
_BEFORE_AND_STOP = re.compile(rf"\b(?:{_CLAUSE_WORDS}|while|whereas|but)\b", re.IGNORECASE)
#: … and after it
_AFTER_AND_STOP = re.compile(rf"\b(?:{_CLAUSE_WORDS})\b", re.IGNORECASE)
_AND_OR = re.compile(r"(?=\s(?:and|or)\s)", re.IGNORECASE)
_AND_OR_AT = re.compile(r"\s(?:and|or)\s", re.IGNORECASE)
_SEGMENT_END = re.compile(r"[,;:，；：。]")


def object_list_tail(s: str, start: int) -> int | None:
    """Where the rest of a list of objects after a comma ends, or None: from ``start`` to the
    clause end, "…, the N2 of Y and the N3." with an "and"/"or", no verb of its own (an
    auxiliary) and no clause word, ending at ".", ";", "," or the text's end; comma-separated
    items without "and" may come first (…, B, C, D and E levels). One pass with bisection (a
    regex with a lazy and a greedy part was quadratic in a long "and" run)."""
    for n in range(_MAX_ITEMS):
        if n and _SERIAL_AND.match(s, start) and s[start - 1].isspace():
            return _segment_tail(s, start - 1)  # …, C, and D levels: a serial comma
        if _TAIL_OPENER.match(s, start):
            return None
        end = _segment_tail(s, start)
        if end is not None:
            return end
        comma = _ITEM_COMMA.match(s, start)
        if comma is None or _ITEM_STOP.search(s, start, comma.end()):
            return None
        start = comma.end()
    return None


#: at most this many comma-separated items before the "and" of a list of objects
_MAX_ITEMS = 12
#: one item closed by a comma ("IL-4, "), with no "and"/"or" or clause word in it
_ITEM_COMMA = re.compile(r"[^,;:.()]{1,40},\s*")
_ITEM_STOP = re.compile(
    rf"\b(?:and|or|{_CLAUSE_WORDS}|while|whereas|but|unlike|than|compared|versus|vs)\b",
    re.IGNORECASE,
)


def _segment_tail(s: str, start: int) -> int | None:
    """:func:`object_list_tail` within one segment: up to the next mark, an "and"/"or"."""
    sep = _SEGMENT_END.search(s, start)
    seg_end = sep.start() if sep else len(s)
    stop = _BEFORE_AND_STOP.search(s, start, seg_end)
    first_stop = stop.start() if stop else seg_end
    after_stops = [m.start() for m in _AFTER_AND_STOP.finditer(s, start, seg_end)]
    ends = [m.start() for m in _LIST_END.finditer(s, start, seg_end + 1)]
    ends += [c for c in (len(s) - 1, len(s)) if start <= c <= seg_end and _at_text_end(s, c)]
    for a in (m.start() for m in _AND_OR.finditer(s, start, first_stop)):
        b = _AND_OR_AT.match(s, a).end()
        k = bisect_left(after_stops, b)
        limit = after_stops[k] if k < len(after_stops) else seg_end
        j = bisect_right(ends, limit) - 1
        if j >= 0 and ends[j] >= b:
            c = ends[j]
            return c + 1 if c < len(s) and s[c] in ".;," else c
    return None


_LIST_END = re.compile(r"[.;,]")
#: a verb of its own after a list's last name: "…, and C did not change"
_OWN_VERB = re.compile(
    r"\b(?:did|does|do|remained|remains|showed|shows|became|appeared|changed)\b", re.I
)
#: examples of the object before them: "factors, such as A and B", "mediators, including A"
_EXAMPLES = re.compile(r"\s*(?:such\s+as|including|especially|particularly|namely)\s+", re.I)
#: the same in Chinese: 促炎标志物的表达，如 A、B 和 C
_EXAMPLES_ZH = re.compile(r"\s*(?:例如|比如|如|包括)\s*")


def _examples_after(s: str, i: int, offset: int, starts: set[int], latin: bool) -> bool:
    """Whether a comma ending at ``s[i]`` opens the examples of the object before it, a name
    right after the example word ("inflammatory factors, such as NO and IL-6"; …的表达，如
    TNF-α、IL-6: the objects go on); the English words only after a Latin comma (``latin``)."""
    for regex in (_EXAMPLES, _EXAMPLES_ZH) if latin else (_EXAMPLES_ZH,):
        m = regex.match(s, i)
        if m is not None and offset + m.end() in starts:
            return True
    return False


#: the last item of an English list after a serial comma: "A, B, and C"
_SERIAL_AND = re.compile(r"(?:and|or)\s+(?:the\s+)?", re.IGNORECASE)


def _serial_and(s: str, right: int, offset: int, starts: set[int], verbs: Sequence[int]) -> bool:
    """Whether ``s[right:]`` is "and C" closing a list of names (A, B, and C): C starts a
    mention and the rest of its segment has no verb or clause word ("…, and C increased"
    and "…, and C was unchanged" are clauses of their own; "…, and C and upregulated D" is
    not)."""
    m = _SERIAL_AND.match(s, right)
    if m is None or offset + m.end() not in starts:
        return False
    sep = _SEGMENT_END.search(s, m.end())
    end = sep.start() if sep else len(s)
    if bisect_left(verbs, offset + right) == 0:
        return True  # no verb before it: the list is the subject ("A, B, and C were elevated")
    if _AFTER_AND_STOP.search(s, m.end(), end) or _OWN_VERB.search(s, m.end(), end):
        return False  # X lowered A, and C was unchanged
    k = bisect_left(verbs, offset + m.end())
    if k == len(verbs) or verbs[k] >= offset + end:
        return True
    return _CONJOINED_VERB.search(s, m.end(), verbs[k] - offset) is not None  # "…, and C and
    # upregulated D": a verb conjoined to the list's own, C no subject


_CONJOINED_VERB = re.compile(r"\s(?:and|or)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def _at_text_end(s: str, c: int) -> bool:
    """Whether ``c`` is where ``$`` matches: the text's end, or before its final newline."""
    return c == len(s) or (c == len(s) - 1 and s[c] == "\n")


def _own_clause(s: str, i: int, offset: int, verbs: Sequence[int]) -> bool:
    """Whether the segment after the comma at ``s[i]`` has a verb or a clause word of its own
    (ALP activity, OCN levels were decreased: a clause, no list)."""
    sep = _SEGMENT_END.search(s, i + 1)
    end = sep.start() if sep else len(s)
    k = bisect_left(verbs, offset + i + 1)
    own_verb = k < len(verbs) and verbs[k] < offset + end
    return own_verb or _AFTER_AND_STOP.search(s, i + 1, end) is not None


def _after_headed_name(
    s: str, left: int, offset: int, ends: set[int], head: re.Pattern[str] | None
) -> bool:
    """Whether ``s[:left]`` ends with a name and its measure noun (``head``, matching at the
    end: the RANKL/OPG ratio, ALP activity): the comma after it may go on with the list."""
    m = head.search(s, max(0, left - 16), left) if head is not None else None
    return m is not None and offset + m.start() in ends


#: the start of a list item that follows no name: "the …" or a name's first character
_ITEM_START = re.compile(r"the\s|[A-Z0-9α-ωΑ-Ω]")
#: one lower-case word before a name (plasma osteocalcin, serum ALP)
_MODIFIER_WORD = re.compile(r"[a-z]{2,12}\s+")


def _name_next(s: str, right: int, offset: int, starts: set[int]) -> bool:
    """Whether a name starts at ``s[right]`` or after one lower-case word (…, plasma
    osteocalcin and ALP): a list item of a lower-case name."""
    if offset + right in starts:
        return True
    word = _MODIFIER_WORD.match(s, right)
    return word is not None and offset + word.end() in starts


_FIRST_COMMA = re.compile(r"[,，]")
#: a sentence opening on where or when (In MC3T3-E1 cells, …; After 7 days, …): its comma ends
#: the opener
_OPENER = re.compile(r"\s*(?:in|after|before|at|during|upon|for|compared|following)\b", re.I)
