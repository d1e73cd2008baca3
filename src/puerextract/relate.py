"""Relate: the six relation types from trigger words and the guideline's sentence rules.

Within one sentence, cut into clauses at ，,；;：:

* A trigger (``triggers.tsv``; the longest trigger wins where two overlap; ``NONE`` rows are
  neutral verbs that block) governs the mentions after it up to the next trigger or the end of
  its clause (each conjunct its own relation). When nothing follows it in the clause, the
  mentions before it are its targets (``X 的表达水平上调``, ``对 X 起到负性调节作用``).
* A word with several rows (减轻: DOWNREGULATES and TREATS) tries them in file order and keeps
  the first whose argument types fit (减轻 ROS → DOWN, 减轻骨质疏松症 → TREATS).
* The agent is the clause's subject: the first agent-type mention of the clause before the
  trigger; when the subject is elided or a pronoun, the subject of the previous clause of the
  same sentence, linked at its nearest preceding occurrence; else the nearest agent after.
  ``backward`` triggers (treated with, X 阻断剂 Y) swap the sides; ``any`` takes the agent
  before the trigger, else after it (给予大鼠柚皮苷, the anti-osteoporotic effect of icariin).
* Passives: English ``<participle> by`` and Chinese ``被/受/由 X <trigger>`` take the agent
  after 被/by and the target before (破骨细胞分化被葛根素抑制).
* Inducer modifiers (``modifier`` rows: X-induced Y, X 诱导的 Y, X 刺激的 Y, X-treated cells; and a
  giving word written right after a mention that another trigger governs: 抑制激素诱导 Y): X is
  the inducer of Y's state, never an argument of the governing trigger; a compound inducer is
  TESTED_IN the system it is applied to (H2O2 诱导的 BMSCs 凋亡); a gene inducer gets nothing.
* A mention written right before a nominal blocker (X 阻断剂, X inhibitor) is the blocker's
  target, never an agent of the sentence's verbs.
* Regulation of a cell needs a proliferation/differentiation/formation/activity/survival
  word beside it; a cell after 向/into (the differentiation product) is not a target.
* TESTED_IN needs a giving/exposure trigger (its compound is the nearest one before it) or a
  study aim (研究/观察/探讨 X 对 Y 的影响, the effect of X on Y).
* A negated trigger (未/不/没有…, did not / failed to / no significant…) gives nothing;
  "not only … but also" is not a negation.
* An abbreviation written in parentheses after its long form is never an argument: the long
  form is linked.
* A relative clause ``Z 所抑制的 A`` gives Z → A; Z is no argument of the other triggers.
  Conjoined verbs share their subject; ratio members and mediators (X 介导的) are no targets;
  "the loss of A was prevented" is UP of A (agent elided: the nearest compound before).
* Frames (``Frames``; their words are tag words): a group label (葛根素组) is an agent, never a
  regulation target, and no agent when compared against (与模型组比较, compared with the X
  group); "A 升高而 B 下降" makes B no object of 升高; names before measure words and a trigger
  (NO、PGE2 含量升高) are no subject; a count of cells regulates the cells, a marker gene
  (TRAP-positive) is no target; 其/their after a trigger stands for the cell named before; a
  finding's subject stands after a reporting word (showed that, 结果显示).
* Coordination: the objects of a verb are no agent of a verb conjoined after it ("decreased A
  levels and downregulated B"; no chain A → B); conjoined agents each get the relation
  (genistein and daidzein suppress …); two verbs share the object after the second ("promote
  osteogenic and inhibit adipogenic differentiation of BMSCs").
* HAS_CONCENTRATION / HAS_DURATION: ``relate_quantities``. TESTED_IN from study aims, group
  allocations and culture media: ``relate_aims``.
* Arguments lie within ``WINDOW`` characters of their trigger, so a very long sentence (a
  reference list, a table flattened without 。) costs linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from . import relate_aims
from .grammar import (
    AND_WORDS,
    AUTHORITY,
    CLAUSE_END,
    HAN,
    OPEN_PAREN,
    clause_spans,
    conjunction_gap,
    is_han,
)
from .model import RELATION_TYPES, Entity, Relation, Sentence
from .prefilter import compile_prefiltered, prefilter_attributes
from .relate_aims import SYSTEM_TYPES
from .relate_quantities import QUANTITY_TYPES, quantity_links
from .relate_quantities import trailing_run as _trailing_run
from .relate_stimuli import is_stimulus, observed_changes, passive_reversals, reversed_changes
from .relate_stimuli import stimuli as _stimuli
from .relate_words import (
    ABBREVIATION_AFTER,
    NOT_AFTER_WORD_ZH,
    WordRegexes,
    alternation,
    fill,
)
from .relate_words import ROLES as RELATION_WORD_ROLES
from .rules import FRAME_ROLES
from .tables import table_index

#: how far (characters) from its trigger an argument may stand; the gold's longest sentence
#: is about 300 characters, so this bounds only run-on text.
WINDOW = 300

_INTO_BEFORE = re.compile(r"(?:向|为|into|to)\s*$")
_FATE_BEFORE = re.compile(r"(?:向|into)\s*$")


#: an English participle followed by "by" is a passive: the agent after, the target before
_CLOSED_BY = re.compile(r"\s+by\b", re.IGNORECASE)


#: a time between an agent_after word and the agent (increased after 48 h of X treatment)
_TIME_OF = r"(?:\s+\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+)?\s*[a-z]{1,6}\s+of\b)?"
#: the values of a change before an agent_after word (increased from 12 to 18 ng/mL after X)
_VALUE = r"\s+[\d.]+(?:\s*[^\s\d,;.()]+)?"
_CHANGE_VALUES = rf"(?:\s+by\s+[\d.]+\s*%)?(?:\s+from{_VALUE})?(?:\s+to{_VALUE})?"
#: the manner of a change before its agent (increased in a dose-dependent manner by X)
_MANNER = r"(?:\s+in\s+an?\s+(?:dose|time|concentration)[\s-]dependent\s+(?:manner|fashion))?"
#: where the change was seen, before its agent (were decreased in the liver by X)
_PLACE = r"(?:\s+in\s+(?:the\s+)?(?!by\b)[\w\-.]+(?:\s+(?!by\b)[\w\-.]+){0,2}?)?"


def _agent_after_regex(words: tuple, treatment: tuple) -> re.Pattern[str]:
    """The words after a participle that put its agent after it (by; following X treatment;
    after treatment with X; an adverb or the change's values before them, a time after:
    increased significantly after 8 weeks of X treatment, rose from 12 to 18 ng/mL after X)."""
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    nouns = "|".join(re.escape(w) for w in treatment)
    tail = rf"(?:\s+(?:the\s+)?(?:{nouns})\s+(?:with|of|to)\b)?" if nouns else ""
    return re.compile(
        rf"(?:\s+[a-z]+ly)?{_CHANGE_VALUES}{_MANNER}{_PLACE}\s+(?P<word>{alt})\b{_TIME_OF}{tail}",
        re.IGNORECASE,
    )


#: a mention written right before an inducer word (X诱导, X 诱导的; the hyphen of X-induced is in
#: the trigger word)
#: between an inducer and its modifier word: a space, or its abbreviation
#: (streptozotocin (STZ)-induced)
_MODIFIER_GAP = re.compile(f"^{ABBREVIATION_AFTER}$")
#: how far after an inducer word the induced system may stand (X 诱导的 BMSCs 凋亡)
_MODIFIER_REACH = 24
#: the agent after its targets of an ``any`` trigger (the anti-osteoporotic effect of icariin)
_AGENT_AFTER = re.compile(r"(?:\b(?:of|by)\b|被|由)[^,;，；]*$", re.IGNORECASE)
#: in that gap, a means before another trigger (reduction of A via activation of B: B is no
#: agent of the reduction)
_MEANS_IN_GAP = re.compile(r"\b(?:via|through)\b", re.IGNORECASE)
#: a means right before a trigger (via the activation of); read before -ion and -ment nouns
_MEANS_BEFORE = re.compile(r"\b(?:via|through)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?$", re.IGNORECASE)

AGENT_TYPES = ("COMPOUND", "GENE", "PATHWAY")
CELL_TYPES = ("CELL_TYPE", "CELL_LINE")
_REGULATION = ("UPREGULATES", "DOWNREGULATES")
_AGENT_RELATIONS = (*_REGULATION, "TREATS")


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A trigger found in text; ``options`` are its rows' (relation, direction), file order."""

    start: int
    end: int
    relation: str
    direction: str
    lang: str
    options: tuple[tuple[str, str], ...] = ()
    #: the trigger row's word (an English form found is keyed by the row it inflects)
    word: str = ""
    #: a passive closed by a word other than "by" (following, after): the agent right after it
    agent_next: bool = False

    @property
    def choices(self) -> tuple[tuple[str, str], ...]:
        return self.options or ((self.relation, self.direction),)


class TriggerFinder:
    """Compiled trigger words of one rule set (Chinese substrings, English inflected words).

    A word may have several rows (several relations); English rows written explicitly win
    over the inflected forms generated from another row (``increased`` vs ``increase``)."""

    def __init__(self, triggers, agent_after=("by",), treatment=(), inserts=()) -> None:
        from .tag import trie_regex

        self.by = _agent_after_regex(agent_after, treatment)
        nouns = "|".join(re.escape(w) for w in treatment)
        # after a written "X by" row: "suppressed by the treatment of X" (the agent after it)
        self.treated_by = (
            re.compile(rf"\s+(?:the\s+)?(?:{nouns})\s+(?:with|of)\b", re.I) if nouns else None
        )
        # between the words of an English trigger, an adverb (-ly) or an insert (in vitro) may
        # stand (incubated in vitro with, treated orally with); the form looked up leaves it out
        lows = [w.lower() for w in inserts]
        adverb = "|".join([alternation(lows), r"[a-z]+ly"]) if inserts else r"[a-z]+ly"
        between = rf"\s+(?:(?:{adverb})\s+)?"
        self.inserted = re.compile(rf"\s+(?:{adverb})(?=\s)", re.IGNORECASE)

        self.zh_info: dict[str, list[tuple[str, str]]] = {}
        self.en_info: dict[str, list[tuple[str, str]]] = {}
        for t in triggers:
            table = self.zh_info if t.lang == "zh" else self.en_info
            options = table.setdefault(t.word if t.lang == "zh" else t.word.lower(), [])
            if (t.relation, t.direction) not in options:
                options.append((t.relation, t.direction))
        self.en_forms: dict[str, str] = {w: w for w in self.en_info}
        for key in self.en_info:
            if not (key.startswith("-") or key.endswith("-")):
                for form in _inflections(key):
                    self.en_forms.setdefault(form, key)
            elif key.endswith("-") and len(key) > 3:
                self.en_forms.setdefault(key[:-1], key)  # antiobesity: a prefix written on
        self.zh = re.compile(trie_regex(list(self.zh_info))) if self.zh_info else None
        self._last: tuple[int, str, tuple[TriggerHit, ...]] | None = None

        def en_regex(forms: list[str], before: str, after: str) -> re.Pattern | None:
            # matched in the lower-cased text: no IGNORECASE, which costs twice the compile
            # time of this large alternation and more matching time
            if not forms:
                return None
            body = trie_regex(forms).replace("\\ ", between)
            return compile_prefiltered(f"{before}({body}){after}")

        forms = list(self.en_forms)
        self.en = [
            r
            for r in (
                en_regex(
                    [f for f in forms if f[0] != "-" and not self.en_forms[f].endswith("-")],
                    r"(?<![A-Za-z\-])",
                    r"(?![A-Za-z])",
                ),
                en_regex([f for f in forms if f[0] == "-"], "", r"(?![A-Za-z])"),  # X-induced
                # anti-, and anti written onto its word (antiobesity)
                en_regex(
                    [f for f in forms if self.en_forms[f].endswith("-")], r"(?<![A-Za-z\-])", ""
                ),
            )
            if r is not None
        ]

    def find(self, text: str, offset: int = 0) -> list[TriggerHit]:
        """Non-overlapping hits in ``text`` (the longest where two start together); the
        Unicode hyphens read as "-" (RANKL‐induced). The rules ask again for the hits of the
        sentence they last asked about (the locative frames after the trigger rules): the
        last answer is kept."""
        text = unhyphen(text)
        last = self._last
        if last is not None and last[0] == offset and last[1] == text:
            return list(last[2])
        hits = self._find(text, offset)
        self._last = (offset, text, tuple(hits))
        return hits

    def _find(self, text: str, offset: int) -> list[TriggerHit]:
        hits: list[TriggerHit] = []
        if self.zh is not None and HAN.search(text):
            for m in self.zh.finditer(text):
                if m.group():
                    word = m.group()
                    hits.append(
                        _hit(offset + m.start(), offset + m.end(), self.zh_info[word], "zh", word)
                    )
        if self.en and _ASCII_WORD.search(text):
            low = lowered(text)
            for regex in self.en:
                for m in regex.finditer(low):
                    form = " ".join(self.inserted.sub(" ", m.group(1).lower()).split())
                    key = self.en_forms.get(form)
                    if key is None:
                        continue
                    options = self.en_info[key]
                    end = m.end()
                    treated = self.treated_by is not None and form.endswith(" by")
                    tail = self.treated_by.match(text, end) if treated else None
                    end = tail.end() if tail is not None else end
                    by = self.by.match(text, end)
                    if by and _participle(form, by) and not key.startswith("-"):
                        passive = [(r, "backward") for r, d in options if d != "modifier"]
                        if passive and all(r != "NONE" for r, _ in passive):
                            options, end = passive, by.end()
                    hit = _hit(offset + m.start(), offset + end, options, "en", key)
                    if end != m.end() and not _CLOSED_BY.search(text, m.end(), end):
                        hit = replace(hit, agent_next=True)
                    hits.append(hit)
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[TriggerHit] = []
        for h in hits:
            if out and h.start < out[-1].end:
                continue
            out.append(h)
        return out


def _apart(
    text: str,
    h: TriggerHit,
    x: Entity | None,
    found: tuple[list[Entity], list[int]],
    words: WordRegexes | None,
) -> bool:
    """Whether ``h`` is an inducer participle written apart ("ox-LDL induced RAW264.7 cells",
    "lipopolysaccharide (LPS) stimulated macrophages"): a mention right before it and a system
    right after it, so no verb (X induced apoptosis in Y stays a verb), whose fate does not
    follow it (X induced osteoblastic differentiation: a verb), nor a verb of the system's own
    (X stimulated osteoblasts to secrete …, and enhanced …: the participle is the verb)."""
    if (
        x is None
        or words is None
        or not words["participle_modifier"].fullmatch(text, h.start, h.end)
    ):
        return False
    usable, starts = found
    k = bisect_left(starts, h.end)
    if k >= len(usable) or usable[k].type not in SYSTEM_TYPES:
        return False
    y = usable[k]
    if text[h.end : y.start].strip() or words["fate_after_system"].match(text, y.end):
        return False
    return words["verb_after_system"].match(text, y.end) is None  # stimulated … to secrete


def _participle(form: str, after: re.Match[str]) -> bool:
    """Whether a trigger form with an agent_after word after it turns backward: a participle
    (inhibited by X), or any intransitive past before a word other than "by" (rose after X)."""
    return form.endswith("ed") or after.group("word").lower() != "by"


def lowered(text: str) -> str:
    """``text`` lower-cased character by character: the same length and offsets (the few
    characters whose lower case is longer, such as "İ", stay as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def unhyphen(text: str) -> str:
    """``text`` with the hyphens other than "-" (U+2010, U+2011, the en dash U+2013) as "-",
    and the CJK angle brackets CNKI pages set for less and greater than (P〈0.05) as < and >:
    one character each, offsets stay (``str.replace`` scans are much faster than
    ``str.translate``)."""
    text = text.replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-")
    return text.replace("\u3008", "<").replace("\u3009", ">")


def _hit(
    start: int, end: int, options: list[tuple[str, str]], lang: str, word: str = ""
) -> TriggerHit:
    relation, direction = options[0]
    return TriggerHit(start, end, relation, direction, lang, tuple(options), word)


_ASCII_WORD = re.compile(r"[A-Za-z]{2}")


def _inflections(word: str) -> list[str]:
    """The written forms of an English trigger: its first word inflected (s, ed, ing)."""
    first, sep, rest = word.partition(" ")
    forms = {first, first + "s", first + "es", first + "ed", first + "ing"}
    if first.endswith("e"):
        forms |= {first + "d", first[:-1] + "ing"}
    if first.endswith("y") and len(first) > 3:
        forms |= {first[:-1] + "ies", first[:-1] + "ied"}
    if (
        len(first) > 2
        and first[-1] not in "aeiouwxy"
        and first[-2] in "aeiou"
        and first[-3] not in "aeiou"
    ):
        forms |= {first + first[-1] + "ed", first + first[-1] + "ing"}
    return sorted(f + sep + rest for f in forms)


@lru_cache(maxsize=4)
def _finder_for(
    version: str, triggers: tuple, agent_after: tuple, words: tuple[tuple, tuple]
) -> TriggerFinder:
    treatment, inserts = words
    return TriggerFinder(triggers, agent_after, treatment, inserts)


def trigger_finder(rules) -> TriggerFinder:
    """The compiled triggers of ``rules``, built once per rules version."""
    words = getattr(rules, "words_of", lambda role: ())
    return _finder_for(
        getattr(rules, "version", ""),
        tuple(rules.triggers),
        tuple(words("agent_after_word")) or ("by",),
        (tuple(words("treatment_noun")), tuple(words("trigger_insert_en"))),
    )


# ----------------------------------------------------------------------------- helpers


_OPEN_PAREN = re.compile(r"[ \t\u3000]*[（(]")
_PAREN_BODY = re.compile(r"[^（）()\n]{0,90}[）)]")


def _aliases(text: str, mentions: list[Entity]) -> set[str]:
    """Ids of abbreviations and other names written in parentheses right after their long
    form: ``X（ABBR）``, ``X（English name，ABBR）``, ``X (ABBR, 10 mg/kg)``."""
    out = set()
    for i, a in enumerate(mentions):
        op = _OPEN_PAREN.match(text, a.end)
        if op is None:
            continue
        body = _PAREN_BODY.match(text, op.end())
        if body is None:
            continue
        for j in range(i + 1, len(mentions)):  # no slice: a copy per mention is quadratic
            b = mentions[j]
            if b.start >= body.end():
                break
            if b.type == a.type and b.end < body.end():
                out.add(b.id)
    return out


def _negated(text: str, sent_start: int, hit: TriggerHit, frames: Frames | None) -> bool:
    """Whether a negation word stands right before the trigger (未, not, failed to, no
    significant…: the ``negation_*`` tag words)."""
    return _negation_before(text, sent_start, hit.start, frames, hit.lang)


def _negation_before(
    text: str, floor: int, pos: int, frames: Frames | None, lang: str = ""
) -> bool:
    """Whether a negation of ``lang`` (by the character at ``pos`` when not given) ends right
    before ``pos``, looking back no further than ``floor``."""
    if frames is None:
        return False
    if (lang or ("zh" if is_han(text[pos]) else "en")) == "zh":
        regex, reach = frames.negation_zh, 12
    else:
        regex, reach = frames.negation_en, 40
    return regex is not None and bool(regex.search(text[max(floor, pos - reach) : pos]))


#: an English trigger's bare object: the cells themselves (X inhibited osteoclasts.), when
#: the clause or a list item ends right after them (not "osteoclasts to differentiate")
_BARE_OBJECT = re.compile(r"\s+(?:the\s+)?")
_OBJECT_END = re.compile(r"(?:\s+cells?)?\s*(?:[,;.]|\band\b|\bor\b|$)")


def _cell_ok(
    text: str,
    target: Entity,
    hit: TriggerHit,
    clause: tuple[int, list[Entity]],
    frames: Frames | None,
) -> bool:
    """Whether a cell target has its fate written with it (促进成骨细胞增殖, the proliferation of
    osteoblasts: the ``cell_fate_after`` / ``cell_fate_before`` stems)."""
    if frames is None or frames.fate_after is None or frames.fate_before is None:
        return False
    if frames.count_trigger is not None and frames.count_trigger.fullmatch(
        text, hit.start, hit.end
    ):
        return True  # fewer osteoclasts: a count of the cells
    clause_end, mentions = clause
    first, last = _listed_cells(text, target, mentions)  # A 和 B 细胞的增殖: the list's fate
    if hit.lang == "en" and _BARE_OBJECT.fullmatch(text, hit.end, first.start):
        if _OBJECT_END.match(text, target.end) and not _fate_after_list(text, last, frames):
            return True  # X inhibited preosteoclasts and …: the cells themselves
    stop = min(clause_end, last.end + 24)  # room for "MC3T3-E1 cell differentiat…"
    nxt = next((m for m in mentions if m.start >= last.end), None)
    if nxt is not None and nxt.start < stop:
        gap = text[last.end : nxt.start]
        stop = nxt.start if not _INTO_BEFORE.search(gap) else min(clause_end, nxt.end + 10)
    if frames.fate_after.search(text[last.end : stop]):
        return True
    if _CLAUSE_VERB_AFTER.match(text, target.end) and _CONJ_BEFORE.search(
        text, max(0, target.start - 6), target.start
    ):
        return False  # … of BMSCs and osteoclasts were suppressed: a new clause's subject
    starts = [m.start for m in mentions]
    pos = hit.end
    while (before := frames.fate_before.search(text, pos, first.start)) is not None:
        owner = _mention_before(mentions, starts, before.start())
        if owner is None or owner.type in CELL_TYPES or text[owner.end : before.start()].strip():
            return True
        pos = before.start() + 1  # ALP activity in Y cells: a gene's, Y only where it was measured
    return False


def _listed_cells(text: str, cell: Entity, mentions: list[Entity]) -> tuple[Entity, Entity]:
    """The first and last cell of the list ``cell`` stands in (the growth of HepG2, Huh7 and
    SMMC-7721 cells; MDA-MB-231 和 MCF-7 细胞的增殖); ``cell`` twice outside a list."""
    run = _cell_run(text, cell, mentions)
    return run[0], run[-1]


def _cell_run(
    text: str, cell: Entity, mentions: list[Entity], starts: list[int] | None = None
) -> list[Entity]:
    """The cells of the list ``cell`` stands in, in order (``mentions`` sorted by start; found
    by bisection with their ``starts``, else by identity: no field-by-field comparison)."""
    i = _position(cell, mentions, starts)
    if i < 0:
        return [cell]
    lo = hi = i
    while lo > 0 and _in_cell_list(text, mentions[lo - 1], mentions[lo]):
        lo -= 1
    while hi + 1 < len(mentions) and _in_cell_list(text, mentions[hi], mentions[hi + 1]):
        hi += 1
    return mentions[lo : hi + 1]


def _position(m: Entity, mentions: list[Entity], starts: list[int] | None) -> int:
    """Where ``m`` itself stands in ``mentions``, -1 if it is not there."""
    if starts is None:
        return next((k for k, x in enumerate(mentions) if x is m), -1)
    k = bisect_left(starts, m.start)
    while k < len(mentions) and starts[k] == m.start:
        if mentions[k] is m:
            return k
        k += 1
    return -1


def _in_cell_list(text: str, a: Entity, b: Entity) -> bool:
    """Whether ``b`` is listed after ``a`` as another cell, not the subject of a new clause
    (… BMSCs and osteoclasts were suppressed)."""
    return (
        a.type in CELL_TYPES
        and b.type in CELL_TYPES
        and bool(_AGENT_CONJ.fullmatch(text, a.end, b.start))
        and not _CLAUSE_VERB_AFTER.match(text, b.end)
    )


#: before a cell: a conjunction joining it to what comes before
_CONJ_BEFORE = re.compile(r"(?:,|\band|\bor|和|及|、)\s*$")
#: after a cell: an auxiliary opening a clause of which the cell is the subject
_CLAUSE_VERB_AFTER = re.compile(r"(?:\s+cells?)?\s+(?:was|were|is|are|has|have|had)\b", re.I)


def _fate_after_list(text: str, last: Entity, frames: Frames) -> bool:
    """Whether a death or another fate is written right after the last cell of a list (X
    attenuated osteoblast and chondrocyte apoptosis): the object is the fate, not the cells."""
    after = text[last.end : last.end + 24]
    return bool(frames.fate_after.match(after) or frames.re["harm"].match(after.lstrip(" 的")))


def _same(a: Entity, b: Entity) -> bool:
    if a.norm and b.norm:
        return a.norm == b.norm
    return a.type == b.type and a.text.lower() == b.text.lower()


def _span(mentions: list[Entity], starts: list[int], lo: int, hi: int) -> list[Entity]:
    """The mentions starting in ``[lo, hi)`` (``starts`` sorted, parallel to ``mentions``)."""
    return mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _mention_before(mentions: list[Entity], starts: list[int], pos: int) -> Entity | None:
    """The last mention that ends at or before ``pos``."""
    i = bisect_left(starts, pos) - 1
    while i >= 0 and mentions[i].end > pos:
        i -= 1
    return mentions[i] if i >= 0 else None


# ----------------------------------------------------------------------------- relate


class _Builder:
    def __init__(self) -> None:
        self.seen: set[tuple[str, str, str]] = set()
        self.relations: list[Relation] = []
        #: the rule at work, recorded on each relation it adds (the coverage report's key)
        self.rule = ""
        #: identifiers (or lower-case names) of the paper's tested compound: its title's first
        self.tested: frozenset[str] = frozenset()
        #: keys of the paper's model stimuli: never an agent (relate_stimuli)
        self.stimuli: frozenset[str] = frozenset()
        #: the agents conjoined to an agent id in the current sentence
        self.co_agents: dict[str, list[Entity]] = {}
        #: the changes of the current sentence written with the stimulus as agent
        self.stimulus_changes: list[tuple[str, Entity]] = []
        self.frames: Frames | None = None
        #: the current sentence's study aims (start, end): no TREATS stated there
        self.aims: list[tuple[int, int]] = []
        #: the paper's title: its first sentence, of several, with no sentence mark at its end
        self.title: Sentence | None = None
        #: a disease measured by its extent (心肌梗死面积, infarct size), by id: lowering it
        #: treats the disease; the rules see it as a target the regulation triggers reach
        self.extents: dict[str, Entity] = {}
        #: ids of the compounds given as a vehicle (等体积蒸馏水): an Arg1 of its own strength
        #: only (0.5% CMC-Na), of no other relation
        self.vehicles: frozenset[str] = frozenset()
        #: the sentence being read (start, end): both arguments stand in it (the guidelines)
        self.sentence: tuple[int, int] | None = None
        #: ids of the current clause's inducers (LPS in LPS-induced): part of a model's name
        self.inducers: frozenset[str] = frozenset()
        #: ids of the current sentence's aliases and assay reagents (rapamycin in 雷帕霉素
        #: （rapamycin）, MTT): given to no system by the later passes either
        self.unlinked: frozenset[str] = frozenset()
        #: keys of the compounds the paper writes as a stimulus (an arm "A + B")
        self.stimulus_like: frozenset[str] = frozenset()

    def add(self, rtype: str, a: Entity, b: Entity, source: str) -> bool:
        """Add a relation; False when its argument types do not fit ``RELATION_TYPES``."""
        if a.id in self.extents or not self._in_sentence(a, b):
            return False
        if b.id in self.extents:
            if rtype != "DOWNREGULATES":
                return False  # raising an infarct size treats nothing
            rtype, b = "TREATS", self.extents[b.id]  # 减少心肌梗死面积: treats the infarction
        arg1_types, arg2_types = RELATION_TYPES[rtype]
        if a.id == b.id or a.type not in arg1_types or b.type not in arg2_types:
            return False
        if a.id in self.vehicles and rtype != "HAS_CONCENTRATION":
            return False  # 模型组给予等体积蒸馏水: the control arms' vehicle is tested in nothing
        if rtype in _AGENT_RELATIONS and _key(a) in self.stimuli:
            if rtype in _REGULATION:  # kept for "X reversed these changes" in the sentence
                self.stimulus_changes.append((rtype, b))
            return False  # a model stimulus regulates and treats nothing (guidelines v1.3)
        if rtype == "TREATS" and any(s <= b.start < e for s, e in self.aims):
            return False  # 探讨 X 对 Y 的防治作用, to evaluate the effect of X against Y: an aim
        key = (rtype, a.id, b.id)
        if key not in self.seen:
            self.seen.add(key)
            rule = self.rule if source == "trigger" and self.rule else source
            self.relations.append(Relation("", rtype, a.id, b.id, source, rule))
        return True

    def _in_sentence(self, a: Entity, b: Entity) -> bool:
        """Whether both arguments stand in the sentence being read (a subject carried from
        the sentence before names no argument of this one)."""
        if self.sentence is None:
            return True
        start, end = self.sentence
        return start <= a.start < end and start <= b.start < end


_TITLE_START = re.compile("")
_ADJACENT_GAP = re.compile(r"^\s*(?:[（(][^）)]{0,20}[）)])?\s*[（(]?\s*$")


@dataclass(slots=True)
class _HitContext:
    """One governing trigger with the mentions it may link (inside its window)."""

    text: str
    hit: TriggerHit
    word: str
    near: list[Entity]  # the clause's mentions within WINDOW of the trigger
    earlier: list[Entity]  # the sentence's mentions within WINDOW before the trigger
    before: list[Entity]  # between the previous governing trigger and this one
    after: list[Entity]  # between this trigger and the next governing one
    region_end: int
    prev_end: int
    no_agent: set[str]  # inducers, blockers' targets and reference groups
    follows_trigger: bool = False  # a relation trigger of the clause stands before this one
    first_start: int = 0  # where the clause's first governing trigger starts
    no_target: frozenset[str] = frozenset()  # group labels: no regulation target
    frames: Frames | None = None
    silenced: set[str] | frozenset[str] = frozenset()  # genes knocked down: their clause's
    # effect is the loss's, so no agent is carried into it from an earlier clause


def _modifiers(
    text: str,
    clause_hits: list[TriggerHit],
    found: tuple[list[Entity], list[int]],
    words: WordRegexes | None = None,
) -> dict[int, Entity | None]:
    """Inducer-modifier hits of a clause (index -> the inducer written right before, if any):
    ``modifier`` rows (X-induced, X 诱导的), a participle written apart between a mention and a
    system (``_apart``: LPS induced RAW264.7 cells), and a Chinese giving word (诱导, 处理)
    written right after a mention that an earlier trigger of the clause governs (抑制激素诱导 Y
    的分化)."""
    usable, starts = found
    out: dict[int, Entity | None] = {}
    governed_from: int | None = None
    for i, h in enumerate(clause_hits):
        x = _mention_before(usable, starts, h.start)
        gap = words["modifier_gap"] if words is not None else _MODIFIER_GAP
        if x is not None and not gap.match(text[x.end : h.start]):
            x = None
        directions = {d for _, d in h.choices}
        if "modifier" in directions or _apart(text, h, x, found, words):
            out[i] = x
            continue
        if (
            x is not None
            and h.lang == "zh"
            and governed_from is not None
            and x.start >= governed_from
            and any(r == "TESTED_IN" and d != "backward" for r, d in h.choices)
        ):
            out[i] = x
            continue
        if h.relation not in ("NONE", "TESTED_IN") and "backward" not in directions:
            governed_from = h.end  # 给予 X 干预: two giving words, X is no inducer
        else:
            governed_from = None
    return out


def _baselines(text: str, mentions: list[Entity], frames: Frames | None) -> set[str]:
    """Ids of a comparison's baseline compound where it is combined with another one after it
    (与单用 X 比较，X 配伍 Y 后 …; compared with X alone, X plus Y …): Y acts, X is no agent."""
    if frames is None:
        return set()
    words = frames.re
    names = {
        m.text.casefold()
        for m in mentions
        if m.type == "COMPOUND"
        and words["baseline_before"].search(text, max(0, m.start - 24), m.start)
        and words["baseline_after"].match(text, m.end)
    }
    return {
        a.id
        for a, b in zip(mentions, mentions[1:], strict=False)
        if names
        and a.text.casefold() in names
        and b.type == "COMPOUND"
        and words["baseline_gap"].fullmatch(text, a.end, b.start)
    }


def _inside_mention(hit, mentions: list[Entity], starts: list[int]) -> bool:  # noqa: ANN001
    """Whether the trigger hit lies inside a mention (flat mentions, ``starts`` sorted)."""
    i = bisect_right(starts, hit.start) - 1
    return i >= 0 and mentions[i].end >= hit.end


def _trigger_clauses(
    sent: Sentence, usable: list[Entity], hits: list[TriggerHit], frames: Frames | None
) -> list[tuple[int, int]]:
    """The clause spans the trigger rules read (:func:`grammar.clause_spans` with the lists,
    verbs, measure heads and named blockers of the sentence)."""
    verbs = [h.start for h in hits if h.direction != "modifier"]  # X-induced is no verb
    if frames is None:
        return clause_spans(sent, usable, verbs=verbs)
    head, blocker = frames.re["item_head"], frames.re["blocker_before_comma"]
    return clause_spans(sent, usable, verbs=verbs, head=head, blocker=blocker)


def relate_sentence(
    text: str,
    sent: Sentence,
    mentions: list[Entity],
    finder: TriggerFinder,
    out: _Builder,
    frames: Frames | None = None,
) -> None:
    """Add the relations of one sentence to ``out`` (:func:`relate` resets its state)."""
    if not mentions:
        return
    out.aims = frames.aims(text, sent, sent is out.title) if frames else []
    aliases = _aliases(text, mentions)
    usable = [_extent_view(m, out.extents) for m in mentions if m.id not in aliases]
    starts = [m.start for m in usable]
    labels, references, hits = _labels_and_hits(text, sent, (mentions, usable), finder, frames)
    reagents = frames.reagents(text, usable) if frames else set()
    out.unlinked = frozenset(aliases | reagents)
    if not hits:  # no trigger: the clause rules find nothing to link, the sentence rules run
        return _sentence_rules(text, sent, (usable, hits, reagents), frames, out)
    hit_starts = [h.start for h in hits]
    silenced = frames.silenced(text, usable)
    blocked = _blocker_targets(text, hits, usable, starts, frames) | silenced
    no_target = frozenset(labels) | (frames.conditions(text, usable) if frames else frozenset())
    refs = sorted((m.start, m.id) for m in usable if m.id in references or m.id in reagents)
    subject = None
    for cs, ce in _trigger_clauses(sent, usable, hits, frames):
        clause_hits = hits[bisect_left(hit_starts, cs) : bisect_left(hit_starts, ce)]
        out.rule = "modifier"  # X-induced, X 诱导的: TESTED_IN to the system after it
        governing, inducers = _clause_modifiers(
            text, sent.start, (cs, ce), clause_hits, usable, starts, out
        )
        out.rule = ""
        out.inducers = frozenset(inducers)
        near_refs = refs[bisect_left(refs, (cs - WINDOW,)) : bisect_left(refs, (ce + WINDOW,))]
        no_agent = blocked | inducers | {i for _, i in near_refs}
        dosed, cs = _dose_frame(text, (cs, ce), usable, starts, frames)
        subject = dosed or subject  # 随着 X 浓度的增加，…: X the agent of what follows
        if cs < 0:
            continue  # the frame is the clause: its 增加 is no regulation
        governing = [h for h in governing if h.start >= cs]
        treated = _treated_subject(text, (cs, ce), usable, starts, out)
        subject = treated or subject  # X-treated mice showed …: X the agent, never a target
        clause_no_target = no_target | {treated.id} if treated else no_target
        if subject is None:
            subject = _clause_subject(text, (cs, ce), governing, usable, starts, no_agent, frames)
            if subject is not None:  # A 及 B、C 能减轻 …，降低 …: the subject's conjuncts
                out.co_agents.setdefault(
                    subject.id, _subject_conjuncts(text, subject, usable, frames)
                )
        for k, hit in enumerate(governing):
            if _not_asserted(text, (sent.start, ce), hit, frames):
                continue
            ctx = _hit_context(text, governing, k, (cs, ce), usable, starts, inducers, no_agent)
            ctx.no_target, ctx.frames, ctx.silenced = clause_no_target, frames, silenced
            out.rule = f"trigger {hit.lang}:{hit.word}"
            subject = _link_hit(ctx, subject, out)
    _sentence_rules(text, sent, (usable, hits, reagents), frames, out)


def _labels_and_hits(
    text: str,
    sent: Sentence,
    found: tuple[list[Entity], list[Entity]],
    finder: TriggerFinder,
    frames: Frames | None,
) -> tuple[set[str], set[str], list[TriggerHit]]:
    """The group labels and reference labels of a sentence, and its trigger hits outside the
    labels (葛根|治疗|组: no TREATS there)."""
    mentions, usable = found
    labels, references, inside = frames.labels(text, usable) if frames else (set(), set(), [])
    hits = _sentence_hits(text, sent, mentions, finder, frames)
    inside.sort()
    kept = [h for h in hits if not _within(inside, h.start, h.end)]
    return labels, references, [h for h in kept if not _noun_use(text, h, frames)]


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of the sorted ``spans`` (a bisection)."""
    k = bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


