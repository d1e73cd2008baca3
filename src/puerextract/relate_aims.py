"""TESTED_IN without a giving verb: study aims, group allocations, model frames and culture media.

A curator reads these sentence frames as "compound X was tested in system Y" (guideline:
study aims are TESTED_IN; the treated system must be named in the sentence):

* Chinese aims: ``X（…）对 Y … 的影响/作用/效应`` (a title, 探讨…, 检测 X 作用 24 h 对 Y 细胞增殖的
  影响): every compound before 对 (a conjunct run, quantities and giving words between) to
  every system between 对 and the aim noun. A denied effect (``对 Y 均无明显影响``) has no
  ``的`` before its noun and is no aim.
* English aims: ``the effect(s) of X (and Y) on … A and B`` (an apposition after X allowed:
  "of X (GEN), an iridoid glycoside from Gardenia, on") and ``to determine whether X … A``:
  each compound of the run to each system after it in the clause.
* Group allocations: ``Y … (随机)分为 … X 组`` / ``Y were randomly assigned to … X … groups``:
  every compound named after the allocation word to the systems named right before it.
* Model frames: ``采用 H2O2 建立 MC3T3-E1 细胞…模型，并给予 X 预处理``: the model's inducer and the
  compounds given after the model phrase to the model's system.
* Culture media: ``以含 X 的培养基培养 Y`` / ``以…培养基（含 X 和 Z）培养 Y`` / ``Y were cultured in
  medium containing X``: each medium component to the cultured system.
* Giving nouns: ``exposure of Y cells to X``, ``pretreatment of the cells with X``.
* Continuing clauses: ``…以 X 处理，并以 A 或 B 进行干预`` / ``另设 C 组``: A, B, C to the system of
  the last compound given before them (an elided argument).
* Titles ending on their aim noun without 的 (``X 对 Y 细胞损伤保护作用``).

Clauses here are cut at ，,；;：: outside parentheses only, so an aim keeps its compound's
alternative names (``淫羊藿苷（icariin，ICA）对…``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from .grammar import (
    CLAUSE_END,
    CLOSERS,
    OPENERS,
    clause_spans,
    conjunction_gap,
    is_abbreviation,
)
from .model import Entity, Sentence
from .relate_quantities import QUANTITY_TYPES, trailing_run
from .relate_words import WordRegexes

SYSTEM_TYPES = ("CELL_LINE", "CELL_TYPE", "ORGANISM")

#: link(agent, target, source) -> added
Link = Callable[[Entity, Entity, str], bool]

#: the gap between conjoined names; English aims and allocations list with a serial comma
#: (the effects of A, B, and C on), which the quantity and pathway lists were never given
_CONJ = conjunction_gap(serial_comma=True)


def _clause_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The clause holding ``pos`` (spans sorted and disjoint), by bisection."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return spans[-1]


#: the last sentence the aim rules cut into clauses, and its clauses (every rule asks)
_last_clauses: tuple[Sentence | None, list[tuple[int, int]]] = (None, [])


def _paren_clauses(sent: Sentence) -> list[tuple[int, int]]:
    """``clause_spans(sent, parens=True)``, computed once per sentence for all the rules."""
    global _last_clauses
    held, spans = _last_clauses
    if held is not sent:
        spans = clause_spans(sent, parens=True)
        _last_clauses = (sent, spans)
    return spans


def _starting_in(mentions: list[Entity], start: int, end: int) -> list[Entity]:
    """The mentions (sorted by start) starting in ``[start, end)``, found by bisection: an aim
    rule run for every compound of a run-on sentence stays linear."""
    lo = bisect_left(mentions, start, key=lambda m: m.start)
    hi = bisect_left(mentions, end, lo, key=lambda m: m.start)
    return mentions[lo:hi]


def _strip(text: str, start: int, end: int, mentions: list[Entity], keep: tuple) -> str | None:
    """``text[start:end]`` without parentheses and mentions of types ``keep``; None when a
    mention of another type stands there."""
    out = []
    depth = 0
    inside = [m for m in _starting_in(mentions, start, end) if m.end <= end]
    if any(m.type not in keep for m in inside):
        return None
    covered = {i for m in inside for i in range(m.start, m.end)}
    for i in range(start, end):
        ch = text[i]
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0 and i not in covered:
            out.append(ch)
    return "".join(out)


def _run_after(
    text: str,
    mentions: list[Entity],
    first: Entity,
    types: tuple,
    combined: re.Pattern[str] | None = None,
) -> list[Entity]:
    """``first`` and the mentions of ``types`` conjoined after it (X and Y, X、Y 和 Z), or
    given with it (``combined``: X in combination with Y)."""
    run = [first]
    for m in mentions:
        if m.start < run[-1].end or m.type not in types:
            continue
        gap = text[run[-1].end : m.start]
        if _CONJ.fullmatch(gap) or (combined is not None and combined.fullmatch(gap)):
            run.append(m)
        else:
            break
    return run


#: how far (characters) an aim's compound may stand from its system
_AIM_REACH = 300


def legacy_aims(
    text: str, sent: Sentence, mentions: list[Entity], link: Link, words: WordRegexes
) -> None:
    """研究/观察/探讨/分析 X (对/在) Y … 的影响/作用/机制 and "the effect of X on Y" link X to
    the first system after it in the clause; "X 组 Y" (a treated group) links X to the system
    named right after the label."""
    next_system = _next_of_types(mentions, SYSTEM_TYPES)
    for i, x in enumerate(mentions):
        if x.type != "COMPOUND":
            continue
        arm = _conjoined_arm(text, mentions, i, next_system, words)
        if arm is not None:  # 氟西汀和高剂量 X 组大鼠: the first arm is a group of those rats
            link(x, arm, "group")
        cs, ce = _clause_of(_paren_clauses(sent), x.start)
        y = next_system[i]
        if y is None or y.start >= ce or y.start - x.end > _AIM_REACH:
            continue
        label = words["label_tail_zh"].match(text, x.end)
        if label is not None and y.start - label.end() <= 1:
            link(x, y, "group")
            continue
        lead = text[max(cs, x.start - _AIM_REACH) : x.start]
        zh = words["aim_verb"].search(lead) and words["aim_end"].search(
            text, y.end, min(ce, y.end + _AIM_REACH)
        )
        before = words["en_aim_before"].search(text, max(sent.start, x.start - _AIM_REACH), x.start)
        en = before and re.match(r"\s+on\s", text[x.end : y.start + 1])
        if en and _undone(text, sent, before.start(), x.end, words):
            continue  # LY294002 reversed the effect of X on Y: no aim
        if zh or en:
            link(x, y, "aim")


def _conjoined_arm(
    text: str, mentions: list[Entity], i: int, next_system: list, words: WordRegexes
) -> Entity | None:
    """The system of the group label that the compound ``mentions[i]`` is conjoined to (A 和高
    剂量 B 组大鼠: the rats), or None."""
    if i + 1 >= len(mentions) or not _opens_clause(text, mentions, i):
        return None
    z, y = mentions[i + 1], next_system[i + 1]
    conj = words["arm_conj_zh"].fullmatch(text, mentions[i].end, z.start)
    label = words["label_tail_zh"].match(text, z.end) if conj is not None else None
    if z.type != "COMPOUND" or label is None or y is None or y.start - label.end() > 1:
        return None
    return y


def _opens_clause(text: str, mentions: list[Entity], i: int) -> bool:
    """Whether ``mentions[i]`` is the first name of its clause, no group label before it (not
    模型组大鼠血清雌二醇和 …: a level measured in a group)."""
    x = mentions[i]
    lead = _CLAUSE_LEAD.search(text, max(0, x.start - 40), x.start)
    start = lead.end() if lead else max(0, x.start - 40)
    before = mentions[i - 1] if i else None
    return "组" not in text[start : x.start] and (before is None or before.end <= start)


#: the last clause mark before a name, and what may open the clause after it
_CLAUSE_LEAD = re.compile(r"[，,；;。：:](?![^，,；;。：:]*[，,；;。：:])")


def _next_of_types(mentions: list[Entity], types) -> list[Entity | None]:  # noqa: ANN001
    """For each mention, the first later mention of one of ``types`` (one pass from the end)."""
    out: list[Entity | None] = [None] * len(mentions)
    nxt: Entity | None = None
    for i in range(len(mentions) - 1, -1, -1):
        out[i] = nxt
        if mentions[i].type in types:
            nxt = mentions[i]
    return out


#: a second aim of the same compound: …的影响及其对 Z…的影响
_AIM_AGAIN = re.compile(r"\s*(?:及|并|和|以及|与)\s*(?:其)?\s*对")


def _aim_gap_ok(
    text: str, start: int, dui: int, mentions: list[Entity], words: WordRegexes
) -> bool:
    """What stands between an aim's compound and 对: conjoined compounds, quantities and giving
    words, or a mechanism verb with the genes and pathways it names."""
    gap = _strip(text, start, dui, mentions, ("COMPOUND",) + QUANTITY_TYPES)
    if gap is not None:
        return words["aim_gap"].match(gap) is not None
    gap = _strip(text, start, dui, mentions, ("GENE", "PATHWAY"))
    return gap is not None and words["aim_mechanism"].match(gap) is not None


def zh_aims(
    text: str, sent: Sentence, mentions: list[Entity], link: Link, words: WordRegexes
) -> None:
    """``X（…）对 Y … 的影响``: each compound before 对 to each system before the aim noun;
    not in a result or conclusion (结论：X 对 Y 细胞的增殖抑制作用…: a finding, no aim)."""
    if words["finding_label_zh"].match(sent.text):
        return
    for x in mentions:
        if x.type != "COMPOUND":
            continue
        cs, ce = _clause_of(_paren_clauses(sent), x.start)
        dui = text.find("对", x.end, ce)
        if dui < 0 or not _aim_gap_ok(text, x.end, dui, mentions, words):
            continue
        while dui >= 0:
            noun = words["aim_noun"].search(text, dui, ce)
            if noun is None:
                break
            after = _starting_in(mentions, dui + 1, noun.start())
            for y in _distinct(m for m in after if m.end <= noun.start()):
                if not _cell_source(text, y, mentions, words):
                    link(x, y, "aim")
            more = _AIM_AGAIN.match(text, noun.end())  # …的影响及其对 Z 的影响
            dui = more.end() - 1 if more else -1


def zh_title_aim(
    text: str, sent: Sentence, mentions: list[Entity], link: Link, words: WordRegexes
) -> None:
    """A noun-phrase title ending on its aim noun with no 的 (X 对 Y 细胞氧糖剥夺损伤保护作用):
    the paper's aim, read as ``zh_aims`` reads it with 的; not a title stating an effect
    (X 对 Y 具有保护作用)."""
    end = words["title_aim_end"].search(sent.text)
    if end is None or words["effect_verb"].search(sent.text):
        return
    noun_at = sent.start + end.start()
    for x in mentions:
        if x.type != "COMPOUND" or x.end >= noun_at:
            continue
        dui = text.find("对", x.end, noun_at)
        if dui < 0 or not _aim_gap_ok(text, x.end, dui, mentions, words):
            continue
        if words["title_denial"].search(text, dui, noun_at):
            continue  # X 对 Y 细胞增殖无明显影响: a finding, denied
        after = _starting_in(mentions, dui + 1, noun_at)
        for y in _distinct(m for m in after if m.end <= noun_at):
            if not _cell_source(text, y, mentions, words):
                link(x, y, "aim")


def _cell_source(text: str, y: Entity, mentions: list[Entity], words: WordRegexes) -> bool:
    """Whether the animal ``y`` only names where an aim's cells come from (``cell_source_zh``,
    ``cell_source_en``): not the system."""
    if y.type != "ORGANISM":
        return False
    after = words["cell_source_after"].match(text, y.end)
    if after is not None and after.end() > y.end:
        return any(m.start == after.end() and m.type == "CELL_TYPE" for m in mentions)
    return words["cell_source_before"].search(text, max(0, y.start - 60), y.start) is not None


def _aim_runs(
    text: str,
    sent: Sentence,
    mentions: list[Entity],
    found: re.Pattern[str],
    combined: re.Pattern[str] | None = None,
) -> Iterator[tuple[int, list[Entity], re.Match[str]]]:
    """(where, compound run, the match) for each run starting right after a match of
    ``found`` (the run joined by ``combined`` words too: the effects of X in combination with
    Y)."""
    for aim in found.finditer(sent.text):
        at = sent.start + aim.end()
        first = next((m for m in mentions if m.start == at and m.type == "COMPOUND"), None)
        cls = aim.groupdict().get("cls")
        if first is None and cls:  # the effect of the flavonoid on …: the class word is it
            at = sent.start + aim.start("cls")
            first = next((m for m in mentions if m.start == at and m.type == "COMPOUND"), None)
        if first is not None:
            yield at, _run_after(text, mentions, first, ("COMPOUND",), combined), aim


def en_aims(
    text: str, sent: Sentence, mentions: list[Entity], link: Link, words: WordRegexes
) -> None:
    """``the effects of X and Y on … A and B``: each compound of the run to each system; with a
    treating effect (``treat_effect_en``: the therapeutic effects of X on A), to each disease
    (``link`` makes it TREATS). ``mentions`` sorted by start, as a sentence's are."""
    aims = _aim_runs(text, sent, mentions, words["en_aim"], words["combination_gap"])
    starts = [m.start for m in mentions]
    for _, run, aim in aims:
        on = words["en_on"].match(text, run[-1].end)
        at = sent.start + aim.start()
        if on is None or _undone(text, sent, at, on.end(), words):
            continue  # LY294002 reversed the effects of X on Y: no aim
        _, ce = _clause_of(_paren_clauses(sent), on.end())  # past an apposition: the clause of "on"
        reach = min(sent.end, on.end() + _AIM_REACH)
        ce = min(ce, reach)
        if not _INFINITIVE_OPENING.match(sent.text):  # To examine …, cells were …: main clause
            ce = _list_end(text, on.end(), ce, reach)
        stop = words["en_aim_stop"].search(text, on.end(), ce)
        end = stop.start() if stop else ce
        lo = bisect_left(starts, on.end())
        systems = _distinct(m for m in mentions[lo : bisect_left(starts, end)] if m.end <= end)
        if aim.group("treat"):
            systems += _diseases_after(text, mentions, on.end(), end)
        for x in run:
            for y in systems:
                if not _cell_source(text, y, mentions, words):
                    link(x, y, "aim")


