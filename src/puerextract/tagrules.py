"""Tag rules over the first mentions: herbal fractions, research compound codes, ratio pairs.

These run inside :meth:`puerextract.tag.Tagger.tag` on the lexicon and shape candidates (before
abbreviation pairs), so an abbreviation defined for a fraction or a code is propagated too.

* **Herbal fractions** - a medicinal plant or herb name followed by a ``fraction_word``
  (骨碎补总黄酮, 红景天多糖, 黄芪提取物, Epimedium extract) or written after "<fraction word> of"
  (total flavonoids of Drynariae Rhizoma) is ONE COMPOUND span without an identifier; the
  plant inside is no separate mention. A ``fraction_class`` word alone (总黄酮) is a COMPOUND.
* **Research compound codes** - letters + digits (XAV939, EX527, LY294002, U0126), hyphenated
  or spaced (LDN-193189, BAY 11-7082) or digits + letters (740 Y-P), not in any lexicon, are a
  COMPOUND where a ``blocker_context`` word stands near one occurrence of them (the Wnt
  inhibitor XAV939, 以 LDN-193189 预处理, pretreated with SB203580); every occurrence of that
  code in the document is then tagged. A code written right before a ``blocker_noun`` (MMP13
  inhibitor) is the target, not the blocker, and is left alone. A code the paper names as a
  compound right after it - a systematic name in parentheses (WL14 (4-hydroxy-3-aminobenzoic
  acid); not HSP90 (geldanamycin)) or an apposition naming a ``preparation_word_en`` (WL1101,
  the ethanol extracts of …) - is a COMPOUND of family ``code`` at every use, over a gene's
  shape (IL6, CD44).
* **Herbal formulas** - a Chinese name of 2-6 characters ending in a ``formula_suffix_zh``
  (左归丸, 独活寄生汤, 补肾活血方) where the suffix is followed by a ``formula_follow`` character, a
  Chinese trigger word or punctuation, its start found by walking back to a ``formula_stop``
  character (观察左归丸对…);
  an English name of capitalised pinyin words + a ``formula_suffix_en`` word (Duhuo Jisheng
  decoction, Bushen Huoxue formula); a romanised name ending in a ``formula_suffix_pinyin``
  syllable, hyphenated (Chia-wei-hsiao-yao-san) or as capitalised words (Liuwei Dihuang Wan).
  One COMPOUND span, no identifier; an abbreviation defined after it is propagated.
* **Products** - a capitalised name marked ® or ™ and given as a drug, a dose right after it or
  a giving word before it (received Premarin® (64.5 μg/kg)): one COMPOUND (family
  ``product``), the mark left out; a marked reagent or instrument (TRIzol®) is none.
* **Cell-line codes** - capitals and three to five digits (SW1353, A549) right before a
  ``cell_line_cue_after`` word (cells, 细胞) or after a ``cell_line_cue_before`` one (the cell
  line, 细胞系): a CELL_LINE, at every use in the paper.
* **Cell names** - a cell name no lexicon holds (rule family ``cell-name``): an English word with a
  cell ending (synoviocytes, myoblasts), words before a stem/progenitor head (periodontal
  ligament stem cells), Han characters before 干细胞/祖细胞/前体细胞 (牙周膜干细胞).
* **Organ disease names** - a disease no lexicon or table holds (rule family ``organ-disease``):
  an organ or tissue word (``disease_site_zh``: 甲状腺, 心肌, 脊髓) and a disease ending
  (``disease_suffix_zh``: 炎, 癌, 损伤, 纤维化), with the adjectives before it
  (``disease_modifier_zh``: 慢性, 自身免疫性): 慢性前列腺炎, 甲状腺癌, 脊髓损伤; never across the
  end of a word (神经炎|症: ``word_across_end_zh``), never crossing or inside a mention. In
  English an organ adjective (``disease_site_en``) and a disease noun (``disease_suffix_en``):
  myocardial fibrosis, renal injury.
* **Herb lists** - in a Chinese list of three items or more, two of them plant mentions, another
  item of two to four Han characters (no mention, no ``herb_list_stop_zh`` character) is an
  herbal material (family ``herb-list``): 杜仲、骨碎补、肉苁蓉和续断.
* **Ratio pairs** - a slash pair of two gene names without a pathway head (OPG/RANKL 比值,
  LC3-Ⅱ/LC3-Ⅰ) is two GENE mentions, not a PATHWAY; with a head (PI3K/Akt 信号通路) it stays
  one PATHWAY (the pathway-phrase rule), and so does a pair the lexicon names as a pathway
  (BMP-2/Smad-dependent, Wnt/β-catenin activation) unless a ``gene_pair_word`` (ratio, 比值,
  平衡, 表达…) stands after it, or before it with "of".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .grammar import AUTHORITY, HAN, HSPACE, code_list, giving_before
from .model import Candidate
from .prefilter import compile_prefiltered, prefiltered

_HSPACE_RUN = re.compile(HSPACE + "*")

#: a research compound code: XAV939, EX527, U0126, LDN-193189, BAY 11-7082, SB 203580, 740 Y-P
CODE = re.compile(
    r"(?<![A-Za-z0-9\-/.])"
    r"(?:[A-Z][A-Za-z]{0,3}(?:-|" + HSPACE + r")?[0-9]{2,6}(?:-[0-9]{2,5})?"
    r"|[0-9]{2,4}" + HSPACE + r"?[A-Z]-[A-Z])"
    r"(?![A-Za-z0-9\-]|\.[0-9])"
)
#: statistics and assay names that look like codes
NOT_CODES = frozenset(
    {"IC50", "EC50", "ED50", "LD50", "TD50", "CCK-8", "WST-8", "SPSS22", "SPSS25", "SPSS26"}
)
#: how far (characters) a context word may stand from a code
CODE_REACH = 16
#: mention types a fraction's plant may have
PLANT_TYPES = ("ORGANISM",)
#: animal identifiers: an animal name before a fraction word makes no fraction
_ANIMAL_NORMS = ("ncbitaxon:10090", "ncbitaxon:10116", "ncbitaxon:9606")


@lru_cache(maxsize=32)  # more roles than 8 ask: a smaller cache rebuilt them per paper
@lru_cache(maxsize=64)
def _word_regex(words: tuple[str, ...], latin_bounded: bool) -> re.Pattern[str] | None:
    if not words:
        return None
    body = "|".join(
        re.escape(w).replace(r"\ ", HSPACE + "+") for w in sorted(words, key=len, reverse=True)
    )
    if latin_bounded:
        return re.compile(r"(?<![A-Za-z])(?:" + body + r")(?![A-Za-z])", re.IGNORECASE)
    return re.compile("(?:" + body + ")")


@lru_cache(maxsize=32)
def _scan_regex(words: tuple[str, ...], latin_bounded: bool) -> re.Pattern[str] | None:
    """:func:`_word_regex` for ``finditer`` over a whole text: prefiltered (same matches,
    faster); its ``pattern`` is no longer the plain alternation other regexes are built on."""
    regex = _word_regex(words, latin_bounded)
    return prefiltered(regex) if regex is not None else None


def _words(rules, role: str) -> tuple[str, ...]:
    return tuple(getattr(rules, "words_of", lambda r: ())(role))


_AUTHORITY = re.compile(AUTHORITY + r"[ \t]+")


def fraction_candidates(text: str, mentions, rules) -> list:
    """COMPOUND candidates for herbal fractions (see the module docstring)."""

    words = _words(rules, "fraction_word")
    regex = _word_regex(words, True)
    out = []
    if regex is None:
        return out
    han = _word_regex(tuple(w for w in words if HAN.match(w)), False)  # MSP水提物: no bound
    for m in mentions:
        if m.type not in PLANT_TYPES or m.norm in _ANIMAL_NORMS:
            continue
        after = _HSPACE_RUN.match(text, m.end).end()
        if m.type == "ORGANISM" and _is_latin(m.text):  # X chinensis L. extract: past the botanist
            authority = _AUTHORITY.match(text, m.end)
            after = authority.end() if authority else after
        if not _is_latin(m.text) or HAN.match(text, m.end):
            after = m.end  # Chinese: the fraction word follows without a space
        w = (han if han is not None and HAN.match(text, after) else regex).match(text, after)
        if w is not None:
            out.append(
                Candidate(m.start, w.end(), "COMPOUND", None, "shape", text[m.start : w.end()])
            )
            continue
        named = _named_in_parentheses(text, m, regex)  # Loquat (Eriobotrya japonica) leaf extract
        if named is not None:
            out.append(Candidate(*named, "COMPOUND", None, "shape", text[named[0] : named[1]]))
            continue
        if _is_latin(m.text):
            left = text[max(0, m.start - 40) : m.start]
            of = re.search(
                r"(?<![A-Za-z])(?:"
                + regex.pattern[len(r"(?<![A-Za-z])(?:") :]
                + HSPACE
                + r"+(?:of|from)"
                + HSPACE
                + r"+(?:the"
                + HSPACE
                + r"+)?$",
                left,
                re.IGNORECASE,
            )
            if of is not None:
                s = m.start - (len(left) - of.start())
                out.append(Candidate(s, m.end, "COMPOUND", None, "shape", text[s : m.end]))
    out += _unlisted_species_fractions(text, mentions, regex)
    classes = _scan_regex(_words(rules, "fraction_class"), True)
    if classes is not None:
        for c in classes.finditer(text):
            out.append(Candidate(c.start(), c.end(), "COMPOUND", None, "shape", c.group()))
    return out


#: a common name and an opening parenthesis before a binomial (Loquat (Eriobotrya japonica))
_COMMON_NAME_OPEN = re.compile(rf"(?<![A-Za-z\-])([A-Za-z][a-z\-]{{2,}}){HSPACE}*\($")
_CLOSE_THEN = re.compile(rf"\){HSPACE}+")


def _named_in_parentheses(text: str, m, regex: re.Pattern[str]) -> tuple[int, int] | None:  # noqa: ANN001
    """The span of a fraction whose plant is named by a common name with its binomial in
    parentheses (Loquat (Eriobotrya japonica) leaf extract), or None."""
    close = _CLOSE_THEN.match(text, m.end)
    common = _COMMON_NAME_OPEN.search(text, max(0, m.start - 30), m.start)
    if close is None or common is None or not _is_latin(m.text):
        return None
    w = regex.match(text, close.end())
    return (common.start(1), w.end()) if w is not None else None


_GENUS_EPITHET = prefiltered(
    re.compile(rf"(?<![A-Za-z])([A-Z][a-z]{{2,}}){HSPACE}+([a-z][a-z\-]{{2,}}){HSPACE}+")
)


def _unlisted_species_fractions(text: str, mentions, regex: re.Pattern[str]) -> list:
    """A fraction of a plant species the taxonomy table does not list, its genus a plant genus
    it does (Astragalus complanatus flavonoids, Inonotus obliquus polysaccharides): one
    COMPOUND span, where no mention covers the species."""
    from .tables import table_index

    if not _GENUS_EPITHET.search(text):
        return []
    genera = table_index().taxa.genera
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for m in _GENUS_EPITHET.finditer(text):
        w = regex.match(text, m.end())
        if w is None or m.group(1) not in genera or _overlaps(taken, m.start(), m.end()):
            continue
        out.append(
            Candidate(m.start(), w.end(), "COMPOUND", None, "shape", text[m.start() : w.end()])
        )
    return out


def _is_latin(s: str) -> bool:
    return bool(re.match(r"[A-Za-z]", s))


def code_candidates(text: str, mentions, rules) -> list:
    """COMPOUND candidates for research compound codes (see the module docstring)."""

    context = _word_regex(_words(rules, "blocker_context"), True)
    noun = _word_regex(_words(rules, "blocker_noun"), True)
    if context is None:
        return []
    taken = [(m.start, m.end) for m in mentions]
    named = _apposition_cue(mentions, rules)
    cells = _cued_cell_codes(text, rules)
    codes: set[str] = set()
    named_codes: set[str] = set()  # named as a compound: family "code", beats a gene's shape
    found = []
    for m in CODE.finditer(text):
        code = m.group()
        if code in NOT_CODES or "\n" in code or code in cells:
            continue  # a cell line's code (肝癌细胞 Bel-7402, SGC-7901 cells)
        found.append(m)
        if code in codes:
            continue
        if noun is not None and noun.match(text, _HSPACE_RUN.match(text, m.end()).end()):
            continue  # "MMP13 inhibitor": the target of a blocker, not the blocker
        if named(text, m.end()):
            codes.add(code)
            named_codes.add(code)
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        lo = max(line_start, m.start() - CODE_REACH)
        hi = min(line_end, m.end() + CODE_REACH)
        if context.search(text, lo, m.start()) or context.search(text, m.end(), hi):
            codes.add(code)
    out = []
    inside = _inside_longer(taken)
    for m in found:
        if m.group() not in codes:
            continue
        if inside(m.start(), m.end()):
            continue  # inside a longer name
        source = "code" if m.group() in named_codes else "shape"
        out.append(Candidate(m.start(), m.end(), "COMPOUND", None, source, m.group()))
    return out


def _apposition_cue(mentions, rules):  # noqa: ANN001, ANN202 - Candidates, a RuleSet; a test
    """A test whether a code is named as a compound right after it: a systematic compound name
    in parentheses (WL14 (4-hydroxy-3-aminobenzoic acid)) or an apposition naming a preparation
    (WL1101, the ethanol extracts of …)."""
    starts = {m.start for m in mentions if m.type == "COMPOUND"}
    appositive = _appositive_regex(_words(rules, "preparation_word_en"))

    def named(text: str, end: int) -> bool:
        paren = _NAME_PAREN.match(text, end)
        if paren is not None and paren.end() in starts and _LOCANT.match(text, paren.end()):
            return True
        return bool(appositive.match(text, end))

    return named


@lru_cache(maxsize=8)
def _appositive_regex(preparations: tuple[str, ...]) -> re.Pattern[str]:
    """ ", the ethanol extracts": an apposition naming a preparation word, built once."""
    body = "|".join(re.escape(w) for w in sorted(preparations, key=len, reverse=True))
    if not body:
        return re.compile(r"(?!)")
    return re.compile(rf",[ \t]*(?:the|an?)[ \t]+(?:[a-z]+[ \t]+){{0,2}}(?:{body})(?![A-Za-z])")


_NAME_PAREN = re.compile(r"[ \t]?[(（]")
#: a systematic name opens on a locant (4-hydroxy-…, (−)-…, 2,3-…): not a drug after its
#: target (HSP90 (geldanamycin))
_LOCANT = re.compile(r"[0-9]+(?:,[0-9]+)*['′]?-|\([+\-−±]\)-")


#: a cell line's code: a capital, letters and three to five digits, a hyphen perhaps between,
#: maybe a final capital (SW1353, A549, SGC-7901, Bel-7402); or two letters at least, a hyphen
#: and one or two digits (Caco-2, HT-29, HK-2); a space instead of the hyphen after two capitals
#: at least (SW 1353, not About 2000); or digits, letters and digits after the capital (H9c2,
#: C2C12)
CELL_CODE = re.compile(
    r"(?<![A-Za-z0-9\-/.])[A-Z]"
    r"(?:[A-Za-z]{0,4}-?[0-9]{3,5}[A-Z]?|[A-Z]{1,4}[ \t][0-9]{3,5}[A-Z]?|[A-Za-z]{1,4}-[0-9]{1,2}"
    r"|[0-9]{1,3}[A-Za-z]{1,2}[0-9]{1,3})"
    r"(?![A-Za-z0-9\-+])"
)


def cell_line_cues(rules):  # noqa: ANN001, ANN201 - a RuleSet; two regexes or None
    """The cue right after a cell-line code (cells, 细胞) and the one ending right before it
    (the cell line, 细胞株)."""
    after = _word_regex(_words(rules, "cell_line_cue_after"), True)
    return after, _ending_cue(_words(rules, "cell_line_cue_before"))


@lru_cache(maxsize=8)
def _ending_cue(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One of ``words`` ending the searched text, spaces after it allowed (the cell line |)."""
    regex = _word_regex(words, True)
    return re.compile(f"(?:{regex.pattern}){HSPACE}*$", re.I) if regex is not None else None


