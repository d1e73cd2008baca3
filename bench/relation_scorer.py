"""Prototype: a learned scorer over candidate relation pairs, measured by grouped CV.

    python bench/scorer_collect.py CACHE.pkl DIR...     # run the rules once, cache
    python bench/relation_scorer.py CACHE.pkl           # grouped CV: (a) rules, (b) filter, (c) add

Candidates: within one sentence, every ordered pair of predicted mentions and every relation
type whose argument types fit ``RELATION_TYPES``. Label: the gold holds that relation on those
exact spans (the strict match of ``evaluate.py``). Features come from the rules' own output
(which rule gave the pair), the trigger words of ``triggers.tsv`` and the word roles of
``tag_words.tsv``; no word list is written here.

Result at 9fec943 (bench/results/relation_scorer.txt): over dev, gold and the seen yardsticks
(88 documents, 1,741 gold relations) the rules score 0.887; the scorer as a filter, as an adder
above a threshold, or alone scores 0.877-0.889 across models and seeds (thresholds chosen by
inner grouped CV on the training folds): no clear gain, so nothing ships into the package.
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from puerextract.evaluate import evaluate
from puerextract.grammar import CLAUSE_SEPARATORS
from puerextract.model import RELATION_TYPES, Annotations, Relation
from puerextract.relate import trigger_finder
from puerextract.relate_words import alternation
from puerextract.tag import get_tagger

ROLES = (
    "clause_conjunction", "compare_before", "compare_after", "report_word", "group_word",
    "negation_zh", "negation_en", "aim_verb_zh", "aim_verb_en", "aim_noun_en", "aim_noun_zh",
    "giving_word_zh", "giving_phrase_en", "allocate_zh", "contrast_word_en",
)  # fmt: skip


def role_regexes(rules) -> dict[str, re.Pattern]:
    out = {}
    for role in ROLES:
        words = [w for w in rules.words_of(role) if w.strip()]
        if words:
            alt = alternation(words)
            latin = all(w.isascii() for w in words)
            out[role] = re.compile(rf"\b(?:{alt})\b" if latin else f"(?:{alt})", re.I)
    return out


def rule_family(rule: str, source: str) -> str:
    r = rule or source or "?"
    return r.split(" ")[0] if r.startswith("trigger") else r


def gold_keys(gold: Annotations) -> Counter:
    by = gold.entity_by_id()
    keys: Counter = Counter()
    for r in gold.relations:
        a, b = by[r.arg1], by[r.arg2]
        keys[(r.type, a.type, a.start, a.end, b.type, b.start, b.end)] += 1
    return keys


def ckey(rtype, a, b):  # noqa: ANN001
    return (rtype, a.type, a.start, a.end, b.type, b.start, b.end)


class Featurizer:
    def __init__(self) -> None:
        rules = get_tagger(None).rules
        self.finder = trigger_finder(rules)
        self.roles = role_regexes(rules)
        self.sep = re.compile(f"[{re.escape(CLAUSE_SEPARATORS)}]")
        self.sep_strong = re.compile(r"[;；:：。]")

    def document(self, d: dict) -> list[tuple[tuple, dict, bool, str]]:
        """(candidate key, features, rules give it, rule family) per candidate."""
        text, pred = d["text"], d["pred"]
        ents = sorted(pred.entities, key=lambda e: (e.start, e.end))
        by = pred.entity_by_id()
        rule_rel: dict[tuple, str] = {}
        pair_types: dict[tuple, set] = defaultdict(set)
        a_out: Counter = Counter()
        b_in: Counter = Counter()
        for r in pred.relations:
            a, b = by[r.arg1], by[r.arg2]
            rule_rel[ckey(r.type, a, b)] = rule_family(r.rule, r.source)
            pair_types[(a.id, b.id)].add(r.type)
            a_out[(a.id, r.type)] += 1
            b_in[(b.id, r.type)] += 1
        ctx = {"rule_rel": rule_rel, "pair_types": pair_types, "a_out": a_out, "b_in": b_in}
        ctx["rule_words"] = {ckey(r.type, by[r.arg1], by[r.arg2]): r.rule for r in pred.relations}
        ctx["triples"] = {(r.type, r.arg1, r.arg2) for r in pred.relations}
        ctx["by_key_a"] = defaultdict(set)  # (type, arg2 id) -> keys of its agents
        ctx["by_key_b"] = defaultdict(set)  # (type, arg1 id) -> keys of its targets
        for r in pred.relations:
            ctx["by_key_a"][(r.type, r.arg2)].add(d["keys"][r.arg1])
            ctx["by_key_b"][(r.type, r.arg1)].add(d["keys"][r.arg2])
        rows = []
        seen = set()
        for si, (s0, s1, lang) in enumerate(d["sentences"]):
            inside = [e for e in ents if e.start >= s0 and e.end <= s1]
            if len(inside) < 2:
                continue
            hits = self.finder.find(text[s0:s1], s0)
            sent = {"i": si, "start": s0, "end": s1, "lang": lang, "hits": hits, "ents": inside}
            sent["tokens"] = d["tokens"][si]
            sent.update(self._sentence_roles(text[s0:s1]))
            for a in inside:
                for b in inside:
                    if a.id == b.id:
                        continue
                    for rtype, (t1, t2) in RELATION_TYPES.items():
                        if a.type in t1 and b.type in t2:
                            key = ckey(rtype, a, b)
                            if key in seen:
                                continue
                            seen.add(key)
                            f = self.features(d, sent, ctx, rtype, a, b)
                            rows.append((key, f, key in rule_rel, rule_rel.get(key, "")))
        for key, fam in rule_rel.items():  # rule relations outside any sentence pair (none seen)
            if key not in seen:
                rows.append((key, {"orphan": 1, "rel=" + key[0]: 1, "rule": 1}, True, fam))
        return rows

    def _sentence_roles(self, s: str) -> dict:
        return {"sroles": {r for r, rx in self.roles.items() if rx.search(s)}}

    def features(self, d, sent, ctx, rtype, a, b) -> dict:  # noqa: ANN001, PLR0915
        text = d["text"]
        f: dict[str, float] = {}
        tp = f"{a.type}>{b.type}"
        f["rel=" + rtype] = 1
        f["pair=" + tp] = 1
        f["reltp=" + rtype + ":" + tp] = 1
        fam = ctx["rule_rel"].get(ckey(rtype, a, b))
        f["rule"] = float(fam is not None)
        if fam is not None:
            f["rulefam=" + fam] = 1
            f["relrule=" + rtype + ":" + fam] = 1
        others = ctx["pair_types"].get((a.id, b.id), set()) - {rtype}
        f["rule_other_type"] = float(bool(others))
        for o in others:
            f["rule_other=" + o] = 1
        f["rule_reverse"] = float(bool(ctx["pair_types"].get((b.id, a.id))))
        f["a_out_same"] = ctx["a_out"][(a.id, rtype)]
        f["b_in_same"] = ctx["b_in"][(b.id, rtype)]
        f["a_out_any"] = sum(ctx["a_out"][(a.id, r)] for r in RELATION_TYPES)
        f["b_in_any"] = sum(ctx["b_in"][(b.id, r)] for r in RELATION_TYPES)
        before = a.start < b.start
        f["a_first"] = float(before)
        lo, hi = (a.end, b.start) if before else (b.end, a.start)
        gap = text[lo:hi] if hi > lo else ""
        f["dist"] = math.log1p(max(hi - lo, 0))
        f["lang=" + sent["lang"]] = 1
        f["title"] = float(sent["i"] == 0)
        f["sent_len"] = math.log1p(sent["end"] - sent["start"])
        ents = sent["ents"]
        f["n_ents"] = len(ents)
        between = [e for e in ents if e.start >= lo and e.end <= hi]
        f["ents_between"] = len(between)
        f["a_type_between"] = sum(e.type == a.type for e in between)
        f["b_type_between"] = sum(e.type == b.type for e in between)
        t1, t2 = RELATION_TYPES[rtype]
        f["n_arg1_sent"] = sum(e.type in t1 for e in ents)
        f["n_arg2_sent"] = sum(e.type in t2 for e in ents)
        f["a_nearest"] = float(self._nearest(ents, b, t1) is a)
        f["b_nearest"] = float(self._nearest(ents, a, t2) is b)
        f["clause_marks"] = len(self.sep.findall(gap))
        f["paren_between"] = float(any(c in gap for c in "()（）"))
        for role, rx in self.roles.items():
            if rx.search(gap):
                f["gap_role=" + role] = 1
        for role in sent["sroles"]:
            f["sent_role=" + role] = 1
        self._trigger_features(f, sent["hits"], rtype, a, b, lo, hi, before)
        f["a_tested"] = float(d["keys"].get(a.id) in d["tested"])
        f["b_tested"] = float(d["keys"].get(b.id) in d["tested"])
        f["a_src=" + (a.source or "?")] = 1
        f["b_src=" + (b.source or "?")] = 1
        f["same_key"] = float(d["keys"].get(a.id) == d["keys"].get(b.id))
        self._neighbour_features(f, d, sent, ctx, rtype, a, b)
        if LEXICAL:
            self._lexical(f, text, sent["tokens"], rtype, lo, hi)
        return f

    @staticmethod
    def _lexical(f, text, tokens, rtype, lo, hi) -> None:  # noqa: ANN001
        """Bag of the words between the pair (relation-typed), and the two before it."""
        before = []
        for t0, t1 in tokens:
            w = text[t0:t1].lower()
            if not w.strip() or w.isdigit():
                continue
            if t0 >= lo and t1 <= hi:
                f[f"w:{rtype}:{w}"] = 1
            elif t1 <= lo:
                before.append(w)
        for w in before[-2:]:
            f[f"wb:{rtype}:{w}"] = 1

    def _neighbour_features(self, f, d, sent, ctx, rtype, a, b) -> None:  # noqa: ANN001
        """The rules' links of the pair's namesakes and list neighbours."""
        keys, triples = d["keys"], ctx["triples"]
        word = ctx["rule_words"].get(ckey(rtype, a, b))
        if word and word.startswith("trigger"):
            f["rule_word=" + word] = 1
        ka, kb = keys.get(a.id), keys.get(b.id)
        f["sib_a"] = float(ka in ctx["by_key_a"].get((rtype, b.id), set()) and
                           (rtype, a.id, b.id) not in triples)  # fmt: skip
        f["sib_b"] = float(kb in ctx["by_key_b"].get((rtype, a.id), set()) and
                           (rtype, a.id, b.id) not in triples)  # fmt: skip
        ents = sent["ents"]
        i = next(k for k, e in enumerate(ents) if e.id == b.id)
        j = next(k for k, e in enumerate(ents) if e.id == a.id)
        text = d["text"]
        for side, k in (("prev", i - 1), ("next", i + 1)):
            if 0 <= k < len(ents) and ents[k].id != a.id:
                n = ents[k]
                gap = text[min(n.end, b.end) : max(n.start, b.start)]
                if len(gap) <= 8 and not self.sep_strong.search(gap):
                    f["b_list_" + side] = 1
                    if (rtype, a.id, n.id) in triples:
                        f["b_list_linked"] = 1
        for k in (j - 1, j + 1):
            if 0 <= k < len(ents) and ents[k].id != b.id:
                n = ents[k]
                gap = text[min(n.end, a.end) : max(n.start, a.start)]
                if (
                    len(gap) <= 8
                    and not self.sep_strong.search(gap)
                    and ((rtype, n.id, b.id) in triples)
                ):
                    f["a_list_linked"] = 1
        t1 = RELATION_TYPES[rtype][0]
        first = next((e for e in ents if e.type in t1), None)
        f["a_first_agent"] = float(first is a)

    @staticmethod
    def _nearest(ents, ref, types):  # noqa: ANN001, ANN205
        best, dist = None, None
        for e in ents:
            if e is ref or e.type not in types:
                continue
            dd = abs(e.start - ref.start)
            if dist is None or dd < dist:
                best, dist = e, dd
        return best

    @staticmethod
    def _trigger_features(f, hits, rtype, a, b, lo, hi, before) -> None:  # noqa: ANN001
        n_between = n_match = n_none = 0
        for h in hits:
            rels = {r for r, _ in h.choices}
            dirs = {dd for r, dd in h.choices if r == rtype}
            if h.start >= lo and h.end <= hi:
                n_between += 1
                if rtype in rels:
                    n_match += 1
                    for dd in dirs:
                        f[f"trig_between_dir={dd}:{'ab' if before else 'ba'}"] = 1
                if "NONE" in rels:
                    n_none += 1
                for r in rels:
                    f["trig_between_rel=" + r] = 1
                if rtype in rels:
                    f["trig_word=" + h.lang + ":" + h.word] = 1
            elif rtype in rels:
                side = "after_b" if h.start >= b.end else "before_a" if h.end <= a.start else "out"
                f["trig_outside=" + side] = 1
        f["trig_between"] = n_between
        f["trig_between_match"] = n_match
        f["trig_between_none"] = n_none
        f["trig_in_sent_match"] = float(any(rtype in {r for r, _ in h.choices} for h in hits))


# --------------------------------------------------------------------------- evaluation


def build(docs: list[dict]) -> tuple[list, list, np.ndarray, np.ndarray, np.ndarray]:
    fz = Featurizer()
    keys, feats, rule, groups, labels = [], [], [], [], []
    for gi, d in enumerate(docs):
        gk = gold_keys(d["gold"])
        for key, f, by_rule, _fam in fz.document(d):
            keys.append((gi, key))
            feats.append(f)
            rule.append(by_rule)
            groups.append(gi)
            labels.append(gk.get(key, 0) > 0)
    return keys, feats, np.array(rule), np.array(groups), np.array(labels)


def predict_docs(docs, keys, keep) -> list[Annotations]:  # noqa: ANN001
    """Each document's predicted relations: the candidates with ``keep``."""
    chosen: dict[int, list[tuple]] = defaultdict(list)
    for (gi, key), k in zip(keys, keep, strict=True):
        if k:
            chosen[gi].append(key)
    out = []
    for gi, d in enumerate(docs):
        pred = d["pred"]
        span_id = {(e.type, e.start, e.end): e.id for e in pred.entities}
        rels = [
            Relation(f"R{n}", key[0], span_id[key[1:4]], span_id[key[4:7]])
            for n, key in enumerate(chosen.get(gi, []), start=1)
        ]
        out.append(Annotations(pred.name, pred.text, list(pred.entities), rels))
    return out