def effect_findings(
    text: str, sent: Sentence, mentions: list[Entity], link: Link, words: WordRegexes
) -> None:
    """``X exerts protective (anti-arthritic) effects on D``: TREATS from X to each disease
    heading the phrase after on/against (a finding, no aim: no system is linked)."""
    for x in mentions:
        if x.type != "COMPOUND":
            continue
        found = words["effect_finding_en"].match(text, x.end, sent.end)
        if found is None or _asked(text, sent, x, words):
            continue
        _, ce = _clause_of(_paren_clauses(sent), found.end())
        contrast = words["contrast_en"].search(text, found.end(), ce)
        ce = contrast.start() if contrast else ce  # … on D but cause E: E is no object
        for d in _diseases_after(
            text, mentions, _past_inducer(text, mentions, found.end(), words), ce
        ):
            link(x, d, "effect finding")


def _asked(text: str, sent: Sentence, x: Entity, words: WordRegexes) -> bool:
    """Whether the effect of ``x`` is asked or hypothesised, not found (``effect_asked_en``
    before it in its sentence, or a question mark ending the sentence)."""
    return bool(
        words["effect_asked_en"].search(text[sent.start : x.start])
        or text[sent.start : sent.end].rstrip().endswith("?")
    )


def _past_inducer(text: str, mentions: list[Entity], at: int, words: WordRegexes) -> int:
    """Past a stimulus written first with its inducer word (on type II collagen-induced
    arthritis: the disease follows), else ``at``."""
    first = next((m for m in mentions if m.start >= at), None)
    if first is None or not _DISEASE_LEAD.fullmatch(text, at, first.start):
        return at
    inducer = words["inducer_after"].match(text, first.end)
    return inducer.end() if inducer else at