def _sentence_hits(
    text: str, sent: Sentence, mentions: list[Entity], finder: TriggerFinder, frames: Frames
) -> list[TriggerHit]:
    """The trigger hits of a sentence that can govern: none inside a mention, no nominal
    object, noun modifier or attribute (increasing concentrations of X)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    ordered_starts = [m.start for m in ordered]
    found = finder.find(sent.text, sent.start)
    hits = _drop_nominal_objects(text, found, frames, ordered_starts)
    undone = [(a, b) for a, b, _, _ in passive_reversals(text, sent, ordered, frames.re)]
    undone += [m.span() for m in frames.re["class_noun"].finditer(text, sent.start, sent.end)]
    undone.sort()  # 抗炎因子, 抗氧化酶: a kind of protein, no trigger inside
    hits = [h for h in hits if not _within(undone, h.start, h.end)]  # sorted, apart
    hits = [h for h in hits if not _inside_mention(h, ordered, ordered_starts)]
    hits = [h for h in hits if not _bare_prefix(text, h, ordered_starts)]
    hits = _drop_noun_modifiers(text, hits, (ordered, ordered_starts), frames)
    hits = [h for h in hits if not _no_disease_after(text, h, ordered, ordered_starts, frames)]
    hits = [h for h in hits if not frames.re["healthy_after"].match(text, h.end)]
    hits = [h for h in hits if not _unbound(text, h, ordered, ordered_starts, frames)]
    return _drop_attributes(text, hits, (ordered, ordered_starts), frames.re["dose_after"])


def _unbound(
    text: str, hit: TriggerHit, ordered: list[Entity], starts: list[int], frames: Frames
) -> bool:
    """Whether ``hit`` is a ``bound_modifier_zh`` word (致) without a name ending right before
    it and another name or a harm word starting right after it (一致, 导致: no inducer;
    D-半乳糖致衰老大鼠: one)."""
    if not frames.re["bound_modifier_zh"].fullmatch(text, hit.start, hit.end):
        return False
    i = bisect_left(starts, hit.end)
    after = i < len(ordered) and not text[hit.end : ordered[i].start].strip()
    after = after or frames.re["harm"].match(text, hit.end) is not None
    before = any(
        m.end <= hit.start and not text[m.end : hit.start].strip()
        for m in ordered[max(0, i - 2) : i]
    )
    return not (after and before)


def _no_disease_after(
    text: str, hit: TriggerHit, ordered: list[Entity], starts: list[int], frames: Frames
) -> bool:
    """Whether ``hit`` is a ``disease_object_trigger`` word (improved) whose first mention
    after it is no disease: then it is no trigger (improved the liver function (lower IL-6))."""
    if not frames.re["disease_object_trigger"].fullmatch(text, hit.start, hit.end):
        return False
    if _DETERMINER_BEFORE.search(text, max(0, hit.start - 5), hit.start):
        return True  # an improved model: an adjective
    i = bisect_left(starts, hit.end)
    while (
        i < len(ordered) and ordered[i].type != "DISEASE" and _INDUCED.match(text, ordered[i].end)
    ):
        i += 1  # improved LPS-induced lung injury: past the disease's inducer
    if i == len(ordered) or ordered[i].type != "DISEASE":
        return True
    # (improved survival from X: another object)
    return not _VERB_OBJECT_GAP.fullmatch(text, hit.end, ordered[i].start)


#: right before an adjective, and between an English verb and its disease object: the only
#: words (both, the symptoms of, an inducer: improved ovariectomy-induced osteoporosis)
_DETERMINER_BEFORE = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
_VERB_OBJECT_GAP = re.compile(
    r"\s+(?:(?:the|both)\s+)?"
    r"(?:(?:symptoms|severity|progression|pathological\s+changes?)\s+of\s+(?:the\s+)?)?"
    r"(?:\S+-induced\s+)?",
    re.IGNORECASE,
)
_INDUCED = re.compile(r"-(?:induced|stimulated)\b", re.IGNORECASE)


def _bare_prefix(text: str, hit: TriggerHit, mention_starts: list[int]) -> bool:
    """Whether a prefix trigger (anti-) is written onto no mention: anti-apoptotic protein
    (Bcl-2) governs nothing; anti-osteoporotic and antiobesity do, antioxidant does not."""
    if hit.lang != "en" or not hit.word.endswith("-") or hit.end - hit.start < 3:
        return False  # (the row's word: anti-, whether the text writes its hyphen or not)
    k = bisect_left(mention_starts, hit.end)
    return k == len(mention_starts) or mention_starts[k] != hit.end


#: after a gap statement, the end of its clause: a citation, "yet", "so far", "to date"
_GAP_END = re.compile(r"\s*(?:yet|so\s+far|to\s+date)?\s*(?:\[[\d,\-–]+\])?\s*[.。;；]?\s*", re.I)


def _not_asserted(text: str, span: tuple[int, int], hit: TriggerHit, frames: Frames | None) -> bool:
    """Whether a governing hit states nothing: a neutral word, a denial, a yes/no question or
    a gap statement (… has not been determined). ``span``: (sentence start, clause end)."""
    sent_start, clause_end = span
    if any(r == "NONE" for r, _ in hit.choices) or _negated(text, sent_start, hit, frames):
        return True
    if frames is None:
        return False
    if frames.questioned(text, sent_start, hit) or _aimed(text, sent_start, hit, frames):
        return True
    return hit.relation != "TESTED_IN" and _gap_after(text, hit, clause_end, frames)


#: an English sentence's end (not RAW264.7's dot)
_SENTENCE_END = re.compile(r"\.(?=\s|$)")


def _aimed(text: str, sent_start: int, hit: TriggerHit, frames: Frames) -> bool:
    """Whether an English trigger states what an aim examined: an aim noun, X and "to" or "in"
    before it, and an aim verb before them (to assess the mechanism of X in promoting Y) or a
    passive aim verb after it (the ability of X to increase Y was investigated)."""
    lo = max(sent_start, hit.start - 90)
    aim = frames.re["aim_infinitive"].search(text, lo, hit.start) if hit.lang == "en" else None
    if aim is None:
        return False
    if frames.re["en_aim_infinitive"].search(text, max(sent_start, aim.start() - 30), aim.end()):
        return True  # to assess the mechanism of X in promoting …
    rest = _SENTENCE_END.split(text[hit.end : hit.end + 200], maxsplit=1)[0]
    aux = _PASSIVE_AUX.search(rest)  # the first finite verb after it is the aim's
    return aux is not None and frames.re["en_aim_passive"].match(rest, aux.start()) is not None


def _gap_after(text: str, hit: TriggerHit, clause_end: int, frames: Frames) -> bool:
    """Whether the trigger's clause goes on to say its effect is not known (… has not been
    determined, …尚不清楚); not when the gap is the mechanism's (its mechanism remains
    unclear: the effect is presupposed) or stands in a parenthesis."""
    gap = frames.re["gap_statement"].search(text, hit.end, min(clause_end, hit.end + WINDOW))
    if gap is None or not _GAP_END.fullmatch(text, gap.end(), clause_end):
        return False  # remains unclear in vivo: the gap is about something else
    between = text[hit.end : gap.start()]
    if between.count("(") + between.count("（") > between.count(")") + between.count("）"):
        return False  # (although the exact mechanism remains unclear)
    return not frames.re["mechanism_before_gap"].search(
        text, max(hit.end, gap.start() - 40), gap.start()
    )


def _sentence_rules(
    text: str,
    sent: Sentence,
    found: tuple[list[Entity], list[TriggerHit], set[str]],
    frames: Frames | None,
    out: _Builder,
) -> None:
    """The rules over a whole sentence after its triggers: undone changes, healing, disease
    models, quantities, arm durations and study aims."""
    usable, hits, reagents = found
    out.rule = "undone change"
    _prevented_losses(text, sent, usable, out)
    out.rule = "healing"
    _healing(text, usable, hits, frames, out)
    out.rule = "disease model"
    _disease_model(text, usable, hits, frames, out)
    out.rule = "treatment noun"
    _treatment_noun(text, usable, frames, out)
    out.rule = "observed change"
    for rtype, agent, target in observed_changes(text, sent, usable, frames.re):
        if _key(agent) in out.tested:  # after treatment with H2O2: a model, no agent
            out.add(rtype, agent, target, "trigger")
    out.rule = "reversed changes"
    for rtype, agent, target in reversed_changes(
        text, sent, usable, out.stimulus_changes, frames.re
    ):
        out.add(rtype, agent, target, "trigger")
    out.rule = ""
    held = _reagent_quantities(text, usable, reagents)
    given = [m for m in usable if m.id not in reagents and m.id not in held]
    quantity_links(text, given, out.add, WINDOW, frames.re, out.vehicles)
    relate_aims.arm_durations(
        text, sent, given, lambda x, q, source: out.add("HAS_DURATION", x, q, source), frames.re
    )
    _aim_links(text, sent, usable, out, reagents)


def _treated_subject(
    text: str, span: tuple[int, int], usable: list[Entity], starts: list[int], out: _Builder
) -> Entity | None:
    """The paper's tested compound opening a clause as "X-treated <system>" (Kaempferol-treated
    mice showed fewer osteoclasts): the agent of the clause's results, or None."""
    first = _span(usable, starts, span[0], span[1])[:2]
    if len(first) < 2 or first[0].type != "COMPOUND" or _key(first[0]) not in out.tested:
        return None
    x, system = first
    lead = text[span[0] : x.start]
    if lead.strip(" ,，\t") and lead.strip().casefold() not in ("the", "in the"):
        return None
    treated = _TREATED.match(text, x.end)
    if treated is None or system.type not in SYSTEM_TYPES or system.start - treated.end() > 2:
        return None
    return x


_FRAME_END = re.compile(r"\s*[,，]?\s*")


def _dose_frame(
    text: str, span: tuple[int, int], usable: list[Entity], starts: list[int], frames
) -> tuple[Entity | None, int]:  # noqa: ANN001 - Frames
    """The compound of a dose-response frame opening a clause (随着 X 浓度的增加, with
    increasing concentrations of X), the agent of what follows, and where the rest of the
    clause starts (-1: the frame is the whole clause); (None, start) without a frame."""
    first = _span(usable, starts, span[0], span[1])[:1]
    if not first or first[0].type != "COMPOUND" or frames is None:
        return None, span[0]
    x = first[0]
    if not frames.re["dose_frame_before"].match(text[span[0] : x.start]):
        return None, span[0]
    zh = is_han(text[span[0] : x.start].strip()[:1] or "a")
    if zh and not frames.re["dose_frame_after_zh"].match(text, x.end):
        return None, span[0]
    if not _span(usable, starts, x.end, span[1]):
        return x, -1
    return x, _FRAME_END.match(text, x.end).end()  # the clause after the frame's comma


def _clause_subject(
    text: str,
    span: tuple[int, int],
    governing: list[TriggerHit],
    usable: list[Entity],
    starts: list[int],
    no_agent: set[str],
    frames: Frames | None,
) -> Entity | None:
    """The subject of a clause: its first agent-type mention before its first trigger, after
    any reporting word (showed that X …), not a theme of that trigger (NO、PGE2 含量升高)."""
    cs, ce = span
    hit = next((h for h in governing if h.relation != "NONE"), None)
    first_hit = hit.start if hit else ce
    lo = frames.after_report(text, cs, first_hit) if frames else cs
    lead = _span(usable, starts, lo, first_hit)
    themes = frames.themes(text, lead, first_hit) if frames else set()
    if hit is not None and frames is not None and _ends_clause(text, hit, ce, frames):
        themes |= frames.themes(text, lead, first_hit, measured=False)  # 模型组 MDA 升高，
    found = next(
        (
            m
            for m in lead
            if m.type in AGENT_TYPES
            and m.id not in no_agent | themes
            and not (m.type == "COMPOUND" and _measured(frames, text, m))
        ),
        None,
    )
    return found or _given_subject(text, span, usable, starts, frames)


def _given_subject(
    text: str, span: tuple[int, int], usable: list[Entity], starts: list[int], frames
) -> Entity | None:  # noqa: ANN001 - Frames
    """The compound given in a Chinese clause ending on 后 (给予 X 灌胃 4 周后), the subject of
    the clauses after it; None otherwise."""
    frame = frames.re["giving_frame_zh"].match(text[span[0] : span[1]]) if frames else None
    if frame is None:
        return None
    given = _span(usable, starts, span[0] + frame.start("rest"), span[1])
    return next((m for m in given if m.type == "COMPOUND"), None)


def _ends_clause(text: str, hit: TriggerHit, clause_end: int, frames: Frames) -> bool:
    """Whether a Chinese regulation trigger has nothing after it in its clause but its size, P
    value or reference group (MDA 显著升高(P<0.05)，): what stands before it is its theme."""
    if hit.lang != "zh" or hit.relation not in _REGULATION:
        return False  # X 作用后，…: a giving word, X its agent
    return bool(frames.re["after_theme_trigger"].match(text[hit.end : clause_end]))


def _clause_modifiers(
    text: str,
    sent_start: int,
    span: tuple[int, int],
    clause_hits: list[TriggerHit],
    usable: list[Entity],
    starts: list[int],
    out: _Builder,
) -> tuple[list[TriggerHit], set[str]]:
    """The governing hits of a clause and the ids of its inducers (agents of inducer modifiers
    and relative clauses, no arguments of the governing hits). Adds the relative clauses'
    relations and each compound inducer's TESTED_IN."""
    cs, ce = span
    cm = _span(usable, starts, cs, ce)
    cm_starts = [m.start for m in cm]
    words = out.frames.re if out.frames else None
    modifiers = _modifiers(text, clause_hits, (usable, starts), words)
    relatives = _relatives(text, clause_hits, cm, cm_starts, ce, out)
    modifiers.update(dict.fromkeys(relatives))
    runs = {i: _co_inducers(text, x, cm) for i, x in modifiers.items() if x is not None}
    inducers = {x.id for run in runs.values() for x in run} | set(relatives.values())
    consumed: list[tuple[int, int]] = []  # the change nouns of an induced change (FMN-induced …)
    for i, run in runs.items():
        if _negated(text, sent_start, clause_hits[i], out.frames):
            continue
        sentence = (usable, starts, sent_start)
        for x in run:
            end = _inducer_exposure(text, x, clause_hits[i], (cm, cm_starts, sentence), ce, out)
            if end is not None and x is run[-1]:
                consumed.append((clause_hits[i].end, end))
    return [
        h
        for i, h in enumerate(clause_hits)
        if i not in modifiers and not any(a <= h.start < b for a, b in consumed)
    ], inducers


def _co_inducers(text: str, inducer: Entity, clause: list[Entity]) -> list[Entity]:
    """The inducer and the compounds or proteins conjoined before it (四氯化碳、D-半乳糖胺所致的
    肝损伤: both are stimuli), the inducer last."""
    before = [m for m in clause if m.end <= inducer.start]
    run = _trailing_run(text, [*before, inducer], _AGENT_CONJ)
    return [m for m in run[:-1] if m.type in ("COMPOUND", "GENE")] + [inducer]


def _hit_context(
    text: str,
    governing: list[TriggerHit],
    k: int,
    span: tuple[int, int],
    usable: list[Entity],
    starts: list[int],
    inducers: set[str],
    no_agent: set[str],
) -> _HitContext:
    """The mentions the ``k``-th governing hit of a clause may link."""
    cs, ce = span
    hit = governing[k]
    region_end = governing[k + 1].start if k + 1 < len(governing) else ce
    prev_end = governing[k - 1].end if k > 0 else cs
    near = _span(usable, starts, max(cs, hit.start - WINDOW), min(ce, hit.end + WINDOW))
    return _HitContext(
        text=text,
        hit=hit,
        word=text[hit.start : hit.end],
        near=near,
        earlier=_span(usable, starts, hit.start - WINDOW, hit.start),
        before=[
            m for m in near if prev_end <= m.start and m.end <= hit.start and m.id not in inducers
        ],
        after=[m for m in near if hit.end <= m.start < region_end and m.id not in inducers],
        region_end=min(region_end, hit.end + WINDOW),
        prev_end=prev_end,
        no_agent=no_agent,
        follows_trigger=k > 0 and _governs_after(text, governing[k - 1], governing[k].start),
        first_start=governing[0].start,
    )


def _link_hit(ctx: _HitContext, subject: Entity | None, out: _Builder) -> Entity | None:
    """Link one governing hit under its rows in file order, up to the first that finds a
    relation; returns the subject to keep for the later clauses."""
    for rtype, direction in ctx.hit.choices:
        found, agent = _apply(ctx, rtype, direction, subject, out)
        if agent is not None:
            subject = agent
        if found:
            break
    return subject


def _prevented_losses(text: str, sent: Sentence, mentions: list[Entity], out: _Builder) -> None:
    """Change nouns undone by a passive (the loss of A was prevented by X; the decrease of A and
    the increase of B were reversed by X): the agent regulates each name the other way."""
    for _, end, agent, changes in passive_reversals(text, sent, mentions, out.frames.re):
        if agent is not None and agent.start < end and _key(agent) not in out.tested:
            continue  # no agent written: only the paper's tested compound before (not LPS)
        for rtype, target in changes if agent is not None else ():
            if target is not agent:
                out.add(rtype, agent, target, "trigger")