def scores(docs, preds, idx=None) -> dict:  # noqa: ANN001
    idx = range(len(docs)) if idx is None else idx

    def named(a: Annotations, d: dict) -> Annotations:  # document names repeat across sets
        return Annotations(f"{d['set']}/{a.name}", a.text, a.entities, a.relations)

    ev = evaluate([named(docs[i]["gold"], docs[i]) for i in idx],
                  [named(preds[i], docs[i]) for i in idx])  # fmt: skip
    t = ev.table("relations", "strict")
    return {row["type"]: row for row in t.to_dict("records")}


def make_model(kind: str):  # noqa: ANN201
    if kind == "lr":
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import MaxAbsScaler

        return make_pipeline(MaxAbsScaler(), LogisticRegression(C=0.3, max_iter=5000))
    return HistGradientBoostingClassifier(
        max_iter=150, learning_rate=0.08, max_leaf_nodes=15, min_samples_leaf=20,
        l2_regularization=1.0, random_state=0,
    )  # fmt: skip


def fit_predict(kind, X, y, train, test):  # noqa: ANN001, ANN201, N803
    m = make_model(kind)
    Xt = X[train] if kind == "lr" else X[train].toarray()  # noqa: N806
    m.fit(Xt, y[train])
    Xs = X[test] if kind == "lr" else X[test].toarray()  # noqa: N806
    return m.predict_proba(Xs)[:, 1]