def _undone(text: str, sent: Sentence, at: int, on_end: int, words: WordRegexes) -> bool:
    """Whether "the effect of X on Y" (its aim noun at ``at``, "on" ending at ``on_end``) is
    undone in its sentence (:func:`undone_effect`)."""
    return undone_effect(text, (at, on_end), (sent.start, min(sent.end, on_end + 80)), words)


def undone_effect(
    text: str, span: tuple[int, int], bounds: tuple[int, int], words: WordRegexes
) -> bool:
    """Whether an effect noun phrase (``span``: its start, and where its passive may follow)
    is the object of an undoing verb right before it or the subject of an undoing passive
    after it, within ``bounds``: a finding about a blocker, no aim (LY294002 reversed the
    promotion effects of X on Y; the effect of X on Y was weakened by …)."""
    (at, after), (lo, hi) = span, bounds
    if words["effect_undone_before"].search(text, max(lo, at - 40), at):
        return True
    return words["effect_undone_after"].match(text, after, hi) is not None


def _list_end(text: str, start: int, clause_end: int, sent_end: int) -> int:
    """Where the objects of an aim's "on" end: past the commas of a list of measures (on the
    proliferation, differentiation and maturation of Y; on cell viability, ALP activity … in
    Y cells) up to ";", a verb of the sentence (were examined) or a clause word."""
    if clause_end >= sent_end or text[clause_end : clause_end + 1] not in ",，":
        return clause_end
    m = _OBJECTS_END.search(text, start, sent_end)
    return m.start() if m else sent_end


