"""Tag: typed mentions from lexicons, shape patterns, abbreviation pairs and quantities.

The rule families, in the order their candidates are made:

1. **lexicon** - a character-level longest match of every lexicon term over the text (a trie
   compiled into one regular expression, tried at every position), so that names are found
   wherever they stand, also inside longer words (雌激素 in 雌激素样作用, osteoblast in
   osteoblastic). Latin terms obey word boundaries: nothing alphanumeric before them, and after
   them only a plural ``s``/``es`` (kept in the span) or, for long lower-case words, the rest of
   a derived word (osteoblast|ic). Short symbols (< 4 characters) match case-sensitively, so
   ``ER`` never matches inside ``ERK1/2`` or ``er``.
2. **shape** - the spaCy :class:`~spacy.matcher.Matcher` patterns of the rule files, run on a
   spaCy ``Doc`` built from the segmenter's tokens (jieba + protected mixed-script names).
3. **pathway phrases** - names followed by a pathway head (信号通路, 通路, 信号途径, 途径,
   signaling pathway): ``PI3K/Akt 信号通路`` is one PATHWAY; conjuncts before a shared head
   (``p38、ERK1/2 信号通路``) become PATHWAY mentions too.
4. **abbreviation** - ``long form（ABBR）`` / ``long form (ABBR)``: the abbreviation takes the long
   form's type and identifier, and so does every later bare occurrence of it in the document.
   For English, scispaCy's abbreviation detector adds the pairs it finds.
5. **quantity** - CONCENTRATION and DURATION mentions from :mod:`puerextract.quantities`.

Overlaps are resolved into flat spans: the longest wins, then lexicon over the other families.
Build a :class:`Tagger` once per rule set (:func:`get_tagger` caches it by rules version).
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .model import Document, Entity

log = logging.getLogger(__name__)

#: family priority when two candidates have the same length (lower wins)
SOURCE_PRIORITY = {"pathway": -1, "lexicon": 0, "model": 1, "abbreviation": 2, "shape": 3}

#: the rule family written into ``Entity.source``: pathway phrases are shape rules, an animal
#: model extends a lexicon name
OUTPUT_SOURCE = {"pathway": "shape", "model": "lexicon"}
#: head words that turn a preceding name into a PATHWAY mention
PATHWAY_HEADS = (
    "信号转导通路",
    "信号传导通路",
    "信号通路",
    "信号途径",
    "通路",
    "途径",
    "signaling pathways",
    "signalling pathways",
    "signaling pathway",
    "signalling pathway",
    "signaling",
    "signalling",
    "pathways",
    "pathway",
    "axis",
)
#: types whose mentions may name a pathway when a pathway head follows
PATHWAY_NAME_TYPES = ("GENE", "PATHWAY", "COMPOUND")
#: words that make an animal an animal model, kept in the ORGANISM span (去卵巢小鼠, SD 大鼠)
MODEL_PREFIXES = (
    "去卵巢",
    "去势",
    "卵巢切除",
    "ovariectomized",
    "ovariectomised",
    "OVX",
    "SD",
    "Sprague-Dawley",
    "Sprague Dawley",
    "Wistar",
    "C57BL/6J",
    "C57BL/6",
    "BALB/c",
    "KM",
    "ICR",
)

_LATIN = re.compile(r"[A-Za-z0-9]")
_LOWER_WORD = re.compile(r"[a-z][a-z\- ]*[a-z]")
_ALNUM_AFTER = re.compile(r"[A-Za-z0-9αβγδκ]+")
_SEP_CONJ = re.compile(r"\s*(?:、|，|,|和|及|与|以及|或|and|or|/)\s*")
_UPPER_GREEK = {c: c.lower() for c in "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"}
_LOWER_TABLE = str.maketrans(
    {**{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}, **_UPPER_GREEK}
)


def fold_case(text: str) -> str:
    """ASCII and Greek upper case folded to lower case; the length never changes."""
    return text.translate(_LOWER_TABLE)


@dataclass(slots=True)
class Candidate:
    """A possible mention before overlap resolution."""

    start: int
    end: int
    type: str
    norm: str | None
    source: str
    text: str = ""
    note: str | None = None


#: a one-character element name inside a process word is no substance (钙化, 脱钙)
_PROCESS_AFTER = "化"
_PROCESS_BEFORE = "脱去"


def _in_process_word(text: str, s: int, e: int, term: str) -> bool:
    if len(term) != 1 or _LATIN.match(term):
        return False
    return (e < len(text) and text[e] in _PROCESS_AFTER) or (
        s > 0 and text[s - 1] in _PROCESS_BEFORE
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


def _is_latin(term: str) -> bool:
    return bool(term) and bool(_LATIN.match(term[0]) or _LATIN.match(term[-1]))


def case_insensitive(term: str) -> bool:
    """Latin terms of 4+ characters match in any case; shorter symbols only as written."""
    return len(term) >= 4 and any(c.isascii() and c.isalpha() for c in term)


# ----------------------------------------------------------------------------- the tagger


class Tagger:
    """All matchers of one rule set, built once."""

    def __init__(self, rules) -> None:
        from .normalise import entry_norm

        self.rules = rules
        self.version = getattr(rules, "version", "")
        exact: dict[str, tuple[str, str | None]] = {}
        folded: dict[str, tuple[str, str | None]] = {}
        for entry in rules.lexicon:
            value = (entry.type, entry_norm(entry))
            for term in entry.terms:
                exact.setdefault(term, value)
                if case_insensitive(term):
                    folded.setdefault(fold_case(term), value)
        self.exact = exact
        self.folded = folded
        self._exact_re = self._compile(list(exact))
        self._folded_re = self._compile(list(folded))
        self.model_re = re.compile(
            "(?:"
            + "|".join(re.escape(p) for p in sorted(MODEL_PREFIXES, key=len, reverse=True))
            + r")(?:\s*[（(]\s*OVX\s*[）)])?\s*$"
        )
        self._heads = re.compile(
            r"\s*(?:[（(]\s*[A-Za-z][A-Za-z0-9αβγκ\-/]{0,11}\s*[）)]\s*)?("
            + "|".join(re.escape(h) for h in PATHWAY_HEADS)
            + r")(?![A-Za-z])",
            re.IGNORECASE,
        )
        self._head_end = re.compile(
            "(?:" + "|".join(re.escape(h) for h in PATHWAY_HEADS) + r")$", re.IGNORECASE
        )
        self._matcher, self._vocab = self._build_matcher(rules)

    @staticmethod
    def _compile(words: list[str]) -> re.Pattern[str] | None:
        words = [w for w in words if w]
        if not words:
            return None
        return re.compile("(?=(" + trie_regex(words) + "))")

    @staticmethod
    def _build_matcher(rules):
        patterns = list(getattr(rules, "patterns", ()))
        if not patterns:
            return None, None
        import spacy
        from spacy.matcher import Matcher

        vocab = spacy.blank("xx").vocab
        matcher = Matcher(vocab)
        for i, p in enumerate(patterns):
            matcher.add(f"P{i}", [[dict(t) for t in p.pattern]])
        return matcher, vocab

    # --------------------------------------------------------------------- families

    def lexicon_candidates(self, text: str) -> list[Candidate]:
        """Longest lexicon match at every position, with the Latin boundary rules."""
        out: list[Candidate] = []
        for regex, table, hay in (
            (self._exact_re, self.exact, text),
            (self._folded_re, self.folded, fold_case(text) if self.folded else text),
        ):
            if regex is None:
                continue
            for m in regex.finditer(hay):
                s = m.start()
                term = m.group(1)
                if not term:
                    continue
                e = s + len(term)
                end = self._latin_end(text, s, e, term)
                if end is None or _in_process_word(text, s, e, term):
                    continue
                etype, norm = table[term]
                out.append(Candidate(s, end, etype, norm, "lexicon", text[s:end]))
        return out

    @staticmethod
    def _latin_end(text: str, s: int, e: int, term: str) -> int | None:
        """End of the mention for a match ``text[s:e]``, or None when a boundary forbids it."""
        if (
            _LATIN.match(term[0])
            and s > 0
            and (_LATIN.match(text[s - 1]) or text[s - 1] in "αβγδκ")
        ):
            return None
        if not _LATIN.match(term[-1]):
            return e
        m = _ALNUM_AFTER.match(text, e)
        if not m:
            return e
        rest = m.group()
        if rest in ("s", "es") and term[-1].isalpha() and len(term) >= 4:
            return m.end()  # a plural stays in the span
        if _LOWER_WORD.fullmatch(term) and len(term) >= 5 and rest.isalpha() and rest.islower():
            return e  # inside a derived word: osteoblast|ic, estrogen|ic
        return None

    def shape_candidates(self, doc: Document) -> list[Candidate]:
        """Matches of the spaCy token patterns over each sentence's tokens."""
        if self._matcher is None:
            return []
        from spacy.tokens import Doc

        tokens = [t for s in doc.sentences for t in s.tokens]
        if not tokens:
            return []
        words = [t.text for t in tokens]
        spaces = [
            i + 1 < len(tokens) and tokens[i + 1].start > tokens[i].end for i in range(len(tokens))
        ]
        sdoc = Doc(self._vocab, words=words, spaces=spaces)
        patterns = self.rules.patterns
        out: list[Candidate] = []
        for match_id, ts, te in self._matcher(sdoc):
            p = patterns[int(self._vocab.strings[match_id][1:])]
            lang = tokens[ts].lang
            if p.lang not in ("any", lang):
                continue
            s, e = tokens[ts].start, tokens[te - 1].end
            if "\n" in doc.text[s:e]:
                continue
            out.append(Candidate(s, e, p.label, p.id, "shape", doc.text[s:e]))
        return out

    def pathway_candidates(self, text: str, mentions: list[Candidate]) -> list[Candidate]:
        """Names followed by a pathway head; conjuncts before a shared head; X/Y joins."""
        out: list[Candidate] = []
        ordered = sorted(mentions, key=lambda c: c.start)
        for i, c in enumerate(ordered):
            if c.type not in PATHWAY_NAME_TYPES:
                continue
            m = self._heads.match(text, c.end)
            if not m:
                if c.type == "PATHWAY" and self._head_end.search(c.text):
                    out.extend(self._conjuncts(text, ordered, i))
                continue
            # join X/Y/Z names written together (PI3K/Akt, Wnt/β-catenin)
            first = i
            while (
                first > 0
                and ordered[first - 1].type in PATHWAY_NAME_TYPES
                and text[ordered[first - 1].end : ordered[first].start] in ("/", "-", "/ ")
            ):
                first -= 1
            start = ordered[first].start
            out.append(Candidate(start, m.end(), "PATHWAY", None, "pathway", text[start : m.end()]))
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

    # --------------------------------------------------------------------- all together

    def tag(self, doc: Document) -> list[Entity]:
        """Flat, typed mentions of ``doc`` (which must be segmented), sorted by offset."""
        from .normalise import abbreviation_pairs, apply_abbreviations
        from .quantities import find_quantities

        text = doc.text
        base = resolve(self.lexicon_candidates(text) + self.shape_candidates(doc))
        pairs = abbreviation_pairs(text, base, english_pairs(doc))
        base = resolve(base + apply_abbreviations(text, base, pairs))
        cands = base + self.pathway_candidates(text, base)
        cands += self.model_candidates(text, base)
        flat = drop_species_modifiers(text, resolve(cands))
        for q in find_quantities(text):
            flat.append(Candidate(q.start, q.end, q.type, None, "quantity", q.text, q.note))
        flat = resolve(flat)
        return [
            Entity(
                "",
                c.type,
                c.start,
                c.end,
                text[c.start : c.end],
                c.norm,
                c.note,
                OUTPUT_SOURCE.get(c.source, c.source),
            )
            for c in flat
        ]


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Flat spans: longest first, then by family priority, then leftmost."""
    ordered = sorted(
        cands,
        key=lambda c: (-(c.end - c.start), SOURCE_PRIORITY.get(c.source, 5), c.start),
    )
    taken: list[tuple[int, int]] = []
    kept: list[Candidate] = []
    occupied = bytearray()
    for c in ordered:
        if c.end <= c.start:
            continue
        if len(occupied) < c.end:
            occupied.extend(b"\0" * (c.end - len(occupied)))
        if any(occupied[c.start : c.end]):
            continue
        occupied[c.start : c.end] = b"\1" * (c.end - c.start)
        taken.append((c.start, c.end))
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


_CELL_HEAD = re.compile(r"\s*(?:的)?\s*$")


def drop_species_modifiers(text: str, mentions: list[Candidate]) -> list[Candidate]:
    """A species word that only modifies a cell name is not a mention (大鼠骨髓间充质干细胞)."""
    out = []
    for i, c in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            c.type == "ORGANISM"
            and c.source == "lexicon"
            and nxt is not None
            and nxt.type in ("CELL_TYPE", "CELL_LINE")
            and len(text[c.end : nxt.start]) <= 2
            and _CELL_HEAD.match(text[c.end : nxt.start])
        ):
            continue
        out.append(c)
    return out


# ----------------------------------------------------------------------------- scispaCy


@lru_cache(maxsize=1)
def _abbreviation_nlp():
    """A blank English pipeline with scispaCy's abbreviation detector, or None."""
    try:
        import spacy

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import scispacy.abbreviation  # noqa: F401 - registers the factory

            from .segment import _english_pipeline

            nlp = spacy.blank("en")
            nlp.tokenizer = _english_pipeline().tokenizer
            nlp.add_pipe("abbreviation_detector")
        return nlp
    except Exception as exc:  # pragma: no cover - scispaCy missing or changed
        log.warning(
            "scispaCy abbreviation detector unavailable (%s); English pairs from parentheses only",
            exc,
        )
        return None


def english_pairs(doc: Document) -> list[tuple[int, int, int, int]]:
    """(long start, long end, short start, short end) from scispaCy on English sentences."""
    if "(" not in doc.text:
        return []
    nlp = _abbreviation_nlp()
    if nlp is None:
        return []
    out = []
    for s in doc.sentences:
        if s.lang != "en" or "(" not in s.text:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sdoc = nlp(s.text)
        for abrv in sdoc._.abbreviations:
            long = abrv._.long_form
            out.append(
                (
                    s.start + long.start_char,
                    s.start + long.end_char,
                    s.start + abrv.start_char,
                    s.start + abrv.end_char,
                )
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
