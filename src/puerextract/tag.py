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

from .model import Document, Entity, Token

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


#: a short element name inside a process word is no substance (钙化, 脱钙, 钙质沉着)
_PROCESS_AFTER = ("化", "沉着")
_PROCESS_BEFORE = "脱去"


def _in_process_word(text: str, s: int, e: int, term: str) -> bool:
    """钙 in 钙化/脱钙 names a process; 造血干细胞 in 非造血干细胞 is a negated class."""
    if s > 0 and text[s - 1] == "非" and not _LATIN.match(term[0]):
        return True
    if len(term) > 2 or _LATIN.match(term):
        return False
    return text.startswith(_PROCESS_AFTER, e) or (s > 0 and text[s - 1] in _PROCESS_BEFORE)


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
        self._lazy: dict[int, _LazyHanTokenizer] = {}
        self._matcher, self._vocab = self._build_matcher(rules)  # sets self._single

    @staticmethod
    def _compile(words: list[str]) -> re.Pattern[str] | None:
        words = [w for w in words if w]
        if not words:
            return None
        return re.compile("(?=(" + trie_regex(words) + "))")

    def _build_matcher(self, rules):
        """Single-token patterns -> a cached per-token test; the others -> a spaCy Matcher
        run only on sentences that hold one of their required literal words."""
        patterns = list(getattr(rules, "patterns", ()))
        self._single: list[tuple[int, list]] = []
        self._token_cache: dict[tuple[str, bool], tuple[int, ...]] = {}
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
        if not multi:
            return None, None
        import spacy
        from spacy.matcher import Matcher

        vocab = spacy.blank("xx").vocab
        matcher = Matcher(vocab)
        for i in multi:
            matcher.add(f"P{i}", [[dict(t) for t in patterns[i].pattern]])
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
        """Matches of the token patterns over each sentence's tokens."""
        patterns = self.rules.patterns
        text = doc.text
        out: list[Candidate] = []
        cache = self._token_cache
        gated: dict[int, list[int]] = {}
        for n, sent in enumerate(doc.sentences):
            for k, tok in enumerate(sent.tokens):
                key = (tok.text, k == 0)
                hit = cache.get(key)
                if hit is None:
                    hit = tuple(i for i, tests in self._single if _passes(tests, tok.text, k == 0))
                    if len(cache) < 200_000:
                        cache[key] = hit
                for i in hit:
                    if i == GATE:
                        gated.setdefault(n, []).append(k)
                        continue
                    p = patterns[i]
                    if p.lang in ("any", tok.lang):
                        out.append(Candidate(tok.start, tok.end, p.label, p.id, "shape", tok.text))
        if self._matcher is None:
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
                    if t[0] == "eq" and any(_is_han_char(c) for c in t[2]):
                        found.add(t[2])
                    elif t[0] == "in":
                        if all(any(_is_han_char(c) for c in w) for w in t[2]):
                            found |= set(t[2])
                    elif t[0] == "re":
                        if "\u4e00" in t[2].pattern or "\\u4e00" in t[2].pattern:
                            han_class = True
                        found |= {c for c in t[2].pattern if _is_han_char(c)}
                if found and (best is None or min(map(len, found)) > min(map(len, best))):
                    best = found
            if best:
                chars |= best
            elif han_class:
                always = True
        return frozenset(chars), always

    def _match_tokens(self, text: str, tokens: list) -> list[Candidate]:
        from spacy.tokens import Doc

        patterns = self.rules.patterns
        words = [t.text for t in tokens]
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


# ----------------------------------------------------------------------------- tokens


def _is_han_char(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


class _LazyHanTokenizer:
    """Wraps :class:`puerextract.segment.Tokenizer`; see :meth:`Tagger.sentence_tokenizer`."""

    def __init__(self, base, needles: frozenset[str], always: bool) -> None:
        self.base = base
        self.always = always or not needles
        self.needles = re.compile("|".join(map(re.escape, sorted(needles)))) if needles else None

    def tokens(self, text: str, start: int, end: int, lang: str = "") -> list[Token]:
        if self.always or self.needles.search(text, start, end):
            return self.base.tokens(text, start, end, lang)
        from .segment import _HAN_RUN

        out: list[Token] = []
        pos = start
        for m in _HAN_RUN.finditer(text, start, end):
            if m.start() > pos:
                out.extend(self.base._latin_tokens(text, pos, m.start()))
            out.append(Token(m.start(), m.end(), m.group(), "zh"))
            pos = m.end()
        if pos < end:
            out.extend(self.base._latin_tokens(text, pos, end))
        return out


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
