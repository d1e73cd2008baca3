"""Names no lexicon holds, found by their shape and by the words around them.

These run in :meth:`puerextract.tag.Tagger.rule_candidates` on the lexicon and shape mentions,
before abbreviation pairs, so an abbreviation defined for a name found here is propagated too
(``川续断皂苷Ⅵ (ASA)``, ``Honokiol (HKL)``). They are the weakest rule families: a candidate never
crosses or sits inside a mention found before, and on the same span every other family wins
(:data:`puerextract.tag.SOURCE_PRIORITY`). Every word list is a ``tag_words.tsv`` role.

``morphology`` - compound names by their endings.

* English: a word ending in a ``compound_suffix_en`` (-oside, -genin, -saponin, -olide, -ol,
  -ole, -one, -ine, -ene) or an "-ic acid", with a locant (18β-, 4-, L-) and a member code
  (ginsenoside Rb1, tanshinone IIA, salvianolic acid B) or a dye colour (Alizarin red S), unless
  a ``compound_stop_en`` word or ending (bone, control, -kine). A ``compound_suffix_en_cued``
  ending (-in, -ate, -ide, -ose: proteins and verbs end so too) needs a cue at one of its uses in
  the paper: a dose next to it, an apposition naming a ``compound_class_word`` (Aucubin (AU), an
  iridoid glycoside), a ``compound_cue_before`` / ``compound_cue_after`` phrase (derivative of
  X, X-treated), or a Chinese compound name it translates (芍药苷（paeoniflorin，PF）).
* Chinese: a run of Han characters ending in a ``compound_suffix_zh`` (苷, 皂苷, 酮, 醇, 酸, 碱,
  多糖, 内酯, 钠, 盐) or a ``fraction_word`` (牛膝多糖, family ``herbal``), its start found by
  walking back to a ``compound_stop_zh`` or trigger word (给予, 的, 减轻), a non-Han character or
  a mention (plant and compound names on the way are kept: 三七皂苷R1, 地塞米松磷酸钠); at most
  12 characters, never a ``compound_generic_zh`` stem (中药提取物). A one-character acid word run
  into the next name is its salt prefix (硫酸|氨基葡萄糖), no name. 素
  (``compound_suffix_zh_cued``: 骨钙素, 因素) needs a plant name as stem (葛根素), a dose, a group
  label (X 组) or an English compound name in parentheses after it.
* Both: a name followed anywhere in the paper by a ``compound_not_before`` word (X receptor, X
  expression, X 蛋白, 酸性, 磷酸酶) names a gene product or a property: never a candidate. A class
  word (or a word before one) after an article is a descriptor (an iridoid glycoside).
* Stains: a colour ``dye_head`` with a word and a letter (Oil Red O), and the dye names written
  before a ``stain_word`` or after "stained with" (safranin O–fast green staining, 番红
  O-固绿染色, 甲苯胺蓝染色): a colour with the word before it, or a name with a compound ending.

``material`` - elements, ions, salts and implant materials: ``element`` names (strontium; a
one-character Chinese one only with an ``element_after`` or ``element_context`` word, or between
non-Han characters: 锶离子, 含锶, 钛颗粒) unless an ``element_not_before`` word follows (calcium
deposition), a ``cation`` or element before an -ate/-ide/-ite word (strontium ranelate,
β-tricalcium phosphate), 酸 + element and 氯化/氧化 + element (雷奈酸锶, 氯化锂), ions (Sr2+),
formulas with a metal or after a percentage (TiO2, CoCl2, NaCl, 5% CO2), poly(...) and
``material_word`` names. A ``material_prefix`` stays in the span of the compound after it
(nano-hydroxyapatite, mesoporous silica), and so do a ``salt_word_en`` after a compound
(berberine hydrochloride) and a ``salt_prefix_zh`` with ``chem_substituent`` words before one
(硫酸氨基葡萄糖).

``herbal`` - a Latin ``herb_part`` word with a capitalised name (Puerariae Radix, Radix Astragali;
a ``herb_part_genitive`` word such as Cortex only with a Latin genitive: Eucommiae Cortex) is a
herbal material, ORGANISM (guidelines), so "total flavonoids of X" and "X extract" find it, as
is the herb a Chinese fraction name is made from wherever it stands alone (细香葱|提取物 …
细香葱抑制); a
``serum_word`` after a herb, fraction or formula name is in its COMPOUND span (左归丸含药血清;
none packaged: the curators leave the generic head out).

``agent`` - names the paper treats as agents, with every use of the same name: an abbreviation
right after a ``blocker_noun`` (ERα 拮抗剂 MPP), a name before a ``dose_group_word``
(芦丁低剂量组), an abbreviation defined around a ``group_word`` (戊酸雌二醇组(E2V, 0.8 mg/kg/d),
PDTC 组(NF-κB 抑制剂吡咯烷二硫代氨基甲酸盐, 50 μmol/L)).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from .grammar import HAN, HSPACE, conjunction_gap, giving_before
from .model import Candidate
from .prefilter import prefiltered

#: the rule families of this module (``Entity.source``)
SOURCES = ("morphology", "material", "herbal", "agent")
#: the longest Chinese name walked back from an ending (吡咯烷二硫代氨基甲酸盐)
MAX_ZH_STEM = 12
#: characters after a name looked at for an apposition or a cue phrase
CUE_WINDOW = 120
#: animals are no part of a name (大鼠 before an ending ends the walk)
_ANIMAL_NORMS = ("ncbitaxon:10090", "ncbitaxon:10116", "ncbitaxon:9606")
_NAME_TYPES = ("COMPOUND", "ORGANISM")
_S = r"[ \t\u00a0\u3000]"
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
#: symbols that are no metal: a formula needs a metal unless it follows a percentage
_NON_METALS = frozenset({"H", "C", "N", "O", "F", "P", "S", "Cl", "Br", "I", "B"})
#: a member code after a name: Rb1, B, BⅡ, IIA, ⅡA, VI, the ginsenoside series Ra-Rh without a
#: number (ginsenoside Rb1, salvianolic acid B, 知母皂苷BⅡ, 人参皂苷Rd)
_CODE = re.compile(
    r"(?P<sp>[ \u00a0]?)(?P<code>[A-Z][a-z]?\d{1,2}|R[a-h]"
    r"|(?=[IVXL])X?L?X{0,3}(?:IX|IV|V?I{0,3})[A-Z]?"
    rf"|[A-Z][{_ROMAN}]{{1,3}}|[A-Z]|[{_ROMAN}]{{1,3}}[A-Z]?)(?![A-Za-z0-9\-])"
)
#: codes a Chinese name may take after a space (三七皂苷 R1, 丹参酮 ⅡA), not a lone letter
_SPACED_ZH_CODE = re.compile(rf"[A-Z][a-z]?\d+|R[a-h]|[IVXL]{{2,}}[A-Z]?|[IV][A-Z]?|[{_ROMAN}].*")
#: a locant before an English name: 18β-, 4-, 2,3-, 3'4'7-, L-, N-, α- (eight numbers at most:
#: a longer run is no locant, and the bound keeps the search linear)
_LOCANT = r"(?:(?:\d{1,2}['′]?(?:(?:,|(?<=['′]))\d{1,2}['′]?){0,7}[αβ]?|[αβγδωΑΒ]|[LDNO])['′]?-)"
#: substituents with their locants before a systematic name (4-hydroxy-3-amino|benzoic acid,
#: 7-hydroxy-4′-methoxy|isoflavone): words ending as substituents do (-oxy, -yl, -o)
_SUBSTITUENTS = rf"(?:{_LOCANT}[a-z]{{2,14}}(?:oxy|yl|o)-)*"
_ARTICLE = re.compile(
    r"(?<![A-Za-z])(?:a|an|A|An|the|The)" + _S + r"+(?:[\w\-]+" + _S + r"+){0,2}$"
)
_NEXT_WORD = re.compile(_S + r"+([a-z]+)")
_OPEN_BEFORE = re.compile(_S + r"*[(（]" + _S + "*$")
_OPEN_AFTER = re.compile(_S + r"*[(（]" + _S + "*")
_PAREN_AFTER = r"(?:" + _S + r"*[(（][^()（）\n]{1,40}[)）])?"
_DOSE_LEAD = re.compile(r"[ \u00a0]*(?:[(（\[][ \u00a0]*|at[ \u00a0]+|,[ \u00a0]*)?")
_UNIT_END = re.compile(r"[A-Za-zμµ%/]" + _S + "*$")
_DIGIT = re.compile(r"\d")
_PERCENT_BEFORE = re.compile("%" + _S + "*$")
_SYMBOL_PART = re.compile(r"[A-Z][a-z]?")
_STAINED_WITH = re.compile(r"(?<![A-Za-z])stained" + _S + "+with" + _S + "+")
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9\-]{1,9}")


def _capitals(name: str) -> int:
    return sum(c.isupper() for c in name)


# ----------------------------------------------------------------------------- word lists


def _extract_given(giving: tuple[str, ...], aims: tuple[str, ...]) -> re.Pattern[str] | None:
    """A giving phrase or an aim noun + of before a preparation (the effects of X extract)."""
    return giving_before(giving + tuple(f"{x} of" for x in aims))


def _longest_first(found: tuple[str, ...]) -> tuple[str, ...]:
    """The words of two characters or more, longest first (equal lengths in reverse order)."""
    return tuple(reversed(sorted((x for x in found if len(x) >= 2), key=len)))


def _lower(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(x.lower() for x in words)


@dataclass(frozen=True, slots=True)
class MorphWords:
    """The word lists of this module (``tag_words.tsv`` roles; the zh trigger words of
    ``triggers.tsv`` end a Chinese name too)."""

    suffix_en: tuple[str, ...]
    suffix_en_cued: tuple[str, ...]
    stop_en: frozenset[str]
    stop_end_en: tuple[str, ...]
    class_words: frozenset[str]
    cue_before: tuple[str, ...]
    cue_after: tuple[str, ...]
    not_before: tuple[str, ...]
    suffix_zh: tuple[str, ...]
    suffix_zh_cued: tuple[str, ...]
    herb_cues_zh: tuple[str, ...]
    source_cues_zh: tuple[str, ...]
    cue_after_zh: tuple[tuple[str, ...], tuple[str, ...]]  # cue words; aim nouns (对…的影响)
    fraction_zh: tuple[str, ...]
    formula_zh: tuple[str, ...]
    stop_zh: tuple[str, ...]
    long_form_stop_zh: tuple[str, ...]
    #: a body sample's ending (组织): a source of no plant
    sample_ending_zh: tuple[str, ...]
    long_form_descriptor_zh: tuple[str, ...]
    long_form_lead_zh: tuple[str, ...]
    #: class heads (蛋白, 因子) and the words going on from them into one name (依赖性)
    long_form_class_head_zh: tuple[tuple[str, ...], tuple[str, ...]]
    adjective_suffix_zh: tuple[str, ...]
    inducers_zh: tuple[str, ...]
    generic_zh: frozenset[str]
    elements: tuple[str, ...]
    symbols: tuple[str, ...]
    cations: tuple[str, ...]
    element_not_before: tuple[str, ...]
    element_after: tuple[str, ...]
    element_context: tuple[str, ...]
    salt_prefix_zh: tuple[str, ...]
    name_prefix_zh: tuple[str, ...]
    herb_processing_zh: tuple[str, ...]
    substituents: tuple[str, ...]
    salt_words_en: tuple[str, ...]
    material_words: tuple[str, ...]
    material_prefixes: tuple[str, ...]
    stain_words: tuple[str, ...]
    dye_heads: frozenset[str]
    material_needles: tuple[str, ...]
    dye_stop: frozenset[str]
    herb_parts: tuple[str, ...]
    herb_parts_genitive: tuple[str, ...]
    herb_qualifiers: tuple[str, ...]
    serum_words: tuple[str, ...]
    extract_words: tuple[str, ...]
    extract_stop: frozenset[str]
    extract_inner_stop: frozenset[str]
    extract_given: re.Pattern[str] | None
    blocker_nouns: tuple[str, ...]
    dose_group_words: tuple[str, ...]
    dose_levels: frozenset[str]
    group_words: tuple[str, ...]
    label_parts: frozenset[str]
    triggers_zh: tuple[str, ...]

    @classmethod
    def of(cls, rules) -> MorphWords:  # noqa: ANN001 - a RuleSet
        w = partial(_role_words, rules)
        stop = w("compound_stop_en")
        return cls(
            suffix_en=w("compound_suffix_en"),
            suffix_en_cued=w("compound_suffix_en_cued"),
            stop_en=frozenset(x.lower() for x in stop if not x.startswith("-")),
            stop_end_en=tuple(x[1:].lower() for x in stop if x.startswith("-")),
            class_words=frozenset(x.lower() for x in w("compound_class_word")),
            cue_before=w("compound_cue_before"),
            cue_after=w("compound_cue_after"),
            not_before=w("compound_not_before"),
            suffix_zh=w("compound_suffix_zh"),
            suffix_zh_cued=w("compound_suffix_zh_cued"),
            herb_cues_zh=w("herb_cue_after_zh"),
            source_cues_zh=w("source_cue_zh"),
            cue_after_zh=(w("compound_cue_after_zh"), w("aim_noun_zh")),
            fraction_zh=tuple(x for x in w("fraction_word") if HAN.search(x)),
            formula_zh=w("formula_suffix_zh"),
            stop_zh=w("compound_stop_zh"),
            long_form_stop_zh=w("long_form_stop_zh"),
            sample_ending_zh=w("sample_ending_zh"),
            long_form_descriptor_zh=w("long_form_descriptor_zh"),
            long_form_lead_zh=w("long_form_lead_zh"),
            long_form_class_head_zh=(w("long_form_class_head_zh"), w("long_form_link_zh")),
            adjective_suffix_zh=tuple(x for x in w("adjective_suffix_zh") if len(x) == 1),
            inducers_zh=tuple(x for x in w("inducer_word") if HAN.match(x[0])),
            generic_zh=frozenset(w("compound_generic_zh")),
            elements=w("element"),
            symbols=w("element_symbol"),
            cations=w("cation"),
            element_not_before=w("element_not_before"),
            element_after=w("element_after"),
            element_context=w("element_context"),
            salt_prefix_zh=w("salt_prefix_zh"),
            name_prefix_zh=w("name_prefix_zh"),
            herb_processing_zh=tuple(sorted(w("herb_processing_zh"), key=len, reverse=True)),
            substituents=_longest_first(w("chem_substituent")),
            salt_words_en=w("salt_word_en"),
            material_words=w("material_word"),
            material_prefixes=w("material_prefix"),
            stain_words=w("stain_word"),
            dye_heads=frozenset(x.lower() for x in w("dye_head")),
            material_needles=tuple(x.lower().split()[0] for x in w("material_word")) + ("poly(",),
            dye_stop=frozenset(x.lower() for x in w("dye_stop")),
            herb_parts=w("herb_part"),
            herb_parts_genitive=w("herb_part_genitive"),
            herb_qualifiers=w("herb_qualifier"),
            serum_words=w("serum_word"),
            extract_words=w("extract_word_en"),
            extract_stop=_lower(w("extract_stop_en") + w("preparation_stop_en")),
            extract_inner_stop=_lower(w("extract_inner_stop_en") + w("preparation_stop_en")),
            extract_given=_extract_given(w("giving_phrase_en"), w("aim_noun_en")),
            blocker_nouns=w("blocker_noun"),
            dose_group_words=w("dose_group_word"),
            dose_levels=frozenset(w("dose_level")),
            group_words=w("group_word"),
            label_parts=_lower(w("dose_code") + w("arm_model_word")),
            triggers_zh=_triggers_zh(rules),
        )


def _role_words(rules, role: str) -> tuple[str, ...]:  # noqa: ANN001 - a RuleSet
    return tuple(getattr(rules, "words_of", lambda r: ())(role))


def _triggers_zh(rules) -> tuple[str, ...]:  # noqa: ANN001 - a RuleSet
    """The Chinese trigger words of two characters or more (they end a Chinese name)."""
    return tuple(
        t.word for t in getattr(rules, "triggers", ()) if t.lang == "zh" and len(t.word) > 1
    )


_WORDS: dict[int, tuple[object, MorphWords]] = {}


def words_for(rules) -> MorphWords:  # noqa: ANN001 - a RuleSet
    """The word lists of ``rules``, read once per rule set."""
    hit = _WORDS.get(id(rules))
    if hit is None or hit[0] is not rules:
        if len(_WORDS) > 8:
            _WORDS.clear()
        hit = _WORDS[id(rules)] = (rules, MorphWords.of(rules))
    return hit[1]


# ----------------------------------------------------------------------------- regexes


def _alt(words, space: bool = True) -> str:
    """An alternation of ``words``, longest first; a space in a word matches any run."""
    ordered = sorted(set(words), key=len, reverse=True)
    if space:
        return "|".join(re.escape(x).replace(r"\ ", _S + "+") for x in ordered)
    return "|".join(map(re.escape, ordered))


def _maybe(body: str, flags: int = 0) -> re.Pattern[str] | None:
    return re.compile(body, flags) if body else None


def _lead(words, fold: bool = False) -> str:
    """A lookahead on the first characters of ``words``: most positions of a text fail it at
    once, before an alternation of many words is tried there."""
    chars = {w[0] for w in words if w}
    if fold:
        chars |= {c.swapcase() for c in chars}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])" if chars else ""


def _split_hyphened(words) -> tuple[list[str], list[str], list[str]]:
    """(words written with a leading hyphen, Latin words, Han words)."""
    hyphened = [w for w in words if w.startswith("-")]
    plain = [w for w in words if not w.startswith("-")]
    return hyphened, [w for w in plain if w[-1].isascii()], [w for w in plain if not w.isascii()]


def _not_before_regex(words) -> re.Pattern[str] | None:
    """A word right after a name (after slash partners and a parenthesis: serine/threonine
    kinase, sclerostin (SOST) expression) that makes it no compound."""
    if not words:
        return None
    hyphened, latin, han = _split_hyphened(words)
    parts = [rf"(?:{_alt(hyphened)})(?![A-Za-z])"] if hyphened else []
    if latin:
        parts.append(rf"[ \u00a0\-]?(?:{_alt(latin)})(?![A-Za-z])")
    if han:
        parts.append(rf"{_S}?(?:{_alt(han)})")
    return re.compile(r"(?:/[A-Za-z0-9]+)*" + _PAREN_AFTER + "(?:" + "|".join(parts) + ")")


def _en_word_regex(suffixes) -> re.Pattern[str]:
    """A Latin word with a locant (18β-, 4-, L-) that ends in one of ``suffixes`` (three
    letters at least before it) or in -ic followed by "acid" (so most words fail in the regex
    engine, not in Python)."""
    ends = "|".join([_alt(suffixes, False), r"ic(?=[ \u00a0]acid)"] if suffixes else ["ic"])
    return re.compile(
        r"(?<![A-Za-z0-9αβγδ\-])"
        + _SUBSTITUENTS
        + _LOCANT
        + rf"?(?P<w>[A-Za-z][a-z]{{2,}}(?:{ends}))"
        r"(?P<acid>[ \u00a0]acids?(?![A-Za-z]))?(?![A-Za-z0-9])"
    )


def _cue_after_regex(words) -> re.Pattern[str] | None:
    if not words:
        return None
    hyphened, latin, _ = _split_hyphened(words)
    parts = [f"(?:{_alt(hyphened)})"] if hyphened else []
    if latin:
        parts.append(rf"{_S}+(?:{_alt(latin)})")
    body = _PAREN_AFTER + "(?:" + "|".join(parts) + r")(?![A-Za-z])"
    return re.compile(body, re.IGNORECASE)


def _zh_cue_after_regex(words: MorphWords) -> re.Pattern[str] | None:
    """A phrase after a Chinese name (and its abbreviation) that gives it as a treatment: a
    ``compound_cue_after_zh`` word (处理, 能抑制) or an aim (对 … 的影响, 对 … 的抑制作用)."""
    cues, aims = words.cue_after_zh
    parts = []
    if cues:
        parts.append(f"(?:{_alt(cues)})")
    if aims:
        parts.append(rf"对[^，,。；;：:\n]{{1,30}}?的[\u4e00-\u9fff]{{0,6}}(?:{_alt(aims)})")
    # (its abbreviation in parentheses may stand between: 冬凌草甲素（Ori）对 … 的作用)
    abbreviation = r"(?:[（(][A-Za-z][A-Za-z0-9\-]{0,9}[）)])?"
    return _maybe(parts and rf"{_S}*{abbreviation}{_S}*(?:{'|'.join(parts)})")


def _by_char(words, index: int) -> dict[str, tuple[str, ...]]:
    """``words`` by their first (``index`` 0) or last (-1) character, longest first."""
    out: dict[str, list[str]] = {}
    for x in words:
        out.setdefault(x[index], []).append(x)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@dataclass(frozen=True, slots=True)
class _Regexes:
    """The regular expressions of one word-list set, built once (:func:`_regexes`)."""

    suffix_en: re.Pattern[str] | None
    suffix_en_cued: re.Pattern[str] | None
    en_word: re.Pattern[str]
    not_before: re.Pattern[str] | None
    element_not_before: re.Pattern[str] | None
    cue_before: re.Pattern[str] | None
    cue_after: re.Pattern[str] | None
    apposition: re.Pattern[str] | None
    zh_suffix: re.Pattern[str] | None
    zh_cue_after: re.Pattern[str] | None
    herb_cue: re.Pattern[str] | None
    source_cue: re.Pattern[str] | None
    zh_stop_by_last: dict[str, tuple[str, ...]]
    zh_stop_by_first: dict[str, tuple[str, ...]]
    substituents_by_last: dict[str, tuple[str, ...]]
    salt_prefix_by_last: dict[str, tuple[str, ...]]
    name_prefix_by_last: dict[str, tuple[str, ...]]
    element_zh: re.Pattern[str] | None
    salt_zh: re.Pattern[str] | None
    ion: re.Pattern[str] | None
    formula: re.Pattern[str] | None
    material: re.Pattern[str] | None
    material_prefix: re.Pattern[str] | None
    salt_after: re.Pattern[str] | None
    stain: re.Pattern[str] | None
    dye_after: re.Pattern[str] | None
    dye_letter: re.Pattern[str] | None
    herb: re.Pattern[str] | None
    serum: re.Pattern[str] | None
    blocker: re.Pattern[str] | None
    blocker_end: re.Pattern[str] | None
    dose_group: re.Pattern[str] | None
    group_pair: re.Pattern[str] | None


@lru_cache(maxsize=8)
def _regexes(words: MorphWords) -> _Regexes:
    found = {**_name_regexes(words), **_material_regexes(words), **_context_regexes(words)}
    return _Regexes(**{k: _fast(v) for k, v in found.items()})


def _fast(value: object) -> object:
    """A regex as :func:`~puerextract.prefilter.prefiltered` makes it; anything else as is."""
    return prefiltered(value) if isinstance(value, re.Pattern) else value


def _name_regexes(words: MorphWords) -> dict:
    stops = words.stop_zh + words.triggers_zh
    zh_ends = words.suffix_zh + words.suffix_zh_cued + words.fraction_zh + words.serum_words
    classes = _alt(words.class_words)
    return {
        "suffix_en": _maybe(words.suffix_en and rf"(?:{_alt(words.suffix_en, False)})$"),
        "suffix_en_cued": _maybe(
            words.suffix_en_cued and rf"(?:{_alt(words.suffix_en_cued, False)})$"
        ),
        "en_word": _en_word_regex(words.suffix_en + words.suffix_en_cued),
        "not_before": _not_before_regex(words.not_before + ("polymerase",)),
        "cue_before": _maybe(
            words.cue_before and rf"(?<![A-Za-z])(?:{_alt(words.cue_before)}){_S}+(?:the{_S}+)?$",
            re.IGNORECASE,
        ),
        "cue_after": _cue_after_regex(words.cue_after),
        "apposition": _maybe(
            classes
            and _PAREN_AFTER
            + rf"(?:{_S}*[,，]{_S}*|{_S}+(?:is|was){_S}+)(?:a|an|the){_S}+"
            + rf"(?:[\w\-]+{_S}+){{0,4}}?(?:{classes})s?(?![A-Za-z])",
            re.IGNORECASE,
        ),
        "zh_suffix": _maybe(zh_ends and _lead(zh_ends) + f"(?:{_alt(zh_ends)})"),
        "zh_cue_after": _zh_cue_after_regex(words),
        "herb_cue": _maybe(words.herb_cues_zh and f"(?:{_alt(words.herb_cues_zh)})"),
        "source_cue": _maybe(words.source_cues_zh and f"(?:{_alt(words.source_cues_zh)})"),
        "zh_stop_by_last": _by_char(stops, -1),
        "zh_stop_by_first": _by_char(stops, 0),
        "substituents_by_last": _by_char(words.substituents, -1),
        "salt_prefix_by_last": _by_char(words.salt_prefix_zh, -1),
        "name_prefix_by_last": _by_char(words.name_prefix_zh, -1),
    }


def _material_regexes(words: MorphWords) -> dict:
    han_elements = "".join(x for x in words.elements if len(x) == 1 and not x.isascii())
    metals = [s for s in words.symbols if s not in _NON_METALS]
    sym = _alt(words.symbols, False)
    count = r"(?:[2-9]|[1-9]\d)?"
    part = rf"(?:(?:{sym}){count}|\((?:(?:{sym}){count}){{1,4}}\){count})"
    materials = [rf"(?<![A-Za-z])(?:{_alt(words.material_words)})(?![A-Za-z])"]
    materials.append(r"(?<![A-Za-z])poly\((?:[^()\n]|\([^()\n]{0,10}\)){2,40}\)")
    salt_words = _alt(words.salt_words_en)
    return {
        "element_not_before": _not_before_regex(words.element_not_before + words.not_before),
        "element_zh": _maybe(han_elements and f"[{han_elements}]"),
        "salt_zh": _maybe(
            han_elements
            and rf"(?=[二三氢氟氯溴碘硫氧酸])(?:[二三]?氧化|氢氧化|[氟氯溴碘硫]化)[{han_elements}]"
            + rf"|酸[二三四八]?[{han_elements}]"
        ),
        "ion": _maybe(
            metals
            and rf"(?<![A-Za-z0-9])(?=[A-Z])(?:{_alt(metals + ['H'], False)})(?:[2-4]|[²³⁴])?[+⁺]"
            r"(?![A-Za-z0-9+])"
        ),
        "formula": _maybe(
            sym and rf"(?<![A-Za-z0-9\-])(?=[A-Z(])(?:{part}){{1,8}}(?![A-Za-z0-9\-])"
        ),
        "material": re.compile("|".join(materials), re.IGNORECASE),
        "material_prefix": _maybe(
            words.material_prefixes
            and rf"(?<![A-Za-z])(?:{_alt(words.material_prefixes)})(?:-|{_S}?)$",
            re.IGNORECASE,
        ),
        "salt_after": _maybe(
            salt_words and rf"{_S}(?:{salt_words})(?:{_S}(?:{salt_words}))?(?![A-Za-z])"
        ),
    }


def _context_regexes(words: MorphWords) -> dict:
    colours = _alt(x for x in words.dye_heads if x.isascii())
    parts = f"(?:{_alt(words.herb_parts + words.herb_parts_genitive)})"
    name = r"[A-Z][a-z]{2,}"
    blockers = _alt(words.blocker_nouns)
    return {
        "stain": _maybe(
            words.stain_words
            and _lead(words.stain_words, True) + rf"(?:{_alt(words.stain_words)})(?![A-Za-z])",
            re.IGNORECASE,
        ),
        "dye_after": _maybe(
            colours and rf"{_S}+(?:{colours})(?:{_S}?[A-Z])?(?![A-Za-z0-9])", re.IGNORECASE
        ),
        "dye_letter": _maybe(
            colours
            and rf"(?<=[a-z]){_S}{_lead(colours.split('|'), True)}(?i:{colours}){_S}?[A-Z]"
            + r"(?![A-Za-z0-9])"
        ),
        "herb": _maybe(
            parts != "(?:)"
            and rf"(?<![A-Za-z])(?:(?P<pre>(?:{name}{_S}){{1,3}}){parts}(?:{_S}et{_S}{parts})?"
            + rf"|{parts}(?P<post>(?:{_S}{name}){{1,2}}))"
            + (rf"(?:{_S}(?:{_alt(words.herb_qualifiers)}))?" if words.herb_qualifiers else "")
            + r"(?![A-Za-z])"
        ),
        "serum": _maybe(words.serum_words and rf"(?:-|{_S}*)(?:{_alt(words.serum_words)})"),
        "blocker": _maybe(
            blockers
            and _lead(words.blocker_nouns)
            + rf"(?:{blockers}){_S}*(?P<name>[A-Z][A-Za-z0-9\-]{{1,11}})(?![A-Za-z0-9\-])"
        ),
        "blocker_end": _maybe(blockers and rf"(?:{blockers}){_S}*$"),
        "dose_group": _maybe(
            words.dose_group_words
            and _lead(words.dose_group_words) + f"(?:{_alt(words.dose_group_words)})"
        ),
        "group_pair": _maybe(
            words.group_words
            and _lead(words.group_words)
            + rf"(?:{_alt(words.group_words)}){_S}*[(（]{_S}*(?P<item>[^()（）\n,，;；]{{1,60}}?)"
            + rf"{_S}*[,，;；)）]"
        ),
    }


# ----------------------------------------------------------------------------- spans taken


class _Taken:
    """The mentions found before (flat: ends rise with starts), for overlap tests."""

    def __init__(self, mentions) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.ends = [m.end for m in self.items]
        self.by_end = {m.end: m for m in self.items}
        self.by_start = {m.start: m for m in self.items}

    def overlapping(self, s: int, e: int):
        i = bisect_right(self.ends, s)
        while i < len(self.items) and self.items[i].start < e:
            if self.items[i].end > s:
                yield self.items[i]
            i += 1

    def allows(self, c: Candidate) -> bool:
        """No mention crosses ``c`` or holds it; the mentions inside it are compounds or plants
        (an equal span is left to overlap resolution)."""
        for m in self.overlapping(c.start, c.end):
            if (m.start, m.end) == (c.start, c.end):
                continue
            if m.start < c.start or m.end > c.end:
                return False
            if not (_part_of_name(m) or (m.end == c.end and _from_table(m))):
                return False  # (a table's reading of a member code closing the name gives way)
        return True

    def free(self, s: int, e: int) -> bool:
        return next(self.overlapping(s, e), None) is None


def _from_table(m) -> bool:  # noqa: ANN001 - a Candidate
    """A knowledge table's reading (``table-gene`` …), which gives way to a name's member code."""
    return m.source.startswith("table-")


def _part_of_name(m) -> bool:  # noqa: ANN001 - a Candidate
    """A compound or plant mention may stand inside a longer compound name (三七|皂苷R1)."""
    return m.type in _NAME_TYPES and m.norm not in _ANIMAL_NORMS


def morphology_candidates(text: str, mentions, rules) -> list[Candidate]:
    """Candidates of the four families of this module (see the module docstring)."""
    words = words_for(rules)
    if not (words.suffix_en or words.suffix_zh or words.elements):
        return []
    rx = _regexes(words)
    taken = _Taken(mentions)
    zh = chinese_names(text, words, rx, taken)
    zh_ends = {c.end for c in zh} | {m.end for m in taken.items if m.type == "COMPOUND"}
    found = (
        english_names(text, words, rx, taken, zh_ends)
        + zh
        + materials(text, words, rx, taken)
        + stains(text, words, rx, taken)
        + herbal_names(text, words, rx)
        + cued_extracts(text, words)
    )
    found += extensions(text, words, rx, taken, found)
    found += processed_herbs(text, words, rx, taken) + serum_herbs(text, words, rx, taken)
    found += extract_herbs(text, words, taken, zh)
    sources = source_herbs(text, words, rx, taken)
    known = {c.text for c in [*found, *taken.items] if c.type == "COMPOUND"}
    found = _split_sources(found, {c.text for c in sources}, known) + sources
    found += agents(text, words, rx, taken, found)
    return [c for c in found if c.end > c.start and taken.allows(c)]


def _every_use(text: str, spans: dict[str, list], cued: set[str], vetoed: set[str]) -> list:
    """The candidates of the names with a cue and no veto in the paper; an uncued longer span
    that ends in a cued name holds that name (鼓槌石斛|毛兰素 where 毛兰素 is cued elsewhere)."""
    out = [c for name, cs in spans.items() if name in cued and name not in vetoed for c in cs]
    good = {n for n in cued if n not in vetoed and len(n) >= 3}
    for name, cs in spans.items():
        if name in cued:
            continue
        # the longest cued name the span ends in: one set lookup per length (linear)
        tail = next((name[k:] for k in range(len(name) - 2) if name[k:] in good), None)
        if tail is not None:
            out += [replace(c, start=c.end - len(tail), text=tail) for c in cs]
    return out


# ----------------------------------------------------------------------------- English names


def _stopped(lw: str, words: MorphWords) -> bool:
    """A stop word or ending, also in the plural (bones, guidelines)."""
    for w in (lw, lw[:-1] if lw.endswith("s") else None):
        if w and (w in words.stop_en or w.endswith(words.stop_end_en)):
            return True
    return False


def en_kind(lw: str, words: MorphWords, rx: _Regexes) -> str | None:
    """``strong``, ``cued`` or None for a lower-case word, by its ending (three letters at
    least before it)."""
    for kind, regex in (("strong", rx.suffix_en), ("cued", rx.suffix_en_cued)):
        if regex is not None and regex.search(lw, 3) and not _stopped(lw, words):
            return kind
    return None


def _member_code(text: str, e: int, taken: _Taken, latin: bool) -> int:
    """End of a member code after a name ending at ``e`` (ginsenoside Rb1, 皂苷Ⅵ), else ``e``."""
    m = _CODE.match(text, e)
    if m is None or not all(map(_from_table, taken.overlapping(m.start("code"), m.end()))):
        return e  # a knowledge table's reading of the code (Rh2: a gene alias) gives way
    if m.group("sp") and not latin and not _SPACED_ZH_CODE.fullmatch(m.group("code")):
        return e
    return m.end()


def english_names(
    text: str, words: MorphWords, rx: _Regexes, taken: _Taken, zh_ends=frozenset()
) -> list[Candidate]:
    """``morphology``: English names by their endings; ``zh_ends``: where Chinese compound names
    end (an English name in parentheses after one translates it)."""
    spans: dict[str, list[Candidate]] = {}
    cued: set[str] = set()
    vetoed: set[str] = set()
    for m in rx.en_word.finditer(text):
        lw = m.group("w").lower()
        acid = bool(m.group("acid")) and lw.endswith("ic") and not _stopped(lw, words)
        kind = "strong" if acid else en_kind(lw, words, rx)
        if kind is None:
            continue
        s = m.start()
        e = _en_end(text, m, acid, rx, taken)
        key = text[m.start("w") : e].lower()
        if rx.not_before is not None and rx.not_before.match(text, e):
            vetoed.add(key)
            continue
        if _descriptor(text, s, e, lw, words):
            continue
        if kind == "strong" or (key not in cued and _has_cue(text, s, e, rx, zh_ends)):
            cued.add(key)
        spans.setdefault(key, []).append(Candidate(s, e, "COMPOUND", None, "morphology", text[s:e]))
    return _every_use(text, spans, cued, vetoed)


def _en_end(text: str, m: re.Match[str], acid: bool, rx: _Regexes, taken: _Taken) -> int:
    """End of an English name: its acid word, then a dye colour (Alizarin red S) or a member
    code (ginsenoside Rb1)."""
    e = m.end() if acid else m.end("w")
    dye = rx.dye_after.match(text, e) if rx.dye_after is not None else None
    return dye.end() if dye is not None else _member_code(text, e, taken, True)


def _descriptor(text: str, s: int, e: int, lw: str, words: MorphWords) -> bool:
    """A class word, or a word before one, after an article is a class descriptor, not a name
    (an iridoid glycoside, a flavanone glycoside, the major polyphenol of X: guidelines)."""
    nxt = _NEXT_WORD.match(text, e)
    classy = lw.removesuffix("s") in words.class_words or (
        nxt is not None and nxt.group(1).removesuffix("s") in words.class_words
    )
    return classy and _ARTICLE.search(text, max(0, s - 40), s) is not None


def _has_cue(text: str, s: int, e: int, rx: _Regexes, zh_ends) -> bool:
    """A sign at this use that the name is a compound: a dose, a class apposition, a cue
    phrase, or a Chinese compound name it translates (芍药苷（paeoniflorin，PF）)."""
    if _dose_after(text, e) or _dose_before(text, s):
        return True
    paren = _OPEN_BEFORE.search(text, max(0, s - 4), s)
    if paren is not None and paren.start() in zh_ends:
        return True
    after = text[e : e + CUE_WINDOW]
    for regex in (rx.apposition, rx.cue_after):
        if regex is not None and regex.match(after):
            return True
    return rx.cue_before is not None and rx.cue_before.search(text, max(0, s - 40), s) is not None


def _dose_after(text: str, e: int) -> bool:
    """A concentration or dose right after a name, in parentheses or after "at"."""
    from .quantities import find_quantities

    window = text[e : e + 60]
    lead = _DOSE_LEAD.match(window).end()
    if lead >= len(window) or not window[lead].isdigit():
        return False
    return any(q.type == "CONCENTRATION" and q.start == lead for q in find_quantities(window))


def _dose_before(text: str, s: int) -> bool:
    """A concentration or dose right before a name (0.1 μM GA, 50 μmol/L 芦丁)."""
    from .quantities import find_quantities

    window = text[max(0, s - 30) : s]
    if not _UNIT_END.search(window) or _DIGIT.search(window) is None:
        return False
    return any(
        q.type == "CONCENTRATION" and not window[q.end :].strip() for q in find_quantities(window)
    )


# ----------------------------------------------------------------------------- Chinese names


def _stop_ends_at(text: str, p: int, rx: _Regexes) -> bool:
    return any(text.endswith(w, 0, p) for w in rx.zh_stop_by_last.get(text[p - 1], ()))


def _stop_starts_at(text: str, p: int, rx: _Regexes) -> bool:
    return any(text.startswith(w, p) for w in rx.zh_stop_by_first.get(text[p], ()))


def zh_start(
    text: str, s: int, rx: _Regexes, taken: _Taken, limit: int = MAX_ZH_STEM
) -> int | None:
    """Start of the Chinese name whose ending starts at ``s``: walk back over Han characters
    (and over plant and compound names: 三七|皂苷, 异|补骨脂|素) to a stop or trigger word, a
    non-Han character or another mention; None when none is found within ``limit``."""
    p = s
    while s - p <= limit:
        m = taken.by_end.get(p)
        if m is not None and m.start < p:
            if not _part_of_name(m):
                return p
            p = m.start
            continue
        if p == 0 or not HAN.match(text[p - 1]) or _stop_ends_at(text, p, rx):
            return p
        p -= 1
    return None


def chinese_names(text: str, words: MorphWords, rx: _Regexes, taken: _Taken) -> list[Candidate]:
    """``morphology`` (``herbal`` for fraction and serum words): Chinese names by their endings."""
    if rx.zh_suffix is None or not HAN.search(text):
        return []
    spans: dict[str, list[Candidate]] = {}
    cued: set[str] = set()
    vetoed: set[str] = set()
    for m in rx.zh_suffix.finditer(text):
        span = _zh_span(text, m, words, rx, taken)
        if span is None:
            continue
        p, e = span
        name = text[p:e]
        if m.group() in words.suffix_zh_cued and m.start() - p < 2:
            continue  # 因素, 毒素: a one-character stem before a shared ending names no compound
        if rx.not_before is not None and rx.not_before.match(text, e):
            vetoed.add(name)
            continue
        herb = taken.by_end.get(m.start())
        herb_stem = herb is not None and herb.start == p and herb.type == "ORGANISM"
        if m.group() not in words.suffix_zh_cued or herb_stem or _zh_cue(text, p, e, rx, taken):
            cued.add(name)
        herbal = m.group() in words.fraction_zh + words.serum_words
        source = "herbal" if herbal else "morphology"
        spans.setdefault(name, []).append(Candidate(p, e, "COMPOUND", None, source, name))
    return _every_use(text, spans, cued, vetoed)


def _zh_span(
    text: str, m: re.Match[str], words: MorphWords, rx: _Regexes, taken: _Taken
) -> tuple[int, int] | None:
    """``(start, end)`` of the Chinese name with the ending ``m``, or None."""
    s, e = m.span()
    if rx.zh_suffix.match(text, e):
        return None  # another ending follows (酸|钠, 黄酮|醇): the name ends there
    if any(x.start < s and x.source != "shape" for x in taken.overlapping(s, e)):
        return None  # the ending of a name found before (葛根素; a segmenter guess is no name)
    p = zh_start(text, s, rx, taken)
    if p is not None and m.group() in words.suffix_zh_cued:
        p = _after_source_plant(p, s, taken)
    if p is None or not _good_stem(text, p, s, words, rx):
        return None
    if _prefix_of_next(text, p, s, e, words, rx):
        return None
    return _greek_prefix(text, p), _member_code(text, e, taken, False)


def _after_source_plant(p: int, s: int, taken: _Taken) -> int:
    """The start of a cued name after a plant in its stem that leaves two characters or more
    before the ending (金钗石斛|毛兰素: the plant is the source); 葛根|素 keeps its plant."""
    plants = [x for x in taken.overlapping(p, s) if x.type == "ORGANISM" and x.end <= s - 2]
    return max((x.end for x in plants), default=p)


def _prefix_of_next(text: str, p: int, s: int, e: int, words: MorphWords, rx: _Regexes) -> bool:
    """An acid word run into the next Han word (硫酸|氨基葡萄糖, 戊酸|雌二醇, 盐酸|小檗碱) is the
    salt or ester prefix of that name, not a name: a one-character stem or a ``salt_prefix_zh``
    word followed by a Han character that starts no stop or trigger word."""
    if e >= len(text) or not HAN.match(text[e]):
        return False
    if s - p > 1 and text[p:e] not in words.salt_prefix_zh:
        return False
    return not _stop_starts_at(text, e, rx)


def _good_stem(text: str, p: int, s: int, words: MorphWords, rx: _Regexes) -> bool:
    """A stem of two characters at least (one after a non-Han character or a stop word: 与磷酸三钙),
    not generic."""
    stem = text[p:s]
    if not stem or any(text.endswith(g, 0, s) for g in words.generic_zh):
        return False
    return len(stem) >= 2 or p == 0 or not HAN.match(text[p - 1]) or _stop_ends_at(text, p, rx)


#: a locant or configuration written before a Chinese name: β-, D-, L-, N-, DL-, 5-, 2,3-
_ZH_LOCANT = re.compile(r"(?<![A-Za-z0-9])(?:[αβγδω]|DL|[DLNOS]|[0-9]+(?:,[0-9]+)*['′]?)-$")


def _greek_prefix(text: str, p: int) -> int:
    """A locant written before a Chinese name stays in it (β-谷甾醇, D-半乳糖胺, L-精氨酸)."""
    m = _ZH_LOCANT.search(text, max(0, p - 8), p)
    return m.start() if m else p


def _zh_cue(text: str, p: int, e: int, rx: _Regexes, taken: _Taken) -> bool:
    """A sign that a name with a cued ending (素) is a compound: a dose, a group label, a
    compound name in parentheses after it."""
    if _dose_after(text, e) or _dose_before(text, p):
        return True
    if rx.zh_cue_after is not None and rx.zh_cue_after.match(text, e):
        return True
    nxt = text[e : e + 4].lstrip(" \u3000")
    if nxt.startswith("组") or (rx.dose_group is not None and rx.dose_group.match(nxt)):
        return True
    paren = _OPEN_AFTER.match(text, e)
    inner = taken.by_start.get(paren.end()) if paren is not None else None
    if inner is not None and inner.type == "COMPOUND":
        return True
    return _conjoined_compound(text, p, e, taken)


#: the gap between two conjoined names (、, 和, 及, 与, and…), on one line
_CONJ_GAP = conjunction_gap(HSPACE)


def _conjoined_compound(text: str, p: int, e: int, taken: _Taken) -> bool:
    """Whether a compound mention is conjoined right before or after the name (淫羊藿苷、
    冬凌草甲素和川芎嗪: a list of compounds); not for a one-character stem (激素和因素)."""
    if e - p < 3:
        return False
    for gap in range(1, 5):
        before = taken.by_end.get(p - gap)
        if before is not None and before.type == "COMPOUND":
            if _CONJ_GAP.fullmatch(text, p - gap, p):
                return True
        after = taken.by_start.get(e + gap)
        if after is not None and after.type == "COMPOUND":
            if _CONJ_GAP.fullmatch(text, e, e + gap):
                return True
    return False


# ----------------------------------------------------------------------------- materials


def materials(text: str, words: MorphWords, rx: _Regexes, taken: _Taken) -> list[Candidate]:
    """``material``: elements, ions, salts, formulas, polymers and implant materials."""
    spans: list[tuple[int, int]] = []
    spans += latin_elements(text, words, rx)
    low = text.lower()
    for regex, needles in ((rx.ion, ("+", "⁺")), (rx.material, words.material_needles)):
        if regex is not None and any(x in low for x in needles):
            spans += [m.span() for m in regex.finditer(text) if not _gene_after(text, m, rx)]
    if rx.formula is not None:
        spans += [m.span() for m in rx.formula.finditer(text) if _formula_ok(text, m, words)]
    spans += chinese_elements(text, words, rx, taken)
    return [Candidate(s, e, "COMPOUND", None, "material", text[s:e]) for s, e in spans]


_LATIN_RUN = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])")
_LOCANT_BEFORE = re.compile(_LOCANT + "$")
#: the anion word of a salt after a cation (strontium ranelate, sodium dodecyl sulfate)
_ANION = re.compile(
    rf"{_S}(?:[a-z]+yl{_S}|di?hydrogen{_S})?(?P<w>[a-z]{{3,}}(?:ate|ide|ite))s?(?![A-Za-z])",
    re.IGNORECASE,
)


def latin_elements(text: str, words: MorphWords, rx: _Regexes) -> list[tuple[int, int]]:
    """Spans of element names (strontium) and of salts: a cation or element before an anion
    word (strontium ranelate, β-tricalcium phosphate, lithium chloride)."""
    low = text.lower()
    elements = {x.lower() for x in words.elements if x.isascii() and x.lower() in low}
    cations = elements | {x.lower() for x in words.cations if x.lower() in low}
    out: list[tuple[int, int]] = []
    if not cations:
        return out
    for m in _LATIN_RUN.finditer(text):
        w = m.group().lower()
        if w not in cations:
            continue
        locant = _LOCANT_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if locant is None and text[m.start() - 1 : m.start()] == "-":
            continue  # the second part of a hyphenated word
        anion = _ANION.match(text, m.end())
        if anion is not None and not _stopped(anion.group("w").lower(), words):
            out.append((locant.start() if locant else m.start(), anion.end()))
        elif w in elements:
            nb = rx.element_not_before
            if nb is None or not nb.match(text, m.end()):
                out.append(m.span())
    return out


def _gene_after(text: str, m: re.Match[str], rx: _Regexes) -> bool:
    """poly(ADP-ribose) polymerase: a gene product's name, not the material."""
    return rx.not_before is not None and rx.not_before.match(text, m.end()) is not None