def code_cued(text: str, code: str, rules) -> bool:  # noqa: ANN001 - a RuleSet
    """Whether a ``cell_line_word`` (the cell line, 细胞株; not 细胞: 细胞 PAI-1 is the cells'
    PAI-1) stands right before some use of ``code`` in the paper."""
    before = _ending_cue(_words(rules, "cell_line_word"))
    if before is None:
        return False
    found = re.finditer(rf"(?<![A-Za-z0-9\-]){re.escape(code)}(?![A-Za-z0-9\-])", text)
    return any(before.search(text[max(0, m.start() - 24) : m.start()]) for m in found)


def _cued_cell_codes(text: str, rules) -> frozenset[str]:
    """The codes a cell-line cue makes cell lines somewhere in the paper."""
    after, before = cell_line_cues(rules)
    return frozenset(
        m.group() for m in CELL_CODE.finditer(text) if _cell_cued(text, m, after, before)
    )


def cell_line_candidates(text: str, mentions, rules) -> list:
    """CELL_LINE candidates for cell-line codes no lexicon holds: a code right before a
    ``cell_line_cue_after`` word (SW1353 cells, SW1353 细胞) or right after a
    ``cell_line_cue_before`` one (the cell line SW1353, 细胞系 SW1353), and its every use in the
    paper once cued."""
    after, before = cell_line_cues(rules)
    if after is None and before is None:
        return []
    not_prefix = tuple(_words(rules, "cell_line_not_prefix"))
    found = [
        m
        for m in CELL_CODE.finditer(text)
        if m.group() not in NOT_CODES and not m.group().startswith(not_prefix or ("\0",))
    ]
    lists = [spans for m in found if (spans := _cell_cued(text, m, after, before))]
    cued = {text[s:e] for spans in lists for s, e in spans[:1]}
    listed = _listed_codes(text, lists, cued) - NOT_CODES
    listed = {c for c in listed if not c.startswith(not_prefix or ("\0",))}
    inside = _inside_longer([(m.start, m.end) for m in mentions])
    taken = {(m.start, m.end) for m in mentions}
    spans = [(m.start(), m.end()) for m in found if m.group() in cued] + _spaced_codes(text, cued)
    spans += _code_uses(text, listed)
    return [
        Candidate(s, e, "CELL_LINE", None, "shape", text[s:e])
        for s, e in spans
        if (s, e) not in taken and not inside(s, e)
    ]


