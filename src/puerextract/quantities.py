"""Quantity stage: CONCENTRATION and DURATION mentions (number(s) + unit) with values and unit.

The written units come from a researcher-edited table (``puerextract/data/units.tsv``), compiled
into one regular expression. Values are kept as written (``40 μM`` -> ``values=40 unit=umol/L``);
pint is used only to check the table and to compare quantities across units.
See ``docs/quantities.md``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from operator import attrgetter
from pathlib import Path

from puerextract.errors import RuleError

from .prefilter import compile_prefiltered, prefiltered

UNIT_COLUMNS = ("written", "kind", "canonical", "pint", "example")
KIND_TO_TYPE = {
    "concentration": "CONCENTRATION",
    "dose": "CONCENTRATION",
    "dose_rate": "CONCENTRATION",
    "percent": "CONCENTRATION",
    "duration": "DURATION",
}

# --- character folding (one character to one character, so offsets are unchanged) -----------

_FOLD_MAP: dict[int, str] = {
    c: chr(c - 0xFEE0)
    for c in range(0xFF01, 0xFF5F)
    if c != 0xFF0C  # keep ， (list separator)
}
_FOLD_MAP.update(
    {
        0x00B5: "μ",  # micro sign -> Greek small mu
        0x3000: " ",
        0x00A0: " ",
        0x202F: " ",
        **{c: " " for c in range(0x2002, 0x200B)},
        0x2212: "-",  # minus sign
        0x2010: "-",
        0x2011: "-",
        0x2013: "-",  # en dash
        0x2014: "-",  # em dash
        0x301C: "~",  # wave dash
        0x002A: "·",  # an asterisk between unit factors (mg*kg-1, PDF text)
        0xFF0A: "·",  # its full-width form
        0x2022: "·",
        0x2219: "·",
        0x22C5: "·",
        0x30FB: "·",
        0xFF65: "·",
    }
)
_FOLD = str.maketrans(_FOLD_MAP)


_FOLD_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD_MAP) + "]")


def fold(text: str) -> str:
    """Fold micro signs, full-width ASCII, dashes, dots and spaces; same length as ``text``."""
    if _FOLD_CHARS.search(text) is None:  # nothing to fold: a search is cheaper than translate
        return text
    return text.translate(_FOLD)


# --- pint ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def unit_registry():
    """The one pint registry (with international units, ``IU``, defined)."""
    import pint

    ureg = pint.UnitRegistry()
    ureg.define("international_unit = [biological_activity] = IU")
    return ureg


@lru_cache(maxsize=4096)
def parse_unit(expression: str):
    """A pint quantity for a unit expression (cached); raises pint's errors or ValueError."""
    parsed = unit_registry().parse_expression(fold(expression))
    if not hasattr(parsed, "units"):
        raise ValueError(f"{expression!r} is a plain number, not a unit")
    return parsed


# --- the unit table -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UnitEntry:
    """One row of the unit table."""

    written: str
    kind: str
    canonical: str
    pint: str
    example: str
    line: int


@dataclass(frozen=True)
class UnitTable:
    """The validated unit table; ``by_folded`` maps a folded written form to its entry."""

    path: str
    entries: tuple[UnitEntry, ...]
    by_folded: dict[str, UnitEntry] = field(compare=False, repr=False)

    def lookup(self, written: str) -> UnitEntry | None:
        """The entry for a written unit (µ/μ and full-width forms alike), or None."""
        return self.by_folded.get(fold(written))


def _read_table_text(path: str | Path | None) -> tuple[str, str]:
    if path is None:
        ref = resources.files("puerextract.data") / "units.tsv"
        return ref.read_text(encoding="utf-8"), str(ref)
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except OSError as exc:
        raise RuleError(f"cannot read unit table: {exc.strerror or exc}", path) from None
    except UnicodeDecodeError:
        raise RuleError("unit table is not UTF-8 text", path) from None


