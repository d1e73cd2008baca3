"""Score predicted annotations against gold, as the "Scoring" section of the guidelines says.

Scoring only: no file reading, no rendering (see :mod:`puerextract.report`).

Entities
    *strict*: same start, end and type; *lenient*: spans overlap and the type is the same.
Relations
    same type and both arguments match under the entity scheme in use (strict: same span and
    type; lenient: overlapping span, same type).
Normalisation
    of the strictly matched mentions whose gold carries an ``N`` line, the share whose
    predicted identifier is the same.
Concentrations
    of the strictly matched CONCENTRATION mentions (with a parseable gold note), the share
    whose predicted note has the same values (compared as floats, in order) and unit (string).

Matching is one-to-one under both schemes: a gold item is matched at most once and a
prediction at most once, so a duplicated prediction counts one TP and one FP, and two
predictions overlapping one gold mention count one TP and one FP.

- strict: items with the same key are paired in document order.
- lenient (greedy best overlap): every (gold, prediction) pair of the same type whose spans
  overlap is a candidate; candidates are taken in order of (exact match first, longer overlap
  in characters, smaller sum of start and end distances, gold position, prediction position),
  and a candidate is kept when neither side is taken yet. Exact pairs come first, so every
  strict match is also a lenient match. For relations, the overlap is the sum of both
  arguments' overlaps. Greedy is not a maximum matching in rare chained overlaps; it is
  deterministic and never pairs an item twice.

Precision, recall and F1 are 0.0 when their denominator is 0 (no prediction, no gold).
Micro figures count over all mentions of all documents.
"""

from __future__ import annotations

import math
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .errors import BratError
from .goldcheck import parse_concentration_note
from .model import ENTITY_TYPES, RELATION_TYPES, Annotations

MICRO = "micro"
SCHEMES = ("strict", "lenient")
SCORE_COLUMNS = ["scheme", "type", "gold", "pred", "tp", "fp", "fn", "precision", "recall", "f1"]