#: how far after its "on" an English aim's objects may reach (a bound: one aim reads a few
#: hundred characters, not the rest of a long sentence)
_AIM_REACH = 600
#: a sentence opening on an infinitive of purpose: its comma ends the aim
_INFINITIVE_OPENING = re.compile(r"\s*(?:in\s+order\s+)?to\s", re.IGNORECASE)
#: what ends an aim's list of objects: ";", an auxiliary or a clause word
_OBJECTS_END = re.compile(
    r"[;；。]|\b(?:was|were|is|are|has|have|had|which|that|while|whereas|but|we|they|our)\b",
    re.IGNORECASE,
)


def _diseases_after(text: str, mentions: list[Entity], start: int, end: int) -> list[Entity]:
    """The diseases heading the phrase after a treating aim's on/in (on diabetic nephropathy,
    on ovariectomy-induced osteoporosis and arthritis): up to three words before each, a list
    between; not one further on (on osteoblasts from diabetic rats)."""
    out = []
    for m in mentions:
        if start <= m.start and m.end <= end:
            if m.type != "DISEASE" or not _DISEASE_LEAD.fullmatch(text, start, m.start):
                break  # another name first (osteoblasts from diabetic rats), or a verb between
            out.append(m)
            start = m.end
    return out


#: before a disease heading the phrase, or between two of a list: modifier words, a conjunction
_DISEASE_LEAD = re.compile(
    r"\s*(?:,|and|or)?\s*(?:the\s+)?"
    r"(?:(?!(?:in|of|on|from|by|with|at|to|is|are|was|were)\b)[\w\-]+\s+){0,3}?",
    re.IGNORECASE,
)


