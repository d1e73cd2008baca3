"""The English rule tokenizer: spaCy's algorithm in plain Python over scispaCy's rules.

The rules (prefix, suffix and infix regexes, special cases) are those of
``scispacy.custom_tokenizer.combined_rule_tokenizer`` on a blank English pipeline, exported to
``data/tokenizer/scispacy_en.json`` by ``python scripts/build_tokenizer_rules.py``. The tokens
are spaCy's (tests compare both on every bundled text and on random strings), without importing
spaCy: its import and the blank pipeline took about 1.4 s of a one-paper run.
"""

from __future__ import annotations

import json
import re
import warnings
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import RuleError

RULES_FILE = "data/tokenizer/scispacy_en.json"
_RUNS = re.compile(r"\s+|\S+")
_WORDS = re.compile(r"\S+")
#: per-word results kept (the words of a corpus repeat; spaCy keeps 10,000)
_CACHE_SIZE = 200_000

Piece = tuple[int, int]


class RuleTokenizer:
    """Token offsets of a Latin text, as spaCy's ``Tokenizer`` gives them."""

    def __init__(self, rules: dict[str, Any]) -> None:
        with warnings.catch_warnings():  # spaCy's character classes hold "[[" (as in spaCy)
            warnings.simplefilter("ignore", FutureWarning)
            self._prefix = re.compile(rules["prefix"]).search
            self._suffix = re.compile(rules["suffix"]).search
            self._infix = re.compile(rules["infix"]).finditer
        self._token_match = _matcher(rules.get("token_match"))
        self._url_match = _matcher(rules.get("url_match"))
        self._specials: dict[str, tuple[str, ...]] = {
            k: tuple(v) for k, v in rules["specials"].items()
        }
        self._cache: dict[str, tuple[Piece, ...]] = {}
        self._phrases, self._phrase_strings = self._phrase_patterns()

    def spans(self, text: str) -> list[Piece]:
        """(start, end) of each token of ``text``, whitespace tokens left out."""
        out: list[Piece] = []
        cache = self._cache
        for m in _WORDS.finditer(text):
            word = m.group()
            pieces = cache.get(word) or self._pieces(word)
            s = m.start()
            if len(pieces) == 1:
                out.append((s, m.end()))
            else:
                out.extend([(s + a, s + b) for a, b in pieces])
        if not self._has_phrase(text, out):
            return out
        # a special case written with affixes is in the text: spaCy's second pass
        toks = self._apply_phrases(text, self._tokens(text))
        return [(s, e) for s, e, ws in toks if not ws]

    def doc_tokens(self, text: str) -> list[tuple[int, int, bool]]:
        """(start, end, is whitespace) of every token, whitespace tokens included (the tokens
        of a spaCy ``Doc``)."""
        toks = self._tokens(text)
        if self._phrase_strings is None or next(self._phrase_strings.iter(text), None) is None:
            return toks
        return self._apply_phrases(text, toks)

    def _has_phrase(self, text: str, toks: list[Piece]) -> bool:
        """Whether the tokens at some place spell a special case written with affixes."""
        if self._phrase_strings is None:
            return False
        first: dict[int, int] | None = None
        for last, length in self._phrase_strings.iter(text):
            if first is None:
                first = {s: k for k, (s, _) in enumerate(toks)}
            k = first.get(last - length + 1)
            if k is None:
                continue
            s, e = toks[k]
            for texts in self._phrases.get(text[s:e], ()):
                if [text[a:b] for a, b in toks[k : k + len(texts)]] == list(texts):
                    return True
        return False

    def _pieces(self, word: str) -> tuple[Piece, ...]:
        pieces = self._cache.get(word)
        if pieces is None:
            pieces = self._word(word, True)
            if len(self._cache) < _CACHE_SIZE:
                self._cache[word] = pieces
        return pieces

    def _tokens(self, text: str) -> list[tuple[int, int, bool]]:
        """spaCy's first pass: (start, end, is whitespace) of every token."""
        toks: list[tuple[int, int, bool]] = []
        after_word = False
        for m in _RUNS.finditer(text):
            s, word = m.start(), m.group()
            if word[0].isspace():
                if after_word and word[0] == " ":  # one space after a word is no token
                    s, word = s + 1, word[1:]
                if word:
                    toks.append((s, s + len(word), True))
                after_word = False
                continue
            toks.extend((s + a, s + b, False) for a, b in self._pieces(word))
            after_word = True
        return toks

    # -- one whitespace-free word -----------------------------------------------------------

    def _word(self, word: str, specials: bool) -> tuple[Piece, ...]:
        if specials and word in self._specials:
            return _laid(self._specials[word], 0)
        start, end, prefixes, suffixes = self._split_affixes(word, specials)
        out = list(prefixes)
        out.extend(self._middle(word, start, end, specials))
        out.extend(reversed(suffixes))
        return tuple(out)

    def _split_affixes(
        self, word: str, specials: bool
    ) -> tuple[int, int, list[Piece], list[Piece]]:
        """spaCy's ``_split_affixes``: the core ``word[start:end]`` and the affixes cut off."""
        start, end = 0, len(word)
        prefixes: list[Piece] = []
        suffixes: list[Piece] = []
        last = -1
        while start < end and end - start != last:
            string = word[start:end]
            if self._token_match and self._token_match(string):
                break
            if specials and string in self._specials:
                break
            last = len(string)
            pre = self._prefix(string)
            pre_len = pre.end() - pre.start() if pre else 0
            if pre_len and specials and string[pre_len:] in self._specials:
                prefixes.append((start, start + pre_len))
                start += pre_len
                break
            suf = self._suffix(string[pre_len:])
            suf_len = suf.end() - suf.start() if suf else 0
            if suf_len and specials and string[:-suf_len] in self._specials:
                suffixes.append((end - suf_len, end))
                end -= suf_len
                break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                prefixes.append((start, start + pre_len))
                suffixes.append((end - suf_len, end))
                start, end = start + pre_len, end - suf_len
            elif pre_len:
                prefixes.append((start, start + pre_len))
                start += pre_len
            elif suf_len:
                suffixes.append((end - suf_len, end))
                end -= suf_len
        return start, end, prefixes, suffixes

    def _middle(self, word: str, start: int, end: int, specials: bool) -> list[Piece]:
        """spaCy's ``_attach_tokens`` for the core: a special case, a whole match, or infixes."""
        string = word[start:end]
        if not string:
            return []
        if specials and string in self._specials:
            return list(_laid(self._specials[string], start))
        if (self._token_match and self._token_match(string)) or (
            self._url_match and self._url_match(string)
        ):
            return [(start, end)]
        out: list[Piece] = []
        pos = 0
        for m in self._infix(string):
            a, b = m.start(), m.end()
            if a == 0:
                continue
            if a != pos:
                out.append((start + pos, start + a))
            if a != b:
                out.append((start + a, start + b))
            pos = b
        if pos < len(string):
            out.append((start + pos, end))
        return out

    # -- special cases written with affixes ("10a.m."): spaCy's special matcher ----------------

    def _phrase_patterns(self) -> tuple[dict[str, list[tuple[str, ...]]], Any]:
        """The token texts (affixes split, no special cases) of each special case that holds an
        affix, an infix or a space, by their first text; and an automaton finding those cases (no
        match in a text: the second pass has nothing to replace there)."""
        out: dict[str, list[tuple[str, ...]]] = {}
        strings = []
        for string in self._specials:
            if not (
                self._prefix(string)
                or any(True for _ in self._infix(string))
                or self._suffix(string)
                or " " in string
            ):
                continue
            texts = tuple(string[s:e] for s, e, _ in self._affix_tokens(string) if string[s:e])
            if len(texts) == 1 and len(self._specials[string]) == 1:
                continue  # one token for one token: nothing changes, and it blocks nothing longer
            if texts:
                out.setdefault(texts[0], []).append(texts)
                strings.append(string)
        if not strings:
            return out, None
        import ahocorasick

        automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
        for string in strings:
            automaton.add_word(string)
        automaton.make_automaton()
        return out, automaton

    def _affix_tokens(self, string: str) -> list[tuple[int, int, bool]]:
        toks: list[tuple[int, int, bool]] = []
        for m in _RUNS.finditer(string):
            s, word = m.start(), m.group()
            if word[0].isspace():
                toks.append((s, m.end(), True))
            else:
                toks.extend((s + a, s + b, False) for a, b in self._word(word, False))
        return toks

    def _apply_phrases(
        self, text: str, toks: list[tuple[int, int, bool]]
    ) -> list[tuple[int, int, bool]]:
        matches = self._phrase_matches(text, toks)
        if not matches:
            return toks
        chosen: dict[int, int] = {}
        seen: set[int] = set()
        # spaCy's _filter_special_spans: longest first, then the earliest
        for i, j in sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0])):
            if i not in seen and j - 1 not in seen:
                chosen[i] = j
            seen.update(range(i, j))
        out: list[tuple[int, int, bool]] = []
        k = 0
        while k < len(toks):
            j = chosen.get(k)
            if j is None:
                out.append(toks[k])
                k += 1
                continue
            s, e = toks[k][0], toks[j - 1][1]
            pieces = self._specials.get(text[s:e])
            if pieces is None:  # matched across a space: the tokens stay
                out.extend(toks[k:j])
            else:
                out.extend((a, b, text[a:b].isspace()) for a, b in _laid(pieces, s))
            k = j
        return out

    def _phrase_matches(self, text: str, toks: list[tuple[int, int, bool]]) -> list[Piece]:
        """(first, end) token indices of every run of tokens equal to a pattern."""
        found: list[Piece] = []
        phrases = self._phrases
        for i, (s, e, _) in enumerate(toks):
            for texts in phrases.get(text[s:e], ()):
                j = i + len(texts)
                if j <= len(toks) and all(
                    text[a:b] == t for (a, b, _), t in zip(toks[i:j], texts, strict=True)
                ):
                    found.append((i, j))
        return found