def _formula_ok(text: str, m: re.Match[str], words: MorphWords) -> bool:
    """A formula has two symbols with a metal among them and a count or a two-letter symbol
    (TiO2, CoCl2, NaCl), or names a gas with a count after a percentage (5% CO2, 1% O2)."""
    f = m.group()
    symbols = _SYMBOL_PART.findall(f)
    has_count = any(c.isdigit() for c in f)
    if _PERCENT_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        return has_count
    if len(symbols) < 2 or all(s in _NON_METALS for s in symbols):
        return False
    return has_count or any(c.islower() for c in f)


def chinese_elements(
    text: str, words: MorphWords, rx: _Regexes, taken: _Taken
) -> list[tuple[int, int]]:
    """Spans of one-character Chinese element names that name the substance (锶离子, 含锶, 钛颗粒,
    （锶）) and of salts (雷奈酸锶, β-磷酸三钙, 氯化锂)."""
    out: list[tuple[int, int]] = []
    if rx.element_zh is None or not HAN.search(text):
        return out
    for m in rx.element_zh.finditer(text):
        i = m.start()
        after = next((w for w in words.element_after if text.startswith(w, i + 1)), None)
        if after is not None:
            out.append((i, i + 1 + len(after)))
        elif any(
            text.startswith(w, i + 1) or text.endswith(w, 0, i) for w in words.element_context
        ):
            out.append((i, i + 1))
        elif (i == 0 or not HAN.match(text[i - 1])) and not HAN.match(text[i + 1 : i + 2] or "a"):
            out.append((i, i + 1))
    for m in rx.salt_zh.finditer(text) if rx.salt_zh is not None else ():
        s = m.start()
        if m.group().startswith("酸"):
            p = zh_start(text, s, rx, taken)
            if p is None or not _good_stem(text, p, s, words, rx):
                continue
            s = _greek_prefix(text, p)
        out.append((s, m.end()))
    return out