def en_whether_aims(
    text: str, sent: Sentence, mentions: list[Entity], link: Link, words: WordRegexes
) -> None:
    """``to determine whether X (and Y) <verb> … A``: each compound of the run to each system
    named after it in the clause (a study aim, as "the effect of X on A")."""
    for at, run, _ in _aim_runs(text, sent, mentions, words["whether"]):
        _, ce = _clause_of(_paren_clauses(sent), at)
        stop = words["en_aim_stop"].search(text, run[-1].end, ce)
        end = stop.start() if stop else ce
        for y in _distinct(m for m in mentions if run[-1].end <= m.start and m.end <= end):
            for x in run:
                link(x, y, "aim")


def _distinct(mentions) -> list[Entity]:
    """The systems among ``mentions``, each name at its first occurrence only (a repeated
    name is the same system: 对破骨细胞形成、破骨细胞骨架…的影响)."""
    out: list[Entity] = []
    for m in mentions:
        if m.type in SYSTEM_TYPES and all(m.text.lower() != o.text.lower() for o in out):
            out.append(m)
    return out


def treatment_frames(
    text: str, sent: Sentence, mentions: list[Entity], link: Link, words: WordRegexes
) -> None:
    """``Y 细胞经 X 作用 24 h 后`` / ``经 X 处理后，Y 细胞 …``: X is TESTED_IN the cells named
    right before 经 (a generic 细胞 between), else the first system right after the frame."""
    for i, x in enumerate(mentions):
        if x.type != "COMPOUND" or not _JING_BEFORE.search(text, max(0, x.start - 4), x.start):
            continue
        frame = words["jing_frame_after_zh"].match(text, x.end, sent.end)
        if frame is None:
            continue
        jing = text.rindex("经", 0, x.start)
        before = _last_before(mentions, i, lambda m: m.type in SYSTEM_TYPES)
        if before is not None and _CELLS_GAP.fullmatch(text, before.end, jing):
            link(x, before, "frame")
            continue
        after = next((m for m in mentions[i + 1 :] if m.start >= frame.end()), None)
        if after is not None and after.type in SYSTEM_TYPES:
            if _NEXT_CLAUSE_GAP.fullmatch(text, frame.end(), after.start):
                link(x, after, "frame")


def with_treatment(
    text: str, sent: Sentence, mentions: list[Entity], link: Link, words: WordRegexes
) -> None:
    """``CIA rats with 40 mg/kg X treatment``, ``cells with X pretreatment``: X is TESTED_IN the
    system named right before "with", as in X-treated rats."""
    for i, x in enumerate(mentions):
        if (
            x.type != "COMPOUND"
            or i == 0
            or not words["with_treatment_after_en"].match(text, x.end)
        ):
            continue
        y = _last_before(mentions, i, lambda m: m.type not in QUANTITY_TYPES)
        if (
            y is not None
            and y.type in SYSTEM_TYPES
            and words["with_treatment_before_en"].fullmatch(text, y.end, x.start)
        ):
            link(x, y, "frame")


def nominal_giving(
    text: str, sent: Sentence, mentions: list[Entity], link: Link, words: WordRegexes
) -> None:
    """ "exposure of PC12 cells to X", "pretreatment of the cells with X": X (and the compounds
    conjoined to it) TESTED_IN the system after "of", or, for "the cells", the last system
    named before in the sentence (an elided argument is the nearest preceding one)."""
    starts = [m.start for m in mentions]
    for frame in words["giving_noun_of"].finditer(text, sent.start, sent.end):
        k = bisect_left(starts, frame.end())
        y, at = None, frame.end()
        if k < len(mentions) and mentions[k].start == at and mentions[k].type in SYSTEM_TYPES:
            y, at = mentions[k], mentions[k].end
        elif (cells := words["cells_anaphor_en"].match(text, at)) is not None:
            y = _last_before(mentions, k, lambda m: m.type in SYSTEM_TYPES)
            at = cells.end()
        if y is None or y.start < sent.start:
            continue
        near = mentions[k : k + 16]  # a frame's compounds stand close: linear in a run-on text
        given = [m for m in near if m.start >= at and m.type not in QUANTITY_TYPES]
        if (
            given
            and given[0].type == "COMPOUND"
            and words["giving_to_with"].fullmatch(text, at, given[0].start)
        ):
            for x in _run_after(text, given, given[0], ("COMPOUND",)):
                link(x, y, "frame")


