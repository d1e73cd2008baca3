"""Contamination check: rule items and test strings that occur only in the blind test set.

A rule earns its place by working on text nobody tuned on. An item whose only occurrence among
the project's annotated texts (gold review, development set, test set) is in the test set was
most likely written after reading the test set. This module lists such items:

- lexicon terms, tag words, trigger words and unit forms (data files);
- literal strings and regular expressions of token patterns (``patterns/*.jsonl``);
- string literals and ``re`` patterns in the library's Python code;
- fragments of string literals in the test suite (``tests/``): any run of
  ``FRAGMENT`` characters shared with a test text and with no development or gold text.

Items already present when the test set was written are listed in an allow file (one
``kind<TAB>item`` a line) and not reported again.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

FRAGMENT = 14  # characters a test literal must share with a test text to count as copied
_HAN = re.compile(r"[\u3400-\u9fff]")
_WORDY = re.compile(r"[A-Za-z\u3400-\u9fff]")
_RE_FUNCS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "split"}


@dataclass(frozen=True, slots=True)
class Item:
    """One thing a rule or test holds: a literal string or a regular expression."""

    kind: str  # lexicon, tag_word, trigger, unit, pattern, pattern_regex, code, code_regex
    text: str
    where: str  # file:line

    @property
    def is_regex(self) -> bool:
        """True for regular expressions (matched, not searched as a literal)."""
        return self.kind.endswith("_regex")


@dataclass(frozen=True, slots=True)
class Finding:
    """An item whose only occurrence among the annotated texts is in the test set."""

    item: Item
    test_doc: str

    def line(self) -> str:
        """``file:line: kind 'text' occurs only in the test set (doc)``."""
        return (
            f"{self.item.where}: {self.item.kind} {self.item.text!r} occurs only in the "
            f"test set ({self.test_doc})"
        )


def texts_of(folder: Path) -> dict[str, str]:
    """Every ``NAME.txt`` of an annotated folder, by name."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def _meaningful(s: str) -> bool:
    """A literal worth checking: a Han character, or four Latin letters or digits."""
    if _HAN.search(s):
        return True
    return len(s.strip()) >= 4 and bool(_WORDY.search(s))


def _tsv_items(path: Path, kind: str, columns: Iterable[int]) -> Iterator[Item]:
    """Terms of the given columns of a rule TSV (``|``-separated), skipping the header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header_seen = False
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen and kind in ("lexicon", "trigger", "unit", "tag_word"):
            header_seen = True
            continue
        cells = line.split("\t")
        for c in columns:
            if c < len(cells):
                for term in cells[c].split("|"):
                    if term.strip():
                        yield Item(kind, term.strip(), f"{path}:{n}")


def _pattern_items(path: Path) -> Iterator[Item]:
    """Literal values and regexes inside the token patterns of a JSONL file."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        for token in json.loads(line).get("pattern", []):
            for attr, value in token.items():
                yield from _pattern_values(attr, value, f"{path}:{n}")


def _pattern_values(attr: str, value: object, where: str) -> Iterator[Item]:
    if isinstance(value, dict):
        for op, v in value.items():
            if op == "REGEX" and isinstance(v, str):
                yield Item("pattern_regex", v, where)
            elif op in ("IN", "NOT_IN") and isinstance(v, list):
                yield from (Item("pattern", s, where) for s in v if isinstance(s, str))
    elif isinstance(value, str) and attr in ("ORTH", "TEXT", "LOWER", "NORM", "LEMMA"):
        yield Item("pattern", value, where)