# ----------------------------------------------------------------------------- stains

_DYE_SEP = re.compile(_S + r"*(?:[–—\-/&、,，]|and|和|及|与)" + _S + "*$")
_DYE_EN = re.compile(
    rf"(?:(?P<mod>[A-Za-z][a-z]+){_S}+)?(?P<head>[A-Za-z][a-z]+)(?:{_S}?[A-Z])?{_S}*-?$"
)
_DYE_LETTER = re.compile(rf"(?:{_S}?[A-Z])?{_S}*-?$")
_DYE_ITEM = re.compile(
    rf"(?P<mod>[A-Za-z][a-z]+)(?:{_S}+(?P<head>[A-Za-z][a-z]+))?(?:{_S}?[A-Z])?(?![A-Za-z0-9])"
)
_DYE_NEXT = re.compile(_S + r"*(?:,|and|&|/|–|—|-)" + _S + "*")
_TRAILING = " \t\u00a0\u3000-"
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z][a-z]+)$")


def _dye(s: int, e: int, text: str) -> Candidate:
    return Candidate(s, e, "COMPOUND", None, "morphology", text[s:e])


def stains(text: str, words: MorphWords, rx: _Regexes, taken: _Taken) -> list[Candidate]:
    """``morphology``: dye names (Oil Red O; Haematoxylin–eosin and safranin O–fast green
    staining; stained with toluidine blue; 番红 O-固绿染色)."""
    out: list[Candidate] = []
    low = text.lower()
    colour = any(c in low for c in words.dye_heads if c.isascii())
    if rx.dye_letter is not None and colour:  # a colour and a letter name a dye (Oil Red O)
        for m in rx.dye_letter.finditer(text):
            mod = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if mod is not None and mod.group(1).lower() not in words.dye_stop:
                out.append(_dye(mod.start(1), m.end(), text))
    if not any(w.lower() in low for w in words.stain_words):
        return out
    for m in _STAINED_WITH.finditer(text):
        out += _dyes_after(text, m.end(), words, rx)
    for m in rx.stain.finditer(text) if rx.stain is not None else ():
        before = text[m.start() - 1 : m.start()]
        if before.isascii() and before.isalpha():
            continue  # immunostaining
        pos = m.start()
        for _ in range(5):  # a chain: X–Y and Z staining
            item = _dye_before(text, pos, words, rx, taken)
            if item is None:
                break
            out.append(_dye(item[0], item[1], text))
            sep = _DYE_SEP.search(text, max(0, item[0] - 8), item[0])
            if sep is None:
                break
            pos = sep.start()
    return out


