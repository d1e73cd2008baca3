"""Rule data (lexicons, spaCy patterns, relation triggers): loading, overlay and validation.

The rules live in the package under ``puerextract/data/``::

    lexicons/*.tsv     id  type  preferred  zh  en  source      (terms separated by "|")
    patterns/*.jsonl   {"label", "pattern", "id"?, "lang"?, "comment"?} one object a line
    triggers.tsv       word  lang  relation  direction  example
    tag_words.tsv      word  role  comment  (word lists of the tagger: pathway heads, strains...)
    units.tsv          owned by the quantity parser; only hashed into the version here

A ``rules_dir`` overlays the packaged data: a file there with the same relative path
(``lexicons/genes.tsv``) replaces the packaged one, any other file is added. The format is
described for researchers in ``docs/rules.md``.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from .errors import RuleError
from .model import ENTITY_TYPES, NORM_PREFIXES
from .relate_words import ROLES as RELATION_WORD_ROLES

LEXICON_COLUMNS: tuple[str, ...] = ("id", "type", "preferred", "zh", "en", "source")
TRIGGER_COLUMNS: tuple[str, ...] = ("word", "lang", "relation", "direction", "example")
WORD_COLUMNS: tuple[str, ...] = ("word", "role", "comment")
#: roles of the relation frames' word lists (``relate.py``: groups, comparisons, clauses)
FRAME_ROLES: tuple[str, ...] = (
    "negation_zh",
    "negation_zh_after",
    "negation_en",
    "negation_en_not_after",
    "negation_en_degree",
    "passive_marker_zh",
    "passive_gap_zh",
    "cell_fate_after",
    "cell_fate_before",
    "cell_fate_noun",
    "count_comparative",
    "model_build_zh",
    "model_basis_zh",
    "model_noun_zh",
    "group_word",
    "compare_before",
    "compare_after",
    "dose_level",
    "clause_conjunction",
    "cell_count_word",
    "marker_word",
    "marker_control_word",
    "staining_measure",
    "cell_marker_gene",
    "object_pronoun",
    "report_word",
    "measure_word",
    "assay_word",
    "question_word",
    "counter_verb",
    "effect_blocker_zh",
    "causative_zh",
    "stimulus_verb_zh",
    "effect_verb_en",
    "frame_verb_zh",
    "experiment_intro_before",
    "experiment_intro_after",
    "cell_activity",
    "agent_after_word",
    "treatment_noun",
    "change_up_word",
    "change_down_word",
    "reverse_verb",
    "healing_word",
    "respectively_word",
    "disease_object_trigger",
    "healthy_group_word",
    "bound_modifier_zh",
    "disease_locative",
    "bone_benefit_word",
    "change_noun_zh",
    "condition_before",
    "condition_after",
    "change_measure",
    "degree_adverb_zh",
    "animal_taxon",
)
#: roles of the tagger's word lists (``tag_words.tsv``); a pattern may use one as a list
WORD_ROLES: tuple[str, ...] = (
    "cell_line_not_prefix",
    "herb_list_stop_zh",
    "cell_suffix_en",
    "cell_head_en",
    "cell_modifier_stop_en",
    "cell_head_zh",
    "cell_stop_zh",
    "cell_line_cue_after",
    "cell_line_cue_before",
    "cell_line_word",
    "pathway_head",
    "pathway_head_joined",
    "gene_pair_word",
    "model_word",
    "injury_part_zh",
    "rat_strain",
    "mouse_strain",
    "cell_origin_word",
    "negating_prefix",
    "negating_verb_before",
    "process_before",
    "process_after",
    "word_across_end_zh",
    "word_after_end_zh",
    "chem_substituent",
    "chem_parent_end",
    "fraction_word",
    "fraction_class",
    "blocker_context",
    "blocker_noun",
    "dose_code",
    "formula_suffix_zh",
    "formula_suffix_zh_four",
    "formula_follow",
    "formula_stop",
    "formula_suffix_en",
    "formula_stop_en",
    "formula_suffix_pinyin",
    "preparation_word_en",
    "preparation_stop_en",
    "given_stop_en",
    "given_suffix_en",
    "initials_stop",
    "solvent_word",
    "extract_word_en",
    "extract_stop_en",
    "extract_inner_stop_en",
    "giving_phrase_en",
    "arm_model_word",
    "likeness_word",
    "procedure_word",
    "procedure_gap_stop",
    "optional_infix_zh",
    "formula_common_word_zh",
    "time_start_word",
    "delay_event_word",
    "sample_after_time",
    "level_change_zh",
    "level_change_en",
    "dose_noun_zh",
    "rise_word_zh",
    "tissue_word_en",
    "approx_word_en",
    "spare_verb",
    "kill_verb",
    "death_word",
    "absence_word",
    *FRAME_ROLES,
    *RELATION_WORD_ROLES,  # relate_words.py: the words of the relation rules' templates
    # morphology.py: names no lexicon holds, by their shape and the words around them
    "compound_suffix_en",
    "compound_suffix_en_cued",
    "compound_stop_en",
    "compound_class_word",
    "compound_cue_before",
    "compound_cue_after",
    "compound_not_before",
    "compound_suffix_zh",
    "compound_suffix_zh_cued",
    "compound_cue_after_zh",
    "herb_cue_after_zh",
    "source_cue_zh",
    "compound_stop_zh",
    "long_form_stop_zh",
    "sample_ending_zh",
    "glycoside_ending",
    "long_form_descriptor_zh",
    "long_form_lead_zh",
    "long_form_class_head_zh",
    "long_form_link_zh",
    "adjective_suffix_zh",
    "trigger_insert_en",
    "qualified_gene",
    "compound_generic_zh",
    "element",
    "element_symbol",
    "cation",
    "element_not_before",
    "element_after",
    "element_context",
    "salt_prefix_zh",
    "name_prefix_zh",
    "herb_processing_zh",
    "salt_word_en",
    "material_word",
    "material_prefix",
    "stain_word",
    "dye_head",
    "dye_stop",
    "herb_part",
    "herb_part_genitive",
    "herb_qualifier",
    "serum_word",
    "dose_group_word",
    # tables.py: mentions from the knowledge tables (genes, taxa, chemicals, diseases)
    "table_gene_stop",
    "table_gene_cue",
    "taxon_common_stop",
    "epithet_stop",
    "cell_line_cue",
    "receptor_word",
    "protein_head_after_compound",
    "table_chemical_stop",
    "table_disease_stop",
    "table_cell_stop",
    "cell_organ_word_en",
    "cell_organ_word_zh",
    "disease_modifier_zh",
    "disease_modifier_en",
    "disease_site_zh",
    "disease_suffix_zh",
    "disease_site_en",
    "disease_suffix_en",
    "measure_verb_zh",
    "measure_verb_en",
    "list_cued_term",
    "table_taxon_cue",
)
#: a pattern value ``"@role"`` stands for the words of that role (``{"IN": "@rat_strain"}``)
WORD_LIST_MARK = "@"
PATTERN_KEYS: frozenset[str] = frozenset({"label", "pattern", "id", "lang", "comment"})
PATTERN_REQUIRED_KEYS: tuple[str, ...] = ("label", "pattern")

#: relations a trigger may announce; ``NONE`` marks a neutral verb (a blocker, no relation).
TRIGGER_RELATIONS: tuple[str, ...] = (
    "UPREGULATES",
    "DOWNREGULATES",
    "TREATS",
    "TESTED_IN",
    "NONE",
)
TRIGGER_DIRECTIONS: tuple[str, ...] = ("forward", "backward", "any", "after", "modifier")
TRIGGER_LANGS: tuple[str, ...] = ("zh", "en")
PATTERN_LANGS: tuple[str, ...] = ("zh", "en", "any")
TERM_SEPARATOR = "|"

LEXICON_DIR = "lexicons"
PATTERN_DIR = "patterns"
TRIGGERS_FILE = "triggers.tsv"
WORDS_FILE = "tag_words.tsv"
UNITS_FILE = "units.tsv"


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One lexicon row: an identifier, its entity type, preferred name and written forms."""

    id: str
    type: str
    preferred: str
    terms_zh: tuple[str, ...]
    terms_en: tuple[str, ...]
    source: str
    file: str
    line: int

    @property
    def terms(self) -> tuple[str, ...]:
        """Every written form, Chinese first."""
        return self.terms_zh + self.terms_en


