"""Event filters turned into SQL with parameters (values are never formatted into SQL).

Actor codes match by prefix, so ``RUS`` matches ``RUSGOV`` and ``RUSMIL``;
``--dyad RUS-TKM`` is source RUS* and target TKM*, and ``both`` adds the
reverse direction.  ``cameo`` also matches by prefix (``19`` is root 19,
``193`` is 193 and its four-digit children).  ``context`` keeps events with
any of the given PLOVER contexts; ``agreement`` only events with agreement details.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from accord.errors import ConfigError

__all__ = [
    "Filters",
    "dyad_series_query",
    "event_query",
    "parse_dyad",
    "stats_queries",
    "top_dyads_query",
]

_DYAD = re.compile(r"^(?P<a>-*[A-Za-z0-9]+)[-:](?P<b>-*[A-Za-z0-9]+)$")
_MENTIONS = "sum(num_mentions)::BIGINT AS mentions"
_MONTH = re.compile(r"^\d{4}-\d{2}$")


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    return tuple(str(v) for v in value)


def _day(value: date | str | None, *, end: bool, name: str) -> date | None:
    """A date from ``YYYY-MM-DD`` or ``YYYY-MM`` (first or last day of the month)."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if _MONTH.match(text):
        year, month = int(text[:4]), int(text[5:])
        if not 1 <= month <= 12:
            raise ConfigError(f"--{name} {value!r}: month must be 01..12")
        return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ConfigError(f"--{name} {value!r} is not a date: use YYYY-MM-DD or YYYY-MM") from exc


def parse_dyad(value: str) -> tuple[str, str]:
    """``RUS-TKM`` (or ``RUS:TKM``, ``---REB-NGA``) -> (source prefix, target prefix)."""
    match = _DYAD.match(value.strip())
    if match is None:
        raise ConfigError(f"dyad {value!r} must look like SOURCE-TARGET, for example RUS-TKM")
    return match["a"].upper(), match["b"].upper()