def _dyes_after(text: str, pos: int, words: MorphWords, rx: _Regexes) -> list[Candidate]:
    """Dye names after "stained with" (stained with toluidine blue and Sirius red)."""
    out = []
    for _ in range(4):
        m = _DYE_ITEM.match(text, pos)
        if m is None:
            break
        mod, head = m.group("mod").lower(), m.group("head")
        if head is not None and head.lower() in words.dye_heads:
            if mod in words.dye_stop:
                break
            end = m.end()
        elif en_kind(mod, words, rx):
            end = m.end() if head is None else m.end("mod")
        else:
            break
        out.append(_dye(m.start(), end, text))
        nxt = _DYE_NEXT.match(text, end)
        if nxt is None:
            break
        pos = nxt.end()
    return out


def _dye_before(
    text: str, pos: int, words: MorphWords, rx: _Regexes, taken: _Taken
) -> tuple[int, int] | None:
    """The dye name ending right before ``pos`` (spaces, a hyphen and a letter O/S between)."""
    lo = max(0, pos - 40)
    m = _DYE_EN.search(text, lo, pos)
    if m is not None:
        head, mod = m.group("head"), m.group("mod")
        end = m.start() + len(m.group().rstrip(_TRAILING))
        if head.lower() in words.dye_heads:
            if mod is None or mod.lower() in words.dye_stop:
                return None
            return m.start("mod"), end
        return (m.start("head"), end) if en_kind(head.lower(), words, rx) else None
    letter = _DYE_LETTER.search(text, lo, pos)
    e = letter.start() if letter is not None else pos
    if e == 0 or not HAN.match(text[e - 1]):
        return None
    if text[e - 1] not in words.dye_heads and not _ends_with_suffix(text, e, rx):
        return None
    p = zh_start(text, e - 1, rx, taken, limit=5)
    if p is None or (p == e - 1 and p > 0 and HAN.match(text[p - 1])):
        return None
    end = letter.start() + len(letter.group().rstrip(_TRAILING)) if letter else e
    return p, end