@dataclass(frozen=True, slots=True)
class Pattern:
    """One spaCy Matcher / SpanRuler token pattern with its label and optional identifier."""

    label: str
    pattern: tuple[dict[str, Any], ...]
    id: str | None
    lang: str
    comment: str
    file: str
    line: int

    def as_spacy(self) -> dict[str, Any]:
        """The pattern as a SpanRuler / EntityRuler pattern dict (``id`` only when set)."""
        out: dict[str, Any] = {"label": self.label, "pattern": [dict(t) for t in self.pattern]}
        if self.id:
            out["id"] = self.id
        return out

    @property
    def family(self) -> str:
        """The rule family named in the comment (``shape``, ``pathway``...), before the colon."""
        head, sep, _ = self.comment.partition(":")
        return head.strip() if sep else ""


@dataclass(frozen=True, slots=True)
class Trigger:
    """A relation trigger word: which relation it announces and where its arguments stand."""

    word: str
    lang: str
    relation: str
    direction: str
    example: str
    file: str
    line: int


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Everything the tagger and the relation extractor read, with a content hash."""

    lexicon: tuple[LexiconEntry, ...]
    patterns: tuple[Pattern, ...]
    triggers: tuple[Trigger, ...]
    files: tuple[Path, ...]
    version: str
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _index: dict[str, tuple[str, str, str]] = field(default_factory=dict, repr=False)

    def term_index(self) -> dict[str, tuple[str, str, str]]:
        """Each written term -> ``(type, id, preferred)``. Terms are unique (checked on load)."""
        if not self._index:
            for entry in self.lexicon:
                for term in entry.terms:
                    self._index.setdefault(term, (entry.type, entry.id, entry.preferred))
        return self._index

    def patterns_for(self, lang: str) -> list[Pattern]:
        """Patterns that apply to text in ``lang`` (their own language or ``any``)."""
        return [p for p in self.patterns if p.lang in (lang, "any")]

    def triggers_for(self, lang: str) -> list[Trigger]:
        """Triggers of one language (``zh`` or ``en``)."""
        return [t for t in self.triggers if t.lang == lang]

    def units_file(self) -> Path | None:
        """The overlay's ``units.tsv`` when it replaces the packaged one, else None."""
        packaged = str(packaged_rules_dir() / UNITS_FILE)
        found = [f for f in self.files if f.name == UNITS_FILE and str(f) != packaged]
        return found[0] if found else None

    def words_of(self, role: str) -> tuple[str, ...]:
        """The tagger's words of one role (``tag_words.tsv``), in file order."""
        return self.words.get(role, ())


