"""Calibrated confidence: the chance that an annotator codes an event's dyad and root too.

The events stage scores each event by a fixed rule (verb or noun, target or none; see
``events._confidence``).  That score hardly separates right from wrong: on the held-out part its
ROC AUC against the gold dyad-and-root keys was 0.57.  What does separate them is how the event sits
in its article: whether the same pair of states and root is told in several sentences, whether its
pair is the story's main one, how early it is told, whether its target is one the article is about,
which root and sector it has.  A logistic regression over those features, fitted to the annotated
development articles by ``bench/train_confidence.py``, gives a probability; its weights ship as
``data/confidence.json`` (a few hundred numbers, so no learning library is needed at run time).

Why our own few lines rather than a library's model: a dot product and a logistic function need
no dependency, and the fitted weights stay a readable, versioned JSON file.  The fitting itself uses
scikit-learn (a ``dev`` extra), run by hand when the coder changes.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from accord.model import Event

Features = dict[str, float]
GroupKey = tuple[str, str, str]

_SECTORS = ("GOV", "MIL", "REB", "IGO", "COP", "JUD", "LEG", "OPP", "CVL", "UAF", "ELI", "PTY", "NGO", "BUS", "MED")
# An event told more than this many days before its article's date is background.
_PAST_DAYS = 3


def group_key(event: Event) -> GroupKey:
    """The level the evaluation and most users count at: source state, target state, root."""
    target = event.target.country if event.target else ""
    return (event.source.country, target, event.info.root)


@dataclass(frozen=True, slots=True)
class _Story:
    """What the article's events say about its story: its pairs, states and groups of events."""

    groups: dict[GroupKey, list[Event]]
    pairs: Counter[frozenset[str]]
    states: Counter[str]
    per_sentence: Counter[int]
    top_pair: frozenset[str] | None

    @classmethod
    def of(cls, events: Sequence[Event]) -> _Story:
        groups: dict[GroupKey, list[Event]] = defaultdict(list)
        pairs: Counter[frozenset[str]] = Counter()
        states: Counter[str] = Counter()
        for event in events:
            groups[group_key(event)].append(event)
            pairs[_pair(event)] += 1
            states[event.source.country] += 1
            if event.target is not None:
                states[event.target.country] += 1
        top = pairs.most_common(1)[0][0] if pairs else None
        return cls(dict(groups), pairs, states, Counter(e.sentence_index for e in events), top)


def _pair(event: Event) -> frozenset[str]:
    return frozenset((event.source.country, event.target.country if event.target else ""))


def features(events: Sequence[Event], published: date | None) -> list[Features]:
    """One feature dict per event, in order.  Names not in the fitted model are ignored."""
    story = _Story.of(events)
    total_states = sum(story.states.values()) or 1
    return [_event_features(event, story, total_states, published) for event in events]


def _event_features(event: Event, story: _Story, total_states: int, published: date | None) -> Features:
    key = group_key(event)
    group = story.groups[key]
    first = min(e.sentence_index for e in group)
    source, target = event.source, event.target
    found: Features = {
        f"root_{event.info.root}": 1.0,
        f"quad_{event.info.quad_class}": 1.0,
        f"mode_{event.mode or 'none'}": 1.0,
        f"place_{(event.location or {}).get('source', 'none')}": 1.0,
        "rule_score": event.confidence,
        "goldstein": event.info.goldstein / 10.0,
        "specific_code": float(len(event.info.code) >= 3 and not event.info.code.endswith("0")),
        "group_events": math.log(len(group)),
        "group_sentences": math.log(len({e.sentence_index for e in group})),
        "group_first": math.log1p(first),
        "group_in_lede": float(first <= 1),
        "sentence": math.log1p(event.sentence_index),
        "events_in_sentence": math.log(story.per_sentence[event.sentence_index]),
        "article_events": math.log(sum(len(g) for g in story.groups.values())),
        "article_groups": math.log(len(story.groups)),
        "top_pair": float(_pair(event) == story.top_pair),
        "pair_share": story.pairs[_pair(event)] / sum(story.pairs.values()),
        "source_share": story.states[source.country] / total_states,
        "source_stateless": float(not source.country),
        "has_target": float(target is not None),
        "reverse_told": float((key[1], key[0], key[2]) in story.groups and key[0] != key[1]),
        "quoted": float('"' in event.sentence or "\u201c" in event.sentence),
        "has_contexts": float(bool(event.contexts)),
        "sentence_length": math.log(len(event.sentence) + 1),
        "undated": float(event.date is None),
        "past": float(bool(event.date and published and (published - event.date).days > _PAST_DAYS)),
    }
    found[f"source_{_sector(source.sector)}"] = 1.0
    if target is not None:
        found[f"target_{_sector(target.sector)}"] = 1.0
        found["target_stateless"] = float(not target.country)
        found["target_share"] = story.states[target.country] / total_states
        found["self_pair"] = float(target.country == source.country)
    return found


def _sector(sector: str) -> str:
    return sector if sector in _SECTORS else ("none" if not sector else "other")


@dataclass(frozen=True, slots=True)
class Calibrator:
    """A fitted logistic regression over :func:`features`."""

    weights: dict[str, float]
    intercept: float
    meta: dict[str, Any]

    def probability(self, found: Features) -> float:
        """The fitted chance that the event's state pair and root are an annotator's too."""
        score = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in found.items())
        return 1.0 / (1.0 + math.exp(-score)) if score > -30 else 0.0

    def rescore(self, events: Sequence[Event], published: date | None) -> list[Event]:
        """The events with ``confidence`` replaced by the fitted probability."""
        return [
            replace(event, confidence=self.probability(found))
            for event, found in zip(events, features(events, published), strict=True)
        ]

    @classmethod
    def load(cls, path: Path | None = None) -> Calibrator:
        """Read fitted weights (``data/confidence.json`` by default)."""
        shipped = resources.files("accord").joinpath("data/confidence.json")
        text = path.read_text("utf-8") if path else shipped.read_text("utf-8")
        record = json.loads(text)
        return cls(dict(record["weights"]), float(record["intercept"]), dict(record.get("meta", {})))


@cache
def calibrator() -> Calibrator:
    """The shipped model, read once per process."""
    return Calibrator.load()