def _listed_codes(text: str, lists: list[list[tuple[int, int]]], cued: set[str]) -> set[str]:
    """Codes with a digit in a cued list (``lists``: per cued code, its span and its list's)
    that no code shape holds (A549, H1299 and 95D cells: 95D)."""
    codes = (text[s:e] for spans in lists for s, e in spans[1:])
    return {c for c in codes if c not in cued and any(ch.isdigit() for ch in c)}


def _code_uses(text: str, codes: set[str]) -> list[tuple[int, int]]:
    """Every use of each of ``codes`` as a token of its own."""
    if not codes:
        return []
    body = "|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True))
    regex = re.compile(rf"(?<![A-Za-z0-9\-/.])(?:{body})(?![A-Za-z0-9\-+])")
    return [m.span() for m in regex.finditer(text)]


def _spaced_codes(text: str, cued: set[str]) -> list[tuple[int, int]]:
    """A cued code with a hyphen written with a space there (Caco-2 = Caco 2, as PDF text and
    titles set it)."""
    return _code_uses(text, {c.replace("-", " ") for c in cued if c.count("-") == 1})


def _cell_cued(text: str, m, after, before) -> list[tuple[int, int]] | None:  # noqa: ANN001
    """The spans the cue makes cell lines (the code and the codes listed after it), when a cue
    word stands after the code, after the list of codes it opens, or before it; else None."""
    listed = code_list(text, m.end())
    end = listed[-1][1] if listed else m.end()
    for at in dict.fromkeys((m.end(), end)):
        if after is not None and after.match(text, _HSPACE_RUN.match(text, at).end()):
            return [m.span(), *listed] if at == end else [m.span()]
    lead = text[max(0, m.start() - 24) : m.start()]
    return [m.span(), *listed] if before is not None and before.search(lead) else None