def _healing(
    text: str, mentions: list[Entity], hits: list[TriggerHit], frames: Frames | None, out: _Builder
) -> None:
    """Promoting the healing of an injury treats it (X promotes femoral fracture healing;
    X 促进大鼠股骨骨折愈合): TREATS from the compound before the promoting trigger to the
    disease that a ``healing_word`` follows, in the same clause."""
    if frames is None or frames.healing is None:
        return
    ups = [h for h in hits if h.relation in ("UPREGULATES", "TREATS")]
    up_ends = [h.end for h in ups]  # hits and mentions do not overlap: ends in order
    compounds = [m for m in mentions if m.type == "COMPOUND"]
    compound_ends = [m.end for m in compounds]
    for d in mentions:
        if d.type != "DISEASE" or not frames.healing.match(text, d.end):
            continue
        i = bisect_right(up_ends, d.start) - 1
        if i < 0 or d.start - ups[i].end > 60 or _CLAUSE_STOP.search(text, ups[i].end, d.start):
            continue
        agent = _compound_before(text, (compounds, compound_ends), ups[i].start)
        if agent is not None:
            out.add("TREATS", agent, d, "trigger")


def _treatment_noun(
    text: str, mentions: list[Entity], frames: Frames | None, out: _Builder
) -> None:
    """A compound used in or for a disease's treatment treats it (X is used for osteoporosis
    treatment; its effects in stroke prevention): TREATS from the compound before, in the same
    clause, to a disease followed by a ``treat_noun_en`` with "for" or "in" before it, a
    ``use_word_en`` between them and no ``contrast_word_en`` before the compound."""
    if frames is None:
        return
    words = frames.re
    compounds = [m for m in mentions if m.type == "COMPOUND"]
    compound_ends = [m.end for m in compounds]
    for d in mentions:
        if d.type != "DISEASE" or not words["treat_noun_after_en"].match(text, d.end):
            continue
        if not words["treat_noun_before_en"].search(text, max(0, d.start - 12), d.start):
            continue
        agent = _compound_before(text, (compounds, compound_ends), d.start)
        if agent is None or not (
            words["use_between_en"].search(text, agent.end, d.start)
            or words["use_of_en"].search(text, max(0, agent.start - 20), agent.start)
        ):
            continue  # glucose monitoring in diabetes management: no use of a compound
        if words["contrast_before_en"].search(text, max(0, agent.start - 20), agent.start):
            continue  # X, unlike estrogen, is used in …
        if not words["negation_between_en"].search(text, agent.end, d.start):
            out.add("TREATS", agent, d, "trigger")  # not "X is not used for …"


def _disease_model(
    text: str, mentions: list[Entity], hits: list[TriggerHit], frames: Frames | None, out: _Builder
) -> None:
    """Lowering a damage in a disease model treats the disease (X inhibited alveolar bone loss
    in ligature-induced periodontitis), and so does raising a ``bone_benefit_word`` there (X
    promoted bone formation in an OVX-induced osteoporotic mouse model): TREATS from the
    compound before the trigger to a disease after a ``disease_locative`` word, in the same
    clause, with no gene, pathway, compound (but a model's inducer: Dex-treated) or other
    trigger between, and no cells named by the disease right after it."""
    if frames is None or frames.locative is None:
        return
    inducer_ends = {h.start for h in hits if h.direction == "modifier"}
    hits = [h for h in hits if h.direction != "modifier"]  # ligature-induced: part of the model
    starts = [h.start for h in hits]
    mention_starts = [m.start for m in mentions]
    compounds = [m for m in mentions if m.type == "COMPOUND"]
    compound_ends = [m.end for m in compounds]
    for n, d in enumerate(mentions):
        if d.type != "DISEASE" or _names_cells(text, d, mentions[n + 1 : n + 2], frames.re):
            continue
        i = bisect_left(starts, d.start) - 1
        if i >= 0 and frames.locative.match(text, hits[i].start, d.start):
            i -= 1  # apoptosis induced by myocardial infarction: "induced by" is the locative
        if i < 0 or not _treating(text, hits[i], frames) or d.start - hits[i].end > 80:
            continue
        h = hits[i]
        target = d
        cause = frames.re["cause_after_zh"].match(text, d.end)
        caused = cause is not None and not text[h.end : d.start].strip()
        if caused and _disease_at(mentions[n + 1 : n + 2], cause.end()):
            target = mentions[n + 1]  # 减轻糖尿病引起的骨质疏松症: the disease caused is lowered
            if _names_subjects(text, target, mentions[n + 2 : n + 3], frames):
                continue  # 减少糖尿病所致骨质疏松大鼠的体重: a measure of the model's animals
        if _CLAUSE_STOP.search(text, h.end, d.start) or not (
            caused or frames.locative.search(text, h.end, d.start)
        ):
            continue  # 减轻心肌梗死引起的心肌细胞凋亡: the disease causes the damage lowered
        between = mentions[bisect_left(mention_starts, h.end) : n]
        between = [m for m in between if m.end not in inducer_ends]  # Dex-treated: the model's
        if any(m.type in ("GENE", "PATHWAY", "COMPOUND", "DISEASE") for m in between):
            continue  # and not past another disease (… in periodontitis but not in osteoporosis)
        if _negated(text, 0, h, frames) or frames.re["denied_conjunct"].search(
            text, h.end, d.start
        ):
            continue  # X did not inhibit bone loss in …; … but not in diabetic rats
        if frames.before is not None and frames.before.search(text[h.end : d.start]):
            continue  # … decreased in comparison to the liver fibrosis model group: a reference
        agent = _compound_before(text, (compounds, compound_ends), h.start)
        if agent is not None and not _measured(frames, text, agent):
            out.add("TREATS", agent, target, "trigger")


def _opening(sentences: list[Sentence], ordered: list[Entity]) -> tuple[str, ...]:
    """The compound and plant names of the paper's opening: its title and the sentence after
    it, or its first sentence when it has no title."""
    end = sentences[1 if _title(sentences) else 0].end if sentences else 0
    return tuple(m.text for m in ordered if m.start < end and m.type in ("COMPOUND", "ORGANISM"))


def _title(sentences: list[Sentence]) -> Sentence | None:
    """The paper's title: its first sentence, of several, when no sentence mark ends it."""
    if len(sentences) < 2 or sentences[0].text.rstrip().endswith(tuple("。.!?！？；;")):
        return None
    return sentences[0]


def _names_subjects(text: str, disease: Entity, following: list[Entity], frames: Frames) -> bool:
    """Whether the disease names the model's animals or patients right after it (骨质疏松大鼠,
    骨质疏松患者): what is lowered is theirs, no disease."""
    if (
        following
        and following[0].type == "ORGANISM"
        and not text[disease.end : following[0].start].strip()
    ):
        return True
    return frames.re["patient_after_zh"].match(text, disease.end) is not None


def _disease_at(following: list[Entity], pos: int) -> bool:
    """Whether the next mention is a disease starting at ``pos``."""
    return bool(following) and following[0].type == "DISEASE" and following[0].start == pos


def _treating(text: str, hit: TriggerHit, frames: Frames) -> bool:
    """Whether a trigger treats in a disease model: it lowers (a damage, not a gain of bone:
    inhibited bone formation in osteoporotic rats), or it raises a ``bone_benefit_word`` right
    after it (promoted bone formation, restored bone mass)."""
    gain = frames.benefit is not None and frames.benefit.match(text, hit.end) is not None
    return hit.relation == "DOWNREGULATES" and not gain or hit.relation == "UPREGULATES" and gain


def _compound_before(
    text: str, compounds: tuple[list[Entity], list[int]], pos: int, reach: int = 150
) -> Entity | None:
    """The last compound ending before ``pos`` (``compounds``: the compounds and their ends,
    in order) when it stands near, with no clause mark other than the comma between (a
    bounded scan), else None."""
    found, ends = compounds
    k = bisect_right(ends, pos) - 1
    if k < 0 or pos - found[k].end > reach or _CLAUSE_STOP.search(text, found[k].end, pos):
        return None
    return found[k]


def _names_cells(text: str, disease: Entity, after: list[Entity], words: WordRegexes) -> bool:
    """Whether the disease names cells right after it: the first mention of ``after`` is a
    cell (osteoarthritis chondrocytes, 骨关节炎软骨细胞) or a cell noun follows (NSCLC cells,
    胃癌细胞, two HCC cell lines)."""
    if words["cell_noun_after"].match(text, disease.end):
        return True
    return (
        bool(after)
        and after[0].type in CELL_TYPES
        and not text[disease.end : after[0].start].strip()
    )


#: a sentence's clause marks other than the comma
_CLAUSE_STOP = re.compile(r"[；;。]")


class Sparing:
    """ "X attenuated chondrocyte apoptosis", "X 降低软骨细胞凋亡": lowering a cell's death is
    protecting the cell, UP(X → cell) (guidelines: an anti-apoptotic effect is UPREGULATES);
    its mirror, "X induced apoptosis of HepG2 cells", "X 诱导 HepG2 细胞凋亡", is DOWN(X →
    cell) (DECISIONS, eighth stop). The verbs (``spare_verb``, ``kill_verb``) and death words
    (``death_word``) are tag words; a negated verb or a nominal inducer (X-induced, X 诱导的)
    gives nothing."""

    #: how far (characters) the cell may stand after the verb, and the death word after the cell
    REACH, DEATH_REACH = 48, 14

    def __init__(
        self,
        verbs: tuple[str, ...],
        deaths: tuple[str, ...],
        absences: tuple[str, ...] = (),
        kills: tuple[str, ...] = (),
    ) -> None:
        self.verbs = _either_regex(verbs)
        self.kills = _either_regex(kills)
        self.deaths = _either_regex(deaths)
        self.absence = _either_regex(absences)
        self.object_of = _compile(r"(?:{})\s*(?:the\s+)?$", self.verbs)
        prefilter_attributes(self)

    def links(self, text: str, sent: Sentence, mentions: list[Entity], out: _Builder) -> None:
        """Add UP(agent → cell) for each spared cell of the sentence (``mentions`` sorted by
        start; each verb looks up its agent and cell by bisection: linear in the sentence)."""
        if self.verbs is None or self.deaths is None or not mentions:
            return
        compounds = [m for m in mentions if m.type == "COMPOUND"]
        if not compounds:  # no agent: no verb to look for
            return
        if not any(m.type in CELL_TYPES for m in mentions):
            return  # no cell: every relation here goes to a cell mention of the sentence
        starts = [m.start for m in mentions]
        ends = [m.end for m in mentions]
        compound_ends = [m.end for m in compounds]
        conj = out.frames.re["verb_conj_within"] if out.frames else _NEVER
        for verbs, rtype in ((self.verbs, "UPREGULATES"), (self.kills, "DOWNREGULATES")):
            for verb in verbs.finditer(text, sent.start, sent.end) if verbs is not None else ():
                i = bisect_right(compound_ends, verb.start()) - 1
                while i >= 0 and self._is_object(text, compounds[i], sent.start):
                    i -= 1  # "X 降低 ROS 水平，减轻…": ROS is lowered, X spares
                if i < 0 or self._not_a_verb(text, sent.start, verb, out.frames):
                    continue
                cell = self._cell(text, verb.end(), sent.end, mentions, starts)
                agent = compounds[i]
                if cell is None and rtype == "DOWNREGULATES":
                    cell = self._dui_cell(text, agent, verb, (mentions, ends), out)
                    if cell is not None:
                        out.add(rtype, agent, cell, "trigger")
                    continue
                if cell is None or self._verb_between(text, verb.end(), cell.start, conj):
                    continue  # 抑制…增殖且诱导 Y 细胞凋亡: the later verb's cell
                if rtype == "DOWNREGULATES" and not self._kills(text, agent, verb, cell, out):
                    continue
                if self.absence is not None and self.absence.match(
                    text, _skip_space(text, agent.end)
                ):
                    continue  # "雌激素缺乏…减少破骨细胞凋亡": the agent's absence, not the agent
                for listed in _cell_run(text, cell, mentions, starts):  # A 和 B 细胞凋亡
                    if listed.end > verb.end():
                        out.add(rtype, agent, listed, "trigger")

    def _kills(self, text: str, agent: Entity, verb: re.Match[str], cell: Entity, out) -> bool:  # noqa: ANN001
        """Whether a kill verb raises the cell's death with ``agent`` as its subject: the paper's
        tested compound (not the model's stimulus: H2O2 induced apoptosis of …) right before the
        verb, only modals and adverbs between (not "X reduced the enhanced apoptosis", "X 抑制缺氧
        诱导…"); no negation after it (caused no apoptosis), no other sparing or killing verb
        before the cell (增加 A 表达及抑制软骨细胞凋亡), no healing after the death (损伤修复)."""
        words = out.frames.re if out.frames is not None else None
        if words is None or _key(agent) not in out.tested:
            return False
        gap = _AUTHORITY_LEAD.sub("", _PARENS.sub("", text[agent.end : verb.start()]))
        if not words["kill_gap"].fullmatch(gap) or words["kill_negated"].match(text, verb.end()):
            return False
        death = self.deaths.search(text, cell.end, cell.end + self.DEATH_REACH)
        healing = out.frames.healing
        return not (death and healing is not None and healing.match(text, death.end()))

    def _verb_between(self, text: str, start: int, end: int, conj: re.Pattern[str]) -> bool:
        """Whether another sparing or killing verb, conjoined to the first (且, 并, and), stands
        between a verb and its cell (抑制…增殖且诱导 Y 细胞凋亡); not a nominal inducer (降低
        IL-1β 诱导的软骨细胞凋亡) nor a stimulus's verb (抑制缺氧诱导成骨细胞凋亡)."""
        return any(
            not _nominal_verb(text, m) and conj.search(text, start, m.start())
            for v in (self.verbs, self.kills)
            if v is not None
            for m in v.finditer(text, start, end)
        )

    def _dui_cell(
        self,
        text: str,
        agent: Entity,
        verb: re.Match[str],
        found: tuple[list[Entity], list[int]],
        out,  # noqa: ANN001 - a _Builder
    ) -> Entity | None:
        """The cells of "X 对 Y 细胞诱导凋亡的作用": a cell mention right before the kill verb
        (细胞, 的 between), 对 between the paper's tested compound and it, a death word right
        after the verb. ``found``: the sentence's mentions and their ends."""
        if _key(agent) not in out.tested or not self.deaths.match(text, verb.end()):
            return None
        mentions, ends = found
        k = bisect_right(ends, verb.start()) - 1
        cell = mentions[k] if k >= 0 else None
        if cell is None or cell.type not in CELL_TYPES or cell.start < agent.end:
            return None
        if not _CELL_TO_VERB.fullmatch(text, cell.end, verb.start()):
            return None
        return cell if _DUI_BEFORE.fullmatch(text, agent.end, cell.start) else None

    @staticmethod
    def _not_a_verb(text: str, floor: int, verb: re.Match[str], frames: Frames | None) -> bool:
        """A negated or asked verb (did not induce, 未诱导, whether X could alleviate) or a
        nominal inducer (H2O2-induced, X 诱导的)."""
        if _nominal_verb(text, verb):
            return True
        asked = frames is not None and frames.asked(text, floor, verb.start())
        return asked or _negation_before(text, floor, verb.start(), frames)

    def _is_object(self, text: str, compound: Entity, floor: int) -> bool:
        """Whether a lowering verb stands right before ``compound`` (its object)."""
        lead = text[max(floor, compound.start - 16) : compound.start]
        return self.object_of is not None and self.object_of.search(lead) is not None

    def _cell(
        self, text: str, start: int, end: int, mentions: list[Entity], starts: list[int]
    ) -> Entity | None:
        lead = _LEAD.match(text, start, end)
        death = self.deaths.match(text, lead.end(), end)
        if death is not None:  # "inhibited (the) apoptosis of chondrocytes"
            last = death  # (damage and apoptosis of chondrocytes: deaths in a list)
            while (conj := _DEATH_CONJ.match(text, last.end(), end)) is not None:
                nxt = self.deaths.match(text, conj.end(), end)
                if nxt is None:
                    break
                last = nxt
            of = _DEATH_OF.match(text, last.end(), end)
            return _death_cell(text, of.end(), mentions, starts) if of else None
        lo, hi = bisect_left(starts, start), bisect_left(starts, start + self.REACH)
        for m in mentions[lo:hi]:
            if m.type not in CELL_TYPES:
                continue
            if m.end > end or CLAUSE_END.search(text, start, m.start):
                return None
            after = text[m.end : min(end, m.end + self.DEATH_REACH)]
            word = _CELL_WORD_AT.match(text, m.end, end)  # HepG2 cell apoptosis, 细胞发生凋亡
            if self.deaths.match(after.lstrip(" 的")) or self.deaths.match(text, word.end(), end):
                return m
        return None


_NEVER = re.compile(r"(?!)")
#: words before the cell of "apoptosis in (human hepatocellular carcinoma) HepG2 cells"
_CELL_MODIFIERS = re.compile(r"(?:[ \t]*[A-Za-z][A-Za-z\-]*)?[ \t]*")


def _death_cell(text: str, start: int, mentions: list[Entity], starts: list[int]) -> Entity | None:
    """The cell whose death is named at ``start``: the mention there, or the cell after one
    modifier word and the diseases that name the cells (apoptosis in human HepG2 cells, in
    Human Hepatocellular Carcinoma HepG2 Cells)."""
    k = bisect_left(starts, start)
    at = _CELL_MODIFIERS.match(text, start).end() if k < len(mentions) else start
    while k < len(mentions) and mentions[k].start in (start, at) and mentions[k].type == "DISEASE":
        start = at = _skip_space(text, mentions[k].end)
        k += 1
    hit = mentions[k] if k < len(mentions) and mentions[k].start in (start, at) else None
    return hit if hit is not None and hit.type in CELL_TYPES else None


def _nominal_verb(text: str, verb: re.Match[str]) -> bool:
    """A verb written as an inducer modifier: X 诱导的, H2O2-induced."""
    nominal = text[verb.end() : verb.end() + 3].lstrip().startswith("的")
    return nominal or text[verb.start() - 1 : verb.start()] == "-"


#: between a cell and a kill verb after it (对 Y 细胞诱导凋亡); between the agent and the cell
_CELL_TO_VERB = re.compile(r"\s*(?:细胞)?\s*(?:的)?\s*")
_DUI_BEFORE = re.compile(r"\s*(?:[（(][^（）()]{0,30}[）)])?\s*对[^，,；;。]{0,16}")


#: before a death word: an article and a stimulus (the H2O2-induced apoptosis of …)
def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


_LEAD = re.compile(r"\s*(?:the\s+)?(?:\S+-[a-z]+ed\s+)?", re.IGNORECASE)  # MPP+-Induced
#: after a cell's name, its cell word before the death word (HepG2 cell apoptosis, HepG2 细胞的
#: 凋亡), and 发生 ("happen") before it (细胞发生凋亡)
_CELL_WORD_AT = re.compile(r"(?:\s*(?:cells?|细胞))?\s*(?:的|发生)?\s*")
_DEATH_OF = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")  # apoptosis of/in the cells
_DEATH_CONJ = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|or)\s+)")  # damage, death and apoptosis


def _stems(words: tuple[str, ...], word_start: bool = False) -> str:
    """The alternation of word stems (prolifer matches proliferation), longest first; with
    ``word_start`` a Latin stem starts a word (not antiproliferative)."""

    def one(w: str) -> str:
        guard = word_start and not is_han(w[0])
        return ("(?<![A-Za-z])" if guard else "") + re.escape(w)

    return "|".join(one(w) for w in sorted(words, key=len, reverse=True))


def _negation_en(
    words: tuple[str, ...], not_after: tuple[str, ...], degrees: tuple[str, ...]
) -> re.Pattern[str] | None:
    """A negation before an English trigger: the word (a contraction as n't), not one of
    ``not_after`` right after it (not only), maybe a degree word (no significant) and one more
    word, then the trigger."""
    if not words:
        return None

    negs = "|".join(
        ("" if w.startswith("n'") else "(?<![A-Za-z])") + re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(words, key=len, reverse=True)
    )
    exception = rf"(?!(?:{alternation(not_after)})\b)" if not_after else ""
    degree = rf"(?:(?:{alternation(degrees)})\s+)?" if degrees else ""
    return re.compile(rf"(?:{negs})\s+{exception}{degree}(?:\w+\s+)?$", re.IGNORECASE)