def _check_pint(expression: str, column: str, label: str, lineno: int):
    try:
        return parse_unit(expression)
    except Exception as exc:  # pint raises many error types (undefined unit, syntax, ...)
        problem = f"pint cannot parse {column} {expression!r}: {type(exc).__name__}: {exc}"
        raise RuleError(problem, label, lineno) from None


def _check_units(row: dict[str, str], written: str, label: str, lineno: int) -> None:
    """pint reads both units, they are the same unit, and a duration is a time."""
    as_pint = _check_pint(row["pint"], "pint", label, lineno)
    as_canonical = _check_pint(row["canonical"], "canonical", label, lineno)
    try:
        ratio = (as_pint / as_canonical).to("dimensionless").magnitude
    except Exception:
        raise RuleError(
            f"canonical {row['canonical']!r} and pint {row['pint']!r} are different dimensions",
            label,
            lineno,
        ) from None
    if abs(ratio - 1.0) > 1e-9:
        raise RuleError(
            f"canonical {row['canonical']!r} is not the same unit as pint {row['pint']!r} "
            f"(factor {ratio:g}); values are not converted, so they must be equal",
            label,
            lineno,
        )
    if row["kind"] == "duration" and as_pint.dimensionality != parse_unit("h").dimensionality:
        raise RuleError(f"duration {written!r} is not a time unit", label, lineno)


def load_unit_table(path: str | Path | None = None) -> UnitTable:
    """Read and validate a unit table (the packaged ``units.tsv`` when ``path`` is None).

    Raises ``RuleError(problem, path, line)`` for an unknown or missing column, an empty cell,
    an unknown kind, a pint expression pint cannot parse, a canonical unit that is not the same
    unit as the pint expression, or a written form listed twice.
    """
    from .validated import known_good, remember_good

    text, label = _read_table_text(path)
    checked = known_good("units", text.encode("utf-8"))  # pint validated these bytes before
    table = _parse_unit_table(text, label, validate=not checked)
    if not checked:
        remember_good("units", text.encode("utf-8"))
    return table


def _parse_unit_table(text: str, label: str, validate: bool) -> UnitTable:
    """Parse and check the table's text; ``validate`` also checks each row's units with pint."""
    header: list[str] | None = None
    entries: list[UnitEntry] = []
    first_line: dict[str, int] = {}
    by_folded: dict[str, UnitEntry] = {}
    for lineno, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            _check_header(cells, label, lineno)
            header = cells
            continue
        row = _unit_row(header, cells, label, lineno)
        written = row["written"]
        _check_written(written, first_line, label, lineno)
        if validate:
            _check_units(row, written, label, lineno)
        entry = UnitEntry(
            written, row["kind"], row["canonical"], row["pint"], row["example"], lineno
        )
        folded = fold(written)
        _check_same_reading(entry, by_folded.get(folded), label, lineno)
        first_line[written] = lineno
        by_folded.setdefault(folded, entry)
        entries.append(entry)
    if header is None:
        raise RuleError("unit table has no header line", label)
    if not entries:
        raise RuleError("unit table lists no units", label)
    return UnitTable(label, tuple(entries), by_folded)


def _check_header(cells: list[str], label: str, lineno: int) -> None:
    """The header names every column of ``UNIT_COLUMNS`` once, and no other."""
    unknown = [c for c in cells if c not in UNIT_COLUMNS]
    if unknown:
        raise RuleError(
            f"unknown column {unknown[0]!r} (columns are {', '.join(UNIT_COLUMNS)})",
            label,
            lineno,
        )
    missing = [c for c in UNIT_COLUMNS if c not in cells]
    if missing:
        raise RuleError(f"missing column {missing[0]!r}", label, lineno)
    if len(set(cells)) != len(cells):
        raise RuleError("a column is named twice", label, lineno)


def _unit_row(header: list[str], cells: list[str], label: str, lineno: int) -> dict[str, str]:
    """A data line as column -> cell: one cell per column, none empty, a known kind."""
    if len(cells) != len(header):
        raise RuleError(
            f"expected {len(header)} tab-separated cells, found {len(cells)}", label, lineno
        )
    row = dict(zip(header, cells, strict=True))
    for column in header:
        if not row[column]:
            raise RuleError(f"empty cell in column {column!r}", label, lineno)
    if row["kind"] not in KIND_TO_TYPE:
        raise RuleError(
            f"unknown kind {row['kind']!r} (kinds are {', '.join(KIND_TO_TYPE)})",
            label,
            lineno,
        )
    return row


