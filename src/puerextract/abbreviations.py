"""Abbreviations defined in the text: ``long form（ABBR）`` and scispaCy's English pairs.

An abbreviation takes the long form's type and identifier, and so does every later bare
occurrence of it in the same document (:func:`apply_abbreviations`); a long form the lexicon
does not hold is typed from its abbreviation's mentions (:func:`long_form_candidates`).
Abbreviations may hold Roman numerals (丹参酮ⅡA（TanⅡA）); ``A/B (a/b)`` gives one pair per
part (:func:`slash_pairs`); ``ABBR (long form)`` is read too (:func:`reverse_pairs`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .grammar import AUTHORITY
from .model import Candidate

#: a parenthesis on one line: its content may list several items (英文名，ABBR / ABBR, dose)
_PAREN_GROUP = re.compile(r"[（(]([^（）()\n\r]{1,90})[）)]")
_PAREN_ITEM_SEP = re.compile(r"[ \t\u3000]*[，,；;][ \t\u3000]*")
_ABBR_SHAPE = re.compile(
    r"(?:[A-Za-zαβγδκ][A-Za-z0-9αβγδκ\-/·ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{0,11}|[0-9]+-[A-Za-z][A-Za-z0-9\-]{0,8})"
    r"(?: [0-9]{1,3}-[0-9]{2,5})?"  # a code with a space: BAY 11-7082
    r"(?: (?:[A-Z]|[IVX]{1,4}|[A-Z][a-z]?[0-9]{1,2}))?"  # a member after a space: Sal A, ISO I
)
_NOT_ABBR_TYPES = ("CONCENTRATION", "DURATION")


@dataclass(frozen=True, slots=True)
class AbbreviationPair:
    """``short`` defined at ``[start, end)`` as an abbreviation of a mention of ``type``."""

    short: str
    start: int
    end: int
    type: str
    norm: str | None


def _looks_like_abbreviation(short: str) -> bool:
    letters = [c for c in short if c.isalpha()]
    if not letters or short.isdigit():
        return False
    return any(c.isupper() for c in short) or any(c.isdigit() for c in short)


# six readers of one paper ask for its parentheses: read once, kept for the last two texts
@lru_cache(maxsize=2)
def paren_abbreviations(text: str) -> tuple[tuple[int, int, int], ...]:
    """``(paren start, abbreviation start, abbreviation end)`` of every parenthesis that
    holds an abbreviation: alone (``（ICA）``), after another name of the same thing
    (``（icariin，ICA）``, ``(total flavonoids of X, TFX)``: the last item) or before a dose
    (``(E2, 0.1 mg/kg/day)``, ``（3-MA，5 mmol/L）``: the first item)."""
    out = []
    for m in _PAREN_GROUP.finditer(text):
        body_start = m.start(1)
        items = []
        pos = 0
        body = m.group(1)
        for sep in _PAREN_ITEM_SEP.finditer(body):
            items.append((pos, sep.start()))
            pos = sep.end()
        items.append((pos, len(body)))
        # strip the spaces inside the parenthesis around the items
        items = [
            (
                a + len(body[a:b]) - len(body[a:b].lstrip()),
                b - (len(body[a:b]) - len(body[a:b].rstrip())),
            )
            for a, b in items
        ]
        shaped = [(a, b) for a, b in items if _abbreviation_shaped(body[a:b])]
        if len(shaped) > 1 and _name_list(body, items):
            continue  # a list of names, (Runx2, Osx, OCN), defines nothing
        order = [items[-1], items[0]] if len(items) > 1 else items
        for a, b in order:
            if (a, b) in shaped:
                out.append((m.start(), body_start + a, body_start + b))
                break
    return tuple(out)


def _name_list(body: str, items: list[tuple[int, int]]) -> bool:
    """Whether a parenthesis's items are a list of names, not a name and its abbreviation
    ((Icariin, ICA), (Osterix, Osx): the last item's letters are found in an item before)."""
    a, b = items[-1]
    last = body[a:b]
    return not any(_letters_match(last, body[x:y]) for x, y in items[:-1])


def _abbreviation_shaped(short: str) -> bool:
    return bool(_ABBR_SHAPE.fullmatch(short)) and _looks_like_abbreviation(short)


def _too_short(text: str, long, short: str) -> bool:
    """A long form no longer than its abbreviation is none (Han names: two characters and
    more are, 槲皮素（QCT）)."""
    n = long.end - long.start
    if re.search(r"[\u4e00-\u9fff]", text[long.start : long.end]):
        return n < 2
    return n <= len(short)


#: a chemical formula (NaF, H2O2, CaCl2): its letters need not spell the name
_FORMULA = re.compile(r"(?:[A-Z][a-z]?[0-9]*){1,5}")
_GREEK_INITIAL = str.maketrans("αβγδκ", "abgdk")


def _other_initial(text: str, long, short: str, arm: re.Pattern[str] | None) -> bool:
    """An English compound name whose words start with no letter the abbreviation starts
    with, after a treated arm's description (``arm``: an ``arm_model_word`` and a
    ``giving_phrase_en``), ends a group's label: the abbreviation names the group
    (ovariectomized treated with estrogen (OVXP)), not the compound. Synonyms without the
    description stay (high glucose (HG), Gan-Lu-Yin (Kanroin)); Chinese names and chemical
    formulas are not tested."""
    name = text[long.start : long.end]
    letters = [c for c in short.translate(_GREEK_INITIAL) if c.isascii() and c.isalpha()]
    if long.type != "COMPOUND" or not name.isascii() or not letters:
        return False
    if _FORMULA.fullmatch(short) and any(c.isdigit() or c.islower() for c in short):
        return False  # NaF, H2O2: a formula
    initials = {w[0].lower() for w in re.findall(r"[A-Za-z]+", name.translate(_GREEK_INITIAL))}
    if letters[0].lower() in initials:
        return False
    return arm is not None and arm.search(text, max(0, long.start - 40), long.start) is not None


def abbreviation_pairs(
    text: str,
    mentions,
    english_pairs=(),
    arm: re.Pattern[str] | None = None,
    dosed: re.Pattern[str] | None = None,
) -> list[AbbreviationPair]:
    """Pairs from ``long form（ABBR）`` where the long form is a mention ending just before
    the parenthesis (two slash-joined mentions before ``（A/B）`` give two pairs), from
    ``ABBR（long form）`` (:func:`reverse_pairs`), plus scispaCy's English pairs whose long form
    ends with a mention. A compound after a dose level (the low dose (250 mg/kg) X (LP):
    ``dosed``) names a group's code, no abbreviation of X."""
    by_end = {m.end: m for m in mentions}
    pairs: list[AbbreviationPair] = []
    seen: set[int] = set()
    split_shorts: set[str] = set()  # A/B abbreviations given one pair per part
    for paren, ss, se in paren_abbreviations(text):
        short = text[ss:se]
        k = paren
        while k > 0 and text[k - 1] in " \u3000":
            k -= 1
        long = by_end.get(k) or by_end.get(_before_authority(text, k))
        if long is None or long.type in _NOT_ABBR_TYPES:
            continue
        split = slash_pairs(text, long, ss, se, by_end)
        if split:
            pairs += split
            seen.add(ss)
            split_shorts.add(short)
            continue
        if _too_short(text, long, short) or _other_initial(text, long, short, arm):
            continue
        if " " in short and short[0].lower() != text[long.start].lower():
            continue  # a label with a space (Fig B, group C) shares no initial with the name
        if _cell_line_of(long, short, by_end, ss) or _authority_of(long, short):
            continue
        if _dosed_arm(text, long, short, dosed):
            continue
        pairs.append(AbbreviationPair(short, ss, se, long.type, long.norm))
        seen.add(ss)
    pairs += [p for p in reverse_pairs(text, mentions) if p.start not in seen]
    for ls, le, ss, se in english_pairs:
        short = text[ss:se]
        if ss in seen or short in split_shorts:
            continue
        long = by_end.get(le)
        if long is None or long.start < ls or long.type in _NOT_ABBR_TYPES:
            continue
        if long.start > ls and _other_initial(text, long, short, arm):
            continue  # OVX+estradiol (OVX-E): the arm's label
        if not _looks_like_abbreviation(short) or _cell_line_of(long, short, by_end, ss):
            continue
        if _dosed_arm(text, long, short, dosed):
            continue
        pairs.append(AbbreviationPair(short, ss, se, long.type, long.norm))
    return pairs


def _dosed_arm(text: str, long, short: str, dosed: re.Pattern[str] | None) -> bool:  # noqa: ANN001
    """Whether a compound long form follows a dose level and the short form opens on that
    level's initial (the low dose (250 mg/kg) X (LP), high-dose X (HDP)): a group's code;
    "a low dose of X (ICA)" keeps ICA."""
    if dosed is None or long.type != "COMPOUND":
        return False
    m = dosed.search(text, max(0, long.start - 60), long.start)
    return m is not None and short[:1].upper() == m.group("level")[:1].upper()


#: a botanist's abbreviated name after a binomial: Dianthus chinensis L. (EDCL), Fisch.
_AUTHORITY = re.compile(rf"(?:{AUTHORITY}){{1,2}}$")


def _before_authority(text: str, k: int) -> int:
    """Where a plant name ends when an authority stands between it and ``k``; -1 for none."""
    m = _AUTHORITY.search(text, max(0, k - 20), k)
    return m.start() if m else -1


#: a botanist's name in parentheses after a plant's (Pueraria lobata (Willd) Ohwi): capital
#: and small letters, no abbreviation
_AUTHOR = re.compile(r"[A-Z][a-z]{2,}\.?")


def _authority_of(long, short: str) -> bool:  # noqa: ANN001 - a Candidate
    """A plant name's parenthesised authority is no abbreviation of it (Willd, Maxim): a
    capitalised word that starts none of the name's words (Herba Epimedii (Epi) is one)."""
    if long.type != "ORGANISM" or _AUTHOR.fullmatch(short) is None:
        return False
    stem = short.rstrip(".").casefold()
    return not any(w.casefold().startswith(stem) for w in long.text.split())


def _line(long, by_end, ss: int, se: int) -> bool:  # noqa: ANN001 - Candidates
    """Whether the bracketed code after a disease is a cell line's mention (rat
    pheochromocytoma (PC12), neuroblastoma (SH-SY5Y) cells: ``tables`` cues a line before its
    closing bracket): the cells the tumour gave, no abbreviation of it (a dye's name that is
    also a line's, mitochondrial membrane potential probe (JC-1), stays one)."""
    m = by_end.get(se)
    return long.type == "DISEASE" and m is not None and m.start == ss and m.type == "CELL_LINE"


def _cell_line_of(long, short: str, by_end=None, ss: int = -1) -> bool:  # noqa: ANN001
    """A code with a digit after a cell type's name is the cell line the cells are
    (肝星状细胞（HSC-T6）, hepatic stellate cells (HSC-T6)), no abbreviation of the name; so is a
    line's name after its tumour (``_line``: rat pheochromocytoma (PC12))."""
    if by_end is not None and _line(long, by_end, ss, ss + len(short)):
        return True
    return long.type == "CELL_TYPE" and any(c.isdigit() for c in short)


def slash_pairs(text: str, long, ss: int, se: int, by_end) -> list[AbbreviationPair]:
    """``A/B (a/b)``: when the abbreviation holds as many slash-joined parts as there are
    slash-joined mentions before the parenthesis (nano-hydroxyapatite/poly(lactic-co-glycolic
    acid) (nHA/PLGA)), one pair per part, each with its own long form's type."""
    parts = text[ss:se].split("/")
    if len(parts) < 2 or not all(parts):
        return []
    longs = [long]
    while len(longs) < len(parts):
        k = longs[-1].start
        prev = by_end.get(k - 1) if k > 0 and text[k - 1] == "/" else None
        if prev is None or prev.type in _NOT_ABBR_TYPES:
            return []
        longs.append(prev)
    out = []
    pos = ss
    for part, lf in zip(parts, reversed(longs), strict=True):
        if _too_short(text, lf, part) or not _looks_like_abbreviation(part):
            return []
        out.append(AbbreviationPair(part, pos, pos + len(part), lf.type, lf.norm))
        pos += len(part) + 1
    return out


#: ``ABBR（long form…）``: the abbreviation written before the parenthesis
_SHORT_BEFORE = re.compile(r"(?<![A-Za-z0-9\-])([A-Z][A-Za-z0-9\-]{1,9})[ \u3000]*$")
_FIRST_ITEM = re.compile(r"[（(][ \u3000]*([^（）()\n\r，,；;]{2,60}?)[ \u3000]*[）)，,；;]")


def reverse_pairs(text: str, mentions) -> list[AbbreviationPair]:
    """``ABBR（long form）`` and ``ABBR (long form, dose)``: the abbreviation before the
    parenthesis (two capitals at least, no mention yet) takes the type of the mention that is
    the parenthesis's first item, when its letters are the long form's in order, the first
    one starting it (GA (glycyrrhetinic acid)); a Han long form needs no letter match."""
    by_span = {(m.start, m.end): m for m in mentions}
    starts = {m.start for m in mentions}
    out = []
    for item in _FIRST_ITEM.finditer(text):
        long = by_span.get((item.start(1), item.end(1)))
        if long is None or long.type not in _LONG_FORM_TYPES:
            continue
        short = _SHORT_BEFORE.search(text, max(0, item.start() - 12), item.start())
        if short is None or short.start(1) in starts:
            continue
        abbr = short.group(1)
        if sum(c.isupper() for c in abbr) < 2 or not _letters_match(abbr, long.text):
            continue
        out.append(AbbreviationPair(abbr, short.start(1), short.end(1), long.type, long.norm))
    return out


def _letters_match(short: str, long: str) -> bool:
    if re.search(r"[\u4e00-\u9fff]", long):
        return True
    letters = [c.lower() for c in short if c.isalpha()]
    if not letters or long[:1].lower() != letters[0]:
        return False
    pos = 0
    for c in letters:
        pos = long.lower().find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


#: words a long form never starts with (an article, a conjunction, a preposition)
_LONG_FORM_BAD_START = {"and", "or", "of", "the", "with", "in", "on", "by", "for", "to", "as"}


#: characters looked back per word of a possible long form (a word longer than this ends it)
_WORD_WINDOW = 40


def long_form_end(text: str, paren: int) -> int:
    """Where a long form written before the parenthesis at ``paren`` ends (spaces left out)."""
    k = paren
    while k > 0 and text[k - 1] in " \t\u3000":
        k -= 1
    return k


def schwartz_hearst_long_form(text: str, paren: int, short: str) -> int | None:
    """Start of the long form of ``short`` written before the parenthesis at ``paren``, by the
    Schwartz–Hearst rule (each letter or digit of the abbreviation, right to left, found in
    the words before it; the first one at the start of a word; at most min(|A|+5, 2|A|)
    words). Latin text on one line only; None when there is none."""
    k = long_form_end(text, paren)
    n_words = min(len(short) + 5, 2 * len(short))
    # only the last few words matter: look back a bounded window, not to the line start
    window = max(0, k - _WORD_WINDOW * n_words)
    line_start = max(text.rfind("\n", window, k), text.rfind("\r", window, k)) + 1
    line_start = max(line_start, window)
    words = list(re.finditer(r"[^\s]+", text[line_start:k]))
    if line_start == window and window > 0 and words and words[0].start() == 0:
        words = words[1:]  # the first word may be cut by the window
    words = words[-n_words:]
    if not words:
        return None
    lo = line_start + words[0].start()
    # a long form stays inside its clause and is Latin text
    for stop in re.finditer(r"[，,；;：:。（）()\u4e00-\u9fff]", text[lo:k]):
        lo = lo + stop.end()
    if lo >= k:
        return None
    s_idx, l_idx = len(short) - 1, k - 1
    while s_idx >= 0:
        c = short[s_idx].lower()
        if not c.isalnum():
            s_idx -= 1
            continue
        while l_idx >= lo and (
            text[l_idx].lower() != c or (s_idx == 0 and l_idx > lo and text[l_idx - 1].isalnum())
        ):
            l_idx -= 1
        if l_idx < lo:
            return None
        l_idx -= 1
        s_idx -= 1
    start = l_idx + 1
    first = re.match(r"[A-Za-z0-9]+", text[start:k])
    if first is None or first.group().lower() in _LONG_FORM_BAD_START:
        return None
    if k - start <= len(short) + 1:
        return None
    return start


#: mention types whose abbreviations may name a long form written before them
_LONG_FORM_TYPES = ("GENE", "COMPOUND", "PATHWAY", "CELL_TYPE", "DISEASE")


def redefined(text: str, mentions, english_pairs, fits) -> set[str]:  # noqa: ANN001
    """Abbreviations the paper defines for an English long form that cannot name their type
    (``endoplasmic reticulum (ER)``: ER is no estrogen receptor in this paper). ``fits(long,
    mention)`` says whether the long form can; a long form that is a mention already can."""
    by_span = {(m.start, m.end): m for m in mentions}
    ends = {m.end: m.start for m in mentions}
    defined = list(english_pairs)
    for paren, ss, se in paren_abbreviations(text):
        start = schwartz_hearst_long_form(text, paren, text[ss:se])
        if start is not None:
            defined.append((start, long_form_end(text, paren), ss, se))
    out: set[str] = set()
    for ls, le, ss, se in defined:
        short_m = by_span.get((ss, se))
        if short_m is None or short_m.source == "abbreviation" or not text[ls:le].isascii():
            continue
        if ends.get(le, le) <= ls:
            continue  # the long form is a mention
        if not fits(text[ls:le], short_m):
            out.add(text[ss:se])
    return out


def long_form_candidates(text: str, mentions, english_pairs=()) -> list:
    """The reverse of :func:`abbreviation_pairs`: when the abbreviation in parentheses is a
    known mention and the words before it are its long form by the Schwartz–Hearst rule
    (``nuclear factor of activated T cells c1 (NFATc1)``), the long form becomes a mention of
    the same type and identifier. scispaCy's English pairs are used as well. The long form is
    kept only where no single mention already covers it (overlap resolution decides)."""

    by_span = {(m.start, m.end): m for m in mentions}
    by_end = {m.end: m for m in mentions}
    out = []
    found: set[int] = set()
    for paren, ss, se in paren_abbreviations(text):
        short_m = by_span.get((ss, se))
        if short_m is None or short_m.type not in _LONG_FORM_TYPES:
            continue
        k = long_form_end(text, paren)
        start = schwartz_hearst_long_form(text, paren, text[ss:se])
        if start is None:
            continue
        prior = by_end.get(k)
        if prior is not None and (prior.start <= start or _same_name(text, start, prior, short_m)):
            continue  # the long form is a mention already (or one of the same name ends it)
        if _joined_mentions(text, start, k, by_end):
            continue  # Hematoxylin–eosin (H&E): two names, each a mention
        found.add(ss)
        out.append(Candidate(start, k, short_m.type, short_m.norm, "abbreviation", text[start:k]))
    for ls, le, ss, se in english_pairs:
        short_m = by_span.get((ss, se))
        if ss in found or short_m is None or short_m.type not in _LONG_FORM_TYPES:
            continue
        prior = by_end.get(le)
        if prior is not None and (prior.start <= ls or _same_name(text, ls, prior, short_m)):
            continue
        if le - ls <= se - ss + 1:
            continue
        if _joined_mentions(text, ls, le, by_end):
            continue
        first = re.match(r"[A-Za-z0-9]+", text[ls:le])
        if first is None or first.group().lower() in _LONG_FORM_BAD_START:
            continue
        out.append(Candidate(ls, le, short_m.type, short_m.norm, "abbreviation", text[ls:le]))
    return out


def _same_name(text: str, start: int, long, short) -> bool:  # noqa: ANN001 - Candidates
    """Whether the mention right before an abbreviation names what it names (one identifier),
    so the words from ``start`` before it are none of the long form ("measured using the
    3-(4,5-dimethylthiazol-2-yl)-2,5-diphenyltetrazolium bromide (MTT)"); not a product's
    words (recombinant human BMP-2 (rhBMP-2))."""
    if long.norm is None or long.norm != short.norm:
        return False
    return not _PRODUCT_WORDS.fullmatch(text, start, long.start)


#: the words of a product made of a named protein (recombinant human BMP-2; not a species
#: alone: human bone marrow mesenchymal stem cells (hBMSCs) keeps its cell name)
_PRODUCT_WORDS = re.compile(r"(?i)recombinant[\s-]+(?:(?:human|murine|mouse|rat)[\s-]+)?")


_JOINER = re.compile(r"\s*(?:[–—\-/&、]|and)\s*$")


def _joined_mentions(text: str, start: int, end: int, by_end) -> bool:  # noqa: ANN001 - a dict
    """Whether ``text[start:end]`` is two or more mentions joined by a dash, a slash, & or "and"
    (Hematoxylin–eosin, Hematoxylin and eosin): names written together, not one long form."""
    parts = 0
    while end > start:
        m = by_end.get(end)
        if m is None or m.start < start:
            return False
        parts += 1
        joiner = _JOINER.search(text, start, m.start)
        if joiner is None:
            return parts > 1 and m.start == start
        end = joiner.start()
    return False


def preparation_long_forms(
    text: str, mentions, preparations: frozenset[str], stops: frozenset[str] = frozenset()
) -> list:
    """COMPOUND candidates for an English preparation defined with an abbreviation: its long
    form (Schwartz–Hearst) ends in a ``preparation_word_en`` (date pit extract (DPE), wound
    ointment (WO)); mentions inside it may only be plants or compounds, and no word of it a
    ``preparation_stop_en`` (protein extract). Its abbreviation then follows it
    (:func:`abbreviation_pairs`)."""
    if not preparations:
        return []
    out = []
    for paren, ss, se in paren_abbreviations(text):
        k = long_form_end(text, paren)
        last = re.search(r"([A-Za-z]+)$", text[max(0, k - 20) : k])
        if last is None or last.group(1).lower() not in preparations:
            continue
        start = schwartz_hearst_long_form(text, paren, text[ss:se])
        if start is None or not 1 <= text[start:k].count(" ") <= 4:
            continue
        if any(w.lower() in stops for w in re.findall(r"[A-Za-z]+", text[start:k])):
            continue  # protein extract (PE): a lab preparation, no compound
        inside = [m for m in mentions if m.start < k and m.end > start]
        if any(m.type not in ("COMPOUND", "ORGANISM") or m.start < start for m in inside):
            continue
        out.append(Candidate(start, k, "COMPOUND", None, "herbal", text[start:k]))
    return out


#: an abbreviation a treatment may be defined by: letters, digits and hyphens, two capitals
_GIVEN_SHORT = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z0-9\-]{1,7}")