_SENTENCE_END = frozenset("。！？；\n")
_SENTENCE_END_BEFORE_SPACE = frozenset(".?!")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Span:
    """A mention of one document, with everything the scorer and the report need."""

    doc: str
    id: str
    type: str
    start: int
    end: int
    text: str
    norm: str | None = None
    note: str | None = None
    source: str = ""

    def record(self) -> dict[str, Any]:
        """Plain-dict view (JSON-serialisable)."""
        return {"type": self.type, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Link:
    """A relation of one document with its two argument mentions resolved."""

    doc: str
    id: str
    type: str
    arg1: Span
    arg2: Span


@dataclass(slots=True)
class Evaluation:
    """Everything the scorer found; ``summary`` is JSON-serialisable.

    ``entity_scores``/``relation_scores`` are long tables (one row per scheme and type plus
    a ``micro`` row per scheme) with columns :data:`SCORE_COLUMNS`.
    Error lists hold dicts: ``kind`` (``FP``/``FN``), ``doc``, offsets, ``type``, ``text``,
    ``sentence`` and ``sentence_start`` (offset of the sentence in the document), and a
    ``category`` that says what went wrong, for mentions: ``boundary`` (matched leniently),
    ``duplicate`` (the same span predicted again), ``overlap`` (overlaps a same-type item
    already matched to another), ``type`` (overlaps an item of another type), ``spurious``
    (FP) or ``missed`` (FN); ``partner`` is the other side's overlapping item, if any.
    """

    entity_scores: pd.DataFrame
    relation_scores: pd.DataFrame
    summary: dict[str, Any]
    entity_errors: list[dict[str, Any]] = field(default_factory=list)
    relation_errors: list[dict[str, Any]] = field(default_factory=list)
    norm_errors: list[dict[str, Any]] = field(default_factory=list)
    concentration_errors: list[dict[str, Any]] = field(default_factory=list)
    predicted_mentions: list[dict[str, Any]] = field(default_factory=list)
    predicted_relations: list[dict[str, Any]] = field(default_factory=list)
    gold_mentions: list[dict[str, Any]] = field(default_factory=list)
    gold_relations: list[dict[str, Any]] = field(default_factory=list)
    missing_predictions: list[str] = field(default_factory=list)
    unscored_predictions: list[str] = field(default_factory=list)
    source_scores: pd.DataFrame = field(default_factory=pd.DataFrame)

    def table(self, level: str, scheme: str) -> pd.DataFrame:
        """Per-type table of ``level`` (``entities``/``relations``) under ``scheme``."""
        df = self.entity_scores if level == "entities" else self.relation_scores
        return df[df["scheme"] == scheme].drop(columns="scheme").reset_index(drop=True)


# --------------------------------------------------------------------------- sentences


def _is_sentence_end(text: str, i: int) -> bool:
    ch = text[i]
    if ch in _SENTENCE_END:
        return True
    return ch in _SENTENCE_END_BEFORE_SPACE and (i + 1 == len(text) or text[i + 1] in " \t\r\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence(s) around ``[start, end)`` by a simple rule.

    A sentence ends at 。！？；, a line break, or ``.``/``?``/``!`` followed by whitespace
    or the end of the text. Leading whitespace is left out.
    """
    i = start - 1
    while i >= 0 and not _is_sentence_end(text, i):
        i -= 1
    s = i + 1
    while s < start and text[s].isspace():
        s += 1
    j = max(end, start)
    while j < len(text) and not _is_sentence_end(text, j):
        j += 1
    e = min(j + 1, len(text))
    while e > max(end, s) and text[e - 1] in "\r\n":
        e -= 1
    return s, e


def _with_sentence(text: str, start: int, end: int) -> dict[str, Any]:
    s, e = sentence_bounds(text, start, end)
    return {"sentence": text[s:e], "sentence_start": s}


# --------------------------------------------------------------------------- scores


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; each 0.0 when its denominator is 0."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _score_rows(
    scheme: str,
    types: Iterable[str],
    gold_counts: Mapping[str, int],
    pred_counts: Mapping[str, int],
    tp_counts: Mapping[str, int],
) -> list[dict[str, Any]]:
    rows = []
    for t in types:
        g, p, tp = gold_counts.get(t, 0), pred_counts.get(t, 0), tp_counts.get(t, 0)
        rows.append(_row(scheme, t, g, p, tp))
    g = sum(gold_counts.values())
    p = sum(pred_counts.values())
    tp = sum(tp_counts.values())
    rows.append(_row(scheme, MICRO, g, p, tp))
    return rows


def _row(scheme: str, type_: str, gold: int, pred: int, tp: int) -> dict[str, Any]:
    precision, recall, f1 = prf(tp, pred - tp, gold - tp)
    return {
        "scheme": scheme,
        "type": type_,
        "gold": gold,
        "pred": pred,
        "tp": tp,
        "fp": pred - tp,
        "fn": gold - tp,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


# --------------------------------------------------------------------------- matching


def _overlap(a: Span, b: Span) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _span_key(s: Span) -> tuple[str, int, int]:
    return (s.type, s.start, s.end)


def align_strict(gold: list[Span], pred: list[Span]) -> dict[int, int]:
    """One-to-one strict alignment of one document: ``{pred index: gold index}``."""
    free: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    for gi, g in enumerate(gold):
        free[_span_key(g)].append(gi)
    pairs: dict[int, int] = {}
    for pi, p in enumerate(pred):
        queue = free.get(_span_key(p))
        if queue:
            pairs[pi] = queue.pop(0)
    return pairs


def _greedy(candidates: list[tuple[tuple, int, int]]) -> dict[int, int]:
    """Keep candidates ``(rank, gold index, pred index)`` best rank first, one-to-one."""
    candidates.sort(key=lambda c: c[0])
    used_gold: set[int] = set()
    pairs: dict[int, int] = {}
    for _rank, gi, pi in candidates:
        if gi in used_gold or pi in pairs:
            continue
        used_gold.add(gi)
        pairs[pi] = gi
    return pairs


def align_lenient(gold: list[Span], pred: list[Span]) -> dict[int, int]:
    """One-to-one greedy best-overlap alignment of one document: ``{pred index: gold index}``."""
    by_type: dict[str, list[int]] = defaultdict(list)
    for pi, p in enumerate(pred):
        by_type[p.type].append(pi)
    candidates: list[tuple[tuple, int, int]] = []
    for t, pis in by_type.items():
        pis = sorted(pis, key=lambda i: pred[i].start)
        starts = [pred[i].start for i in pis]
        longest = max((pred[i].end - pred[i].start for i in pis), default=0)
        for gi, g in enumerate(gold):
            if g.type != t:
                continue
            lo = bisect_left(starts, g.start - longest)
            hi = bisect_left(starts, g.end)
            for k in range(lo, hi):
                pi = pis[k]
                p = pred[pi]
                ov = _overlap(g, p)
                if ov <= 0:
                    continue
                exact = g.start == p.start and g.end == p.end
                dist = abs(g.start - p.start) + abs(g.end - p.end)
                candidates.append(((not exact, -ov, dist, gi, pi), gi, pi))
    return _greedy(candidates)


def _args_match(g: Link, p: Link, scheme: str) -> bool:
    if scheme == "strict":
        return _span_key(g.arg1) == _span_key(p.arg1) and _span_key(g.arg2) == _span_key(p.arg2)
    return (
        g.arg1.type == p.arg1.type
        and g.arg2.type == p.arg2.type
        and _overlap(g.arg1, p.arg1) > 0
        and _overlap(g.arg2, p.arg2) > 0
    )


def align_links(gold: list[Link], pred: list[Link], scheme: str) -> dict[int, int]:
    """One-to-one relation alignment of one document under ``scheme``."""
    candidates: list[tuple[tuple, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.type != p.type or not _args_match(g, p, scheme):
                continue
            exact = _args_match(g, p, "strict")
            ov = _overlap(g.arg1, p.arg1) + _overlap(g.arg2, p.arg2)
            candidates.append(((not exact, -ov, gi, pi), gi, pi))
    return _greedy(candidates)


# --------------------------------------------------------------------------- conversion


def _spans(doc: Annotations, text: str) -> list[Span]:
    return [
        Span(
            doc.name, e.id, e.type, e.start, e.end, text[e.start : e.end], e.norm, e.note, e.source
        )
        for e in doc.entities
    ]


def _links(doc: Annotations, spans: list[Span]) -> list[Link]:
    by_id = {s.id: s for s in spans}
    links = []
    for r in doc.relations:
        missing = [a for a in (r.arg1, r.arg2) if a not in by_id]
        if missing:
            raise BratError(f"relation {r.id} points at unknown mention {missing[0]}", doc.name)
        links.append(Link(doc.name, r.id, r.type, by_id[r.arg1], by_id[r.arg2]))
    return links


def _link_record(link: Link, text: str) -> dict[str, Any]:
    lo = min(link.arg1.start, link.arg2.start)
    hi = max(link.arg1.end, link.arg2.end)
    return {
        "doc": link.doc,
        "type": link.type,
        "arg1": link.arg1.record(),
        "arg2": link.arg2.record(),
        **_with_sentence(text, lo, hi),
    }


def _same_values(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(
        math.isclose(x, y, rel_tol=1e-9) for x, y in zip(a, b, strict=True)
    )


def _ratio(correct: int, total: int) -> float | None:
    return correct / total if total else None


# --------------------------------------------------------------------------- main entry


#: quantities are parsed, never looked up: they are left out of novel-mention recall
QUANTITY_TYPES = frozenset({"CONCENTRATION", "DURATION"})


def _is_novel(span: Span, known_terms: Collection[str]) -> bool:
    return span.type not in QUANTITY_TYPES and term_key(span.text) not in known_terms


def term_key(text: str) -> str:
    """How a mention's text is compared with the known terms (NFKC, case-folded)."""
    return unicodedata.normalize("NFKC", text).casefold()


def evaluate(
    gold: Iterable[Annotations],
    pred: Iterable[Annotations] | Mapping[str, Annotations],
    known_terms: Collection[str] | None = None,
) -> Evaluation:
    """Score ``pred`` against ``gold`` (documents paired by name; micro over all).

    A gold document without prediction is scored as an empty prediction and listed in
    ``missing_predictions``; a prediction without gold is ignored and listed in
    ``unscored_predictions``. A prediction's text, when given, must equal the gold text.
    With ``known_terms`` (keys made by :func:`term_key`), the summary also gives the
    novel-mention recall: strict recall on gold mentions whose text is no known term
    (names only: concentrations and durations are parsed, not looked up).
    """
    gold_docs = list(gold)
    pred_by_name = dict(pred) if isinstance(pred, Mapping) else {p.name: p for p in pred}
    tally = _Tally(known_terms)
    for gdoc in gold_docs:
        pdoc = pred_by_name.get(gdoc.name)
        if pdoc is None:
            tally.result.missing_predictions.append(gdoc.name)
            pdoc = Annotations(gdoc.name, gdoc.text)
        elif pdoc.text and pdoc.text != gdoc.text:
            raise BratError("predicted text differs from the gold text", gdoc.name)
        tally.document(gdoc, pdoc)
    tally.result.unscored_predictions = sorted(set(pred_by_name) - {g.name for g in gold_docs})
    return tally.finish(len(gold_docs))


class _Tally:
    """Counts and error lists of an evaluation, one document at a time."""

    def __init__(self, known_terms: Collection[str] | None) -> None:
        self.known_terms = known_terms
        self.ent = {k: defaultdict(int) for k in ("gold", "pred", "strict", "lenient")}
        self.src = {k: defaultdict(int) for k in ("pred", "strict", "lenient")}
        self.rel = {k: defaultdict(int) for k in ("gold", "pred", "strict", "lenient")}
        self.result = Evaluation(pd.DataFrame(), pd.DataFrame(), {})
        self.novel: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "found": 0})
        self.norm = {"correct": 0, "total": 0}
        self.conc = {"correct": 0, "total": 0, "unparsed": 0}

    def document(self, gdoc: Annotations, pdoc: Annotations) -> None:
        text = gdoc.text
        g_spans, p_spans = _spans(gdoc, text), _spans(pdoc, text)
        strict = align_strict(g_spans, p_spans)
        lenient = align_lenient(g_spans, p_spans)
        self.gold_mentions(g_spans, set(strict.values()))
        self.predicted_mentions(p_spans, strict, lenient)
        self.result.entity_errors.extend(_entity_errors(g_spans, p_spans, strict, lenient, text))
        for pi, gi in strict.items():  # normalisation and concentration values, strict pairs
            self.norm_pair(g_spans[gi], p_spans[pi], text)
            self.conc_pair(g_spans[gi], p_spans[pi], text)
        self.relations(gdoc, pdoc, g_spans, p_spans, text)

    def gold_mentions(self, g_spans: list[Span], found: set[int]) -> None:
        for gi, s in enumerate(g_spans):
            self.ent["gold"][s.type] += 1
            self.result.gold_mentions.append({"doc": s.doc, **s.record(), "norm": s.norm})
            if self.known_terms is not None and _is_novel(s, self.known_terms):
                self.novel[s.type]["gold"] += 1
                self.novel[s.type]["found"] += gi in found

    def predicted_mentions(self, p_spans: list[Span], strict: dict, lenient: dict) -> None:
        for pi, s in enumerate(p_spans):
            self.ent["pred"][s.type] += 1
            self.ent["strict"][s.type] += pi in strict
            self.ent["lenient"][s.type] += pi in lenient
            source = s.source or "unknown"
            self.src["pred"][source] += 1
            self.src["strict"][source] += pi in strict
            self.src["lenient"][source] += pi in lenient
            self.result.predicted_mentions.append(
                {"doc": s.doc, **s.record(), "norm": s.norm, "correct": pi in strict}
            )

    def norm_pair(self, g: Span, p: Span, text: str) -> None:
        if not g.norm:
            return
        self.norm["total"] += 1
        if p.norm == g.norm:
            self.norm["correct"] += 1
            return
        self.result.norm_errors.append(
            {"doc": g.doc, **g.record(), "gold_norm": g.norm, "pred_norm": p.norm,
             **_with_sentence(text, g.start, g.end)}
        )  # fmt: skip

    def conc_pair(self, g: Span, p: Span, text: str) -> None:
        if g.type != "CONCENTRATION":
            return
        gold_value = parse_concentration_note(g.note)
        if gold_value is None:
            self.conc["unparsed"] += 1
            return
        self.conc["total"] += 1
        pred_value = parse_concentration_note(p.note)
        if (
            pred_value is not None
            and pred_value[1] == gold_value[1]
            and _same_values(pred_value[0], gold_value[0])
        ):
            self.conc["correct"] += 1
            return
        self.result.concentration_errors.append(
            {"doc": g.doc, **g.record(), "gold_note": g.note, "pred_note": p.note,
             **_with_sentence(text, g.start, g.end)}
        )  # fmt: skip

    def relations(self, gdoc, pdoc, g_spans, p_spans, text: str) -> None:  # noqa: ANN001
        g_links, p_links = _links(gdoc, g_spans), _links(pdoc, p_spans)
        by_scheme = {scheme: align_links(g_links, p_links, scheme) for scheme in SCHEMES}
        for link in g_links:
            self.rel["gold"][link.type] += 1
            self.result.gold_relations.append(
                {"doc": link.doc, "type": link.type, "arg1": link.arg1.record(),
                 "arg2": link.arg2.record()}
            )  # fmt: skip
        for pi, link in enumerate(p_links):
            self.rel["pred"][link.type] += 1
            for scheme in SCHEMES:
                self.rel[scheme][link.type] += pi in by_scheme[scheme]
            rec = _link_record(link, text)
            del rec["sentence"], rec["sentence_start"]
            self.result.predicted_relations.append({**rec, "correct": pi in by_scheme["strict"]})
        self.result.relation_errors.extend(
            _relation_errors(g_links, p_links, by_scheme, g_spans, p_spans, text)
        )

    def finish(self, documents: int) -> Evaluation:
        result = self.result
        ent, rel = self.ent, self.rel
        ent_types = _types(ENTITY_TYPES, ent["gold"], ent["pred"])
        rel_types = _types(tuple(RELATION_TYPES), rel["gold"], rel["pred"])
        ent_rows, rel_rows = [], []
        for scheme in SCHEMES:
            ent_rows += _score_rows(scheme, ent_types, ent["gold"], ent["pred"], ent[scheme])
            rel_rows += _score_rows(scheme, rel_types, rel["gold"], rel["pred"], rel[scheme])
        result.entity_scores = pd.DataFrame(ent_rows, columns=SCORE_COLUMNS)
        result.relation_scores = pd.DataFrame(rel_rows, columns=SCORE_COLUMNS)
        result.source_scores = rule_family_table(self.src)
        result.summary = {
            "documents": documents,
            "missing_predictions": list(result.missing_predictions),
            "unscored_predictions": list(result.unscored_predictions),
            "entities": _scores_dict(result.entity_scores),
            "relations": _scores_dict(result.relation_scores),
            "rule_families": result.source_scores.to_dict(orient="records"),
            "normalisation": {
                **self.norm,
                "accuracy": _ratio(self.norm["correct"], self.norm["total"]),
            },
            "concentration": {
                "correct": self.conc["correct"],
                "total": self.conc["total"],
                "accuracy": _ratio(self.conc["correct"], self.conc["total"]),
                "gold_without_parseable_note": self.conc["unparsed"],
            },
        }
        if self.known_terms is not None:
            result.summary["novel"] = novel_table(self.novel)
        result.summary["headline"] = headline(result.summary)
        return result