def _check_written(written: str, first_line: dict[str, int], label: str, lineno: int) -> None:
    """A written form is listed once (``first_line``: those seen so far) and is not a number."""
    if written in first_line:
        raise RuleError(
            f"duplicate written form {written!r} (first on line {first_line[written]})",
            label,
            lineno,
        )
    if not re.search(r"\D", written) or written[0] in "0123456789.":
        raise RuleError(f"written form {written!r} must not start with a number", label, lineno)


def _check_same_reading(entry: UnitEntry, other: UnitEntry | None, label: str, lineno: int) -> None:
    """An entry that folds to the same text as an ``other`` has its canonical unit and kind."""
    if other is not None and (other.canonical, other.kind) != (entry.canonical, entry.kind):
        raise RuleError(
            f"written form {entry.written!r} reads as {other.written!r} (line {other.line}) "
            "but has another canonical unit or kind",
            label,
            lineno,
        )


# --- the quantity -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quantity:
    """A CONCENTRATION or DURATION mention: offsets into the scanned text, values as written."""

    start: int
    end: int
    text: str
    type: str
    values: tuple[float, ...]
    unit: str
    note: str
    kind: str = ""

    def to(self, unit: str) -> tuple[float, ...]:
        """The values expressed in ``unit`` (a written or canonical unit or pint expression)."""
        return tuple(magnitude_in(value, self.unit, unit) for value in self.values)


@lru_cache(maxsize=4096)
def _resolve_unit(unit: str):
    entry = default_unit_table().lookup(unit)
    return parse_unit(entry.pint if entry is not None else unit)


def magnitude_in(value: float, from_unit: str, to_unit: str) -> float:
    """``value`` in ``from_unit`` converted to ``to_unit`` (units as written, canonical or pint).

    Raises ValueError when the units cannot be converted (e.g. mol/L to mg/mL).
    """
    source, target = _resolve_unit(from_unit), _resolve_unit(to_unit)
    try:
        return float(((value * source) / target).to("dimensionless").magnitude)
    except Exception as exc:
        raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}: {exc}") from None


# --- the matcher --------------------------------------------------------------------------

_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_ASCII = str.maketrans({**{s: str(i) for i, s in enumerate(_SUPERSCRIPT)}, "⁻": "-"})
_PLAIN = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?"
_EXPONENT = rf"(?:\^\(?[-+]?[0-9]+\)?|⁻?[{_SUPERSCRIPT}]+)"
_NUMBER = (
    rf"(?:(?P<mant>{_PLAIN})[ \t]*[×xX*·][ \t]*10(?P<exp1>{_EXPONENT}|-[0-9]+|\(-[0-9]{{1,2}}\))"
    rf"|(?P<emant>[0-9]+(?:\.[0-9]+)?)[eE](?P<eexp>[-+]?[0-9]+)"
    # 10(-8): a power of ten whose superscript the PDF wrote in parentheses
    rf"|10(?P<exp2>{_EXPONENT}|\(-[0-9]{{1,2}}\))"
    # a power of ten whose superscript the PDF lost: 10-6 mol/L (a range never descends so)
    rf"|10(?P<exp3>-[1-9])(?![0-9]|[.,][0-9])"
    rf"|{_PLAIN})"
)
_NUMBER_RE = re.compile(_NUMBER)
_LIST_SEP = (
    r"(?:[ \t]*[、,，][ \t]*(?:(?:and|or)[ \t]+)?"
    r"|[ \t]+(?:and|or)[ \t]+|[ \t]*(?:和|及|与|或)[ \t]*)"
)
_RANGE_SEP = r"(?:[ \t]*[~\-][ \t]*|[ \t]+to[ \t]+|[ \t]*(?:至|到)[ \t]*)"