def given_long_forms(
    text: str,
    mentions,  # noqa: ANN001 - Candidates
    given: tuple,  # giving phrase before, compound cue after (regexes or None), dose test
    words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> list:
    """COMPOUND candidates (family ``agent``) for a capitalised name no lexicon holds, defined
    with an abbreviation the paper gives as a treatment: a preparation's name (``words``: a
    ``given_suffix_en`` word last: Shenfu injection (SFI) … treatment with SFI) given at one
    use, or any name with a dose right after one use (Palmijihwanghwan (PJH) … PJH (100
    mg/kg)). The long form (Schwartz–Hearst, one to five words) may hold only plants and
    compounds, no ``given_stop_en`` word (Electroacupuncture (EA), Sham operation (SO)), and
    the abbreviation is no mention elsewhere."""
    suffixes, stops = words
    taken = {m.text for m in mentions}
    last_given: dict[tuple[str, bool], int] = {}  # one scan of the uses an abbreviation and cue
    out = []
    for paren, ss, se in paren_abbreviations(text):
        short = text[ss:se]
        if not _GIVEN_SHORT.fullmatch(short) or short in taken:
            continue
        k = long_form_end(text, paren)
        start = schwartz_hearst_long_form(text, paren, short)
        if start is None or not _given_name(text, start, k, mentions, stops):
            continue
        named = text[start:k].split()[-1].lower() in suffixes
        if (short, named) not in last_given:
            cues = given if named else (None, None, given[2])  # a dose alone for any other name
            last_given[short, named] = _last_given_use(text, short, ss, cues)
        if last_given[short, named] >= se:  # given at a use after this definition
            out.append(Candidate(start, k, "COMPOUND", None, "agent", text[start:k]))
    return out


def _last_given_use(text: str, short: str, start: int, cues: tuple) -> int:
    """Where the last use of ``short`` after ``start`` given as a treatment (``cues``, as
    :func:`_given` reads them) starts; -1 when none is (linear: a paper defining the same
    abbreviation a thousand times is scanned once)."""
    bare = re.compile(r"(?<![A-Za-z0-9\-])" + re.escape(short) + r"(?![A-Za-z0-9])")
    starts = [u.start() for u in bare.finditer(text, start) if _given(text, [u], cues)]
    return starts[-1] if starts else -1


def _given_name(text: str, start: int, end: int, mentions, stops: frozenset[str]) -> bool:  # noqa: ANN001
    """Whether ``text[start:end]`` may name a given compound: capitalised, one to five words,
    no ``given_stop_en`` word, over nothing but plants and compounds and not one of them."""
    if not text[start].isupper() or text[start:end].count(" ") > 4:
        return False
    if any(w.lower() in stops for w in re.findall(r"[A-Za-z]+", text[start:end])):
        return False
    inside = [m for m in mentions if m.start < end and m.end > start]
    if any(m.type not in ("COMPOUND", "ORGANISM") or m.start < start for m in inside):
        return False
    return not any(m.start == start and m.end == end for m in inside)


def initialism_pairs(
    text: str,
    mentions,  # noqa: ANN001 - Candidates
    pairs: list[AbbreviationPair],
    given: tuple,  # giving phrase before, compound cue after (regexes or None), dose test
) -> list[AbbreviationPair]:
    """A compound's initials used bare at least twice, defined nowhere in the text and given
    as a treatment at one use at least (``given``: a giving phrase before, a compound cue or a
    dose after: total ginsenoside … TG (40 mg/kg) was given): the initials name the compound,
    from their first use; not serum TG, CT scans or OA cartilage. One scan for all initials."""
    defined = {p.short for p in pairs}
    named: dict[str, object] = {}  # initials -> the first compound they abbreviate
    for m in mentions:
        words = _INITIAL_WORDS.findall(m.text) if m.type == "COMPOUND" else []
        short = "".join(w[0] for w in words).upper()
        if 2 <= len(words) <= 5 and len(m.text.split()) == len(words) and short not in defined:
            named.setdefault(short, m)
    if not named:
        return []
    alt = "|".join(sorted(named, key=len, reverse=True))
    uses: dict[str, list[re.Match[str]]] = {}
    for u in re.finditer(rf"(?<![A-Za-z0-9\-])(?:{alt})(?![A-Za-z0-9\-])", text):
        uses.setdefault(u.group(), []).append(u)
    taken = {(m.start, m.end) for m in mentions}
    out: list[AbbreviationPair] = []
    for short, found in uses.items():
        if (
            len(found) >= 2
            and not any(u.span() in taken for u in found)
            and _given(text, found, given)
        ):
            m = named[short]
            out.append(AbbreviationPair(short, found[0].start(), found[0].end(), m.type, m.norm))
    return out


#: a compound name ending in a member code of a capital, a small letter and a number
#: (ginsenoside Rb1, 人参皂苷Rg1): not a formula (NaNO2) nor a one-letter code (A1, R1, D3),
#: which name receptors and groups as often
_MEMBER_CODE = re.compile(r"(?:[a-z]{4,}[ \t-]?|[\u4e00-\u9fff]{2,}[ \t]?)([A-Z][a-z][0-9]{1,2})$")


def member_code_pairs(
    text: str,
    mentions,  # noqa: ANN001 - Candidates
    pairs: list[AbbreviationPair],
) -> list[AbbreviationPair]:
    """A compound named with a member code (ginsenoside Rb1) is named by the code alone at its
    later uses in the paper (Rb1 increased Bcl-2): the code abbreviates it, as a definition
    would, unless the paper defines the code otherwise."""
    defined = {p.short for p in pairs}
    out: list[AbbreviationPair] = []
    for m in mentions:
        hit = _MEMBER_CODE.search(m.text) if m.type == "COMPOUND" else None
        if hit is None or hit.group(1) in defined:
            continue
        defined.add(hit.group(1))
        start = m.start + hit.start(1)
        out.append(AbbreviationPair(hit.group(1), start, m.end, m.type, m.norm))
    return out


#: a word of an English name, for its initials (Alzheimer's disease: Alzheimer, disease)
_NAME_WORD = re.compile(r"[A-Za-z]+|[0-9]+")


def name_initials(name: str) -> str | None:
    """The initials of an English name of two words or more, upper case (metabolic syndrome:
    MS, non-alcoholic fatty liver disease: NAFLD, type 2 diabetes mellitus: T2DM); None for
    one word, or for a name with a word in capitals (IL-6 receptor)."""
    words = [w for w in _NAME_WORD.findall(name.replace("'s", "")) if w != "s"]
    if len(words) < 2 or any(w.isupper() and len(w) > 1 for w in words):
        return None
    return "".join(w if w.isdigit() else w[0] for w in words).upper()


def lexicon_initial_pairs(
    text: str,
    mentions,  # noqa: ANN001 - Candidates
    pairs: list[AbbreviationPair],
    initials: dict,  # identifier -> the initials of its English lexicon names
) -> list[AbbreviationPair]:
    """The English initials of a disease the paper names (代谢综合征, metabolic
    syndrome: MS), used bare after it and defined nowhere (nor as something else: the diabetic
    model (DM)), abbreviate it from their first use (成模的 MS 大鼠): Chinese papers write them
    without a definition."""
    defined = {p.short for p in pairs} | {text[ss:se] for _, ss, se in paren_abbreviations(text)}
    taken = {(m.start, m.end) for m in mentions}
    first: dict[str, object] = {}
    for m in sorted(mentions, key=lambda c: c.start):
        if m.type == "DISEASE" and m.norm in initials:
            for short in initials[m.norm]:
                first.setdefault(short, m)
    out: list[AbbreviationPair] = []
    for short, m in first.items():
        bare = re.compile(r"(?<![A-Za-z0-9\-/])" + re.escape(short) + r"(?![A-Za-z0-9\-/])")
        if short in defined or bare.search(text, 0, m.start):
            continue
        use = bare.search(text, m.end)
        if use is None or use.span() in taken or _LABEL_AFTER.match(text, use.end()):
            continue  # MS/MS, HD 组, the LD group: a method or a group's label
        out.append(AbbreviationPair(short, use.start(), use.end(), m.type, m.norm))
    return out


#: right after letters, what makes them a group's label or a likeness (HD 组, the HD group)
_LABEL_AFTER = re.compile(r"\s*(?:组|groups?\b|-like\b)", re.IGNORECASE)


def _given(text: str, uses: list[re.Match[str]], given) -> bool:  # noqa: ANN001 - cue tests
    """Whether one of the uses is given as a treatment (with TG, TG treatment, TG (40 mg/kg)):
    ``given`` is the giving phrase before, the compound cue after and the dose test after."""
    before, after, dosed = given
    return any(
        (after is not None and after.match(text, u.end()))
        or (before is not None and before.search(text, max(0, u.start() - 40), u.start()))
        or dosed(text, u.end())
        for u in uses
    )


#: the words of a name whose initials may abbreviate it (letters only)
_INITIAL_WORDS = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])")


def apply_abbreviations(text: str, mentions, pairs: list[AbbreviationPair]) -> list:
    """Candidates for each defined abbreviation and its later bare occurrences."""

    known = {(m.start, m.end): m for m in mentions}
    out = []
    scanned: set[tuple[str, str, str | None]] = set()
    for pair in sorted(pairs, key=lambda p: p.start):
        existing = known.get((pair.start, pair.end))
        if existing is not None and existing.type == pair.type:
            if existing.norm is None and pair.norm and existing.source != "lexicon":
                existing.norm = pair.norm
            continue
        key = (pair.short, pair.type, pair.norm)
        if key in scanned:
            continue  # defined again (X (ABBR) in every paragraph): its uses are found already
        scanned.add(key)
        regex = re.compile(r"(?<![A-Za-z0-9])" + re.escape(pair.short) + r"(?![A-Za-z0-9])")
        for m in regex.finditer(text, pair.start):
            out.append(
                Candidate(m.start(), m.end(), pair.type, pair.norm, "abbreviation", m.group())
            )
    return out