def novel_table(counts: Mapping[str, Mapping[str, int]]) -> dict[str, Any]:
    """Per type and micro: gold mentions in no lexicon, how many were found, the recall."""
    out: dict[str, Any] = {}
    for type_ in _types(tuple(t for t in ENTITY_TYPES if t not in QUANTITY_TYPES), counts):
        c = counts.get(type_, {"gold": 0, "found": 0})
        out[type_] = {**c, "recall": _ratio(c["found"], c["gold"])}
    gold_n = sum(c["gold"] for c in counts.values())
    found_n = sum(c["found"] for c in counts.values())
    out[MICRO] = {"gold": gold_n, "found": found_n, "recall": _ratio(found_n, gold_n)}
    return out


def rule_family_table(counts: Mapping[str, Mapping[str, int]]) -> pd.DataFrame:
    """Precision of the predicted mentions by the rule family that made them (``source``:
    lexicon, shape, abbreviation, quantity, ...): how far each kind of rule can be trusted."""
    rows = []
    for source in sorted(counts["pred"]):
        pred = counts["pred"][source]
        rows.append(
            {
                "rule family": source,
                "predicted": pred,
                "strict tp": counts["strict"][source],
                "strict P": round(counts["strict"][source] / pred, 3) if pred else 0.0,
                "lenient tp": counts["lenient"][source],
                "lenient P": round(counts["lenient"][source] / pred, 3) if pred else 0.0,
            }
        )
    columns = ["rule family", "predicted", "strict tp", "strict P", "lenient tp", "lenient P"]
    return pd.DataFrame(rows, columns=columns)