def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups made non-capturing (to repeat it in one regex)."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_NO_ALNUM_AFTER = r"(?![A-Za-z0-9μ])"
#: an ordinal's mark right before a number (第 1 天)
_ORDINAL_BEFORE = re.compile(r"第[ \t]*$")
_BOUNDARY_BEFORE = r"(?<![A-Za-z0-9._\-/μα-ωΑ-Ω±^])"

# Context before the first number (folded text, anchored at its end) that rules a match out.
_BEFORE_ANY = prefiltered(
    re.compile(
        r"(?:(?:\b(?:Figs?|Figures?|Tables?|Tabs?|Refs?|Eqs?|Panels?)\.?|图|表|第|文献)[ \t]*"
        r"|±[ \t]*"
        r"|(?:\b[PpNnRrtFZ]|\bR2|\bOR|\bHR|\bRR|\bCI|\bSD|\bSEM|IC50|EC50|ED50|LD50|IC₅₀|EC₅₀"
        r"|\bKd|\bKi|\bKm|Cmax|Tmax|AUC)[ \t]*(?:values?[ \t]*)?"
        r"(?:[<>=≤≥≈:]|of|was|were|is|为)[ \t]*)$"
    )
)
#: the grammar around the words of a time's context (``tag_words.tsv``: ``time_start_word``
#: before a time, ``delay_event_word`` after "after", "following" or "post")
_BEFORE_TIME = r"(?:{words})[ \t]*$"
_AFTER_EVENT = (
    r"[ \t]+(?:after|following|post)[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:{words})"
    r"|[ \t]+post-?operatively\b"
)


#: the tag-word roles of :class:`TimeWords`, in its fields' order
_TIME_ROLES = ("time_start_word", "delay_event_word", "sample_after_time")


@dataclass(frozen=True)
class TimeWords:
    """The words that make a time no exposure time, from ``tag_words.tsv``: right before it an
    age, a start, an ordinal or a frequency (``time_start_word``: aged, began, every, 第, 每);
    after "after"/"following" the event it is a delay after (``delay_event_word``: surgery)."""

    before: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    samples: tuple[str, ...] = ()

    @classmethod
    def of(cls, words) -> TimeWords:  # noqa: ANN001 - a role -> words mapping or a RuleSet
        get = words.words_of if hasattr(words, "words_of") else lambda r: words.get(r, ())
        return cls(*(tuple(get(role)) for role in _TIME_ROLES))


@lru_cache(maxsize=1)
def packaged_time_words() -> TimeWords:
    """The time words of the packaged ``tag_words.tsv`` (``puerextract rules check`` validates
    the file; only the rows of the two roles are read here)."""
    text = (resources.files("puerextract") / "data" / "tag_words.tsv").read_text("utf-8")
    words: dict[str, list[str]] = {}
    for line in text.split("\n"):
        cells = line.split("\t")
        if len(cells) >= 2 and cells[1] in _TIME_ROLES:
            words.setdefault(cells[1], []).append(cells[0])
    return TimeWords.of({role: tuple(found) for role, found in words.items()})


def _time_regexes(words: TimeWords) -> tuple[re.Pattern[str], ...]:
    """The compiled context before a time, the delay after one and the sample after one."""
    from .relate_words import alternation

    # as written or capitalised, not in capitals: AGE 24 h (advanced glycation end products)
    cased = tuple(dict.fromkeys(w2 for w in words.before for w2 in (w, w[:1].upper() + w[1:])))
    before = _BEFORE_TIME.format(words=alternation(cased, whole=True))
    after = _AFTER_EVENT.format(words=alternation(words.events, whole=True))
    sample = rf"[ \t]*(?:{alternation(words.samples, whole=True)})"
    return (
        compile_prefiltered(before),
        re.compile(after, re.IGNORECASE),
        re.compile(sample, re.IGNORECASE),
    )