def _last_before(mentions: list[Entity], i: int, keep: Callable[[Entity], bool]) -> Entity | None:
    """The last mention before ``mentions[i]`` that ``keep`` accepts (no copy of the prefix:
    a copy per compound would be quadratic in a long sentence)."""
    return next((mentions[k] for k in range(i - 1, -1, -1) if keep(mentions[k])), None)


#: 经 right before a compound (a dose level between: 经中剂量 X)
_JING_BEFORE = re.compile(r"(?<![神已曾])经\s*(?:[低中高]剂量\s*)?$")
#: between cells and 经: a generic cell word (TE-13 细胞经)
_CELLS_GAP = re.compile(r"\s*(?:细胞|cells?)?\s*")
#: between a frame's 后 and the system of the next clause (后，A549 细胞)
_NEXT_CLAUSE_GAP = re.compile(r"\s*[，,]?\s*")


def group_allocations(
    text: str, sent: Sentence, mentions: list[Entity], link: Link, words: WordRegexes
) -> None:
    """Systems named before an allocation word, compounds named in the groups after it (the
    list read up to ``_AIM_REACH`` characters: linear in a run-on text)."""
    if not any(m.type == "COMPOUND" for m in mentions):
        return  # no compound to allocate: no allocation word to look for
    starts = [m.start for m in mentions]
    for alloc in words["allocate"].finditer(sent.text):
        at = sent.start + alloc.start()
        i = bisect_left(starts, at)
        systems = _last_system_run(text, [m for m in mentions[max(0, i - 64) : i] if m.end <= at])
        if not systems:
            continue
        end = min(_group_list_end(text, sent.start + alloc.end(), sent.end), at + _AIM_REACH)
        measured = words["measure_verb"].search(text, sent.start + alloc.end(), end)
        end = measured.start() if measured else end  # 每组 10 只，测定血清 LDL-C: no arm
        for x in mentions[bisect_left(starts, at) : bisect_left(starts, end)]:
            if x.type != "COMPOUND" or words["assay_after"].match(text, x.end):
                continue  # MTT 法检测: a reagent, no arm
            if sent.start + alloc.end() <= x.start < end:
                for y in systems:
                    link(x, y, "group")


#: the word that closes a group list (X 组, X groups)
_GROUP_WORD = re.compile(r"组|\bgroups?\b", re.IGNORECASE)


def arm_durations(
    text: str, sent: Sentence, mentions: list[Entity], link: Link, words: WordRegexes
) -> None:
    """A duration written after the group list of an allocation ("divided into X (5 mg/kg) and
    Y (1 mg/kg) groups … for 12 weeks", 分为 X 组及 Y 组…灌胃 12 周) is shared by the treated
    arms: HAS_DURATION from every compound of the list (guideline: one link per compound)."""
    if not any(m.type == "DURATION" for m in mentions):
        return  # no duration to share: no allocation word to look for
    starts = [m.start for m in mentions]  # sorted: each allocation reads its own list only
    for alloc in words["allocate"].finditer(sent.text):
        start = sent.start + alloc.end()
        end = min(_group_list_end(text, start, sent.end), start + _AIM_REACH)
        inside = mentions[bisect_left(starts, start) : bisect_left(starts, end)]
        compounds = [m for m in inside if m.type == "COMPOUND"]
        since = start  # an arm with its own time before q keeps it (X 组 4 周，Y 组 8 周)
        for q in inside:
            if q.type != "DURATION":
                continue
            arms = [m for m in compounds if since <= m.start and m.end <= q.start]
            since = q.end
            if len(arms) < 2:  # not a vehicle named after the time either
                continue
            if _own_time(text, arms):
                continue  # 分为 X 组和 Y 组，X 组灌胃 4 周: the arm named again has its own time
            if not _GROUP_WORD.search(text, arms[-1].end, q.start) and not words[
                "group_paren"
            ].search(text, max(0, arms[-1].start - 16), arms[-1].start):
                continue  # a duration after a later compound is that compound's own
            after_event = words["after_event"]
            if after_event.search(text[max(start, q.start - 6) : q.start]) or after_event.match(
                text[q.end : q.end + 8]
            ):
                continue
            last = {x.text.lower(): x for x in _arm_contents(text, arms, words)}
            for x in last.values():  # each name at its nearest occurrence
                link(x, q, "quantity")


def _arm_contents(text: str, arms: list[Entity], words: WordRegexes) -> list[Entity]:
    """The arms, a group label's abbreviated compound left out when its group's parentheses
    name it at length (PDTC 组（吡咯烷二硫代氨基甲酸盐, 50 μmol/L）: an abbreviated agent counts
    as its long form; 雌激素组（戊酸雌二醇）keeps both)."""
    return [
        x
        for x, y in zip(arms, [*arms[1:], None], strict=True)
        if y is None
        or not (is_abbreviation(x.text) and not is_abbreviation(y.text))
        or not words["label_to_content"].fullmatch(text, x.end, y.start)
    ]