def _ends_with_suffix(text: str, e: int, rx: _Regexes) -> bool:
    if rx.zh_suffix is None:
        return False
    return any(m.end() == e for m in rx.zh_suffix.finditer(text, max(0, e - 5), e))


# ----------------------------------------------------------------------------- herbal names

#: capitalised function words that start a sentence before a herbal name (The Drynariae Rhizoma)
_FUNCTION_WORDS = frozenset({"The", "This", "These", "That", "And", "With", "From", "Each"})


#: English endings no Latin name word has: a title's words up to its verb stay out of a herbal
#: name before its part word (A Decoction Containing X Radix)
_ENGLISH_ENDS = ("ing", "ed")


def _latin_genitive(word: str) -> bool:
    return word.endswith(("ae", "i", "is", "onis"))


def herbal_names(text: str, words: MorphWords, rx: _Regexes) -> list[Candidate]:
    """``herbal``: Latin pharmacognosy names as ORGANISM (Puerariae Radix, Radix Astragali)."""
    out: list[Candidate] = []
    if rx.herb is None or not any(x in text for x in words.herb_parts + words.herb_parts_genitive):
        return out
    genitive = set(words.herb_parts_genitive)
    for m in rx.herb.finditer(text):
        s, e = m.span()
        names = (m.group("pre") or m.group("post") or "").split()
        english = [
            i for i, n in enumerate(names) if n in _FUNCTION_WORDS or n.endswith(_ENGLISH_ENDS)
        ]
        if m.group("pre") and english:
            names = names[english[-1] + 1 :]
            s = text.index(names[0], s) if names else e
        parts = set(m.group().split()) & (genitive | set(words.herb_parts))
        if not names or (parts <= genitive and not any(map(_latin_genitive, names))):
            continue
        out.append(Candidate(s, e, "ORGANISM", None, "herbal", text[s:e]))
    return out