def cell_type_candidates(text: str, mentions, rules) -> list:
    """CELL_TYPE candidates for cell names no lexicon holds: an English word with a
    ``cell_suffix_en`` ending (synoviocytes, myoblasts, osteoprogenitors); English words before a
    ``cell_head_en`` (periodontal ligament stem cells), up to three, none a
    ``cell_modifier_stop_en`` word (human, primary, of…); Han characters before a
    ``cell_head_zh`` (牙周膜干细胞, 内皮祖细胞), up to eight, back to punctuation or a
    ``cell_stop_zh`` character. A table cell type inside one gives way to it, and so does a
    disease right before the head (cancer stem cells)."""
    out = _en_cell_words(text, rules) + _en_cell_phrases(text, rules) + _zh_cells(text, rules)
    heads = _scan_regex(_words(rules, "cell_head_en"), True)
    held = {(m.start, m.end) for m in mentions if _disease_before_head(text, m, heads)}
    starts = sorted((m.start, m.end) for m in mentions if m.source != "table-cell")
    table = sorted((m.start, m.end) for m in mentions if m.source == "table-cell")
    starts = [x for x in starts if x not in held]
    table = sorted(table + list(held))
    return [
        c
        for c in out
        if not _overlaps(starts, c.start, c.end) and _holds_or_misses(table, c.start, c.end)
    ]


def _disease_before_head(text: str, m, heads) -> bool:  # noqa: ANN001 - a mention, a regex
    """A disease right before a cell head names the cells' kind (cancer stem cells): a cell
    name holding it wins."""
    return m.type == "DISEASE" and heads is not None and heads.match(text, m.end + 1) is not None


