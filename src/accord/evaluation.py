"""``accord eval``: score coded events against gold, at sentence or article level.

Events are compared as sets per unit (a gold sentence, or a gold article) at
four levels of strictness:

- ``event``: the CAMEO root (or PLOVER category) alone, actors ignored;
- ``root``: source country + CAMEO root;
- ``dyad_root``: source country, target country, root;
- ``code``: source country, target country, full CAMEO code;
- ``sector``: dyad_root with the sectors of both sides.

Gold in PLOVER categories (plover_gsr.jsonl) is compared on the category our
CAMEO code maps to, with the older category names mapped to current ones.
``IGO`` in gold stands for any international organisation; ``""`` or ``---``
for an unknown side.  Optional gold events are neither rewarded nor punished.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from accord.errors import InputError
from accord.evaluation_contexts import ContextReport, gold_contexts, score_contexts
from accord.evaluation_locations import LocationScore, score_locations
from accord.model import Article, Event
from accord.ontology import cameo_table
from accord.pipeline import Coder
from accord.stages.ingest import article_from_record, parse_date, read_file

LEVELS = ("event", "root", "dyad_root", "code", "sector")
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
Key = tuple[str, ...]


@dataclass(slots=True, frozen=True)
class GoldEvent:
    """One gold event, normalised: countries, sectors and code."""

    source: str
    source_sector: str
    target: str
    target_sector: str
    code: str
    salient: bool = False
    quote: str = ""
    location: tuple[str, str] | None = None  # (name, country) of the gold location
    contexts: tuple[str, ...] | None = None  # None: not annotated
    agreement: dict[str, Any] | None = field(default=None, compare=False, hash=False)

    def key(self, level: str, plover: bool) -> Key:
        """The comparison key of this event at a level."""
        return _key(level, self.source, self.source_sector, self.target, self.target_sector, self.code, plover)


@dataclass(slots=True)
class Unit:
    """A scored unit: one gold sentence or article with its gold events."""

    id: str
    article: Article
    events: list[GoldEvent]
    optional: list[GoldEvent] = field(default_factory=list)
    contexts: tuple[str, ...] | None = None  # sentence gold: the record's context


@dataclass(slots=True)
class Score:
    """True positives, false positives and false negatives at one level."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class Report:
    """Everything ``accord eval`` prints."""

    levels: dict[str, Score] = field(default_factory=lambda: {level: Score() for level in LEVELS})
    per_root: dict[str, Score] = field(default_factory=dict)
    salient_found: int = 0
    salient_total: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    examples: list[dict[str, Any]] = field(default_factory=list)
    units: int = 0
    location: LocationScore = field(default_factory=LocationScore)
    contexts: ContextReport = field(default_factory=ContextReport)

    @property
    def salient_recall(self) -> float:
        return self.salient_found / self.salient_total if self.salient_total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "levels": {name: score.to_dict() for name, score in self.levels.items()},
            "per_root": {root: s.to_dict() for root, s in sorted(self.per_root.items())},
            "salient_recall": round(self.salient_recall, 4),
            "units": self.units,
            "top_errors": self.errors.most_common(15),
            "location": self.location.to_dict(),
            "contexts": self.contexts.to_dict(),
        }


def _country(code: str) -> str:
    code = (code or "").strip().upper()
    if not code or code.startswith("---"):
        return ""
    return code[:3]


def split_actor_code(code: str) -> tuple[str, str]:
    """'USAGOV' -> ('USA', 'GOV'); '---REB' -> ('', 'REB'); 'IGOUNO' -> ('IGO', 'UNO')."""
    code = (code or "").strip().strip('"').upper()
    return _country(code), code[3:6]


def _key(level: str, src: str, src_sec: str, tgt: str, tgt_sec: str, code: str, plover: bool) -> Key:
    root = code if plover else code[:2]
    if level == "event":
        return (root,)
    if level == "root":
        return (src, root)
    if level == "dyad_root":
        return (src, tgt, root)
    if level == "code":
        return (src, tgt, code)
    return (src, src_sec, tgt, tgt_sec, root)