#: after a time, an age (8 weeks old, 8 周龄), a start (术后 1 周开始给药), a mass ratio (3 w/v) or
#: the delay after an operation (one week after surgery, 4 weeks postoperatively): no exposure time
_AFTER_DURATION = re.compile(
    r"(?:[ \t]*-?[ \t]*old\b|[ \t]+of[ \t]+age\b|[ \t]*龄|[ \t]*后?[ \t]*开始|/[vw]\b|%"
    r"|[ \t]+(?:a|per)[ \t]+(?:day|week|month)\b)"
)
_FOR_BEFORE = re.compile(r"\b(?:for|during|over)[ \t]+$", re.IGNORECASE)
#: after a Chinese numeral and unit, a word it is part of (天然, 四周围, 周边, 周期)
_ZH_WORD_AFTER = re.compile(r"然|围|边|期|可见")
_BEFORE_PERCENT = re.compile(
    r"(?:纯度|含量|质量分数|得率|收率|产率|回收率|率|占|达到?|约|增加了?|增长了?|提高了?|升高了?"
    r"|降低了?|减少了?|下降了?|上升了?|超过|高于|低于|不少于|不低于|不超过|大于|小于"
    r"|\b(?:purity|content|contents|yield|recovery|rate|ratio|by|about|approximately|nearly"
    r"|over|than|least|up to)|[≥≤<>≈])[ \t]*(?:为|是|was|were|is|of|:)?[ \t]*$"
)
_PERCENT_AFTER = re.compile(
    r"(?:[ \t]*\((?:w/v|v/v|w/w|m/v|g/mL|mL/mL)\))?[ \t]*"
    r"(?P<word>[A-Za-z\u4e00-\u9fffα-ωΑ-Ω][\w\-]*)"
)
_PERCENT_STOP_ZH = (
    "以上", "以下", "左右", "上下", "的", "和", "及", "与", "或", "为", "是", "之间", "至", "到",
    "范围", "含量", "纯度", "以内", "不等", "增加", "降低", "提高", "减少", "下降", "上升", "升高",
    "抑制", "时", "后", "者", "比", "分别",
)  # fmt: skip
_PERCENT_STOP_EN = re.compile(
    r"^(?:of|and|or|to|in|for|at|on|by|was|were|is|are|as|than|with|vs|versus|higher|lower|more"
    r"|less|increase\w*|decrease\w*|reduc\w*|inhibit\w*|CI|confiden\w*|confluen\w*|respectively"
    r"|compared|purity|viability|survival|identity|homology|similarity|yield|recovery|loss|gain"
    r"|power|probability|chance|sensitivity|specificity)$",
    re.IGNORECASE,
)
_CONTEXT = 32
MAX_LIST_ITEMS = 20  # bounds the work on long runs of numbers without a unit (tables)


#: spaces around a unit's slash or dot in PDF text (10 mg /kg, 20 μmol / L, mg· kg-1)
_UNIT_SPACE = re.compile(r"[ \t]{0,2}([/·])[ \t]{0,2}")


#: an exponent -1 after a unit's letters, and CNKI's renderings of it as a superscript
#: (L~(-1), d^(-1), L(-1))
_MINUS_ONE = re.compile(r"(?<=[A-Za-zμµ])-1(?![0-9])")
_CNKI_MINUS_ONE = re.compile(r"[~^]?\(-1\)")  # mmol·L(-1): the tilde lost too


def _spaced(written: str) -> str:
    """A unit's regex that allows the spaces of ``_UNIT_SPACE`` around its slashes and dots,
    and an exponent -1 written as CNKI pages set a superscript (g·L~(-1), mg·kg~(-1)·d~(-1))."""
    parts = re.split(r"([/·])", written)
    spaced = r"[ \t]{0,2}"
    return "".join(
        spaced + re.escape(p) + spaced if p in ("/", "·") else _exponent_part(p) for p in parts
    )


def _exponent_part(part: str) -> str:
    """The regex of a unit part whose every exponent -1 may also be written as CNKI sets it."""
    pieces = _MINUS_ONE.split(part)
    return rf"(?:-1|{_CNKI_MINUS_ONE.pattern})".join(re.escape(p) for p in pieces)


