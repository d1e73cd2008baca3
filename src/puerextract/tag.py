"""Tag: typed mentions from lexicons, shape patterns, abbreviation pairs and quantities.

The rule families, in the order their candidates are made:

1. **lexicon** - a character-level longest match of every lexicon term over the text (an
   Aho-Corasick automaton: the longest term starting at every position, in one pass whose
   cost does not grow with the number of terms), so that names are found
   wherever they stand, also inside longer words (雌激素 in 雌激素样作用, osteoblast in
   osteoblastic). Latin terms obey word boundaries: nothing alphanumeric before them, and after
   them only a plural ``s``/``es`` (kept in the span) or, for long lower-case words, the rest of
   a derived word (osteoblast|ic). Short symbols (< 4 characters) match case-sensitively, so
   ``ER`` never matches inside ``ERK1/2`` or ``er``.
2. **shape** - the spaCy :class:`~spacy.matcher.Matcher` patterns of the rule files, run on a
   spaCy ``Doc`` built from the segmenter's tokens (jieba + protected mixed-script names).
   Also here, the **shape** rule for Chinese systematic chemical names (locant + substituent +
   parent: ``3-甲基腺嘌呤``, ``2-脱氧葡萄糖``, ``N-乙酰半胱氨酸``), a regular expression built from
   the ``chem_substituent`` / ``chem_parent_end`` word lists (see :func:`chemical_name_regex`).
3. **pathway phrases** - names followed by a pathway head (``pathway_head`` words: 信号通路,
   通路, 信号途径, 途径, signaling pathway): ``PI3K/Akt 信号通路`` is one PATHWAY; conjuncts before
   a shared head (``p38、ERK1/2 信号通路``) become PATHWAY mentions too.
4. **abbreviation** - ``long form（ABBR）`` / ``long form (ABBR)``: the abbreviation takes the long
   form's type and identifier, and so does every later bare occurrence of it in the document.
   For English, scispaCy's abbreviation detector (in plain Python: :mod:`.schwartz_hearst`) adds
   the pairs it finds.
5. **quantity** - CONCENTRATION and DURATION mentions from :mod:`puerextract.quantities`.

Overlaps are resolved into flat spans: the longest wins, then lexicon over the other families.
No mention crosses a line break: gaps inside a mention are horizontal whitespace only.
Full-width Latin letters and digits (``ＭＣ３Ｔ３－Ｅ１``) are matched as their half-width forms
(:func:`fold_width`, one character for one, so offsets stay those of the original text).
The word lists (pathway heads, animal-model words and strains, the negating prefix 非, the
process words of element names, chemical-name parts) live in ``data/tag_words.tsv``.
Build a :class:`Tagger` once per rule set (:func:`get_tagger` caches it by rules version).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from pathlib import Path

from .grammar import CLAUSE_END, HSPACE, OPEN_PAREN, conjunction_gap, giving_before, is_han
from .model import Candidate, Document, Entity, Token
from .relate_words import alternation
from .schwartz_hearst import english_definitions

log = logging.getLogger(__name__)

#: family priority when two candidates have the same length (lower wins)
#: (a research code the paper names as a compound, WL14 (4-hydroxy-…acid), beats a gene's shape)
SOURCE_PRIORITY = {
    "pathway": -1, "lexicon": 0, "model": 1, "abbreviation": 2, "code": 2, "shape": 3
}  # fmt: skip
#: names found by their shape and context (:mod:`puerextract.morphology`) lose every tie
SOURCE_PRIORITY.update(
    dict.fromkeys(("morphology", "material", "herbal", "agent", "cell-name", "herb-list"), 6)
)
#: names from the knowledge tables (:mod:`puerextract.tables`) lose ties to lexicon, shape and
#: abbreviation mentions
SOURCE_PRIORITY.update(
    dict.fromkeys(("table-gene", "table-taxon", "table-chemical", "table-disease", "table-cell"), 4)
)

#: the rule family written into ``Entity.source``: pathway phrases are shape rules, an animal
#: model extends a lexicon name
OUTPUT_SOURCE = {"pathway": "shape", "model": "lexicon"}
#: types whose mentions may name a pathway when a pathway head follows
PATHWAY_NAME_TYPES = ("GENE", "PATHWAY", "COMPOUND")

_LATIN = re.compile(r"[A-Za-z0-9]")
_LOWER_WORD = re.compile(r"[a-z][a-z\- ]*[a-z]")
_LAST_WORD = re.compile(r"[a-z]+$")
_ALNUM_AFTER = re.compile(r"[A-Za-z0-9αβγδκ]+")
#: conjoined pathway names stand on one line: the gap's space is horizontal only
_SEP_CONJ = conjunction_gap(HSPACE)
_UPPER_GREEK = {c: c.lower() for c in "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"}
_LOWER_TABLE = str.maketrans(
    {**{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}, **_UPPER_GREEK}
)


def fold_case(text: str) -> str:
    """ASCII and Greek upper case folded to lower case; the length never changes."""
    return text.translate(_LOWER_TABLE)


#: full-width Latin letters, digits and the name punctuation －／＋, and the typeset hyphens
#: U+2010/U+2011 -> their ASCII forms, one to one
#: (NFKC would also do this, but it changes the length of other characters: not for offsets)
_WIDTH_TABLE = str.maketrans(
    {
        **{chr(c + 0xFEE0): chr(c) for c in range(ord("0"), ord("9") + 1)},
        **{chr(c + 0xFEE0): chr(c) for c in range(ord("A"), ord("Z") + 1)},
        **{chr(c + 0xFEE0): chr(c) for c in range(ord("a"), ord("z") + 1)},
        "－": "-",
        "／": "/",
        "＋": "+",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen (MC3T3‑E1 as typeset)
    }
)


_WIDTH_CHARS = re.compile("[" + "".join(map(chr, _WIDTH_TABLE)) + "]")


def fold_width(text: str) -> str:
    """Full-width Latin letters and digits as half-width; the length never changes."""
    if _WIDTH_CHARS.search(text) is None:  # the usual case: a search is cheaper than translate
        return text
    return text.translate(_WIDTH_TABLE)


def _in_process_word(text: str, s: int, term: str, words) -> bool:
    """A one-character element name inside a process word names no substance: 钙 in 钙化 or
    脱钙, 钙质 in 钙质沉着 (the element 钙 followed by ``process_after`` 质沉着)."""
    first = term[0]
    if _LATIN.match(first) or not is_han(first) or first not in words.elements:
        return False
    if len(term) == 1 and s > 0 and text[s - 1] in words.process_before:
        return True
    # the term ends inside the process word: 钙质 in 钙质沉着, not 磷脂酰肌醇 3-激酶 (a gene)
    return any(len(term) <= len(w) + 1 and text.startswith(w, s + 1) for w in words.process_after)


def negated_class_span(text: str, s: int, e: int, words) -> tuple[int, int] | None:
    """``(start, end)`` of a negated class when the Han name at ``text[s:e]`` is directly
    prefixed by a negating prefix as one word (非造血干细胞, 非甾体): neither it nor anything
    inside it is a mention. 非 as a verb (并非, 而非, 是非) negates nothing. A Latin prefix
    (non-) negates a Latin name the same way when it starts a word (non-HDL cholesterol)."""
    han = is_han(text[s])
    for prefix in words.negating_prefixes:
        p = s - len(prefix)
        if p < 0 or text[p:s].lower() != prefix or is_han(prefix[0]) != han:
            continue
        if p > 0 and (text[p - 1] in words.negating_verb_before or _LATIN.match(text[p - 1])):
            return None
        return (p, e)
    return None


@dataclass(frozen=True, slots=True)
class TagWords:
    """The tagger's word lists (``data/tag_words.tsv``), ready to use."""

    pathway_heads: tuple[str, ...]
    #: heads that make a pathway only after names joined by slashes (BMP-2/Smad 信号)
    joined_heads: frozenset[str]
    model_prefixes: tuple[str, ...]
    #: words that make an animal an animal model (去卵巢, OVX)
    model_words: tuple[str, ...]
    #: words between a species and a cell name it only modifies (原代, 颅骨, primary)
    cell_origins: tuple[str, ...]
    negating_prefixes: tuple[str, ...]
    negating_verb_before: frozenset[str]
    process_before: frozenset[str]
    process_after: tuple[str, ...]
    elements: frozenset[str]
    chem_substituents: tuple[str, ...]
    chem_parent_ends: tuple[str, ...]
    dose_codes: frozenset[str] = frozenset()
    #: class words (isoflavone, saponin): after "an" or "neither" a description, no mention
    class_words: frozenset[str] = frozenset()
    #: English element names and the words after them that make a structure or process
    element_names: frozenset[str] = frozenset()
    element_not_before: tuple[str, ...] = ()
    #: two Han characters that make a word across a term's end (关节炎|症: 炎症, inflammation)
    across_end_zh: frozenset[str] = frozenset()
    #: … unless one of these words starts at the term's end (滑膜炎|症状)
    after_end_zh: tuple[str, ...] = ()
    #: right after a cell name, a likeness: the name describes other cells (osteoblast-like)
    likeness: tuple[str, ...] = ()
    #: a character a Chinese disease term may leave out between two words (糖尿病性骨质疏松)
    optional_infix_zh: tuple[str, ...] = ()
    #: a treated arm's description before a compound (ovariectomized treated with |estrogen)
    arm: re.Pattern[str] | None = None
    dosed_arm: re.Pattern[str] | None = None  # the low dose (250 mg/kg) X (LP): a group code
    #: a giving phrase before a name; a compound cue after it
    given: tuple[re.Pattern[str] | None, re.Pattern[str] | None] = (None, None)
    #: a model procedure before a time (缺血 30 min 后再灌注 2 h): the time is no exposure
    procedure: re.Pattern[str] | None = None
    #: an extraction solvent right after a percentage (75% 乙醇): its strength, no dose
    solvent: re.Pattern[str] | None = None
    #: between the procedure and the time, a word that gives the time to a dosing (后, 给药)
    procedure_gap_stop: tuple[str, ...] = ()
    #: a level's change around an amount (由 12 ng/mL 升至, increased from): a measured value
    measured: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    #: a dose noun before that change keeps the amount applied (浓度由 10 μmol/L 增至 40 μmol/L)
    dose_nouns: tuple[str, ...] = ()
    #: … unless a tissue or fluid stands with it (血清葡萄糖浓度由 …: a level measured)
    tissues: tuple[str, ...] = ()
    #: lexicon terms that are mentions only in a list with another of their type (TC, TG)
    list_cued: frozenset[str] = frozenset()

    @classmethod
    def of(cls, rules) -> TagWords:
        words = getattr(rules, "words_of", lambda role: ())
        # one-character Han compound names: the elements (钙, 铁, 磷...)
        elements = frozenset(
            t
            for entry in getattr(rules, "lexicon", ())
            if entry.type == "COMPOUND"
            for t in entry.terms
            if len(t) == 1 and is_han(t)
        )
        return cls(
            pathway_heads=tuple(words("pathway_head") + words("pathway_head_joined")),
            joined_heads=frozenset(h.casefold() for h in words("pathway_head_joined")),
            model_prefixes=tuple(
                dict.fromkeys(words("model_word") + words("rat_strain") + words("mouse_strain"))
            ),
            model_words=tuple(words("model_word")),
            cell_origins=tuple(words("cell_origin_word")),
            negating_prefixes=tuple(words("negating_prefix")),
            negating_verb_before=frozenset(words("negating_verb_before")),
            process_before=frozenset(words("process_before")),
            process_after=tuple(words("process_after")),
            elements=elements,
            chem_substituents=tuple(words("chem_substituent")),
            chem_parent_ends=tuple(words("chem_parent_end")),
            dose_codes=frozenset(words("dose_code")),
            class_words=frozenset(x.casefold() for x in words("compound_class_word")),
            element_names=frozenset(x.casefold() for x in words("element") if x.isascii()),
            element_not_before=tuple(x.casefold() for x in words("element_not_before")),
            across_end_zh=frozenset(x for x in words("word_across_end_zh") if len(x) == 2),
            after_end_zh=tuple(words("word_after_end_zh")),
            likeness=tuple(words("likeness_word")),
            optional_infix_zh=tuple(words("optional_infix_zh")),
            list_cued=frozenset(words("list_cued_term")),
            arm=giving_before(words("giving_phrase_en"), words("arm_model_word")),
            dosed_arm=_dose_arm_regex(tuple(words("dose_level_en"))),
            given=(giving_before(words("giving_phrase_en")), _given_after(words)),
            procedure=_procedure_regex(words("procedure_word")),
            solvent=_solvent_regex(words("solvent_word")),
            procedure_gap_stop=tuple(words("procedure_gap_stop")),
            measured=_measured_regexes(
                words("level_change_zh"), words("level_change_en"), words("approx_word_en")
            ),
            dose_nouns=tuple(x.casefold() for x in words("dose_noun_zh") + words("dose_noun_en")),
            tissues=tuple(x.casefold() for x in words("tissue_word_zh") + words("tissue_word_en")),
        )


