"""Fit the calibrated confidence (accord.stages.confidence) to annotated articles, and measure it.

Every coded event is labelled by the gold of its article at the level users and ``accord eval``
count at (source state, target state, root): 1 if an annotator coded that key, 0 if not; events
whose key matches only an optional gold event are left out, as ``accord eval`` neither rewards
nor punishes them.  Each event weighs 1 / (events of its key in the article), so that a key told
in five sentences does not count five times.  A logistic regression (scikit-learn, the ``train``
extra) is cross-validated in five folds grouped by article, then fitted to all of ``--gold`` and
written as JSON weights.  ``--test`` scores another gold file once with the fitted weights
(ROC AUC, Brier score, reliability by tenths; counts only, nothing of its text is printed).

    pip install -e '.[train]'
    python bench/train_confidence.py --gold eval/dev/gold.jsonl --articles eval/dev/articles \\
        --test eval/heldout/gold.jsonl --test-articles eval/heldout/articles \\
        --out src/accord/data/confidence.json

Refit whenever the coder's rules change what it emits: the features describe its output.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupKFold

from accord import __version__
from accord.evaluation import is_plover_gold, load_units
from accord.pipeline import Coder
from accord.stages.confidence import Calibrator, features, group_key


@dataclass
class Rows:
    """Events of a gold set as features, labels, weights and article ids."""

    found: list[dict[str, float]]
    labels: list[int]
    weights: list[float]
    articles: list[str]
    rule_scores: list[float]


def collect(gold: Path, articles: Path) -> Rows:
    """Code the gold set's articles with the rule score only, and label each event."""
    units = load_units(gold, articles)
    if is_plover_gold(units):
        raise SystemExit("PLOVER-coded gold compares PLOVER categories, not roots: use article gold")
    coder = Coder(calibrated=False)
    rows = Rows([], [], [], [], [])
    for unit, article in zip(units, coder.code(u.article for u in units), strict=True):
        gold_keys = {e.key("dyad_root", False) for e in unit.events}
        optional = {e.key("dyad_root", False) for e in unit.optional} - gold_keys
        sizes = Counter(group_key(e) for e in article.events)
        for event, found in zip(article.events, features(article.events, article.published), strict=True):
            key = group_key(event)
            if key in optional:
                continue
            rows.found.append(found)
            rows.labels.append(int(key in gold_keys))
            rows.weights.append(1.0 / sizes[key])
            rows.articles.append(unit.id)
            rows.rule_scores.append(event.confidence)
    return rows


def matrix(rows: Rows, names: list[str]) -> np.ndarray:
    """Rows of feature values in the order of ``names`` (absent features are 0)."""
    return np.array([[found.get(name, 0.0) for name in names] for found in rows.found])


def cross_validate(x: np.ndarray, rows: Rows, c: float) -> np.ndarray:
    """Out-of-fold probabilities, five folds grouped by article."""
    y, w = np.array(rows.labels), np.array(rows.weights)
    out = np.zeros(len(y))
    for train, test in GroupKFold(5).split(x, y, rows.articles):
        model = LogisticRegression(C=c, max_iter=5000).fit(x[train], y[train], sample_weight=w[train])
        out[test] = model.predict_proba(x[test])[:, 1]
    return out


def report(title: str, rows: Rows, scores: np.ndarray) -> dict[str, float]:
    """ROC AUC of the fitted and the rule score, Brier score, and a reliability table."""
    y, w = np.array(rows.labels), np.array(rows.weights)
    figures = {
        "events": float(len(y)),
        "auc": round(float(roc_auc_score(y, scores, sample_weight=w)), 3),
        "auc_rule_score": round(float(roc_auc_score(y, rows.rule_scores, sample_weight=w)), 3),
        "brier": round(float(brier_score_loss(y, scores, sample_weight=w)), 3),
    }
    print(f"{title}: {json.dumps(figures)}")
    for low in np.arange(0.0, 1.0, 0.1):
        inside = (scores >= low) & (scores < low + 0.1 + (1e-9 if low >= 0.9 else 0.0))
        if inside.any():
            share = float(np.average(y[inside], weights=w[inside]))
            print(f"  confidence {low:.1f}-{low + 0.1:.1f}: {int(inside.sum()):4d} events, {share:.2f} in the gold")
    return figures


def prior_shift(rows: Rows, unseen: float) -> float:
    """The change of intercept that moves the training set's share of true events to ``unseen``.

    The development articles were tuned on, so the coder's events there are right more often
    than on new text (weighted precision about 0.74 against 0.52-0.54 on blind blocks at their
    first scoring: dev161-dev180 in session 7, dev258-dev273 in session 14).  A probability for
    new text keeps the fitted ranking and shifts the log-odds by the difference of the two base
    rates (the usual correction for a shifted prior).
    """
    trained = float(np.average(rows.labels, weights=rows.weights))
    return float(np.log(unseen / (1 - unseen)) - np.log(trained / (1 - trained)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--articles", type=Path, required=True)
    parser.add_argument("--test", type=Path)
    parser.add_argument("--test-articles", type=Path)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument(
        "--unseen-precision",
        type=float,
        default=0.53,
        help="dyad_root precision on articles the rules were not tuned on (default: blind blocks at first scoring)",
    )
    parser.add_argument("--out", type=Path, help="write the fitted weights here")
    args = parser.parse_args()
    train = collect(args.gold, args.articles)
    names = sorted({name for found in train.found for name in found})
    x = matrix(train, names)
    cv = report(f"{args.gold} cross-validated", train, cross_validate(x, train, args.c))
    model = LogisticRegression(C=args.c, max_iter=5000).fit(x, train.labels, sample_weight=train.weights)
    weights = {name: round(float(v), 5) for name, v in zip(names, model.coef_[0], strict=True)}
    shift = prior_shift(train, args.unseen_precision)
    intercept = float(model.intercept_[0]) + shift
    calibrator = Calibrator(weights, intercept, {})
    meta: dict[str, object] = {"fitted": date.today().isoformat(), "coder_version": __version__, "c": args.c}
    meta["prior_shift"] = {"unseen_precision": args.unseen_precision, "logit": round(shift, 4)}
    meta["train"] = {"gold": str(args.gold), "events": len(train.labels), "cross_validated": cv}
    if args.test and args.test_articles:
        test = collect(args.test, args.test_articles)
        scores = np.array([calibrator.probability(found) for found in test.found])
        meta["test"] = {"gold": str(args.test), **report(f"{args.test} (fitted on {args.gold})", test, scores)}
    if args.out:
        record = {"weights": weights, "intercept": round(intercept, 5), "meta": meta}
        args.out.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(weights)} weights to {args.out}")


if __name__ == "__main__":
    main()