def _either_regex(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of ``words``, longest first; a word with a Latin edge is not part of a longer Latin
    word there (a Chinese word may touch Latin letters: 减轻IL-1β诱导的…)."""
    if not words:
        return None
    groups: dict[tuple[bool, bool], list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault((is_han(w[0]), is_han(w[-1])), []).append(re.escape(w))
    parts = []  # one alternation per kind of edges: the engine tries each group once
    for (han_start, han_end), escaped in groups.items():
        before = "" if han_start else "(?<![A-Za-z])"
        after = "" if han_end else "(?![A-Za-z])"
        parts.append(before + "(?:" + "|".join(escaped) + ")" + after)
    return re.compile("|".join(parts), re.IGNORECASE)


@lru_cache(maxsize=4)
def _sparing(version: str, verbs: tuple, deaths: tuple, absences: tuple, kills: tuple) -> Sparing:
    return Sparing(verbs, deaths, absences, kills)


def _no_control(words: dict[str, tuple[str, ...]]) -> str:
    """After a marker word (阳性, positive), no ``marker_control_word`` (对照, 药, control): a
    positive control drug (泼尼松龙阳性对照组) is no marker. Braces doubled for ``_compile``."""
    control = _either_regex(words["marker_control_word"])
    if control is None:
        return ""
    return rf"(?![ \t]*(?:{control.pattern}))".replace("{", "{{").replace("}", "}}")


class Frames:
    """Group frames of a result sentence (the words are tag words):

    * a name written before a ``group_word`` (葛根素组, 芦丁高剂量组, the GEN 10 μM groups; dose
      figures and ``dose_level`` words between) is a group label: the treated arm, an agent,
      never the target of a regulation (升高至 DEX 组的 2 倍);
    * a group label compared against (``compare_before``: 较 X 组, compared with the X group,
      than X group; ``compare_after``: 与 X 组比较) is the reference: no agent either;
    * a ``clause_conjunction`` written right after a trigger and before a name (A 升高而 B 下降,
      A increased and B decreased) starts a new conjunct: that name is no object of the trigger.
    """

    def __init__(self, words: dict[str, tuple[str, ...]]) -> None:
        self.re = WordRegexes(words)  # the templates of relate_words
        self._negation_words(words)
        self._fate_words(words)
        self._blocker_words(words)
        self.group = _either_regex(words["group_word"])
        self.before = _either_regex(words["compare_before"])
        self.after = _either_regex(words["compare_after"])
        level = _either_regex(words["dose_level"])
        between = (
            r"[\d.、,，～~\-–/ \t%μµ]|[munpμµ]?(?:mol|g|M)\b|L\b|mL\b|ml\b|kg\b|d\b"
            r"|(?<=\d )(?:and|or)\b"  # X 10 and 20 μmol/L groups
        )
        if level is not None:
            between += "|" + level.pattern
        self.gap = re.compile(f"(?:{between})*", re.IGNORECASE)
        self._count_words(words)
        self.marker = _compile(  # a long form's abbreviation may stand between: … ligand (RANKL)-
            ABBREVIATION_AFTER.replace("{", "{{").replace("}", "}}")
            + r"\s*(?:{})"
            + _no_control(words),
            _either_regex(words["marker_word"]),
            prefix="-?",
        )
        self.cell_marker = self.marker
        self.marker_genes = frozenset(w.casefold() for w in words["cell_marker_gene"])
        staining = _either_regex(words["staining_measure"])
        if self.marker is not None and staining is not None:  # CD31 阳性表达: the protein
            self.marker = re.compile(rf"{self.marker.pattern}(?!\s*(?:{staining.pattern}))", re.I)
        self.pronoun = _compile(r"\s*(?:{})\s*", _either_regex(words["object_pronoun"]))
        self.report = _either_regex(words["report_word"])
        self.question = _either_regex(words["question_word"])
        self.assay = self.re["assay_after"] if words["assay_word"] else None
        measure = _either_regex(words["measure_word"])
        self.measure = re.compile(measure.pattern.replace("(?<![A-Za-z])", "")) if measure else None
        counter = _either_regex(words["counter_verb"])
        self.countered = _compile(r"(?:{})\s*(?:了)?\s*$", counter)
        self.intro_before = _compile(
            r"(?:{})\s*[\u4e00-\u9fff]{{0,4}}\s*$", _either_regex(words["experiment_intro_before"])
        )
        self.intro_after = _compile(
            r"\s*(?:[（(][^（）()]{{0,20}}[）)])?\s*(?:细胞|cells)?\s*(?:{})",
            _either_regex(words["experiment_intro_after"]),
        )
        self.activity = _compile(
            r"\s*(?:the\s+)?(?:cell\s+|细胞)?(?:{})", _either_regex(words["cell_activity"])
        )
        self._change_words(words)
        self._model_words(words)
        conj = _either_regex(words["clause_conjunction"])
        self.conj = (
            re.compile(r"^\s*[,，]?\s*(?:" + conj.pattern + r")\s*(?:the\s+)?$", re.IGNORECASE)
            if conj is not None
            else None
        )
        prefilter_attributes(self)

    def _count_words(self, words: dict[str, tuple[str, ...]]) -> None:
        """A count of cells after them (细胞数量; the other cells of a list may stand between:
        A、B 及 C 计数) or before them (the number of osteoclasts)."""
        count = _either_regex(words["cell_count_word"])
        self.count_after = _compile(
            r"^(?:\s*(?:、|，|,|和|及|与|以及)\s*[\u4e00-\u9fffA-Za-z0-9+\-]{{1,12}}?细胞)*"
            r"\s*的?\s*(?:{})",
            count,
        )
        self.count_before = _compile(r"(?:{})\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}$", count)

    def _negation_words(self, words: dict[str, tuple[str, ...]]) -> None:
        """Negations before a trigger (未能, not, failed to, no significant) and the Chinese
        passive's marker (被, 受到) with what may stand between its agent and trigger."""
        zh, zh_after = (
            _either_regex(words["negation_zh"]),
            _either_regex(words["negation_zh_after"]),
        )
        after = f"(?:{_bare(zh_after)}){{0,2}}" if zh_after else ""
        self.negation_zh = re.compile(f"(?:{_bare(zh)}){after}\\s*$") if zh else None
        self.negation_en = _negation_en(
            words["negation_en"], words["negation_en_not_after"], words["negation_en_degree"]
        )
        self.passive_before = _compile(r"(?:{})\s*$", _either_regex(words["passive_marker_zh"]))
        gap = _either_regex(words["passive_gap_zh"])
        self.passive_gap = re.compile(f"^\\s*(?:{_bare(gap)})*\\s*$") if gap else None

    def _blocker_words(self, words: dict[str, tuple[str, ...]]) -> None:
        """Nominal blockers (抑制剂, inhibitor): a trigger word ending so takes its target before
        it; such a word after a giving word introduces the given compound."""
        nouns = _stems(words["blocker_noun"])
        self.nominal = re.compile(rf"(?:{nouns})$", re.I) if nouns else None
        self.blocker_word = re.compile(rf"\s*\S*?(?:{nouns})\s*", re.I) if nouns else None

    def _fate_words(self, words: dict[str, tuple[str, ...]]) -> None:
        """A cell's fate (增殖, differentiat…) after a cell target or before it with of/in."""
        after = _stems(words["cell_fate_after"], word_start=True)
        before = _stems(words["cell_fate_before"], word_start=True)
        nouns = _stems(words["cell_fate_noun"])
        if before and nouns:
            before = rf"(?:{before})\w*(?:\s+(?:{nouns})\b)?"
        counted = _stems(words["count_comparative"])
        self.count_trigger = re.compile(counted, re.I) if counted else None
        fate_after = rf"^[^，,；;。\n]{{0,14}}?(?:{after})"
        self.fate_after = re.compile(fate_after, re.I) if after else None
        self.fate_before = (
            re.compile(
                rf"(?:{before})\w*(?:(?:,\s*(?:and\s+)?|\s+(?:and|or|of|the|in)\s+)\w+){{0,8}}\s+(?:of|in)\s+"
                # up to three names listed before the cell, mentions or not (of Hep3B and Huh7),
                # after the lines they are (of two NSCLC cell lines including A549 and H1299)
                r"(?:the\s+)?(?:[a-z]+\s+)?"
                r"(?:(?:(?![a-z]+ed\b|from\b|of\b|in\b)[\w\-]+\s+){0,3}?cell\s+lines?\s*,?\s*"
                r"(?:(?:including|such\s+as|namely)\s+)?)?"
                r"(?:(?:[\w\-.]+,\s+){0,2}[\w\-.]+,?\s+(?:and|or)\s+)?$",
                re.I,
            )
            if before
            else None
        )

    def _model_words(self, words: dict[str, tuple[str, ...]]) -> None:
        """A model phrase (建立 … 模型), or one an aim is based on (通过 … 模型，研究 X)."""
        build, noun = _either_regex(words["model_build_zh"]), _either_regex(words["model_noun_zh"])
        basis, aims = _either_regex(words["model_basis_zh"]), _either_regex(words["aim_verb_zh"])
        based = (  # 通过去卵巢大鼠骨质疏松模型，研究 X …: a model the aim after it is studied in
            f"|(?P<based>(?:{_bare(basis)})[^，,；;。\n]{{0,30}}?(?:{_bare(noun)}))"
            f"(?=\\s*[，,]\\s*(?:{_bare(aims)}))"
            if basis and aims and noun
            else ""
        )
        self.model = (
            re.compile(f"(?:{_bare(build)})[^，,；;。\n]{{0,30}}?(?:{_bare(noun)}){based}")
            if build and noun
            else None
        )

    def _change_words(self, words: dict[str, tuple[str, ...]]) -> None:
        """The words of changes and their settings: induced changes, reversals, healing, change
        nouns and conditions."""
        up, down = _either_regex(words["change_up_word"]), _either_regex(words["change_down_word"])
        self.change = (
            re.compile(
                r"[\s\-]*(?:the\s+|的\s*)?(?:[\w\-/]+\s+){0,2}?\s*"
                + fill(r"(?:{change_measure})?", words)
                + r"\s*(?:(?P<up>"
                + _bare(up)
                + r")|(?P<down>"
                + _bare(down)
                + r"))",
                re.IGNORECASE,
            )
            if up is not None and down is not None
            else None
        )
        self.healing = _compile(r"\s*(?:{})", _either_regex(words["healing_word"]))
        self.respectively = _compile(
            r"(?:\s+[A-Za-z\-]+){{0,2}}\s*[,，]?\s*(?:{})",  # ALP activity, respectively
            _either_regex(words["respectively_word"]),
        )
        self.locative = _compile(
            r"(?:{})\s+(?:(?:[\w\-]+|[(（][^()（）]{{1,12}}[)）][\w\-]*)\s+){{0,4}}$",
            _either_regex(words["disease_locative"]),
        )
        self.benefit = _compile(
            r"\s*(?:the\s+)?(?:{})(?![A-Za-z])", _either_regex(words["bone_benefit_word"])
        )
        self.nouns_zh = frozenset(words["change_noun_zh"])
        self.condition_before = _compile(
            r"\b(?:{})\s+(?:the\s+)?(?:high[- ]|low[- ])?$",
            _either_regex(words["condition_before"]),
        )
        self.condition_after = _compile(
            r"\s*(?:\([^()]{{0,20}}\)|（[^（）]{{0,20}}）)?\s*(?:{})",
            _either_regex(words["condition_after"]),
        )
        reverse = _either_regex(words["reverse_verb"])
        self.reverse_before = _compile(r"(?:{})\s*(?:了\s*)?(?:the\s+)?$", reverse)
        self.reverse_after = _compile(
            fill(
                r"[^，,；;。\n]{{0,8}}?(?:{result_adverb_zh})?\s*被\s*(?:{degree_adverb_zh})?",
                words,
            )
            + r"\s*(?:{})",
            reverse,
        )

    def labels(
        self, text: str, mentions: list[Entity]
    ) -> tuple[set[str], set[str], list[tuple[int, int]]]:
        """(ids of all group labels, ids of the reference group labels, the spans between a
        label's name and its group word: 葛根|治疗|组, no trigger there) among ``mentions``."""
        labels: set[str] = set()
        references: set[str] = set()
        inside: list[tuple[int, int]] = []
        if self.group is None:
            return labels, references, inside
        for m in mentions:
            if m.type not in AGENT_TYPES:
                continue
            gap = self.gap.match(text, m.end, min(len(text), m.end + 30))
            g = self.group.match(text, gap.end())
            if g is None or _GROUP_HEAD.match(text, g.end()):
                continue
            labels.add(m.id)
            inside.append((m.end, g.start()))
            lead = re.split(r"[，,；;。]", text[max(0, m.start - 24) : m.start])[-1]
            behind = _COMPARE_AFTER.match(text, g.end())
            if (self.before is not None and _ends_with(self.before, lead)) or (
                self.after is not None and behind is not None and self.after.match(behind.group(1))
            ):
                references.add(m.id)
        _conjoined_labels(text, [m for m in mentions if m.type in AGENT_TYPES], labels, references)
        return labels, references, inside

    def conditions(self, text: str, mentions: list[Entity]) -> frozenset[str]:
        """Ids of the compounds named as the experiment's condition (under high glucose,
        impaired by dexamethasone, 地塞米松作用下): no regulation target."""
        return frozenset(
            m.id
            for m in mentions
            if m.type == "COMPOUND"
            and (
                (self.condition_before is not None
                 and self.condition_before.search(text, max(0, m.start - 24), m.start))
                or (self.condition_after is not None and self.condition_after.match(text, m.end))
            )
        )  # fmt: skip

    def counted(self, text: str, cell: Entity, hit: TriggerHit) -> bool:
        """Whether the text counts ``cell`` (TRAP 阳性多核细胞数量减少, reduced the number of
        TRAP-positive osteoclasts): a count of cells is a regulation of them."""
        if self.count_after is not None and self.count_after.match(text[cell.end : cell.end + 80]):
            return True
        lead = text[max(hit.end, cell.start - 60) : cell.start]
        return self.count_before is not None and bool(self.count_before.search(lead))

    def after_report(self, text: str, lo: int, hi: int) -> int:
        """Where the reported finding starts: after the last ``report_word`` in ``[lo, hi)``
        (TRAP staining showed that X …, 结果显示 X …), else ``lo``."""
        if self.report is None:
            return lo
        last = None
        for last in self.report.finditer(text, lo, hi):  # noqa: B007 - the last one
            pass
        return last.end() if last is not None else lo

    def themes(
        self, text: str, before: list[Entity], hit_start: int, measured: bool = True
    ) -> set[str]:
        """Ids of the run right before a trigger that its measure words make the trigger's
        themes (NO、PGE2 含量明显升高): they are no subject of the sentence. Without
        ``measured``, no measure word is needed (the trigger ends its clause)."""
        if (measured and self.measure is None) or not before:
            return set()
        run = _trailing_run(text, before)
        gap = text[run[-1].end : hit_start]
        if self.re["theme_gap"].match(gap) and (not measured or self.measure.search(gap)):
            return {m.id for m in run}
        return set()

    def aims(self, text: str, sent: Sentence, title: bool = False) -> list[tuple[int, int]]:
        """The study aims of a sentence, where it states no finding: from a Chinese aim verb
        (or a noun-phrase title's start: X 对 Y 的保护作用, not X 对 Y 具有保护作用) to an aim
        noun named by its kind of effect (探讨 X 对 Y 的防治作用; not 观察 X 治疗 Y 的疗效, where
        X is given for Y), from an English aim's opening (to investigate, this study evaluates)
        to the sentence's end; each cut at a reporting word (有研究报道, found that)."""
        end = sent.start + len(sent.text)
        zones = []
        openings = list(self.re["aim_verb"].finditer(text, sent.start, end))
        if title and not self.re["effect_verb"].search(text, sent.start, end):
            openings.insert(0, _TITLE_START.match(text, sent.start))  # not 具有…保护作用
        for m in openings:
            noun = self.re["aim_kind_noun"].search(text, m.end(), end)
            if noun is not None and _CLAUSE_STOP.search(text, m.end(), noun.start()) is None:
                zones.append((m.end(), noun.end()))
        opening = self.re["en_aim_opening"].search(text, sent.start, end)
        if opening is not None:  # to the clause end (To explore …, X inhibited …)
            stop = CLAUSE_END.search(text, opening.end(), end)
            zones.append((opening.end(), stop.start() if stop else end))
        passive = self.re["en_aim_passive"].search(text, sent.start, end)
        if passive is not None:  # the effects of X on Y were examined: the sentence before it
            zones.append((sent.start, passive.start()))
        return [(s, min(e, self._report_from(text, s, e))) for s, e in zones]

    def _report_from(self, text: str, lo: int, hi: int) -> int:
        """Where the first ``report_word`` in ``[lo, hi)`` starts, else ``hi``."""
        found = self.report.search(text, lo, hi) if self.report is not None else None
        return found.start() if found is not None else hi

    def questioned(self, text: str, sent_start: int, hit: TriggerHit) -> bool:
        """Whether a regulation or treatment trigger stands in a yes/no question (to determine
        whether X enhances …, 探讨 X 是否促进 …): the last question or reporting word before it
        in the sentence is a question word. Giving words (TESTED_IN) stay: the aim is stated."""
        if all(r == "TESTED_IN" for r, _ in hit.choices):
            return False
        return self.asked(text, sent_start, hit.start)

    def asked(self, text: str, sent_start: int, pos: int) -> bool:
        """Whether the last question or reporting word before ``pos`` in its sentence is a
        question word (to determine whether X …, 探讨 X 是否 …)."""
        if self.question is None:
            return False
        asked = None
        for asked in self.question.finditer(text, max(sent_start, pos - WINDOW), pos):  # noqa: B007
            pass
        return asked is not None and self.after_report(text, asked.end(), pos) == asked.end()

    def reagents(self, text: str, mentions: list[Entity]) -> set[str]:
        """Ids of the compounds and genes used as stains, assay reagents or markers (油红O染色,
        CCK-8 assay, Oil red O-positive droplets, TRAP staining showed …, TRAP-positive cells):
        no agent, no quantity holder, never TESTED_IN."""
        return {
            m.id
            for m in mentions
            if m.type in ("COMPOUND", "GENE")
            and (
                (self.assay is not None and self.assay.match(text, m.end))
                or self.is_marker(text, m)
            )
        }

    def silenced(self, text: str, mentions: list[Entity]) -> set[str]:
        """Ids of the genes written as knocked down or out (knockdown of Nrf2, SIRT1 siRNA,
        敲低 Nrf2): the effect that follows is the loss's, so the gene is no agent."""
        before, after = self.re["silenced_before"], self.re["silenced_after"]
        return {
            m.id
            for m in mentions
            if m.type in ("GENE", "PATHWAY")
            and (before.search(text, max(0, m.start - 30), m.start) or after.match(text, m.end))
        }

    def is_marker(self, text: str, gene: Entity) -> bool:
        """Whether ``gene`` marks the cells after it (TRAP-positive, TRAP 阳性): no target; a
        cell marker gene also before a staining measure (TRAP 阳性率: a count of cells)."""
        if gene.text.casefold() in self.marker_genes:
            return self.cell_marker is not None and bool(self.cell_marker.match(text, gene.end))
        return self.marker is not None and bool(self.marker.match(text, gene.end))

    def new_conjunct(self, gap: str) -> bool:
        """Whether ``gap`` (between a trigger and a name after it) is a clause conjunction, an
        adverb and a few words before the name perhaps (A increased significantly and the
        protein expression of B decreased)."""
        if self.conj is not None and self.conj.match(gap):
            return True
        return bool(self.re["new_conjunct_en"].match(gap))


#: a group word that goes on as a longer word (组织, 组成) is no group word
_GROUP_HEAD = re.compile(r"[织成合]")
#: the comparison word after a group label (与 X 组比较, 与 X 组相比)
_COMPARE_AFTER = re.compile(r"[ \t]*([\u4e00-\u9fff]{1,3})")


def _conjoined_labels(
    text: str, names: list[Entity], labels: set[str], references: set[str]
) -> None:
    """A name conjoined right before a group label is a label too (the genistein and daidzein
    groups, 葛根素与大豆苷元组), and a reference label with it."""
    for a, b in reversed(list(zip(names, names[1:], strict=False))):
        if b.id in labels and a.id not in labels and _AGENT_CONJ.fullmatch(text, a.end, b.start):
            labels.add(a.id)
            if b.id in references:
                references.add(a.id)


def _bare(words: re.Pattern[str]) -> str:
    """The alternation of a word regex without its look-behind (a word right after a name)."""
    return words.pattern.replace("(?<![A-Za-z])", "")


def _compile(
    template: str, words: re.Pattern[str] | None, prefix: str = ""
) -> re.Pattern[str] | None:
    """``template`` with the word alternation of ``words`` put in, or None without words."""
    if words is None:
        return None
    body = words.pattern.replace("(?<![A-Za-z])", "")  # right after a name: TRAP阳性, 油红O染色
    return re.compile(template.format(prefix + body), re.IGNORECASE)


def _ends_with(regex: re.Pattern[str], lead: str) -> bool:
    """Whether a word of ``regex`` stands at the end of ``lead`` (an article, spaces aside)."""
    tail = re.sub(r"(?:\s+the)?\s*$", "", lead, flags=re.IGNORECASE)
    return any(m.end() == len(tail) for m in regex.finditer(tail))


@lru_cache(maxsize=4)
def _frames(version: str, words: tuple) -> Frames:
    return Frames(dict(words))


def frames_for(rules) -> Frames:
    """The group frames of ``rules``, built once per rules version."""
    words = getattr(rules, "words_of", lambda role: ())
    roles = (*FRAME_ROLES, *RELATION_WORD_ROLES, "blocker_noun")  # blocker nouns tag too
    return _frames(getattr(rules, "version", ""), tuple((r, tuple(words(r))) for r in roles))


def sparing_for(rules) -> Sparing:
    """The cell-sparing rule of ``rules``, built once per rules version."""
    words = getattr(rules, "words_of", lambda role: ())
    return _sparing(
        getattr(rules, "version", ""),
        tuple(words("spare_verb")),
        tuple(words("death_word")),
        tuple(words("absence_word")),
        tuple(words("kill_verb")),
    )


#: an English nominal trigger (activation, phosphorylation) that is the object of the trigger
#: before it: "inhibited the activation of X" is inhibition of X
_NOMINAL_OBJECT = re.compile(r"(?:ation|ion)s?$", re.IGNORECASE)
_OBJECT_GAP = re.compile(  # the (IL-1β-induced, RANKL-stimulated) activation of X
    r"^\s*(?:the\s+|its\s+|their\s+)?(?:\S+[-‐–](?:induced|stimulated|mediated)\s+)?$",
    re.IGNORECASE,
)
#: one name between a verb and a change noun (alleviated the caspase-3 activation)
_ONE_NAME_GAP = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?[^\s,;.()]+\s+", re.IGNORECASE)


def _drop_noun_modifiers(
    text: str,
    hits: list[TriggerHit],
    names: tuple[list[Entity], list[int]],
    frames: Frames | None,
) -> list[TriggerHit]:
    """Hits without the change nouns written right after a name that a regulation trigger
    before them governs (by inhibiting the NF-κB and MAPK pathways and NFATc1 activation;
    阻断 NF-κB 活化): the noun says what is regulated, it regulates nothing itself."""
    out: list[TriggerHit] = []
    governing: TriggerHit | None = None
    for h in hits:
        noun = _noun_after_name(text, h, names, frames)
        if noun and governing is not None:
            near = h.start - governing.end <= 80  # the gap keeps its length without the commas
            gap = _without_lists(text, governing.end, h.start, names) if near else ""
            if near and not CLAUSE_END.search(gap) and not frames.re["means"].search(gap):
                continue
        if h.relation in _REGULATION and not noun:
            governing = h  # a verb; a noun after a name (sclerostin suppression) governs nothing
        out.append(h)
    return out


def _without_lists(text: str, a: int, b: int, names: tuple[list[Entity], list[int]]) -> str:
    """``text[a:b]`` with the commas that join names removed (inhibited ERK, JNK and p38
    activation: the commas join a list, they end no clause)."""
    ordered, starts = names
    inside = ordered[bisect_left(starts, a) : bisect_left(starts, b)]
    gap = text[a:b]
    for left, right in zip(inside, inside[1:], strict=False):
        if _LIST_COMMA.fullmatch(text, left.end, right.start):
            gap = gap[: left.end - a] + " " * (right.start - left.end) + gap[right.start - a :]
    return gap


_LIST_COMMA = re.compile(r"\s*[,，、]\s*")


def _noun_after_name(
    text: str, h: TriggerHit, names: tuple[list[Entity], list[int]], frames: Frames | None
) -> bool:
    """Whether hit ``h`` is a change noun (activation, 活化) written right after a name."""
    word = text[h.start : h.end]
    if h.lang == "en":
        noun = _nominal_en(word, frames)
    else:
        noun = frames is not None and word in frames.nouns_zh
    name = _mention_before(*names, h.start) if noun else None
    return name is not None and text[name.end : h.start] in ("", " ")


def _drop_attributes(
    text: str,
    hits: list[TriggerHit],
    names: tuple[list[Entity], list[int]],
    dose_after: re.Pattern[str],
) -> list[TriggerHit]:
    """Hits without the attributes: an English regulation word before a dose noun (increasing
    concentrations of X), and a Chinese one written as a state before a name (血清中降低的 ALP
    活性, 逆转升高的 CTSK 表达): it says what the name's level is and regulates nothing; with
    its agent right before it (X 降低的 ALP, Z 所抑制的 A) it is a relative clause and stays."""
    ordered, starts = names
    out = []
    for h in hits:
        ing = text.endswith("ing", h.start, h.end)
        if ing and h.lang == "en" and h.relation in _REGULATION and dose_after.match(text, h.end):
            continue  # increasing concentrations of X: an adjective
        if h.lang == "zh" and h.relation in _REGULATION and text.startswith("的", h.end):
            after = ordered[bisect_left(starts, h.end) :][:1]
            before = _mention_before(ordered, starts, h.start)
            agent_before = before is not None and not text[before.end : h.start].strip(" \t所")
            if after and after[0].start - h.end <= 4 and not agent_before:
                continue
        out.append(h)
    return out


def _nominal_en(word: str, frames: Frames | None) -> bool:
    """Whether an English trigger word is a noun of change (activation, increase)."""
    if _NOMINAL_OBJECT.search(word):
        return True
    return frames is not None and bool(frames.re["change_noun_en"].search(word))


def _drop_nominal_objects(
    text: str,
    hits: list[TriggerHit],
    frames: Frames | None = None,
    mention_starts: list[int] | None = None,
) -> list[TriggerHit]:
    """Hits without the English nouns that are the object of a governing trigger right before
    them (inhibited the activation of NF-κB -> inhibited NF-κB); a noun of the other direction
    turns the governing trigger round (inhibited the increase of TRAP, prevented the reduction
    of ALP: a lowered rise is a fall)."""
    out: list[TriggerHit] = []
    for h in hits:  # an inducer word between (the IL-1β-induced activation of X) is no verb
        k = next((i for i in range(len(out) - 1, -1, -1) if out[i].direction != "modifier"), None)
        prev = out[k] if k is not None else None
        if (
            prev is not None
            and h.lang == "en"
            and h.relation in _REGULATION
            and _nominal_en(text[h.start : h.end], frames)
            and _OBJECT_GAP.match(text[prev.end : h.start])
        ):
            turned = _turned(prev, h, text, frames)
            if turned is not None:
                out[k] = replace(prev, relation=turned, options=((turned, prev.direction),))
            if prev.relation in _REGULATION or turned is not None:
                continue
        elif prev is not None and _neutral_object(text, prev, h, frames):
            continue  # affected (c-Fos and) NFATc1 activation: a neutral verb governs the noun
        elif prev is not None and _participle_object(text, prev, h, frames):
            continue  # increased the decreased SOD: the verb governs, the participle describes
        elif prev is not None and _given_noun(text, prev, h, mention_starts or []):
            continue  # received a tail vein injection of X: the verb gives X
        elif prev is not None and _treated_theme(text, prev, h, frames):
            turned = _OPPOSITE[h.relation]  # ameliorated caspase-3 activation: a fall
            out[k] = replace(prev, relation=turned, options=((turned, prev.direction),))
            continue
        out.append(_undone(text, h, frames))
    return out


#: between a trigger of direction ``after`` and its compound (injection of the X, induced by X)
_AFTER_GAP = re.compile(r"\s*(?:of\s+)?(?:the\s+)?", re.IGNORECASE)
#: up to three words between a giving verb and its giving noun (received a single i.p. injection)
_GIVEN_NOUN_GAP = re.compile(r"\s+(?:[a-z.]+\s+){0,3}", re.IGNORECASE)
_OF_AFTER = re.compile(r"s?\s+of\b")


#: between a neutral verb and the noun of change it governs: names (a capital, digit or
#: hyphen in them), articles, and/or, commas and "the expression/levels of" (affected c-Fos
#: and NFATc1 activation); no other word (modulates X, leading to downregulation of Y)
_NEUTRAL_WORDS = frozenset(
    ("the", "its", "their", "and", "or", "of", "expression", "level", "levels", "protein", "mrna")
)
#: a mark of a name in a word (a capital, a digit, a hyphen, a Greek letter: NFATc1, c-Fos)
_NAME_MARK = re.compile(r"[A-Z0-9\-α-ω]")
#: what no such gap holds: a clause mark, a parenthesis, two commas in a row
_NOT_IN_GAP = re.compile(r"[;.()]|,\s*,")
_GAP_SPLIT = re.compile(r"[\s,]+")


def _neutral_gap(gap: str) -> bool:
    """Whether ``gap`` holds only names, those function words and single commas, word by word
    (one pass: no regex backtracking over a long name)."""
    if len(gap) > 60 or _NOT_IN_GAP.search(gap):
        return False
    words = (w for w in _GAP_SPLIT.split(gap) if w)
    return all(w.lower() in _NEUTRAL_WORDS or _NAME_MARK.search(w) for w in words)


def _neutral_object(text: str, prev: TriggerHit, h: TriggerHit, frames: Frames | None) -> bool:
    """Whether ``h``, an English noun of change, is the object of the neutral verb ``prev``
    (affected NFATc1 activation, regulates the expression of Runx2): no direction is said."""
    if prev.relation != "NONE" or prev.lang != "en" or h.lang != "en" or frames is None:
        return False
    if not frames.re["neutral_verb_word"].fullmatch(text, prev.start, prev.end):
        return False  # via, through: a means, whose change has its direction
    if h.relation not in _REGULATION or not _nominal_en(text[h.start : h.end], frames):
        return False
    return _neutral_gap(text[prev.end : h.start])


def _participle_object(text: str, prev: TriggerHit, h: TriggerHit, frames: Frames | None) -> bool:
    """Whether ``h`` is a participle describing the object of the regulating verb right before
    it ("increased the decreased SOD", "down-regulated the elevated Bax"): no trigger of its own;
    not after a verb undoing it (restored the increased A: ``_undone`` turns it)."""
    return (
        frames is not None
        and not frames.re["reverse_verb_word"].fullmatch(text, prev.start, prev.end)
        and prev.relation in _REGULATION
        and prev.lang == h.lang == "en"
        and h.relation in _REGULATION
        and text[h.start : h.end].lower().endswith("ed")
        and _THE_GAP.fullmatch(text, prev.end, h.start) is not None
    )


_THE_GAP = re.compile(r"\s+the\s+", re.IGNORECASE)


def _given_noun(text: str, prev: TriggerHit, h: TriggerHit, mention_starts: list[int]) -> bool:
    """Whether an English giving noun (injection of, administration of) is the object of the
    giving verb right before it, no name between (rats received an intraperitoneal injection
    of X; not treated with X before injection of LPS)."""
    k = bisect_left(mention_starts, prev.end)
    if k < len(mention_starts) and mention_starts[k] < h.start:
        return False
    return (
        prev.relation == h.relation == "TESTED_IN"
        and h.lang == prev.lang == "en"
        and h.direction in ("any", "after")
        and prev.direction != "after"  # induced by an injection of X: the noun gives X
        and _GIVEN_NOUN_GAP.fullmatch(text, prev.end, h.start) is not None
        and _OF_AFTER.match(text, h.end) is not None
    )


def _treated_theme(text: str, prev: TriggerHit, h: TriggerHit, frames: Frames | None) -> bool:
    """Whether an English treating verb's object is one name and a change noun after it
    (alleviated the caspase-3 activation): the verb lowers the change."""
    return (
        prev.relation == "TREATS"
        and prev.lang == "en"
        and h.lang == "en"
        and h.relation in _REGULATION
        and _nominal_en(text[h.start : h.end], frames)
        and _ONE_NAME_GAP.fullmatch(text, prev.end, h.start) is not None
    )


def _undone(text: str, h: TriggerHit, frames: Frames | None) -> TriggerHit:
    """An English change noun right after a verb undoing it that is no trigger (reversed the
    decrease of ALP, counteracted the increase in TRAP) turned the other way."""
    if frames is None or h.lang != "en" or h.relation not in _REGULATION:
        return h
    if _adjective_undone(text, h, frames):
        other = _OPPOSITE[h.relation]  # restored the increased blood glucose: lowered it
        return replace(h, relation=other, options=((other, h.direction),))
    if not _nominal_en(text[h.start : h.end], frames) or not _OF_AFTER.match(text, h.end):
        return h
    undo = frames.re["reverse_verb_before"].search(text, max(0, h.start - 60), h.start)
    if undo is None or (h.relation == "UPREGULATES" and _restores(text, undo, frames)):
        return h  # restored the activation of AMPK: brought back, a rise
    if " and " in undo.group() and frames.re["own_verb_after"].match(text, h.end):
        return h  # reversed the effects of X and the increase of A was observed: a new clause
    other = _OPPOSITE[h.relation]
    return replace(h, relation=other, options=((other, h.direction),))


def _adjective_undone(text: str, h: TriggerHit, frames: Frames) -> bool:
    """Whether ``h`` is a participle before its themes that a verb undoing it governs
    ("restored the increased blood glucose, A and the decreased B", "reverted the increased
    glycogen"): a level brought back, the change's opposite; not a clause of its own after it
    (…, and the increased A was found in …)."""
    return (
        text[h.start : h.end].lower().endswith("ed")
        and not _OF_AFTER.match(text, h.end)
        and frames.re["reverse_adjective_before"].search(text, max(0, h.start - 200), h.start)
        is not None
        and not frames.re["adjective_own_verb"].match(text, h.end)
    )


def _turned(prev: TriggerHit, h: TriggerHit, text: str, frames: Frames | None) -> str | None:
    """The governing trigger's relation over a change noun of its object, where it changes: a
    lowered fall is a rise (inhibited the reduction of ALP), a prevented or restored change the
    opposite change (prevented the decrease in ALP, restored the decrease of ALP)."""
    if not _OF_AFTER.match(text, h.end):
        return None
    if prev.relation == "TREATS" and prev.lang == "en":
        return _OPPOSITE[h.relation]
    undoing = frames is not None and frames.re["reverse_verb_word"].fullmatch(
        text, prev.start, prev.end
    )
    if prev.relation in _REGULATION and undoing:
        restored = h.relation == "UPREGULATES" and _restores(text, undoing, frames)
        return None if restored else _OPPOSITE[h.relation]
    if prev.relation in _REGULATION and h.relation == "DOWNREGULATES":
        return _OPPOSITE[prev.relation]
    return None


def _restores(text: str, verb: re.Match[str], frames: Frames) -> bool:
    """Whether the undoing verb matched by ``verb`` brings a level back (restored, rescued)."""
    return frames.re["restore_verb_word"].search(text, verb.start(), verb.end()) is not None


_OPPOSITE = {"UPREGULATES": "DOWNREGULATES", "DOWNREGULATES": "UPREGULATES"}
#: the noun's object follows: "the increase in TRAP", "the reduction of ALP"
_OF_AFTER = re.compile(r"\s+(?:in|of)\b", re.IGNORECASE)


def _blocker_targets(
    text: str, hits: list[TriggerHit], usable: list[Entity], starts: list[int], frames
) -> set[str]:  # noqa: ANN001 - Frames or None
    """Mentions written right before a nominal blocker (雌激素受体阻断剂, PI3K inhibitor): the
    blocker's target, never an agent of the sentence's verbs; and a comparison's baseline
    combined with another compound (:func:`_baselines`)."""
    out = _baselines(text, usable, frames)
    for h in hits:
        if _nominal_word(frames, text[h.start : h.end]):
            x = _mention_before(usable, starts, h.start)
            if x is not None and _ADJACENT_GAP.match(text[x.end : h.start]):
                out.add(x.id)
    return out


#: "Z 所抑制的 A": a relative clause, Z the agent of its trigger, A the head noun after 的
_RELATIVE_BEFORE = re.compile(r"\s*所\s*$")
_RELATIVE_AFTER = re.compile(r"\s*的")


def _relatives(
    text: str,
    clause_hits: list[TriggerHit],
    cm: list[Entity],
    cm_starts: list[int],
    clause_end: int,
    out: _Builder,
) -> dict[int, str]:
    """Relative-clause hits of a clause (index -> id of their agent): ``Z 所抑制的 A 和 B``
    gives Z → A, B under the hit's first fitting row; the hit governs nothing else, and Z is
    no argument of the clause's other triggers (恢复了 Z 所抑制的 A: A is 恢复's target)."""
    found: dict[int, str] = {}
    for i, h in enumerate(clause_hits):
        if h.lang != "zh" or not _RELATIVE_AFTER.match(text, h.end):
            continue
        suo = _RELATIVE_BEFORE.search(text, max(0, h.start - 4), h.start)
        z = _mention_before(cm, cm_starts, suo.start()) if suo else None
        if z is None or not re.fullmatch(r"\s*", text[z.end : suo.start()]):
            continue
        nxt = clause_hits[i + 1].start if i + 1 < len(clause_hits) else clause_end
        heads = _leading_run(text, _span(cm, cm_starts, h.end, nxt))
        for rtype, _direction in h.choices:
            if rtype in _REGULATION and z.type in RELATION_TYPES[rtype][0]:
                for a in heads:
                    out.add(rtype, z, a, "trigger")
                break
        found[i] = z.id
    return found


#: a list word anywhere in a short gap (A 活性和 B 表达): a looser test than the conjunction
#: gaps of ``grammar``, and it has only ever taken the words that join (AND_WORDS), not the
#: alternatives 或/or//; kept so
_LIST_WORD = re.compile(
    "|".join(rf"\b{w}\b" if w.isascii() and w.isalpha() else re.escape(w) for w in AND_WORDS)
)


def _leading_run(text: str, mentions: list[Entity]) -> list[Entity]:
    """The first mention and the mentions conjoined to it, with a few words between (A 活性和
    B 表达)."""
    run = mentions[:1]
    for m in mentions[1:]:
        gap = text[run[-1].end : m.start]
        if len(gap) <= 8 and _LIST_WORD.search(gap):
            run.append(m)
        else:
            break
    return run


def _key(m: Entity) -> str:
    return m.norm or unhyphen(m.text.lower())


def _tested_compound(
    text: str, sentences: list[Sentence], ordered: list[Entity], words: WordRegexes
) -> frozenset[str]:
    """The paper's tested compound: the first compound of its first sentence (the title) that
    is not written as its model's stimulus, or the title's only compound; as identifier or
    name; empty when there is none."""
    if not sentences:
        return frozenset()
    first = sentences[0]
    named = []  # the title's compounds
    for i, m in enumerate(ordered):
        if m.start >= first.end:
            break
        if m.type == "COMPOUND" and m.start >= first.start:
            if not is_stimulus(text, ordered, i, words):
                return frozenset({_key(m)})
            named.append(m)
    # a title opening on its only compound, written as inducing a harm, names the tested
    # compound (人参皂苷 Rh4 诱导肝癌细胞 HepG2 的凋亡); not "miR-21 对地塞米松诱导…", "Effect of
    # exercise on dexamethasone-induced …": there the compound is the model's stimulus
    if len({_key(m) for m in named}) != 1 or len(sentences) < 2:  # one sentence is no title
        return frozenset()
    return (
        frozenset({_key(named[0])}) if _opens_title(text, first, named[0], ordered) else frozenset()
    )


#: a botanist's abbreviated name right after a plant's compound (extract of X chinensis L.)
_AUTHORITY_LEAD = re.compile(rf"^{AUTHORITY}(?=[ \t])")
#: between a compound and its abbreviation: a plant's authority perhaps, and the parenthesis
_TO_ABBREVIATION = re.compile(rf"(?:{AUTHORITY})?[ \t]*[（(][ \t]*")


def _with_abbreviations(text: str, ordered: list[Entity], tested: frozenset[str]) -> frozenset[str]:
    """The tested compound's keys and those of the abbreviations the paper defines for it
    (the ethanol extract of X L. (EDCL): EDCL is tested too)."""
    if not tested:
        return tested
    more = {
        _key(n)
        for m, n in zip(ordered, ordered[1:], strict=False)
        if m.type == n.type == "COMPOUND"
        and _key(m) in tested
        and _TO_ABBREVIATION.fullmatch(text, m.end, n.start)
    }
    return tested | more


def _opens_title(text: str, first: Sentence, x: Entity, ordered: list[Entity]) -> bool:
    """Whether compound ``x`` opens the title, brackets aside, or after only its source plant
    (金钗石斛|毛兰素诱导…: the plant and up to four Han characters of its species before it)."""
    lead = text[first.start : x.start]
    plant = next(
        (
            m
            for m in ordered
            if m.type == "ORGANISM" and first.start <= m.start and m.end == x.start
        ),
        None,
    )
    if plant is not None and _SPECIES_LEAD.fullmatch(text, first.start, plant.start):
        lead = ""
    return not lead.strip(" \t[]【】()（）")


#: what may stand before a plant opening a title: up to four Han characters of its species name
_SPECIES_LEAD = re.compile(r"[ \t\[【(（]*[\u4e00-\u9fff]{0,4}")


def _induced_change(
    text: str,
    inducer: Entity,
    hit: TriggerHit,
    mentions: tuple[list[Entity], list[int], tuple[list[Entity], list[int], int]],
    out: _Builder,
) -> int | None:
    """The tested compound's own effect written as a modifier (FMN-induced Runx2 expression,
    the PUE-induced increase of ALP, 补骨脂素引起的 ALP 活性升高): UP or DOWN to the genes and
    pathways right after it, by the change word before or after them; returns where that
    change ends. A stimulus (a compound the title does not name first) gets none."""
    frames = out.frames
    if frames is None or frames.change is None:
        return None
    cm, cm_starts, (usable, starts, sent_start) = mentions
    tested = _key(inducer) in out.tested
    kinds = ("GENE", "PATHWAY") if tested else ("GENE", "PATHWAY", "COMPOUND")
    found = _change_run(text, hit, (cm, cm_starts), frames.change, kinds)
    if found is None:
        return None
    run, changes = found
    if not tested:  # a stimulus: only a compound countering its change (H2O2 诱导的 ROS 增加)
        return _countered(text, inducer, (run, changes), (usable, starts, sent_start), out)
    rule, out.rule = out.rule, "induced change"
    end, raised = run[-1].end, []
    while run:
        for target, change in zip(run, changes, strict=True):
            rtype = "UPREGULATES" if change.group("up") else "DOWNREGULATES"
            out.add(rtype, inducer, target, "trigger")
            raised += [target] if change.group("up") else []
        end = max(changes[-1].end(), run[-1].end)
        run, changes = _next_change(text, frames.change, end, cm, cm_starts)
    out.rule = "reversed change"
    if raised:  # the sentence's names before the inducer, only for a rise to reverse
        _reversal(
            text, (inducer, end), raised, _span(usable, starts, sent_start, inducer.start), out
        )
    out.rule = rule
    return end


def _change_run(
    text: str,
    hit: TriggerHit,
    clause: tuple[list[Entity], list[int]],
    change: re.Pattern[str],
    kinds: tuple[str, ...],
) -> tuple[list[Entity], list] | None:
    """The names of ``kinds`` right after an inducer word and the change word of each (the
    increase of ALP; Runx2 expression; TNF-α 升高), or None."""
    cm, cm_starts = clause
    later = cm[bisect_left(cm_starts, hit.end) :]
    run = _leading_run(text, later) if later and later[0].start < hit.end + _MODIFIER_REACH else []
    if not run or any(m.type not in kinds for m in run):
        return None
    before = change.match(text, hit.end, run[0].start + 1)
    changes = [before] * len(run) if before else _changes_after(text, change, run)
    return (run, changes) if changes[-1] is not None else None


def _countered(
    text: str,
    inducer: Entity,
    found: tuple[list[Entity], list],
    sentence: tuple[list[Entity], list[int], int],
    out: _Builder,
) -> int | None:
    """A compound countering a stimulus's induced change regulates against it (X reversed the
    dexamethasone-induced decrease in ALP: UP; X 可抑制 LPS 诱导的 TNF-α 升高: DOWN): the compound
    before a ``reverse_verb`` written right before the inducer; a ``restore_verb`` brings a gain
    back (rescued the X-induced activation of AMPK: UP). Returns where the change ends
    (its words are no triggers of their own then), or None."""
    frames, (run, changes) = out.frames, found
    limit = _reverse_verb_start(text, inducer, frames)
    if limit is None:
        return None
    usable, starts, sent_start = sentence
    if _negation_before(text, sent_start, limit, frames):
        return max(changes[-1].end(), run[-1].end)  # 未能逆转 … 升高: no relation at all
    lead = _span(usable, starts, max(sent_start, limit - 120), limit)  # bounded: no rescan
    agents = [m for m in lead if m.end <= limit and limit - m.end <= 40 and m.type == "COMPOUND"]
    if not agents or agents[-1].id == inducer.id:
        return None
    rule, out.rule = out.rule, "countered change"
    restores = frames.re["restore_verb_word"].match(text, limit) is not None
    for target, change in zip(run, changes, strict=True):
        gain = change.group("up") and not restores  # rescued the X-induced activation: a rise
        out.add("DOWNREGULATES" if gain else "UPREGULATES", agents[-1], target, "trigger")
    out.rule = rule
    return max(changes[-1].end(), run[-1].end)


def _reverse_verb_start(text: str, inducer: Entity, frames: Frames) -> int | None:
    """Where a ``reverse_verb`` written right before the inducer starts (reversed the X-induced,
    可抑制 LPS 诱导的), or None."""
    if frames.reverse_before is None:
        return None
    before = text[max(0, inducer.start - 40) : inducer.start]
    verb = frames.reverse_before.search(before)
    return None if verb is None else inducer.start - len(before) + verb.start()


def _reversal(
    text: str, induced: tuple[Entity, int], raised: list[Entity], lead: list[Entity], out: _Builder
) -> None:
    """An inhibitor that undoes the tested compound's induced rise lowers what rose (PD98059
    reversed the PUE-induced increase of ALP; 加入 MPP 后，X 引起的 Y 升高被明显抑制): DOWN from
    the name before the reversing verb (or before the inducer, for 被…抑制; a compound before a
    gene: EX527 抑制 SIRT1 后) to each target."""
    frames, (inducer, end) = out.frames, induced
    if not raised or frames is None or frames.reverse_before is None:
        return
    limit = _reverse_verb_start(text, inducer, frames)
    if limit is None:  # or 加入 MPP 后，X 引起的 Y 升高被明显抑制: the names before the inducer
        if not frames.reverse_after.match(text, end):
            return
        limit = inducer.start
    agents = [
        m
        for m in lead
        if m.end <= limit
        and limit - m.end <= 40
        and m.type in ("COMPOUND", "GENE")
        and _key(m) not in out.tested
    ]
    if agents and frames.re["silenced_after"].match(text, agents[-1].end):
        return  # DKK1 or Wnt3a knockdown abolished …: a loss of function, no agent
    compounds = [m for m in agents if m.type == "COMPOUND"]  # an inhibitor before its target
    for target in raised if agents else ():
        out.add("DOWNREGULATES", (compounds or agents)[-1], target, "trigger")


def _changes_after(text: str, change: re.Pattern[str], run: list[Entity]) -> list:
    """The change word after each name of a run (LC3-Ⅱ 升高和 p62 降解); a name without one
    shares the next one's (A and B expression)."""
    found = [change.match(text, m.end, m.end + 16) for m in run]
    for i in range(len(found) - 2, -1, -1):
        found[i] = found[i] or found[i + 1]
    return found


_AND_NEXT = re.compile(r"\s*(?:,?\s*and|、|和|及|以及)\s*")


def _next_change(
    text: str, change: re.Pattern[str], pos: int, cm: list[Entity], cm_starts: list[int]
) -> tuple[list[Entity], list]:
    """The next conjunct of an induced change (… Smad1/5/9 activation and Runx2 upregulation):
    its gene and its change word, or nothing."""
    conj = _AND_NEXT.match(text, pos)
    nxt = _span(cm, cm_starts, conj.end(), conj.end() + 1) if conj else []
    found = change.match(text, nxt[0].end) if nxt and nxt[0].type in ("GENE", "PATHWAY") else None
    return ([nxt[0]], [found]) if found else ([], [])


def _inducer_exposure(
    text: str,
    inducer: Entity,
    hit: TriggerHit,
    mentions: tuple[list[Entity], list[int], tuple[list[Entity], list[int], int]],
    clause_end: int,
    out: _Builder,
) -> int | None:
    """A compound inducer (H2O2 诱导的 BMSCs 凋亡, dexamethasone-induced osteoblast apoptosis)
    is TESTED_IN the system named right after the inducer word, past the name of the model it
    makes (地塞米松诱导的糖皮质激素性骨质疏松小鼠); a gene inducer gets nothing.
    Returns where the tested compound's induced change ends, if it is one. ``mentions``: the
    clause's mentions, their starts, and the sentence's (mentions, starts, start)."""
    if inducer.type != "COMPOUND":
        return None
    cm, cm_starts, _ = mentions
    nxt = _span(cm, cm_starts, hit.end, min(clause_end, hit.end + 3 * _MODIFIER_REACH))
    reach = hit.end + _MODIFIER_REACH  # counted from the model's name after the inducer word
    while nxt and nxt[0].type == "DISEASE" and nxt[0].start < reach:  # X 诱导的骨质疏松小鼠
        reach, nxt = nxt[0].end + _MODIFIER_REACH, nxt[1:]
    if nxt and nxt[0].type in SYSTEM_TYPES and _modified(text, hit, reach, nxt[0], out):
        _add_checked(out, "TESTED_IN", inducer, nxt[0], text, hit, clause_end, cm)
    return _induced_change(text, inducer, hit, mentions, out)


def _modified(text: str, hit: TriggerHit, reach: int, system: Entity, out: _Builder) -> bool:
    """Whether an inducer word reaches ``system``: within ``reach``, or, in English, past a
    short name of the model and "in" (X-induced myocardial necrosis in rats)."""
    if system.start < reach:
        return True
    if hit.lang != "en" or out.frames is None:
        return False
    words = out.frames.re
    return bool(
        words["induced_model_in"].fullmatch(text, hit.end, system.start)
        and not words["finite_verb_en"].search(text, hit.end, system.start)
    )


def _apply(
    ctx: _HitContext, rtype: str, direction: str, subject: Entity | None, out: _Builder
) -> tuple[bool, Entity | None]:
    """Link one trigger under one of its rows. Returns (a relation of this row was found,
    the agent to keep as the subject of later clauses)."""
    hit = ctx.hit
    if direction == "backward" or _nominal_word(ctx.frames, ctx.word):
        return _backward(ctx, rtype, out), None
    gerund = _gerund_with(ctx, rtype)
    passive = (
        _passive(ctx, rtype)
        or _dui_nominal(ctx, rtype)
        or _nominal_by(ctx, rtype)
        or gerund
        or _group_locative(ctx, rtype, out)
        or _label_before(ctx, rtype)
    )
    if passive is not None:
        agent, targets = passive
        found = _add_all(out, ctx, rtype, agent, targets)
        for co in _conjoined_after(ctx, agent) if passive is not gerund else ():
            found |= _add_all(out, ctx, rtype, co, targets)  # increased by A and B
        labelled = found and agent.type == "COMPOUND" and agent.id in ctx.no_target
        labelled |= found and passive is gerund and _subject_phrase(ctx, agent)
        return found, agent if labelled else None  # a group label (a gerund's blocker) stays
    if rtype == "TESTED_IN":
        return _tested_in(ctx, direction, subject, out), None
    if hit.lang == "zh" and ctx.frames.re["effect_object"].match(ctx.text, hit.end):
        return False, None  # 可阻断 X 对 Y 的上调作用: the object is an effect, not X nor Y
    targets = _predicate_targets(ctx, rtype)
    if targets is None:
        return False, None  # a reduction in pain behavior and … of MIA rats: no object
    if targets and ctx.frames and ctx.frames.new_conjunct(ctx.text[hit.end : targets[0].start]):
        targets = []  # A 升高而 B 下降: B is the theme of the next trigger
        ctx = replace(ctx, after=[], region_end=hit.end)
    ana = ctx.frames.re["anaphor"].search(ctx.text, ctx.prev_end, hit.start)
    agent = _anaphor_agent(ctx, ana) if ana else None
    pronoun = _pronoun_target(ctx, rtype)
    if not targets:
        targets = _shared_targets(ctx, rtype)
    if not targets and pronoun is None:
        carried = subject if subject is None or _carries(subject, out) else None
        targets, agent = _themes_before(ctx, rtype, agent, carried)
    elif agent is None:
        agent = _agent_before(
            ctx, RELATION_TYPES[rtype][0], direction, targets or [pronoun], subject
        )
    if agent is None:
        return False, None
    if len(ctx.word) == 1 and targets:
        targets = [t for t in targets if t.start == hit.end]  # 抗 needs its target next
    # a name never regulates another occurrence of itself
    found = _add_all(out, ctx, rtype, agent, [t for t in targets if not _same(t, agent)])
    if pronoun is not None and not _same(pronoun, agent):
        found |= out.add(rtype, agent, pronoun, "trigger")
    for co in _all_co_agents(ctx, agent, targets, out):
        found |= _add_all(out, ctx, rtype, co, [t for t in targets if not _same(t, co)])
    keep = agent if agent.type in AGENT_TYPES and not ana and agent.start < hit.start else None
    return found, keep


def _carries(subject: Entity, out: _Builder) -> bool:
    """Whether a clause's subject is the agent of a later clause's themes: a compound, or a
    model's stimulus gene (IL-1β 使 A 下降，B 升高: kept for "X 可逆转上述变化")."""
    return subject.type == "COMPOUND" or (subject.type == "GENE" and _key(subject) in out.stimuli)


_AGENT_CONJ = conjunction_gap(serial_comma=True)


def _predicate_targets(ctx: _HitContext, rtype: str) -> list[Entity] | None:
    """The names after the trigger that its row allows as targets; None when the first stands
    too far after an English change noun to be its object."""
    hit = ctx.hit
    targets = [
        m
        for m in _before_predicate(ctx)
        if m.type in RELATION_TYPES[rtype][1] and m.id not in ctx.no_target
    ]
    if targets and (_far_noun_object(ctx, targets[0]) or _passive_locative(ctx)):
        return None
    if targets and hit.lang == "en" and ctx.frames is not None:
        by = ctx.frames.re["inducer_by_en"]
        cut = next(
            (
                i
                for i, m in enumerate(targets)
                if _new_subject(ctx, m)
                or by.search(ctx.text, max(0, m.start - 24), m.start)
                or (i and _FROM_BEFORE.search(ctx.text, max(0, m.start - 12), m.start))
                or (i and _BY_BEFORE.search(ctx.text, max(0, m.start - 8), m.start))
            ),
            None,
        )
        if cut is not None:  # … and icariin could rescue …; the damage caused by IL-1β
            return targets[:cut] or None
    copula = ctx.frames.re["copula_zh"] if ctx.frames else _NEVER
    if hit.lang == "zh" and targets and copula.search(ctx.text, hit.end, targets[0].start):
        targets = []  # A 增加可能是 X 减轻 D 的机制: what follows 是 is no object of 增加
    return targets


#: a passive's auxiliary right before its participle (ALP was significantly reduced)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _passive_locative(ctx: _HitContext) -> bool:
    """Whether an English passive is followed by a place, not an object (ALP was reduced in
    the naringin + OVX group: the names there are no targets)."""
    hit, text = ctx.hit, ctx.text
    return (
        hit.lang == "en"
        and _IN_THE.match(text, hit.end) is not None
        and _PASSIVE_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None
    )


#: how far an English change noun's object may start after it (the activation of the
#: Wnt/β-catenin pathway; the inhibition of the expression of IL-6)
_NOUN_OBJECT_REACH = 100


def _far_noun_object(ctx: _HitContext, target: Entity) -> bool:
    """Whether ``target`` stands too far after an English change noun with its "of"/"in" to
    be its object."""
    hit = ctx.hit
    if hit.lang != "en" or not _nominal_en(ctx.word, ctx.frames):
        return False
    if not _OF_AFTER.match(ctx.text, hit.end):
        return False
    far = target.start - hit.end > _NOUN_OBJECT_REACH
    return far or bool(_VERB_CONJ_EN.search(ctx.text, hit.end, target.start))


#: right before a name after the trigger's object: where the object is kept from (protects
#: hepatocytes from the CCl4 damage)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def _new_subject(ctx: _HitContext, m: Entity) -> bool:
    """Whether a name after an English trigger opens a clause of its own: after a conjunction,
    before a modal or an adverb and a verb (and icariin could rescue; but X also inhibited)."""
    words = ctx.frames.re
    return bool(
        words["new_subject_en"].match(ctx.text, m.end)
        and words["conjunction_before_en"].search(ctx.text, max(0, m.start - 12), m.start)
    )


#: a verb conjoined after a noun's object: "a reduction in pain and improved the …"
_VERB_CONJ_EN = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+)?(?:\w+ed|showed|shown)\b", re.I)


