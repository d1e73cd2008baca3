"""The paper's model stimuli: the compounds and proteins it uses to set up the model
(IL-1β-stimulated chondrocytes, H2O2 损伤 BMSCs, osteogenesis impaired by high glucose,
dexamethasone-induced osteoporosis). The guidelines give them no regulation or treatment of
their own anywhere in the paper (v1.3), so the relation rules never take them as agents."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from .grammar import OPEN_PAREN
from .model import Entity, Sentence
from .relate_words import WordRegexes

#: the systems a stimulus is given to
_SYSTEMS = ("CELL_LINE", "CELL_TYPE", "ORGANISM")
#: how far a harm (apoptosis, a disease, 模型) may stand from an inducer word
_HARM_REACH = 24
_CLAUSE_MARKS = "，,；;。"


def stimuli(
    text: str,
    ordered: list[Entity],
    words: WordRegexes,
    tested: frozenset[str],
    key: Callable[[Entity], str],
    opening: tuple[str, ...] = (),
) -> frozenset[str]:
    """The keys (``key(m)``) of the mentions written as a stimulus somewhere in ``text``; never
    the tested compound's. ``ordered`` is sorted by start; ``opening``: the names of the paper's
    title and aim, which name what it tests."""
    found: set[str] = set()
    for i, m in enumerate(ordered):
        if m.type not in ("COMPOUND", "GENE") or key(m) in tested or key(m) in found:
            continue
        if is_stimulus(text, ordered, i, words) or _given_to_stimulate(
            text, ordered, i, words, opening
        ):
            found.add(key(m))
    return frozenset(found)


def _given_to_stimulate(
    text: str, ordered: list[Entity], i: int, words: WordRegexes, opening: tuple[str, ...]
) -> bool:
    """A compound given to stimulate cells or animals (以 1 μg/mL LPS 刺激 RAW264.7 细胞): the
    model's stimulus, unless the paper's opening names it or a name it starts with (以黄芪多糖刺激
    巨噬细胞 in a paper on 黄芪: the treatment)."""
    m = ordered[i]
    verb = _given_by_yi(text, m, words) if m.type == "COMPOUND" else None
    nxt = ordered[i + 1] if i + 1 < len(ordered) else None
    if verb is None or nxt is None or nxt.type not in _SYSTEMS or nxt.start - verb.end() > 2:
        return False
    return not any(m.text.startswith(name) for name in opening)


def _given_by_yi(text: str, m: Entity, words: WordRegexes) -> re.Match[str] | None:
    """The ``stimulus_verb_zh`` after a name given in "以 [dose] X 刺激/诱导", else None."""
    if not words["stimulus_by_zh"].search(text, max(0, m.start - _HARM_REACH), m.start):
        return None
    return words["stimulus_verb_after_zh"].match(text, m.end)


#: between two inducers conjoined before the inducer word (cigarette smoke and LPS-induced)
_INDUCER_CONJ = re.compile(r"[ \t]*(?:and|plus|\+|和|与|、)[ \t]*", re.IGNORECASE)
#: right before the first of them: a model's preposition (of, by, on, in, against, 对: a model of A
#: and B-induced COPD), not a giving word (pretreated with X and LPS-induced injury: X is given)
_MODEL_OF = re.compile(r"(?:\b(?:of|by|on|in|against)[ \t]+(?:the[ \t]+)?|对[ \t]*)$", re.I)


def is_stimulus(text: str, ordered: list[Entity], i: int, words: WordRegexes) -> bool:
    """Whether the mention ``ordered[i]`` is written as a stimulus where it stands, or is
    conjoined to the next one that is (cigarette smoke and LPS-induced COPD)."""
    m = ordered[i]
    nxt = ordered[i + 1] if i + 1 < len(ordered) else None
    if (
        nxt is not None
        and nxt.type in ("COMPOUND", "GENE")
        and _MODEL_OF.search(text, max(0, m.start - 12), m.start)
        and _INDUCER_CONJ.fullmatch(text, m.end, nxt.start)
        and words["inducer_after"].match(text, nxt.end)
        and _stimulus_here(text, ordered, i + 1, words)
    ):
        return True
    return _stimulus_here(text, ordered, i, words)


def _stimulus_here(text: str, ordered: list[Entity], i: int, words: WordRegexes) -> bool:
    """Whether the mention ``ordered[i]`` is written as a stimulus by the words around it."""
    m = ordered[i]
    if words["stimulus_after"].match(text, m.end):
        return True  # H2O2 损伤, LPS-challenged
    if words["stimulus_before"].search(text, max(0, m.start - _HARM_REACH), m.start):
        return True  # impaired by high glucose, challenged with LPS
    if m.type == "GENE" and _given_by_yi(text, m, words) is not None:
        return True  # 以 10 ng/mL IL-1β 刺激软骨细胞 (a compound given so: _given_to_stimulate)
    induced = words["inducer_after"].match(text, m.end)
    if induced is not None:  # Dex-induced apoptosis, RANKL-induced osteoclastogenesis,
        # IL-1β-stimulated chondrocytes; not puerarin-induced osteoblast proliferation, nor
        # Nrf2-induced HO-1
        cells = m.type == "GENE" or words["stimulator"].match(text, m.end) is not None
        return _harm_after(text, ordered, i, induced.end(), (words, cells))
    before = words["inducer_before"].search(text, max(0, m.start - _HARM_REACH), m.start)
    return before is not None and _harm_before(text, ordered, i, before.start(), words)


def _harm_after(
    text: str, ordered: list[Entity], i: int, at: int, how: tuple[WordRegexes, bool]
) -> bool:
    """What the inducer word at ``at`` induces is a harm: a harm word (apoptosis, 损伤,
    model) or a disease, or (``cells``) the cells, right after it: a few characters besides
    the mentions between (H2O2 诱导成骨细胞凋亡; not 葛根素诱导 BMSCs 成骨分化治疗骨质疏松)."""
    words, cells = how
    end = _clause_end(text, at, at + _HARM_REACH)
    kinds = ("DISEASE", "CELL_TYPE", "CELL_LINE") if cells else ("DISEASE",)
    harm = words["harm"].search(text, at, end)
    stop = harm.start() if harm else end
    pos, free = at, 0
    for n in ordered[i + 1 : i + 6]:
        if n.start >= stop:
            break
        free += len(text[pos : n.start].strip(" \t的-"))
        if n.type in kinds and free <= _FREE_CHARS:
            return True
        pos = n.end
    return harm is not None and free + len(text[pos:stop].strip(" \t的-")) <= _FREE_CHARS


#: characters other than mentions that may stand between an inducer word and its harm
_FREE_CHARS = 4


def _harm_before(text: str, ordered: list[Entity], i: int, at: int, words: WordRegexes) -> bool:
    """A disease or a harm word right before "induced by" (apoptosis induced by H2O2)."""
    start = max(0, at - _HARM_REACH)
    for mark in _CLAUSE_MARKS:
        start = max(start, text.rfind(mark, start, at) + 1)
    if words["harm"].search(text, start, at):
        return True
    return any(n.type == "DISEASE" and n.end > start for n in ordered[max(0, i - 3) : i])


def _clause_end(text: str, at: int, limit: int) -> int:
    ends = [k for k in (text.find(c, at, limit) for c in _CLAUSE_MARKS) if k >= 0]
    return min(ends, default=min(limit, len(text)))


_OPPOSITE = {"UPREGULATES": "DOWNREGULATES", "DOWNREGULATES": "UPREGULATES"}


def reversed_changes(
    text: str,
    sent: Sentence,
    mentions: list[Entity],
    changes: list[tuple[str, Entity]],
    words: WordRegexes,
) -> list[tuple[str, Entity, Entity]]:
    """A compound that reverses the stimulus's changes written before it in the sentence (IL-1β
    使 A 下降、B 升高，X 可逆转上述变化; …, all of which were reversed by X) regulates each target
    the other way: (relation, agent, target) for each change before the reversal."""
    if not changes:
        return []
    out = []
    for m in words["reversal_anaphor"].finditer(text, sent.start, sent.end):
        agent = _reversing_agent(m, mentions, sent.start)
        if agent is None:
            continue
        out += [(_OPPOSITE[r], agent, t) for r, t in changes if t.end <= m.start()]
    return out


def _reversing_agent(m, mentions: list[Entity], start: int) -> Entity | None:  # noqa: ANN001
    """The compound after "reversed by" (group ``by``), else the last one before the verb in
    its clause."""
    if m.group("by"):
        return next((x for x in mentions if x.start >= m.end() and x.type == "COMPOUND"), None)
    lo = max(
        [start] + [i + 1 for i in (m.string.rfind(c, start, m.start()) for c in "，,；;") if i >= 0]
    )
    before = [x for x in mentions if lo <= x.start and x.end <= m.start() and x.type == "COMPOUND"]
    return before[-1] if before else None


#: a passive undoing change nouns: (subject start, passive end, agent or None, changes)
Reversal = tuple[int, int, "Entity | None", list[tuple[str, Entity]]]
#: how far before its passive a reversed subject may start
_SUBJECT_REACH = 300
#: the most names one change's object list is read for
_RUN_MAX = 12
_TARGET_TYPES = ("GENE", "COMPOUND", "PATHWAY", "CELL_TYPE", "CELL_LINE")
#: between two names of one change's object list (A, B, and C; A 和 B; A (a), B)
_LIST_GAP = re.compile(
    r"(?:[ \t]*[（(][^（）()]{1,12}[)）])?[\s,，、]*(?:(?:and|or|as\s+well\s+as|和|及|与)\s*)?",
    re.IGNORECASE,
)


def passive_reversals(
    text: str, sent: Sentence, mentions: list[Entity], words: WordRegexes
) -> list[Reversal]:
    """Change nouns undone by a passive (the decrease of A and the increase of B were reversed
    by X; the loss of A was prevented): per passive, the span from its subject to its verb, the
    agent (the compound after "by", else the last one before the subject) and, per name, the
    relation: a loss undone is a rise, a gain undone a fall."""
    out: list[Reversal] = []
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    prev_end = sent.start
    for done in words["changes_reversed"].finditer(text, sent.start, sent.end):
        first, changes = None, []
        lo = max(prev_end, done.start() - _SUBJECT_REACH)  # not an earlier passive's subject
        lo = _after_last_verb(text, lo, done.start(), words)  # nor another verb's subject
        prev_end = done.end()
        restores = words["restore_verb_word"].search(text, done.start(), done.end()) is not None
        for c in words["change_of"].finditer(text, lo, done.start()):
            loss = c.group("loss") or c.group("lossp")
            if c.group("lossp") and words["loss_participle"].search(done.group()):
                continue  # the decreased A was reduced by X: a fall, as the verb says
            if restores and not loss:
                continue  # the activation of A was restored: brought back, a rise
            k = bisect_left(starts, c.end())
            run = _object_run(text, c.end(), mentions[k : k + _RUN_MAX], done.start())
            if not run or (first is None and not _opens_subject(text, sent.start, c, words)):
                continue
            first = c.start() if first is None else first
            rtype = "UPREGULATES" if loss else "DOWNREGULATES"
            changes += [(rtype, t) for t in run]
        if first is not None:
            agent = _passive_agent(text, done, (mentions, starts), (sent.start, first), words)
            out.append((first, done.end(), agent, changes))
    return out


def _after_last_verb(text: str, lo: int, hi: int, words: WordRegexes) -> int:
    """Where the last finite verb in ``text[lo:hi]`` ends, else ``lo``."""
    last = None
    for last in words["finite_verb_en"].finditer(text, lo, hi):  # noqa: B007
        pass
    return last.end() if last is not None else lo


def _opens_subject(
    text: str,
    start: int,
    change: re.Match[str],
    words: WordRegexes,
    lead: str = "change_subject_lead",
) -> bool:
    """Whether a change noun opens its clause's subject (The decrease of, Moreover, the loss
    of, and the IL-1β-induced increase in; with ``observed_lead``: A significant decrease of)."""
    bound = max(text.rfind(c, start, change.start()) for c in ",，;；")
    opening = text[max(start, bound + 1) : change.start()]
    return words[lead].fullmatch(opening) is not None


def _object_run(text: str, at: int, mentions: list[Entity], limit: int) -> list[Entity]:
    """The names starting right at ``at`` and conjoined to it, before ``limit``; a name's
    abbreviation in parentheses is skipped (interleukin-1β (IL-1β) and interleukin-6)."""
    run: list[Entity] = []
    prev = at
    for m in mentions:
        if m.start < at or m.end > limit:
            continue
        if run and OPEN_PAREN.fullmatch(text, prev, m.start):
            close = _PAREN_CLOSE.match(text, m.end)
            if close is not None:
                prev = close.end()  # the abbreviation of the name before
                continue
        if m.type not in _TARGET_TYPES or (m.start - prev > 24 if run else m.start != at):
            break
        if run and not _LIST_GAP.fullmatch(text, prev, m.start):
            break
        run.append(m)
        prev = m.end
    return run


_PAREN_CLOSE = re.compile(r"[ \t]*[)）]")


def _passive_agent(
    text: str,
    done: re.Match[str],
    ordered: tuple[list[Entity], list[int]],
    bounds: tuple[int, int],
    words: WordRegexes,
) -> Entity | None:
    """The compound right after the passive's "by"; after "in the", the compound of the arm
    named there (in the X-treated group); else the last one of the twelve names before its
    subject (``ordered``: the sentence's mentions by start, and their starts)."""
    mentions, starts = ordered
    start, first = bounds
    k = bisect_left(starts, done.end())
    after = mentions[k] if k < len(mentions) else None
    if re.search(r"\bby\b", done.group(), re.IGNORECASE):
        return after if after is not None and after.type == "COMPOUND" else None
    if (
        after is not None
        and after.type == "COMPOUND"
        and after.start == done.end()
        and words["arm_after"].match(text, after.end)
    ):
        return after
    k = bisect_left(starts, first)
    before = [m for m in mentions[max(0, k - _RUN_MAX) : k] if start <= m.start and m.end <= first]
    compounds = [m for m in before if m.type == "COMPOUND" and not _induces(text, m, first, words)]
    return compounds[-1] if compounds else None


def _induces(text: str, m: Entity, change: int, words: WordRegexes) -> bool:
    """Whether ``m`` is written as the inducer of the change noun at ``change`` (X-induced
    suppression of A was reversed: X made the change, it does not undo it)."""
    inducer = words["inducer_after"].match(text, m.end)
    return inducer is not None and not text[inducer.end() : change].strip()


def observed_changes(
    text: str, sent: Sentence, mentions: list[Entity], words: WordRegexes
) -> list[tuple[str, Entity, Entity]]:
    """Change nouns opening the subject of a finding verb, with the compound given after the
    verb (a significant decrease of A was observed after treatment with X: DOWN(X, A); an
    increase in B was found in cells treated with X: UP(X, B)): (relation, agent, target)."""
    out: list[tuple[str, Entity, Entity]] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    prev_end = sent.start
    for seen in words["changes_observed"].finditer(text, sent.start, sent.end):
        lo = max(prev_end, seen.start() - _SUBJECT_REACH)
        lo = _after_last_verb(text, lo, seen.start(), words)
        prev_end = seen.end()
        agent = _observed_agent(text, seen.end(), (ordered, starts), words)
        if agent is None:
            continue
        opened = False
        for c in words["change_of"].finditer(text, lo, seen.start()):
            if c.group("lossp") or c.group("gainp"):
                continue  # a participle: the verb's own subject, not a change noun
            opened = opened or _opens_subject(text, sent.start, c, words, "observed_lead")
            at = words["tissue_lead_en"].match(text, c.end()).end()  # increases in serum A
            k = bisect_left(starts, at)
            run = _object_run(text, at, ordered[k : k + _RUN_MAX], seen.start())
            rtype = "DOWNREGULATES" if c.group("loss") else "UPREGULATES"
            out += [(rtype, agent, t) for t in run if opened and t is not agent]
    return out + _existential_changes(text, sent, (ordered, starts), words)


def _existential_changes(
    text: str, sent: Sentence, found: tuple[list[Entity], list[int]], words: WordRegexes
) -> list[tuple[str, Entity, Entity]]:
    """ "There were (marked) decreases in A and B in the X group": the change nouns' objects,
    with the compound given after them (the group, after treatment with X) as the agent."""
    ordered, starts = found
    out: list[tuple[str, Entity, Entity]] = []
    for there in words["there_were"].finditer(text, sent.start, sent.end):
        c = words["change_of"].match(text, there.end())
        if c is None or c.group("lossp") or c.group("gainp"):
            continue
        at = words["tissue_lead_en"].match(text, c.end()).end()  # increases in serum ALT
        k = bisect_left(starts, at)
        run = _object_run(text, at, ordered[k : k + _RUN_MAX], sent.end)
        if not run:
            continue
        tail = words["measure_tail_en"].match(text, run[-1].end)
        agent = _observed_agent(text, tail.end() if tail else run[-1].end, found, words)
        if agent is None:
            continue
        rtype = "DOWNREGULATES" if c.group("loss") else "UPREGULATES"
        out += [(rtype, agent, t) for t in run if t is not agent]
    return out


def _observed_agent(
    text: str, at: int, ordered: tuple[list[Entity], list[int]], words: WordRegexes
) -> Entity | None:
    """The compound given right after a finding verb ending at ``at`` (after treatment with X,
    upon X treatment, in cells treated with X, in the X-treated group); not a stimulus."""
    mentions, starts = ordered
    lead = words["observed_agent_lead"].match(text, at)
    if lead is None:
        return None
    k = bisect_left(starts, lead.end())
    x = mentions[k] if k < len(mentions) else None
    if x is None or x.start != lead.end() or x.type != "COMPOUND":
        return None
    if lead.group("arm") and not words["arm_after"].match(text, x.end):
        return None
    return None if is_stimulus(text, mentions, k, words) else x