LEXICAL = False
GRID = np.round(np.arange(0.05, 0.96, 0.05), 2)


def choose(docs, y, rule, p, idx_docs, mask) -> tuple[float, float, float]:  # noqa: ANN001
    """Thresholds for (b) filter, (c) add, (d) model alone, best micro F1 on ``idx_docs``
    (strict micro F1 counted on the candidate keys: unique per document, so one-to-one)."""
    ngold = sum(len(docs[i]["gold"].relations) for i in idx_docs)

    def f1_of(keep):  # noqa: ANN001, ANN202
        k = keep & mask
        tp, npred = (k & y).sum(), k.sum()
        return 2 * tp / (npred + ngold) if npred + ngold else 0.0

    tb = max(GRID, key=lambda t: (f1_of(rule & (p >= t)), -t))
    tc = max(GRID, key=lambda t: (f1_of(rule | (p >= t)), t))
    td = max(GRID, key=lambda t: (f1_of(p >= t), t))
    return tb, tc, td


def grouped_cv(docs, keys, X, rule, groups, y, kind, folds=5, seed=0):  # noqa: ANN001, ANN201, N803
    outer = GroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    keep_b = np.zeros(len(y), bool)
    keep_c = np.zeros(len(y), bool)
    keep_d = np.zeros(len(y), bool)
    p_all = np.zeros(len(y))
    chosen = []
    for train, test in outer.split(X, y, groups):
        # inner out-of-fold scores on the training documents choose the thresholds
        inner = GroupKFold(n_splits=4, shuffle=True, random_state=seed + 1)
        p_in = np.zeros(len(y))
        for itr, ite in inner.split(train, y[train], groups[train]):
            p_in[train[ite]] = fit_predict(kind, X, y, train[itr], train[ite])
        mask = np.zeros(len(y), bool)
        mask[train] = True
        train_docs = sorted(set(groups[train]))
        tb, tc, td = choose(docs, y, rule, p_in, train_docs, mask)
        chosen.append((tb, tc, td))
        p = fit_predict(kind, X, y, train, test)
        p_all[test] = p
        keep_b[test] = rule[test] & (p >= tb)
        keep_c[test] = rule[test] | (p >= tc)
        keep_d[test] = p >= td
    return p_all, keep_b, keep_c, keep_d, chosen