def _after_copula(text: str, own: list[Entity], end: re.Pattern[str]) -> list[Entity] | None:
    """The agent candidates from a name written right after a copula on (A 增加可能是 X 减轻 D 的
    机制: X), or None when there is none; not "X 是通过抑制 Y 减轻 D"."""
    for i, m in enumerate(own):
        if i and end.search(text, max(0, m.start - 4), m.start):
            return own[i:]
    return None


def _all_co_agents(
    ctx: _HitContext, agent: Entity, targets: list[Entity], out: _Builder
) -> list[Entity]:
    """The agents conjoined to ``agent``; a verb conjoined to the one before shares its
    conjoined agents ("A and B increased X and decreased Y", A 和 B 均能提高 X 并降低 Y)."""
    if not targets:
        return []
    cos = _co_agents(ctx, agent, themes=targets[0].start < ctx.hit.start)
    if cos:
        out.co_agents[agent.id] = cos
    elif agent.start < ctx.prev_end or (
        ctx.follows_trigger
        and ctx.before
        and ctx.frames.re["verb_conj_loose"].match(ctx.text[ctx.before[-1].end : ctx.hit.start])
    ):
        cos = out.co_agents.get(agent.id, [])  # the same subject carried on: 能减轻 A，降低 B
    return cos


def _co_agents(ctx: _HitContext, agent: Entity, themes: bool = False) -> list[Entity]:
    """The agents conjoined after ``agent`` right before the trigger ("genistein and daidzein
    suppress", 葛根素和淫羊藿苷均可促进): each conjunct gets its own relation."""
    if agent.start >= ctx.hit.start or agent.type != "COMPOUND":
        return []
    if ctx.follows_trigger and not _treatment_object(ctx, agent):
        return []  # (treatment with A or B reduced X: the giving noun's objects are the agents)
    run = [agent]
    for m in ctx.near:
        if m.start < run[-1].end or (m.type in QUANTITY_TYPES and m.start < ctx.hit.start):
            continue  # A (10 μM) and B (5 μM) induced …: the doses stand in the run
        if m.start >= ctx.hit.start or m.type != agent.type or m.id in ctx.no_agent:
            break
        gap = _PARENS.sub("", ctx.text[run[-1].end : m.start])
        words = ctx.frames.re if ctx.frames is not None else None
        combined = words is not None and (
            words["combination_gap"].fullmatch(gap) or words["arm_conj_zh"].fullmatch(gap)
        )
        if not (_AGENT_CONJ.fullmatch(gap) or combined):
            break
        run.append(m)
    end = _combination_end(ctx, run[-1].end)
    dose = _DOSE_PAREN.match(ctx.text, end) if len(run) > 1 else None
    end = dose.end() if dose else end  # … and B (5 μM) induced: past the last one's dose
    both = ctx.frames.re["combination_tail"].match(ctx.text, end) if ctx.frames else None
    end = both.end() if both else end  # A, B and their combination reduced …
    rest = ctx.text[end : ctx.hit.start]
    groups = ctx.text.startswith("组", end)  # X 组与 Y 组 A、B 均低于模型组: the themes
    if len(run) > 1 and ctx.frames.re["dui_after_agents"].match(rest) and len(rest) <= 40:
        return run[1:]  # A 和 B 对 D 均有保护作用: the object after 对, the agents before
    if (
        len(run) == 1
        or (themes and not groups)
        or (  # stand between labels and trigger
            not groups
            and (
                len(rest) > 24
                or any(end <= m.start < ctx.hit.start for m in ctx.near if m not in run)
            )
        )
    ):
        return []
    return run[1:]