def event_key(event: Event, level: str, plover: bool) -> Key:
    """The comparison key of a coded event."""
    code = _plover_of(event.cameo) if plover else event.cameo
    target = event.target
    return _key(
        level,
        event.source.country,
        event.source.sector,
        target.country if target else "",
        target.sector if target else "",
        code,
        plover,
    )


def _plover_of(cameo: str) -> str:
    info = cameo_table().get(cameo)
    return info.plover.upper() if info else ""


def load_sentence_gold(path: Path) -> list[Unit]:
    """Peer files: one sentence per line with CAMEO-style actor codes."""
    units = []
    for number, record in enumerate(_jsonl(path), start=1):
        when = _safe_date(record.get("date"))
        text = record.get("text") or ""
        article = (
            article_from_record({"text": text, "date": when.isoformat() if when else None}, f"{path}:{number}")
            if text.strip()
            else Article(id=f"empty-{number}", text="", published=when)
        )
        events = []
        for gold in record.get("events", []):
            src, src_sec = split_actor_code(gold.get("source", ""))
            tgt, tgt_sec = split_actor_code(gold.get("target", ""))
            code = str(gold.get("code", ""))
            events.append(GoldEvent(src, src_sec, tgt, tgt_sec, PLOVER_RENAMES.get(code, code)))
        contexts = gold_contexts(record["context"]) if record.get("context") else None
        units.append(Unit(str(record.get("id", number)), article, events, contexts=contexts or None))
    return units


def load_article_gold(path: Path, articles: Path | None) -> list[Unit]:
    """Article gold: one article per line, text inline or in ``articles/<id>.txt``."""
    units = []
    for number, record in enumerate(_jsonl(path), start=1):
        where = f"{path}:{number}"
        if record.get("text"):
            article = article_from_record(record, where)
        else:
            if articles is None:
                raise InputError("article gold without 'text' needs --articles DIR", where=where)
            found = list(read_file(articles / f"{record['id']}.txt"))
            if not found or not isinstance(found[0], Article):
                raise InputError(f"cannot read article {record['id']}: {found[0] if found else 'missing'}", where=where)
            article = found[0]
        units.append(
            Unit(
                str(record["id"]),
                article,
                [_article_event(e) for e in record.get("events", [])],
                [_article_event(e) for e in record.get("optional_events", [])],
            )
        )
    return units


def _article_event(gold: dict[str, Any]) -> GoldEvent:
    return GoldEvent(
        _country(gold.get("source", "")),
        gold.get("source_sector") or "",
        _country(gold.get("target", "")),
        gold.get("target_sector") or "",
        str(gold.get("cameo") or gold.get("root") or ""),
        bool(gold.get("salient")),
        gold.get("quote", ""),
        _gold_location(gold.get("location")),
        gold_contexts(gold["contexts"]) if "contexts" in gold else None,
        gold.get("agreement"),
    )


def _gold_location(value: Any) -> tuple[str, str] | None:
    if not isinstance(value, dict):
        return None
    return str(value.get("name") or ""), _country(str(value.get("country") or ""))


def _safe_date(value: Any) -> date | None:
    try:
        return parse_date(str(value)) if value else None
    except InputError:
        return None


def _jsonl(path: Path) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def is_article_gold(path: Path) -> bool:
    """Article gold has 'cameo' in its events; sentence gold has 'code'."""
    for record in _jsonl(path):
        for event in record.get("events", []) + record.get("optional_events", []):
            return "cameo" in event or "root" in event
    return False


def is_plover_gold(units: list[Unit]) -> bool:
    """True when gold codes are PLOVER category names rather than CAMEO digits."""
    codes = [e.code for u in units for e in u.events]
    return bool(codes) and all(c.isalpha() for c in codes)


def evaluate(units: list[Unit], coder: Coder, *, examples: int = 0) -> Report:
    """Code every unit's text and compare with its gold events."""
    plover = is_plover_gold(units)
    report = Report()
    coded = coder.code(unit.article for unit in units)
    for unit, article in zip(units, coded, strict=True):
        score_unit(report, unit, article.events, plover, examples)
    return report


