"""Scorer tests: small hand-made cases whose figures are worked out on paper in the comments."""

from __future__ import annotations

import json

import pytest

from puerextract.evaluate import MICRO, evaluate, prf, sentence_bounds, term_key
from puerextract.model import ENTITY_TYPES, RELATION_TYPES, Annotations, Entity, Relation

# Offsets in this sentence (written for these tests):
#   Puerarin 0-8 | raised 9-15 | ALP 16-19 | activity 20-28 | in 29-31 | MC3T3-E1 32-40
#   cells 41-46 | . 46
TEXT = "Puerarin raised ALP activity in MC3T3-E1 cells."


def ent(text: str, eid: str, etype: str, surface: str, nth: int = 0, **kw) -> Entity:
    """An entity over the ``nth`` occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Entity(eid, etype, start, start + len(surface), surface, **kw)


def span(eid: str, etype: str, start: int, end: int, text: str = TEXT, **kw) -> Entity:
    return Entity(eid, etype, start, end, text[start:end], **kw)


def doc(entities, relations=(), name: str = "d1", text: str = TEXT) -> Annotations:
    rels = [Relation(f"R{i}", t, a1, a2) for i, (t, a1, a2) in enumerate(relations, start=1)]
    return Annotations(name, text, list(entities), rels)


def micro(ev, level: str = "entities", scheme: str = "strict") -> dict:
    return ev.summary[level][scheme]["micro"]


def figures(ev, level="entities", scheme="strict"):
    m = micro(ev, level, scheme)
    return (m["tp"], m["fp"], m["fn"]), (m["precision"], m["recall"], m["f1"])


def test_prf_zero_denominators():
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    assert prf(0, 3, 0) == (0.0, 0.0, 0.0)
    assert prf(2, 2, 0) == (0.5, 1.0, pytest.approx(2 / 3))


def test_perfect_prediction():
    gold = doc([ent(TEXT, "T1", "COMPOUND", "Puerarin"), ent(TEXT, "T2", "GENE", "ALP")])
    ev = evaluate([gold], [gold])
    assert figures(ev) == ((2, 0, 0), (1.0, 1.0, 1.0))
    assert figures(ev, scheme="lenient") == ((2, 0, 0), (1.0, 1.0, 1.0))
    assert ev.entity_errors == []


def test_strict_and_lenient_entities_micro_and_per_type():
    # gold: COMPOUND Puerarin 0-8, GENE ALP 16-19, CELL_LINE MC3T3-E1 32-40            (3)
    # pred: COMPOUND Puerarin 0-8        exact
    #       GENE "ALP activity" 16-28    overlaps ALP only
    #       CELL_LINE "MC3T3-E1 cells" 32-46 overlaps MC3T3-E1 only
    #       CELL_TYPE "cells" 41-46      no gold CELL_TYPE                              (4)
    # strict : tp 1, fp 3, fn 2 -> P 1/4, R 1/3, F1 = 2*(1/4)(1/3)/(1/4+1/3) = 2/7
    # lenient: tp 3, fp 1, fn 0 -> P 3/4, R 1,   F1 = 2*(3/4)/(7/4) = 6/7
    gold = doc(
        [
            ent(TEXT, "T1", "COMPOUND", "Puerarin"),
            ent(TEXT, "T2", "GENE", "ALP"),
            ent(TEXT, "T3", "CELL_LINE", "MC3T3-E1"),
        ]
    )
    pred = doc(
        [
            span("T1", "COMPOUND", 0, 8),
            span("T2", "GENE", 16, 28),
            span("T3", "CELL_LINE", 32, 46),
            span("T4", "CELL_TYPE", 41, 46),
        ]
    )
    ev = evaluate([gold], [pred])
    (counts, (p, r, f)) = figures(ev)
    assert counts == (1, 3, 2)
    assert (p, r, f) == (pytest.approx(1 / 4), pytest.approx(1 / 3), pytest.approx(2 / 7))
    (counts, (p, r, f)) = figures(ev, scheme="lenient")
    assert counts == (3, 1, 0)
    assert (p, r, f) == (pytest.approx(3 / 4), 1.0, pytest.approx(6 / 7))

    # per type, strict: COMPOUND 1/1/1, GENE 0 (tp 0, fp 1, fn 1), CELL_TYPE 0 (no gold)
    strict = ev.table("entities", "strict").set_index("type")
    assert list(strict.index) == list(ENTITY_TYPES) + [MICRO]
    assert strict.loc["COMPOUND", ["precision", "recall", "f1"]].tolist() == [1.0, 1.0, 1.0]
    assert strict.loc["GENE", ["tp", "fp", "fn", "f1"]].tolist() == [0, 1, 1, 0.0]
    assert strict.loc["CELL_TYPE", ["gold", "pred", "precision", "recall"]].tolist() == [
        0,
        1,
        0.0,
        0.0,
    ]
    assert strict.loc["DISEASE", ["gold", "pred", "f1"]].tolist() == [0, 0, 0.0]
    # per type, lenient: GENE and CELL_LINE become 1/1/1
    lenient = ev.table("entities", "lenient").set_index("type")
    assert lenient.loc["GENE", "f1"] == 1.0
    assert lenient.loc["CELL_LINE", "f1"] == 1.0
    assert lenient.loc["CELL_TYPE", ["tp", "fp"]].tolist() == [0, 1]

    # the error list says why: boundary errors name their partner
    gene_fn = [e for e in ev.entity_errors if e["kind"] == "FN" and e["type"] == "GENE"]
    assert len(gene_fn) == 1
    assert gene_fn[0]["category"] == "boundary"
    assert gene_fn[0]["partner"]["text"] == "ALP activity"
    assert gene_fn[0]["sentence"] == TEXT
    cell_type_fp = [e for e in ev.entity_errors if e["type"] == "CELL_TYPE"]
    assert cell_type_fp[0]["kind"] == "FP"
    assert cell_type_fp[0]["category"] == "spurious"
    json.dumps(ev.summary)  # JSON-serialisable


def test_duplicate_prediction_is_one_tp_and_one_fp():
    # gold: Puerarin 0-8; pred: Puerarin 0-8 twice (T1, T2)
    # strict and lenient: tp 1, fp 1, fn 0 -> P 1/2, R 1, F1 2/3
    gold = doc([ent(TEXT, "T1", "COMPOUND", "Puerarin")])
    pred = doc([span("T1", "COMPOUND", 0, 8), span("T2", "COMPOUND", 0, 8)])
    ev = evaluate([gold], [pred])
    for scheme in ("strict", "lenient"):
        counts, (p, r, f) = figures(ev, scheme=scheme)
        assert counts == (1, 1, 0)
        assert (p, r, f) == (0.5, 1.0, pytest.approx(2 / 3))
    [fp] = ev.entity_errors
    assert (fp["kind"], fp["category"], fp["id"]) == ("FP", "duplicate", "T2")


def test_overlapping_predictions_match_one_gold_once():
    # text: "Beclin-1 protein rose."  gold GENE Beclin-1 0-8
    # pred GENE "Beclin" 0-6 (overlap 6) and GENE "Beclin-1 protein" 0-16 (overlap 8)
    # lenient, greedy best overlap: "Beclin-1 protein" takes the gold; "Beclin" is FP
    #   tp 1, fp 1, fn 0 -> P 1/2, R 1, F1 2/3
    # strict: neither is exact -> tp 0, fp 2, fn 1 -> P 0, R 0, F1 0
    text = "Beclin-1 protein rose."
    gold = doc([ent(text, "T1", "GENE", "Beclin-1")], text=text)
    pred = doc([span("T1", "GENE", 0, 6, text), span("T2", "GENE", 0, 16, text)], text=text)
    ev = evaluate([gold], [pred])
    assert figures(ev, scheme="lenient") == ((1, 1, 0), (0.5, 1.0, pytest.approx(2 / 3)))
    assert figures(ev) == ((0, 2, 1), (0.0, 0.0, 0.0))
    by_id = {e["id"]: e for e in ev.entity_errors if e["kind"] == "FP"}
    assert by_id["T2"]["category"] == "boundary" and by_id["T2"]["lenient_match"]
    assert by_id["T1"]["category"] == "overlap" and not by_id["T1"]["lenient_match"]


def test_exact_match_wins_over_larger_overlap():
    # gold GENE "Beclin-1" 0-8; pred "Beclin-1 protein" 0-16 listed first, then exact 0-8.
    # Exact candidates rank first, so the exact one is the TP under both schemes.
    # strict = lenient: tp 1, fp 1, fn 0
    text = "Beclin-1 protein rose."
    gold = doc([ent(text, "T1", "GENE", "Beclin-1")], text=text)
    pred = doc([span("T1", "GENE", 0, 16, text), span("T2", "GENE", 0, 8, text)], text=text)
    ev = evaluate([gold], [pred])
    assert figures(ev)[0] == (1, 1, 0)
    assert figures(ev, scheme="lenient")[0] == (1, 1, 0)
    [fp] = ev.entity_errors
    assert fp["id"] == "T1"


def test_ties_break_by_distance_then_position():
    # text "Akt Akt rose": gold GENE Akt 0-3 and GENE Akt 4-7
    # pred GENE "t A" 2-5 overlaps each gold by 1 char; boundary distance
    #   |0-2|+|3-5| = 4 and |4-2|+|7-5| = 4: a full tie -> the earlier gold (0-3) wins.
    # lenient: tp 1, fp 0, fn 1 -> P 1, R 1/2, F1 2/3; the FN is the Akt at 4-7
    text = "Akt Akt rose"
    gold = doc([ent(text, "T1", "GENE", "Akt"), ent(text, "T2", "GENE", "Akt", 1)], text=text)
    pred = doc([span("T1", "GENE", 2, 5, text)], text=text)
    ev = evaluate([gold], [pred])
    assert figures(ev, scheme="lenient") == ((1, 0, 1), (1.0, 0.5, pytest.approx(2 / 3)))
    fn = [e for e in ev.entity_errors if e["kind"] == "FN"]
    assert [(e["start"], e["category"]) for e in fn] == [(0, "boundary"), (4, "overlap")]

    # "Runx2 OSX": gold Runx2 0-5, OSX 6-9; pred "2 O" 4-7 overlaps each by 1 char;
    # distance |0-4|+|5-7| = 6 against |6-4|+|9-7| = 4 -> OSX is the lenient match.
    text = "Runx2 OSX"
    gold = doc([ent(text, "T1", "GENE", "Runx2"), ent(text, "T2", "GENE", "OSX")], text=text)
    pred = doc([span("T1", "GENE", 4, 7, text)], text=text)
    ev = evaluate([gold], [pred])
    [missed] = [e for e in ev.entity_errors if e["kind"] == "FN" and not e["lenient_match"]]
    assert missed["text"] == "Runx2"


def test_type_must_match_even_leniently():
    # gold CELL_LINE MC3T3-E1 32-40; pred CELL_TYPE 32-40: same span, other type.
    # strict and lenient: tp 0, fp 1, fn 1; the errors say "type"
    gold = doc([ent(TEXT, "T1", "CELL_LINE", "MC3T3-E1")])
    pred = doc([span("T1", "CELL_TYPE", 32, 40)])
    ev = evaluate([gold], [pred])
    assert figures(ev, scheme="lenient")[0] == (0, 1, 1)
    assert {e["category"] for e in ev.entity_errors} == {"type"}


def _relation_case(pred_alp: tuple[int, int], rel_type: str = "UPREGULATES"):
    gold = doc(
        [ent(TEXT, "T1", "COMPOUND", "Puerarin"), ent(TEXT, "T2", "GENE", "ALP")],
        [("UPREGULATES", "T1", "T2")],
    )
    pred = doc(
        [span("T1", "COMPOUND", 0, 8), span("T2", "GENE", *pred_alp)],
        [(rel_type, "T1", "T2")],
    )
    return evaluate([gold], [pred])


def test_relation_strict_match():
    # same arguments, same type: tp 1 under both schemes -> 1/1/1
    ev = _relation_case((16, 19))
    assert figures(ev, "relations") == ((1, 0, 0), (1.0, 1.0, 1.0))
    assert figures(ev, "relations", "lenient") == ((1, 0, 0), (1.0, 1.0, 1.0))
    assert ev.relation_errors == []


def test_relation_with_lenient_argument_counts_lenient_not_strict():
    # pred Arg2 is "ALP activity" 16-28, overlapping gold ALP 16-19:
    # strict : tp 0, fp 1, fn 1 -> 0/0/0
    # lenient: tp 1, fp 0, fn 0 -> 1/1/1
    ev = _relation_case((16, 28))
    assert figures(ev, "relations") == ((0, 1, 1), (0.0, 0.0, 0.0))
    assert figures(ev, "relations", "lenient") == ((1, 0, 0), (1.0, 1.0, 1.0))
    per_type = ev.table("relations", "lenient").set_index("type")
    assert per_type.loc["UPREGULATES", "f1"] == 1.0
    assert list(per_type.index) == list(RELATION_TYPES) + [MICRO]
    kinds = {(e["kind"], e["category"]) for e in ev.relation_errors}
    assert kinds == {("FN", "lenient match"), ("FP", "lenient match")}
    fn = next(e for e in ev.relation_errors if e["kind"] == "FN")
    assert (fn["arg1"]["text"], fn["arg2"]["text"]) == ("Puerarin", "ALP")
    assert fn["sentence"] == TEXT


def test_relation_of_other_type_does_not_match():
    # DOWNREGULATES predicted for a gold UPREGULATES: tp 0, fp 1, fn 1 under both schemes
    ev = _relation_case((16, 19), "DOWNREGULATES")
    assert figures(ev, "relations", "lenient")[0] == (0, 1, 1)
    fp = next(e for e in ev.relation_errors if e["kind"] == "FP")
    assert fp["category"] == "wrong relation"
    fn = next(e for e in ev.relation_errors if e["kind"] == "FN")
    assert fn["category"] == "arguments found"


def test_duplicate_relation_is_one_tp_one_fp():
    # the gold relation predicted twice: tp 1, fp 1, fn 0 -> P 1/2, R 1, F1 2/3
    gold = doc(
        [ent(TEXT, "T1", "COMPOUND", "Puerarin"), ent(TEXT, "T2", "GENE", "ALP")],
        [("UPREGULATES", "T1", "T2")],
    )
    pred = doc(
        [span("T1", "COMPOUND", 0, 8), span("T2", "GENE", 16, 19)],
        [("UPREGULATES", "T1", "T2"), ("UPREGULATES", "T1", "T2")],
    )
    ev = evaluate([gold], [pred])
    assert figures(ev, "relations") == ((1, 1, 0), (0.5, 1.0, pytest.approx(2 / 3)))


def test_empty_prediction_scores_zero_without_error():
    # gold 2 mentions and 1 relation, no prediction at all:
    # tp 0, fp 0, fn 2 -> P 0 (0/0 defined as 0), R 0, F1 0
    gold = doc(
        [ent(TEXT, "T1", "COMPOUND", "Puerarin"), ent(TEXT, "T2", "GENE", "ALP")],
        [("UPREGULATES", "T1", "T2")],
    )
    for pred in ([doc([])], []):  # an empty prediction, then no prediction document
        ev = evaluate([gold], pred)
        assert figures(ev) == ((0, 0, 2), (0.0, 0.0, 0.0))
        assert figures(ev, "relations", "lenient") == ((0, 0, 1), (0.0, 0.0, 0.0))
        assert ev.summary["normalisation"]["accuracy"] is None
        assert len(ev.entity_errors) == 2 and all(e["kind"] == "FN" for e in ev.entity_errors)
    assert ev.missing_predictions == ["d1"]
    json.dumps(ev.summary)


def test_empty_gold():
    # no gold mention, 2 predictions: tp 0, fp 2, fn 0 -> P 0, R 0 (0/0), F1 0
    gold = doc([])
    pred = doc([span("T1", "COMPOUND", 0, 8), span("T2", "GENE", 16, 19)])
    ev = evaluate([gold], [pred])
    assert figures(ev) == ((0, 2, 0), (0.0, 0.0, 0.0))
    # nothing at all: every figure 0, no ZeroDivisionError
    ev = evaluate([doc([])], [doc([])])
    assert figures(ev, scheme="lenient") == ((0, 0, 0), (0.0, 0.0, 0.0))
    assert ev.summary["concentration"]["accuracy"] is None


def test_micro_over_documents():
    # d1: gold Puerarin, pred Puerarin          -> tp 1
    # d2: gold ALP 16-19, pred Puerarin 0-8     -> fp 1, fn 1 (same offsets as d1 must not
    #     match across documents)
    # micro: tp 1, fp 1, fn 1 -> P 1/2, R 1/2, F1 1/2
    d1g = doc([ent(TEXT, "T1", "COMPOUND", "Puerarin")], name="d1")
    d1p = doc([span("T1", "COMPOUND", 0, 8)], name="d1")
    d2g = doc([ent(TEXT, "T1", "GENE", "ALP")], name="d2")
    d2p = doc([span("T1", "COMPOUND", 0, 8)], name="d2")
    extra = doc([], name="not_in_gold")
    ev = evaluate([d1g, d2g], [d2p, d1p, extra])
    assert figures(ev) == ((1, 1, 1), (0.5, 0.5, 0.5))
    assert ev.unscored_predictions == ["not_in_gold"]
    assert {e["doc"] for e in ev.entity_errors} == {"d2"}


def test_normalisation_accuracy():
    # gold: Puerarin pubchem:5281807, ALP hgnc:ALPL, MC3T3-E1 cellosaurus:CVCL_0409
    # pred: Puerarin pubchem:5281807 (right), ALP hgnc:ALPP (wrong),
    #       "MC3T3-E1 cells" 32-46 (only a lenient match: not counted)
    # normalisation: 1 correct of 2 strictly matched with an N line -> 0.5
    gold = doc(
        [
            ent(TEXT, "T1", "COMPOUND", "Puerarin", norm="pubchem:5281807"),
            ent(TEXT, "T2", "GENE", "ALP", norm="hgnc:ALPL"),
            ent(TEXT, "T3", "CELL_LINE", "MC3T3-E1", norm="cellosaurus:CVCL_0409"),
        ]
    )
    pred = doc(
        [
            span("T1", "COMPOUND", 0, 8, norm="pubchem:5281807"),
            span("T2", "GENE", 16, 19, norm="hgnc:ALPP"),
            span("T3", "CELL_LINE", 32, 46, norm="cellosaurus:CVCL_0409"),
        ]
    )
    ev = evaluate([gold], [pred])
    assert ev.summary["normalisation"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    [err] = ev.norm_errors
    assert (err["text"], err["gold_norm"], err["pred_norm"]) == ("ALP", "hgnc:ALPL", "hgnc:ALPP")


def test_concentration_accuracy():
    # Offsets: "1, 10 μmol/L" 19-31, "20 mg/kg" 64-72, "5 mg/kg" 76-83
    text = "Cells got puerarin 1, 10 μmol/L for 48 h; the rats got puerarin 20 mg/kg or 5 mg/kg."
    gold = doc(
        [
            ent(text, "T1", "CONCENTRATION", "1, 10 μmol/L", note="values=1,10 unit=umol/L"),
            ent(text, "T2", "CONCENTRATION", "20 mg/kg", note="values=20 unit=mg/kg"),
            ent(text, "T3", "CONCENTRATION", "5 mg/kg", note="values=5 unit=mg/kg"),
            ent(text, "T4", "DURATION", "48 h"),
        ],
        text=text,
    )
    pred = doc(
        [
            # values as floats: 1.0,10 equals 1,10 -> right
            ent(text, "T1", "CONCENTRATION", "1, 10 μmol/L", note="values=1.0,10 unit=umol/L"),
            # unit differs -> wrong
            ent(text, "T2", "CONCENTRATION", "20 mg/kg", note="values=20 unit=mg/g"),
            # no note -> wrong
            ent(text, "T3", "CONCENTRATION", "5 mg/kg"),
            ent(text, "T4", "DURATION", "48 h"),
        ],
        text=text,
    )
    # concentration accuracy: 1 of 3 strictly matched CONCENTRATION mentions -> 1/3
    ev = evaluate([gold], [pred])
    conc = ev.summary["concentration"]
    assert (conc["correct"], conc["total"]) == (1, 3)
    assert conc["accuracy"] == pytest.approx(1 / 3)
    assert sorted(e["text"] for e in ev.concentration_errors) == ["20 mg/kg", "5 mg/kg"]
    # an ASCII ';' does not end a sentence in the simple rule: the sentence is the whole text
    assert ev.concentration_errors[0]["sentence"] == text


def test_concentration_values_order_matters():
    text = "given 10, 1 μmol/L"
    gold = doc(
        [ent(text, "T1", "CONCENTRATION", "10, 1 μmol/L", note="values=10,1 unit=umol/L")],
        text=text,
    )
    pred = doc(
        [ent(text, "T1", "CONCENTRATION", "10, 1 μmol/L", note="values=1,10 unit=umol/L")],
        text=text,
    )
    assert evaluate([gold], [pred]).summary["concentration"]["accuracy"] == 0.0


@pytest.mark.parametrize(
    ("text", "surface", "sentence"),
    [
        ("葛根素促进成骨细胞增殖。它还抑制破骨细胞。", "破骨细胞", "它还抑制破骨细胞。"),
        (
            "First one. Puerarin acts on RAW264.7 cells. Last.",
            "RAW264.7",
            "Puerarin acts on RAW264.7 cells.",
        ),
        ("Title line\nPuerarin helps! Really", "Puerarin", "Puerarin helps!"),
        ("它上调 ALP；并下调 TRAP", "TRAP", "并下调 TRAP"),
    ],
)
def test_sentence_bounds(text, surface, sentence):
    start = text.index(surface)
    s, e = sentence_bounds(text, start, start + len(surface))
    assert text[s:e] == sentence


def test_prediction_with_other_text_is_refused():
    from puerextract.errors import BratError

    gold = doc([])
    pred = Annotations("d1", TEXT + " changed", [], [])
    with pytest.raises(BratError, match="differs"):
        evaluate([gold], [pred])


def test_precision_by_rule_family():
    # gold: Puerarin COMPOUND 0-8, ALP GENE 16-19, MC3T3-E1 CELL_LINE 32-40
    gold = doc(
        [span("T1", "COMPOUND", 0, 8), span("T2", "GENE", 16, 19), span("T3", "CELL_LINE", 32, 40)]
    )
    # lexicon: Puerarin (tp) and "raised" as GENE (fp) -> P 0.5; shape: ALP activity (lenient
    # only) -> strict P 0, lenient P 1; abbreviation: MC3T3-E1 (tp) -> P 1
    pred = doc(
        [
            span("T1", "COMPOUND", 0, 8, source="lexicon"),
            span("T2", "GENE", 9, 15, source="lexicon"),
            span("T3", "GENE", 16, 28, source="shape"),
            span("T4", "CELL_LINE", 32, 40, source="abbreviation"),
        ]
    )
    table = evaluate([gold], [pred]).source_scores.set_index("rule family")
    assert table.loc["lexicon", ["predicted", "strict tp", "strict P"]].tolist() == [2, 1, 0.5]
    assert table.loc["shape", ["strict P", "lenient P"]].tolist() == [0.0, 1.0]
    assert table.loc["abbreviation", "strict P"] == 1.0


def test_novel_mention_recall_counts_names_in_no_lexicon_only():
    text = "淫羊藿苷和毛蕊异黄酮上调 Runx2，浓度 10 μmol/L。"
    gold = doc(
        [
            ent(text, "T1", "COMPOUND", "淫羊藿苷"),  # known, found
            ent(text, "T2", "COMPOUND", "毛蕊异黄酮"),  # novel, found
            ent(text, "T3", "GENE", "Runx2"),  # novel (the lexicon has RUNX2 only in case), missed
            ent(text, "T4", "CONCENTRATION", "10 μmol/L"),  # quantities are never novel
        ],
        text=text,
    )
    pred = doc([gold.entities[0], gold.entities[1], gold.entities[3]], text=text)
    known = {term_key("淫羊藿苷"), term_key("RUNX3")}
    ev = evaluate([gold], [pred], known_terms=known)
    novel = ev.summary["novel"]
    assert novel["COMPOUND"] == {"gold": 1, "found": 1, "recall": 1.0}
    assert novel["GENE"] == {"gold": 1, "found": 0, "recall": 0.0}
    assert "CONCENTRATION" not in novel
    assert novel[MICRO] == {"gold": 2, "found": 1, "recall": 0.5}
    assert "novel" not in evaluate([gold], [pred]).summary  # only with known terms


def test_term_key_folds_case_and_width():
    assert term_key("ＲＵＮＸ2") == term_key("runx2") == "runx2"