def _treatment_object(ctx: _HitContext, agent: Entity) -> bool:
    """Whether ``agent`` is the object of a treatment noun right before it (treatment with X,
    administration of X): the trigger before is that noun, whose objects act together."""
    if ctx.frames is None or ctx.hit.lang != "en":
        return False
    before = ctx.frames.re["treatment_noun_before"]
    return before.search(ctx.text, max(0, agent.start - 30), agent.start) is not None


def _combination_end(ctx: _HitContext, end: int) -> int:
    """The end of a combination arm's label (X+Y 组, X + Y group): the names joined by a plus
    after ``end`` belong to the last conjunct's label."""
    for m in ctx.near:
        if end <= m.start < ctx.hit.start and _PLUS.fullmatch(ctx.text, end, m.start):
            end = m.end
    return end


_PLUS = re.compile(r"\s*[+＋]\s*")
#: a parenthesis (a dose, an abbreviation, an authority) to read past
_PARENS = re.compile(r"[（(][^（）()]{0,80}[）)]")
#: the same right after a conjoined agent, spaces before it
_DOSE_PAREN = re.compile(r"\s*" + _PARENS.pattern)


#: "promotes osteogenic and inhibits adipogenic differentiation of": one modifier and a
#: conjunction between two verbs that share the object after the second
#: a lower-case modifier (osteogenic) and a conjunction; a capitalised word (BMD) is a noun,
#: the verb's own object ("higher BMD and lower TRAP")
_SHARED_GAP = re.compile(r"\s*(?:the\s+)?[a-z][a-z\-]*\s+(?i:and|or|but)\s+")


def _shared_targets(ctx: _HitContext, rtype: str) -> list[Entity]:
    """The object of the next verb when this one has none and only a modifier and a
    conjunction stand between them ("promotes osteogenic and inhibits adipogenic
    differentiation of BMSCs": both verbs regulate BMSCs)."""
    end = ctx.region_end
    if not _SHARED_GAP.fullmatch(ctx.text, ctx.hit.end, end):
        return []
    later = [m for m in ctx.near if m.start >= end and m.type in RELATION_TYPES[rtype][1]]
    return _leading_run(ctx.text, later)


def _pronoun_target(ctx: _HitContext, rtype: str) -> Entity | None:
    """促进其成骨分化, inhibits their adipogenic differentiation: a pronoun object right after a
    regulation trigger, with a cell word after it, stands for the last cell named before the
    trigger in the sentence (not the fate of a differentiation: 向脂肪细胞)."""
    frames, text = ctx.frames, ctx.text
    if frames is None or frames.pronoun is None or rtype not in _REGULATION:
        return None
    pron = frames.pronoun.match(text, ctx.hit.end)
    if pron is None or frames.fate_after is None:
        return None
    if not frames.fate_after.match(text[pron.end() : pron.end() + 24]):
        return None
    for m in reversed(ctx.earlier):
        if m.type in CELL_TYPES and not _INTO_BEFORE.search(text[max(0, m.start - 6) : m.start]):
            return m
    return None


def _anaphor_agent(ctx: _HitContext, ana: re.Match[str]) -> Entity | None:
    """The antecedent of 此通路 / this compound: the last pathway or compound before it."""
    want = "PATHWAY" if ana.group("p") else "COMPOUND"
    prior = [m for m in ctx.earlier if m.end <= ana.start() and m.type == want]
    return prior[-1] if prior else None


def _agent_before(
    ctx: _HitContext,
    arg1_types: tuple[str, ...],
    direction: str,
    targets: list[Entity],
    subject: Entity | None,
) -> Entity | None:
    """The agent of a trigger with targets after it: a conjoined verb's shared subject, else
    the first agent before the trigger, else the subject, else (``any``) the agent after the
    targets."""
    hit = ctx.hit
    agent, objects = None, frozenset()
    nominal = ctx.word.lower().endswith(("ion", "ions", "ment", "ments"))
    if nominal and _MEANS_BEFORE.search(ctx.text, max(0, hit.start - 40), hit.start):
        # reduced A via activation of B: A is the earlier trigger's object, not B's agent
        objects = frozenset(m.id for m in ctx.near if ctx.first_start <= m.start < hit.start)
    if _conjoined_verb(ctx):
        agent = _nearest_occurrence(ctx.earlier, subject, hit.start) if subject else None
        if agent is not None and agent.type not in arg1_types:
            agent = None
        # the verbs before's objects: 增加 A、降低 B、而增加 C (the subject precedes them all)
        objects = frozenset(m.id for m in ctx.near if ctx.first_start <= m.start < hit.start)
    if agent is None:
        own = [
            m
            for m in ctx.near
            if m.end <= hit.start
            and m.type in arg1_types
            and m.type != "ORGANISM"
            and m.id not in ctx.no_agent
            and m.id not in objects
        ]
        if ctx.frames is not None and own:
            start = ctx.frames.after_report(ctx.text, own[0].start, hit.start)
            own = [m for m in own if m.start >= start]
        own = _after_gerund_phrase(ctx, _own_agents(ctx, own, subject))
        agent = own[0] if own else None
    named = subject is not None and any(m.id == subject.id for m in ctx.before)
    if agent is None and not named and any(m.id in ctx.silenced for m in ctx.before):
        return None  # SIRT1 knockdown decreased RUNX2: no agent (blocking A with X: X)
    if agent is not None and _inside_dui_object(ctx, agent):
        return None  # X 对 H2O2 诱导损伤后的 Y 细胞存活率的影响: 诱导 is no verb of X
    if agent is None and subject is not None and subject.type in arg1_types:
        agent = _nearest_occurrence(ctx.earlier, subject, hit.start)
    if agent is None and direction == "any":
        agent = _agent_after(ctx, targets, arg1_types)
    return agent


_LATIN_WORD = re.compile(r"[A-Za-z]+")


def _listed_theme(ctx: _HitContext, m: Entity, limit: int) -> bool:
    """Whether ``m`` is listed as one of the things an earlier clause's verb changes, before
    ``limit`` (TC、TG、HOMA-IR 和 FBG 均降低，HDL-C 升高: TC is no agent of 升高), even where names
    no rule knows break the run of mentions (``listed_theme_zh``)."""
    return ctx.frames.re["listed_theme_zh"].match(ctx.text, m.end, limit) is not None


def _after_gerund_phrase(ctx: _HitContext, own: list[Entity]) -> list[Entity]:
    """After a gerund phrase opening the sentence and closed by a comma, the names after the
    comma (Inhibiting A with X, Y increased B: Y, the clause's own subject)."""
    at = ctx.first_start
    if not own or ctx.hit.lang != "en" or at >= ctx.hit.start:
        return own
    word = _LATIN_WORD.match(ctx.text, at)
    if word is None or not word.group().lower().endswith("ing"):
        return own
    if not _opens_at(ctx.text, at):
        return own
    comma = ctx.text.rfind(",", own[0].start, ctx.hit.start)
    later = [m for m in own if m.start > comma] if comma >= 0 else []
    return later or own


def _inside_dui_object(ctx: _HitContext, agent: Entity) -> bool:
    """Whether a Chinese trigger stands inside the object of an aim's 对 after ``agent``, words
    after it before the aim noun (X 对 H2O2 诱导损伤后的 Y 细胞存活率的影响); not the effect
    itself (X 对 Y 细胞增殖的抑制作用)."""
    if ctx.hit.lang != "zh" or ctx.frames is None:
        return False
    if "对" not in ctx.text[agent.end : ctx.hit.start]:
        return False
    return bool(ctx.frames.re["dui_object_end"].match(ctx.text, ctx.hit.end))


def _add_all(
    out: _Builder, ctx: _HitContext, rtype: str, agent: Entity, targets: list[Entity]
) -> bool:
    """Add ``agent`` → each target (each checked); True when one was added."""
    found = False
    frames = ctx.frames
    for t in _without_qualifiers(ctx.text, targets, ctx.frames):
        if frames is not None and rtype in _REGULATION and t.type in CELL_TYPES:
            system = _fate_system(ctx.text, t, frames.re, ctx.near)
            if system is not None:  # osteoblast differentiation of MC3T3-E1 cells: the cells
                found |= out.add(rtype, agent, system, "trigger")
                continue
        if frames is not None and rtype in _REGULATION:
            if t.type == "GENE" and frames.is_marker(ctx.text, t):
                continue
            if (
                t.type in CELL_TYPES
                and frames.counted(ctx.text, t, ctx.hit)
                and not _INTO_BEFORE.search(ctx.text[max(0, t.start - 6) : t.start])
            ):
                found |= out.add(rtype, agent, t, "trigger")
                continue
        found |= _add_checked(out, rtype, agent, t, ctx.text, ctx.hit, ctx.region_end, ctx.near)
    return found


def _without_qualifiers(text: str, targets: list[Entity], frames: Frames | None) -> list[Entity]:
    """The targets less a ``qualified_gene`` written right before its subunit, a space between
    (NF-κB p65): the relation goes to the subunit, the protein meant (DECISIONS)."""
    qualified = frames.re["qualified_gene"] if frames is not None else None
    starts = {t.start for t in targets if t.type == "GENE"}
    return [
        t
        for t in targets
        if not (
            qualified is not None
            and qualified.fullmatch(text, t.start, t.end)
            and text[t.end : t.end + 1] == " "
            and t.end + 1 in starts
        )
    ]


def _own_agents(ctx: _HitContext, own: list[Entity], subject: Entity | None) -> list[Entity]:
    """The agent candidates before a trigger less the objects of the trigger before it; a
    name after a copula (A 增加可能是 X 减轻 D 的机制: X) or opening its own English clause (…
    activate A and icariin could rescue: icariin) alone."""
    copula = _after_copula(ctx.text, own, ctx.frames.re["copula_end_zh"]) if ctx.frames else None
    if copula is not None:
        return copula
    last = ctx.before[-1] if ctx.before and ctx.frames is not None else None
    if last is not None and ctx.hit.lang == "en" and last in own and _new_subject(ctx, last):
        return [last]
    if _objects_before(ctx, own, subject):
        objects = {m.id for m in ctx.before}
        own = [m for m in own if m.id not in objects]
    return own


def _objects_before(ctx: _HitContext, own: list[Entity], subject: Entity | None) -> bool:
    """True when the mentions between the trigger before and this one are that trigger's
    objects, not this one's subject: the verbs are conjoined ("decreased A levels and
    downregulated B"), or the trigger before had a subject of its own ("X 抑制 A 激活 B": the
    guideline infers no chain A → B). "激活 Wnt 既可以抑制…" (no subject before) keeps Wnt."""
    if not ctx.follows_trigger or not ctx.before:
        return False
    if ctx.frames.re["verb_conj_loose"].match(ctx.text[ctx.before[-1].end : ctx.hit.start]):
        return True
    return subject is not None or any(m.end <= ctx.prev_end for m in own)


def _conjoined_verb(ctx: _HitContext) -> bool:
    """True when the trigger is a verb conjoined to the governing trigger before it in the
    clause, so the mention between them is that verb's object, not this one's subject."""
    if not ctx.follows_trigger:
        return False
    words = ctx.frames.re
    if not ctx.before:  # 抑制 A 过度激活、减少 B: a nominal trigger (激活) stands between
        last = [m for m in ctx.near if m.end <= ctx.hit.start][-1:]
        gap = ctx.text[last[0].end : ctx.hit.start] if last else ""
        return bool(last) and bool(words["verb_list_zh"].match(gap))
    gap = ctx.text[ctx.before[-1].end : ctx.hit.start]
    return bool(words["verb_conj"].match(gap) or words["verb_list_zh"].match(gap))


def _agent_after(ctx: _HitContext, targets: list[Entity], arg1_types) -> Entity | None:
    """The agent written after the targets of an ``any`` trigger, linked by of/by/被/由."""
    last = targets[-1]
    for m in ctx.near:
        if m.start >= last.end and m.type in arg1_types and m.type != "ORGANISM":
            gap = ctx.text[last.end : m.start]
            if (
                m.id not in ctx.no_agent
                and len(gap) <= 40
                and _AGENT_AFTER.search(gap)
                and not _MEANS_IN_GAP.search(gap)
            ):
                return m
            return None
    return None


#: right after a name: the Chinese list mark (A、B)
_LIST_MARK_AFTER = re.compile(r"[ \t]*、[ \t]*")


def _listed_with_other(text: str, agent: Entity, pre: list[Entity]) -> bool:
    """Whether ``agent`` opens a Chinese list whose next item is of another type (NO、IL-6
    水平: measured items), not a list of compounds (葛根素、槲皮素对 …)."""
    nxt = next((m for m in pre if m.start >= agent.end), None)
    gap = _LIST_MARK_AFTER.fullmatch(text, agent.end, nxt.start) if nxt is not None else None
    return gap is not None and nxt.type != agent.type


def _themes_before(
    ctx: _HitContext, rtype: str, agent: Entity | None, subject: Entity | None
) -> tuple[list[Entity], Entity | None]:
    """Targets written before the trigger (X 的表达水平上调, 对 X 起到负性调节作用), and agent."""
    text, hit = ctx.text, ctx.hit
    arg1_types, arg2_types = RELATION_TYPES[rtype]
    inside = _treated_inside(ctx, arg1_types, arg2_types)
    if inside is not None:
        return inside
    pre = [  # not an animal: a herbal one is seen as a compound, an animal is never an agent
        m
        for m in ctx.before
        if (m.type in arg1_types or m.type in arg2_types) and m.type != "ORGANISM"
    ]
    if not pre:
        return [], agent
    words = ctx.frames.re
    run = _trailing_run(
        text, pre, words["theme_list_gap" if hit.lang == "zh" else "theme_list_gap_en"]
    )
    run = _comma_items(text, pre, run, ctx.no_target) if len(run) > 1 else _trailing_run(text, pre)
    healing = ctx.frames.healing is not None and ctx.frames.healing.match(text, hit.start)
    nominal = (  # 用于骨质疏松症的防治; not 骨缺损修复 (a healing: _healing's)
        rtype == "TREATS"
        and not healing
        and words["nominal_treats"].match(_past_model_animal(ctx, run[-1].end))
    )
    en = hit.lang == "en"
    after = words["after_theme_trigger_en" if en else "after_theme_trigger"]
    if not nominal and not after.match(text[hit.end : ctx.region_end]):
        return [], agent
    if ctx.follows_trigger and "的" in text[run[-1].end : hit.start] and not nominal:
        return [], agent  # 抑制 X 的活化: a noun, the object of the trigger before
    dui = "对" in text[min(pre[0].end, ctx.prev_end) : run[0].start]
    gap = words["theme_gap_en" if en else "theme_gap"]
    if not (nominal or dui or gap.match(text[run[-1].end : hit.start])):
        return [], agent  # (a nominal TREATS: 用于 X 的临床治疗)
    lead = [
        m
        for m in pre[: len(pre) - len(run)]
        if m.id not in ctx.no_agent and not (not en and _listed_theme(ctx, m, run[0].start))
    ]
    if agent is None and lead and _lead_agent(ctx, lead[0], run[0], arg1_types):
        agent = lead[0]
    if agent is None and subject is not None:
        agent = _nearest_occurrence(ctx.earlier, subject, hit.start)
        if agent is not None and not en and _listed_theme(ctx, agent, run[0].start):
            agent = None  # TC、TG 和 FBG 均降低，HDL-C 升高: TC was a theme, no subject
    if (
        agent is not None
        and agent in pre
        and (
            agent in run
            or _same_list(text[agent.end : run[0].start])
            or (hit.lang == "zh" and _listed_with_other(text, agent, pre))
        )
    ):
        agent = None  # 血清钙、磷和雌二醇均降低, NO、IL-6 水平…高于: a theme, no subject
    return [m for m in run if m.type in arg2_types], agent


def _lead_agent(ctx: _HitContext, lead: Entity, first: Entity, arg1_types) -> bool:  # noqa: ANN001
    """Whether the name before a theme list is the agent of the trigger after it: a compound,
    or a gene with 对 or a ``causative_zh`` verb between (IL-1β 使 p62 下降) and no trigger
    before it in the clause (抑制 PI3K 使 Akt 磷酸化降低: PI3K is 抑制's object)."""
    text, words = ctx.text, ctx.frames.re
    between = text[lead.end : first.start]
    if lead.type not in arg1_types or _same_list(between) or _measured(ctx.frames, text, lead):
        return False
    if lead.type == "COMPOUND" or "对" in between:
        return True
    # a gene before 使 opens its clause: not the object of a verb before it (抑制 PI3K 使 …)
    causes = words["causative_lead"].fullmatch(text, lead.end, first.start) is not None
    return causes and not ctx.follows_trigger


_COMMA_GAP = re.compile(r"[ \t]*[，,][ \t]*")


def _comma_items(
    text: str, pre: list[Entity], run: list[Entity], no_target: frozenset[str]
) -> list[Entity]:
    """A Chinese theme list closed by 和/、 (B 和 C) with its first items set off by commas
    (X 组 A，B 和 C 含量降低): those items join it; a group label never does, nor the
    clause's first name (its subject)."""
    i = len(pre) - len(run)
    while (
        i > 1
        and pre[i - 1].id not in no_target
        and _COMMA_GAP.fullmatch(text, pre[i - 1].end, pre[i].start)
    ):
        i -= 1
    return pre[i:]


def _past_model_animal(ctx: _HitContext, end: int) -> str:
    """The text from ``end`` (a disease) to the trigger, past the model's animal and its organ
    right after the disease (对糖尿病肾病大鼠的肾脏起保护作用: 起)."""
    text, words = ctx.text, ctx.frames.re
    animal = next((m for m in ctx.near if m.start >= end), None)
    if animal is None or animal.type != "ORGANISM" or text[end : animal.start].strip():
        return text[end : ctx.hit.start]
    organ = words["model_organ_zh"].match(text, animal.end, ctx.hit.start)
    return text[organ.end() if organ else animal.end : ctx.hit.start]


def _treated_inside(ctx: _HitContext, arg1_types, arg2_types) -> tuple[list[Entity], Entity] | None:
    """A compound treated between themes and their trigger (ALP 活性在 X 作用下升高, Y 在 X
    处理后降低): the themes' trailing run before 在, and the compound; or None."""
    text, words = ctx.text, ctx.frames.re
    earlier = [m for m in ctx.earlier if m.end <= ctx.hit.start]
    if ctx.hit.lang != "zh" or not earlier or "COMPOUND" not in arg1_types:
        return None
    x = earlier[-1]
    if x.type != "COMPOUND" or not words["treated_inside_after_zh"].match(
        text[x.end : ctx.hit.start]
    ):
        return None
    at = words["treated_inside_before_zh"].search(text, max(0, x.start - 4), x.start)
    themes = [m for m in earlier[:-1] if at is not None and m.end <= at.start()]
    run = _trailing_run(text, themes, words["theme_list_gap"]) if themes else []
    if not run or not words["theme_gap"].match(text[run[-1].end : at.start()]):
        return None
    targets = [m for m in run if m.type in arg2_types]
    return (targets, x) if targets else None


def _measured(frames: Frames | None, text: str, m: Entity) -> bool:
    """Whether a measure word follows ``m`` (骨钙含量, 血清钙水平): a theme measured, no agent."""
    return (
        frames is not None
        and frames.measure is not None
        and bool(frames.measure.match(text, m.end))
    )


def _same_list(gap: str) -> bool:
    """Whether ``gap`` joins two names into one list, an unnamed item perhaps between (血清钙、磷
    和雌二醇均降低): the first is a theme like the others, no agent."""
    return _LIST_GAP.fullmatch(gap) is not None


#: list marks with unnamed short items between: "、磷和", "、"
_LIST_GAP = re.compile(r"\s*(?:[、和及与]\s*[^\W_、和及与]{0,3}\s*)*[、和及与]\s*")


def _passive(ctx: _HitContext, rtype: str) -> tuple[Entity, list[Entity]] | None:
    """被/受/由 X <trigger>: X is the agent, the theme before 被 the target
    (破骨细胞分化被葛根素抑制, Runx2 的表达被葛根素上调). None when not a passive."""
    frames = ctx.frames
    if ctx.hit.lang != "zh" or not ctx.before or frames is None or frames.passive_gap is None:
        return None
    text, hit = ctx.text, ctx.hit
    x = ctx.before[-1]
    if not frames.passive_gap.match(text[x.end : hit.start]):
        return None
    bei = frames.passive_before.search(text, max(ctx.prev_end, x.start - 4), x.start)
    if bei is None:
        return None
    arg1_types, arg2_types = RELATION_TYPES[rtype]
    if x.type not in arg1_types or x.id in ctx.no_agent:
        return x, []
    run = _trailing_run(text, [m for m in ctx.before[:-1] if m.end <= bei.start()])
    if not run or not ctx.frames.re["theme_gap"].match(text[run[-1].end : bei.start()]):
        return x, []
    return x, [m for m in run if m.type in arg2_types]


_DUI = re.compile(r"对\s*$")
#: 对 with the system and the site before the themes: 对兔股骨骨缺损
_DUI_SITE = re.compile(r"对(?=[^的，,；;。\s]{1,7}$)")
#: between X and 对: its abbreviation or a hedge
_DUI_AGENT_GAP = re.compile(r"^\s*(?:[（(][^（）()]{0,30}[）)])?\s*(?:可能)?\s*$")


def _dui_nominal(ctx: _HitContext, rtype: str) -> tuple[Entity, list[Entity]] | None:
    """X 对 Y(、Z 及 W) 的<trigger>作用: X is the agent, the list the targets (葛根素对 ERα、BMP-2
    的上调作用). None when the trigger is not written so."""
    text, hit = ctx.text, ctx.hit
    if hit.lang != "zh" or not ctx.before or not ctx.frames.re["effect_noun"].match(text, hit.end):
        return None
    run = _trailing_run(text, ctx.before)
    if not run or not ctx.frames.re["dui_gap"].match(text[run[-1].end : hit.start]):
        return None
    dui = _DUI.search(text, max(ctx.prev_end, run[0].start - 3), run[0].start) or _DUI_SITE.search(
        text, max(ctx.prev_end, run[0].start - 8), run[0].start
    )
    if dui is None:
        return None
    agents = [m for m in ctx.earlier if m.end <= dui.start()]  # 局部植入 (a trigger) may
    arg1_types, arg2_types = RELATION_TYPES[rtype]  # stand between X and 对
    if not agents or agents[-1].type not in arg1_types or agents[-1].id in ctx.no_agent:
        return None
    if not _DUI_AGENT_GAP.match(text[agents[-1].end : dui.start()]):
        return None
    countered = ctx.frames.countered if ctx.frames is not None else None
    if countered and countered.search(
        text, max(ctx.prev_end, agents[-1].start - 6), agents[-1].start
    ):
        return agents[-1], []  # 拮抗地塞米松对 BMSCs 的抑制作用: a stressor's effect, countered
    return agents[-1], [m for m in run if m.type in arg2_types]


def _tested_in(ctx: _HitContext, direction: str, subject: Entity | None, out: _Builder) -> bool:
    """A giving/exposure word: the compound before it (``any``: else after it; ``after``: only
    after it), else the subject; the systems after it (``any``: else the ones right before it)."""
    text, hit = ctx.text, ctx.hit
    if _undone_effect(ctx):
        return False  # LY294002 reversed the effects of X on Y: a blocker's finding, no aim
    arg2_types = RELATION_TYPES["TESTED_IN"][1]
    pre = [  # none for ``after``: fibrosis induced by X in mice
        m
        for m in ctx.near
        if direction != "after"
        and m.end <= hit.start
        and m.type == "COMPOUND"
        and m.id not in ctx.no_agent
    ]
    agent = pre[-1] if pre else None
    given: list[Entity] = []
    if agent is not None and agent.id in ctx.no_target and _object_given(ctx):
        agent = None  # X 组大鼠注射 Y: the arm's label names the group, Y is given
    if agent is None and direction in ("any", "after"):  # rats were administered A or B
        after = [m for m in ctx.after if m.type == "COMPOUND" and m.id not in ctx.no_agent]
        given = _given_run(text, after, ctx.frames)  # not a reagent (MTT 法)
        agent = given[0] if given else None
    if direction == "after" and (
        agent is None or not _AFTER_GAP.fullmatch(text, hit.end, agent.start)
    ):
        return False  # injection of X, induced by X: the compound right after the words
    if agent is None and subject is not None and subject.type == "COMPOUND":
        agent = _nearest_occurrence(ctx.earlier, subject, hit.start)
    if agent is None:
        return False
    if agent.start < hit.start:
        agent = _nearest_occurrence(ctx.earlier, agent, hit.start) or agent
    fate = ctx.frames.re["fate_of"] if ctx.frames is not None else None
    systems = [  # not the fate of the cells named next (osteoblast formation from BMSCs)
        m for m in ctx.after if m.type in arg2_types and not (fate and fate.match(text, m.end))
    ]
    if not systems and direction == "any":
        systems = _trailing_run(text, [m for m in ctx.before if m.type in arg2_types])
    if not systems and direction == "after":
        systems = _model_subject(ctx, arg2_types)  # a rat model was induced by X
    if not systems:
        systems = _systems_elsewhere(ctx, arg2_types)
    if _killing(ctx, agent, systems, out):
        return False  # X 诱导 Y 细胞凋亡: the cell-sparing rule's DOWN(X, Y), no exposure
    found = _add_all(out, ctx, "TESTED_IN", agent, systems)
    if pre and agent is pre[-1]:  # A 和 B 对其进行干预: each compound of the run
        given = _trailing_run(text, pre)[:-1]
    for co in given:
        found |= co is not agent and _add_all(out, ctx, "TESTED_IN", co, systems)
    return found


def _killing(ctx: _HitContext, agent: Entity, systems: list[Entity], out: _Builder) -> bool:
    """Whether a kill verb (诱导, induced) has the paper's tested compound as its subject and a
    death right after the first cell it names: a finding about the cells, read as DOWN."""
    words = ctx.frames.re if ctx.frames is not None else None
    if words is None or not systems or _key(agent) not in out.tested:
        return False
    if not words["kill_word"].fullmatch(ctx.word) or agent.start > ctx.hit.start:
        return False
    if words["death_after_cell"].match(ctx.text, ctx.hit.end):
        return True  # …，诱导细胞凋亡: the death of the cells named before
    last = _cell_run(ctx.text, systems[0], ctx.near)[-1]  # A 和 B 细胞发生凋亡
    return words["death_after_cell"].match(ctx.text, last.end) is not None


def _noun_use(text: str, hit: TriggerHit, frames: Frames | None) -> bool:
    """Whether a trigger form that is also a noun stands as the noun (its downstream
    targets, a direct target of; 下游靶向因子): no trigger there."""
    if frames is None:
        return False
    if not frames.re["noun_form_trigger"].fullmatch(text, hit.start, hit.end):
        return False
    return frames.re["noun_lead"].search(text, max(0, hit.start - 30), hit.start) is not None


#: between a model's animal and the words that name its inducer: "model (of D) was
#: induced by", "model was established by injection of"
_MODEL_SUBJECT = re.compile(
    r"\s+models?(?:\s+of\s+[^,;.()]{1,40}?)?\s+(?:was|were)\s+(?:[\w\-]+\s+){0,3}?",
    re.IGNORECASE,
)


def _model_subject(ctx: _HitContext, arg2_types) -> list[Entity]:  # noqa: ANN001
    """The animal or cells of a model whose inducer the trigger names after it (a diabetic rat
    model was induced by streptozotocin; a mouse model of colitis was induced by DSS)."""
    for m in reversed(ctx.earlier):
        if m.type in arg2_types and _MODEL_SUBJECT.fullmatch(ctx.text, m.end, ctx.hit.start):
            return [m]
    return []