def _own_time(text: str, arms: list[Entity]) -> bool:
    """Whether the last arm is an arm of the list named again to open a clause of its own
    (分为 X 组和 Y 组，X 组灌胃 4 周)."""
    last = arms[-1]
    opens = _CLAUSE_OPEN.search(text, max(0, last.start - 3), last.start)
    return opens is not None and any(x.text == last.text for x in arms[:-1])


_CLAUSE_OPEN = re.compile(r"[，,；;]\s*$")


def _group_list_end(text: str, start: int, end: int) -> int:
    """Where the group list after an allocation word ends: at ；/; or the sentence end; a
    list opened by a colon runs past its semicolons (three groups: i) sham; ii) OVX; and
    iii) OVX with X; 分为 3 组：①…；②…)."""
    end = min(end, start + _AIM_REACH)  # a run-on text: each list reads a bounded stretch
    m = _ITEM_END.search(text, start, end)
    if m is None or _LIST_COLON.search(text, start, m.start()):
        return end
    return m.start()


_ITEM_END = re.compile(r"[；;]")
_LIST_COLON = re.compile(r"[:：]")


def _last_system_run(text: str, before: list[Entity]) -> list[Entity]:
    """The last system mentioned before a point, with the systems conjoined to it and a cell
    type written right before a cell line (心肌细胞H9c2细胞, 成骨细胞 MC3T3-E1)."""
    systems = [m for m in before if m.type in SYSTEM_TYPES]
    run = trailing_run(text, systems, _CONJ)
    k = len(systems) - len(run) - 1
    if run and k >= 0 and _described_line(text, systems[k], run[0]):
        run = [systems[k], *run]
    return run


def _described_line(text: str, kind: Entity, line: Entity) -> bool:
    """Whether a cell type stands right before the cell line it describes (a space between)."""
    return kind.type == "CELL_TYPE" and line.type == "CELL_LINE" and beside(text, kind, line)


def beside(text: str, a: Entity, b: Entity) -> bool:
    """Whether ``b`` follows ``a`` with at most one space between, or the adjective ending
    written onto ``a`` (osteoblastic MC3T3-E1 cells)."""
    return _BESIDE_GAP.fullmatch(text, a.end, b.start) is not None


#: between two names side by side: a space at most, or an adjective ending and a space
_BESIDE_GAP = re.compile(r"[ ]?|ic[ ]")


def culture_media(
    text: str, sent: Sentence, mentions: list[Entity], link: Link, words: WordRegexes
) -> None:
    """Medium components (含 X 的培养基, 培养基（含 X）, medium containing X) to the system
    the medium cultures (培养 Y after it; Y were cultured in … before it)."""
    for med in words["medium_zh"].finditer(sent.text):
        at, end = sent.start + med.start(), sent.start + med.end()
        parts = _zh_components(text, sent, mentions, at, end)
        if not parts:
            continue
        grow = re.compile(r"[^，,；;。\n]{0,6}?培养\s*").match(text, parts[1])
        if grow is None:
            continue
        system = next((m for m in mentions if m.start >= grow.end()), None)
        if system is None or system.type not in SYSTEM_TYPES or system.start - grow.end() > 12:
            continue
        for x in parts[0]:
            link(x, system, "medium")
    for med in words["medium_en"].finditer(sent.text):
        at, end = sent.start + med.start(), sent.start + med.end()
        systems = _last_system_run(text, [m for m in mentions if m.end <= at])
        first = next((m for m in mentions if m.start >= end), None)
        if not systems or first is None or first.type not in ("COMPOUND",) + QUANTITY_TYPES:
            continue
        stop = re.compile(r"[；;。]|\s(?:for|and\s+then|then)\s", re.I).search(text, end, sent.end)
        limit = stop.start() if stop else sent.end
        for x in mentions:
            if x.type == "COMPOUND" and end <= x.start < limit:
                for y in systems:
                    link(x, y, "medium")


def _zh_components(
    text: str, sent: Sentence, mentions: list[Entity], at: int, end: int
) -> tuple[list[Entity], int] | None:
    """The compounds a Chinese medium contains and where the medium phrase ends:
    ``培养基（含 A 和 B）`` after the word, or ``含 A 的…培养基`` before it."""
    paren = re.compile(r"\s*[（(]\s*含有?([^（）()]{1,80})[）)]").match(text, end)
    if paren is not None:
        lo, hi = paren.start(1), paren.end(1)
        return [m for m in mentions if lo <= m.start and m.end <= hi and m.type == "COMPOUND"], (
            paren.end()
        )
    han = text.rfind("含", max(sent.start, at - 60), at)
    if han < 0 or CLAUSE_END.search(text, han, at):
        return None
    inside = [m for m in mentions if han < m.start and m.end <= at and m.type == "COMPOUND"]
    if not inside or "的" not in text[inside[-1].end : at]:
        return None
    return inside, end