def diag(p, rule, y) -> None:  # noqa: ANN001
    """Out-of-fold score buckets: the rules' relations by score, the best non-rule candidates."""
    print("\nrule relations by out-of-fold score: bucket, count, correct")
    for lo, hi in ((0, 0.2), (0.2, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.8), (0.8, 1.01)):
        m = rule & (p >= lo) & (p < hi)
        print(f"  [{lo:.1f},{hi:.1f}) {m.sum():5d} {(m & y).sum():5d}")
    nr = np.where(~rule)[0]
    order = nr[np.argsort(-p[nr])]
    print("non-rule candidates, top k: k, correct, score at k")
    for k in (10, 25, 50, 100, 200, 400):
        print(f"  {k:4d} {y[order[:k]].sum():4d} {p[order[k - 1]]:.3f}")


def report(docs, keys, rule, keeps: dict, subsets: dict) -> None:  # noqa: ANN001
    types = ["micro", *RELATION_TYPES]
    for sname, idx in subsets.items():
        print(f"\n== {sname} ({len(idx)} docs)")
        tabs = {k: scores(docs, predict_docs(docs, keys, v), idx) for k, v in keeps.items()}
        print(f"{'type':18}" + "".join(f"{k:>22}" for k in keeps))
        for t in types:
            cells = []
            for k in keeps:
                r = tabs[k].get(t)
                cells.append(
                    f"{r['f1']:.3f} ({r['precision']:.2f}/{r['recall']:.2f})" if r else "-"
                )
            g = tabs["a_rules"].get(t, {}).get("gold", 0)
            print(f"{t:18}" + "".join(f"{c:>22}" for c in cells) + f"   n={g}")