def cued_extracts(text: str, words: MorphWords) -> list[Candidate]:
    """``herbal``: one or two words no lexicon holds before an ``extract_word_en`` (mumie
    extract, grape seed extract) name a preparation, COMPOUND, at every use, where one use has
    a cue: a dose next to it, or a giving or effect phrase before it (received X extract, the
    effects of X extract). A leading ``extract_stop_en`` word (the, crude, aqueous, received)
    stays out; an ``extract_inner_stop_en`` or ``preparation_stop_en`` word anywhere (and, of,
    bone) makes no name."""
    regex = _extract_regex(words.extract_words)
    if regex is None or not any(w in text for w in words.extract_words):
        return []
    spans: dict[str, list[Candidate]] = {}
    cued: set[str] = set()
    for m in regex.finditer(text):
        names = m.group("names").split()
        s = m.start("names")
        while names and names[0].lower() in words.extract_stop:
            s = text.index(names[1], s + len(names[0])) if len(names) > 1 else m.start("x")
            names = names[1:]
        if not names or any(n.lower() in words.extract_inner_stop for n in names):
            continue  # bovine bone extract, two and … (grape seed extract: a part word stays)
        name = text[s : m.end()]
        spans.setdefault(name.lower(), []).append(
            Candidate(s, m.end(), "COMPOUND", None, "herbal", name)
        )
        if _extract_cue(text, s, m.end(), words.extract_given):
            cued.add(name.lower())
    return _every_use(text, spans, cued, set())