def model_frames(
    text: str,
    sent: Sentence,
    mentions: list[Entity],
    link: Link,
    rx: tuple[re.Pattern[str] | None, re.Pattern[str]],
) -> None:
    """A model built in a system (采用 H2O2 建立 MC3T3-E1 细胞氧化损伤模型，并给予 X 预处理): the
    system is the first one named in the model phrase (``model``: a build word … a model noun),
    else the last one before it in its clause; the compound right before the build word made the
    model, and the compounds named after the phrase, up to the next phrase, with no other system
    between and none of their own, are given to the model: each is TESTED_IN the system; a
    measure verb after the phrase (测定 A、B 含量, measured) ends what is given."""
    model, measured = rx
    if model is None:
        return
    starts = [x.start for x in mentions]
    phrases = list(model.finditer(text, sent.start, sent.end))
    for n, m in enumerate(phrases):
        lo, hi = bisect_left(starts, m.start()), bisect_left(starts, m.end())
        floor = phrases[n - 1].end() if n else sent.start
        system = next((x for x in mentions[lo:hi] if x.type in SYSTEM_TYPES), None)
        system = system or _system_before(text, m.start(), (mentions, lo), floor)
        if system is None:
            continue
        before = mentions[lo - 1] if lo else None
        if (
            before is not None
            and before.type == "COMPOUND"
            and m.start() - before.end <= 12
            and not CLAUSE_END.search(text, before.end, m.start())
        ):
            link(before, system, "model")
        ceiling = phrases[n + 1].start() if n + 1 < len(phrases) else sent.end
        measure = measured.search(text, m.end(), ceiling)
        ceiling = measure.start() if measure is not None else ceiling
        after = mentions[hi : bisect_left(starts, ceiling)]
        if m.lastgroup == "based":  # 通过 Y 模型，研究 X 对 A 的影响: the aim's compounds only
            lead = after[0] if after and after[0].type == "COMPOUND" else None
            after = _run_after(text, after, lead, ("COMPOUND",)) if lead is not None else []
        for k, x in enumerate(after):
            if x.type in SYSTEM_TYPES:
                break
            if x.type == "COMPOUND" and not _own_system(text, x, after[k + 1 : k + 17]):
                link(x, system, "model")


def _system_before(
    text: str, pos: int, before: tuple[list[Entity], int], floor: int
) -> Entity | None:
    """The last system named before ``pos`` in its clause (刺激软骨细胞 24 h 建立…模型), not
    before ``floor``; ``before``: the mentions and the index of the first one at ``pos``."""
    mentions, lo = before
    for k in range(lo - 1, max(-1, lo - 17), -1):  # a clause names a handful of mentions
        x = mentions[k]
        if x.start < floor or CLAUSE_END.search(text, x.end, pos):
            return None
        if x.type in SYSTEM_TYPES:
            return x
    return None


def _own_system(text: str, x: Entity, later: list[Entity]) -> bool:
    """Whether a system follows the compound in its clause (观察 X 对成骨细胞的作用)."""
    for y in later:  # at most 16: a clause names a handful of mentions
        if CLAUSE_END.search(text, x.end, y.start):
            return False
        if y.type in SYSTEM_TYPES:
            return True
    return False


def elided_systems(
    text: str,
    sent: Sentence,
    mentions: list[Entity],
    given: list[tuple[Entity, Entity]],
    gives: Callable[[int, int], bool],
    link: Link,
    words: WordRegexes,
) -> None:
    """A clause continuing the experiment (``continued_clause``: 并以 X 或 Y 进行干预, 另设 X 组,
    and then treated with X) that gives compounds and names no system: they are given to the
    systems of the last compound given before it in the sentence (``given``: the sentence's
    TESTED_IN pairs); an elided argument is the nearest preceding one (the guidelines). Not a
    clause that moves to other subjects or uses (``elided_stop``: 体内, patients, 麻醉, 探针);
    ``mentions`` sorted by start, without the assay reagents."""
    had = {x.id for x, _ in given}
    for cs, ce in _paren_clauses(sent):
        if not words["continued_clause"].match(text, cs) or words["elided_stop"].search(
            text, cs, ce
        ):
            continue
        inside = _starting_in(mentions, cs, ce)
        before = [(x, y) for x, y in given if x.end <= cs]
        if any(m.type in SYSTEM_TYPES for m in inside) or not before:
            continue
        if not (gives(cs, ce) or words["extra_arm"].match(text, cs)):
            continue
        last = max(before, key=lambda p: p[0].start)[0]
        systems = _distinct(y for x, y in before if x.id == last.id)
        for x in inside:
            if (
                x.type == "COMPOUND"
                and x.id not in had
                and not words["assay_after"].match(text, x.end)
            ):
                for y in systems:
                    link(x, y, "elided system")