def _code_items(path: Path) -> Iterator[Item]:
    """String literals of a Python file; those given to ``re`` functions as regexes."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    regex_nodes: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_re_call(node.func) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                regex_nodes.add(id(first))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            kind = "code_regex" if id(node) in regex_nodes else "code"
            yield Item(kind, node.value, f"{path}:{node.lineno}")


def _is_re_call(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and func.attr in _RE_FUNCS
        and isinstance(func.value, ast.Name)
        and func.value.id == "re"
    )


def rule_items(data_dir: Path, code_dir: Path | None = None) -> list[Item]:
    """Every checkable item of the rule folder (and of the library code, when given)."""
    items: list[Item] = []
    for path in sorted((data_dir / "lexicons").glob("*.tsv")):
        items += _tsv_items(path, "lexicon", (3, 4))
    for name, kind, cols in (
        ("triggers.tsv", "trigger", (0,)),
        ("tag_words.tsv", "tag_word", (0,)),
        ("units.tsv", "unit", (0,)),
    ):
        if (data_dir / name).exists():
            items += _tsv_items(data_dir / name, kind, cols)
    for path in sorted((data_dir / "patterns").glob("*.jsonl")):
        items += _pattern_items(path)
    if code_dir is not None:
        for path in sorted(code_dir.rglob("*.py")):
            items += _code_items(path)
    return [i for i in items if i.is_regex or _meaningful(i.text)]


def _unanchor(regex: str) -> str:
    """A token pattern's ``^…$`` as token boundaries, so it can be searched in running text."""
    if regex.startswith("^"):
        regex = r"(?<![\w-])(?:" + regex[1:]
    else:
        regex = "(?:" + regex
    if regex.endswith("$") and not regex.endswith("\\$"):
        regex = regex[:-1] + r")(?![\w-])"
    else:
        regex += ")"
    return regex


def _occurs(item: Item, text: str, folded: str) -> bool:
    if item.is_regex:
        regex = _unanchor(item.text) if item.kind == "pattern_regex" else item.text
        try:
            return re.search(regex, text) is not None
        except re.error:
            return False
    if item.text.isascii():
        return item.text.casefold() in folded
    return item.text in text


def find_only_in_test(
    items: Iterable[Item], seen: dict[str, str], test: dict[str, str]
) -> list[Finding]:
    """Items that occur in a test text and in no gold or development text."""
    seen_all = "\n".join(seen.values())
    seen_folded = seen_all.casefold()
    test_folded = {k: v.casefold() for k, v in test.items()}
    findings: list[Finding] = []
    for item in items:
        if _occurs(item, seen_all, seen_folded):
            continue
        for name, text in test.items():
            if _occurs(item, text, test_folded[name]):
                findings.append(Finding(item, name))
                break
    return findings


def _windows(text: str, n: int) -> set[str]:
    return {text[i : i + n] for i in range(len(text) - n + 1)}


def suite_string_items(tests_dir: Path) -> list[Item]:
    """String literals of the test suite long enough to hold a copied fragment."""
    items: list[Item] = []
    for path in sorted(tests_dir.rglob("*.py")):
        for item in _code_items(path):
            if len(item.text) >= FRAGMENT and _WORDY.search(item.text):
                items.append(Item("test_string", item.text, item.where))
    return items


def copied_fragments(
    items: Iterable[Item], seen: dict[str, str], test: dict[str, str]
) -> list[Finding]:
    """Test literals sharing ``FRAGMENT`` characters with a test text and no other text."""
    seen_windows = set().union(*(_windows(t, FRAGMENT) for t in seen.values()))
    test_windows = {name: _windows(t, FRAGMENT) - seen_windows for name, t in test.items()}
    findings = []
    for item in items:
        mine = _windows(item.text, FRAGMENT)
        for name, windows in test_windows.items():
            if mine & windows:
                findings.append(Finding(item, name))
                break
    return findings


def load_allowed(path: Path) -> set[tuple[str, str]]:
    """``(kind, text)`` pairs recorded as present before the test set was written."""
    if not path.exists():
        return set()
    allowed = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, _, text = line.partition("\t")
            text = text.split("\t", 1)[0]  # a third column names the commit that added it
            allowed.add((kind, text.encode().decode("unicode_escape") if "\\" in text else text))
    return allowed


def allow_line(item: Item) -> str:
    """The allow-file line of an item (backslashes and tabs escaped)."""
    text = item.text
    if _needs_escape(text):
        text = text.encode("unicode_escape").decode("ascii")
    return f"{item.kind}\t{text}"


def _needs_escape(s: str) -> bool:
    return any(c in s for c in "\\\t\n\r")


def check(root: Path, data_dir: Path, code_dir: Path, allow_file: Path) -> list[Finding]:
    """All findings for a project root holding ``gold/``, ``dev/``, ``test/`` and ``tests/``."""
    if not (root / "test").is_dir():
        raise FileNotFoundError(f"{root / 'test'}: no test set to check against")
    seen = {**texts_of(root / "gold"), **texts_of(root / "dev")}
    test = texts_of(root / "test")
    found = find_only_in_test(rule_items(data_dir, code_dir), seen, test)
    found += copied_fragments(suite_string_items(root / "tests"), seen, test)
    allowed = load_allowed(allow_file)
    return [f for f in found if (f.item.kind, f.item.text) not in allowed]
