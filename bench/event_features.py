"""Symbolic features of coded events, and a linear filter over them (bench/learned_filter.py).

Issue 3 asks whether a learned component can remove the coder's false events where the rules
have plateaued.  A filter only helps if it sees something the rules do not, so the features
here describe each coded event as the coder already knows it, with no new analysis:
its CAMEO root and code, trigger word, the two sides' sectors and how they were found, the
confidence heuristic, contexts and mode, where its sentence sits in the article, whether the
trigger is inside quotation marks, and how often the article codes the same dyad and root.
Everything is computed once per article from its events (no scan inside a per-event loop),
so the cost is a few dictionary look-ups per event.

A :class:`LinearFilter` is a logistic regression exported as named weights (a dot product in
plain Python); ``bench/learned_filter.py`` fits it and measures whether it pays.  Measured in
session 7 it did not (docs/ACCURACY.md, "A learned component"), so this lives in bench/ and
nothing in the pipeline uses it; were a refit to pay, this module and the exported JSON are
what would move into ``accord.stages`` (cost: a few dictionary look-ups per event).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from accord.model import Article, Event

__all__ = ["LinearFilter", "article_features", "event_features"]

_QUOTES = ('"', "\u201c", "\u201d")
# Reported speech: the sentence is someone's claim, not the reporter's account.
_ATTRIBUTION = (" said", " says", " told ", " according to ", " claimed", " alleged")
# An act dated well before publication is more often background than news.
_BACKGROUND_DAYS = timedelta(days=30)


def _dyad_root(event: Event) -> tuple[str, str, str]:
    """The key ``accord eval`` scores at the dyad_root level."""
    target = event.target.country if event.target is not None else ""
    return event.source.country, target, event.info.root


@dataclass(slots=True, frozen=True)
class _ArticleCounts:
    """What every event of an article is compared with, counted once per article."""

    keys: Counter[tuple[str, str, str]]
    roots: Counter[str]
    key_sentences: dict[tuple[str, str, str], set[int]]
    per_sentence: Counter[int]
    countries: Counter[str]
    events: int
    sentences: int


def _counts(article: Article, events: list[Event]) -> _ArticleCounts:
    keys: Counter[tuple[str, str, str]] = Counter()
    roots: Counter[str] = Counter()
    key_sentences: dict[tuple[str, str, str], set[int]] = {}
    per_sentence: Counter[int] = Counter()
    countries: Counter[str] = Counter()
    for event in events:
        key = _dyad_root(event)
        keys[key] += 1
        roots[key[2]] += 1
        key_sentences.setdefault(key, set()).add(event.sentence_index)
        per_sentence[event.sentence_index] += 1
        countries.update(c for c in key[:2] if c)
    return _ArticleCounts(
        keys, roots, key_sentences, per_sentence, countries, len(events), max(1, len(article.sentences))
    )


def _side(prefix: str, actor_start: int, actor_end: int, event: Event) -> dict[str, float]:
    """Where a side came from: a span of the evidence sentence, elsewhere in the article, or no span
    at all (inferred from the story: "the two sides", an accuser, the locator's state)."""
    if actor_start < 0:
        return {f"{prefix}_inferred": 1.0}
    if event.char_start <= actor_start and actor_end <= event.char_end:
        return {f"{prefix}_in_sentence": 1.0}
    return {f"{prefix}_elsewhere": 1.0}


def _quoted(event: Event) -> bool:
    """The trigger stands inside quotation marks (an odd number of them before it in the sentence)."""
    offset = event.trigger_start - event.char_start
    if offset < 0:
        return False
    before = event.sentence[:offset]
    return bool(sum(before.count(q) for q in _QUOTES) % 2)


def event_features(event: Event, article: Article, counts: _ArticleCounts) -> dict[str, float]:
    """The named features of one event; absent names are zero."""
    info = event.info
    source, target = event.source, event.target
    key = _dyad_root(event)
    share = counts.events or 1
    found: dict[str, float] = {
        f"root={info.root}": 1.0,
        f"code={info.code}": 1.0,
        f"quad={info.quad_class}": 1.0,
        f"trigger={event.trigger.lower()}": 1.0,
        f"source_sector={source.sector or '-'}": 1.0,
        f"mode={event.mode or '-'}": 1.0,
        "confidence": event.confidence,
        "first_sentence": float(event.sentence_index == 0),
        "position": event.sentence_index / counts.sentences,
        "log_sentence": math.log1p(event.sentence_index),
        "events_in_sentence": math.log1p(counts.per_sentence[event.sentence_index] - 1),
        "key_events": math.log1p(counts.keys[key] - 1),
        "key_sentences": math.log1p(len(counts.key_sentences[key]) - 1),
        # The same kind of act coded between other sides: rival readings of who did what to whom.
        "rival_keys": math.log1p(counts.roots[info.root] - counts.keys[key]),
        "reverse_key": float(counts.keys[(key[1], key[0], key[2])] > 0 and key[0] != key[1]),
        "log_events": math.log1p(counts.events),
        "source_share": counts.countries[source.country] / share if source.country else 0.0,
        "quoted": float(_quoted(event)),
        "has_quote": float(any(q in event.sentence for q in _QUOTES)),
        "attributed": float(any(a in event.sentence for a in _ATTRIBUTION)),
        "agreement": float(event.agreement is not None),
    }
    if not source.country:
        found["source_unknown"] = 1.0
    elif source.country == "IGO":
        found["source_igo"] = 1.0
    found.update(_side("source", source.start, source.end, event))
    if target is None:
        found["no_target"] = 1.0
    else:
        found[f"target_sector={target.sector or '-'}"] = 1.0
        found.update(_side("target", target.start, target.end, event))
        found["target_share"] = counts.countries[target.country] / share if target.country else 0.0
        if not target.country:
            found["target_unknown"] = 1.0
        elif target.country == source.country:
            found["self_pair"] = 1.0
        elif target.country == "IGO":
            found["target_igo"] = 1.0
    for context in event.contexts:
        found[f"context={context}"] = 1.0
    title = (article.title or "").lower()
    if source.name and source.name.lower() in title:
        found["source_in_title"] = 1.0
    if target is not None and target.name and target.name.lower() in title:
        found["target_in_title"] = 1.0
    found.update(_when(event, article))
    where = event.location or {}
    found[f"location={where.get('source') or '-'}"] = 1.0
    return found


def _when(event: Event, article: Article) -> dict[str, float]:
    if event.date is None:
        return {"no_date": 1.0}
    if article.published is not None and event.date < article.published - _BACKGROUND_DAYS:
        return {"dated_before": 1.0}
    return {}


def article_features(article: Article, events: list[Event] | None = None) -> list[dict[str, float]]:
    """The features of each of an article's events (its coded ones unless given), in order."""
    chosen = article.events if events is None else events
    counts = _counts(article, chosen)
    return [event_features(event, article, counts) for event in chosen]


@dataclass(slots=True, frozen=True)
class LinearFilter:
    """A logistic regression over :func:`event_features`: drop events scored below ``threshold``."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: Path) -> LinearFilter:
        """Read the JSON that ``bench/learned_filter.py --export`` writes."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))

    def probability(self, features: Mapping[str, float]) -> float:
        """The model's probability that the event is in the gold (dyad_root)."""
        z = self.bias + sum(value * self.weights.get(name, 0.0) for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, article: Article) -> list[Event]:
        """The article's events the filter keeps."""
        features = article_features(article)
        return [e for e, f in zip(article.events, features, strict=True) if self.probability(f) >= self.threshold]