@dataclass(slots=True, frozen=True)
class Filters:
    """Filters of :meth:`accord.Store.events`; each one is optional."""

    actor: str | None = None
    dyad: str | None = None
    both: bool = False
    root: tuple[str, ...] = ()
    cameo: tuple[str, ...] = ()
    plover: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    publisher: str | None = None
    text: str | None = None
    min_sources: int | None = None
    min_confidence: float | None = None
    context: tuple[str, ...] = ()
    agreement: bool = False
    limit: int | None = None

    @classmethod
    def of(cls, **values: Any) -> Filters:
        """Build from keyword arguments, refusing unknown names and bad values."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ConfigError(f"unknown filter(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        if values.get("dyad"):
            parse_dyad(values["dyad"])
        for name in ("min_sources", "limit"):
            if values.get(name) is not None and int(values[name]) < 0:
                raise ConfigError(f"{name} must be 0 or more")
        confidence = values.get("min_confidence")
        if confidence is not None and not 0.0 <= float(confidence) <= 1.0:
            raise ConfigError(f"min_confidence must lie between 0 and 1, not {confidence}")
        return cls(
            actor=values.get("actor") or None,
            dyad=values.get("dyad") or None,
            both=bool(values.get("both")),
            root=_tuple(values.get("root")),
            cameo=_tuple(values.get("cameo")),
            plover=tuple(p.upper() for p in _tuple(values.get("plover"))),
            since=_day(values.get("since"), end=False, name="since"),
            until=_day(values.get("until"), end=True, name="until"),
            publisher=values.get("publisher") or None,
            text=values.get("text") or None,
            min_sources=values.get("min_sources"),
            min_confidence=float(confidence) if confidence is not None else None,
            context=tuple(c.lower() for c in _tuple(values.get("context"))),
            agreement=bool(values.get("agreement")),
            limit=values.get("limit"),
        )


def _where(f: Filters) -> tuple[list[str], list[Any]]:
    """SQL conditions on events ``e`` and their parameters."""
    conds: list[str] = []
    params: list[Any] = []
    if f.actor:
        conds.append("(starts_with(e.source_code, ?) OR starts_with(coalesce(e.target_code, ''), ?))")
        params += [f.actor.upper()] * 2
    if f.dyad:
        a, b = parse_dyad(f.dyad)
        pair = "(starts_with(e.source_code, ?) AND starts_with(coalesce(e.target_code, ''), ?))"
        conds.append(f"({pair} OR {pair})" if f.both else pair)
        params += [a, b, b, a] if f.both else [a, b]
    if f.root:
        conds.append("e.root IN (SELECT unnest(?))")
        params.append(list(f.root))
    if f.cameo:
        conds.append("(" + " OR ".join("starts_with(e.cameo, ?)" for _ in f.cameo) + ")")
        params += list(f.cameo)
    if f.plover:
        conds.append("upper(e.plover) IN (SELECT unnest(?))")
        params.append(list(f.plover))
    if f.since:
        conds.append("e.date >= ?")
        params.append(f.since)
    if f.until:
        conds.append("e.date <= ?")
        params.append(f.until)
    if f.publisher:
        conds.append(
            "EXISTS (SELECT 1 FROM mentions m WHERE m.global_event_id = e.global_event_id AND m.publisher = ?)"
        )
        params.append(f.publisher.removeprefix("www."))
    if f.text:
        conds.append(
            "EXISTS (SELECT 1 FROM mentions m WHERE m.global_event_id = e.global_event_id "
            "AND m.sentence ILIKE ? ESCAPE '\\')"
        )
        params.append("%" + re.sub(r"([\\%_])", r"\\\1", f.text) + "%")
    if f.context:
        conds.append("list_has_any(coalesce(e.contexts, []), ?)")
        params.append(list(f.context))
    if f.agreement:
        conds.append("e.agreement IS NOT NULL")
    if f.min_sources is not None:
        conds.append("e.num_sources >= ?")
        params.append(int(f.min_sources))
    if f.min_confidence is not None:
        conds.append("e.confidence >= ?")
        params.append(float(f.min_confidence))
    return conds, params


def event_query(f: Filters, *, with_mentions: bool = False) -> tuple[str, list[Any]]:
    """SELECT of matching events, oldest first; ``with_mentions`` adds mention ids and URLs."""
    conds, params = _where(f)
    extra = ""
    if with_mentions:
        extra = (
            ", (SELECT list(m.event_id ORDER BY m.event_id) FROM mentions m "
            "WHERE m.global_event_id = e.global_event_id) AS mention_ids"
            ", (SELECT list(DISTINCT m.url ORDER BY m.url) FROM mentions m "
            "WHERE m.global_event_id = e.global_event_id AND m.url IS NOT NULL) AS urls"
        )
    sql = f"SELECT e.* EXCLUDE (block){extra} FROM events e"
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    sql += " ORDER BY e.date NULLS LAST, e.global_event_id"
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(int(f.limit))
    return sql, params


def dyad_series_query(f: Filters) -> tuple[str, list[Any]]:
    """Monthly counts of the events matching the filters (typically a dyad)."""
    conds, params = _where(f)
    where = " WHERE " + " AND ".join(conds) if conds else ""
    sql = (
        "SELECT date_trunc('month', e.date) AS month, count(*) AS events, "
        f"{_MENTIONS.replace('num_', 'e.num_')}, "
        f"avg(e.goldstein) AS goldstein FROM events e{where} GROUP BY month ORDER BY month"
    )
    return sql, params


def top_dyads_query(top: int = 10, f: Filters | None = None) -> tuple[str, list[Any]]:
    """The ``top`` source-target pairs by number of events."""
    conds, params = _where(f or Filters())
    conds.append("e.target_code IS NOT NULL")
    sql = (
        "SELECT e.source_code, e.target_code, count(*) AS events, "
        f"{_MENTIONS.replace('num_', 'e.num_')} "
        f"FROM events e WHERE {' AND '.join(conds)} GROUP BY ALL "
        "ORDER BY events DESC, e.source_code, e.target_code LIMIT ?"
    )
    return sql, [*params, top]


def stats_queries(top: int = 10) -> dict[str, tuple[str, list[Any]]]:
    """The queries behind ``accord stats``."""
    return {
        "by_root": (
            f"SELECT root, count(*) AS events, {_MENTIONS} FROM events GROUP BY root ORDER BY root",
            [],
        ),
        "by_quad_class": (
            f"SELECT quad_class, count(*) AS events, {_MENTIONS} FROM events GROUP BY quad_class ORDER BY quad_class",
            [],
        ),
        "by_month": (
            "SELECT strftime(date, '%Y-%m') AS month, count(*) AS events, "
            f"{_MENTIONS} FROM events GROUP BY month ORDER BY month NULLS LAST",
            [],
        ),
        "top_dyads": top_dyads_query(top),
        "top_actors": (
            "SELECT code, count(*) AS events FROM (SELECT source_code AS code FROM events "
            "UNION ALL SELECT target_code FROM events WHERE target_code IS NOT NULL) "
            "GROUP BY code ORDER BY events DESC, code LIMIT ?",
            [top],
        ),
    }