# --------------------------------------------------------------------------- file discovery


def packaged_rules_dir() -> Traversable:
    """The packaged ``puerextract/data`` folder."""
    return resources.files("puerextract") / "data"


def _rule_files_in(root: Traversable | Path) -> dict[str, Traversable | Path]:
    """Relative path -> file, for every rule file under ``root`` (may not exist)."""
    found: dict[str, Traversable | Path] = {}
    if not root.is_dir():
        return found
    for name in (TRIGGERS_FILE, UNITS_FILE, WORDS_FILE):
        item = root / name
        if item.is_file():
            found[name] = item
    for sub, suffix in ((LEXICON_DIR, ".tsv"), (PATTERN_DIR, ".jsonl")):
        folder = root / sub
        if not folder.is_dir():
            continue
        for item in folder.iterdir():
            if item.is_file() and item.name.endswith(suffix) and not item.name.startswith("."):
                found[f"{sub}/{item.name}"] = item
    return found


def rule_files(rules_dir: Path | None = None) -> dict[str, Traversable | Path]:
    """Relative path -> file actually read: packaged files overlaid by ``rules_dir``'s files."""
    files = _rule_files_in(packaged_rules_dir())
    if rules_dir is not None:
        rules_dir = Path(rules_dir)
        if not rules_dir.is_dir():
            raise RuleError("rules directory does not exist", rules_dir)
        files.update(_rule_files_in(rules_dir))
    return dict(sorted(files.items()))