def importance(X, y, vec, kind) -> None:  # noqa: ANN001, N803
    if kind == "lr":
        m = make_model("lr").fit(X, y)
        coefs = sorted(zip(m[-1].coef_[0], vec.feature_names_, strict=True))
        print("\nmost negative:", [(n, round(c, 2)) for c, n in coefs[:15]])
        print("most positive:", [(n, round(c, 2)) for c, n in coefs[-15:]])
        return
    from sklearn.inspection import permutation_importance

    m = make_model(kind).fit(X.toarray(), y)
    sub = np.random.default_rng(0).choice(X.shape[0], min(8000, X.shape[0]), replace=False)
    r = permutation_importance(
        m, X[sub].toarray(), y[sub], n_repeats=3, random_state=0, scoring="average_precision"
    )
    order = np.argsort(-r.importances_mean)[:20]
    print("\npermutation importance (AP drop):")
    for i in order:
        print(f"  {vec.feature_names_[i]:40} {r.importances_mean[i]:.4f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cache")
    ap.add_argument("--model", default="gb", choices=["gb", "lr"])
    ap.add_argument("--seeds", type=int, default=1)
    ap.add_argument("--importance", action="store_true")
    ap.add_argument("--lexical", action="store_true")
    args = ap.parse_args()
    docs = pickle.loads(Path(args.cache).read_bytes())
    global LEXICAL  # noqa: PLW0603
    LEXICAL = args.lexical
    keys, feats, rule, groups, y = build(docs)
    vec = DictVectorizer()
    X = vec.fit_transform(feats)  # noqa: N806
    ngold = sum(len(d["gold"].relations) for d in docs)
    print(f"{len(docs)} docs, {len(y)} candidates, {y.sum()} positive of {ngold} gold "
          f"relations (ceiling recall {y.sum() / ngold:.3f}); rules give {rule.sum()} "
          f"({(rule & y).sum()} correct); {X.shape[1]} features")  # fmt: skip
    subsets = {
        "all": list(range(len(docs))),
        "dev": [i for i, d in enumerate(docs) if d["set"] == "dev"],
        "gold": [i for i, d in enumerate(docs) if d["set"] == "gold"],
        "yardsticks": [i for i, d in enumerate(docs) if d["set"] not in ("dev", "gold")],
    }
    for seed in range(args.seeds):
        p, kb, kc, kd, chosen = grouped_cv(docs, keys, X, rule, groups, y, args.model, seed=seed)
        print(f"\n##### model {args.model}, seed {seed}; thresholds (b, c, d) per fold: {chosen}")
        keeps = {"a_rules": rule, "b_filter": kb, "c_add": kc, "d_model": kd}
        report(docs, keys, rule, keeps, subsets)
        diag(p, rule, y)
        fixed = {"b@0.5": rule & (p >= 0.5), "c@0.5": rule | (p >= 0.5), "d@0.5": p >= 0.5}
        report(docs, keys, rule, {"a_rules": rule, **fixed}, {"all": subsets["all"]})
    if args.importance:
        importance(X, y, vec, args.model)


if __name__ == "__main__":
    main()
