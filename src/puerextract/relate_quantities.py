"""Quantity links: HAS_CONCENTRATION and HAS_DURATION (guideline: the compound a quantity
was given as).

* A quantity in parentheses right after a mention belongs to it: ``X (10 μmol/L)``,
  ``X（ABBR，5 mmol/L）``; a protein reagent's dose (RANKL, 50 ng/mL) goes to no compound.
* A quantity joined by at/for to a conjunct run goes to each compound of the run ("treated with
  X or Y at 10 μM for 5 days").
* A duration after arms each written with its dose in parentheses goes to every arm ("X (10
  mg/kg) or Y (20 mg/kg) by gavage for 12 weeks").
* A quantity after a protein reagent the cells were exposed to ("then exposed to IL-1β (10
  ng/mL) for 24 h") is the reagent's, not a compound's.
* Else the compound written right after the quantity, else the nearest preceding compound in
  the sentence, else the nearest following one, within ``window`` characters and not past a
  clause mark (以 IL-1β 刺激软骨细胞 24 h 建立模型，再给予 X: the stimulation's time).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection

from .grammar import CLAUSE_END, conjunction_gap, is_abbreviation
from .model import Entity
from .relate_words import WordRegexes

#: add(relation type, arg1, arg2, source) -> added
Add = Callable[[str, Entity, Entity, str], bool]

QUANTITY_TYPES = ("CONCENTRATION", "DURATION")

_CONJ_GAP = conjunction_gap(serial_comma=True)  # A, B, and C


def trailing_run(
    text: str, mentions: list[Entity], gap: re.Pattern[str] = _CONJ_GAP
) -> list[Entity]:
    """The last mention and the mentions conjoined to it (A、B 和 C): ``gap`` fullmatches
    the text between two of them."""
    if not mentions:
        return []
    run = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        if gap.fullmatch(text[m.end : run[0].start]):
            run.insert(0, m)
        else:
            break
    return run


def quantity_links(
    text: str,
    mentions: list[Entity],
    add: Add,
    window: int,
    words: WordRegexes,
    vehicles: frozenset[str] = frozenset(),
) -> None:
    """HAS_CONCENTRATION / HAS_DURATION for every quantity of a sentence (module docstring);
    a time after a ``vehicles`` compound goes to the compound before it (X 组较生理盐水组强，
    5 d 时: X's)."""
    compounds = [m for m in mentions if m.type == "COMPOUND"]
    if not compounds:
        return
    c_starts = [c.start for c in compounds]
    c_ends = [c.end for c in compounds]
    m_starts = [m.start for m in mentions]
    lists = _dose_lists(text, mentions)
    runs = _conjoined_runs(text, compounds, mentions)
    for q in mentions:
        if q.type not in QUANTITY_TYPES:
            continue
        rtype = "HAS_CONCENTRATION" if q.type == "CONCENTRATION" else "HAS_DURATION"
        k = bisect_left(m_starts, q.start)
        near = mentions[max(0, k - _LOOK_BACK) : k]  # what the rules read before q: linear
        owner = _paren_owner(text, q, near, words) or _reagent_dose(text, q, mentions, k, words)
        if owner is not None:
            if owner.type == "COMPOUND":  # X (10 μmol/L), X（ABBR，5 mmol/L）
                add(rtype, owner, q, "quantity")
            continue  # a protein reagent's dose (RANKL, 50 ng/mL; 以 50 ng/mL RANKL 诱导)
        run = _treated_run(text, q, near, words)
        if run:
            for c in run:  # treated with X or Y at 1, 5 and 10 μM for 5 days
                add(rtype, c, q, "quantity")
            continue
        if _after_reagent(text, q, near, words) or _dosing_volume(text, q):
            continue
        if _in_label(text, q, words):
            _label_dose(text, q, near, add, rtype, words)
            continue
        i = bisect_left(c_starts, q.end)
        nxt = compounds[i] if i < len(compounds) else None
        if nxt is not None and _dose_levels_before(text, q, nxt, words):
            add(rtype, nxt, q, "quantity")  # low-dose (5 mg/kg) and high-dose (10 mg/kg) X
            continue
        if nxt is not None and _listed_before(text, q, nxt, (mentions, k, lists), words):
            add(
                rtype, nxt, q, "quantity"
            )  # 10 μmol/L 的 X, 不同浓度(10、20 μmol/L)X, 20 mg/kg of X
            continue
        prev = _compound_before(text, compounds, c_ends, q, vehicles)
        if prev is not None and q.start - prev.end <= window:
            if _prev_takes(text, prev, q, mentions, words):
                _add_each(add, rtype, _with_conjoined(compounds, (c_starts, runs), prev, q), q)
        elif nxt is not None and _given_after(text, q, nxt, window, words):
            add(rtype, nxt, q, "quantity")  # not across a clause (刺激 24 h 建立模型，再给予 X)


#: between two doses of a list (10 μg/mL、20 μg/mL 和 30 μg/mL X); no comma, which may part
#: two clauses or two arms (地塞米松 1 μmol/L，10 μmol/L 葛根素)
_DOSE_SEP = re.compile(r"\s*(?:、|和|及|与|或|\band\b|\bor\b)\s*")
#: the amount of a dose, before its unit
_AMOUNT = re.compile(r"[\d.\s~～\-–]+")


def _dose_lists(text: str, mentions: list[Entity]) -> list[int]:
    """For each mention, where the list of doses it opens ends (10 μg/mL、20 μg/mL、30 μg/mL:
    the third's end for each), -1 where the list mixes units (no list of one dose); one pass
    from the right, so a list of n doses is read once, not n times."""
    ends = [m.end for m in mentions]
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        if nxt.type != m.type or not _DOSE_SEP.fullmatch(text, m.end, nxt.start):
            continue
        same = _AMOUNT.sub("", m.text) == _AMOUNT.sub("", nxt.text)
        ends[i] = ends[i + 1] if same and ends[i + 1] >= 0 else -1
    return ends


def _listed_before(
    text: str,
    q: Entity,
    nxt: Entity,
    around: tuple[list[Entity], int, list[int]],
    words: WordRegexes,
) -> bool:
    """Whether ``q`` is given as a dose of ``nxt`` right after it (10 μmol/L 的 X, 20 mg/kg of
    X), or one of a list of doses in one unit the last of which is (含 10 μg/mL、20 μg/mL、
    30 μg/mL X; :func:`_dose_lists`), where no compound stands right before the list (LPS 1
    μg/mL 和 20 μmol/L X: LPS's dose)."""
    mentions, k, lists = around
    end = lists[k]
    if end < 0:
        return False
    if end > q.end and k > 0 and _right_after_compound(text, mentions[k - 1], q):
        return False
    return words["quantity_of"].fullmatch(text, end, nxt.start) is not None


def _right_after_compound(text: str, before: Entity, q: Entity) -> bool:
    """Whether ``q`` stands right after the compound ``before`` (a space or a bracket between)."""
    return before.type == "COMPOUND" and not text[before.end : q.start].strip(" \t（(")


def _add_each(add: Add, rtype: str, owners: list[Entity], q: Entity) -> None:
    """``q`` to each of ``owners``."""
    for c in owners:
        add(rtype, c, q, "quantity")


#: between two compounds given together (X and Y were administered … for 4 weeks)
_CONJOINED = re.compile(r"\s*(?:,\s*)?(?:and|或|和|及|与|、|,)\s*", re.IGNORECASE)


def _conjoined_runs(text: str, compounds: list[Entity], mentions: list[Entity]) -> list[int]:
    """For each compound, the index of the first of the compounds conjoined up to it (Daidzin
    and genistin: 0 for both); one pass, and none without a time among ``mentions``."""
    if not any(m.type == "DURATION" for m in mentions):
        return []
    firsts = list(range(len(compounds)))
    for i in range(1, len(compounds)):
        if _CONJOINED.fullmatch(text, compounds[i - 1].end, compounds[i].start):
            firsts[i] = firsts[i - 1]
    return firsts


def _with_conjoined(
    compounds: list[Entity], runs: tuple[list[int], list[int]], prev: Entity, q: Entity
) -> list[Entity]:
    """``prev`` and, for a time, the compounds conjoined right before it (Daidzin and genistin
    were administered … for 4 weeks: both for the 4 weeks); a dose stays ``prev``'s alone.
    ``runs``: the compounds' starts and :func:`_conjoined_runs`."""
    if q.type != "DURATION":
        return [prev]
    starts, firsts = runs
    i = bisect_left(starts, prev.start)
    return [prev, *(compounds[j] for j in range(i - 1, firsts[i] - 1, -1))]


def _prev_takes(
    text: str, prev: Entity, q: Entity, mentions: list[Entity], words: WordRegexes
) -> bool:
    """Whether the compound ``prev`` before ``q`` takes it: a time (均干预 12 周) is shared by
    every arm; a dose is not across another coded arm, nor after a ``vehicle_marker``
    (模型组灌胃等体积溶剂 10 mL/kg: the vehicle's volume, no dose of ``prev``)."""
    if q.type != "CONCENTRATION":
        return True
    if _vehicle_volume(text, max(prev.end, q.start - 40), q.start, words):
        return False
    return not _coded_arm_between(text, prev.end, q.start, mentions, words)


#: before a volume per body weight: a dosing volume, no dose (给药体积 10 mL/kg, at a volume
#: of 10 mL/kg, 按 10 mL/kg 灌胃)
_VOLUME_BEFORE = re.compile(
    r"(?:体积|容积|\bvolumes?\b(?:\s+of)?|按)\s*(?:为|of|was|:|：)?\s*$", re.IGNORECASE
)


def _dosing_volume(text: str, q: Entity) -> bool:
    """Whether ``q`` is the volume given per body weight (给药体积 10 mL/kg), not a dose."""
    return (
        q.type == "CONCENTRATION"
        and "ml/" in q.text.lower()
        and _VOLUME_BEFORE.search(text, max(0, q.start - 16), q.start) is not None
    )


#: between a vehicle marker and the vehicle's own dose: its name, in the same clause
_VEHICLE_GAP = re.compile(r"[^，,;；。]{0,12}")


def _vehicle_volume(text: str, start: int, end: int, words: WordRegexes) -> bool:
    """Whether a ``vehicle_marker`` stands shortly before ``end`` in its clause (等体积生理盐水
    10 mL/kg, an equal volume of vehicle (5 ml/kg)): the dose is the vehicle's; not a marker
    clauses before it (X 用等体积生理盐水溶解，按 100 mg/kg 注射: X's dose)."""
    ends = [m.end() for m in words["vehicle_marker"].finditer(text, start, end)]
    return bool(ends) and _VEHICLE_GAP.fullmatch(text, ends[-1], end) is not None


def _given_after(text: str, q: Entity, nxt: Entity, window: int, words: WordRegexes) -> bool:
    """Whether the compound ``nxt`` after ``q`` is the one given with it: near, in its clause
    (but after a dosing time: 给药 2 周后，X 组 …), and no level measured (LDL-C 水平)."""
    return (
        nxt.start - q.end <= window
        and len(CLAUSE_END.findall(text, q.end, nxt.start)) <= _dosing_time(text, q, words)
        and not words["measured_after_zh"].match(text, nxt.end)
    )


def _compound_before(
    text: str, compounds: list[Entity], ends: list[int], q: Entity, vehicles: Collection[str]
) -> Entity | None:
    """The last compound ending at or before ``q``; for a time, past a vehicle that names a
    comparison group (X 组 VEGF 表达较生理盐水组强，5 d: X's time; not "received saline for
    7 days", the vehicle's own giving)."""
    j = bisect_left(ends, q.start + 1) - 1
    while (
        j >= 0
        and q.type == "DURATION"
        and compounds[j].id in vehicles
        and _GROUP_AFTER.match(text, compounds[j].end)
    ):
        j -= 1
    return compounds[j] if j >= 0 else None


_GROUP_AFTER = re.compile(r"\s*(?:组|groups?\b)", re.IGNORECASE)


_DEFINED = re.compile(r"[（(]\s*([A-Za-z][\w\-]*)\s*[）)]")
_DEFINED_REACH = 2000


def _coded_arm_between(
    text: str, start: int, end: int, mentions: list[Entity], words: WordRegexes
) -> bool:
    """Whether a coded arm's label, no mention, stands in ``[start, end)`` after a list mark
    (E2 组…，EZW-L组、EZW-H组分别予以 6、12 g/kg: the doses are the coded arms'; DECISIONS: a
    result whose only agent is a coded label gets no relation). A label made of a compound's
    name, dose codes and model or control names is none (PUE-L组, L组, OVX组, Sham组)."""
    names = {m.text.casefold() for m in mentions if m.type == "COMPOUND"}
    # the abbreviations defined shortly before (葛根素（PUE）…，PUE-L组): a compound's arms
    names |= {a.casefold() for a in _DEFINED.findall(text, max(0, start - _DEFINED_REACH), end)}
    starts = {m.start for m in mentions}
    for m in words["coded_arm"].finditer(text, start, end):
        if m.start("label") in starts:
            continue
        parts = [p for p in re.split(r"[-+/]", m.group("label")) if p]
        if not all(p.casefold() in names or words["open_arm_part"].fullmatch(p) for p in parts):
            return True
    return False


def _in_label(text: str, q: Entity, words: WordRegexes) -> bool:
    """Whether ``q`` is a dose in a group label's parentheses (NAME(10 mg/kg)组)."""
    return _LABEL_OPEN.search(text, max(0, q.start - 40), q.start) is not None and bool(
        words["label_paren_tail"].match(text, q.end)
    )


def _label_dose(
    text: str, q: Entity, near: list[Entity], add: Add, rtype: str, words: WordRegexes
) -> None:
    """A group label's dose whose parenthesis has no owner right before it: the compound before
    the label's dose levels (X 高、低剂量(39.4、19.7 g/kg)组), or, for a label that is a dose
    level only after a list mark, the compound of the labels before (X 低剂量[5 mg/kg]组、中剂量
    [10 mg/kg]组); else nobody's: never the next arm's (丙基硫氧嘧啶(23.43 mg/kg)组、X(6.25
    mg/kg)组, the first name no mention)."""
    m = _LABEL_OPEN.search(text, max(0, q.start - 40), q.start)
    before = [x for x in near if x.end <= m.start()] if m else []
    if before and before[-1].type == "COMPOUND":
        if words["label_levels"].fullmatch(text, before[-1].end, m.start()):
            add(rtype, before[-1], q, "quantity")
        return
    compound = next((x for x in reversed(before) if x.type == "COMPOUND"), None)
    if (
        compound is not None
        and m.start() - compound.end <= _LEVEL_REACH
        and words["level_item"].search(text, compound.end, m.start())
    ):
        add(rtype, compound, q, "quantity")


#: how far a dose-level label may follow its compound's first label
_LEVEL_REACH = 60


def _dose_levels_before(text: str, q: Entity, nxt: Entity, words: WordRegexes) -> bool:
    """Whether ``q`` is the dose of a dose level in parentheses before the compound ``nxt``
    (low-dose (5 mg/kg) and high-dose (10 mg/kg) X; 低、高剂量（5、10 mg/kg）X)."""
    return bool(
        words["dose_level_open"].search(text, max(0, q.start - 24), q.start)
        and words["dose_level_tail"].fullmatch(text, q.end, nxt.start)
    )


def _dosing_time(text: str, q: Entity, words: WordRegexes) -> bool:
    """A time right after a dosing word (给药 2 周后，X 组 …): the treatment's length, given to
    the compound after it across one clause mark."""
    return q.type == "DURATION" and bool(
        words["dosing_before"].search(text, max(0, q.start - 6), q.start)
    )


#: how many mentions before a quantity its rules read (a list of conjoined names is shorter)
_LOOK_BACK = 64


def _reagent_dose(
    text: str, q: Entity, mentions: list[Entity], k: int, words: WordRegexes
) -> Entity | None:
    """The protein reagent ``q`` is written right before (以 50 ng/mL RANKL 诱导, 10 ng/mL of
    TNF-α): the reagent's dose; not before a blocker noun (10 μM PI3K inhibitor X)."""
    if q.type != "CONCENTRATION":
        return None  # 杜仲组 5、7 d VEGF 表达: a time point, not a dose
    after = [m for m in mentions[k : k + 5] if m.start >= q.end]
    nxt = after[0] if after else None
    if (
        nxt is None
        or nxt.type != "GENE"
        or words["quantity_of"].fullmatch(text, q.end, nxt.start) is None
        or words["blocker_after"].match(text, nxt.end) is not None
    ):
        return None
    # 10 μM P-gp substrate X; not past a dose of another compound (胰岛素和 1 mmol/L 二甲双胍)
    named = next((m for m in after[1:] if m.type in ("COMPOUND", *QUANTITY_TYPES)), None)
    if (
        named is not None
        and named.type == "COMPOUND"
        and named.start - nxt.end <= 16
        and not CLAUSE_END.search(text, nxt.end, named.start)
    ):
        return None  # 10 μmol/L PI3K 特异性抑制剂 LY294002: the compound's dose
    return nxt


def _after_reagent(text: str, q: Entity, mentions: list[Entity], words: WordRegexes) -> bool:
    """True when the quantity follows a protein reagent the cells were exposed to ("then
    exposed to IL-1β (10 ng/mL) for 24 h") or its stimulating verb (以 RANKL 诱导 5 d): its
    dose and time are the reagent's, not a compound's."""
    before = [x for x in mentions if x.end <= q.start and x.type not in QUANTITY_TYPES]
    if not before or before[-1].type not in ("GENE",):
        return False
    x = before[-1]
    if words["reagent_time_gap"].fullmatch(text, x.end, q.start):
        return True
    if q.start - x.end > 40 or re.search(r"[；;。]", text[x.end : q.start]):
        return False
    return bool(words["expose_before"].search(text[max(0, x.start - 20) : x.start]))


_PAREN_BEFORE_QUANTITY = re.compile(r"[（(][^（）()]{0,40}$")
#: a group label's parenthesis or bracket before its dose (X（10 mg/kg）组, X[71.25 mg/(kg·d)]组)
_LABEL_OPEN = re.compile(r"[（(][^（）()]{0,40}$|\[[^\[\]]{0,40}$")


def _paren_owner(text: str, q: Entity, mentions: list[Entity], words: WordRegexes) -> Entity | None:
    """The mention a quantity in parentheses belongs to: the one written right before the
    parenthesis, or before its group word (other names of it may come first inside:
    ``X（ABBR，5 mmol/L）``, ``RANKL 组（50 ng/mL）``)."""
    lo = max(0, q.start - 40)
    m = _PAREN_BEFORE_QUANTITY.search(text, lo, q.start)
    if m is None or not re.match(r"^[^（）()]{0,40}[）)]", text[q.end : q.end + 41]):
        return None
    paren = m.start()
    inside = [x for x in mentions if paren < x.start and x.end <= q.start]
    if any(x.type in QUANTITY_TYPES for x in inside):
        return None  # a list of quantities: each to its own rule
    before = [x for x in mentions if x.end <= paren]
    if not before or not words["owner_gap"].fullmatch(text[before[-1].end : paren]):
        return None
    owner = before[-1]
    if any(x.type != owner.type for x in inside):
        return None
    if any(x.text == owner.text for x in inside):
        return None  # X 组（X 10 μmol/L）: the name repeated inside holds the dose
    if _long_form_inside(text, owner, inside, paren, words):
        return inside[-1]  # X+NAC 组（抗氧化剂 N-乙酰半胱氨酸, 5 mmol/L）: the long name
    return owner


def _long_form_inside(
    text: str, owner: Entity, inside: list[Entity], paren: int, words: WordRegexes
) -> bool:
    """Whether a group label's compound is an abbreviation named at length in its group's
    parentheses (NAC 组（N-乙酰半胱氨酸, 5 mmol/L）; not 戊酸雌二醇组（E2V, …）, nor X 组（溶于
    DMSO, …）): an abbreviated agent counts as its long form."""
    return (
        bool(inside)
        and owner.type == "COMPOUND"
        and is_abbreviation(owner.text)
        and not is_abbreviation(inside[-1].text)
        and bool(words["group_before"].search(text, owner.end, paren))
    )


#: between an arm's dose in parentheses and the next arm of the run
_DOSE_CONJ = re.compile(r"^\s*[)）]\s*(?:,\s*)?(?:and|or|、|和|及|或)?\s*$", re.IGNORECASE)
_DOSE_OPEN = re.compile(r"^\s*[（(]\s*$")


def _treated_run(text: str, q: Entity, mentions: list[Entity], words: WordRegexes) -> list[Entity]:
    """The compounds of a conjunct run a quantity is joined to by at/for (also through an
    earlier quantity of the same run: "at 1, 5 and 10 μM for 5 days")."""
    before = [x for x in mentions if x.end <= q.start]
    if not before:
        return []
    last = before[-1]
    gap = text[last.end : q.start]
    if q.type == "DURATION" and last.type == "CONCENTRATION":
        dosed = _dosed_arms(text, before)
        if dosed and (words["doses_to_time_en"].match(gap) or words["doses_to_time_zh"].match(gap)):
            return dosed
        if words["dose_to_time_en"].match(gap):
            return _treated_run(text, last, mentions, words)  # X or Y at 5 mg/kg by gavage for
    if not words["run_to_quantity"].match(gap):
        return []
    if last.type in QUANTITY_TYPES:
        return _treated_run(text, last, mentions, words)
    if last.type != "COMPOUND":
        return []
    run = trailing_run(text, before)
    return [x for x in run if x.type == "COMPOUND"] if len(run) > 1 else []


def _dosed_arms(text: str, before: list[Entity]) -> list[Entity]:
    """The compounds of a run of arms each written with its dose in parentheses, ending at the
    last mention of ``before`` (a dose): "X (10 mg/kg) or Y (20 mg/kg)"; two arms at least."""
    arms: list[Entity] = []
    k = len(before) - 1
    while k >= 1:
        dose, name = before[k], before[k - 1]
        if dose.type != "CONCENTRATION" or name.type != "COMPOUND":
            break
        if not _DOSE_OPEN.match(text[name.end : dose.start]):
            break
        arms.insert(0, name)
        k -= 2
        if k < 1 or not _DOSE_CONJ.match(text[before[k].end : name.start]):
            break
    return arms if len(arms) > 1 else []
