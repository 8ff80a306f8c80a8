"""Context and agreement accuracy for ``accord eval`` (docs/CONTEXTS.md).

Sentence gold (plover_gsr.jsonl) gives one ``context`` per sentence, a string
that may list several ("diplomatic, military").  The contexts of our events
matched at category level (``event``) are pooled per sentence and compared
with it.  Article gold gives ``contexts`` per event; the coded event matched
at ``dyad_root`` (the one whose sentence is the gold quote, else the most
confident) is compared with it.  Only units with gold contexts and a matched
event are scored, so this measures labelling, not finding.  Both sides are
mapped onto our vocabulary; refinements (energy, peacekeeping, corruption)
are folded into their parents, which the older gold has no word for.

Agreement details are scored on article gold events with an ``agreement``:
kind and count are right or wrong (a missing record is wrong), spheres are
scored as sets (case-insensitive).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from accord.stages.contexts import REFINEMENTS, normalise_context, split_contexts

if TYPE_CHECKING:
    from accord.evaluation import GoldEvent, Score, Unit
    from accord.model import Event

__all__ = ["ContextReport", "gold_contexts", "score_contexts"]


def gold_contexts(labels: Iterable[str] | str | None) -> tuple[str, ...]:
    """Gold labels in any spelling -> our contexts, refinements folded; unknown labels dropped."""
    items = split_contexts(labels) if isinstance(labels, str) or labels is None else list(labels)
    return folded(c for label in items for c in normalise_context(label))


def folded(contexts: Iterable[str]) -> tuple[str, ...]:
    """Contexts without refinements (their parents stand for them)."""
    return tuple(sorted({REFINEMENTS.get(c, c) for c in contexts}))


def _score() -> Score:
    from accord.evaluation import Score

    return Score()


@dataclass(slots=True)
class ContextReport:
    """Per-context and pooled counts, plus agreement detail counts."""

    per_context: dict[str, Score] = field(default_factory=dict)
    units: int = 0
    agreements: int = 0
    kind_ok: int = 0
    count_ok: int = 0
    count_total: int = 0
    spheres: Score = field(default_factory=_score)

    @property
    def micro(self) -> Score:
        total = _score()
        for s in self.per_context.values():
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        return total

    @property
    def macro_f1(self) -> float:
        scored = [s for s in self.per_context.values() if s.tp + s.fn]
        return sum(s.f1 for s in scored) / len(scored) if scored else 0.0

    def add(self, gold: Iterable[str], predicted: Iterable[str]) -> None:
        """Compare one unit's gold and predicted contexts."""
        gold_set, predicted_set = set(gold), set(predicted)
        self.units += 1
        for name in gold_set | predicted_set:
            score = self.per_context.setdefault(name, _score())
            score.tp += name in gold_set and name in predicted_set
            score.fp += name in predicted_set and name not in gold_set
            score.fn += name in gold_set and name not in predicted_set

    def merge(self, other: ContextReport) -> None:
        """Add another report's counts (``accord eval`` with several gold files)."""
        for name, s in other.per_context.items():
            mine = self.per_context.setdefault(name, _score())
            mine.tp, mine.fp, mine.fn = mine.tp + s.tp, mine.fp + s.fp, mine.fn + s.fn
        self.units += other.units
        self.agreements += other.agreements
        self.kind_ok += other.kind_ok
        self.count_ok += other.count_ok
        self.count_total += other.count_total
        s = other.spheres
        self.spheres.tp, self.spheres.fp, self.spheres.fn = (
            self.spheres.tp + s.tp,
            self.spheres.fp + s.fp,
            self.spheres.fn + s.fn,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "units": self.units,
            "micro": self.micro.to_dict(),
            "macro_f1": round(self.macro_f1, 4),
            "per_context": {name: s.to_dict() for name, s in sorted(self.per_context.items())},
            "agreement": {
                "events": self.agreements,
                "kind_accuracy": round(self.kind_ok / self.agreements, 4) if self.agreements else 0.0,
                "count_accuracy": round(self.count_ok / self.count_total, 4) if self.count_total else 0.0,
                "count_events": self.count_total,
                "spheres": self.spheres.to_dict(),
            },
        }

    def format(self) -> str:
        """The report lines."""
        m = self.micro
        lines = [
            f"contexts ({self.units} matched units): micro P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f}"
            f"  macro F1 {self.macro_f1:.3f}"
        ]
        for name, s in sorted(self.per_context.items(), key=lambda kv: -(kv[1].tp + kv[1].fn)):
            lines.append(
                f"  {name:<13} P {s.precision:5.2f} R {s.recall:5.2f} F1 {s.f1:5.2f}  tp {s.tp} fp {s.fp} fn {s.fn}"
            )
        if self.agreements:
            d = self.to_dict()["agreement"]
            sp = self.spheres
            lines.append(
                f"agreements ({self.agreements} gold): kind {d['kind_accuracy']:.3f}, "
                f"count {d['count_accuracy']:.3f} ({self.count_ok}/{self.count_total}), "
                f"spheres P {sp.precision:.3f} R {sp.recall:.3f} F1 {sp.f1:.3f}"
            )
        return "\n".join(lines)


def score_contexts(report: ContextReport, unit: Unit, events: list[Event], plover: bool) -> None:
    """Add one unit: sentence gold pools its matched events; article gold goes event by event."""
    from accord.evaluation import event_key

    if unit.contexts is not None:
        categories = {e.key("event", plover) for e in unit.events}
        matched = [e for e in events if event_key(e, "event", plover) in categories]
        if matched:
            report.add(unit.contexts, folded(c for e in matched for c in e.contexts))
        return
    for gold in unit.events:
        if gold.contexts is None and gold.agreement is None:
            continue
        key = gold.key("dyad_root", plover)
        matches = [e for e in events if event_key(e, "dyad_root", plover) == key]
        if not matches:
            continue
        best = _best(matches, gold)
        if gold.contexts is not None:
            report.add(gold.contexts, folded(best.contexts))
        if gold.agreement is not None:
            _score_agreement(report, gold.agreement, best.agreement or {})


def _best(matches: list[Event], gold: GoldEvent) -> Event:
    """The coded event whose sentence holds the gold quote, else the most confident."""
    quote = " ".join(gold.quote.split()).casefold()
    for event in matches:
        sentence = " ".join(event.sentence.split()).casefold()
        if quote and (quote in sentence or sentence in quote):
            return event
    return max(matches, key=lambda e: e.confidence)


def _score_agreement(report: ContextReport, gold: dict[str, Any], predicted: dict[str, Any]) -> None:
    report.agreements += 1
    report.kind_ok += (gold.get("kind") or None) == (predicted.get("kind") or None)
    if gold.get("count") is not None:
        report.count_total += 1
        report.count_ok += gold["count"] == predicted.get("count")
    want = {s.lower() for s in gold.get("spheres") or []}
    got = {s.lower() for s in predicted.get("spheres") or []}
    report.spheres.tp += len(want & got)
    report.spheres.fp += len(got - want)
    report.spheres.fn += len(want - got)