@lru_cache(maxsize=8)
def _extract_regex(extract_words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not extract_words:
        return None
    return re.compile(
        r"(?<![A-Za-z\-])(?P<names>(?:[A-Za-z][a-z\-]{2,15}[ \u00a0]){1,2})"
        rf"(?P<x>{_alt(extract_words, False)})(?![A-Za-z\-])"
    )


_OF_BEFORE = re.compile(r"[ \u00a0]+of[ \u00a0]+$")


def _extract_cue(text: str, s: int, e: int, given: re.Pattern[str] | None) -> bool:
    """A dose next to the preparation (100 μg/ml of X extract) or a giving or effect phrase
    before it (``given``)."""
    of = _OF_BEFORE.search(text, max(0, s - 6), s)
    if _dose_after(text, e) or _dose_before(text, of.start() if of else s):
        return True
    return given is not None and given.search(text, max(0, s - 40), s) is not None


# ----------------------------------------------------------------------------- agents


def agents(
    text: str, words: MorphWords, rx: _Regexes, taken: _Taken, found: list[Candidate]
) -> list[Candidate]:
    """``agent``: names the paper treats as agents (see the module docstring), at every use."""
    names = group_abbreviations(text, rx, taken, found, words.label_parts)
    for m in rx.blocker.finditer(text) if rx.blocker is not None else ():
        name = m.group("name")
        if _capitals(name) >= 2 and taken.free(m.start("name"), m.end("name")):
            names.add(name)
    for m in rx.dose_group.finditer(text) if rx.dose_group is not None else ():
        name = _dose_group_name(text, m.start(), words, rx, taken)
        if name:
            names.add(name)
    out = []
    for name in names:
        bound = "" if HAN.search(name) else r"(?<![A-Za-z0-9])"
        pattern = bound + re.escape(name) + (r"(?![A-Za-z0-9])" if bound else "")
        out += [
            Candidate(m.start(), m.end(), "COMPOUND", None, "agent", name)
            for m in re.finditer(pattern, text)
        ]
    return out


def group_abbreviations(
    text: str, rx: _Regexes, taken: _Taken, found: list[Candidate], label_parts=frozenset()
) -> set[str]:
    """Abbreviations defined around a group word: ``X 组（ABBR，dose）`` where X is a compound
    name, and ``ABBR 组（[… 抑制剂] X，dose）``. A coded group label is none: an ABBR with a
    ``label_parts`` part (a dose code or an arm's model word: L-ISO, OVX-E)."""
    names: set[str] = set()
    if rx.group_pair is None:
        return names
    compounds = {c.end: c for c in found if c.type == "COMPOUND"}
    compounds.update((m.end, m) for m in taken.items if m.type == "COMPOUND")
    for m in rx.group_pair.finditer(text):
        item = m.group("item")
        before = _ABBREVIATION_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if before is not None:
            long = compounds.get(m.end("item"))
            if long is not None and long.start >= m.start("item"):
                lead = text[m.start("item") : long.start]
                free = taken.free(before.start(1), before.end(1))
                if free and (not lead.strip() or _ends_with_blocker(lead, rx)):
                    names.add(before.group(1))
            continue
        k = m.start()
        while k > 0 and text[k - 1] in " \t\u00a0\u3000":
            k -= 1
        if k in compounds and _ABBREVIATION.fullmatch(item) and _capitals(item) >= 2:
            if _coded_label(item, label_parts, text[max(0, k - 8) : k]):
                continue  # 小剂量异黄酮组(L-ISO), 尼尔雌醇组(OVX-E): the group's label
            if taken.free(m.start("item"), m.end("item")):
                names.add(item)
    return names


def _coded_label(item: str, label_parts: frozenset[str], group: str) -> bool:
    """Whether ``item`` joins a dose code or an arm's model word to a name (OVX-E, PUE-L; L-ISO
    only for a dose group, 小剂量异黄酮组: L-Car, L-NAME keep their stereo prefix)."""
    parts = re.split(r"[-+/]", item)
    if len(parts) < 2:
        return False
    if len(parts[0]) == 1 and parts[0].casefold() in label_parts and "剂量" not in group:
        parts = parts[1:]
    return any(p.casefold() in label_parts for p in parts)


_ABBREVIATION_BEFORE = re.compile(r"(?<![A-Za-z0-9\-])([A-Z][A-Za-z0-9\-]{1,9})" + _S + "*$")


def _ends_with_blocker(lead: str, rx: _Regexes) -> bool:
    return rx.blocker_end is not None and rx.blocker_end.search(lead) is not None


_LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9\-])([A-Za-zαβ][A-Za-z0-9αβ\-]{1,15})" + _S + "*$")


def _dose_group_name(
    text: str, s: int, words: MorphWords, rx: _Regexes, taken: _Taken
) -> str | None:
    """The name before a dose group word: an abbreviation (ASA 低剂量组) or a Chinese name."""
    m = _LATIN_BEFORE.search(text, max(0, s - 20), s)
    if m is not None:
        name = m.group(1)
        ok = _capitals(name) >= 2 and taken.free(m.start(1), m.end(1))
        return name if ok else None
    p = zh_start(text, s, rx, taken, limit=8)
    if p is None or p == s or not _good_stem(text, p, s, words, rx) or not taken.free(p, s):
        return None
    name = text[p:s]
    if name in words.dose_levels or (len(name) == 1 and name not in words.elements):
        return None  # 大、中、小剂量组, 除低剂量组外: a dose level or a word, no name
    return name


# ----------------------------------------------------------------------------- extensions


def extensions(
    text: str, words: MorphWords, rx: _Regexes, taken: _Taken, found: list[Candidate]
) -> list[Candidate]:
    """Longer spans of compound names: a material prefix (nano-hydroxyapatite), a salt word
    (berberine hydrochloride, 硫酸氨基葡萄糖) and a drug-containing serum (X 含药血清)."""
    out = []
    for c in [m for m in taken.items if _part_of_name(m)] + found:
        s, e = c.start, c.end
        if c.type == "COMPOUND":
            p = rx.material_prefix.search(text, max(0, s - 16), s) if rx.material_prefix else None
            s = p.start() if p is not None else _salt_prefix_zh(text, s, words, rx)
            a = rx.salt_after.match(text, e) if rx.salt_after is not None else None
            e = a.end() if a is not None else e
        serum = rx.serum.match(text, e) if rx.serum is not None else None
        if serum is not None and c.norm not in _ANIMAL_NORMS:
            e = serum.end()
        if (s, e) != (c.start, c.end):
            source = c.source if c.source in SOURCES else "material"
            if text.startswith(words.name_prefix_zh, s) and s < c.start:
                source = "morphology"  # 野黄芩苷: another compound's name, not a salt
            if c.type == "ORGANISM":
                source = "herbal"
            out.append(Candidate(s, e, "COMPOUND", None, source, text[s:e]))
    return out


def processed_herbs(text: str, words: MorphWords, rx: _Regexes, taken: _Taken) -> list[Candidate]:
    """``herbal``: a herb processed or of a kind (盐巴戟天, 制何首乌, 野生葛根, 栽培葛根) is the
    herb, that word in the span: an ORGANISM of the lexicon (no animal) right after a
    ``herb_processing_zh`` word (a one-character one only where it opens a name: after
    punctuation, a non-Han character or a stop word)."""
    out = []
    for c in taken.items:
        s = c.start
        if c.type != "ORGANISM" or c.norm in _ANIMAL_NORMS or s == 0:
            continue
        word = next((w for w in words.herb_processing_zh if text.endswith(w, 0, s)), None)
        if word is None or (s - 1) in taken.by_end:
            continue
        p = s - len(word)
        opens = p == 0 or not HAN.match(text[p - 1]) or _stop_ends_at(text, p, rx)
        if opens or len(word) > 1:  # a word of two characters is a word wherever it stands
            out.append(Candidate(p, c.end, "ORGANISM", c.norm, "herbal", text[p : c.end]))
    return out


def serum_herbs(text: str, words: MorphWords, rx: _Regexes, taken: _Taken) -> list[Candidate]:
    """``herbal``: a name no lexicon holds right before a ``herb_cue_after_zh`` word (白背叶根|
    含药血清: drug-containing serum is made from herbs) is an herbal material, ORGANISM, at every
    use in the paper; two to six Han characters back to a stop word, a non-Han character or
    another mention."""
    if rx.herb_cue is None:
        return []
    names: set[str] = set()
    for m in rx.herb_cue.finditer(text):
        s = m.start()
        if s in taken.by_end:
            continue  # 葛根含药血清: the herb is a mention already
        p = zh_start(text, s, rx, taken, limit=6)
        if p is not None and 2 <= s - p and _good_stem(text, p, s, words, rx):
            names.add(text[p:s])
    return _herb_uses(text, names, taken)


def extract_herbs(
    text: str, words: MorphWords, taken: _Taken, zh: list[Candidate]
) -> list[Candidate]:
    """``herbal``: the herb no lexicon holds that a Chinese extract is named from (细香葱|提取物,
    毛建茶|水提物: a ``fraction_word`` after three to six Han characters) is an herbal material,
    ORGANISM, wherever it stands alone in the paper (细香葱抑制…, 毛建茶高剂量组); no formula
    (降糖复方|水提取物), no generic stem (中药) and no body sample (肝组织); two characters name an
    organ, a fluid or a quality as often as a herb (肝脏, 血清, 酸性|多糖), so they are none."""
    names = set()
    for c in zh:
        word = max((w for w in words.fraction_zh if c.text.endswith(w)), key=len, default="")
        stem = c.text[: -len(word)] if word and c.source == "herbal" else ""
        if not (3 <= len(stem) <= 6 and all(HAN.match(ch) for ch in stem)):
            continue  # two characters name an organ or a quality as often (肝脏, 酸性, 果实)
        if stem.endswith(words.formula_zh) or _sample(stem, words):
            continue
        if taken.free(c.start, c.start + len(stem)) and not any(
            g in stem for g in words.generic_zh
        ):
            names.add(stem)
    inside = _Taken(zh)
    return [c for c in _herb_uses(text, names, taken) if inside.free(c.start, c.end)]