def _holds_or_misses(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether every span of ``spans`` overlapping ``[s, e)`` lies inside it: a longer cell name
    holds a table cell type (bone marrow stem cells over stem cells)."""
    k = bisect_right(spans, (e, -1))
    return all(a >= s and b <= e for a, b in spans[max(0, k - 8) : k] if b > s)


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    k = bisect_right(spans, (e, -1))
    return any(b > s for _, b in spans[max(0, k - 8) : k])


def _crosses(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether a span overlaps ``[s, e)`` without lying inside it."""
    k = bisect_right(spans, (e, -1))
    return any(b > s and (a < s or b > e) for a, b in spans[max(0, k - 8) : k])


def _en_cell_words(text: str, rules) -> list:  # noqa: ANN001 - a RuleSet
    suffixes = _words(rules, "cell_suffix_en")
    if not suffixes:
        return []
    ends = "|".join(map(re.escape, sorted(suffixes, key=len, reverse=True)))
    regex = re.compile(rf"(?<![A-Za-z\-])[a-z][a-z\-]{{1,}}(?:{ends})(?![A-Za-z\-])")
    return [_cell(text, m.start(), m.end()) for m in regex.finditer(text)]


def _cell(text: str, s: int, e: int):  # noqa: ANN202 - a Candidate
    return Candidate(s, e, "CELL_TYPE", None, "cell-name", text[s:e])


def _en_cell_phrases(text: str, rules) -> list:  # noqa: ANN001 - a RuleSet
    heads = _scan_regex(_words(rules, "cell_head_en"), True)
    if heads is None:
        return []
    stop = {w.casefold() for w in _words(rules, "cell_modifier_stop_en")}
    out = []
    for m in heads.finditer(text):
        words = list(_WORD_BEFORE.finditer(text, max(0, m.start() - 60), m.start()))
        start = m.start()
        for w in reversed(words[-3:]):
            word = w.group(1).casefold()
            if w.end() != start or word in stop or _VERB_LIKE.fullmatch(word):
                break  # promoted stem cells, significantly increased progenitor cells
            start = w.start(1)
        if start < m.start():
            out.append(_cell(text, start, m.end()))
    return out


#: a participle or an adverb (no hyphen: adipose-derived stays a modifier)
_VERB_LIKE = re.compile(r"[a-z]+(?:ed|ly)")
#: an English word in small letters, the first perhaps a capital (Cancer stem cells at a
#: sentence's start; hyphens inside) and the one space after it
_WORD_BEFORE = re.compile(r"(?<![A-Za-z\-])([A-Za-z][a-z\-]*[a-z]) ")


def _zh_cells(text: str, rules) -> list:  # noqa: ANN001 - a RuleSet
    heads = _word_regex(_words(rules, "cell_head_zh"), False)
    if heads is None:
        return []
    stop = set("".join(_words(rules, "cell_stop_zh")))
    out = []
    for m in heads.finditer(text):
        start = m.start()
        while start > m.start() - 8 and start > 0 and HAN.match(text[start - 1]):
            if text[start - 1] in stop:
                break
            start -= 1
        if start < m.start():
            out.append(_cell(text, start, m.end()))
    return out


#: a Chinese list: items of Han characters (or mentions) between 、 and a last 和/及/与/或
_ZH_ITEM_RUN = r"(?:(?![和及与或])[\u4e00-\u9fff]){2,8}"
_ZH_LIST = re.compile(f"{_ZH_ITEM_RUN}(?:、{_ZH_ITEM_RUN})+(?:[和及与或]{_ZH_ITEM_RUN})?")
_ZH_ITEM = re.compile(r"[^、和及与或]+")


def _zh_lists(text: str):  # noqa: ANN202 - an iterator of matches
    """``_ZH_LIST.finditer(text)``, tried only where a list can start: two to eight characters
    before a 、 (the scan tried every Han character, backtracking at each)."""
    pos = 0
    while (q := text.find("、", pos)) >= 0:
        for p in range(max(pos, q - 8), q - 1):
            m = _ZH_LIST.match(text, p)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = q + 1


def herb_list_candidates(text: str, mentions, rules) -> list:
    """ORGANISM candidates for the other items of a Chinese list of herbal materials (杜仲、骨碎补、
    肉苁蓉和续断): in a list of three items at least, two of them plant mentions, an item of two to
    four Han characters that is no mention and holds no ``herb_list_stop_zh`` character is an
    herbal material too (family ``herb-list``)."""
    stop = set("".join(_words(rules, "herb_list_stop_zh")))
    if not stop:
        return []
    plants = sorted(
        (m.start, m.end) for m in mentions if m.type == "ORGANISM" and HAN.match(m.text)
    )
    if len(plants) < 2:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    out = []
    for lst in _zh_lists(text):
        base = lst.start()
        items = [(base + i.start(), base + i.end()) for i in _ZH_ITEM.finditer(lst.group())]
        known = sum(1 for s, e in items if _overlaps(plants, s, e))
        if len(items) < 3 or known < 2:
            continue
        items[0] = _after_last_stop(text, *items[0], stop)  # 常用|杜仲
        items[-1] = _before_first_stop(text, *items[-1], stop)  # 续断|常用于…
        for s, e in items:
            word = text[s:e]
            if not 2 <= e - s <= 4 or stop & set(word) or _overlaps(taken, s, e):
                continue
            out.append(Candidate(s, e, "ORGANISM", None, "herb-list", word))
    return out


def _after_last_stop(text: str, s: int, e: int, stop: set[str]) -> tuple[int, int]:
    for k in range(e - 1, s - 1, -1):
        if text[k] in stop:
            return k + 1, e
    return s, e


def _before_first_stop(text: str, s: int, e: int, stop: set[str]) -> tuple[int, int]:
    for k in range(s, e):
        if text[k] in stop:
            return s, k
    return s, e


def _inside_longer(spans: list[tuple[int, int]]):
    """A test: does one of ``spans`` other than (s, e) itself contain (s, e)? By bisection
    over the spans sorted by start with the running maximum of their ends (a paper has
    thousands of mentions)."""
    from bisect import bisect_right
    from itertools import accumulate

    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    max_end = list(accumulate((e for _, e in ordered), max))

    def inside(s: int, e: int) -> bool:
        k = bisect_right(starts, s)
        if k == 0 or max_end[k - 1] < e:
            return False
        if max_end[k - 1] > e:
            return True
        return any(a <= s and e <= b and (a, b) != (s, e) for a, b in ordered[:k])

    return inside


_SLASH = re.compile(HSPACE + r"*/" + HSPACE + "*")


def split_ratio_pairs(text: str, mentions, tagger) -> list:
    """Mentions with each headless slash pair of gene names (OPG/RANKL, LC3-Ⅱ/LC3-Ⅰ) replaced
    by one GENE mention per name; everything else unchanged."""

    heads = getattr(tagger, "_heads", None)
    head_end = getattr(tagger, "_head_end", None)
    out = []
    for c in mentions:
        if c.type not in ("PATHWAY", "GENE") or "/" not in c.text:
            out.append(c)
            continue
        if (head_end is not None and head_end.search(c.text)) or (
            heads is not None and heads.match(text, c.end)
        ):
            out.append(c)
            continue
        if c.type == "PATHWAY" and c.source == "lexicon" and not _is_ratio(text, c, tagger):
            out.append(c)  # a pathway the lexicon names (BMP-2/Smad-dependent, Wnt/β-catenin 激活)
            continue
        parts = _gene_parts(c, tagger)
        if parts is None:
            out.append(c)
            continue
        out.extend(Candidate(s, e, "GENE", n, "lexicon", text[s:e]) for s, e, n in parts)
    return out


def _is_ratio(text: str, c, tagger) -> bool:  # noqa: ANN001 - a Candidate, a Tagger
    """Whether a ``gene_pair_word`` stands right after the pair (OPG/RANKL 比值, OPG/RANKL
    表达, the OPG/RANKL ratio) or before it with "of" (the ratio of OPG/RANKL)."""
    after, before = _ratio_regexes(_words(getattr(tagger, "rules", None), "gene_pair_word"))
    if after is None:
        return True  # no ratio words: every headless pair is read as genes
    lead = text[max(0, c.start - 24) : c.start]
    return after.match(text, c.end) is not None or before.search(lead) is not None


@lru_cache(maxsize=4)
def _ratio_regexes(words: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    body = _word_regex(words, False)  # 比值 right after RANKL: no Latin-letter guard
    if body is None:
        return None, None
    sp = HSPACE
    after = re.compile(f"{sp}*(?:的{sp}*)?(?:{body.pattern})(?![A-Za-z])", re.IGNORECASE)
    before = re.compile(f"(?<![A-Za-z])(?:{body.pattern}){sp}+of{sp}+(?:the{sp}+)?$", re.IGNORECASE)
    return after, before


def _gene_parts(c, tagger) -> list[tuple[int, int, str | None]] | None:
    """``(start, end, norm)`` of the gene names of a slash pair, or None when a part is no
    whole gene name (Smad1/5/8, ERK1/2 stay one mention)."""
    pieces = []
    pos = 0
    for sep in _SLASH.finditer(c.text):
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, len(c.text)))
    if len(pieces) != 2:
        return None
    parts = []
    for a, b in pieces:
        part = c.text[a:b]
        if not part:
            return None
        hit = next(
            (
                x
                for x in tagger.lexicon_candidates(part)
                if x.start == 0 and x.end == len(part) and x.type == "GENE"
            ),
            None,
        )
        if hit is None:
            return None
        parts.append((c.start + a, c.start + b, hit.norm))
    return parts