def headline(summary: Mapping[str, Any]) -> dict[str, float | None]:
    """The six figures a researcher looks at first."""
    return {
        "entity_strict_f1": summary["entities"]["strict"]["micro"]["f1"],
        "entity_lenient_f1": summary["entities"]["lenient"]["micro"]["f1"],
        "relation_strict_f1": summary["relations"]["strict"]["micro"]["f1"],
        "relation_lenient_f1": summary["relations"]["lenient"]["micro"]["f1"],
        "normalisation_accuracy": summary["normalisation"]["accuracy"],
        "concentration_accuracy": summary["concentration"]["accuracy"],
    }


def _types(known: tuple[str, ...], *counts: Mapping[str, int]) -> list[str]:
    extra = sorted({t for c in counts for t in c} - set(known))
    return list(known) + extra


def _scores_dict(df: pd.DataFrame) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for scheme in SCHEMES:
        rows = df[df["scheme"] == scheme].drop(columns="scheme")
        records = {
            r["type"]: {
                k: (int(v) if k in ("gold", "pred", "tp", "fp", "fn") else float(v))
                for k, v in r.items()
                if k != "type"
            }
            for r in rows.to_dict("records")
        }
        micro = records.pop(MICRO)
        out[scheme] = {"micro": micro, "per_type": records}
    return out