def _undone_effect(ctx: _HitContext) -> bool:
    """Whether an English "effect(s) of" stands as the object of an undoing verb or the
    subject of an undoing passive (reversed the effects of X on Y; the effect of X on Y was
    weakened)."""
    if ctx.hit.lang != "en" or not ctx.word.lower().startswith("effect") or ctx.frames is None:
        return False
    hit = ctx.hit
    bounds = (0, hit.end + 120)
    return relate_aims.undone_effect(ctx.text, (hit.start, hit.end), bounds, ctx.frames.re)


def _object_given(ctx: _HitContext) -> bool:
    """Whether a compound stands right after a Chinese giving word (注射葛根素, 灌胃 X)."""
    first = next((m for m in ctx.after if m.id not in ctx.no_agent), None)
    return (
        ctx.hit.lang == "zh"
        and first is not None
        and first.type == "COMPOUND"
        and first.start - ctx.hit.end <= 1
    )


#: generic cells standing for a system named earlier (取第 3 代细胞，…)
_GENERIC_CELLS = re.compile(r"细胞|\bcells\b(?!\s*/)", re.IGNORECASE)  # not 1×10⁴ cells/well


def _systems_elsewhere(ctx: _HitContext, arg2_types) -> list[Entity]:
    """The treated system of a giving word with none beside it: the first system later in
    its clause (SAL 预处理 24 h 可提高 … BMSCs 的存活率), else, when bare 细胞/cells stand
    between the last system named earlier in the sentence and the word, that system (分离培养
    BMSCs，取第 3 代细胞，分别给予 X 干预)."""
    later = [m for m in ctx.near if m.start >= ctx.hit.end and m.type in arg2_types]
    if later:
        return later[:1]
    prior = [m for m in ctx.earlier if m.type in arg2_types]
    if not prior:
        return []
    ends = [m.end for m in ctx.earlier]
    for g in _GENERIC_CELLS.finditer(ctx.text, prior[-1].end, ctx.hit.start):
        head = ctx.text[: g.start()].rstrip()  # MC3T3-E1 细胞: the head of a named line
        if len(head) not in ends and not any(m.start <= g.start() < m.end for m in ctx.earlier):
            return _trailing_run(ctx.text, [m for m in prior if m.type in CELL_TYPES])
    if ctx.frames is not None and ctx.frames.re["system_anaphor"].search(
        ctx.text, max(0, ctx.hit.start - 6), ctx.hit.start
    ):
        return _trailing_run(ctx.text, prior)  # 饲养小鼠，选择 X 对其进行干预: 其 is the mice
    # the last system named, past the cells a stimulus induces (以 BMMs 为前体细胞，诱导破骨细胞
    # 分化，同时给予 X: BMMs), when the sentence introduced it (not the animal cells came from)
    named = [m for m in reversed(prior) if not _induced_fate(ctx.text, m)]
    cells = [m for m in named if m.type in CELL_TYPES]  # cells taken from an animal: the cells
    last = (cells or named)[0] if named else None
    return [last] if last is not None and _introduced(ctx.text, last, ctx.frames) else []


#: right before a cell type, what makes it the fate of an induction (诱导破骨细胞, 形成破骨细胞)
_INDUCED_BEFORE = re.compile(r"(?:诱导|形成|向|into)\s*$")


def _induced_fate(text: str, system: Entity) -> bool:
    """Whether ``system`` is named as the fate of an induction or differentiation."""
    return bool(_INDUCED_BEFORE.search(text, max(0, system.start - 4), system.start))


def _introduced(text: str, system: Entity, frames: Frames | None) -> bool:
    """Whether the sentence introduces ``system`` as the one its experiment is done in
    (``experiment_intro_before``/``_after`` words: 分离培养 BMSCs, RAW264.7 为研究对象)."""
    if frames is None:
        return False
    before, after = frames.intro_before, frames.intro_after
    return bool(
        (before and before.search(text, max(0, system.start - 10), system.start))
        or (after and after.match(text, system.end))
    )


def _backward(ctx: _HitContext, rtype: str, out: _Builder) -> bool:
    """Passive and nominal triggers: the agent after, the target right before
    (雌激素受体阻断剂 ICI 182、780; cells treated with X; X was inhibited by Y)."""
    text, before = ctx.text, ctx.before
    arg1_types, arg2_types = RELATION_TYPES[rtype]
    agents = [m for m in ctx.after if m.type in arg1_types and m.type != "ORGANISM"]
    if _nominal_word(ctx.frames, ctx.word):
        return _nominal(ctx, rtype, agents, out)
    if not agents and rtype == "TESTED_IN":
        agents = _blocker_after(ctx)
    if not agents or not _agent_reached(ctx, agents[0]):
        return False
    targets = _trailing_run(text, before) if before else []
    if targets and not ctx.follows_trigger:  # not an earlier verb's objects (LPS raised A and …)
        targets = _measured_run(text, before, targets)
    if rtype in _REGULATION and not targets:
        targets = _appositive_subject(ctx)  # TNF-α, a pro-inflammatory cytokine, was reduced
        agents = agents[:1] if targets else agents  # by X, and HO-1 …: no conjoined agent
    if rtype in _REGULATION and targets and _by_before(text, targets[0].start):
        # A was increased by X but suppressed by Y: X is the first passive's agent; the
        # passive's subject is the target
        targets = _subject_before_aux(ctx, arg2_types)
    if (
        rtype in _REGULATION
        and targets
        and _IN_LOCATIVE.search(text, max(0, targets[0].start - 12), targets[0].start)
    ):
        # ALP activity in MC3T3-E1 cells was increased after treatment with X: the cells are
        # where the result was measured, the name before them the target
        targets = _trailing_run(text, [m for m in before if m.end <= targets[0].start][-1:])
    if rtype == "TESTED_IN":
        targets = _skip_source(text, before, targets, ctx.frames) if targets else targets
        if not any(t.type in arg2_types for t in targets):
            targets = _passive_subject(ctx, arg2_types) or _systems_elsewhere(ctx, arg2_types)
    agents = _given_run(text, agents, ctx.frames)  # by A and B: each conjunct
    found = False
    for agent in agents:
        found |= _add_all(out, ctx, rtype, agent, [t for t in targets if t.type in arg2_types])
    return found


#: between the names of a passive's subject before an apposition (A and B, the …, were)
_SUBJECT_CONJ = re.compile(r"[ \t]+and[ \t]+|[ \t]*[、和及与][ \t]*")
#: an apposition between a passive's subject and its verb (A, a target of B, was inhibited by)
_APPOSITION_BEFORE = re.compile(
    r"[ \t]*,[ \t]*(?:a|an|one|two|three|both|the)\s[^,;()]{1,80},\s*(?:was|were)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _appositive_subject(ctx: _HitContext) -> list[Entity]:
    """The names right before an apposition that ends right before the passive's trigger
    (iNOS, a downstream target of NF-κB, was also inhibited by X: iNOS)."""
    if not ctx.earlier:
        return []
    lo = max(ctx.earlier[0].start, ctx.hit.start - 140)  # the clause starts at the apposition
    apposition = _APPOSITION_BEFORE.search(ctx.text, lo, ctx.hit.start)
    if apposition is None:
        return _listed_subject(ctx)
    names = [m for m in ctx.earlier if m.end <= apposition.start()]
    if not names or names[-1].end != apposition.start():
        return []
    run = _trailing_run(ctx.text, names, _SUBJECT_CONJ)
    opening = ctx.text[: run[0].start].rstrip()
    if names[: -len(run)] and not opening.endswith((",", "，", ";", "；", "and")):
        return []  # Puerarin reduced IL-6 and TNF-α, a cytokine, …: an earlier verb's object
    return run


#: a comma closing a passive's subject list before its auxiliary (…, HO-1 and NQO1, were)
_COMMA_AUX = re.compile(r"[ \t]*,[ \t]*(?:was|were)[ \t]+(?:\w+ly[ \t]+)?$", re.IGNORECASE)
#: between two measured runs of a subject (the activities of A and B and the levels of C)
_MEASURE_CONJ = re.compile(
    r"[ \t]+and[ \t]+the[ \t]+(?:levels?|activit(?:y|ies)|expressions?|contents?)[ \t]+of[ \t]+",
    re.IGNORECASE,
)
#: a class apposition between a name and its members (Nrf2 and its downstream targets, A and B)
_CLASS_APPOSITION = re.compile(r"[ \t]+and[ \t]+(?:its|their)[ \t]+[\w \t-]{1,40},[ \t]*")


def _listed_subject(ctx: _HitContext) -> list[Entity]:
    """A passive's subject closed by a comma before its auxiliary, the names conjoined to it,
    and a name whose members they are (the levels of Nrf2 and its downstream targets, HO-1 and
    NQO1, were elevated by X: all three)."""
    aux = _COMMA_AUX.search(ctx.text, max(0, ctx.hit.start - 40), ctx.hit.start)
    names = [m for m in ctx.earlier if aux is not None and m.end <= aux.start()]
    if ctx.follows_trigger or not names or names[-1].end != aux.start():
        return []  # X reduced A and B, …: an earlier verb's objects
    return _measured_run(ctx.text, names, _trailing_run(ctx.text, names, _SUBJECT_CONJ))


def _measured_run(text: str, names: list[Entity], run: list[Entity]) -> list[Entity]:
    """``run`` (the names ending ``names``) with the runs joined before it by a measure
    ("the activities of A and B and the levels of C") or a class apposition ("C and its
    downstream targets, D and E")."""
    while (k := len(names) - len(run) - 1) >= 0 and (
        _CLASS_APPOSITION.fullmatch(text, names[k].end, run[0].start)
        or _MEASURE_CONJ.fullmatch(text, names[k].end, run[0].start)
    ):
        run = _trailing_run(text, names[: k + 1], _SUBJECT_CONJ) + run
    return run


#: right before a name: "by", the name an earlier passive's agent, or the maker of a trigger's
#: object (attenuated the ROS production by Ang II: Ang II is no target)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


def _by_before(text: str, end: int) -> bool:
    """Whether ``text`` up to ``end`` ends on "by (the)": searched from two characters before
    the word before the trailing space and the word before that (no match starts earlier;
    a search from 0 was quadratic in the paper's length)."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    i = max(0, i - 3)  # "the"
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return _BY_BEFORE.search(text, max(0, i - 2), end) is not None


#: a result locative right before a system: "… in (the) MC3T3-E1 cells"
_IN_LOCATIVE = re.compile(r"\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
#: between the nominal's object and its agent: one word at most, no participle (Y expression
#: by X; not "Y was reversed by X")
_NOMINAL_BY_GAP = re.compile(r"(?:\s+(?![\w\-]*ed\b)[\w\-]+)?\s+by\s+(?:the\s+)?", re.I)


def _nominal_by(ctx: _HitContext, rtype: str) -> tuple[Entity, list[Entity]] | None:
    """A nominal trigger with its object after "of" and its agent after "by" (the promotion
    of Runx2 expression by X; the inhibition of NFATc1 by X): (agent, targets), or None."""
    text, hit = ctx.text, ctx.hit
    of = _OF.match(text, hit.end) if hit.lang == "en" else None
    if of is None:
        return None
    arg1_types, arg2_types = RELATION_TYPES[rtype]
    objects = [m for m in ctx.near if m.start >= of.end()]
    targets = _leading_run(text, objects) if objects and objects[0].start == of.end() else []
    if not targets or any(t.type not in arg2_types for t in targets):
        return None
    by = _NOMINAL_BY_GAP.match(text, targets[-1].end)
    agent = next((m for m in objects if by and m.start == by.end()), None)
    if agent is None or agent.type not in arg1_types or agent.id in ctx.no_agent:
        return None
    return agent, targets


#: an English gerund opening its sentence (Blocking …) or after by, after, upon or when
_GERUND_OPENING = re.compile(r"(?:[.!?:;\n]\s*|\b(?:by|after|upon|when)\s+)$", re.IGNORECASE)
#: after a gerund's objects: "with" and the words before the compound it is done with (not
#: "together with", "along with", "in combination with": a co-object)
_WITH_AGENT = re.compile(
    r"[ \t]+(?:(?!(?:along|together|combination|conjunction|line|parallel|coupled)\b)[\w\-]+"
    r"[ \t]+){0,2}?with[ \t]+(?:(?:the|an?)[ \t]+)?",
    re.IGNORECASE,
)


def _gerund_opening(ctx: _HitContext) -> bool:
    """Whether the trigger opens its sentence (:func:`_opens_at`)."""
    return _opens_at(ctx.text, ctx.hit.start)


def _opens_at(text: str, at: int) -> bool:
    """Whether ``at`` opens its sentence (the text's start, a sentence mark or a line break
    before it) or follows "by", "after", "upon" or "when"; not after a comma."""
    lo = max(0, at - 12)
    window = text[lo:at]
    return (lo == 0 and not window.strip()) or _GERUND_OPENING.search(window) is not None


def _subject_phrase(ctx: _HitContext, agent: Entity) -> bool:
    """Whether a gerund's phrase runs up to the next verb with no comma (Blocking A with X
    reduced B: X acts on B; not "Inhibiting A with X, Y increased B")."""
    gap = ctx.text[agent.end : ctx.region_end]
    return "," not in gap and "，" not in gap


def _gerund_with(ctx: _HitContext, rtype: str) -> tuple[Entity, list[Entity]] | None:
    """A gerund opening its sentence (or after by, after, upon, when) with its objects right
    after it, then "with" and a compound or protein (Blocking BMP-2 expression with noggin …,
    by inhibiting NF-κB with PDTC): that name is the agent."""
    text, hit = ctx.text, ctx.hit
    if hit.lang != "en" or not ctx.word.lower().endswith("ing") or not _gerund_opening(ctx):
        return None
    arg2_types = RELATION_TYPES[rtype][1]
    adjacent = bool(ctx.after) and ctx.after[0].start - hit.end <= 2
    targets = _leading_run(text, ctx.after) if adjacent else []
    if not targets or any(t.type not in arg2_types for t in targets):
        return None
    with_ = _WITH_AGENT.match(text, targets[-1].end)
    agent = next((m for m in ctx.after if with_ and m.start == with_.end()), None)
    if agent is None or agent.type not in ("COMPOUND", "GENE") or agent.id in ctx.no_agent:
        return None
    return agent, targets


_IN_THE = re.compile(r"\s+in\s+(?:the\s+)?")
#: the same with the tissue or sample of the group between (in the calvaria of the X-treated
#: groups, in the serum of X-treated rats)
_IN_THE_PART = re.compile(_IN_THE.pattern + r"(?:[a-z]+(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?)?")
#: a treated group named by its compound (in X-treated rats)
_TREATED = re.compile(r"(?:-|[ \t]+)(?:pre)?treated\b", re.IGNORECASE)


def _group_locative(
    ctx: _HitContext, rtype: str, out: _Builder
) -> tuple[Entity, list[Entity]] | None:
    """A passive with its treated group after it (the expression of Y was upregulated in the X
    group; Y was elevated in X-treated rats): the group's compound is the agent, the passive's
    subject the target."""
    text, hit = ctx.text, ctx.hit
    if hit.lang != "en":
        return None
    where = _IN_THE_PART.match(text, hit.end) or ctx.frames.re["conjoined_result_in_en"].match(
        text, hit.end
    )
    given = ctx.frames.re["in_group_given"].match(text, hit.end)
    where = given or where  # in the group treated with X
    label = _arm_label(ctx, where.end(), out) if where else None
    if label is None:
        return None
    arm = ctx.frames.re["arm_plus"].match(text, label.end) and label.id not in ctx.no_agent
    treated = label.type == "COMPOUND" and (given or arm or _TREATED.match(text, label.end))
    if not treated and (label.id not in ctx.no_target or label.id in ctx.no_agent):
        return None
    arg1_types, arg2_types = RELATION_TYPES[rtype]
    before = [m for m in ctx.before if m.type in arg2_types]
    if label.type not in arg1_types or not before:
        return None
    run = _trailing_run(text, before)
    labelled = label.id in ctx.no_target and label.id not in ctx.no_agent
    if not (given or labelled) and not _PASSIVE_AUX.search(text, run[-1].end, hit.start):
        return None  # (ALP increased in the X group / in the group given X: intransitive)
    return label, run


def _arm_label(ctx: _HitContext, at: int, out: _Builder) -> Entity | None:
    """The name that labels the group starting at ``at``: in "A + B", the treatment beside
    the model (OVX + X, I/R + X); between two compounds never one the paper writes as a
    stimulus (LPS-induced, exposed to H2O2), then the paper's tested compound, else the second
    (DEX + X, the usual order); else the name there."""
    first = next((m for m in ctx.near if m.start == at), None)
    words = ctx.frames.re
    plus = (
        words["arm_plus"].match(ctx.text, first.end)
        if first is not None
        else words["arm_prefix"].match(ctx.text, at)
    )
    second = next((m for m in ctx.near if plus and m.start == plus.end()), None)
    if second is None or first is None or first.type != "COMPOUND":
        return second or first  # OVX + X: X; no "+": the name there
    models = (_stimulus_like(ctx.text, first, out), _stimulus_like(ctx.text, second, out))
    if models[0] or models[1]:  # the stimulus is never the agent (LPS + X, X + H2O2)
        return None if all(models) else (second if models[0] else first)
    if (_key(first) in out.tested) != (_key(second) in out.tested):
        return first if _key(first) in out.tested else second  # the paper's tested compound
    return second  # the model's name first is the usual order (DEX + X)


#: after a compound's name, or before it, words that make it a model's stimulus in the paper
#: (LPS-induced, exposed to H2O2, stimulated with IL-1β)
_STIMULUS_AFTER = r"[\s-]*(?:induced|stimulated|challenged|exposed)\b"
_STIMULUS_BEFORE = r"\b(?:exposed\s+to|stimulated\s+with|challenged\s+with|induced\s+by)\s+"


_STIMULUS_AFTER_RE = re.compile(_STIMULUS_AFTER, re.IGNORECASE)
_STIMULUS_BEFORE_RE = re.compile(_STIMULUS_BEFORE + "$", re.IGNORECASE)


def _stimulus_keys(text: str, mentions: list[Entity]) -> frozenset[str]:
    """Keys of the compounds the paper writes as a stimulus somewhere (LPS-induced, exposed to
    H2O2, stimulated with IL-1β): one look around each compound mention."""
    return frozenset(
        _key(m)
        for m in mentions
        if m.type == "COMPOUND"
        and (
            _STIMULUS_AFTER_RE.match(text, m.end)
            or _STIMULUS_BEFORE_RE.search(text, max(0, m.start - 24), m.start)
        )
    )


def _stimulus_like(text: str, m: Entity, out: _Builder) -> bool:
    """Whether the paper writes ``m`` (by its key) as a stimulus, or the stimulus detector
    found it."""
    return _key(m) in out.stimuli or _key(m) in out.stimulus_like


def _label_before(ctx: _HitContext, rtype: str) -> tuple[Entity, list[Entity]] | None:
    """A result with its treated group between the targets and the trigger (ALP activity in
    the X group (was) increased): the group's compound is the agent."""
    text, hit = ctx.text, ctx.hit
    if hit.lang != "en" or not ctx.before:
        return None
    label = ctx.before[-1]
    if label.id not in ctx.no_target or label.id in ctx.no_agent or label.type != "COMPOUND":
        return None
    if not ctx.frames.re["label_to_verb"].fullmatch(text, label.end, hit.start):
        return None
    where = _IN_THE_BEFORE.search(text, max(0, label.start - 12), label.start)
    arg2_types = RELATION_TYPES[rtype][1]
    themes = [m for m in ctx.before if where and m.end <= where.start() and m.type in arg2_types]
    if where is None or not themes:
        return None
    return label, _trailing_run(text, themes)