def _given_after(words) -> re.Pattern[str] | None:  # noqa: ANN001 - a word lookup
    """Right after a name: a ``compound_cue_after`` phrase (X-treated, X treatment)."""
    cues = sorted((x for x in words("compound_cue_after") if x.isascii()), key=len, reverse=True)
    alt = "|".join(re.escape(x) for x in cues)
    return re.compile(rf"[ \t]*(?:{alt})(?![A-Za-z])") if alt else None


def _solvent_regex(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A ``solvent_word`` right after a percentage (75%乙醇, 90% ethanol); None without words."""
    if not words:
        return None
    return re.compile(rf"[ \t]*(?:的)?[ \t]*(?:{alternation(words)})(?![A-Za-z])", re.IGNORECASE)


#: an extraction named after the solvent (75%乙醇提取, 90% ethanol extract) …
_EXTRACTION_AFTER = re.compile(r"[^，。,;；]{0,8}?(?:提|浸|回流|渗漉|extract)", re.IGNORECASE)
#: … or before its percentage (extracted with 90% ethanol, 用 75% 乙醇提取)
_EXTRACTION_BEFORE = re.compile(r"(?:extract\w*|提取|浸提|回流)[^，。,;；]{0,16}$", re.IGNORECASE)


def _procedure_regex(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A model procedure word ending a text, up to eight Han characters of its object
    between (夹闭冠状动脉 30 min, ischemia for 30 min, ischemia (30 min)); None without words."""
    if not words:
        return None
    body = alternation(words)
    return re.compile(
        rf"(?<![A-Za-z])(?:{body})(?P<gap>[\u4e00-\u9fff]{{0,8}}|\s+for)?\s*[（(]?\s*$",
        re.IGNORECASE,
    )


def _measured_regexes(
    zh: tuple[str, ...], en: tuple[str, ...], approx: tuple[str, ...] = ()
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Before and after an amount, a level's change that makes it a measured value: (升至 |
    由 X 升至 | increased from | increased to X) and (X 升至); None without words."""
    if not zh and not en:
        return None
    zh_to = rf"(?:{alternation(zh)})\s*(?:至|到)"
    before = re.compile(
        rf"(?:{zh_to}|(?<![A-Za-z])(?:{alternation(en)})(?:\s+[a-z]+ly)?\s+(?:from|to)"
        rf"(?:\s+(?:{alternation(approx)}))?)\s*[（(]?\s*$",
        re.IGNORECASE,
    )
    return before, re.compile(rf"\s*[）)]?\s*{zh_to}")


#: characters that end the parent of a chemical name: a function word or a group label
_CHEM_STOP = "的和与及或在对中为是被将把组后前时等了并而使可能用经"
#: a locant: 3-, 2,3-, N-, N6-, O-, 4'-, α-, or para/ortho/meta written 对/邻/间 (对羟基苯乙酮)
#: (repeated for names with several substituents)
_CHEM_LOCANT = (
    r"(?:(?:\d{1,2}(?:[,，]\d{1,2}){0,7}|[NOS]\d{0,2}|[αβγω])['′]?-"  # eight at most: linear
    r"|(?<![素苷酮醇酸碱])[对邻间](?=[\u4e00-\u9fff]{2}))"  # not the 对 after a name (X 对…)
)


def chemical_name_regex(words: TagWords) -> re.Pattern[str] | None:
    """``shape`` rule: a Chinese systematic chemical name, locant + substituent(s) + parent
    (3-甲基腺嘌呤, 3-甲基嘌呤, 2-脱氧葡萄糖, 4-羟基壬烯醛, N-乙酰半胱氨酸, L-N-硝基精氨酸)."""
    if not words.chem_substituents or not words.chem_parent_ends:
        return None
    subst = "|".join(map(re.escape, sorted(words.chem_substituents, key=len, reverse=True)))
    ends = "".join(re.escape(c) for c in words.chem_parent_ends if len(c) == 1)
    if not ends:
        return None
    return re.compile(
        r"(?<![A-Za-z0-9\-])(?:[LD]-)?"
        + _CHEM_LOCANT
        + r"(?:(?:"
        + subst
        + r")"
        + _CHEM_LOCANT
        + r"?)+"
        + rf"[^\W\d_A-Za-z{_CHEM_STOP}]{{0,7}}?[{ends}]"
    )


# ----------------------------------------------------------------------------- trie regex


def trie_regex(words: list[str]) -> str:
    """One regular expression that matches any of ``words``, preferring the longest."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


#: a prefix fused to a disease adjective: antiosteoporotic, antiarthritic, antitumor (the
#: disease is the mention, guidelines)
_ANTI_BEFORE = re.compile(r"(?<![A-Za-z])[Aa]nti$")


def _first_allowed(text: str, s: int, ends: list[int], latin_end) -> tuple[int, int | None]:  # noqa: ANN001
    """(match end, mention end) of the longest match at ``s`` its boundaries allow
    (BMP-2/Smad1: not the term BMP-2/Smad inside a word, but BMP-2); the longest with None."""
    for e in ends:
        end = latin_end(text, s, e, text[s:e])
        if end is not None:
            return e, end
    return ends[0], None


class LexiconMatcher:
    """The longest of a set of terms that starts at each position of a text (an Aho-Corasick
    automaton, ``pyahocorasick``): the matches a trie regex ``(?=(trie))`` tried at every
    position finds, in time linear in the text whatever the number of terms."""

    def __init__(self, terms) -> None:
        import ahocorasick

        self._automaton = None
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for term in terms:
            if term:
                automaton.add_word(term, len(term))
        if len(automaton):
            automaton.make_automaton()
            self._automaton = automaton

    def longest_matches(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of the longest term starting at each position, by start."""
        return [(s, ends[0]) for s, ends in self.matches_by_start(text)]

    def matches_by_start(self, text: str) -> list[tuple[int, list[int]]]:
        """``(start, ends)`` of the terms starting at each position, by start, the longest
        first (a longer term a boundary forbids gives way to a shorter one)."""
        if self._automaton is None:
            return []
        found: dict[int, list[int]] = {}
        for last, length in self._automaton.iter(text):
            found.setdefault(last - length + 1, []).append(last + 1)
        return [(s, sorted(ends, reverse=True)) for s, ends in sorted(found.items())]


def _is_latin(term: str) -> bool:
    return bool(term) and bool(_LATIN.match(term[0]) or _LATIN.match(term[-1]))


def case_insensitive(term: str) -> bool:
    """Latin terms of 4+ characters match in any case; shorter symbols only as written."""
    return len(term) >= 4 and any(c.isascii() and c.isalpha() for c in term)


# ----------------------------------------------------------------------------- the tagger


#: where Chinese text meets a Latin letter or digit (B淋巴细胞瘤-2 | B 淋巴细胞瘤-2)
_HAN_LATIN = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t]?(?=[A-Za-z0-9αβγδκ])|(?<=[A-Za-z0-9αβγδκ])[ \t]?(?=[\u4e00-\u9fff])"
)


#: a hyphen inside a Latin name (TGF-β1, IL-6)
_INNER_HYPHEN = re.compile(r"(?<=[A-Za-z0-9αβγδκ])-(?=[A-Za-z0-9αβγδκ])")


def _gene_cue_regex(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    """A gene cue word right after a code, 的 or spaces between (PAI-1 的 mRNA, PAI-1 蛋白)."""
    if not cues:
        return None
    body = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"{HSPACE}*的?{HSPACE}*(?:{body})(?![A-Za-z])")


def gene_coded_lines(text: str, shapes: list[Candidate], cue: re.Pattern[str] | None) -> list:
    """Shape CELL_LINE codes followed by a gene cue word (PAI-1 的 mRNA 表达, PAI-1 protein) are
    genes, not cell lines: their type becomes GENE (a knowledge table may lend the identifier)."""
    if cue is None:
        return shapes
    return [
        replace(c, type="GENE") if c.type == "CELL_LINE" and cue.match(text, c.end) else c
        for c in shapes
    ]


#: a Greek letter meeting a digit in a Chinese term (β1, 1β), where PDF text often puts a space
_GREEK_DIGIT = re.compile(r"(?<=[αβγδκ])(?=[0-9])|(?<=[0-9])(?=[αβγδκ])")


def spacing_variants(term: str) -> tuple[str, ...]:
    """A term as written, and for a Chinese term with Latin letters or digits also with a space
    at each place Chinese meets Latin and with none (Bcl-2相关X蛋白 = Bcl-2 相关 X 蛋白):
    Chinese papers set such spaces either way; an apostrophe also as the typeset ’; a hyphen
    inside a Latin name also with the spaces PDF text puts around it (TGF - β1, β2 -MG)."""
    if "'" in term:  # Alzheimer's disease = Alzheimer’s disease
        return tuple(dict.fromkeys(spacing_variants(term.replace("'", "’")) + (term,)))
    if _INNER_HYPHEN.search(term) and not any(is_han(c) for c in term):
        spaced = (_INNER_HYPHEN.sub(h, term) for h in (" - ", "- ", " -"))
        return tuple(dict.fromkeys((term, *spaced)))
    if not any(is_han(c) for c in term):
        return (term,)
    forms = (term, _HAN_LATIN.sub(" ", term), _HAN_LATIN.sub("", term))
    greek = tuple(_GREEK_DIGIT.sub(" ", f) for f in forms if _GREEK_DIGIT.search(f))
    return tuple(dict.fromkeys(forms + greek))  # 转化生长因子 β 1, 白细胞介素-1 β: PDF spaces


def infix_variants(term: str, infixes: tuple[str, ...], terms: dict | None = None) -> list[str]:
    """A Chinese term without one of ``infixes`` where it joins two words of two or more Han
    characters each (糖尿病性骨质疏松 -> 糖尿病骨质疏松, 类风湿性关节炎 -> 类风湿关节炎); not
    where the first word is a compound of ``terms`` (激素性骨质疏松: no 激素骨质疏松 to read
    inside 缺乏雌激素骨质疏松)."""
    out = []
    for infix in infixes:
        at = term.find(infix, 2)
        while at != -1:
            before, after = term[at - 2 : at], term[at + len(infix) : at + len(infix) + 2]
            compound = terms is not None and terms.get(term[:at], ("",))[0] == "COMPOUND"
            if len(after) == 2 and all(is_han(c) for c in before + after) and not compound:
                out.append(term[:at] + term[at + len(infix) :])
            at = term.find(infix, at + 1)
    return out


#: a short gene symbol and its member number (Runx2, IL-6, Bcl-2): written with a space too
_SYMBOL_NUMBER = re.compile(r"([A-Z][A-Za-z]{1,5})-?([0-9]{1,2})")
#: a hyphen before a gene's member number, which papers also leave out (caspase-3 = caspase3)
_MEMBER_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=\d+[A-Za-z]?$)")


def _gene_variants(term: str, words, exact: dict) -> list[str]:  # noqa: ANN001 - TagWords
    """An English gene name without the hyphen before its member number (caspase3, Runx2 from
    Runx-2) or with a space there (Runx 2, IL 6), and with its Greek letters spelled out
    (transforming growth factor-beta1, transforming growth factor beta1 from transforming growth
    factor-β1), where no other lexicon term is written so (not Chinese: B细胞淋巴瘤2例)."""
    forms = [_MEMBER_HYPHEN.sub("", term), *_spelled_greek(term)]
    symbol = _SYMBOL_NUMBER.fullmatch(term)
    if symbol is not None:  # Runx 2, IL 6: PDF text sets a space before the member number
        forms.append(f"{symbol.group(1)} {symbol.group(2)}")
    return [f for f in dict.fromkeys(forms) if f != term and f not in exact]


#: Greek letters of gene names and how English text spells them out
_GREEK_NAMES = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa"}
_GREEK = re.compile("[αβγδκ]")


def _spelled_greek(term: str) -> list[str]:
    """An English name with its Greek letters spelled out, the hyphen before them kept and
    made a space (TGF-beta1; transforming growth factor beta1); none for a Chinese name."""
    if not _GREEK.search(term) or any(is_han(c) for c in term):
        return []
    if not re.search("[A-Za-z]{2}", term):
        return []
    spelled = _GREEK.sub(lambda m: _GREEK_NAMES[m.group()], term)
    spaced = re.sub(r"(?<=[A-Za-z]{3})-(?=alpha|beta|gamma|delta|kappa)", " ", spelled)
    return [spelled, spaced]


def _disease_variants(term: str, words, exact: dict) -> list[str]:  # noqa: ANN001 - TagWords
    return infix_variants(term, words.optional_infix_zh, exact)


#: the variant forms each entity type's lexicon terms are also matched in
_VARIANTS = {"GENE": _gene_variants, "DISEASE": _disease_variants}


def lexicon_initials(  # noqa: ANN001 - entries
    lexicon, stop: frozenset[str] = frozenset()
) -> dict[str, frozenset[str]]:
    """Identifier -> the initials of the English names of its disease rows (of two words or
    more; not an ``initials_stop`` word: OD, KO, CI), for
    :func:`puerextract.abbreviations.lexicon_initial_pairs`."""
    from .abbreviations import name_initials
    from .normalise import entry_norm

    out: dict[str, set[str]] = {}
    for entry in lexicon:
        norm = entry_norm(entry)
        if entry.type != "DISEASE" or norm is None:
            continue
        found = {name_initials(t) for t in (*entry.terms_en, _uninverted(entry.preferred))}
        found -= {None, *stop}
        if found:
            out.setdefault(norm, set()).update(found)
    return {k: frozenset(v) for k, v in out.items()}


def _uninverted(preferred: str) -> str:
    """A MeSH heading read in order (Arthritis, Rheumatoid: Rheumatoid Arthritis); "" for a
    name in another script or a heading with a note (Liver Diseases (liver injury): a family
    row, whose initials LD name a low-dose group more often)."""
    name = preferred.strip()
    if not name.isascii() or "(" in name:
        return ""
    head, sep, tail = name.partition(", ")
    return f"{tail} {head}" if sep and "," not in tail else name


class Tagger:
    """All matchers of one rule set, built once."""

    def __init__(self, rules) -> None:
        from .normalise import entry_norm

        self.rules = rules
        self.version = getattr(rules, "version", "")
        self.words = words = TagWords.of(rules)
        self._word_regexes(getattr(rules, "words_of", lambda r: ()))
        exact: dict[str, tuple[str, str | None]] = {}
        folded: dict[str, tuple[str, str | None]] = {}
        for entry in rules.lexicon:
            value = (entry.type, entry_norm(entry))
            for term in entry.terms:
                for form in spacing_variants(term):
                    exact.setdefault(form, value)
                    if case_insensitive(form):
                        folded.setdefault(fold_case(form), value)
        for entry in rules.lexicon:  # after every term as written: a variant never replaces one
            variants = _VARIANTS.get(entry.type)
            for term in entry.terms if variants is not None else ():
                for form in variants(term, words, exact):
                    exact.setdefault(form, (entry.type, entry_norm(entry)))
        self.exact, self.folded = exact, folded
        stop = frozenset(getattr(rules, "words_of", lambda r: ())("initials_stop"))
        self.initials = lexicon_initials(rules.lexicon, stop)
        self._exact_terms = LexiconMatcher(exact)
        self._folded_terms = LexiconMatcher(folded)
        h = HSPACE
        prefixes = sorted(words.model_prefixes, key=len, reverse=True)
        self.model_re = (
            re.compile(
                "(?:"
                + "|".join(re.escape(p) for p in prefixes)
                + rf")(?:{h}*[（(]{h}*OVX{h}*[）)])?{h}*$"
            )
            if prefixes
            else None
        )
        heads = "|".join(re.escape(x) for x in sorted(words.pathway_heads, key=len, reverse=True))
        self._heads = (
            re.compile(
                rf"{h}*(?:[（(]{h}*[A-Za-z][A-Za-z0-9αβγκ\-/]{{0,11}}{h}*[）)]{h}*)?("
                + heads
                + r")(?![A-Za-z])",
                re.IGNORECASE,
            )
            if heads
            else None
        )
        self._head_end = re.compile("(?:" + heads + r")$", re.IGNORECASE) if heads else None
        origins = "|".join(map(re.escape, sorted(words.cell_origins, key=len, reverse=True)))
        self._origins = (
            re.compile(rf"(?:{h}*(?:{origins}){h}*)+(?:的)?{h}*", re.IGNORECASE)
            if origins
            else None
        )
        self._chem_re = chemical_name_regex(words)
        self._lazy: dict[int, _LazyHanTokenizer] = {}
        self._matcher, self._vocab = self._build_matcher(rules)  # sets self._single

    def _word_regexes(self, words_of) -> None:  # noqa: ANN001 - a role -> words lookup
        """The regexes built from single word roles (gene cues, receptors, organs …)."""
        self._gene_cue = _gene_cue_regex(tuple(words_of("table_gene_cue")))
        self._receptor = receptor_regex(tuple(words_of("receptor_word")))
        self._protein_head = receptor_regex(tuple(words_of("protein_head_after_compound")))
        self._organ_zh = _ending_on(tuple(words_of("cell_organ_word_zh")))
        self._glycoside = _glycoside_regex(tuple(words_of("glycoside_ending")))

    def _build_matcher(self, rules):
        """Single-token patterns -> a cached per-token test; the others -> a spaCy Matcher
        run only on sentences that hold one of their required literal words."""
        patterns = list(getattr(rules, "patterns", ()))
        self._single: list[tuple[int, list]] = []
        self._token_cache: dict[tuple[str, bool], tuple[int, ...]] = {}
        self.units = _overlay_units(rules)
        self.time_words = _time_words(rules)
        self._always_match = False
        multi = []
        for i, p in enumerate(patterns):
            tests = _token_tests(p.pattern[0]) if len(p.pattern) == 1 else None
            if tests is not None:
                self._single.append((i, tests))
                continue
            multi.append(i)
            gate = _gate_tests(p.pattern)
            if gate is None or len(p.pattern) >= MAX_PATTERN_TOKENS:
                self._always_match = True
            else:
                self._single.append((GATE, gate))
        self._sequences = self._plain = None
        if not multi:
            return None, None
        self._multi = multi
        steps = [_sequence_steps(patterns[i].pattern) for i in multi]
        if all(st is not None for st in steps):  # spaCy only when needed: _match_sequences
            self._sequences = self._plain = list(zip(multi, steps, strict=True))
            self._step_cache: dict[tuple[str, bool], tuple[frozenset[int], tuple]] = {}
            self._leads = _lead_steps(self._sequences)
            return None, None
        return self._spacy_matcher(patterns)

    def use_sequences(self, plain: bool) -> None:
        """Match multi-token patterns in plain Python (the default where every pattern is a
        sequence) or with spaCy's Matcher; both give the same matches (``bench/matcher.py``)."""
        self._sequences = getattr(self, "_plain", None) if plain else None
        if not plain and self._matcher is None:
            self._matcher, self._vocab = self._spacy_matcher(self.rules.patterns)

    def _spacy_matcher(self, patterns):
        """A spaCy Matcher of the multi-token patterns, and its vocab."""
        import spacy
        from spacy.matcher import Matcher

        vocab = spacy.blank("xx").vocab
        matcher = Matcher(vocab)
        for i in self._multi:
            matcher.add(f"P{i}", [[dict(t) for t in patterns[i].pattern]])
        return matcher, vocab

    # --------------------------------------------------------------------- families

    def lexicon_candidates(
        self, text: str, negated: list[tuple[int, int]] | None = None
    ) -> list[Candidate]:
        """Longest lexicon match at every position, with the Latin boundary rules.

        ``text`` is matched as :func:`fold_width` folds it; spans index ``text``. The spans of
        negated classes found (非造血干细胞) are added to ``negated`` when it is given.
        """
        out: list[Candidate] = []
        width = fold_width(text)
        for matcher, table, hay in (
            (self._exact_terms, self.exact, width),
            (self._folded_terms, self.folded, fold_case(width) if self.folded else width),
        ):
            for s, ends in matcher.matches_by_start(hay):
                e, end = _first_allowed(hay, s, ends, self._latin_end)
                term = hay[s:e]
                if end is None or _in_process_word(hay, s, term, self.words):
                    continue
                span = negated_class_span(hay, s, e, self.words)
                if span is not None:
                    if negated is not None:
                        negated.append(span)
                    continue
                etype, norm = table[term]
                if etype == "DISEASE" and _NUMBERED.match(hay, end) and is_han(term[-1]):
                    continue  # B细胞淋巴瘤/白血病-2: a gene's long name, numbered
                if etype == "GENE" and norm is None and self._member_number(hay, end):
                    continue  # caspase-12, 胱天蛋白酶3: a numbered member, not the family
                out.append(Candidate(s, end, etype, norm, "lexicon", text[s:end]))
        if self._chem_re is not None:
            ends = self.words.chem_parent_ends
            for m in self._chem_re.finditer(width):
                s, end = m.start(), m.end()
                while end < len(width) and width[end] in ends:  # 葡萄糖|胺, not 葡萄糖 alone
                    end += 1
                out.append(Candidate(s, end, "COMPOUND", None, "shape", text[s:end]))
        return out

    def _member_number(self, text: str, end: int) -> bool:
        """Whether a member's number follows a family's name (caspase-12, caspase 8,
        胱天蛋白酶3), not a quantity's (caspase 24 h, BMP 2 weeks after)."""
        m = _MEMBER_NUMBER.match(text, end)
        if m is None:
            return False
        unit = _NUMBER_WORD.match(text, m.end() - 1)
        return unit is None or not self._is_unit(unit.group("unit"))

    def _spaced_quantity(self, text: str, s: int, end: int) -> bool:
        """Whether a name read with a space before its number (Runx 2) has a unit or a decimal
        after the number instead (BMP 2 weeks after, BMP 2周后, Runx 2.5 fold): a quantity, not
        a member."""
        if not text[end - 1 : end].isdigit():
            return False  # (most matches: no number closes them)
        m = _SPACED_NUMBER.search(text, s, end)
        if m is None or m.end() != end:
            return False
        if _DECIMAL_AT.match(text, end):
            return True
        unit = _NUMBER_WORD.match(text, m.start() + 1)
        if unit is None:
            return False
        return self._is_unit(unit.group("unit"))

    def _is_unit(self, word: str) -> bool:
        """Whether ``word`` is a unit of the unit table, or starts with one where Han text runs
        the unit into the next word (周后, h后)."""
        from .quantities import default_unit_table

        table = self.units or default_unit_table()
        if table.lookup(word) is not None:
            return True
        han = len(word) - len(word.lstrip("hdHD"))  # a Latin unit letter before Han: h后
        if not all(is_han(c) for c in word[han:]) or not word[han:]:
            return False
        return any(table.lookup(word[:k]) is not None for k in range(len(word) - 1, 0, -1))

    def _latin_end(self, text: str, s: int, e: int, term: str) -> int | None:
        """End of the mention for a match ``text[s:e]``, or None when a boundary forbids it."""
        if self._spaced_quantity(text, s, e):
            return None  # BMP 2 weeks after: the number is a quantity's
        words = self.words
        if text[e - 1 : e + 1] in words.across_end_zh and not text.startswith(
            words.after_end_zh, e
        ):
            return None  # 关节炎|症评分: the word is 炎症 (not 滑膜炎|症状)
        if (
            _LATIN.match(term[0])
            and s > 0
            and (_LATIN.match(text[s - 1]) or text[s - 1] in "αβγδκ")
            and not _ANTI_BEFORE.search(text, max(0, s - 5), s)
        ):
            return None
        if not _LATIN.match(term[-1]):
            return e
        if term.isupper() and len(term) <= 4 and _ROMAN_MEMBER.match(text, e):
            return None  # AST-IV, AST IV: a member code of another name (astragaloside IV)
        m = _ALNUM_AFTER.match(text, e)
        if not m:
            return e
        rest = m.group()
        if rest in ("s", "es") and term[-1].isalpha() and len(term) >= 4:
            return m.end()  # a plural stays in the span
        if rest.startswith("mRNA"):
            return e  # a gene fused to its mRNA, as Chinese typesetting writes it: RANKLmRNA
        last = _LAST_WORD.search(term)
        derived = rest.isalpha() and rest.islower() and last and len(last.group()) >= 5
        if rest in ("ate", "ates") or rest.startswith(("osid", "osyl")):
            return None  # glycyrrhizin|ate, rutin|oside: a salt, ester or glycoside, another name
        if derived and _LOWER_WORD.fullmatch(term) and term in self.exact:
            return e  # inside a derived word: osteoblast|ic, estrogen|ic (not type i|i; not a
            # name the lexicon writes capitalised, matched case-folded: Danshen|su)
        return None

    def shape_candidates(self, doc: Document) -> list[Candidate]:
        """Matches of the token patterns over each sentence's tokens."""
        patterns = self.rules.patterns
        text = doc.text
        out: list[Candidate] = []
        cache = self._token_cache
        gated: dict[int, list[int]] = {}
        for n, sent in enumerate(doc.sentences):
            for k, tok in enumerate(sent.tokens):
                key = (tok.text, k == 0)  # the tests see the text folded (fold_width)
                hit = cache.get(key)
                if hit is None:
                    word = fold_width(tok.text)
                    hit = tuple(i for i, tests in self._single if _passes(tests, word, k == 0))
                    if len(cache) < 200_000:
                        cache[key] = hit
                for i in hit:
                    if i == GATE:
                        gated.setdefault(n, []).append(k)
                        continue
                    p = patterns[i]
                    if p.lang in ("any", tok.lang):
                        out.append(Candidate(tok.start, tok.end, p.label, p.id, "shape", tok.text))
        if self._matcher is None and self._sequences is None:
            return out

        for n, sent in enumerate(doc.sentences):
            if not sent.tokens or not (self._always_match or n in gated):
                continue
            if self._always_match:
                windows = [(0, len(sent.tokens))]
            else:  # only the tokens around a gate word can be part of a match
                windows = []
                for k in gated[n]:
                    lo, hi = max(0, k - MAX_PATTERN_TOKENS), k + MAX_PATTERN_TOKENS + 1
                    if windows and lo <= windows[-1][1]:
                        windows[-1] = (windows[-1][0], hi)
                    else:
                        windows.append((lo, hi))
            for lo, hi in windows:
                out.extend(self._match_tokens(text, sent.tokens[lo:hi]))
        return out

    def sentence_tokenizer(self, base):
        """``base`` (the segmenter's tokenizer), cutting Han runs with jieba only in sentences
        where a token pattern could use the Han words: those holding a Han character written
        in some pattern. Elsewhere a Han run stays one token (the lexicon is matched on
        characters, so nothing else needs the words), which halves the time of a run."""
        key = id(base)
        cached = self._lazy.get(key)
        if cached is None:
            cached = self._lazy[key] = _LazyHanTokenizer(base, *self._han_pattern_chars())
        return cached

    def _han_pattern_chars(self) -> tuple[frozenset[str], bool]:
        """Han words one of which a sentence must hold for a pattern to need Han tokens: per
        pattern, the words (or, in a regex, the characters) of its most selective required
        token written in Han characters."""
        chars: set[str] = set()
        always = False
        for p in self.rules.patterns:
            if p.lang not in ("zh", "any"):
                continue
            best: set[str] | None = None
            han_class = False
            for spec in p.pattern:
                if spec.get("OP") in ("?", "*", "!"):
                    continue
                tests = _token_tests({k: v for k, v in spec.items() if k != "OP"}) or []
                found: set[str] = set()
                for t in tests:
                    if t[0] == "eq" and any(is_han(c) for c in t[2]):
                        found.add(t[2])
                    elif t[0] == "in":
                        if all(any(is_han(c) for c in w) for w in t[2]):
                            found |= set(t[2])
                    elif t[0] == "re":
                        if "\u4e00" in t[2].pattern or "\\u4e00" in t[2].pattern:
                            han_class = True
                        found |= {c for c in t[2].pattern if is_han(c)}
                if found and (best is None or min(map(len, found)) > min(map(len, best))):
                    best = found
            if best:
                chars |= best
            elif han_class:
                always = True
        return frozenset(chars), always

    def _match_tokens(self, text: str, tokens: list) -> list[Candidate]:
        if self._sequences is not None:
            found = self._match_sequences(text, tokens)
            if found is not None:
                return found
            if self._matcher is None:
                self._matcher, self._vocab = self._spacy_matcher(self.rules.patterns)
        from spacy.tokens import Doc

        patterns = self.rules.patterns
        words = [fold_width(t.text) for t in tokens]
        spaces = [
            i + 1 < len(tokens) and tokens[i + 1].start > tokens[i].end for i in range(len(tokens))
        ]
        sdoc = Doc(self._vocab, words=words, spaces=spaces)
        out = []
        for match_id, ts, te in self._matcher(sdoc):
            p = patterns[int(self._vocab.strings[match_id][1:])]
            if p.lang not in ("any", tokens[ts].lang):
                continue
            s, e = tokens[ts].start, tokens[te - 1].end
            if "\n" not in text[s:e]:
                out.append(Candidate(s, e, p.label, p.id, "shape", text[s:e]))
        return out

    def _match_sequences(self, text: str, tokens: list) -> list[Candidate] | None:
        """What the spaCy Matcher finds in ``tokens`` (as one Doc) with the multi-token
        patterns, by plain Python (:func:`_sequence_steps`). Kept because it is faster:
        ``bench/matcher.py`` over the 65 annotated texts: 26 ms here against 124 ms with the
        Matcher (4.75 x; it also needs a ``Doc`` per window), about 8 % of a whole extraction
        (``extract_text`` on the same texts: 184 against 168 k chars/s).

        Matches of different spans may come in another order than the Matcher's
        (:func:`resolve` sorts them); None when two patterns of different labels or ids match
        one span, whose order then matters and is the Matcher's to give."""
        patterns = self.rules.patterns
        cache = self._step_cache
        passed = []  # per token: the ids of the token specs it passes
        starts = []  # per token: the sequences that may start there
        for k, tok in enumerate(tokens):
            key = (tok.text, k == 0)  # the tests see the text folded (fold_width)
            hit = cache.get(key)
            if hit is None:
                word = fold_width(tok.text)
                ids = frozenset(
                    id(tests)
                    for _, steps in self._sequences
                    for _, tests in steps
                    if _passes(tests, word, key[1])
                )
                lead, always = self._leads
                hit = (
                    ids,
                    tuple(q for q in range(len(self._sequences)) if always[q] or ids & lead[q]),
                )
                if len(cache) < 200_000:
                    cache[key] = hit
            passed.append(hit[0])
            starts.append(hit[1])
        found = []
        n = len(tokens)
        seqs = self._sequences
        for ts in range(n):
            for q in starts[ts]:
                i, steps = seqs[q]
                for te in _sequence_ends(steps, passed, ts, n):
                    found.append((te, ts, i))
        found.sort()
        out = []
        seen: dict[tuple[int, int], tuple[str, str | None]] = {}
        for te, ts, i in found:
            p = patterns[i]
            if p.lang not in ("any", tokens[ts].lang):
                continue
            s, e = tokens[ts].start, tokens[te - 1].end
            if "\n" not in text[s:e]:
                if seen.setdefault((s, e), (p.label, p.id)) != (p.label, p.id):
                    return None
                out.append(Candidate(s, e, p.label, p.id, "shape", text[s:e]))
        return out

    def pathway_candidates(self, text: str, mentions: list[Candidate]) -> list[Candidate]:
        """Names followed by a pathway head; conjuncts before a shared head; X/Y joins."""
        out: list[Candidate] = []
        text = fold_width(text)
        ordered = sorted(mentions, key=lambda c: c.start)
        for i, c in enumerate(ordered):
            if c.type not in PATHWAY_NAME_TYPES:
                continue
            m = self._heads.match(text, c.end) if self._heads is not None else None
            if m:
                end = m.end()
            elif (
                c.type == "PATHWAY"
                and self._head_end is not None
                and self._head_end.search(fold_width(c.text))
            ):
                end = c.end  # a pathway with its head: names joined before it still join
            else:
                continue
            first = _joined_start(text, ordered, i)
            joined = first != i or "/" in c.text
            if m and not joined and m.group(1).casefold() in self.words.joined_heads:
                continue  # TLR4 信号分子: a weak head needs joined names
            start = ordered[first].start
            if first != i or m:
                out.append(Candidate(start, end, "PATHWAY", None, "pathway", text[start:end]))
            out.extend(self._conjuncts(text, ordered, first))
        return out

    @staticmethod
    def _conjuncts(text: str, ordered: list[Candidate], j: int) -> list[Candidate]:
        """Names conjoined before a pathway that has the shared head (p38、ERK1/2 信号通路)."""
        out = []
        while j > 0:
            prev = ordered[j - 1]
            gap = text[prev.end : ordered[j].start]
            if prev.type not in PATHWAY_NAME_TYPES or not _SEP_CONJ.fullmatch(gap):
                break
            out.append(Candidate(prev.start, prev.end, "PATHWAY", None, "pathway", prev.text))
            j -= 1
        return out

    def model_candidates(self, text: str, mentions: list[Candidate]) -> list[Candidate]:
        """Animal-model words before an ORGANISM stay in its span (去卵巢小鼠, SD 大鼠)."""
        out = []
        if self.model_re is None:
            return out
        text = fold_width(text)
        for c in mentions:
            if c.type != "ORGANISM" or c.source != "lexicon":
                continue
            left = text[max(0, c.start - 40) : c.start]
            m = self.model_re.search(left)
            if m and m.group().strip():
                s = c.start - (len(left) - m.start())
                if s > 0 and _LATIN.match(text[s]) and _LATIN.match(text[s - 1]):
                    continue
                out.append(Candidate(s, c.end, "ORGANISM", c.norm, "model", text[s : c.end]))
        return out

    def rule_candidates(self, text: str, mentions: list[Candidate]) -> list[Candidate]:
        """Names by their shape and context (:mod:`puerextract.morphology`); herbal fractions
        (also of the herbal names found there), research compound codes, formulas
        (:mod:`puerextract.tagrules`)."""
        from .morphology import morphology_candidates
        from .tagrules import (
            cell_line_candidates,
            cell_type_candidates,
            code_candidates,
            disease_candidates,
            formula_candidates,
            fraction_candidates,
            herb_list_candidates,
        )

        more = morphology_candidates(text, mentions, self.rules)
        with_more = resolve_more(mentions, more)
        return (
            more
            + fraction_candidates(text, with_more, self.rules)
            + code_candidates(text, with_more, self.rules)
            + formula_candidates(text, mentions, self.rules)
            + cell_line_candidates(text, mentions, self.rules)
            + cell_type_candidates(text, mentions, self.rules)
            + disease_candidates(text, mentions, self.rules)
            + herb_list_candidates(text, mentions, self.rules)
        )

    # --------------------------------------------------------------------- all together

    def candidates(self, doc: Document, text: str) -> tuple[list[Candidate], list[tuple[int, int]]]:
        """Stage 1: lexicon, shape and table-rule mentions, resolved; and the negated class
        spans (非造血干细胞) no mention may overlap. ``text`` is ``fold_width(doc.text)``."""
        from .tables import gene_shaped_lines, line_shaped_genes, table_candidates
        from .tagrules import code_cued

        negated: list[tuple[int, int]] = []
        shapes = gene_coded_lines(text, self.shape_candidates(doc), self._gene_cue)
        cued = partial(code_cued, text, rules=self.rules)
        shapes = gene_shaped_lines(text, shapes, self.rules, cued)
        shapes = line_shaped_genes(text, shapes, self.rules)
        lexicon = self.lexicon_candidates(text, negated)
        base = resolve(lexicon + widen_pathways(text, shapes, lexicon))
        base = list_cued(text, base, self.words.list_cued)
        base = resolve_more(base, table_candidates(text, base, self.rules))  # knowledge tables
        base = drop_inside(base, negated)
        base = resolve_more(base, self.rule_candidates(text, base))
        base = isoform_lists(text, glycosides(text, base, self._glycoside))
        return joined_diseases(text, base), negated

    def abbreviate(self, doc: Document, text: str, base: list[Candidate]):  # noqa: ANN201
        """Stage 2: abbreviations defined in the text, their later uses and untyped long
        forms added to ``base``, resolved; with the pairs found."""
        from .abbreviations import (
            abbreviation_pairs,
            apply_abbreviations,
            given_long_forms,
            initialism_pairs,
            lexicon_initial_pairs,
            long_form_candidates,
            member_code_pairs,
            preparation_long_forms,
            redefined,
        )
        from .morphology import han_long_forms

        eng = english_pairs(doc)
        preparations = frozenset(w.lower() for w in self.rules.words_of("preparation_word_en"))
        stops = frozenset(w.lower() for w in self.rules.words_of("preparation_stop_en"))
        base = resolve_more(base, preparation_long_forms(text, base, preparations, stops))
        base = resolve_more(base, han_long_forms(text, base, self.rules))  # 骨保护蛋白(OPG)
        given = (*self.words.given, self._dosed)
        named = (
            frozenset(w.lower() for w in self.rules.words_of("given_suffix_en")),
            frozenset(w.lower() for w in self.rules.words_of("given_stop_en")),
        )
        base = resolve_more(base, given_long_forms(text, base, given, named))  # SFI
        vetoed = redefined(text, base, eng, self._long_form_fits)
        if vetoed:  # defined here for something else: no mention of that name in this paper
            base = [c for c in base if c.text not in vetoed]
        pairs = abbreviation_pairs(text, base, eng, self.words.arm, self.words.dosed_arm)
        pairs += initialism_pairs(text, base, pairs, given)
        pairs += member_code_pairs(text, base, pairs)  # ginsenoside Rb1 … Rb1
        pairs += lexicon_initial_pairs(text, base, pairs, self.initials)  # 代谢综合征 … MS
        applied = apply_abbreviations(text, base, pairs)
        found = applied + long_form_candidates(text, base, eng)
        merged = resolve_more(_redefined_uses(base, applied), found)
        return resolve_more(merged, self._abbreviated_fractions(text, merged)), pairs

    def _dosed(self, text: str, end: int) -> bool:
        """Whether a dose in parentheses follows ``end`` (TG (40 mg/kg)): a CONCENTRATION of the
        unit table right inside the parenthesis; not a count (OA (12 patients)) nor a CI."""
        from .quantities import find_quantities

        paren = OPEN_PAREN.match(text, end)
        if paren is None:
            return False
        stop = min(len(text), paren.end() + 60)
        found = find_quantities(text, paren.end(), stop, units=self.units, words=self.time_words)
        return any(q.type == "CONCENTRATION" and q.start == paren.end() for q in found)

    def _abbreviated_fractions(self, text: str, merged: list[Candidate]) -> list[Candidate]:
        """Herbal fractions of a plant written by its abbreviation (Ficus carica (FC) …
        aqueous extract of FC): the fraction rule once more, on those uses."""
        from .tagrules import PLANT_TYPES, fraction_candidates

        plants = [c for c in merged if c.source == "abbreviation" and c.type in PLANT_TYPES]
        return fraction_candidates(text, plants, self.rules) if plants else []

    def _long_form_fits(self, long: str, short: Candidate) -> bool:
        """Whether ``long`` can be the long form of the mention ``short`` (a GENE's must
        look like a gene name: :func:`puerextract.tables.names_a_gene`)."""
        from .tables import names_a_gene

        return short.type != "GENE" or names_a_gene(long, self.rules)

    def composites(
        self, text: str, base: list[Candidate], negated: list[tuple[int, int]]
    ) -> list[Candidate]:
        """Stage 3: names built on resolved mentions (pathways, animal models), then the
        filters that need them all (negated classes, species modifiers, group codes, A/B)."""
        from .tagrules import split_ratio_pairs

        base = compound_proteins(text, base, self._protein_head)
        base = resolve_onto(base, self.split_gene_names(text))
        base = cell_organs(text, gene_affixes(text, base, self._receptor), self._organ_zh)
        more = self.pathway_candidates(text, base) + self.model_candidates(text, base)
        flat = drop_inside(resolve_onto(base, more), negated)
        flat = drop_species_modifiers(text, flat, self._origins, self.words.model_words)
        flat = drop_dose_codes(drop_group_codes(text, flat, self.words.dose_codes))
        flat = drop_descriptions(text, flat, self.words)
        return split_ratio_pairs(text, flat, self)

    def split_gene_names(self, text: str) -> list[Candidate]:
        """A gene's long form with its abbreviation inside before the suffix, one GENE span
        (白细胞介素(IL)-1β, tumor necrosis factor (TNF)-α), when the long form with the suffix
        and the abbreviation with it are lexicon names of one gene."""
        out = []
        for m in _SPLIT_ABBREVIATION.finditer(text):
            suffix = m.group("suffix").replace(" ", "")
            short = self._lexicon_gene(m.group("abbr") + suffix)
            start = self._long_form_start(text, m.start(), suffix, short) if short else None
            if start is not None:
                out.append(
                    Candidate(start, m.end(), "GENE", short, "lexicon", text[start : m.end()])
                )
        return out

    def _lexicon_gene(self, name: str) -> str | None:
        """The identifier of a GENE name of the lexicon (as written, else case folded)."""
        found = self.exact.get(name) or self.folded.get(fold_case(name))
        return found[1] if found and found[0] == "GENE" else None

    def _long_form_start(self, text: str, end: int, suffix: str, norm: str) -> int | None:
        """The start of the longest long form ending at ``end`` (spaces before it allowed)
        that names the gene ``norm`` with ``suffix`` (白细胞介素 + -1β), or None."""
        lo = max(0, end - 2 * _LONG_FORM_REACH)
        stop = lo + len(text[lo:end].rstrip())
        for s in range(max(0, stop - _LONG_FORM_REACH), stop - 1):
            if s and text[s - 1].isalpha() and text[s].isascii():
                continue  # an English long form opens a word
            long = text[s:stop]
            bare = suffix.lstrip("-")
            if norm in (self._lexicon_gene(long + suffix), self._lexicon_gene(f"{long}-{bare}")):
                return s
        return None

    def quantities(self, text: str, flat: list[Candidate]) -> list[Candidate]:
        """Stage 4: concentrations and durations added to ``flat``, resolved."""
        from .quantities import find_quantities

        compounds = sorted(c.start for c in flat if c.type == "COMPOUND")
        found: list[Candidate] = []
        for q in find_quantities(text, units=self.units, words=self.time_words):
            if q.type == "DURATION" and self._procedure_time(text, q.start, compounds):
                continue  # 缺血 30 min 后再灌注 2 h: the model's procedure, no exposure
            if q.kind == "concentration" and self._measured_value(text, q.start, q.end):
                continue  # 骨钙素由 12.5 ng/mL 升至 18.3 ng/mL: levels measured, none applied
            if q.kind == "percent" and self._solvent_after(text, q.start, q.end):
                continue  # 75% 乙醇提取: the solvent's strength, no dose
            found.append(Candidate(q.start, q.end, q.type, None, "quantity", q.text, q.note))
        return resolve_onto(flat, found)

    def _solvent_after(self, text: str, start: int, end: int) -> bool:
        """Whether an extraction solvent (``solvent_word``) follows the percentage from ``start``
        to ``end``, an extraction named after it or before the percentage (75%乙醇提取, extracted
        with 90% ethanol; not 1%甲醇对照组, a vehicle)."""
        solvent = self.words.solvent
        m = solvent.match(text, end) if solvent is not None else None
        if m is None:
            return False
        if _EXTRACTION_AFTER.match(text, m.end()):
            return True  # (not 与 1% 甲醇对照组相比: a vehicle's strength, a dose of it)
        return _EXTRACTION_BEFORE.search(text, max(0, start - 24), start) is not None

    def _procedure_time(self, text: str, at: int, compounds: list[int]) -> bool:
        """Whether a model procedure stands right before the time at ``at``, no compound
        between (缺血 30 min; not 缺血大鼠灌胃葛根素 7 d)."""
        procedure = self.words.procedure
        m = procedure.search(text, max(0, at - 20), at) if procedure is not None else None
        if m is None or any(w in (m.group("gap") or "") for w in self.words.procedure_gap_stop):
            return False  # 缺血后灌胃给药 7 d: the dosing's time
        return bisect_left(compounds, m.start()) == bisect_left(compounds, at)

    def _measured_value(self, text: str, start: int, end: int) -> bool:
        """Whether a level's change stands around the amount from ``start`` to ``end``: one
        before it (升至 X, increased from X), or 由/从 before and one after (由 X 升至)."""
        if self.words.measured is None:
            return False
        before, after = self.words.measured
        change = before.search(text, max(0, start - 30), start)
        if change is not None:
            return not self._dose_before(text, change.start())
        head = max(0, start - 3)
        lead = text[head:start].rstrip(" \t（(")
        if not lead.endswith(("由", "从")) or not after.match(text, end):
            return False
        return not self._dose_before(text, head + len(lead) - 1)

    def _dose_before(self, text: str, at: int) -> bool:
        """Whether a dose noun stands before ``at`` in its clause, up to 48 characters back
        (浓度由, the dose of X was increased from), with no tissue a level is measured in
        (血清葡萄糖浓度由, the plasma concentration of X)."""
        near = CLAUSE_END.split(text[max(0, at - 48) : at])[-1].casefold()
        if any(tissue in near for tissue in self.words.tissues):
            return False
        return any(noun in near for noun in self.words.dose_nouns)

    @staticmethod
    def entities(original: str, flat: list[Candidate]) -> list[Entity]:
        """Candidates as output mentions (text from ``original``, rule family for output)."""
        return [
            Entity(
                "",
                c.type,
                c.start,
                c.end,
                original[c.start : c.end],
                c.norm,
                c.note,
                OUTPUT_SOURCE.get(c.source, c.source),
            )
            for c in flat
        ]


def _overlay_units(rules):  # noqa: ANN001, ANN202 - RuleSet in, UnitTable or None out
    """The overlay's unit table (validated), or None for the packaged one."""
    path = rules.units_file() if hasattr(rules, "units_file") else None
    if path is None:
        return None
    from .quantities import load_unit_table

    return load_unit_table(path)


def _time_words(rules):  # noqa: ANN001, ANN202 - RuleSet in, TimeWords or None out
    """The rules' words around times (``time_start_word``, ``delay_event_word``), or None for
    the packaged ones."""
    if not hasattr(rules, "words_of"):
        return None
    from .quantities import TimeWords

    return TimeWords.of(rules)


#: a short Latin name (an abbreviation) with a dose code fused to it by a hyphen
_CODED = re.compile(r"[A-Za-zα-ωΑ-Ω][\w.\u0370-\u03ff-]{0,9}")


#: after a gene name ending in a digit, the further members of the family (Smad1/5/8)
_MEMBERS_AFTER = re.compile(r"(?:/[0-9]{1,2})+(?![A-Za-z0-9/])")


def _glycoside_regex(endings: tuple[str, ...]) -> re.Pattern[str] | None:
    """After an aglycone's name: a locant, -O- and a sugar ending on a ``glycoside_ending``
    (quercetin-3-O-glucoside, kaempferol 3-O-rutinoside, 7-O-β-D-glucuronide)."""
    locant = r"[ \t-][0-9]+['′″]?(?:,[0-9]+['′″]?)*-O-[A-Za-zαβ0-9()→,\-]{0,40}?"
    return re.compile(rf"{locant}(?:{alternation(endings)})(?![A-Za-z])") if endings else None


def glycosides(text: str, cands: list[Candidate], regex: re.Pattern[str] | None) -> list:
    """A compound followed by its glycoside suffix is the glycoside (kaempferol
    3-O-rutinoside: one COMPOUND, without the aglycone's identifier; with the identifier of a
    compound named right after it in parentheses: baicalein 7-O-glucuronide (baicalin)); what
    stood inside the suffix is dropped."""
    if regex is None:
        return cands
    by_start = {c.start: c for c in cands if c.type == "COMPOUND"}
    out: list[Candidate] = []
    end = -1
    for c in sorted(cands, key=lambda c: c.start):
        if c.start < end:
            continue  # inside the glycoside just extended
        m = regex.match(text, c.end) if c.type == "COMPOUND" else None
        if m is not None:
            paren = OPEN_PAREN.match(text, m.end())
            named = by_start.get(paren.end()) if paren else None
            norm = named.norm if named is not None else None
            c = replace(c, end=m.end(), text=text[c.start : m.end()], norm=norm)
            end = m.end()
        out.append(c)
    return out


def _dose_arm_regex(levels: tuple[str, ...]) -> re.Pattern[str] | None:
    """A dose level and "dose" ending a text, a dose in parentheses perhaps (the low dose
    (250 mg/kg) | X): the compound after it labels a group."""
    if not levels:
        return None
    alt = "|".join(re.escape(w) for w in sorted(levels, key=len, reverse=True))
    return re.compile(
        rf"\b(?P<level>{alt})[\s-]+dose(?:\s*\([^()]{{0,30}}\))?\s+(?:the\s+)?$", re.I
    )


#: after a gene name ending in a Greek letter: its sibling isoforms, slash-joined (PPARα/γ,
#: ERα/β, HIF-1α/2α), as ERK1/2 is one name
_ISOFORMS = re.compile(r"(?:/[0-9]?[αβγδεκ][0-9]?)+(?![\w/])")
_GREEK_END = re.compile(r"[αβγδεκ][0-9]?$")


def joined_diseases(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Two Chinese disease names written together are one disease when the second names no
    disease of its own (糖尿病|视网膜病, 糖尿病|皮肤溃疡: a complication), without identifier;
    two named diseases side by side stay two (高血压|糖尿病, a list without its marks)."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == c.type == "DISEASE"
            and prev.end == c.start
            and c.norm is None  # 糖尿病|视网膜病; not two named diseases (高血压|糖尿病)
            and is_han(text[c.start])
            and is_han(text[prev.end - 1])
        ):
            out[-1] = replace(prev, end=c.end, text=text[prev.start : c.end], norm=None)
            continue
        out.append(c)
    return out


def isoform_lists(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A gene whose name ends in a Greek letter followed by slash-joined isoforms is one GENE
    naming them all, without identifier (PPARα/γ, ERα/β: a family, as Smad2/3)."""
    out = []
    starts = {c.start for c in cands}
    for c in cands:
        m = _ISOFORMS.match(text, c.end) if c.type == "GENE" else None
        if m is not None and c.end + 1 in starts:
            m = None  # GSK-3β/β-catenin: a name starts after the slash
        if m is not None and _GREEK_END.search(c.text):
            c = replace(c, end=m.end(), text=text[c.start : m.end()], norm=None)
        out.append(c)
    return out


#: a Roman numeral member after a short capitals code (AST-IV, AS IV, AST-Ⅳ)
_ROMAN_MEMBER = re.compile(r"[\s-]?(?:I{1,3}|IV|VI{0,3}|IX|[Ⅰ-Ⅹ])(?![A-Za-z0-9])")
#: an abbreviation in parentheses inside a gene's name, before its suffix (…(IL)-1β, …(TNF)-α)
_SPLIT_ABBREVIATION = re.compile(
    r"[（(]\s*(?P<abbr>[A-Za-z]{1,6})\s*[）)]\s*(?P<suffix>-\s*(?=[0-9A-Za-zα-ωΑ-Ω])[0-9]{0,2}[A-Za-zα-ωΑ-Ω]{0,2}[0-9]{0,2})"
)
#: how far back (characters) such a gene's long form may start
_LONG_FORM_REACH = 40


def _redefined_uses(base: list[Candidate], applied: list[Candidate]) -> list[Candidate]:
    """``base`` without the mentions a paper's own abbreviation gives another type at the same
    span (Astragaloside IV (AST): every AST of the paper is the compound, not the enzyme)."""
    typed = {(c.start, c.end): c.type for c in applied}
    return [c for c in base if typed.get((c.start, c.end), c.type) == c.type]


def gene_affixes(
    text: str, cands: list[Candidate], receptor: re.Pattern[str] | None = None
) -> list[Candidate]:
    """GENE mentions with a fused phospho prefix (p-IκBα, as p-Akt in the lexicon), the
    further family members after a slash (Smad1/5, p-Smad1/5/8) and a ``receptor_word`` after
    them (IL-2 receptor, IL-6 受体: the receptor, another gene, no identifier) in their span."""
    out = []
    for c in cands:
        s, e, norm = c.start, c.end, c.norm
        if c.type == "GENE":
            if text[s - 2 : s] == "p-" and (s == 2 or not _LATIN.match(text[s - 3])):
                s -= 2
            m = _MEMBERS_AFTER.match(text, e) if text[e - 1 : e].isdigit() else None
            e = m.end() if m else e
            r = receptor.match(text, e) if receptor is not None and not _a_receptor(norm) else None
            e, norm = (r.end(), None) if r else (e, norm)
        if (s, e) != (c.start, c.end):
            c = replace(c, start=s, end=e, text=text[s:e], norm=norm)
        out.append(c)
    return out


def compound_proteins(
    text: str, cands: list[Candidate], head: re.Pattern[str] | None
) -> list[Candidate]:
    """A compound with a ``protein_head_after_compound`` word right after it names a protein:
    one GENE span without identifier, the mentions inside it dropped (retinoic acid receptor α,
    心型脂肪酸结合蛋白, 维甲酸受体). Not a compound cut out of a longer word (雄激素受体: 激素),
    nor a Chinese name of two characters."""
    if head is None:
        return cands
    spans = []
    for c in cands:
        m = head.match(text, c.end) if c.type == "COMPOUND" and _word_start(text, c) else None
        if m is not None:
            spans.append((c.start, m.end()))
    if not spans:
        return cands
    starts = [s for s, _ in spans]
    out = [c for c in cands if not _inside_span(spans, starts, c)]
    out += [Candidate(s, e, "GENE", None, "shape", text[s:e]) for s, e in spans]
    return sorted(out, key=lambda c: (c.start, c.end))


def _word_start(text: str, c: Candidate) -> bool:
    """Whether compound ``c`` opens a word: no letter before a Latin name; a Chinese name of
    three characters or more with no Han character right before it."""
    before = text[c.start - 1] if c.start else " "
    if is_han(c.text[0]):
        return len(c.text) >= 3 and not is_han(before)
    return not before.isalnum()


def _inside_span(spans: list[tuple[int, int]], starts: list[int], c: Candidate) -> bool:
    k = bisect_right(starts, c.start) - 1
    return k >= 0 and c.end <= spans[k][1]


#: an official symbol naming a receptor itself (TLR4, IL6R, ESR1, FZD7 is none)
_RECEPTOR_SYMBOL = re.compile(r":(?:TLR\d+|[A-Z0-9]+R\d?[A-Z]?)$")


def _a_receptor(norm: str | None) -> bool:
    """Whether a gene's identifier names a receptor already (TLR4 receptor is TLR4)."""
    return norm is not None and _RECEPTOR_SYMBOL.search(norm) is not None


def _ending_on(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of ``words`` (longest first) at the end of the searched text."""
    return re.compile(f"(?:{alternation(words)})$") if words else None


def cell_organs(
    text: str, cands: list[Candidate], organ: re.Pattern[str] | None
) -> list[Candidate]:
    """A Chinese cell type with a ``cell_organ_word_zh`` written right before it, in no other
    mention, takes the organ into its span (乳腺上皮细胞, 肺泡巨噬细胞): a narrower cell type,
    no identifier. The longest organ word wins (十二指肠上皮细胞, not its tail 肠)."""
    if organ is None:
        return cands
    ends = {c.end for c in cands}
    out = []
    for c in cands:
        m = None
        if c.type == "CELL_TYPE" and c.start not in ends and is_han(c.text[0]):
            m = organ.search(text, max(0, c.start - 6), c.start)
        if m is not None:
            c = replace(c, start=m.start(), text=text[m.start() : c.end], norm=None)
        out.append(c)
    return out


def receptor_regex(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A receptor word right after a gene name, with its subunit or type (receptor 1,
    receptor α, receptor type II); not "receptor activator" (RANK's name)."""
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"(?:[ \t]?)(?:{alt})(?:[ \t-]?(?:[0-9]{{1,2}}|[αβγδ]|type[ \t]+(?:[0-9]|I{{1,3}})))?"
        r"(?![A-Za-z0-9])(?![ \t]+(?:activator|antagonist|agonist|binding))(?![ \t]?激活)"
    )


#: between two names joined into one pathway (PI3K/Akt, Wnt/β-catenin)
_JOINS = ("/", "-", "/ ")
#: an abbreviation's closing parenthesis, then the join (骨形态发生蛋白 2（BMP-2）/Smad)
_PAREN_JOIN = re.compile(r"[)）][ \t]?/[ \t]?")
_PAREN_OPEN = re.compile(r"[ \t]?[（(]")


def widen_pathways(text: str, shapes: list[Candidate], lexicon: list[Candidate]) -> list[Candidate]:
    """A pathway shape that starts inside a lexicon name starts where the name does (bone
    morphogenetic protein-2/Smad-dependent pathway: the token rule saw "protein-2/Smad-…")."""
    names = sorted((c.start, c.end) for c in lexicon if c.type in PATHWAY_NAME_TYPES)
    starts = [s for s, _ in names]
    out = []
    for c in shapes:
        k = bisect_left(starts, c.start)
        inside = [s for s, e in names[max(0, k - 8) : k] if e > c.start and e < c.end]
        if c.type == "PATHWAY" and inside and "\n" not in text[min(inside) : c.start]:
            c = Candidate(min(inside), c.end, c.type, c.norm, c.source, text[min(inside) : c.end])
        out.append(c)
    return out


def _joined_start(text: str, ordered: list[Candidate], i: int) -> int:
    """Index of the first name joined to ``ordered[i]`` by slashes (PI3K/Akt), a long form and
    its abbreviation in parentheses counting as one name (蛋白激酶 B（Akt）/mTOR)."""
    first = i
    while first > 0 and ordered[first - 1].type in PATHWAY_NAME_TYPES:
        prev, cur = ordered[first - 1], ordered[first]
        gap = text[prev.end : cur.start]
        closed = text[cur.end : cur.end + 1] in (")", "）")
        if not (
            gap in _JOINS
            or _PAREN_JOIN.fullmatch(gap)
            or (_PAREN_OPEN.fullmatch(gap) and closed and first < i)
        ):
            break
        first -= 1
    return first


#: before a class word, what makes it a description or an anaphor (X, an O-methylated
#: isoflavone; neither isoflavone), not a named class
_DESCRIBED = re.compile(
    r"(?:\b(?P<article>an?|one)(?:[ \t]+[A-Za-z0-9][\w\-]*){0,3}|\b(?:neither|either|each|both"
    r"|this|that|these|those|another|other))[ \t]+$",
    re.IGNORECASE,
)


#: after such a class word, the end of its noun phrase (an iridoid glycoside from X; not a
#: soy isoflavone diet, where the class word modifies the noun after it)
_NP_END = re.compile(
    r"[ \t]*(?:[,.;:)）]|$|(?:from|of|in|with|that|which|and|or|isolated|extracted|present"
    r"|abundant|found|derived|known|is|was|has|had|can|could|may|might)(?![A-Za-z]))"
)


def _described(text: str, c: Candidate) -> bool:
    """A class word heading a description (an iridoid glycoside from X) or an anaphor
    (neither isoflavone reduced ...), not modifying a noun (a soy isoflavone diet)."""
    m = _DESCRIBED.search(text, max(0, c.start - 60), c.start)
    if m is None:
        return False
    if _NP_END.match(text, c.end):
        return True
    return m.group("article") is None and _PAST.match(text, c.end) is not None


_PAST = re.compile(r"[ \t]+[a-z]+ed(?![A-Za-z])")


#: after a cell or species name, the cell line it describes (mouse leukemic monocyte/macrophage
#: cell line RAW264.7, the human chondrosarcoma cell line): a descriptor
_LINE_DESCRIPTOR = re.compile(
    r"(?:/[a-z]+)?(?:[ \t]+(?!(?:and|or|to|the|a|an|with|of|in|on|for|from|by)\b)[a-z][a-z/\-]*)"
    r"{0,3}[ \t]+cell[ \t]+lines?\b"
)


def _likeness_after(text: str, end: int, likeness: tuple[str, ...]) -> bool:
    """Whether a ``likeness_word`` starts at ``end``, a Latin one ending a word (-like cells)."""
    for w in likeness:
        if text.startswith(w, end):
            nxt = text[end + len(w) : end + len(w) + 1]
            if not (w[-1].isascii() and nxt.isascii() and nxt.isalnum()):
                return True
    return False


def drop_descriptions(text: str, cands: list[Candidate], words: TagWords) -> list[Candidate]:
    """COMPOUND mentions that name no substance: an English class word in a description or
    anaphor (an iridoid glycoside, neither isoflavone) and an element before a structure or
    process word (calcium nodules, calcium deposition); a cell type written as a likeness
    (osteoblast-like cells, 成骨样) and a cell type or species describing a cell line (mouse
    monocyte/macrophage cell line RAW264.7): descriptors (guidelines)."""
    out = []
    for c in cands:
        if c.type == "CELL_TYPE" and _likeness_after(text, c.end, words.likeness):
            continue
        if c.type in ("CELL_TYPE", "ORGANISM") and _LINE_DESCRIPTOR.match(text, c.end):
            continue
        key = c.text.casefold()
        if c.type == "COMPOUND" and c.text.isascii():
            single = key[:-1] if key.endswith("s") else key
            if single in words.class_words and _described(text, c):
                continue
            after = text[c.end : c.end + 24].lstrip(" \t-").casefold()
            if key in words.element_names and after.startswith(words.element_not_before):
                continue
        out.append(c)
    return out


def drop_group_codes(text: str, cands: list[Candidate], codes: frozenset[str]) -> list[Candidate]:
    """COMPOUND abbreviations inside coded group labels (``PUE-L``, ``β-Ecd-H``, ``Low-HKL``)
    are no mentions: the label names a group, not the substance (guidelines)."""
    if not codes:
        return cands
    return [c for c in cands if not (c.type == "COMPOUND" and _coded(text, c, codes))]


def _coded(text: str, c: Candidate, codes: frozenset[str]) -> bool:
    if not _CODED.fullmatch(text[c.start : c.end]):
        return False
    after = re.match(r"-([A-Za-z]+)(?![A-Za-z0-9])", text[c.end : c.end + 8])
    before = re.search(r"(?<![A-Za-z0-9])([A-Za-z]+)-$", text[max(0, c.start - 8) : c.start])
    return bool((after and after.group(1) in codes) or (before and before.group(1) in codes))


def drop_dose_codes(cands: list[Candidate]) -> list[Candidate]:
    """A name written as an abbreviation the paper defines for a compound or plant with a dose
    fused to it (Ficus carica (FC) … (FC50), (FC100)) is a coded group label: no mention."""
    abbreviations = {
        c.text for c in cands if c.source == "abbreviation" and c.type in ("COMPOUND", "ORGANISM")
    }
    if not abbreviations:
        return cands
    return [c for c in cands if not _dose_coded(c, abbreviations)]


def _dose_coded(c: Candidate, abbreviations: set[str]) -> bool:
    m = _DOSE_CODE.fullmatch(c.text)
    return m is not None and c.source != "abbreviation" and m.group(1) in abbreviations


#: an abbreviation with a dose fused to it: FC50, GE-100
_DOSE_CODE = re.compile(r"([A-Za-z]{2,6})-?\d{1,4}")


def drop_inside(cands: list[Candidate], spans: list[tuple[int, int]]) -> list[Candidate]:
    """Candidates that do not overlap any of ``spans`` (negated classes)."""
    if not spans:
        return cands
    return [c for c in cands if not any(c.start < e and s < c.end for s, e in spans)]


#: between two items of a list (血脂（TC、TG、LDL-C）, TC, TG and LDL-C)
_LIST_SEP = re.compile(
    r"[ \t]*(?:[、,，/]|以及|和|及|与|或|\band\b|\bor\b)[ \t]*(?:(?:and|or)[ \t]+)?"
)


def list_cued(text: str, mentions: list[Candidate], cued: frozenset[str]) -> list[Candidate]:
    """Mentions whose text is a ``list_cued_term`` (TC, TG: lipids, and acronyms of much else)
    kept only in a list holding a mention of their type that needs no cue (血脂（TC、TG、
    LDL-C）) or another of them (serum TG and TC: a lipid panel); a definition in the paper
    gives them back later (总胆固醇（TC）)."""
    if not cued or not any(m.text in cued for m in mentions):
        return mentions
    runs: list[list[Candidate]] = []
    for m in mentions:
        if runs and _LIST_SEP.fullmatch(text, runs[-1][-1].end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in runs:
        anchors = {m.type for m in run if m.text not in cued}
        if len({m.text for m in run if m.text in cued}) > 1:
            anchors |= {m.type for m in run}
        out += [m for m in run if m.text not in cued or m.type in anchors]
    return out


#: a number joined to a name by a hyphen: the name is a numbered member (…白血病-2 is Bcl-2)
_NUMBERED = re.compile(r"-[0-9]")
#: right after a family's name: the number of one member (caspase-12, caspase 8, 胱天蛋白酶3)
_MEMBER_NUMBER = re.compile(r"(?<=[^\W\d_])[-\u2010 ]?[0-9]")
#: a space and a member number closing a name (Runx 2)
_SPACED_NUMBER = re.compile(r" [0-9]{1,2}")
#: a decimal point and digits right after a number (Runx 2.5 fold: no member number)
_DECIMAL_AT = re.compile(r"\.[0-9]")
#: a number and the word right after it, a unit perhaps (24 h, 2 weeks, 10 μmol/L)
_NUMBER_WORD = re.compile(r"[0-9]+(?:\.[0-9]+)?[ \t]*(?P<unit>[^\s\d,;，；。.()（）]+)")


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Flat spans: longest first, then by family priority, then leftmost. A candidate that
    crosses a line break is no mention."""
    ordered = sorted(
        cands,
        key=lambda c: (-(c.end - c.start), SOURCE_PRIORITY.get(c.source, 5), c.start),
    )
    kept: list[Candidate] = []
    occupied = bytearray(max((c.end for c in cands), default=0))
    for c in ordered:
        s, e = c.start, c.end
        if e <= s or "\n" in c.text or "\r" in c.text:
            continue
        if occupied.find(1, s, e) != -1:
            continue
        occupied[s:e] = b"\1" * (e - s)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def resolve_onto(base: list[Candidate], extra: list[Candidate]) -> list[Candidate]:
    """``resolve(base + extra)``; by :func:`resolve_more` when ``base`` is already flat (sorted,
    apart, each a mention :func:`resolve` keeps), as the later stages' lists mostly are: only
    the mentions an extra candidate overlaps compete again."""
    return resolve_more(base, extra) if _is_flat(base) else resolve(base + extra)


def _is_flat(cands: list[Candidate]) -> bool:
    """Whether ``cands`` are sorted by start, overlap no other and cross no line break:
    :func:`resolve` keeps such a list as it is."""
    end = 0
    for c in cands:
        if c.start < end or c.end <= c.start or "\n" in c.text or "\r" in c.text:
            return False
        end = c.end
    return True


def resolve_more(resolved: list[Candidate], extra: list[Candidate]) -> list[Candidate]:
    """``resolve(resolved + extra)`` for ``resolved`` an output of :func:`resolve` (or part of
    one): its mentions overlap no other, so only those an ``extra`` candidate overlaps compete
    again; the rest are kept as they are."""
    if not extra:
        return list(resolved)
    marks = bytearray(max(c.end for c in extra))
    for c in extra:
        marks[c.start : c.end] = b"\1" * max(0, c.end - c.start)
    contested, kept = [], []
    for c in resolved:
        (contested if marks.find(1, c.start, c.end) != -1 else kept).append(c)
    kept += resolve(contested + extra)
    kept.sort(key=lambda c: c.start)
    return kept


_CELL_HEAD = re.compile(HSPACE + r"*(?:的)?" + HSPACE + "*$")


def drop_species_modifiers(
    text: str,
    mentions: list[Candidate],
    origins: re.Pattern[str] | None = None,
    models: tuple[str, ...] = (),
) -> list[Candidate]:
    """A species word that only modifies a cell name is not a mention (大鼠骨髓间充质干细胞,
    SD 大鼠 BMSCs); ``origins`` (the ``cell_origin_word`` list) may stand between them
    (原代大鼠颅骨成骨细胞, 小鼠原代膝关节软骨细胞, rat primary calvarial osteoblasts). An animal
    model (a ``model_word`` in its span: 去卵巢大鼠的成骨细胞) is the system, and stays."""
    out = []
    for i, c in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            c.type == "ORGANISM"
            and c.source in ("lexicon", "model", "shape", "table-taxon")
            and not any(w in c.text for w in models)
            and nxt is not None
            and nxt.type in ("CELL_TYPE", "CELL_LINE")
            and _modifies(text[c.end : nxt.start], origins)
        ):
            continue
        out.append(c)
    return out


def _modifies(gap: str, origins: re.Pattern[str] | None) -> bool:
    if len(gap) <= 2 and _CELL_HEAD.match(gap):
        return True
    return origins is not None and len(gap) <= 24 and origins.fullmatch(gap) is not None


# ----------------------------------------------------------------------------- tokens


class _LazyHanTokenizer:
    """Wraps :class:`puerextract.segment.Tokenizer`; see :meth:`Tagger.sentence_tokenizer`."""

    def __init__(self, base, needles: frozenset[str], always: bool) -> None:
        self.base = base
        self.always = always or not needles
        self.needles = re.compile("|".join(map(re.escape, sorted(needles)))) if needles else None

    def tokens(self, text: str, start: int, end: int, lang: str = "") -> list[Token]:
        han_words = self.always or self.needles.search(text, start, end) is not None
        return self.base.tokens(text, start, end, lang, han_words=han_words)


# ----------------------------------------------------------------------------- token tests

_TEXT_KEYS = {"TEXT": False, "ORTH": False, "LOWER": True}
#: marks a gate test (a multi-token pattern may start here) in the per-token cache
GATE = -1
#: the Matcher looks this many tokens either side of a gate word (longer patterns than this
#: run on the whole sentence: see Tagger._build_matcher)
MAX_PATTERN_TOKENS = 8


def _token_tests(spec: dict) -> list | None:
    """Plain-Python tests for one spaCy token spec, or None when it needs the Matcher."""
    tests = []
    for key, value in spec.items():
        if key == "IS_SENT_START" and isinstance(value, bool):
            tests.append(("sent", value))
            continue
        if key not in _TEXT_KEYS:
            return None
        lower = _TEXT_KEYS[key]
        if isinstance(value, str):
            tests.append(("eq", lower, value))
            continue
        if not isinstance(value, dict):
            return None
        for op, arg in value.items():
            if op == "REGEX":
                tests.append(("re", lower, re.compile(arg)))
            elif op == "IN":
                tests.append(("in", lower, frozenset(arg)))
            elif op == "NOT_IN":
                tests.append(("notin", lower, frozenset(arg)))
            else:
                return None
    return tests


def _passes(tests: list, word: str, sent_start: bool) -> bool:
    low = None
    for t in tests:
        if t[0] == "sent":
            if t[1] != sent_start:
                return False
            continue
        kind, lower, arg = t
        if lower:
            if low is None:
                low = word.lower()
            value = low
        else:
            value = word
        if kind == "eq":
            ok = value == arg
        elif kind == "re":
            ok = arg.search(value) is not None
        elif kind == "in":
            ok = value in arg
        else:
            ok = value not in arg
        if not ok:
            return False
    return True


def _sequence_steps(pattern) -> list | None:
    """``pattern`` as (op, tests) steps for :func:`_sequence_ends`, or None when a token spec
    or operator needs the spaCy Matcher (only the default one-token op, "?" and "!" here)."""
    steps = []
    for spec in pattern:
        op = spec.get("OP")
        if op not in (None, "1", "?", "!"):
            return None
        tests = _token_tests({k: v for k, v in spec.items() if k != "OP"})
        if tests is None:
            return None
        steps.append((op, tests))
    return steps


def _lead_steps(sequences: list) -> tuple[list[frozenset[int]], list[bool]]:
    """Per sequence, the ids of the token specs its first token can pass (those up to its
    first required one), and whether any token can start it (a leading "!" or no required
    token)."""
    leads, always = [], []
    for _, steps in sequences:
        ids: set[int] = set()
        anyone = True
        for op, tests in steps:
            if op == "!":
                break
            ids.add(id(tests))
            if op != "?":
                anyone = False
                break
        leads.append(frozenset(ids))
        always.append(anyone)
    return leads, always


def _sequence_ends(steps: list, passed: list, start: int, n: int) -> list[int]:
    """Ends of the non-empty matches of ``steps`` starting at token ``start``; ``passed[k]``
    holds ``id(tests)`` of every token spec token ``k`` passes."""
    ends = {start}
    for op, tests in steps:
        key = id(tests)
        nxt = set(ends) if op == "?" else set()
        for pos in ends:
            if pos < n and (key in passed[pos]) != (op == "!"):
                nxt.add(pos + 1)
        if not nxt:
            return []
        ends = nxt
    ends.discard(start)
    return sorted(ends)


def _gate_tests(pattern) -> list | None:
    """Tests of the most selective required token of ``pattern`` (the one with the longest
    literal words): a sentence without a token passing them cannot match. None when no
    required token can be tested without the Matcher."""
    best, best_score = None, -1
    for spec in pattern:
        if spec.get("OP") in ("?", "*", "!"):
            continue
        tests = _token_tests({k: v for k, v in spec.items() if k != "OP"})
        if tests is None:
            continue
        score = 0
        for t in tests:
            if t[0] == "eq":
                score = max(score, len(t[2]))
            elif t[0] == "in" and t[2]:
                score = max(score, min(len(w) for w in t[2]))
        if score > best_score:
            best, best_score = tests, score
    return best


# ----------------------------------------------------------------------------- English pairs


#: sentences longer than this, or with more parentheses, get no English pairs
MAX_ABBREVIATION_SENTENCE = 2_000
MAX_PARENTHESES = 40


def english_pairs(doc: Document) -> list[tuple[int, int, int, int]]:
    """(long start, long end, short start, short end) of scispaCy's abbreviation detector
    (:mod:`.schwartz_hearst`) on English sentences."""
    if "(" not in doc.text:
        return []
    out = []
    for s in doc.sentences:
        if s.lang != "en" or "(" not in s.text:
            continue
        if len(s.text) > MAX_ABBREVIATION_SENTENCE or s.text.count("(") > MAX_PARENTHESES:
            continue  # no real sentence; the detector is quadratic in the parentheses
        out.extend(
            (s.start + ls, s.start + le, s.start + ss, s.start + se)
            for ls, le, ss, se in english_definitions(s.text)
        )
    return out


# ----------------------------------------------------------------------------- cache


@lru_cache(maxsize=4)
def _tagger_for(rules_key: str | None, version: str) -> Tagger:
    from .rules import load_rules

    return Tagger(load_rules(Path(rules_key) if rules_key else None))


def get_tagger(rules_dir: Path | None = None) -> Tagger:
    """The tagger of ``rules_dir`` (packaged rules when None), built once per rules version."""
    from .rules import rules_version

    key = str(Path(rules_dir).resolve()) if rules_dir is not None else None
    return _tagger_for(key, rules_version(rules_dir))
