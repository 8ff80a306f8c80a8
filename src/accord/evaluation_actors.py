"""Actor-resolution accuracy on short actor texts (NGEC's test cases format).

Each case is a short text ("Russian President Vladimir Putin", "Kazakhs",
"the Taliban") with an expected country and sector, sometimes as of a date.
accord resolves the text's head noun phrase exactly as it does inside a
sentence and reports country and sector accuracy by kind of text.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from accord.pipeline import Coder
from accord.stages.actors import ActorResolver

UNDATED = date(2023, 6, 1)


def _fields() -> defaultdict[str, list[int]]:
    return defaultdict(lambda: [0, 0])


@dataclass(slots=True)
class ActorReport:
    """Correct/total counts per field and kind."""

    counts: dict[str, dict[str, list[int]]] = field(default_factory=lambda: defaultdict(_fields))
    errors: list[str] = field(default_factory=list)

    def add(self, kind: str, name: str, ok: bool) -> None:
        for key in (kind, "all"):
            cell = self.counts[key][name]
            cell[0] += ok
            cell[1] += 1

    def to_dict(self) -> dict[str, Any]:
        def row(cell: list[int]) -> dict[str, float | int]:
            return {"accuracy": round(cell[0] / cell[1], 4), "n": cell[1]}

        return {kind: {name: row(cell) for name, cell in fields.items()} for kind, fields in self.counts.items()}


def is_actor_gold(path: Path) -> bool:
    """NGEC-style cases have an 'expect' object."""
    with path.open(encoding="utf-8") as handle:
        first = json.loads(handle.readline())
    return "expect" in first and "events" not in first


def evaluate_actors(path: Path, coder: Coder, *, only_active: bool = True) -> ActorReport:
    """Resolve every case's text and compare country and sector with the expectation."""
    report = ActorReport()
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [c for c in cases if c.get("call") == "agent_to_code" and (c.get("status") == "active" or not only_active)]
    docs = coder.nlp.pipe(c["text"].strip() for c in cases)
    for case, doc in zip(cases, docs, strict=True):
        when = date.fromisoformat(case["date"]) if case.get("date") else UNDATED
        resolver = ActorResolver.for_doc(doc, coder.actors, when, coder.gazetteer)
        roots = [t for t in doc if t.head == t]
        actors = resolver.resolve(roots[0]) if roots else []
        country = actors[0].country if actors else ""
        sector = actors[0].sector if actors else ""
        expect = case["expect"]
        kind = case.get("kind", "other")
        if case.get("expect_none"):
            report.add(kind, "none", not actors)
            continue
        if expect.get("country") is not None:
            ok = country == expect["country"] or (expect["country"] in {"UNO", "EUR"} and country == "IGO")
            report.add(kind, "country", ok)
            if not ok:
                report.errors.append(f"{case['text']!r}: country {country!r}, expected {expect['country']!r}")
        if expect.get("sector") is not None:
            report.add(kind, "sector", sector == expect["sector"])
    return report


def format_actor_report(report: ActorReport, title: str) -> str:
    """A table of accuracy per kind and field."""
    lines = [f"{title}: actor resolution (active agent_to_code cases)"]
    lines.append(f"{'kind':<14} {'field':<8} {'acc':>6} {'n':>5}")
    for kind, fields in sorted(report.counts.items()):
        for name, (ok, n) in sorted(fields.items()):
            lines.append(f"{kind:<14} {name:<8} {ok / n:6.3f} {n:5d}")
    lines.append("first country errors:")
    lines.extend(f"  {e}" for e in report.errors[:15])
    return "\n".join(lines)