def score_unit(report: Report, unit: Unit, events: list[Event], plover: bool, examples: int = 0) -> None:
    """Add one unit's comparison to the report."""
    report.units += 1
    for level in LEVELS:
        gold = {e.key(level, plover) for e in unit.events}
        optional = {e.key(level, plover) for e in unit.optional} - gold
        predicted = {event_key(e, level, plover) for e in events} - optional
        score = report.levels[level]
        score.tp += len(gold & predicted)
        score.fp += len(predicted - gold)
        score.fn += len(gold - predicted)
        if level == "dyad_root":
            _per_root(report, gold, predicted)
            _errors(report, unit, gold, predicted, events, examples)
    score_locations(report.location, unit, events, plover)
    score_contexts(report.contexts, unit, events, plover)
    found = {event_key(e, "dyad_root", plover) for e in events}
    for event in unit.events:
        if event.salient:
            report.salient_total += 1
            report.salient_found += event.key("dyad_root", plover) in found


def _per_root(report: Report, gold: set[Key], predicted: set[Key]) -> None:
    for key in gold | predicted:
        score = report.per_root.setdefault(key[-1], Score())
        if key in gold and key in predicted:
            score.tp += 1
        elif key in gold:
            score.fn += 1
        else:
            score.fp += 1


def _errors(
    report: Report, unit: Unit, gold: set[Key], predicted: set[Key], events: list[Event], examples: int
) -> None:
    missed, extra = gold - predicted, predicted - gold
    for key in missed:
        kind = "missed: wrong actors" if any(k[-1] == key[-1] for k in extra) else f"missed root {key[-1]}"
        report.errors[kind] += 1
    for key in extra:
        kind = "extra: wrong actors" if any(k[-1] == key[-1] for k in missed) else f"extra root {key[-1]}"
        report.errors[kind] += 1
    if (missed or extra) and len(report.examples) < examples:
        report.examples.append(
            {
                "id": unit.id,
                "missed": ["-".join(k) for k in sorted(missed)],
                "extra": ["-".join(k) for k in sorted(extra)],
                "gold_quotes": [e.quote for e in unit.events if e.quote][:3],
                "predicted": [
                    f"{e.source.code}-{e.target.code if e.target else ''}-{e.cameo} [{e.trigger}] {e.sentence[:160]}"
                    for e in events
                ][:8],
            }
        )


def format_report(report: Report, title: str) -> str:
    """The human-readable report."""
    lines = [
        f"{title}: {report.units} units",
        f"{'level':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}",
    ]
    for name, s in report.levels.items():
        lines.append(f"{name:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    lines.append(
        f"salient recall (dyad_root): {report.salient_recall:.3f} ({report.salient_found}/{report.salient_total})"
    )
    if report.location.n_country:
        lines.append(report.location.format())
    if report.contexts.units:
        lines.append(report.contexts.format())
    lines.append("per root (dyad_root):")
    for root, s in sorted(report.per_root.items()):
        lines.append(
            f"  {root:<10} P {s.precision:5.2f} R {s.recall:5.2f} F1 {s.f1:5.2f}  tp {s.tp} fp {s.fp} fn {s.fn}"
        )
    lines.append("most frequent errors:")
    lines.extend(f"  {count:4d}  {kind}" for kind, count in report.errors.most_common(10))
    for example in report.examples:
        lines.append(f"- {example['id']}: missed {example['missed']} extra {example['extra']}")
        lines.extend(f"    gold: {q[:160]}" for q in example["gold_quotes"])
        lines.extend(f"    coded: {p}" for p in example["predicted"])
    return "\n".join(lines)


def load_units(path: Path, articles: Path | None = None) -> list[Unit]:
    """Load gold of either format, told apart by its event fields."""
    return load_article_gold(path, articles) if is_article_gold(path) else load_sentence_gold(path)