# --------------------------------------------------------------------------- error lists


def _entity_errors(
    gold: list[Span],
    pred: list[Span],
    strict: dict[int, int],
    lenient: dict[int, int],
    text: str,
) -> list[dict[str, Any]]:
    """Strict false positives and false negatives, each with what went wrong."""
    errors: list[dict[str, Any]] = []
    gold_strict = set(strict.values())
    gold_lenient = {gi: pi for pi, gi in lenient.items()}
    gold_keys = {_span_key(g) for g in gold}

    def best_overlap(s: Span, others: list[Span], same: bool) -> Span | None:
        hits = [o for o in others if (o.type == s.type) == same and _overlap(s, o) > 0]
        return max(hits, key=lambda o: _overlap(s, o)) if hits else None

    def other_type(s: Span, others: list[Span]) -> Span | None:
        return best_overlap(s, others, same=False)

    def same_type(s: Span, others: list[Span]) -> Span | None:
        return best_overlap(s, others, same=True)

    for gi, g in enumerate(gold):
        if gi in gold_strict:
            continue
        partner = None
        if gi in gold_lenient:
            category, partner = "boundary", pred[gold_lenient[gi]]
        elif (partner := same_type(g, pred)) is not None:
            category = "overlap"
        elif (partner := other_type(g, pred)) is not None:
            category = "type"
        else:
            category = "missed"
        errors.append(_entity_error("FN", g, category, partner, gi in gold_lenient, text))
    for pi, p in enumerate(pred):
        if pi in strict:
            continue
        partner = None
        if pi in lenient:
            category, partner = "boundary", gold[lenient[pi]]
        elif _span_key(p) in gold_keys:
            category = "duplicate"
        elif (partner := same_type(p, gold)) is not None:
            category = "overlap"
        elif (partner := other_type(p, gold)) is not None:
            category = "type"
        else:
            category = "spurious"
        errors.append(_entity_error("FP", p, category, partner, pi in lenient, text))
    return errors