_IN_THE_BEFORE = re.compile(r"\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def _before_predicate(ctx: _HitContext) -> list[Entity]:
    """The mentions after a nominal English trigger up to the sentence's verb (X-mediated
    upregulation of Y was reversed by Z: Z is no object of the upregulation)."""
    if ctx.hit.lang != "en" or not _OF.match(ctx.text, ctx.hit.end):
        return ctx.after
    aux = _PASSIVE_AUX.search(ctx.text, ctx.hit.end, ctx.region_end)
    return ctx.after if aux is None else [m for m in ctx.after if m.start < aux.start()]


def _agent_reached(ctx: _HitContext, agent: Entity) -> bool:
    """A passive closed by "by" takes its agent anywhere after; the other agent_after words
    (following, after, upon) only the name right after them (not "increased after 7 days of
    culture with X"); never an agent whose absence follows (after X withdrawal)."""
    if ctx.frames is not None and ctx.frames.re["absence_after"].match(ctx.text, agent.end):
        return False  # decreased after X withdrawal: the agent's absence
    if _blocked_name(ctx, agent):
        return False  # attenuated by caspase inhibitor: the inhibitor acts, not caspase
    return not ctx.hit.agent_next or agent.start - ctx.hit.end <= 2


def _blocked_name(ctx: _HitContext, agent: Entity) -> bool:
    """Whether a gene is named only as the target of an unnamed blocker right after it
    (by caspase inhibitor, by a PI3K inhibitor)."""
    frames = ctx.frames
    if agent.type != "GENE" or frames is None or frames.blocker_word is None:
        return False
    word = frames.blocker_word.match(ctx.text, agent.end)
    return word is not None and not any(m.start == word.end() for m in ctx.after)


def _nominal_word(frames: Frames | None, word: str) -> bool:
    """Whether a trigger word is a nominal blocker (抑制剂, inhibitor: a ``blocker_noun``)."""
    return frames is not None and frames.nominal is not None and bool(frames.nominal.search(word))


def _blocker_after(ctx: _HitContext) -> list[Entity]:
    """The compound given as a named blocker right after a giving word ("pretreated with the
    AMPK inhibitor compound C", 加入 ERα 拮抗剂 ICI 182,780): the target before the blocker
    word is no agent, the name after it is the given compound."""
    frames = ctx.frames
    word = frames.blocker_word.match(ctx.text, ctx.region_end) if frames is not None else None
    if word is None:
        return []
    nxt = next((m for m in ctx.near if m.start >= word.end()), None)
    if nxt is None or nxt.type != "COMPOUND" or nxt.start - word.end() > 2:
        return []
    return [nxt]


def _subject_conjuncts(
    text: str, subject: Entity, usable: list[Entity], frames: Frames | None
) -> list[Entity]:
    """The compounds conjoined right after a compound subject (A 及 B、C; A and B)."""
    return _conjuncts(text, subject, usable, frames) if subject.type == "COMPOUND" else []


def _conjoined_after(ctx: _HitContext, agent: Entity) -> list[Entity]:
    """The names of ``agent``'s type conjoined after an agent written after its trigger."""
    if agent.start < ctx.hit.end:
        return []
    return [
        m for m in _conjuncts(ctx.text, agent, ctx.near, ctx.frames) if m.id not in ctx.no_agent
    ]


def _conjuncts(
    text: str, first: Entity, mentions: list[Entity], frames: Frames | None
) -> list[Entity]:
    """The names of ``first``'s type given or conjoined right after it (:func:`_given_run`)."""
    same = [m for m in mentions if m.start >= first.start and m.type == first.type]
    return _given_run(text, same, frames)[1:]


def _given_run(text: str, agents: list[Entity], frames: Frames | None) -> list[Entity]:
    """The compounds given together after a giving word: the first and those conjoined to it,
    doses and parentheses between ("treated with A (10 μM) or B (5 μM)": each arm)."""
    run = agents[:1]
    gap_re = frames.re["given_gap"] if frames is not None else None
    for m in agents[1:]:
        gap = _PARENS.sub("", text[run[-1].end : m.start])
        if gap_re is None or not gap_re.fullmatch(gap):
            break
        run.append(m)
    return run


#: the passive auxiliary after the treated system ("cells were pretreated with …")
_PASSIVE_AUX = re.compile(r"\b(?:were|was)\b", re.IGNORECASE)


def _passive_subject(ctx: _HitContext, arg2_types) -> list[Entity]:
    """The treated system of a passive giving word with no system right before it: the
    subject of the sentence's passive ("osteoblasts were pretreated with A and then treated
    with B", "cells were stimulated with RANKL in the presence of B"): the last systems named
    before the passive auxiliary, the auxiliary before the word in the sentence."""
    prior = [m for m in ctx.earlier if m.type in arg2_types]
    if not prior:
        return []
    aux = _PASSIVE_AUX.search(ctx.text, prior[-1].end, ctx.hit.start)
    if aux is None or aux.start() - prior[-1].end > 12:
        return []
    return _trailing_run(ctx.text, prior)


def _subject_before_aux(ctx: _HitContext, arg2_types) -> list[Entity]:
    """The names right before the sentence's last passive auxiliary before the hit (AKT was
    increased by X but suppressed by Y: AKT), with at most a measure noun between."""
    if not ctx.earlier:
        return []
    lo = ctx.earlier[0].start
    auxes = list(_PASSIVE_AUX.finditer(ctx.text, lo, ctx.hit.start))
    for aux in reversed(auxes):
        prior = [m for m in ctx.earlier if m.end <= aux.start() and m.type in arg2_types]
        if prior and aux.start() - prior[-1].end <= 24:
            if _by_before(ctx.text, prior[-1].start):
                return []  # apoptosis induced by X was attenuated: X is no subject
            return _trailing_run(ctx.text, prior)
    return []


def _skip_source(
    text: str, before: list[Entity], run: list[Entity], frames: Frames
) -> list[Entity]:
    """The treated systems of a passive giving word: when the run right before it is where
    the cells came from (chondrocytes isolated from mice were treated with X), the systems
    named before the source."""
    lead = text[max(0, run[0].start - 40) : run[0].start] if run else ""
    if not run or not frames.re["source_before"].search(lead):
        return run
    i = before.index(run[0])
    return _trailing_run(text, [m for m in before[:i] if m.type in SYSTEM_TYPES])


#: "LY294002, a PI3K inhibitor", "fulvestrant (an ER antagonist)", "ML385 is an Nrf2
#: inhibitor", "ML385 为 Nrf2 特异性抑制剂": the blocker named before
_APPOSITION = re.compile(
    r"^\s*(?:[（(][^（）()]{0,20}[）)]\s*)?(?:[,，(（]|(?:is|was|as)\b|为|是|作为)\s*"
    r"(?:(?:a|an|the)\s+)?(?:[A-Za-z]+\s+)?$",
    re.IGNORECASE,
)
#: between a blocker's target and its blocker word: an adjective of the blocker (PI3K 特异性
#: 抑制剂, a PI3K-specific inhibitor) as well as a parenthesis
_TARGET_GAP = re.compile(
    r"^\s*(?:[（(][^）)]{0,20}[）)])?\s*(?:-?(?:specific|selective)|特异性|选择性)?\s*[（(]?\s*$",
    re.IGNORECASE,
)
#: between a blocker word and the blocker named after it: a parenthesis, or a comma (PI3K
#: inhibitor, LY294002, was used)
_BLOCKER_GAP = re.compile(r"^\s*(?:[（(][^）)]{0,20}[）)])?\s*(?:[（(]|[,，])?\s*$")


def _nominal(ctx: _HitContext, rtype: str, agents: list[Entity], out: _Builder) -> bool:
    """X 抑制剂 Y / X inhibitor Y / Y, an X inhibitor: the named blocker Y → its target X."""
    text, hit = ctx.text, ctx.hit
    arg2_types = RELATION_TYPES[rtype][1]
    target = _mention_before(ctx.earlier, [m.start for m in ctx.earlier], hit.start)
    if target is None or target.type not in arg2_types:
        return False
    if not _TARGET_GAP.match(text[target.end : hit.start]):
        return False
    agent = agents[0] if agents and _BLOCKER_GAP.match(text[hit.end : agents[0].start]) else None
    if agent is not None:  # the PI3K antagonist wortmannin or LY294002: each one named
        found = out.add(rtype, agent, target, "trigger")
        for x in _alternatives(text, agents, ctx.word):
            found |= out.add(rtype, x, target, "trigger")
        return found
    i = ctx.earlier.index(target)
    prior = next(  # past its dose (ML385（5 μmol/L）为 Nrf2 抑制剂)
        (m for m in reversed(ctx.earlier[:i]) if m.type not in QUANTITY_TYPES), None
    )
    if prior is not None and prior.type == "COMPOUND":
        if _APPOSITION.match(text[prior.end : target.start]):
            return out.add(rtype, prior, target, "trigger")  # Y, an X inhibitor
    return False


#: between two blockers after a blocker word: "or" (the PI3K inhibitor A or B); any list
#: after a plural blocker word (the MEK inhibitors A and B)
_OR_GAP = re.compile(r"\s*,?\s*(?:or|或)\s*", re.IGNORECASE)


def _alternatives(text: str, agents: list[Entity], word: str) -> list[Entity]:
    """The blockers named after the first one, joined by "or" (or by any conjunction after a
    plural blocker word); "the ERK inhibitor U0126 and X" keeps X a co-treatment."""
    gap = _AGENT_CONJ if word.lower().endswith("s") else _OR_GAP
    out = []
    for prev, m in zip(agents, agents[1:], strict=False):
        if m.type != agents[0].type or not gap.fullmatch(text, prev.end, m.start):
            break
        out.append(m)
    return out


_EFFECT_BEFORE = re.compile(r"\beffects?\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _not_a_theme(text: str, target: Entity, frames: Frames) -> bool:
    """True for a ratio member or a mediator modifier (SIRT1 介导的自噬, SIRT1-mediated
    autophagy, LC3-Ⅱ/LC3-Ⅰ 比值), which a regulation does not target."""
    words = frames.re
    return bool(
        words["mediator_after"].match(text, target.end)
        or words["ratio_after"].match(text, target.end)
        or words["ratio_before"].search(text, max(0, target.start - 60), target.start)
        or (
            words["ratio_member_before"].search(text, max(0, target.start - 8), target.start)
            is not None
            and words["ratio_pairs_after"].match(text, target.end) is not None
        )
    )


def _closed_before(text: str, hit: TriggerHit, target: Entity) -> bool:
    """Whether the trigger stands inside parentheses that close before its target after it
    (模型对照组(IL-1β诱导)、X 组: 诱导 reaches nothing outside)."""
    if target.start < hit.end:
        return False
    gap = text[hit.end : target.start]
    close = min((i for i in (gap.find(")"), gap.find("）")) if i >= 0), default=-1)
    if close < 0:
        return False
    return "(" not in gap[:close] and "（" not in gap[:close]


def _compound_effect_after(words: WordRegexes, text: str, hit: TriggerHit, target: Entity) -> bool:
    """Whether a compound target's own effect is named after it (阻断 Y 的作用: Y's effect), not
    the effect closing an effect verb's phrase (具有降低 Y 的作用) nor the trigger's own effect
    after a theme written before it (X 对 Y 有降低作用)."""
    effect = words["effect_after"].match(text, target.end)
    if effect is None:
        return False
    if _trigger_effect(text, hit, target, effect.end()):
        return bool(words["effect_blocker"].fullmatch(text, hit.start, hit.end))
    closing = words["effect_right_after"].match(text, target.end) and words[
        "effect_verb_before"
    ].search(text, max(0, hit.start - 6), hit.start)
    return not closing


def _trigger_effect(text: str, hit: TriggerHit, target: Entity, effect_end: int) -> bool:
    """Whether the effect noun after a theme is the trigger's own (X 对 Y 有降低作用): the
    trigger stands between them and no 的 joins the theme to it (not Y 的保护作用); a reversing
    verb's (对 Y 有阻断作用) is still Y's effect blocked."""
    joined = text[target.end : hit.start].startswith("的")
    return target.end <= hit.start < effect_end and not joined


def _add_checked(out, rtype, agent, target, text, hit, clause_end, mentions) -> bool:
    if agent is None or _closed_before(text, hit, target):
        return False
    words = out.frames.re
    if (
        rtype in _REGULATION
        and target.type == "COMPOUND"
        and (
            _compound_effect_after(words, text, hit, target)
            or _EFFECT_BEFORE.search(text[max(0, target.start - 20) : target.start])
        )
    ):
        return False  # a blocker weakens a compound's effect: no regulation of the compound
    if rtype in _REGULATION and _not_a_theme(text, target, out.frames):
        return False
    if rtype == "TREATS" and _measured(out.frames, text, agent):
        return False  # 雌激素水平降低是引发骨质疏松症的原因: the level is the theme, no agent
    if (
        rtype == "TREATS"
        and out.rule != "disease model"
        and _not_treated(
            text, hit, target, [m for m in mentions if m.id not in out.inducers], out.frames
        )
    ):
        return False  # inhibits fracture healing; inhibited osteoblasts and induced osteoporosis
    lost = _lost(text, (hit, target), words, mentions) if target.type not in CELL_TYPES else None
    if rtype == "DOWNREGULATES" and lost or rtype == "UPREGULATES" and lost == "after":
        return out.add(_OPPOSITE[rtype], agent, target, "trigger")  # blocked IκB-α degradation
    if words["denied_conjunct"].search(text, max(0, target.start - 24), target.start):
        return False  # suppressed ERK but not the p38 pathway
    if rtype == "TREATS" and _names_cells(
        text, target, [m for m in mentions if m.start >= target.end][:1], words
    ):
        return False  # osteoarthritis chondrocytes: the disease names the cells
    damaged = target.type == "COMPOUND" and words["damage_after"].match(text, target.end)
    if rtype in _REGULATION and damaged:
        return False  # H2O2 损伤 BMSCs: the injuring compound is the model, not a target
    if target.type in CELL_TYPES and words["protect"].match(text[hit.start : hit.end]):
        if rtype == "UPREGULATES":
            return out.add(rtype, agent, target, "trigger")
    if target.type in CELL_TYPES:
        before = text[max(0, target.start - 6) : target.start]
        into = _FATE_BEFORE if rtype == "TESTED_IN" else _INTO_BEFORE
        if into.search(before):
            return False  # the fate of a differentiation is not the regulated or treated system
        if rtype in _REGULATION and not _cell_ok(
            text, target, hit, (clause_end, mentions), out.frames
        ):
            return False
    return out.add(rtype, agent, target, "trigger")


def _reagent_quantities(text: str, mentions: list[Entity], reagents: set[str]) -> set[str]:
    """Ids of the amounts in parentheses right after an assay reagent (MTT（5 mg/mL）法): the
    reagent's, so no compound's either."""
    ends = {m.end for m in mentions if m.id in reagents}
    return {
        m.id
        for m in mentions
        if m.type in QUANTITY_TYPES
        and any(OPEN_PAREN.fullmatch(text, e, m.start) for e in ends if 0 < m.start - e <= 3)
    }


def _governs_after(text: str, hit: TriggerHit, until: int) -> bool:
    """Whether an earlier trigger of the clause may govern what follows it, up to ``until``:
    a relation word, not a Chinese treatment frame closed by 后, 时 or 下 (X 处理后 A 的表达
    降低, 给予 X 后 A 下降: A is no object of 处理 or 给予)."""
    if hit.relation == "NONE":
        return False
    if hit.lang != "zh" or hit.relation != "TESTED_IN":
        return True
    return not (text[hit.end : hit.end + 1] in "后时下" or _FRAME_CLOSE.match(text, hit.end, until))


#: a Chinese giving phrase closed by 后 or 时 before the next trigger (给予 X 灌胃后; not 后肢)
_FRAME_CLOSE = re.compile(r"[^，,；;。]{0,40}?(?:后" + NOT_AFTER_WORD_ZH + r"|时)")


def _fate_system(
    text: str, fate: Entity, words: WordRegexes, mentions: list[Entity]
) -> Entity | None:
    """The cells named right after "<fate> differentiation of/in" (osteoblast differentiation
    of MC3T3-E1 cells), whose fate ``fate`` is; None when no cells follow."""
    m = words["fate_of"].match(text, fate.end)
    if m is None:
        return None
    return next(
        (
            x
            for x in mentions
            if x.type in CELL_TYPES and _SPECIES_GAP.fullmatch(text, m.end(), x.start)
        ),
        None,
    )


#: a species or origin word or two before the cells (rat, human primary)
_SPECIES_GAP = re.compile(r"(?:(?!(?:with|and|or|of|in|from|by|to|the)\b)[a-z][\w\-]*\s+){0,2}")


def _lost(
    text: str, pair: tuple[TriggerHit, Entity], words: WordRegexes, mentions: list[Entity]
) -> str | None:
    """How the target is written as lost: "after" (IκB-α degradation, IκBα 降解: any verb on
    it turns the other way) or "of" (the degradation of aggrecan and collagen II: a lowering
    verb raises it; a raising one is composed by the change-noun rule), else None; the loss
    noun that is the trigger itself (caused a decrease of IL-6) loses nothing more."""
    hit, target = pair
    if words["loss_after"].match(text, target.end):
        return "after"
    before = words["loss_of"].search(text, max(0, target.start - 60), target.start)
    if before is None or before.start() <= hit.start < before.end():
        return None
    gap = text[before.end() : target.start]  # the names conjoined before the target
    for m in mentions:
        if before.end() <= m.start and m.end <= target.start:
            gap = gap.replace(text[m.start : m.end], " ", 1)  # the text the rules read
    return "of" if _NAME_LIST_GAP.fullmatch(gap) is not None else None


_NAME_LIST_GAP = re.compile(r"(?:\s|,|、|和|及|\band\b|\bor\b)*")


def _not_treated(
    text: str, hit: TriggerHit, disease: Entity, mentions: list[Entity], frames: Frames
) -> bool:
    """Whether a disease after a lowering word (inhibit, 抑制: its second row is TREATS) is no
    treated disease: its healing follows it (inhibits fracture healing, 抑制骨折愈合), or
    another mention stands between the word and it (inhibited osteoblasts and induced
    osteoporosis); ``mentions`` leaves out the clause's inducers (attenuated LPS-induced liver
    injury: the disease's own model)."""
    if hit.relation != "DOWNREGULATES" or disease.start < hit.end:
        return False
    if frames.healing is not None and frames.healing.match(text, disease.end):
        return True
    between = [m for m in mentions if hit.end <= m.start and m.end <= disease.start]
    # an animal between names the disease's model (减轻小鼠骨关节炎; attenuates apoptosis in
    # rats with osteoarthritis): the disease is treated
    return bool(between) and all(m.type != "ORGANISM" for m in between)


def _nearest_occurrence(mentions: list[Entity], subject: Entity, before: int) -> Entity | None:
    """The occurrence of ``subject``'s name nearest before ``before`` among ``mentions`` (the
    window), or ``subject`` itself when it lies in the window, else None."""
    lo = mentions[0].start if mentions else before
    best = subject if lo <= subject.start < before else None
    for m in mentions:
        if m.start < before and _same(m, subject) and (best is None or m.start >= best.start):
            best = m
    return best


#: the argument types of the relations the aim rules add
_AIM_AGENTS = frozenset(RELATION_TYPES["TESTED_IN"][0] + RELATION_TYPES["TREATS"][0])
_AIM_SYSTEMS = frozenset(RELATION_TYPES["TESTED_IN"][1] + RELATION_TYPES["TREATS"][1])


def _aim_links(
    text: str, sent: Sentence, mentions: list[Entity], out: _Builder, reagents: set[str]
) -> None:
    """TESTED_IN from study aims, group allocations and culture media (``relate_aims``);
    ``reagents``: the ids of the stains and assay reagents among ``mentions``. They link
    only mentions of the sentence (TESTED_IN, TREATS): without an agent or a system there,
    they would find nothing to add."""
    if not any(m.type in _AIM_AGENTS for m in mentions) or not any(
        m.type in _AIM_SYSTEMS for m in mentions
    ):
        return

    def link(x: Entity, y: Entity, source: str) -> bool:
        if y.type in CELL_TYPES and _FATE_BEFORE.search(text[max(0, y.start - 6) : y.start]):
            return False  # the fate of a differentiation is not the treated system
        return out.add("TREATS" if y.type == "DISEASE" else "TESTED_IN", x, y, source)

    for rule in (
        relate_aims.legacy_aims,
        relate_aims.zh_aims,
        relate_aims.en_aims,
        relate_aims.effect_findings,
        relate_aims.en_whether_aims,
        relate_aims.group_allocations,
        relate_aims.culture_media,
    ):
        rule(text, sent, mentions, link, out.frames.re)
    if sent is out.title:
        relate_aims.zh_title_aim(text, sent, mentions, link, out.frames.re)
    given = [m for m in mentions if m.id not in reagents]  # CCK-8, MTT: never TESTED_IN
    relate_aims.treatment_frames(text, sent, given, link, out.frames.re)
    relate_aims.with_treatment(text, sent, given, link, out.frames.re)
    relate_aims.nominal_giving(text, sent, given, link, out.frames.re)
    if out.frames is not None and out.frames.model is not None:
        model = (out.frames.model, out.frames.re["measure_verb"])
        relate_aims.model_frames(text, sent, given, link, model)


#: a sentence opening on the system its experiment is done in: "In (Dex-treated) MC3T3-E1
#: cells, X …", "在 MC3T3-E1 细胞中，X …"
_IN_FRAME_EN = re.compile(r"\s*In\s+(?:[\w\-]+\s+){0,3}?$")
_IN_FRAME_EN_END = re.compile(r"(?:\s+cells?)?\s*,")
_IN_FRAME_ZH = re.compile(r"\s*在\s*$")
_IN_FRAME_ZH_END = re.compile(r"\s*(?:细胞)?\s*(?:中|内)\s*[，,]")


def _frame_system(text: str, sent: Sentence, mentions: list[Entity], finder, out, frames) -> None:  # noqa: ANN001
    """In a sentence opening on its system ("In MC3T3-E1 cells, X increased proliferation",
    "在 MC3T3-E1 细胞中，X 促进细胞增殖"), a regulation of the cells' activity by the compound
    named before the trigger regulates that system."""
    systems = [m for m in mentions if m.type in ("CELL_LINE", "CELL_TYPE")]
    if not systems or frames is None or frames.activity is None:
        return
    y = systems[0]
    lead = text[sent.start : y.start]
    framed = (_IN_FRAME_EN.fullmatch(lead) and _IN_FRAME_EN_END.match(text, y.end)) or (
        _IN_FRAME_ZH.fullmatch(lead) and _IN_FRAME_ZH_END.match(text, y.end)
    )
    if not framed:
        return
    compounds = [m for m in mentions if m.type == "COMPOUND" and m.start >= y.end]
    ends = [m.end for m in compounds]  # in order: the compound before a hit by bisection
    for hit in finder.find(text[y.end : sent.end], y.end):
        rtype = next((r for r, _ in hit.choices if r in _REGULATION), None)
        if rtype is None or not frames.activity.match(text, hit.end):
            continue
        i = bisect_right(ends, hit.start) - 1
        if i >= 0:
            out.add(rtype, compounds[i], y, "frame")


def _extent_view(m: Entity, extents: dict[str, Entity]) -> Entity:
    """A disease measured by its extent, seen by the rules as a regulation target (a GENE)."""
    return replace(m, type="GENE") if m.id in extents else m


def _vehicles(text: str, mentions: list[Entity], words: WordRegexes) -> frozenset[str]:
    """Ids of the compounds given as a vehicle: named so (distilled water) or after "an equal
    volume of" (等体积 0.5% 羧甲基纤维素钠)."""
    name, before = words["vehicle_name"], words["vehicle_before"]
    return frozenset(
        m.id
        for m in mentions
        if m.type == "COMPOUND"
        and (
            name.fullmatch(text, m.start, m.end)
            or before.search(text, max(0, m.start - 24), m.start)
        )
    )


def _activity_locative(
    text: str, sent: Sentence, mentions: list[Entity], finder, out: _Builder, frames
) -> None:  # noqa: ANN001
    """ "X increased the cell viability … in the Y cells": a change of the cells' activity
    stated with the cells in a locative after it regulates those cells (the agent: the
    compound named last before the trigger)."""
    if frames is None or frames.activity is None:
        return
    compounds = [m for m in mentions if m.type == "COMPOUND"]
    cells = [m for m in mentions if m.type in CELL_TYPES]
    if not compounds or not cells:
        return
    for hit in finder.find(text[sent.start : sent.end], sent.start):
        rtype = next((r for r, _ in hit.choices if r in _REGULATION), None)
        if hit.lang != "en" or rtype is None or not frames.activity.match(text, hit.end):
            continue
        if _not_asserted(text, (sent.start, sent.end), hit, frames):
            continue  # did not increase; to determine whether X increased …
        agent = next((c for c in reversed(compounds) if c.end <= hit.start), None)
        if agent is not None and frames.re["denied_conjunct"].search(
            text, max(0, agent.start - 24), agent.start
        ):
            continue  # X, but not Y, increased …
        end = _SEGMENT_END.search(text, hit.end, sent.end)  # past a list's commas, not a clause
        system = next(
            (
                y
                for y in cells
                if hit.end < y.start < (end.start() if end else sent.end)
                and _LOCATIVE_BEFORE.search(text, max(0, y.start - 30), y.start)
            ),
            None,
        )
        if agent is not None and system is not None:
            out.add(rtype, agent, system, "frame")


_SEGMENT_END = re.compile(r"[；;。]|\b(?:whereas|while|but)\b|,\s*and\b", re.IGNORECASE)
#: right before a system: "in (the) (rat) Y", a result locative
_LOCATIVE_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)


def _respectively(
    text: str, sent: Sentence, mentions: list[Entity], first: int, out: _Builder, word
) -> None:  # noqa: ANN001 - a compiled word regex
    """ "A and B increased X and Y, respectively": of the regulations the sentence gave from
    ``first`` on, a full cross of n agents and n targets (n >= 2) ending before a
    ``respectively_word`` keeps the pairs in order only (A → X, B → Y)."""
    if len(out.relations) - first < 4:  # no full cross of 2 agents and 2 targets or more
        return
    by_id = {m.id: m for m in mentions}
    groups: dict[str, list[Relation]] = {}
    for r in out.relations[first:]:
        if r.type in _REGULATION and r.arg1 in by_id and r.arg2 in by_id:
            groups.setdefault(r.type, []).append(r)
    drop: set[int] = set()
    for rels in groups.values():
        agents = sorted({r.arg1 for r in rels}, key=lambda i: by_id[i].start)
        targets = sorted({r.arg2 for r in rels}, key=lambda i: by_id[i].start)
        if len(agents) < 2 or len(agents) != len(targets) or len(rels) != len(agents) ** 2:
            continue
        last = by_id[targets[-1]].end
        if not word.match(text, last, min(sent.end, last + 40)):
            continue
        keep = set(zip(agents, targets, strict=True))
        drop |= {id(r) for r in rels if (r.arg1, r.arg2) not in keep}
    if drop:
        out.relations[first:] = [r for r in out.relations[first:] if id(r) not in drop]


#: a binomial written with its genus initial (E. ulmoides)
_ABBREVIATED_BINOMIAL = re.compile(r"[A-Z]\.\s?[a-z]")


def _initial_key(name: str) -> tuple[str, str]:
    """(genus initial, epithet) of a binomial, full or abbreviated (E. ulmoides, E.ulmoides)."""
    m = _BINOMIAL_WORDS.match(name)
    return (name[:1], m.group(1) if m else "")


#: a binomial's epithet after its genus or the genus's initial and dot
_BINOMIAL_WORDS = re.compile(r"[A-Z][a-z]*(?:\.\s*|\s+)([a-z][a-z\-]*)")


def _herbal_view(
    text: str, ordered: list[Entity], animals: frozenset[str], source: re.Pattern[str]
) -> list[Entity]:
    """``ordered`` (mentions in text order) with each medicinal plant or herbal material
    (ORGANISM) seen as a COMPOUND:
    given as a treatment it is an agent wherever a compound is, and never a tested system
    (guidelines). Relations keep the ids, so they name the ORGANISM mention. A plant named as
    the source of the compound after it stays a plant (葛根中的葛根素, Epimedium-derived
    icariin, Ginseng saponin Rb1)."""
    sources = {
        e.id
        for e, nxt in zip(ordered, ordered[1:], strict=False)
        if nxt.type == "COMPOUND" and source.fullmatch(text, e.end, nxt.start)
    }
    short = "abbreviation"  # takes its long form's verdict (KRG for Korean red ginseng)
    herbal = {e.id for e in ordered if e.source != short and _is_herbal(e, animals)}
    named = {e.norm for e in ordered if e.id in herbal}
    herbal |= {e.id for e in ordered if e.source == short and e.norm in named}
    # E. ulmoides takes the verdict of Eucommia ulmoides written before it
    binomials = {_initial_key(e.text) for e in ordered if e.id in herbal}
    herbal |= {
        e.id
        for e in ordered
        if e.type == "ORGANISM"
        and _ABBREVIATED_BINOMIAL.match(e.text)
        and _initial_key(e.text) in binomials
    }
    return [
        replace(e, type="COMPOUND") if e.id not in sources and e.id in herbal else e
        for e in ordered
    ]


def _is_herbal(e: Entity, animals: frozenset[str]) -> bool:
    """Whether ORGANISM mention ``e`` is a plant or herbal material: a Latin pharmacognosy name,
    a Chinese herbal drug (of the lexicon or an herb list), a taxon of the lexicon that is no
    ``animal_taxon``, or a binomial of a plant genus of the taxonomy table (an abbreviation is
    none here: :func:`_herbal_view` gives it its long form's verdict)."""
    if e.type != "ORGANISM" or e.norm in animals:
        return False
    if e.source == "table-taxon":  # the taxonomy table is loaded: the tagger found e in it
        return e.text.split()[0] in table_index().taxa.genera  # (a misspelt epithet: no id)
    if not e.norm and e.source not in ("herbal", "herb-list"):
        return False
    return e.source in ("herbal", "lexicon", "herb-list")


def _elided(
    text: str,
    sent: Sentence,
    mentions: list[Entity],
    first: int,
    rules: tuple[TriggerFinder, Frames | None],
    out: _Builder,
) -> None:
    """TESTED_IN to the system a continuing clause leaves out (relate_aims.elided_systems)."""
    finder, frames = rules
    by_id = {m.id: m for m in mentions}
    given = [
        (by_id[r.arg1], by_id[r.arg2])
        for r in out.relations[first:]
        if r.type == "TESTED_IN" and r.arg1 in by_id and r.arg2 in by_id
    ]
    if not given or frames is None:
        return

    hits = finder.find(sent.text, sent.start)  # one search for the sentence, not one a clause

    def gives(cs: int, ce: int) -> bool:
        return any(
            cs <= h.start and h.end <= ce and rtype == "TESTED_IN"
            for h in hits
            for rtype, _ in h.choices
        )

    out.rule = "elided system"
    relate_aims.elided_systems(
        text,
        sent,
        [m for m in mentions if m.id not in out.unlinked],
        given,
        gives,
        lambda x, y, s: out.add("TESTED_IN", x, y, s),
        frames.re,
    )
    out.rule = ""


#: the relations a cell line shares with the cell type written beside it
_PAIRED_TYPES = ("TESTED_IN", "UPREGULATES", "DOWNREGULATES")


def _paired_systems(text: str, mentions: list[Entity], first: int, out: _Builder) -> None:
    """A cell line and the cell type written beside it name one system (RAW264.7 macrophages,
    成骨细胞 MC3T3-E1): a compound tested in one of them, or raising or lowering one, is
    tested in, raises or lowers both."""
    partner: dict[str, Entity] = {}
    for a, b in zip(mentions, mentions[1:], strict=False):
        if {a.type, b.type} == {"CELL_LINE", "CELL_TYPE"} and relate_aims.beside(text, a, b):
            partner.setdefault(a.id, b)
            partner.setdefault(b.id, a)
    if not partner:
        return
    by_id = {m.id: m for m in mentions}
    for r in list(out.relations[first:]):
        other = partner.get(r.arg2) if r.type in _PAIRED_TYPES else None
        if other is not None and r.arg1 in by_id:
            out.rule = r.rule
            out.add(r.type, by_id[r.arg1], other, r.source)
    out.rule = ""


def relate(text: str, sentences: list[Sentence], entities: list[Entity], rules) -> list[Relation]:
    """Relations over all sentences; entity ids must be set. Relation ids are R1, R2, ...
    The rules read Unicode hyphens as "-" (Dex‐induced; one character each, offsets stay)."""
    text = unhyphen(text)
    finder = trigger_finder(rules)
    sparing = sparing_for(rules)
    frames = frames_for(rules)
    out = _Builder()
    animals = frozenset(getattr(rules, "words_of", lambda role: ())("animal_taxon"))
    ordered = sorted(entities, key=lambda e: e.start)
    ordered = _herbal_view(text, ordered, animals, frames.re["plant_source_gap"])
    tested = _tested_compound(text, sentences, ordered, frames.re)
    out.tested, out.frames = _with_abbreviations(text, ordered, tested), frames
    out.title = _title(sentences)
    out.stimuli = _stimuli(text, ordered, frames.re, out.tested, _key, _opening(sentences, ordered))
    out.stimulus_like = _stimulus_keys(text, ordered)
    out.vehicles = _vehicles(text, ordered, frames.re)
    out.extents = {
        m.id: m
        for m in ordered
        if m.type == "DISEASE" and frames.re["extent_after"].match(text, m.end)
    }
    j = 0
    for sent in sentences:
        while j < len(ordered) and ordered[j].start < sent.start:
            j += 1
        k = j
        while k < len(ordered) and ordered[k].end <= sent.end:
            k += 1
        first = len(out.relations)
        out.sentence = (sent.start, sent.end)
        out.co_agents, out.stimulus_changes, out.unlinked = {}, [], frozenset()
        relate_sentence(text, sent, ordered[j:k], finder, out, frames)
        if frames is not None and frames.respectively is not None:
            _respectively(text, sent, ordered[j:k], first, out, frames.respectively)
        out.rule = "cell sparing"
        sparing.links(text, sent, ordered[j:k], out)
        out.rule = ""
        _frame_system(text, sent, ordered[j:k], finder, out, frames)
        _activity_locative(text, sent, ordered[j:k], finder, out, frames)
        _elided(text, sent, ordered[j:k], first, (finder, frames), out)
        _paired_systems(text, ordered[j:k], first, out)
        j = k
    for n, r in enumerate(out.relations, start=1):
        r.id = f"R{n}"
    return out.relations