def _written(unit: str, table: Mapping[str, object]) -> str:
    """The unit table's written form of a matched unit: no spaces at its slashes and dots, a
    CNKI superscript as the plain exponent (unless the table writes the form as matched: mg x
    kg(-1) x d(-1))."""
    unspaced = _UNIT_SPACE.sub(r"\1", unit)
    return unspaced if unspaced in table else _CNKI_MINUS_ONE.sub("-1", unspaced)


@dataclass(frozen=True)
class QuantityFinder:
    """A compiled matcher for one unit table."""

    table: UnitTable
    words: TimeWords = TimeWords()
    pattern: re.Pattern[str] = field(init=False, repr=False)
    word_pattern: re.Pattern[str] | None = field(init=False, repr=False)
    time_regexes: tuple[re.Pattern[str], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        forms = sorted(self.table.by_folded, key=lambda w: (-len(w), w))
        units = "|".join(_spaced(w) for w in forms)
        hyphenable = [
            w for w in forms if self.table.by_folded[w].kind == "duration" and w.isascii()
        ]
        hunits = "|".join(re.escape(w) for w in hyphenable) or r"(?!)"
        number = _unnamed(_NUMBER)
        regex = (
            rf"{_BOUNDARY_BEFORE}(?P<nums>{number}(?:(?:{_LIST_SEP}|{_RANGE_SEP}){number})"
            rf"{{0,{MAX_LIST_ITEMS - 1}}})"
            rf"(?:[ \t]{{0,3}}(?P<u>{units})|-(?P<uh>{hunits})){_NO_ALNUM_AFTER}"
            rf"(?:{_RANGE_SEP}(?P<num2>{number})[ \t]{{0,3}}(?P=u){_NO_ALNUM_AFTER})?"
        )
        object.__setattr__(self, "pattern", compile_prefiltered(regex))
        object.__setattr__(self, "word_pattern", _word_duration_regex(self.table))
        object.__setattr__(self, "time_regexes", _time_regexes(self.words))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
        """Quantities in ``text[start:end]``, offsets into ``text``, in text order."""
        end = len(text) if end is None else max(start, min(end, len(text)))
        start = max(0, start)
        base = max(0, start - _CONTEXT)
        folded = fold(text[base:end])
        found: list[Quantity] = []
        for match in self.pattern.finditer(folded, start - base):
            quantity = self._quantity(text, folded, base, match)
            if quantity is not None:
                found.append(quantity)
        if self.word_pattern is not None and _WORD_NUMBER_HINT.search(folded, start - base):
            found = sorted(found + self._word_durations(text, folded, base, start), key=_START)
        return found

    def _word_durations(self, text: str, folded: str, base: int, start: int) -> list[Quantity]:
        """Durations whose number is a word: for two months, Eight weeks later, 给药三个月."""
        out = []
        for match in self.word_pattern.finditer(folded, start - base):
            entry = self.table.by_folded[match.group("u") or match.group("zu")]
            if not self._time_context_ok(folded, match.start(), match.end()):
                continue  # aged eight weeks, 三个月龄, seven days a week, one week after surgery
            after = folded[match.end() : match.end() + _CONTEXT]
            if _TIMES.match(after) or (match.group("zw") and _ZH_WORD_AFTER.match(after)):
                continue  # 一天两次: a frequency; 一天然, 四周可见: words
            value = _number_word_value(match.group("w") or match.group("zw"))
            if value is None:
                continue
            s, e = base + match.start(), base + match.end()
            note = f"values={value:g} unit={entry.canonical}"
            out.append(
                Quantity(s, e, text[s:e], "DURATION", (value,), entry.canonical, note, entry.kind)
            )
        return out

    def _time_context_ok(self, folded: str, first: int, end: int) -> bool:
        """Whether the words around a time from ``first`` to ``end`` leave it an exposure time:
        no age, start, ratio or frequency, and no delay after an event unless "for" gives it."""
        before_time, after_event, _ = self.time_regexes
        before = folded[max(0, first - _CONTEXT) : first]
        if before_time.search(before) or _AFTER_DURATION.match(folded, end):
            return False
        return not (after_event.match(folded, end) and not _FOR_BEFORE.search(before))

    def _duration_ok(self, folded: str, first: int, match: re.Match[str], entry: UnitEntry) -> bool:
        if not self._time_context_ok(folded, first, match.end()):
            return False
        sample = self.time_regexes[2]
        # 24 h 尿蛋白: hours of a sample's collection (8 周尿蛋白 keeps the treatment's weeks)
        if entry.canonical == "h" and self.words.samples and sample.match(folded, match.end()):
            return False
        if entry.canonical == "year" and re.search(r"(?<![0-9.])[0-9]{4}(?![0-9.])", match["nums"]):
            return False  # 2020 年 is a date
        return True

    def _quantity(self, text: str, folded: str, base: int, match: re.Match[str]) -> Quantity | None:
        written = _written(match.group("u") or match.group("uh"), self.table.by_folded)
        entry = self.table.by_folded[written]
        items = list(_NUMBER_RE.finditer(folded, match.start("nums"), match.end("nums")))
        if match.group("num2") is not None:
            items.append(_NUMBER_RE.match(folded, match.start("num2"), match.end("num2")))
        # Drop leading numbers that are figure numbers, statistics or years ("in 2019, 10 mg/kg").
        while items and _rejected_before(folded, items[0], len(items) > 1):
            if _ORDINAL_BEFORE.search(folded, max(0, items[0].start() - 3), items[0].start()):
                return None  # 第 1、3 和 7 天: every number of an ordinal's list is a day's number
            items.pop(0)
        if not items:
            return None
        first = items[0].start()
        unit_end = match.end()
        if entry.kind == "duration" and not self._duration_ok(folded, first, match, entry):
            return None
        if entry.kind == "percent" and not _percent_ok(folded, first, match.end("u")):
            return None
        value_texts = tuple(_value_text(item) for item in items)
        values = tuple(float(v) for v in value_texts)
        start, end = base + first, base + unit_end
        return Quantity(
            start=start,
            end=end,
            text=text[start:end],
            type=KIND_TO_TYPE[entry.kind],
            values=values,
            unit=entry.canonical,
            note=f"values={','.join(value_texts)} unit={entry.canonical}",
            kind=entry.kind,
        )


#: English number words (a duration written "for two months", "Eight weeks later")
_EN_NUMBERS = {
    w: i
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split(),
        start=1,
    )
}
_EN_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90})
#: Chinese numerals (两周, 三个月, 十二周); 十 alone is ten
_ZH_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", start=1)} | {"两": 2}
_WORD_NUMBER_HINT = re.compile(
    "(?i:" + "|".join(sorted(_EN_NUMBERS, key=len, reverse=True)) + ")|[一二两三四五六七八九十]"
)