def formula_candidates(text: str, mentions, rules) -> list:
    """COMPOUND candidates for herbal formulas and marked products (see the module docstring)."""
    return (
        _zh_formulas(text, mentions, rules)
        + _en_formulas(text, mentions, rules)
        + _pinyin_formulas(text, rules)
        + product_candidates(text, giving_before(_words(rules, "giving_phrase_en")))
    )


#: a name with a registered or trade mark sign: a marketed product (Premarin®, Fosamax™)
_PRODUCT = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9][A-Za-z0-9\-]{1,23})[ \t]?[®™]")


def product_candidates(text: str, given: re.Pattern[str] | None = None) -> list:
    """A capitalised name marked ® or ™ and given as a drug (a dose right after it, or a giving
    word before it: received Premarin® (64.5 μg/kg)) is a drug product: one COMPOUND (family
    ``product``); a marked reagent or instrument (TRIzol®, GraphPad Prism®) is not."""
    if "®" not in text and "™" not in text:
        return []
    return [
        Candidate(m.start(1), m.end(1), "COMPOUND", None, "product", m.group(1))
        for m in _PRODUCT.finditer(text)
        if _DOSE_AFTER.match(text, m.end())
        or (given is not None and given.search(text, max(0, m.start() - 30), m.start()))
    ]


#: a dose right after a product: (64.5 μg/kg …), at 10 mg/kg
_DOSE_AFTER = re.compile(r"[ \t]*(?:[(（][ \t]*|at[ \t]+|,[ \t]*)?[0-9]")