def _laid(pieces: tuple[str, ...], start: int) -> tuple[Piece, ...]:
    out = []
    for p in pieces:
        out.append((start, start + len(p)))
        start += len(p)
    return tuple(out)


def _matcher(pattern: str | None):
    return re.compile(pattern).match if pattern else None


@lru_cache(maxsize=1)
def english_rule_tokenizer() -> RuleTokenizer:
    """The packaged scispaCy rules, read once per process."""
    path = resources.files("puerextract").joinpath(RULES_FILE)
    try:
        rules = json.loads(path.read_text(encoding="utf-8"))
        return RuleTokenizer(rules)
    except (OSError, ValueError, KeyError, TypeError, re.error) as exc:
        raise RuleError(f"unreadable tokenizer rules ({exc})", path) from exc


def export_rules() -> dict[str, Any]:
    """The rules of scispaCy's ``combined_rule_tokenizer`` (imports spaCy and scispaCy)."""
    from importlib.metadata import version

    import spacy
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    with warnings.catch_warnings():  # spaCy's own character classes
        warnings.simplefilter("ignore", FutureWarning)
        tok = combined_rule_tokenizer(spacy.blank("en"))
    return {
        "source": {
            "built_by": "scripts/build_tokenizer_rules.py",
            "function": "scispacy.custom_tokenizer.combined_rule_tokenizer(spacy.blank('en'))",
            "spacy": version("spacy"),
            "scispacy": version("scispacy"),
        },
        "prefix": tok.prefix_search.__self__.pattern,
        "suffix": tok.suffix_search.__self__.pattern,
        "infix": tok.infix_finditer.__self__.pattern,
        "token_match": tok.token_match.__self__.pattern if tok.token_match else None,
        "url_match": tok.url_match.__self__.pattern if tok.url_match else None,
        "specials": {k: [d[65] for d in v] for k, v in sorted(tok.rules.items())},
    }