def _word_duration_regex(table: UnitTable) -> re.Pattern[str] | None:
    """A number word and a duration unit: English words with a space or hyphen before an
    English unit, Chinese numerals right before a Chinese unit."""
    en = [w for w, e in table.by_folded.items() if e.kind == "duration" and w.isascii()]
    zh = [w for w, e in table.by_folded.items() if e.kind == "duration" and not w.isascii()]
    if not en and not zh:
        return None
    words = "|".join(sorted(_EN_NUMBERS, key=len, reverse=True))
    en_units = "|".join(re.escape(w) for w in sorted(en, key=len, reverse=True)) or "(?!)"
    zh_units = "|".join(re.escape(w) for w in sorted(zh, key=len, reverse=True)) or "(?!)"
    firsts = "".join(sorted({w[0] for w in _EN_NUMBERS}))
    return re.compile(
        # the first characters as a lookahead: the engine skips to them (same matches, 3 x faster)
        rf"(?=(?i:[{firsts}])|[一二两三四五六七八九十])(?:"
        rf"(?<![A-Za-z\-])(?P<w>(?i:{words}))[ \t-](?P<u>{en_units})(?![A-Za-z0-9])"
        rf"|(?<![一二两三四五六七八九十百千万第每数几同前后这那上下当隔逐首末])(?P<zw>[一二两三四五六七八九十]{{1,3}})"
        rf"(?P<zu>{zh_units}))"
    )