def _entity_error(
    kind: str, s: Span, category: str, partner: Span | None, lenient_ok: bool, text: str
) -> dict[str, Any]:
    return {
        "kind": kind,
        "doc": s.doc,
        "id": s.id,
        **s.record(),
        "category": category,
        "lenient_match": lenient_ok,
        "partner": partner.record() if partner else None,
        **_with_sentence(text, s.start, s.end),
    }


def _relation_errors(
    gold: list[Link],
    pred: list[Link],
    by_scheme: dict[str, dict[int, int]],
    gold_spans: list[Span],
    pred_spans: list[Span],
    text: str,
) -> list[dict[str, Any]]:
    """Strict relation FPs and FNs; ``category`` says why.

    FN: ``lenient match`` (a prediction matches with overlapping arguments),
    ``arguments found`` (both arguments predicted strictly, relation not), ``argument missed``.
    FP: ``lenient match``, ``wrong relation`` (both arguments are gold mentions),
    ``argument not in gold``.
    """
    errors: list[dict[str, Any]] = []
    strict, lenient = by_scheme["strict"], by_scheme["lenient"]
    strict_gold = set(strict.values())
    lenient_gold = set(lenient.values())
    pred_keys = {_span_key(s) for s in pred_spans}
    gold_keys = {_span_key(s) for s in gold_spans}
    for gi, g in enumerate(gold):
        if gi in strict_gold:
            continue
        if gi in lenient_gold:
            category = "lenient match"
        elif _span_key(g.arg1) in pred_keys and _span_key(g.arg2) in pred_keys:
            category = "arguments found"
        else:
            category = "argument missed"
        errors.append(
            {
                "kind": "FN",
                **_link_record(g, text),
                "category": category,
                "lenient_match": gi in lenient_gold,
            }
        )
    for pi, p in enumerate(pred):
        if pi in strict:
            continue
        if pi in lenient:
            category = "lenient match"
        elif _span_key(p.arg1) in gold_keys and _span_key(p.arg2) in gold_keys:
            category = "wrong relation"
        else:
            category = "argument not in gold"
        errors.append(
            {
                "kind": "FP",
                **_link_record(p, text),
                "category": category,
                "lenient_match": pi in lenient,
            }
        )
    return errors