def source_herbs(text: str, words: MorphWords, rx: _Regexes, taken: _Taken) -> list[Candidate]:
    """``herbal``: a name no lexicon holds before a ``source_cue_zh`` word, a compound named
    right after the cue (从苦荞中提取制备异槲皮苷, 淡豆豉中所提取的染料木素): the plant or material
    the compound was taken from, ORGANISM at every use in the paper."""
    if rx.source_cue is None:
        return []
    names: set[str] = set()
    for m in rx.source_cue.finditer(text):
        s = m.start()
        nxt = next(taken.overlapping(m.end(), m.end() + _SOURCE_REACH), None)
        if s in taken.by_end or nxt is None or nxt.type != "COMPOUND":
            continue  # 从细胞中提取总 RNA: no compound taken from it
        p = zh_start(text, s, rx, taken, limit=6)
        if p is not None and 2 <= s - p and _good_stem(text, p, s, words, rx):
            if not _sample(text[p:s], words):
                names.add(text[p:s])
    return _herb_uses(text, names, taken)


def _sample(name: str, words: MorphWords) -> bool:
    """A body fluid or tissue a compound is extracted from for measuring (从血浆中提取葛根素),
    no plant: a ``long_form_stop_zh`` word or a name on a ``sample_ending_zh`` (骨组织)."""
    return name in words.long_form_stop_zh or name.endswith(words.sample_ending_zh or ("\0",))


def _split_sources(found: list[Candidate], names: set[str], known: set[str]) -> list[Candidate]:
    """Chinese compound names that open on a source plant found by its cue and end on a
    compound named elsewhere in the paper (苦荞|异槲皮苷, 苦荞麦|异槲皮苷): the plant and the
    compound, two mentions."""
    if not names:
        return found
    out = []
    for c in found:
        n = next((x for x in names if c.text.startswith(x)), None) if c.type == "COMPOUND" else None
        cut = range(len(n), len(c.text) - 1) if n else ()
        tail = next((c.text[j:] for j in cut if c.text[j:] in known), None)  # the longest
        if tail is None:
            out.append(c)
            continue
        k = c.end - len(tail)
        out.append(Candidate(c.start, k, "ORGANISM", None, "herbal", c.text[: k - c.start]))
        out.append(replace(c, start=k, text=tail))
    return out


#: how far after a source cue the compound taken may start (中提取制备异槲皮苷)
_SOURCE_REACH = 6


def _herb_uses(text: str, names: set[str], taken: _Taken) -> list[Candidate]:
    """Every free use of the herb ``names`` as an ``herbal`` ORGANISM."""
    return [
        Candidate(s, e, "ORGANISM", None, "herbal", text[s:e])
        for s, e in _uses(text, names)
        if taken.free(s, e)
    ]


def _uses(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Every use of ``names`` in ``text``, longest first, none overlapping: one pass, a set
    lookup per name length where a name's first character stands (linear in the text)."""
    if not names:
        return []
    firsts = re.compile("[" + "".join(re.escape(c) for c in {n[0] for n in names}) + "]")
    lengths = sorted({len(n) for n in names}, reverse=True)
    out: list[tuple[int, int]] = []
    for m in firsts.finditer(text):
        s = m.start()
        if out and s < out[-1][1]:
            continue
        e = next((s + k for k in lengths if text[s : s + k] in names), None)
        if e is not None:
            out.append((s, e))
    return out


def _salt_prefix_zh(text: str, s: int, words: MorphWords, rx: _Regexes) -> int:
    """Start of a Chinese name with its acid, substituent and name prefix words before it
    (硫酸氨基葡萄糖, 野黄芩苷, 新橙皮苷): kept only where a non-Han character or a stop word comes
    before them."""
    if s == 0 or not HAN.match(text[s - 1]):
        return s
    p = s
    groups = (rx.substituents_by_last, rx.substituents_by_last, rx.salt_prefix_by_last)
    for group in (rx.name_prefix_by_last, *groups):
        w = (
            next((x for x in group.get(text[p - 1], ()) if text.endswith(x, 0, p)), None)
            if p
            else None
        )
        p -= len(w) if w is not None else 0
    if p == s or p == 0 or not HAN.match(text[p - 1]) or _stop_ends_at(text, p, rx):
        return p
    return s


# ----------------------------------------------------------------------------- Chinese long forms

#: a parenthesis right after a Chinese name (or its Latin tail: 干扰素-γ(, 前列腺素E2()
_HAN_PAREN = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9αβγδκк])[(（]([^()（）\n]{1,80})[)）]")
#: the Latin characters a Chinese protein name may hold (白细胞介素-2, C-反应蛋白, 核因子-κB)
_ZH_NAME_LATIN = re.compile(r"[A-Za-z0-9αβγδκк\-]")
#: the types a Chinese name before a parenthesised name may take from it
_LONG_FORM_TYPES = ("GENE", "COMPOUND", "PATHWAY", "DISEASE", "CELL_TYPE", "ORGANISM")
MAX_ZH_LONG_FORM = 16
#: the longest Chinese herb name taken before a binomial in parentheses (玉柏石松)
MAX_ZH_HERB = 4


def han_long_forms(text: str, mentions, rules) -> list[Candidate]:  # noqa: ANN001
    """A Chinese name written before its English name or abbreviation in parentheses (骨保护蛋白
    (OPG), 类风湿因子(Rheumatoid Factor,RF), 干扰素-γ(IFN-γ)), the Chinese abstract's way of
    defining a term: when the parenthesis holds mentions of one type and identifier, the name
    before it is a mention of that type and identifier, family ``abbreviation``. The name runs
    back to punctuation, another mention or a ``long_form_stop_zh`` word, less the trigger and
    stop words it opens with (降低|类风湿因子); two Han characters at least, no group or stain
    word at its end, and no Han text in the parenthesis (钙剂、维生素 D is a list)."""
    if not HAN.search(text):
        return []
    words = words_for(rules)
    bounds, leads = _long_form_words(words)
    tails = words.group_words + words.stain_words + words.long_form_descriptor_zh
    inducers = words.inducers_zh
    adjective = "".join(words.adjective_suffix_zh)
    taken = _Taken(mentions)
    out = []
    for m in _HAN_PAREN.finditer(text):
        inner = [x for x in taken.overlapping(m.start(1), m.end(1)) if x.type in _LONG_FORM_TYPES]
        if not inner or len({(x.type, x.norm) for x in inner}) > 1 or m.start() in taken.by_end:
            continue
        if HAN.search(m.group(1)):
            continue  # a list (钙剂、维生素 D) or a note, no English name
        start = _han_name_start(text, m.start(), bounds, taken)
        if start is not None:
            heads, links = words.long_form_class_head_zh
            cut = _after_class_noun(text, start, m.start(), heads)
            if not any(text.startswith(w, cut) for w in links):
                start = cut  # not 周期蛋白|依赖性激酶 2: the name goes on from its class noun
        while start is not None and (w := _lead_word(text, start, m.start(), leads, adjective)):
            start += len(w)
        if start is not None and text[start : m.start()] in leads:
            continue  # 雌激素治疗(E2)组: a verb alone after a name is no long form
        x = inner[-1]
        if start is not None and x.type == "DISEASE":  # 胶原诱导|关节炎: the inducer is no part
            cut = max((text.rfind(w, start, m.start()) + len(w) for w in inducers), default=-1)
            start = max(start, cut)
        if start is None or sum(1 for c in text[start : m.start()] if HAN.match(c)) < 2:
            continue
        before = taken.by_end.get(start)
        if before is not None and (before.type, before.norm) == (x.type, x.norm):
            continue  # 血管内皮生长因子|基因(VEGF): the name is the mention before, not 基因
        if any(text.endswith(w, start, m.start()) for w in tails):
            continue  # a group (对照组), a stain (ALP 染色) or a description (自噬效应蛋白)
        if x.type == "ORGANISM" and m.start() - start > MAX_ZH_HERB:
            continue  # 传统中药千斤拔(…): where the herb name starts is not known
        out.append(
            Candidate(start, m.start(), x.type, x.norm, "abbreviation", text[start : m.start()])
        )
    return out


@lru_cache(maxsize=4)
def _long_form_words(words: MorphWords) -> tuple[dict, tuple[str, ...]]:
    """(the boundary words by their last character, the words a name may not open with)."""
    bounds = _by_char(words.long_form_stop_zh, -1)
    leads = words.triggers_zh + words.long_form_stop_zh + words.long_form_lead_zh
    leads = tuple(sorted(set(leads), key=len))
    return bounds, tuple(reversed(leads))


def _after_class_noun(text: str, start: int, end: int, heads: tuple[str, ...]) -> int:
    """Past a class noun written before the name (成骨标志蛋白|骨保护蛋白, 炎症因子|白细胞介素-2):
    after the last class head followed by three Han characters or more."""
    best = start
    for h in heads:
        k = text.find(h, start, end)
        while k >= 0:
            rest = text[k + len(h) : end]
            if len(rest) >= 3 and all(HAN.match(c) for c in rest[:3]):
                best = max(best, k + len(h))
            k = text.find(h, k + 1, end)
    return best


def _lead_word(
    text: str, p: int, end: int, leads: tuple[str, ...], adjective: str = ""
) -> str | None:
    """The word the name at ``p`` opens with and may not (降低); never an adjective's stem
    (诱导型一氧化氮合酶, 抑制性)."""
    return next(
        (
            w
            for w in leads
            if text.startswith(w, p) and p + len(w) < end and text[p + len(w)] not in adjective
        ),
        None,
    )


def _han_name_start(text: str, end: int, bounds: dict, taken: _Taken) -> int | None:
    """Where the Chinese name ending at ``end`` starts, or None past MAX_ZH_LONG_FORM."""
    p = end
    while end - p <= MAX_ZH_LONG_FORM:
        if p == 0 or (p < end and p in taken.by_end):
            break
        c = text[p - 1]
        if HAN.match(c):
            if any(text.endswith(w, 0, p) for w in bounds.get(c, ())):
                break
        elif not _ZH_NAME_LATIN.match(c):
            break
        p -= 1
    else:
        return None
    while p < end and not (HAN.match(text[p]) or text[p].isalpha()):
        p += 1  # no name opens on a hyphen or a digit
    return p
