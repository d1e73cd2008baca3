"""Relate: the six relation types from trigger words and the guideline's sentence rules.

Within one sentence, cut into clauses at ，,；;：:

* A trigger (``triggers.tsv``; the longest trigger wins where two overlap; ``NONE`` rows are
  neutral verbs that block) governs the mentions after it up to the next trigger or the end of
  its clause (each conjunct its own relation). When nothing follows it in the clause, the
  mentions before it are its targets (``X 的表达水平上调``, ``对 X 起到负性调节作用``).
* The agent is the clause's subject: the first agent-type mention of the clause before the
  trigger; when the subject is elided or a pronoun, the subject of the previous clause of the
  same sentence, linked at its nearest preceding occurrence; else the nearest agent after.
  ``backward`` triggers (treated with, 受…抑制) swap the sides.
* Regulation of a cell needs a proliferation/differentiation/formation/activity/survival
  word beside it; a cell after 向/into (the differentiation product) is not a target.
* TESTED_IN needs a giving/exposure trigger (its compound is the nearest one before it) or a
  study aim (研究/观察/探讨 X 对 Y 的影响, the effect of X on Y).
* A negated trigger (未/不/没有…, not/no/failed to) gives nothing.
* An abbreviation written in parentheses after its long form is never an argument: the long
  form is linked.
* HAS_CONCENTRATION / HAS_DURATION: the compound written right after the quantity, else the
  nearest preceding compound mention in the sentence, else the nearest following one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .model import RELATION_TYPES, Entity, Relation, Sentence

_CLAUSE_SEP = re.compile(r"[，,；;：:]")
_NEG_ZH = re.compile(r"(?:未|没有|并未|无法|不|未能|并不)(?:能|会|可|再|能够|可以)?\s*$")
_NEG_EN = re.compile(
    r"\b(?:not|no|never|neither|nor|without|failed\s+to|n't)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_CELL_WORD_AFTER = re.compile(
    r"^[^，,；;。]{0,10}?(?:增殖|分化|形成|生成|活性|活力|存活|生长|成熟|吸收|"
    r"prolifer|differentiat|formation|growth|viabil|activit|surviv|maturat|resorpt)",
    re.IGNORECASE,
)
_CELL_WORD_BEFORE = re.compile(
    r"(?:prolifer|differentiat|formation|growth|viabil|activit|surviv|maturat|apoptos)\w*"
    r"(?:\s+(?:and|or|of|the|in)\s+\w+)*\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_INTO_BEFORE = re.compile(r"(?:向|为|into|to)\s*$")
_AIM = re.compile(r"(?:研究|观察|探讨|考察|评价|分析|探究|检测)")
_AIM_EN = re.compile(r"\beffects?\s+of\s*$", re.IGNORECASE)

AGENT_TYPES = ("COMPOUND", "GENE", "PATHWAY")


@dataclass(frozen=True, slots=True)
class TriggerHit:
    start: int
    end: int
    relation: str
    direction: str
    lang: str


class TriggerFinder:
    """Compiled trigger words of one rule set (Chinese substrings, English inflected words)."""

    def __init__(self, triggers) -> None:
        self.info: dict[str, tuple[str, str, str]] = {}
        zh_words: list[str] = []
        en_parts: list[tuple[str, str]] = []
        for t in triggers:
            if t.lang == "zh":
                self.info.setdefault(t.word, (t.relation, t.direction, "zh"))
                zh_words.append(t.word)
            else:
                key = t.word.lower()
                self.info.setdefault(key, (t.relation, t.direction, "en"))
                en_parts.append((key, _inflected(key)))
        zh_words.sort(key=len, reverse=True)
        self.zh = re.compile("|".join(re.escape(w) for w in zh_words)) if zh_words else None
        en_parts.sort(key=lambda p: len(p[0]), reverse=True)
        self.en_keys = [k for k, _ in en_parts]
        # a look-ahead on the first letters lets the engine skip at once every position where
        # no trigger can start (about 4x faster on real text; the matches are the same)
        firsts = {k[:1].lower() for k in self.en_keys}
        lead = ""
        if firsts and all(c.isalpha() for c in firsts):
            lead = "(?=[" + re.escape("".join(sorted(firsts))) + "])"
        self.en = (
            re.compile(
                lead
                + r"\b(?:"
                + "|".join(f"(?P<g{i}>{rx})" for i, (_, rx) in enumerate(en_parts))
                + r")\b",
                re.IGNORECASE,
            )
            if en_parts
            else None
        )

    def find(self, text: str, offset: int = 0) -> list[TriggerHit]:
        hits: list[TriggerHit] = []
        if self.zh is not None:
            for m in self.zh.finditer(text):
                rel, direction, lang = self.info[m.group()]
                hits.append(TriggerHit(offset + m.start(), offset + m.end(), rel, direction, lang))
        if self.en is not None:
            for m in self.en.finditer(text):
                key = self.en_keys[int(m.lastgroup[1:])]
                rel, direction, lang = self.info[key]
                hits.append(TriggerHit(offset + m.start(), offset + m.end(), rel, direction, lang))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[TriggerHit] = []
        for h in hits:
            if out and h.start < out[-1].end:
                continue
            out.append(h)
        return out


def _inflected(word: str) -> str:
    """A regex for an English trigger with the inflections of its first word."""
    first, _, rest = word.partition(" ")
    if first.endswith("e"):
        head = re.escape(first[:-1]) + r"(?:e|es|ed|ing)"
    elif first.endswith("y") and len(first) > 3:
        head = re.escape(first[:-1]) + r"(?:y|ies|ied|ying)"
    else:
        head = re.escape(first) + r"(?:s|es|ed|ing|\w?ed|\w?ing)?"
    if rest:
        head += r"\s+" + r"\s+".join(re.escape(w) for w in rest.split())
    return head


@lru_cache(maxsize=4)
def _finder_for(version: str, triggers: tuple) -> TriggerFinder:
    return TriggerFinder(triggers)


def trigger_finder(rules) -> TriggerFinder:
    """The compiled triggers of ``rules``, built once per rules version."""
    return _finder_for(getattr(rules, "version", ""), tuple(rules.triggers))


# ----------------------------------------------------------------------------- helpers


def _clauses(sent: Sentence) -> list[tuple[int, int]]:
    spans = []
    pos = sent.start
    for m in _CLAUSE_SEP.finditer(sent.text):
        # a comma inside a number or a name list of quantities does not end a clause
        spans.append((pos, sent.start + m.start()))
        pos = sent.start + m.end()
    spans.append((pos, sent.end))
    return spans


def _aliases(text: str, mentions: list[Entity]) -> set[str]:
    """Ids of abbreviations written in parentheses right after their long form."""
    out = set()
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = text[a.end : b.start]
        if (
            gap.strip() in ("（", "(")
            and text[b.end : b.end + 1] in ("）", ")")
            and b.type == a.type
        ):
            out.add(b.id)
    return out


def _negated(text: str, sent_start: int, hit: TriggerHit) -> bool:
    left = text[max(sent_start, hit.start - 12) : hit.start]
    if hit.lang == "zh":
        return bool(_NEG_ZH.search(left))
    return bool(_NEG_EN.search(text[max(sent_start, hit.start - 30) : hit.start]))


def _cell_ok(
    text: str, target: Entity, hit: TriggerHit, clause_end: int, mentions: list[Entity]
) -> bool:
    stop = min(clause_end, target.end + 16)
    nxt = next((m for m in mentions if m.start >= target.end), None)
    if nxt is not None and nxt.start < stop:
        gap = text[target.end : nxt.start]
        stop = nxt.start if not _INTO_BEFORE.search(gap) else min(clause_end, nxt.end + 10)
    after = text[target.end : stop]
    if _CELL_WORD_AFTER.search(after):
        return True
    between = text[hit.end : target.start]
    if _CELL_WORD_BEFORE.search(between):
        return True
    return False


def _same(a: Entity, b: Entity) -> bool:
    if a.norm and b.norm:
        return a.norm == b.norm
    return a.type == b.type and a.text.lower() == b.text.lower()


# ----------------------------------------------------------------------------- relate


class _Builder:
    def __init__(self) -> None:
        self.seen: set[tuple[str, str, str]] = set()
        self.relations: list[Relation] = []

    def add(self, rtype: str, a: Entity, b: Entity, source: str) -> None:
        arg1_types, arg2_types = RELATION_TYPES[rtype]
        if a.id == b.id or a.type not in arg1_types or b.type not in arg2_types:
            return
        key = (rtype, a.id, b.id)
        if key in self.seen:
            return
        self.seen.add(key)
        self.relations.append(Relation("", rtype, a.id, b.id, source))


_ANAPHOR = re.compile(
    r"(?P<p>此通路|该通路|这一通路|这条通路|this pathway|the pathway)|(?P<c>该药|此药|该化合物|"
    r"this compound|this drug)",
    re.IGNORECASE,
)
#: what may stand between a theme and a trigger after it: "X 的表达水平显著上调", "MDA 降低"
_THEME_GAP = re.compile(
    r"^\s*(?:的)?\s*(?:mRNA|蛋白|蛋白质|基因)?\s*(?:的)?\s*(?:表达|含量|水平|活性|活力|浓度|表达量|"
    r"分泌|数量|量)*\s*(?:也|均|都|则|随之|显著|明显|不断|进一步|有所|可|能|起到|起|发挥|了|被)*\s*$"
)
_AFTER_THEME_TRIGGER = re.compile(
    r"^\s*(?:的)?\s*(?:作用|效应|效果|了)?\s*(?:\[[\d,\-–]+\])?\s*[。！？.!?]*\s*$"
)
_NOMINAL = re.compile(r"(?:剂|inhibitors?|antagonists?|blockers?|activators?|agonists?)$", re.I)
_ADJACENT_GAP = re.compile(r"^\s*(?:[（(][^）)]{0,20}[）)])?\s*$")
_CONJ_GAP = re.compile(r"^\s*(?:、|，|,|和|及|与|以及|或|and|or|/)\s*$")


def _trailing_run(text: str, mentions: list[Entity]) -> list[Entity]:
    """The last mention and the mentions conjoined to it (A、B 和 C)."""
    if not mentions:
        return []
    run = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        if _CONJ_GAP.match(text[m.end : run[0].start]):
            run.insert(0, m)
        else:
            break
    return run


def relate_sentence(
    text: str, sent: Sentence, mentions: list[Entity], finder: TriggerFinder, out: _Builder
) -> None:
    """Add the relations of one sentence to ``out``."""
    if not mentions:
        return
    aliases = _aliases(text, mentions)
    usable = [m for m in mentions if m.id not in aliases]
    hits = finder.find(sent.text, sent.start)
    subject: Entity | None = None
    for cs, ce in _clauses(sent):
        clause_hits = [h for h in hits if cs <= h.start < ce]
        cm = [m for m in usable if cs <= m.start < ce]
        if subject is None:
            first_hit = next((h.start for h in clause_hits if h.relation != "NONE"), ce)
            subject = next((m for m in cm if m.start < first_hit and m.type in AGENT_TYPES), None)
        for k, hit in enumerate(clause_hits):
            if hit.relation == "NONE" or _negated(text, sent.start, hit):
                continue
            region_end = clause_hits[k + 1].start if k + 1 < len(clause_hits) else ce
            prev_end = clause_hits[k - 1].end if k > 0 else cs
            after = [m for m in cm if hit.end <= m.start < region_end]
            before = [m for m in cm if prev_end <= m.start and m.end <= hit.start]
            rtype = hit.relation
            arg1_types, arg2_types = RELATION_TYPES[rtype]
            word = text[hit.start : hit.end]
            if hit.direction == "backward" or _NOMINAL.search(word):
                _backward(text, rtype, word, hit, before, after, out)
                continue
            targets = [m for m in after if m.type in arg2_types]
            if rtype == "TESTED_IN":
                pre = [m for m in cm if m.end <= hit.start and m.type == "COMPOUND"]
                agent = (
                    pre[-1]
                    if pre
                    else (subject if subject is not None and subject.type == "COMPOUND" else None)
                )
                if agent is not None:
                    agent = _nearest_occurrence(usable, agent, hit.start)
                for t in targets:
                    if (
                        word in ("诱导", "induce")
                        and t.type in ("CELL_TYPE", "CELL_LINE")
                        and _cell_ok(text, t, hit, region_end, usable)
                    ):
                        _add_checked(out, "UPREGULATES", agent, t, text, hit, region_end, usable)
                    else:
                        _add_checked(out, rtype, agent, t, text, hit, region_end, usable)
                continue
            agent = None
            ana = _ANAPHOR.search(text, prev_end, hit.start)
            if ana:
                want = "PATHWAY" if ana.group("p") else "COMPOUND"
                prior = [m for m in usable if m.end <= ana.start() and m.type == want]
                agent = prior[-1] if prior else None
            if targets:
                if agent is None:
                    own = [
                        m
                        for m in cm
                        if m.end <= hit.start and m.type in arg1_types and m.type != "ORGANISM"
                    ]
                    agent = own[0] if own else None
                if agent is None and subject is not None and subject.type in arg1_types:
                    agent = _nearest_occurrence(usable, subject, hit.start)
            else:
                targets = []
                pre = [m for m in before if m.type in arg1_types or m.type in arg2_types]
                tail = text[hit.end : region_end]
                if pre and _AFTER_THEME_TRIGGER.match(tail):
                    run = _trailing_run(text, pre)
                    if (
                        _THEME_GAP.match(text[run[-1].end : hit.start])
                        or "对" in text[pre[0].end : run[0].start]
                    ):
                        lead = pre[: len(pre) - len(run)]
                        if (
                            agent is None
                            and lead
                            and lead[0].type in arg1_types
                            and (
                                lead[0].type == "COMPOUND"
                                or "对" in text[lead[0].end : run[0].start]
                            )
                        ):
                            agent = lead[0]
                        if agent is None and subject is not None and subject.type == "COMPOUND":
                            agent = _nearest_occurrence(usable, subject, hit.start)
                        targets = [m for m in run if m.type in arg2_types]
            if agent is None:
                continue
            if len(word) == 1 and targets:
                targets = [t for t in targets if t.start == hit.end]  # 抗 needs its target next
            for t in targets:
                if t.id != agent.id:
                    _add_checked(out, rtype, agent, t, text, hit, region_end, usable)
            if agent.type in AGENT_TYPES and not ana:
                subject = agent
    _quantity_links(text, sent, usable, out)
    _study_aims(text, sent, usable, out)


def _backward(text, rtype, word, hit, before, after, out) -> None:
    """Passive and nominal triggers: the agent after, the target right before
    (雌激素受体阻断剂 ICI 182、780; cells treated with X)."""
    arg1_types, arg2_types = RELATION_TYPES[rtype]
    agents = [m for m in after if m.type in arg1_types and m.type != "ORGANISM"]
    if not agents or not before:
        return
    agent = agents[0]
    if _NOMINAL.search(word):
        if not _ADJACENT_GAP.match(text[hit.end : agent.start]):
            return
        last = before[-1]
        if not _ADJACENT_GAP.match(text[last.end : hit.start]):
            return
        targets = [last]
    else:
        targets = _trailing_run(text, before)
    for t in targets:
        if t.type in arg2_types:
            out.add(rtype, agent, t, "trigger")


def _add_checked(out, rtype, agent, target, text, hit, clause_end, mentions) -> None:
    if agent is None:
        return
    if target.type in ("CELL_TYPE", "CELL_LINE"):
        if (
            _INTO_BEFORE.search(text[max(0, target.start - 6) : target.start])
            and rtype != "TESTED_IN"
        ):
            return
        if rtype in ("UPREGULATES", "DOWNREGULATES") and not _cell_ok(
            text, target, hit, clause_end, mentions
        ):
            return
    out.add(rtype, agent, target, "trigger")


def _nearest_occurrence(mentions: list[Entity], subject: Entity, before: int) -> Entity:
    best = subject
    for m in mentions:
        if m.start < before and _same(m, subject) and m.start >= best.start:
            best = m
    return best


def _quantity_links(text: str, sent: Sentence, mentions: list[Entity], out: _Builder) -> None:
    compounds = [m for m in mentions if m.type == "COMPOUND"]
    if not compounds:
        return
    for q in mentions:
        if q.type not in ("CONCENTRATION", "DURATION"):
            continue
        rtype = "HAS_CONCENTRATION" if q.type == "CONCENTRATION" else "HAS_DURATION"
        nxt = next((c for c in compounds if c.start >= q.end), None)
        if nxt is not None and re.fullmatch(r"[\s的]{0,3}", text[q.end : nxt.start]):
            out.add(rtype, nxt, q, "quantity")
            continue
        prev = [c for c in compounds if c.end <= q.start]
        if prev:
            out.add(rtype, prev[-1], q, "quantity")
        elif nxt is not None:
            out.add(rtype, nxt, q, "quantity")


def _study_aims(text: str, sent: Sentence, mentions: list[Entity], out: _Builder) -> None:
    """研究/观察/探讨 X 对 Y 的影响 and "the effect of X on Y" give TESTED_IN(X, Y)."""
    for i, x in enumerate(mentions):
        if x.type != "COMPOUND":
            continue
        rest = text[x.end : sent.end]
        zh = rest.startswith(("对", " 对")) and _AIM.search(text[sent.start : x.start])
        en = re.match(r"\s+on\s", rest) and _AIM_EN.search(text[sent.start : x.start])
        if not (zh or en):
            continue
        end_match = (
            re.search(r"(?:的)?(?:影响|作用|效应)|[，,；;]", rest)
            if zh
            else re.search(r"[,;]|\bwas\b|\bwere\b", rest)
        )
        limit = x.end + (end_match.start() if end_match else len(rest))
        for y in mentions[i + 1 :]:
            if y.start >= limit:
                break
            if y.type in ("CELL_LINE", "CELL_TYPE", "ORGANISM"):
                out.add("TESTED_IN", x, y, "aim")


def relate(text: str, sentences: list[Sentence], entities: list[Entity], rules) -> list[Relation]:
    """Relations over all sentences; entity ids must be set. Relation ids are R1, R2, ..."""
    finder = trigger_finder(rules)
    out = _Builder()
    ordered = sorted(entities, key=lambda e: e.start)
    j = 0
    for sent in sentences:
        while j < len(ordered) and ordered[j].start < sent.start:
            j += 1
        k = j
        while k < len(ordered) and ordered[k].end <= sent.end:
            k += 1
        relate_sentence(text, sent, ordered[j:k], finder, out)
        j = k
    for n, r in enumerate(out.relations, start=1):
        r.id = f"R{n}"
    return out.relations