@lru_cache(maxsize=8)
def _pinyin_regex(suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """Romanised formula names ending in a ``formula_suffix_pinyin`` syllable: hyphenated
    syllables (Chia-wei-hsiao-yao-san, Kuei-lu-erh-hsien-chiao) or capitalised words (Liuwei
    Dihuang Wan, Zuogui Wan)."""
    if not suffixes:
        return None
    low = "|".join(re.escape(w.lower()) for w in sorted(suffixes, key=len, reverse=True))
    cap = "|".join(re.escape(w.capitalize()) for w in sorted(suffixes, key=len, reverse=True))
    return prefiltered(
        re.compile(
            rf"(?<![A-Za-z\-])(?:[A-Z][a-z]{{1,6}}(?:-[A-Za-z][a-z]{{0,5}}){{1,6}}-(?:{low}|{cap})"
            rf"|(?P<words>(?:[A-Z][a-z]{{1,11}} ){{1,3}})(?:{cap}))(?![A-Za-z\-])"
        )
    )


#: a word of pinyin syllables (Liuwei, Dihuang, Zuogui): an initial and a final, repeated
_PINYIN = re.compile(
    r"(?i:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
    r"|ua|uo|ue|ui|er|a|o|e|i|u|v))+"
)


def _pinyin_formulas(text: str, rules) -> list:
    regex = _pinyin_regex(_words(rules, "formula_suffix_pinyin"))
    if regex is None:
        return []
    stop = {w.lower() for w in _words(rules, "formula_stop_en")}
    out = []
    for m in regex.finditer(text):
        start = m.start()
        if m.group("words"):
            words = m.group("words").split()
            while words and words[0].lower() in stop:
                start += len(words[0]) + 1
                words = words[1:]
            if not words or any(w.lower() in stop or not _PINYIN.fullmatch(w) for w in words):
                continue  # Kidney Yin, Biosciences San: no pinyin
        out.append(Candidate(start, m.end(), "COMPOUND", None, "formula", text[start : m.end()]))
    return out


def _name_start(
    text: str, end: int, stop: str, stop_words: frozenset[str] = frozenset(), conj: str = ""
) -> int:
    """The start of a formula name ending at ``end``: back over up to six Han characters, to a
    ``formula_stop`` character or a ``compound_stop_zh`` word (表明, 分为, 结果). A conjunction
    (``conj``: 和) right after such a word joins nothing there: it opens the name
    (观察和胃接骨胶囊)."""
    start = end
    while start > end - 6 and start > 0 and HAN.match(text[start - 1]):
        c = text[start - 1]
        opens = c in conj and _stop_word_before(text, start - 1, stop_words)
        if (c in stop and not opens) or _stop_word_before(text, start, stop_words):
            break
        start -= 1
    return start


#: punctuation that may open a four-character formula name (not a space or a digit: 处理 24 h
#: 后细胞扩散 is no name)
_OPENING_MARKS = "，。、；：！？,.;:!?（）()《》“”\"'【】[]\n"


def _four_start(
    text: str,
    end: int,
    stop: str,
    stop_words: frozenset[str] = frozenset(),
    common=(),  # noqa: ANN001 - words
    named: frozenset[int] = frozenset(),
) -> int | None:
    """The start of a four-character name before a suffix shared with common words (续骨活血|膏,
    not 细胞扩|散): four Han characters after a non-Han character, a stop character or word, or
    the text's start. A stop word or a stop character after the first inside the four, or an
    opening mark before two or three, gives a shorter name (给予|右归饮, 联合|右归饮, 、右归饮组;
    复方丹参|片 stays); never a name whose last character and the suffix make a ``common`` word
    (扩散, 分散); a stop character opening the four before a mention (``named``: starts) is
    left out (以|栀子浸膏)."""
    if text[end - 1 : end + 1] in common:
        return None  # 组织中分散, 并迅速扩散: a common word, no name
    short = _short_start(text, end, stop, stop_words)
    if short is not None:
        return short
    start = end - 4
    if start < 0 or not all(HAN.match(c) for c in text[start:end]):
        return None
    if text[start] in stop and start + 1 in named:
        start += 1  # 组以|栀子浸膏: a stop character before a herb opens no name, the herb does
    p = start
    while p > 0 and text[p - 1] in " \t\u3000" and start - p < 3:
        p -= 1  # 结果 超微肿痛贴: a section label, a space, the name
    spaced = p < start
    opened = (
        p == 0
        or text[p - 1] in _OPENING_MARKS
        or (not spaced and text[p - 1] in stop)
        or _stop_word_before(text, p, stop_words)
    )
    return start if opened else None


def _short_start(text: str, end: int, stop: str, stop_words: frozenset[str]) -> int | None:
    """The start of a two- or three-character name before ``end`` (the suffix): after a stop
    word or a stop character inside four Han characters (not at their first), or after 、 when
    a group word follows the suffix (、右归饮组); never a name opening on a stop character (外|用
    乳膏); None without one."""
    for pos in range(end - 2, max(end - 4, 0), -1):
        if not HAN.match(text[pos]) or text[pos] in stop:
            return None
        before = text[pos - 1]
        listed = before in "、，," and text.startswith("组", end + 1)
        if listed or _stop_word_before(text, pos, stop_words):
            return pos
        if before in stop and pos - 1 > end - 4:
            return pos
    return None


def _stop_word_before(text: str, pos: int, stop_words: frozenset[str]) -> bool:
    return any(text[pos - k : pos] in stop_words for k in (2, 3))


def _zh_formulas(text: str, mentions, rules) -> list:
    four = set(_words(rules, "formula_suffix_zh_four"))
    regex = _word_regex(_words(rules, "formula_suffix_zh") + tuple(four), False)
    if regex is None:
        return []
    follow = "".join(_words(rules, "formula_follow"))
    stop = "".join(_words(rules, "formula_stop"))
    common = frozenset(_words(rules, "formula_common_word_zh"))
    stop_words = frozenset(w for w in _words(rules, "compound_stop_zh") if len(w) > 1)
    conj = "".join(w for w in _words(rules, "clause_conjunction") if len(w) == 1 and HAN.match(w))
    taken = sorted((m.start, m.end) for m in mentions)  # flat spans: ends rise with starts
    taken_starts = [s for s, _ in taken]
    named = frozenset(taken_starts)
    verbs = tuple(t.word for t in getattr(rules, "triggers", ()) if t.lang == "zh")
    out = []
    for m in regex.finditer(text):
        nxt = text[m.end() : m.end() + 1]
        if nxt and HAN.match(nxt) and nxt not in follow and not text.startswith(verbs, m.end()):
            continue  # 左归丸|对, 接骨续筋胶囊|促进; not 丸|剂
        start = (
            _four_start(text, m.start(), stop, stop_words, common, named)
            if m.group() in four
            else None
        )
        if m.group() in four and start is None:
            continue
        if start is None:
            start = _name_start(text, m.start(), stop, stop_words, conj)
        k = bisect_right(taken_starts, start) - 1  # the one mention that could hold the name
        if m.start() - start < 2 or (k >= 0 and m.end() <= taken[k][1]):
            continue
        out.append(Candidate(start, m.end(), "COMPOUND", None, "formula", text[start : m.end()]))
    return out


@lru_cache(maxsize=8)
def _en_formula_regex(suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """Capitalised pinyin words + a suffix word (Duhuo Jisheng decoction), built once."""
    if not suffixes:
        return None
    body = "|".join(re.escape(w) for w in sorted(suffixes, key=len, reverse=True))
    return prefiltered(
        re.compile(r"(?<![A-Za-z])((?:[A-Z][a-z]{1,9}[ -]){1,4}(?:" + body + r"))(?![A-Za-z])")
    )


def _en_formulas(text: str, mentions, rules) -> list:
    regex = _en_formula_regex(_words(rules, "formula_suffix_en"))
    if regex is None:
        return []
    stop = {w.lower() for w in _words(rules, "formula_stop_en")}
    out = []
    for m in regex.finditer(text):
        words = re.split(r"[ -]", m.group(1))[:-1]
        while words and words[0].lower() in stop:  # "The Bushen Huoxue formula"
            words = words[1:]
        if len(words) < 2 or any(w.lower() in stop for w in words):
            continue
        start = text.index(words[0], m.start(1))
        out.append(Candidate(start, m.end(1), "COMPOUND", None, "formula", text[start : m.end(1)]))
    return out


def disease_candidates(text: str, mentions, rules) -> list:
    """DISEASE candidates for disease names no lexicon or table holds (see the module)."""
    zh = _disease_regex(
        _words(rules, "disease_modifier_zh"),
        _words(rules, "disease_site_zh"),
        _words(rules, "disease_suffix_zh"),
    )
    en = _en_disease_regex(_words(rules, "disease_site_en"), _words(rules, "disease_suffix_en"))
    across = frozenset(w for w in _words(rules, "word_across_end_zh") if len(w) == 2)
    # a disease name inside the organ disease does not stop it (myocardial fibrosis: fibrosis)
    spans = sorted((m.start, m.end) for m in mentions if m.type != "DISEASE")
    inner = sorted((m.start, m.end) for m in mentions if m.type == "DISEASE")
    out = []
    for regex in (zh, en):
        for m in regex.finditer(text) if regex is not None else ():
            s, e = m.span()
            if text[e - 1 : e + 1] in across or _overlaps(spans, s, e) or _crosses(inner, s, e):
                continue
            out.append(Candidate(s, e, "DISEASE", None, "organ-disease", text[s:e]))
    modifiers = (_words(rules, "disease_modifier_zh"), _words(rules, "disease_modifier_en"))
    # first: of two equal spans the first is kept, and a modified name keeps its identifier
    return _modified_diseases(text, mentions, modifiers) + out


def _modified_diseases(text: str, mentions, modifiers: tuple[tuple[str, ...], ...]) -> list:
    """A disease mention with modifier words right before it (``disease_modifier_zh`` before
    a Chinese one, ``disease_modifier_en`` and a space before an English one): one span
    (慢性|肾衰竭, 急性|肝损伤, acute liver injury), with the mention's identifier."""
    zh, en = _modifier_run(modifiers[0]), _modifier_run_en(modifiers[1])
    out = []
    for m in mentions:
        if m.type != "DISEASE":
            continue
        regex = zh if HAN.match(text, m.start) else en
        if regex is None:
            continue
        run = regex.search(text, max(0, m.start - 16), m.start)
        if run is not None and run.start() < m.start:
            s = run.start()
            out.append(Candidate(s, m.end, "DISEASE", m.norm, "organ-disease", text[s : m.end]))
    return out


@lru_cache(maxsize=8)
def _modifier_run(modifiers: tuple[str, ...]) -> re.Pattern[str] | None:
    """Modifier words ending where a search stops (the run before a disease mention)."""
    if not modifiers:
        return None
    body = "|".join(re.escape(w) for w in sorted(modifiers, key=len, reverse=True))
    return re.compile(f"(?:{body})+$")


@lru_cache(maxsize=8)
def _modifier_run_en(modifiers: tuple[str, ...]) -> re.Pattern[str] | None:
    """English modifier words, each a whole word followed by a space, ending where a search
    stops (any case: Acute liver injury)."""
    if not modifiers:
        return None
    body = "|".join(re.escape(w) for w in sorted(modifiers, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z\-])(?:(?:{body})[ \t]+)+$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _en_disease_regex(sites: tuple[str, ...], suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """An English organ adjective and a disease noun: myocardial fibrosis, renal injury."""
    if not sites or not suffixes:
        return None
    site = "|".join(re.escape(w) for w in sorted(sites, key=len, reverse=True))
    suffix = "|".join(re.escape(w) for w in sorted(suffixes, key=len, reverse=True))
    body = rf"(?<![A-Za-z\-])(?:{site})[ \t]+(?:{suffix})(?![A-Za-z\-])"
    return compile_prefiltered(body, re.IGNORECASE)


@lru_cache(maxsize=8)
def _disease_regex(
    modifiers: tuple[str, ...], sites: tuple[str, ...], suffixes: tuple[str, ...]
) -> re.Pattern[str] | None:
    if not sites or not suffixes:
        return None

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    lead = f"(?:(?:{alt(modifiers)}))*" if modifiers else ""
    return compile_prefiltered(f"{lead}(?:{alt(sites)})(?:{alt(suffixes)})")
