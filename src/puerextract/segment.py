"""Segment: paragraphs -> language -> sentences (guideline rule) -> tokens.

Chinese runs go through jieba (own ``jieba.Tokenizer`` with the project lexicon as its user
dictionary); English runs through scispaCy's tokenizer rules (:mod:`.rule_tokenizer`:
spaCy's algorithm in plain Python).
Mixed-script names (MC3T3-E1, ERK1/2, β-catenin, LC3-Ⅱ, μmol/L, ...) are protected as one
token in both languages: they are cut out before jieba sees the text, and English tokens
that fall inside such a name are merged. Every offset is an index into ``Document.text``.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .grammar import is_han
from .model import Document, Paragraph, Sentence, Token

log = logging.getLogger(__name__)

_HAN = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff"
_NAME_CHARS = "A-Za-z0-9αβγδεκλμνστωΑΒΓΔΚµⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
#: a mixed-script name: letters, digits, Greek letters and Roman numerals, joined by - / . · '
#: ("MC3T3-E1", "RAW264.7", "ERK1/2", "PI3K/Akt", "miR-204", "β-catenin", "LC3-Ⅱ", "μmol/L").
NAME_RE = re.compile(
    rf"[{_NAME_CHARS}]+(?:[-/.·'′+][{_NAME_CHARS}]+)*(?:[-/][{_NAME_CHARS}]+)*[+]?"
)
#: a Han run (to jieba) or one full-width / CJK punctuation character (a token of its own)
_HAN_RUN = re.compile(
    rf"[{_HAN}]+|[\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019]"
)

_ABBREVIATIONS = {
    "al",
    "e.g",
    "i.e",
    "fig",
    "figs",
    "vs",
    "eq",
    "ref",
    "refs",
    "no",
    "approx",
    "ca",
    "etc",
    "dr",
    "prof",
    "sp",
    "spp",
    "var",
    "subsp",
    "cf",
    "resp",
}
#: routes and schedules of dosing (i.p., s.c., p.o., b.i.d.): a sentence goes on after them when
#: a small letter or a digit follows, past a closing bracket ((10 mg/kg, i.p.) for 8 weeks)
_DOSING_ABBREVIATIONS = {"i.p", "i.v", "i.g", "i.m", "s.c", "p.o", "b.i.d", "t.i.d", "q.d"}
_ZH_TERMINALS = "。！？；"
_CLOSERS = "”’\"')）]】」』"
_CITATION_AFTER = re.compile(r"\[\d+(?:\s*[-–~～,，、]\s*\d+)*\]")


#: runs of what is not counted: deleting them leaves the Han characters, the ASCII letters
_NOT_HAN = re.compile(f"[^{_HAN}]+")
_NOT_ASCII_LETTER = re.compile("[^A-Za-z]+")


def token_lang(token: str) -> str:
    """A token's language as :class:`Tokenizer` gives it: ``zh`` for Han runs and CJK
    punctuation, ``en`` for the rest."""
    return "zh" if _HAN_RUN.match(token) else "en"


def count_han_latin(text: str) -> tuple[int, int]:
    """Han characters and ASCII letters in ``text`` (counted by regex, not per character in
    Python: this runs on every sentence and paragraph). Deleting the runs of other characters
    takes half the time of ``findall``, which makes a string per Han character."""
    return len(_NOT_HAN.sub("", text)), len(_NOT_ASCII_LETTER.sub("", text))


def language_of(text: str) -> str:
    """``zh``, ``en`` or ``mixed`` by the share of Han characters and Latin letters."""
    han, latin = count_han_latin(text)
    if han == 0:
        return "en" if latin else "zh" if not text.strip() else "en"
    if latin == 0:
        return "zh"
    if han >= latin:
        return "zh" if latin < 0.5 * han or han >= 10 else "mixed"
    return "en" if han <= 2 else "mixed"


# ----------------------------------------------------------------------------- sentences


def _english_break(text: str, i: int) -> bool:
    """Is the ``.``/``?``/``!`` at ``text[i]`` the end of an English sentence?"""
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if nxt and not (nxt.isspace() or nxt.isupper() or is_han(nxt) or nxt in _CLOSERS):
        return False
    if ch != ".":
        return True
    # the word before the dot
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    word = text[j:i]
    if word.lower() in _ABBREVIATIONS or word.lower().rstrip(".") in _ABBREVIATIONS:
        return False
    if word.lower() in _DOSING_ABBREVIATIONS and _GOES_ON.match(text, i + 1):
        return False  # (10 mg/kg, i.p.) for 8 weeks
    if _name_part(word) and _short_letters(text, i + 1):
        return False  # a histomorphometry name: Tb.Th, N.Oc, Ct.Th (guidelines v1.3)
    if _AUTHORITY.search(text, max(0, j - 40), i) and (
        _AFTER_DOT.match(text, i + 1) or _in_title(text, i)
    ):
        return False  # a botanist after a binomial: Achyranthes bidentata Bl. (ABE), or in a title
    if len(word) == 1 and word.isupper():  # a genus initial: P. lobata
        k = i + 1
        while k < len(text) and text[k] == " ":
            k += 1
        return not (k < len(text) and text[k].islower())
    if nxt and not nxt.isspace() and nxt.isupper() and word and word[-1].isdigit():
        return False  # 2.5A, RAW264.7B: a name, not a sentence end
    if nxt and nxt.isspace():
        k = i + 1
        while k < len(text) and text[k] == " ":
            k += 1
        if k < len(text) and (text[k].isdigit() and word.lower() in {"fig", "no", "table"}):
            return False
        if _spaced_decimal(text, word, i):
            return False
    return True


#: after a dot: closing brackets, spaces and a small letter or a digit (the sentence goes on)
_GOES_ON = re.compile(r"[)）\]]*\s*[a-z0-9]")
#: before a dot: a binomial's epithet and its authority's abbreviation (chinensis L, bidentata Bl)
_AUTHORITY = re.compile(r"[A-Z][a-z]+ [a-z]{3,} [A-Z][a-z]{0,6}$")
_AFTER_DOT = re.compile(r" ?[(（]")
#: a title in Title Case going on after the authority (… chinensis L. Induces Apoptosis in …)
_TITLE_CASE_AFTER = re.compile(r" [A-Z][a-z][\w-]* [A-Z][a-z][\w-]*")
#: a Title Case line up to a binomial's authority (Ethanol Extract of Dianthus chinensis L):
#: capitalised words and small function words from the line's start
_TITLE_CASE_BEFORE = re.compile(
    r"(?:[A-Z0-9][\w\-–’']*[ \t]+(?:(?:of|and|the|in|on|from|for|with|by|a|an)[ \t]+)*){2,}"
    r"[A-Z][a-z]+ [a-z]{3,} [A-Z][a-z]{0,6}"
)


def _in_title(text: str, i: int) -> bool:
    """Whether the authority's dot at ``text[i]`` stands inside a Title Case title: the line so
    far is Title Case and it goes on in Title Case."""
    if not _TITLE_CASE_AFTER.match(text, i + 1):
        return False
    line = text.rfind("\n", 0, i) + 1
    return _TITLE_CASE_BEFORE.fullmatch(text, line, i) is not None


def _spaced_decimal(text: str, word: str, i: int) -> bool:
    """A number of Chinese PDF text with a space after its point (降低 26. 53%, P < 0. 05): one
    space between digits, a Han character shortly before (the guideline: no end inside a number)."""
    return (
        word.isdigit()
        and text[i + 1 : i + 2] == " "
        and text[i + 2 : i + 3].isdigit()
        and any(is_han(c) for c in text[max(0, i - 40) : i])
    )


def _chinese_semicolon(text: str, i: int) -> bool:
    """Whether the ``;`` at ``text[i]`` stands for ； in Chinese text: a Han character within 12
    characters on either side (表达升高(P<0.05);PN 组…), outside parentheses."""
    before, after = text[max(0, i - 12) : i], text[i + 1 : i + 13]
    if not any(is_han(c) for c in before + after):
        return False
    lead = text[max(0, i - 60) : i]
    return lead.count("(") + lead.count("（") <= lead.count(")") + lead.count("）")


def _name_part(word: str) -> bool:
    """Whether ``word`` is one part of a histomorphometry name: a capital and at most one small
    letter (Tb, Ct, N, Oc; not ALP, We, The)."""
    return (
        0 < len(word) <= 2 and word.isascii() and word[0].isupper() and word[1:] == word[1:].lower()
    ) and word not in _SENTENCE_STARTS


#: two-letter words that start a sentence, never a part of a histomorphometry name
_SENTENCE_STARTS = frozenset({"We", "In", "An", "It", "As", "At", "On", "Of", "To", "By", "If"})


def _short_letters(text: str, k: int) -> bool:
    """Whether a histomorphometry name part starts at ``text[k]`` (Th, N, Oc, Pm), not
    followed by another letter."""
    j = k
    while j < len(text) and j - k < 3 and text[j].isascii() and text[j].isalpha():
        j += 1
    return _name_part(text[k:j]) and not (j < len(text) and text[j].isalpha())


_TERMINAL = re.compile("[" + re.escape(_ZH_TERMINALS + ".;?!") + "]")


def _sentence_ends(text: str) -> list[int]:
    """End offsets (exclusive) of the sentences of one paragraph."""
    ends: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        m = _TERMINAL.search(text, i)  # only these characters can end a sentence
        if m is None:
            break
        i = m.start()
        ch = text[i]
        cut = False
        if ch in _ZH_TERMINALS:
            cut = True
        elif ch == ";" and _chinese_semicolon(text, i):
            cut = True
        elif ch in ".;" and i > 0 and is_han(text[i - 1]):
            # a half-width . or ; typed in place of 。 / ； in Chinese text (连续 8 周.Ⅱ组)
            nxt = text[i + 1] if i + 1 < n else ""
            cut = not nxt or nxt.isspace() or is_han(nxt) or nxt in _CLOSERS or nxt.isupper()
        elif ch in ".?!":
            cut = _english_break(text, i)
        if cut:
            j = i + 1
            while j < n and text[j] in _CLOSERS + ".?!。！？":
                j += 1
            m = _CITATION_AFTER.match(text, j)  # a moved citation marker stays with its sentence
            if m:
                j = m.end()
            ends.append(j)
            i = j
            continue
        i += 1
    if not ends or ends[-1] < n:
        ends.append(n)
    return ends


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence offsets inside ``text[start:end]`` (whitespace trimmed, absolute offsets)."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans: list[tuple[int, int]] = []
    prev = 0
    for e in _sentence_ends(chunk):
        s = prev
        while s < e and chunk[s].isspace():
            s += 1
        t = e
        while t > s and chunk[t - 1].isspace():
            t -= 1
        if t > s:
            spans.append((start + s, start + t))
        prev = e
    return spans


# ----------------------------------------------------------------------------- tokens


class Tokenizer:
    """Bilingual tokenizer: jieba for Han runs, scispaCy's rule tokenizer for the rest."""

    def __init__(self, user_words: Iterable[str] = ()):
        # jieba words cannot hold spaces; names with Latin letters are protected by NAME_RE
        self._words = [
            w for w in (word.strip() for word in user_words)
            if w and " " not in w and any(is_han(c) for c in w)
        ]  # fmt: skip
        self.user_words = len(self._words)
        self._lock = threading.Lock()
        self._jieba_tok: Any = None
        self._rule_tok: Any = None
        self._short_chunks: dict[str, list[tuple[int, int]]] = {}
        self._short_han: dict[str, bytes] = {}

    @property
    def _jieba(self) -> Any:
        """jieba with the user words, loaded on the first Chinese text (its dictionary takes
        a third of a second from puerextract's cache: an English paper never pays it)."""
        if self._jieba_tok is None:
            with self._lock:
                if self._jieba_tok is None:
                    from . import jieba_dictionary

                    jieba = jieba_dictionary.import_jieba()
                    jieba.setLogLevel(logging.WARNING)
                    tok = jieba.Tokenizer()
                    jieba_dictionary.load(tok)  # a plain-text copy: 0.3 s against 0.9 s
                    for word in self._words:
                        tok.add_word(word, freq=200_000)
                    self._jieba_tok = tok
        return self._jieba_tok

    @property
    def _rules(self) -> Any:
        """The English rule tokenizer (scispaCy's rules), read on the first Latin text."""
        if self._rule_tok is None:
            with self._lock:
                if self._rule_tok is None:
                    from .rule_tokenizer import english_rule_tokenizer

                    self._rule_tok = english_rule_tokenizer()
        return self._rule_tok

    def tokens(
        self, text: str, start: int, end: int, lang: str = "", han_words: bool = True
    ) -> list[Token]:
        """Tokens of ``text[start:end]``, offsets absolute, each with its language; with
        ``han_words=False`` a Han run stays one token (no jieba)."""
        out: list[Token] = []
        pos = start
        for m in _HAN_RUN.finditer(text, start, end):
            if m.start() > pos:
                out.extend(self._run_after_han(text, pos, m.start(), start))
            if han_words and is_han(m.group()[0]):
                out.extend(self._han_tokens(text, m.start(), m.end()))
            else:
                out.append(Token(m.start(), m.end(), m.group(), "zh"))
            pos = m.end()
        if pos < end:
            out.extend(self._run_after_han(text, pos, end, start))
        return out

    def _run_after_han(self, text: str, pos: int, end: int, start: int) -> list[Token]:
        """A Latin run; one that follows Han text is cut before a "(" fused to the word
        before it (干扰素-γ(IFN-γ): Chinese typesetting's ASCII parenthesis opens an
        abbreviation, which scispaCy's rules would keep inside the word), and before "mRNA"
        fused to a gene's symbol (TLR4mRNA: Chinese typesetting drops the space)."""
        cuts = []
        if text.find("mRNA", pos, end) != -1:
            cuts = [m.start() for m in _FUSED_MRNA.finditer(text, pos + 1, end)]
        if pos > start and is_han(text[pos - 1]):
            cuts = sorted(cuts + [m.start() for m in _FUSED_PAREN.finditer(text, pos + 1, end)])
        out: list[Token] = []
        for cut in cuts:
            out.extend(self._latin_tokens(text, pos, cut))
            pos = cut
        return out + self._latin_tokens(text, pos, end)

    def _han_tokens(self, text: str, start: int, end: int) -> list[Token]:
        toks = []
        pos = start
        # jieba's work grows faster than the run: a run longer than any sentence is cut
        for piece in range(start, end, MAX_HAN_RUN):
            run = text[piece : min(end, piece + MAX_HAN_RUN)]
            if len(run) > _SHORT_CHUNK:
                for word in self._jieba.cut(run, HMM=True):
                    toks.append(Token(pos, pos + len(word), word, "zh"))
                    pos += len(word)
                continue
            for n in self._short_han_words(run):
                toks.append(Token(pos, pos + n, text[pos : pos + n], "zh"))
                pos += n
        return toks

    def _short_han_words(self, run: str) -> bytes:
        """The lengths of jieba's words in a short Han run (组, 与模型组相比: they recur, so
        each is cut once; a length per byte keeps the cache small)."""
        lengths = self._short_han.get(run)
        if lengths is None:
            lengths = bytes(len(w) for w in self._jieba.cut(run, HMM=True))
            if len(self._short_han) >= _SHORT_CHUNKS_KEPT:
                self._short_han.clear()
            self._short_han[run] = lengths
        return lengths

    def _latin_tokens(self, text: str, start: int, end: int) -> list[Token]:
        chunk = text[start:end]
        if not chunk.strip():
            return []
        if len(chunk) > MAX_LATIN_RUN:  # tokenized in bounded pieces, cut at a space
            return self._pieces_latin_tokens(text, start, end)
        long_word = _LONG_WORD.search(chunk)
        if long_word is not None:  # affix splitting (spaCy's) is quadratic in a word's length
            return self._cut_latin_tokens(text, start, end)
        if len(chunk) > _SHORT_CHUNK:
            return self._rule_latin_tokens(chunk, start)
        # short Latin runs between Han text (IL-6, 10 mg/kg, p < 0.05) recur: tokenized once
        spans = self._short_chunks.get(chunk)
        if spans is None:
            spans = [(t.start, t.end) for t in self._rule_latin_tokens(chunk, 0)]
            if len(self._short_chunks) >= _SHORT_CHUNKS_KEPT:
                self._short_chunks.clear()
            self._short_chunks[chunk] = spans
        return [Token(start + s, start + e, chunk[s:e], "en") for s, e in spans]

    def _pieces_latin_tokens(self, text: str, start: int, end: int) -> list[Token]:
        """Tokens of a long Latin run, tokenized in pieces of at most MAX_LATIN_RUN."""
        out: list[Token] = []
        while start < end:
            stop = min(end, start + MAX_LATIN_RUN)
            if stop < end:
                space = text.rfind(" ", start + MAX_LATIN_RUN // 2, stop)
                stop = space if space > start else stop
            out.extend(self._latin_tokens(text, start, stop))
            start = stop
        return out

    def _cut_latin_tokens(self, text: str, start: int, end: int) -> list[Token]:
        """Tokens of a run holding words longer than MAX_WORD: those are cut into pieces."""
        out: list[Token] = []
        pos = start
        for m in _LONG_WORD.finditer(text, start, end):
            if m.start() > pos:
                out.extend(self._latin_tokens(text, pos, m.start()))
            for piece in range(m.start(), m.end(), MAX_WORD):
                out.extend(
                    self._rule_latin_tokens(text[piece : min(m.end(), piece + MAX_WORD)], piece)
                )
            pos = m.end()
        if pos < end:
            out.extend(self._latin_tokens(text, pos, end))
        return out

    def _rule_latin_tokens(self, chunk: str, start: int) -> list[Token]:
        """Tokens of a Latin ``chunk`` by scispaCy's rules (:mod:`.rule_tokenizer`), names
        kept whole."""
        protected = [m.span() for m in NAME_RE.finditer(chunk)]
        n = len(protected)
        toks: list[Token] = []
        pi = 0
        merged_until = -1
        for s, e in self._rules.spans(chunk):
            if s < merged_until:
                continue
            while pi < n and protected[pi][1] <= s:
                pi += 1
            if pi < n and protected[pi][0] <= s:  # s < its end: the loop above
                e = max(e, protected[pi][1])
                merged_until = e
            piece = chunk[s:e]
            if piece.strip():
                toks.append(Token(start + s, start + e, piece, "en"))
        return toks


#: a word (no space) longer than this is tokenized in pieces of this length (10 KB of "(")
MAX_WORD = 64
_LONG_WORD = re.compile(r"\S{" + str(MAX_WORD + 1) + ",}")
#: a Latin run longer than this is tokenized in pieces (cut at a space where there is one)
MAX_LATIN_RUN = 8_000
#: a Han run longer than this goes to jieba in pieces of this length
MAX_HAN_RUN = 400

#: Latin runs up to this many characters have their tokens cached (at most this many runs)
_SHORT_CHUNK = 40
_SHORT_CHUNKS_KEPT = 50_000


#: a "(" fused to the word before it and opening a name: -γ(IFN-γ), E2(PGE2
_FUSED_PAREN = re.compile(r"(?<=[^\s(（])\((?=[A-Za-z])")
_FUSED_MRNA = re.compile(r"(?<=[0-9A-Za-zα-ωΑ-Ω])(?=mRNA(?![A-Za-z]))")


@lru_cache(maxsize=4)
def _tokenizer_for(words: tuple[str, ...]) -> Tokenizer:
    return Tokenizer(words)


def lexicon_words(rules_dir=None) -> tuple[str, ...]:
    """The lexicon's written forms (for jieba's user dictionary); empty if no rules exist."""
    try:
        from .rules import load_rules
    except ImportError:
        return ()
    rules = load_rules(rules_dir)
    words: set[str] = set()
    for entry in rules.lexicon:
        words.update(entry.terms_zh)
        words.update(entry.terms_en)
    return tuple(sorted(words))


def get_tokenizer(rules_dir=None, version: str | None = None) -> Tokenizer:
    """A cached tokenizer whose jieba dictionary holds the lexicon of ``rules_dir``.

    Looked up by rules version, so a call per document does not rebuild the word list (that
    cost grew with the lexicon: a third of the extraction time at 100x the shipped lexicon).
    ``version``: the rules version when the caller has it (the extractor: its tagger's), so
    the rule files are not looked at a second time for the same document.
    """
    try:
        from .rules import rules_version
    except ImportError:
        return _tokenizer_for(())
    from pathlib import Path

    key = str(Path(rules_dir).resolve()) if rules_dir is not None else None
    return _tokenizer_for_rules(key, version or rules_version(rules_dir))


@lru_cache(maxsize=4)
def _tokenizer_for_rules(rules_key: str | None, version: str) -> Tokenizer:
    from pathlib import Path

    return _tokenizer_for(lexicon_words(Path(rules_key) if rules_key else None))


# ----------------------------------------------------------------------------- document


def segment(doc: Document, tokenizer: Tokenizer | None = None, rules_dir=None) -> Document:
    """Fill ``doc.sentences`` (with tokens); paragraphs come from ingest or from line breaks."""
    text = doc.text
    if not doc.paragraphs:
        doc.paragraphs = _line_paragraphs(text)
    tok = tokenizer if tokenizer is not None else get_tokenizer(rules_dir)
    sentences: list[Sentence] = []
    for p_index, para in enumerate(doc.paragraphs):
        if para.kind in ("title", "heading"):
            spans = _trimmed(text, para.start, para.end)
        else:
            spans = split_sentences(text, para.start, para.end)
        for s, e in spans:
            sent_text = text[s:e]
            sentences.append(
                Sentence(
                    start=s,
                    end=e,
                    text=sent_text,
                    lang=language_of(sent_text),
                    paragraph=p_index,
                    tokens=tok.tokens(text, s, e),
                )
            )
    doc.sentences = sentences
    return doc


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []


def _line_paragraphs(text: str) -> list[Paragraph]:
    paras = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            paras.append(Paragraph(pos, pos + len(line), "body", language_of(line)))
        pos += len(line) + 1
    return paras