_START = attrgetter("start")
#: after a time, how often in it (一天两次, once): a frequency, no exposure time
_TIMES = re.compile(r"[ \t]*[0-9一二两三四五六七八九十]+[ \t]*次")


def _number_word_value(word: str) -> float | None:
    """The value of an English number word or a Chinese numeral of up to 99."""
    if word.lower() in _EN_NUMBERS:
        return float(_EN_NUMBERS[word.lower()])
    tens, _, units = word.partition("十")
    if "十" not in word:
        return float(_ZH_DIGITS[word]) if len(word) == 1 else None
    if len(tens) > 1 or len(units) > 1 or tens == "两" or units == "两":
        return None
    return float(_ZH_DIGITS.get(tens, 1) * 10 + _ZH_DIGITS.get(units, 0))


def _rejected_before(folded: str, item: re.Match[str], in_list: bool) -> bool:
    before = folded[max(0, item.start() - _CONTEXT) : item.start()]
    if _BEFORE_ANY.search(before):
        return True
    # A year heading a comma list: "In 2019, 10 mg/kg ..."
    return in_list and bool(re.fullmatch(r"(?:19|20)[0-9]{2}", item.group()))


#: a solution's percentage unit: w/v, v/v, w/w (in parentheses or not)
_SOLUTION_PERCENT = re.compile(r"[wv]/[wv]\)?$")


def _percent_ok(folded: str, first: int, unit_end: int) -> bool:
    """A percentage counts only as an applied concentration: ``10% FBS``, ``0.1% 葛根素``; one
    of a solution (``0.1% w/v``, ``1% (v/v)``) always does."""
    if _BEFORE_PERCENT.search(folded[max(0, first - 12) : first]):
        return False  # purity 98% w/w, content 5.2% (w/w): no applied concentration
    if _SOLUTION_PERCENT.search(folded, first, unit_end):
        return True
    after = _PERCENT_AFTER.match(folded[unit_end : unit_end + 40])
    if after is None:
        return False
    word = after.group("word")
    if word.startswith(_PERCENT_STOP_ZH) or _PERCENT_STOP_EN.match(word):
        return False
    return True


def _value_text(item: re.Match[str]) -> str:
    """The value as written (``0.1`` stays ``0.1``); scientific notation as ``1e-6``."""
    if item.group("mant") is not None:
        return f"{item.group('mant').replace(',', '')}e{_exponent(item.group('exp1'))}"
    if item.group("emant") is not None:
        return f"{item.group('emant')}e{int(item.group('eexp'))}"
    if item.group("exp2") is not None:
        return f"1e{_exponent(item.group('exp2'))}"
    if item.group("exp3") is not None:
        return f"1e{item.group('exp3')}"
    return item.group().replace(",", "")


def _exponent(raw: str) -> int:
    return int(raw.translate(_SUPER_TO_ASCII).strip("^()").replace("+", ""))


@lru_cache(maxsize=1)
def default_unit_table() -> UnitTable:
    """The packaged unit table (loaded and validated once)."""
    return load_unit_table()


@lru_cache(maxsize=1)
def _default_finder() -> QuantityFinder:
    return QuantityFinder(default_unit_table(), packaged_time_words())


def find_quantities(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    units: UnitTable | None = None,
    words: TimeWords | None = None,
) -> list[Quantity]:
    """CONCENTRATION and DURATION mentions in ``text[start:end]`` (offsets into ``text``).

    ``units`` is a table from :func:`load_unit_table`, ``words`` the time words of a rules
    folder (:meth:`TimeWords.of`); the packaged ones when None.
    """
    if units is None and words is None:
        finder = _default_finder()
    else:
        finder = _finder_for(units or default_unit_table(), words or packaged_time_words())
    return finder.find(text, start, end)


@lru_cache(maxsize=8)
def _finder_for(table: UnitTable, words: TimeWords) -> QuantityFinder:
    return QuantityFinder(table, words)
