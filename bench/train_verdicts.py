"""Fit the learned verdicts (accord.stages.verdicts) to annotated articles, and measure them.

Every candidate (a verb of saying no rule coded, whose reported clause has a nominal subject) is
coded as 111 against that subject, and each event it yields is labelled by its article's gold at the
level ``accord eval`` counts at (source state, target state, root 11): 1 if an annotator coded that
key, 0 if not; keys only an optional gold event has are left out.  A logistic regression over the
candidate's words (scikit-learn, the ``train`` extra) is cross-validated in five folds grouped by
article.  The cut is the one whose out-of-fold events add most to dyad_root F1 on ``--gold``, counted
as ``accord eval`` counts (a key the rules already code adds nothing).  Then the model is fitted to
all of ``--gold`` and written as JSON with that cut.  ``--test`` codes another gold file once with
the fitted weights and prints the same figures (counts only, nothing of its text).

    pip install -e '.[train]'
    python bench/train_verdicts.py --gold eval/dev/gold.jsonl --articles eval/dev/articles \\
        --test eval/heldout/gold.jsonl --test-articles eval/heldout/articles \\
        --out src/accord/data/verdicts.json

Refit whenever the coder's rules change which verbs of saying they code: the candidates are the rest.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from accord import __version__
from accord.evaluation import load_units
from accord.pipeline import Coder
from accord.stages.events import EventFinder
from accord.stages.verdicts import VerdictModel

Key = tuple[str, str, str]
_ROOT = "11"


@dataclass
class Candidates:
    """The learned-verdict events of a gold set, with what scoring them needs."""

    found: list[list[str]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    keys: list[Key] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    # per article: the gold keys, the optional-only keys, the keys the rules code without the model
    gold: dict[str, set[Key]] = field(default_factory=dict)
    optional: dict[str, set[Key]] = field(default_factory=dict)
    ruled: dict[str, set[Key]] = field(default_factory=dict)


def _key(event: object) -> Key:
    target = event.target.country if event.target else ""  # type: ignore[attr-defined]
    return (event.source.country, target, event.info.root)  # type: ignore[attr-defined]


def collect(gold: Path, articles: Path) -> Candidates:
    """Code the gold set with every candidate turned into an event, and label those events."""
    units = load_units(gold, articles)
    EventFinder.verdict_model = VerdictModel({}, 30.0, 0.0)
    EventFinder.verdict_log = []
    out = Candidates()
    for unit, article in zip(units, Coder().code(u.article for u in units), strict=True):
        logged = {(idx): named for aid, idx, named in EventFinder.verdict_log if aid == article.id}
        EventFinder.verdict_log.clear()
        gold_keys = {e.key("dyad_root", False) for e in unit.events}
        out.gold[unit.id] = gold_keys
        out.optional[unit.id] = {e.key("dyad_root", False) for e in unit.optional} - gold_keys
        out.ruled[unit.id] = set()
        for event in article.events:
            key = _key(event)
            if event.trigger_start in logged and event.cameo == "111":
                if key in out.optional[unit.id]:
                    continue
                out.found.append(logged[event.trigger_start])
                out.labels.append(int(key in gold_keys))
                out.keys.append(key)
                out.articles.append(unit.id)
            else:
                out.ruled[unit.id].add(key)
    EventFinder.verdict_log = None
    return out


def gain(c: Candidates, scores: np.ndarray, cut: float) -> tuple[int, int, int]:
    """dyad_root tp, fp, fn of the whole set when candidates scoring at least ``cut`` are coded."""
    added: dict[str, set[Key]] = defaultdict(set)
    for art, key, score in zip(c.articles, c.keys, scores, strict=True):
        if score >= cut:
            added[art].add(key)
    tp = fp = fn = 0
    for art, gold in c.gold.items():
        pred = (c.ruled[art] | added[art]) - c.optional[art]
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def vectorise(c: Candidates, names: dict[str, int]) -> csr_matrix:
    rows, cols = [], []
    for r, found in enumerate(c.found):
        for name in found:
            if name in names:
                rows.append(r)
                cols.append(names[name])
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(c.found), len(names)))


def vocabulary(c: Candidates, min_count: int) -> dict[str, int]:
    """Features seen in at least ``min_count`` candidates (rarer ones only memorise)."""
    counts: dict[str, int] = defaultdict(int)
    for found in c.found:
        for name in found:
            counts[name] += 1
    kept = sorted(n for n, k in counts.items() if k >= min_count and n != "bias")
    return {n: i for i, n in enumerate(kept)}


def cross_validate(c: Candidates, strength: float, min_count: int) -> np.ndarray:
    """Out-of-fold probabilities, five folds grouped by article (vocabulary from each training fold)."""
    y = np.array(c.labels)
    out = np.zeros(len(y))
    for train, test in GroupKFold(5).split(np.zeros(len(y)), y, c.articles):
        part = Candidates(found=[c.found[i] for i in train])
        names = vocabulary(part, min_count)
        model = LogisticRegression(C=strength, max_iter=5000).fit(vectorise(part, names), y[train])
        rest = Candidates(found=[c.found[i] for i in test])
        out[test] = model.predict_proba(vectorise(rest, names))[:, 1]
    return out


def report(title: str, c: Candidates, scores: np.ndarray, cuts: list[float]) -> dict[str, float]:
    """dyad_root F1 with no candidate coded and at each cut; the best cut's figures."""
    base = gain(c, np.zeros(len(c.labels)), 2.0)
    print(f"{title}: {len(c.labels)} candidate events, {sum(c.labels)} in the gold")
    print(f"  rules only: dyad_root F1 {f1(*base):.4f} {base}")
    best = (f1(*base), 2.0)
    for cut in cuts:
        figures = gain(c, scores, cut)
        kept = int((scores >= cut).sum())
        print(f"  cut {cut:.2f}: {kept:4d} coded, dyad_root F1 {f1(*figures):.4f} {figures}")
        best = max(best, (f1(*figures), cut))
    return {"rules_only_f1": round(f1(*base), 4), "best_f1": round(best[0], 4), "best_cut": best[1]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--articles", type=Path, required=True)
    parser.add_argument("--test", type=Path)
    parser.add_argument("--test-articles", type=Path)
    parser.add_argument("--c", type=float, default=0.3, help="inverse regularisation strength")
    parser.add_argument("--min-count", type=int, default=3, help="features seen in fewer candidates are dropped")
    parser.add_argument("--out", type=Path, help="write the fitted weights here")
    args = parser.parse_args()
    cuts = [round(x, 2) for x in np.arange(0.3, 0.95, 0.05)]
    train = collect(args.gold, args.articles)
    cv = report(f"{args.gold} cross-validated", train, cross_validate(train, args.c, args.min_count), cuts)
    names = vocabulary(train, args.min_count)
    model = LogisticRegression(C=args.c, max_iter=5000).fit(vectorise(train, names), np.array(train.labels))
    weights = {n: round(float(w), 5) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-4}
    fitted = VerdictModel(weights, float(model.intercept_[0]), float(cv["best_cut"]))
    meta: dict[str, object] = {"fitted": date.today().isoformat(), "coder_version": __version__, "c": args.c}
    meta["train"] = {"gold": str(args.gold), "candidates": len(train.labels), "cross_validated": cv}
    if args.test and args.test_articles:
        test = collect(args.test, args.test_articles)
        scores = np.array([fitted.probability(found) for found in test.found])
        meta["test"] = {"gold": str(args.test), **report(f"{args.test} (fitted on {args.gold})", test, scores, cuts)}
    if args.out:
        record = {"weights": weights, "intercept": round(fitted.intercept, 5), "cut": fitted.cut, "meta": meta}
        args.out.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(weights)} weights and cut {fitted.cut} to {args.out}")


if __name__ == "__main__":
    main()