def _version_of(contents: Iterable[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for rel, data in contents:
        digest.update(rel.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def rules_version(rules_dir: Path | None = None) -> str:
    """sha256 over every rule file read (relative path and content, sorted by path)."""
    digest = hashlib.sha256()
    for rel, f in rule_files(rules_dir).items():
        digest.update(rel.encode("utf-8") + b"\0")
        digest.update(_file_digest(f))
    return digest.hexdigest()


#: path -> ((mtime_ns, size, inode), sha256 of the content) of rule files hashed before
_DIGESTS: dict[str, tuple[tuple[int, int, int], bytes]] = {}
#: a file modified less than this long before it was hashed is hashed again on every call
_RACY_NS = 2_000_000_000


def _file_digest(f: Traversable | Path) -> bytes:
    """sha256 of a rule file's content. The extractor asks for the rules version on every
    document, so a file's digest is reused while its (mtime, size, inode) stay the same (a
    100x lexicon took 8 ms per document to re-hash). As git does for "racy" files, a digest is
    only reused for a file last modified well before it was hashed: a rewrite within the same
    timestamp tick is never missed."""
    if not isinstance(f, Path):
        return hashlib.sha256(f.read_bytes()).digest()
    try:
        st = f.stat()
    except OSError:
        return hashlib.sha256(f.read_bytes()).digest()  # raises the reading error as before
    key = (st.st_mtime_ns, st.st_size, st.st_ino)
    cached = _DIGESTS.get(str(f))
    if cached is not None and cached[0] == key:
        return cached[1]
    digest = hashlib.sha256(f.read_bytes()).digest()
    if time.time_ns() - st.st_mtime_ns > _RACY_NS:
        _DIGESTS[str(f)] = (key, digest)
    return digest


# --------------------------------------------------------------------------- parsing


class _Problems:
    """Collects problems; ``first_only`` stops at the first (for :func:`load_rules`)."""

    def __init__(self, first_only: bool):
        self.first_only = first_only
        self.items: list[RuleError] = []

    def add(self, problem: str, path: str, line: int | None = None) -> None:
        err = RuleError(problem, path, line)
        if self.first_only:
            raise err
        self.items.append(err)


def _decode(data: bytes, path: str, problems: _Problems) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.add(f"not UTF-8 (byte {exc.start})", path, line)
        return None
    return text.removeprefix("\ufeff")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) with the line ending removed."""
    for number, line in enumerate(text.split("\n"), start=1):
        yield number, line.rstrip("\r")


def _check_id(ident: str, path: str, line: int, problems: _Problems) -> bool:
    if not ident:  # a row without identifier: its mentions get none
        return True
    prefix, sep, local = ident.partition(":")
    if not sep or prefix not in NORM_PREFIXES:
        problems.add(
            f"id {ident!r} has no known prefix (one of {', '.join(NORM_PREFIXES)})", path, line
        )
        return False
    if not local.strip() or local != local.strip() or " " in local:
        problems.add(f"id {ident!r}: empty or spaced local part", path, line)
        return False
    return True


def _split_terms(
    cell: str, column: str, path: str, line: int, problems: _Problems
) -> tuple[str, ...]:
    if not cell:
        return ()
    terms = cell.split(TERM_SEPARATOR)
    out: list[str] = []
    for term in terms:
        if not term.strip():
            problems.add(f"empty term in column {column!r} ({cell!r})", path, line)
            continue
        if term != term.strip():
            problems.add(f"term {term!r} in column {column!r} has outer spaces", path, line)
            term = term.strip()
        if term not in out:
            out.append(term)
    return tuple(out)


def _tsv_rows(
    text: str, columns: tuple[str, ...], path: str, problems: _Problems
) -> Iterator[tuple[int, list[str]]]:
    """Data rows of a TSV with an exact header; comment and blank lines skipped."""
    header_seen = False
    rows = 0
    for number, line in _lines(text):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            names = [c.strip() for c in cells]
            if tuple(names) != columns:
                unknown = [n for n in names if n not in columns]
                missing = [c for c in columns if c not in names]
                detail = []
                if unknown:
                    detail.append(f"unknown column(s) {', '.join(unknown)}")
                if missing:
                    detail.append(f"missing column(s) {', '.join(missing)}")
                if not detail:
                    detail.append("columns out of order")
                problems.add(
                    f"bad header: {'; '.join(detail)} (expected {' '.join(columns)})",
                    path,
                    number,
                )
                return
            continue
        if len(cells) != len(columns):
            problems.add(
                f"{len(cells)} tab-separated columns, expected {len(columns)}", path, number
            )
            continue
        rows += 1
        yield number, [c.strip() for c in cells]
    if rows == 0:
        problems.add("empty file: no rows", path, 1)


def _parse_lexicon(text: str, path: str, problems: _Problems) -> list[LexiconEntry]:
    entries: list[LexiconEntry] = []
    for number, (ident, etype, preferred, zh, en, source) in _tsv_rows(
        text, LEXICON_COLUMNS, path, problems
    ):
        ok = _check_id(ident, path, number, problems)
        if etype not in ENTITY_TYPES:
            problems.add(
                f"unknown entity type {etype!r} (one of {', '.join(ENTITY_TYPES)})", path, number
            )
            ok = False
        if not preferred:
            problems.add("empty preferred name", path, number)
            ok = False
        terms_zh = _split_terms(zh, "zh", path, number, problems)
        terms_en = _split_terms(en, "en", path, number, problems)
        if not terms_zh and not terms_en:
            problems.add("no terms: zh and en are both empty", path, number)
            ok = False
        if ok:
            entries.append(
                LexiconEntry(ident, etype, preferred, terms_zh, terms_en, source, path, number)
            )
    return entries


def _check_term_conflicts(entries: list[LexiconEntry], problems: _Problems) -> None:
    """The same written term must not name two identifiers (or two types)."""
    seen: dict[str, LexiconEntry] = {}
    for entry in entries:
        for term in entry.terms:
            first = seen.get(term)
            if first is None:
                seen[term] = entry
                continue
            if first.id != entry.id or first.type != entry.type:
                problems.add(
                    f"term {term!r} maps to {entry.id} ({entry.type}) here and to "
                    f"{first.id} ({first.type}) at {first.file}:{first.line}",
                    entry.file,
                    entry.line,
                )


@lru_cache(maxsize=1)
def _validation_matcher_vocab():  # noqa: ANN202 - spaCy type, imported lazily
    import spacy

    return spacy.blank("en").vocab


def _regexes(value: Any) -> Iterator[str]:
    """Every ``REGEX`` string inside a token pattern's attribute values."""
    if isinstance(value, dict):
        for key, v in value.items():
            if key == "REGEX" and isinstance(v, str):
                yield v
            else:
                yield from _regexes(v)
    elif isinstance(value, list):
        for v in value:
            yield from _regexes(v)


def catastrophic_regex(regex: str) -> bool:
    """True when an unbounded repeat holds another unbounded repeat (``(a+)+``, ``(a*)*``):
    Python's backtracking engine can take exponential time on such a pattern."""
    import re._parser as sre_parse  # the parser of the re module itself

    try:
        tree = sre_parse.parse(regex)
    except re.error:
        return False  # reported as an invalid regex elsewhere
    return _nested_repeat(tree, inside=False)


def _nested_repeat(tree: Any, inside: bool) -> bool:
    """Walk the parsed regex: an unbounded repeat met inside another one is nested."""
    from re._constants import MAX_REPEAT, MAXREPEAT, MIN_REPEAT

    for op, arg in tree.data:
        if op in (MAX_REPEAT, MIN_REPEAT):
            _lo, hi, sub = arg
            unbounded = hi == MAXREPEAT or hi > 50
            if (unbounded and inside) or _nested_repeat(sub, inside or unbounded):
                return True
            continue
        if any(_nested_repeat(sub, inside) for sub in _subpatterns(arg)):
            return True
    return False


def _subpatterns(arg: Any) -> Iterator[Any]:
    """The sub-patterns inside a parsed regex node's argument (groups, branches...)."""
    if hasattr(arg, "data"):
        yield arg
    elif isinstance(arg, (list, tuple)):
        for item in arg:
            yield from _subpatterns(item)


def _check_units(source: Traversable | Path, problems: _Problems) -> None:
    """A unit table the quantity parser cannot load is a problem of the rules."""
    from .quantities import load_unit_table

    if str(source) == str(packaged_rules_dir() / UNITS_FILE):
        return  # the packaged table is tested with the package
    try:
        load_unit_table(Path(str(source)))
    except RuleError as exc:
        if problems.first_only:
            raise
        problems.items.append(exc)


def _matcher_problem(pattern: list[dict[str, Any]]) -> str | None:
    """spaCy's complaint about a token pattern, or ``None`` when the Matcher accepts it."""
    from spacy.matcher import Matcher

    for regex in _regexes(pattern):
        if catastrophic_regex(regex):
            return (
                f"REGEX {regex!r} nests unbounded repeats (as in (a+)+): it can take "
                "exponential time; rewrite it without the outer repeat"
            )

    matcher = Matcher(_validation_matcher_vocab(), validate=True)
    try:
        matcher.add("P", [pattern])
    except Exception as exc:  # noqa: BLE001 - spaCy raises ValueError, KeyError, MatchPatternError
        message = " ".join(str(exc).split())
        return f"spaCy Matcher rejects the pattern: {message[:300]}"
    return None


def _parse_words(text: str, path: str, problems: _Problems) -> dict[str, list[str]]:
    """Role -> words of ``tag_words.tsv`` (file order, no repeats)."""
    words: dict[str, list[str]] = {}
    for number, (word, role, _comment) in _tsv_rows(text, WORD_COLUMNS, path, problems):
        if not word:
            problems.add("empty word", path, number)
            continue
        if role not in WORD_ROLES:
            problems.add(f"unknown role {role!r} (one of {', '.join(WORD_ROLES)})", path, number)
            continue
        if word in words.setdefault(role, []):
            problems.add(f"duplicate word {word!r} for role {role}", path, number)
            continue
        words[role].append(word)
    return words


def _expand_word_lists(
    token_pattern: list, words: dict[str, list[str]], path: str, line: int, problems: _Problems
) -> bool:
    """Replace each ``"@role"`` list value (``IN``/``NOT_IN``) by that role's words, in place
    (lower-cased under ``LOWER``). False when a role is unknown."""
    ok = True
    for spec in token_pattern:
        for key, value in spec.items():
            if not isinstance(value, dict):
                continue
            for op in ("IN", "NOT_IN"):
                ref = value.get(op)
                if not (isinstance(ref, str) and ref.startswith(WORD_LIST_MARK)):
                    continue
                role = ref[len(WORD_LIST_MARK) :]
                if role not in WORD_ROLES:
                    problems.add(
                        f"unknown word list {ref!r} (one of @{', @'.join(WORD_ROLES)})", path, line
                    )
                    ok = False
                    continue
                found = words.get(role, [])
                value[op] = [w.lower() for w in found] if key == "LOWER" else list(found)
    return ok


def _parse_patterns(
    text: str, path: str, problems: _Problems, words: dict[str, list[str]] | None = None
) -> list[Pattern]:
    from .validated import known_good, remember_good

    data = (text + "\0" + json.dumps(words or {}, sort_keys=True)).encode("utf-8")
    checked = known_good("patterns", data)  # spaCy's Matcher validated these bytes before
    before = len(problems.items)
    patterns = _pattern_lines(text, path, problems, words, checked)
    if not checked and len(problems.items) == before:
        remember_good("patterns", data)
    return patterns


def _pattern_lines(
    text: str,
    path: str,
    problems: _Problems,
    words: dict[str, list[str]] | None,
    checked: bool,
) -> list[Pattern]:
    patterns: list[Pattern] = []
    any_line = False
    for number, line in _lines(text):
        if not line.strip():
            continue
        any_line = True
        obj = _pattern_object(line, path, number, problems)
        if obj is None:
            continue
        pattern = _pattern_of(obj, path, number, problems, words, checked)
        if pattern is not None:
            patterns.append(pattern)
    if not any_line:
        problems.add("empty file: no patterns", path, 1)
    return patterns


def _pattern_object(line: str, path: str, number: int, problems: _Problems) -> dict | None:
    """The JSON object of one pattern line with its keys checked, or None (problem added)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        problems.add(f"invalid JSON: {exc.msg} (column {exc.colno})", path, number)
        return None
    if not isinstance(obj, dict):
        problems.add("a pattern line must be a JSON object", path, number)
        return None
    unknown = sorted(set(obj) - PATTERN_KEYS)
    if unknown:
        problems.add(
            f"unknown key(s) {', '.join(unknown)} (allowed: {', '.join(sorted(PATTERN_KEYS))})",
            path,
            number,
        )
        return None
    missing = [k for k in PATTERN_REQUIRED_KEYS if k not in obj]
    if missing:
        problems.add(f"missing key(s) {', '.join(missing)}", path, number)
        return None
    return obj


def _pattern_of(
    obj: dict,
    path: str,
    number: int,
    problems: _Problems,
    words: dict[str, list[str]] | None,
    checked: bool,
) -> Pattern | None:
    """The :class:`Pattern` of a checked line object, or None (every problem added)."""
    label, token_pattern = obj["label"], obj["pattern"]
    ident, lang, comment = obj.get("id"), obj.get("lang", "any"), obj.get("comment", "")
    ok = _pattern_fields_ok(label, lang, ident, comment, path, number, problems)
    if (
        not isinstance(token_pattern, list)
        or not token_pattern
        or not all(isinstance(t, dict) for t in token_pattern)
    ):
        problems.add("pattern must be a non-empty list of token objects", path, number)
        return None
    if not _expand_word_lists(token_pattern, words or {}, path, number, problems):
        return None
    complaint = None if checked else _matcher_problem(token_pattern)
    if complaint:
        problems.add(complaint, path, number)
        ok = False
    return Pattern(label, tuple(token_pattern), ident, lang, comment, path, number) if ok else None


def _pattern_fields_ok(
    label: object, lang: object, ident: object, comment: object, path: str, number: int,
    problems: _Problems,
) -> bool:  # fmt: skip
    ok = True
    if label not in ENTITY_TYPES:
        problems.add(f"unknown label {label!r} (one of {', '.join(ENTITY_TYPES)})", path, number)
        ok = False
    if lang not in PATTERN_LANGS:
        problems.add(f"unknown lang {lang!r} (one of {', '.join(PATTERN_LANGS)})", path, number)
        ok = False
    if ident is not None and not (
        isinstance(ident, str) and _check_id(ident, path, number, problems)
    ):
        if not isinstance(ident, str):
            problems.add("id must be a string", path, number)
        ok = False
    if not isinstance(comment, str):
        problems.add("comment must be a string", path, number)
        ok = False
    return ok


def _parse_triggers(text: str, path: str, problems: _Problems) -> list[Trigger]:
    triggers: list[Trigger] = []
    seen: dict[tuple[str, str, str, str], int] = {}
    rows: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for number, (word, lang, relation, direction, example) in _tsv_rows(
        text, TRIGGER_COLUMNS, path, problems
    ):
        ok = True
        if not word:
            problems.add("empty trigger word", path, number)
            ok = False
        if lang not in TRIGGER_LANGS:
            problems.add(f"unknown lang {lang!r} (one of {', '.join(TRIGGER_LANGS)})", path, number)
            ok = False
        if relation not in TRIGGER_RELATIONS:
            problems.add(
                f"unknown relation {relation!r} (one of {', '.join(TRIGGER_RELATIONS)})",
                path,
                number,
            )
            ok = False
        if direction not in TRIGGER_DIRECTIONS:
            problems.add(
                f"unknown direction {direction!r} (one of {', '.join(TRIGGER_DIRECTIONS)})",
                path,
                number,
            )
            ok = False
        key = (word, lang, relation, direction)
        if ok and key in seen:
            problems.add(f"duplicate trigger (first at line {seen[key]})", path, number)
            ok = False
        if ok and direction in ("modifier", "after") and relation != "TESTED_IN":
            problems.add(f"direction {direction} needs relation TESTED_IN", path, number)
            ok = False
        if ok:
            ok = _check_trigger_fires(word, lang, relation, path, number, rows, problems)
        if ok:
            seen[key] = number
            triggers.append(Trigger(word, lang, relation, direction, example, path, number))
    return triggers


def _check_trigger_fires(
    word: str,
    lang: str,
    relation: str,
    path: str,
    number: int,
    rows: dict[tuple[str, str], list[tuple[str, int]]],
    problems: _Problems,
) -> bool:
    """A row that can never fire is a problem: the same word (English: any case) and relation
    as an earlier row with another direction (the first row wins), or a word that is both a
    neutral NONE row and a relation row (NONE always blocks)."""
    same_word = rows.setdefault((word.lower() if lang == "en" else word, lang), [])
    for other, line in same_word:
        if other == relation:
            problems.add(
                f"trigger never fires: line {line} has the same word and relation "
                "with another direction (the first row wins)",
                path,
                number,
            )
            return False
        if "NONE" in (other, relation):
            problems.add(
                f"trigger never fires: line {line} makes this word neutral (NONE) and a "
                "relation trigger at once",
                path,
                number,
            )
            return False
    same_word.append((relation, number))
    return True


def _parse(rules_dir: Path | None, first_only: bool) -> tuple[RuleSet, list[RuleError]]:
    problems = _Problems(first_only)
    files = rule_files(rules_dir)
    contents = [(rel, f.read_bytes()) for rel, f in files.items()]
    version = _version_of(contents)
    lexicon: list[LexiconEntry] = []
    patterns: list[Pattern] = []
    triggers: list[Trigger] = []
    words: dict[str, list[str]] = {}
    # the word lists first: patterns may name them
    ordered = sorted(
        zip(contents, files.values(), strict=True), key=lambda item: item[0][0] != WORDS_FILE
    )
    for (rel, data), source in ordered:
        path = str(source)
        if rel == UNITS_FILE:
            _check_units(source, problems)  # read by the quantity parser; checked here too
            continue
        text = _decode(data, path, problems)
        if text is None:
            continue
        if rel == WORDS_FILE:
            words = _parse_words(text, path, problems)
        elif rel.startswith(LEXICON_DIR + "/"):
            lexicon.extend(_parse_lexicon(text, path, problems))
        elif rel.startswith(PATTERN_DIR + "/"):
            patterns.extend(_parse_patterns(text, path, problems, words))
        elif rel == TRIGGERS_FILE:
            triggers.extend(_parse_triggers(text, path, problems))
    _check_term_conflicts(lexicon, problems)
    if not lexicon and not any(r.startswith(LEXICON_DIR + "/") for r in files):
        problems.add("no lexicon files", str(rules_dir or packaged_rules_dir()))
    ruleset = RuleSet(
        lexicon=tuple(lexicon),
        patterns=tuple(patterns),
        triggers=tuple(triggers),
        files=tuple(Path(str(f)) for f in files.values()),
        version=version,
        words={role: tuple(ws) for role, ws in words.items()},
    )
    return ruleset, problems.items


@lru_cache(maxsize=8)
def _load_cached(rules_dir: str | None, version: str) -> RuleSet:
    ruleset, _ = _parse(Path(rules_dir) if rules_dir else None, first_only=True)
    return ruleset


def load_rules(rules_dir: Path | None = None) -> RuleSet:
    """Load the packaged rules overlaid by ``rules_dir``; raise :class:`RuleError` on the first
    problem. Cached by content hash, so calling it per document is cheap."""
    key = str(Path(rules_dir).resolve()) if rules_dir is not None else None
    return _load_cached(key, rules_version(rules_dir))


def check_rules(rules_dir: Path | None = None) -> list[RuleError]:
    """Every problem in the rules (empty when they are fine), each naming file and line."""
    try:
        _, problems = _parse(rules_dir, first_only=False)
    except RuleError as exc:  # a missing rules directory
        return [exc]
    return problems
