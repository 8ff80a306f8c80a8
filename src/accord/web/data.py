"""Read-only queries behind the web API and pages.

Every function takes a DuckDB connection (in the app, one cursor per worker
thread; DuckDB cursors may run queries in parallel) and a
:class:`~accord.query.Filters`.  Filtered queries wrap
:func:`accord.query.event_query` in a CTE, so the API and the pages filter
exactly as ``accord query`` does.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import duckdb

from accord.query import Filters, event_query, stats_queries
from accord.store import event_record

__all__ = [
    "INTERVALS",
    "QUAD_CLASSES",
    "actors",
    "article",
    "dyads",
    "event",
    "events_page",
    "highlights",
    "locations",
    "matching_sql",
    "stats",
    "timeseries",
]

INTERVALS = ("day", "week", "month")
QUAD_CLASSES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
_ACTOR_FIELDS = ("code", "country", "sector", "name", "text", "start", "end")

Con = duckdb.DuckDBPyConnection


def rows(con: Con, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """All rows of a query as dicts (fetchall: DuckDB refuses a new query over an unfinished one)."""
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _scalar(con: Con, sql: str, params: list[Any]) -> int:
    found = con.execute(sql, params).fetchall()
    return int(found[0][0] or 0) if found else 0


def matching_sql(f: Filters) -> tuple[str, list[Any]]:
    """:func:`event_query` without its ORDER BY: inside a subquery DuckDB would sort every match."""
    sql, params = event_query(replace(f, limit=None))
    return sql.rsplit(" ORDER BY ", 1)[0], params


def _filtered(f: Filters) -> tuple[str, list[Any]]:
    """``WITH e AS (matching events)`` and its parameters."""
    sql, params = matching_sql(f)
    return f"WITH e AS ({sql}) ", params


def events_page(con: Con, f: Filters, *, limit: int, offset: int, newest_first: bool = False) -> dict[str, Any]:
    """One page of matching events (``accord query`` records) and the total that match."""
    sql, params = matching_sql(f)
    total = _scalar(con, f"SELECT count(*) FROM ({sql})", params)
    order = "date DESC NULLS LAST" if newest_first else "date NULLS LAST"
    # Cut the page first, then list the page's mentions: listing them for every match is slow.
    page = rows(
        con,
        f"WITH p AS (SELECT * FROM ({sql}) ORDER BY {order}, global_event_id LIMIT ? OFFSET ?) "
        "SELECT p.*, (SELECT list(m.event_id ORDER BY m.event_id) FROM mentions m "
        "WHERE m.global_event_id = p.global_event_id) AS mention_ids, "
        "(SELECT list(DISTINCT m.url ORDER BY m.url) FROM mentions m "
        "WHERE m.global_event_id = p.global_event_id AND m.url IS NOT NULL) AS urls "
        f"FROM p ORDER BY {order}, global_event_id",
        [*params, limit, offset],
    )
    return {"events": [event_record(r) for r in page], "total": total, "limit": limit, "offset": offset}


def event(con: Con, event_id: str) -> dict[str, Any] | None:
    """One deduplicated event with all its mentions, each with its sentence and highlights.

    ``event_id`` may also be a mention's (article-level) ``event_id``: it leads to
    the deduplicated event that mention belongs to.
    """
    found = rows(con, "SELECT * EXCLUDE (block) FROM events WHERE global_event_id = ?", [event_id])
    if not found:
        parent = rows(con, "SELECT global_event_id FROM mentions WHERE event_id = ?", [event_id])
        if not parent or parent[0]["global_event_id"] == event_id:
            return None
        return event(con, parent[0]["global_event_id"])
    mentions = rows(
        con,
        "SELECT m.* EXCLUDE (block), a.title AS article_title, a.text AS article_text "
        "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.global_event_id = ? "
        "ORDER BY m.published NULLS LAST, m.article_id, m.event_id",
        [event_id],
    )
    row = found[0]
    row["mention_ids"] = sorted(m["event_id"] for m in mentions)
    row["urls"] = sorted({m["url"] for m in mentions if m["url"]})
    record = event_record(row)
    record["cameo_name"] = row["cameo_name"]
    record["quad_class_name"] = QUAD_CLASSES.get(row["quad_class"])
    record["mentions"] = [mention_record(m, m.pop("article_text")) for m in mentions]
    return record


def mention_record(row: dict[str, Any], text: str | None) -> dict[str, Any]:
    """A mentions row as a nested record, with its sentence cut from the article body and highlights.

    ``highlights`` are ``{role, start, end, text}`` with offsets into ``sentence``
    (roles: source, target, trigger); a span outside the sentence (an actor named
    in an earlier sentence) is left out.
    """
    sentence, base = _sentence(row, text)
    record: dict[str, Any] = {
        "event_id": row["event_id"],
        "global_event_id": row["global_event_id"],
        "article": {
            "id": row["article_id"],
            "title": row.get("article_title"),
            "url": row["url"],
            "publisher": row["publisher"],
            "published": _iso(row["published"]),
        },
        "date": _iso(row["date"]),
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "cameo": row["cameo"],
        "cameo_name": row["cameo_name"],
        "root": row["root"],
        "plover": row["plover"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "sentence": sentence,
        "sentence_index": row["sentence_index"],
        "char_start": row["char_start"],
        "char_end": row["char_end"],
        "confidence": round(row["confidence"], 3) if row["confidence"] is not None else None,
        "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
        "location": _location(row.get("location")),
    }
    record["highlights"] = highlights(sentence, base, row)
    return record


def _sentence(row: dict[str, Any], text: str | None) -> tuple[str, int]:
    """The evidence sentence (trailing whitespace cut) and its offset in the article body."""
    start, end = row["char_start"], row["char_end"]
    if text is not None and start is not None and end is not None and 0 <= start < end <= len(text):
        return text[start:end].rstrip(), start
    return (row["sentence"] or "").rstrip(), start if start is not None and start >= 0 else 0


def highlights(sentence: str, base: int, row: dict[str, Any]) -> list[dict[str, Any]]:
    """Source, target and trigger spans relative to the sentence, those that fall inside it."""
    spans = []
    for role, start, end in (
        ("source", row.get("source_start"), row.get("source_end")),
        ("target", row.get("target_start"), row.get("target_end")),
        ("trigger", row.get("trigger_start"), row.get("trigger_end")),
    ):
        if start is None or end is None or start < 0:
            continue
        s, e = start - base, end - base
        if 0 <= s < e <= len(sentence):
            spans.append({"role": role, "start": s, "end": e, "text": sentence[s:e]})
    return spans


def segments(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` at every span boundary: ``[{text, roles}]``; overlapping spans share a piece."""
    cuts = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        roles = [s["role"] for s in spans if s["start"] <= start and end <= s["end"]]
        pieces.append({"text": text[start:end], "roles": roles})
    return [p for p in pieces if p["text"]]


def _actor(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    if row.get(f"{side}_code") is None:
        return None
    return {name: row[f"{side}_{name}"] for name in _ACTOR_FIELDS}


def _location(value: str | None) -> Any:
    return json.loads(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def article(con: Con, key: str) -> dict[str, Any] | None:
    """One article (by id or URL) with its mentions as nested records."""
    found = rows(
        con, "SELECT * EXCLUDE (minhash, content_hash) FROM articles WHERE id = ? OR url = ? LIMIT 1", [key, key]
    )
    if not found:
        return None
    record = found[0]
    record["published"] = _iso(record["published"])
    mentions = rows(
        con,
        "SELECT * EXCLUDE (block) FROM mentions WHERE article_id = ? ORDER BY char_start, event_id",
        [record["id"]],
    )
    record["events"] = [mention_record(m, record["text"]) for m in mentions]
    return record


def actors(con: Con, f: Filters, *, q: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Actor codes in the matching events, most active first, with their usual name and mean Goldstein."""
    head, params = _filtered(f)
    sql = (
        head + ", sides AS ("
        "SELECT source_code AS code, source_name AS name, goldstein, 1 AS as_source, false AS twice FROM e "
        "UNION ALL SELECT target_code, target_name, goldstein, 0, target_code = source_code FROM e "
        "WHERE target_code IS NOT NULL) "
        # An event whose source and target share a code counts once.
        "SELECT code, mode(name) AS name, (count(*) - count(*) FILTER (WHERE twice))::BIGINT AS events, "
        "sum(as_source)::BIGINT AS as_source, (count(*) - sum(as_source))::BIGINT AS as_target, "
        "avg(goldstein) AS goldstein FROM sides "
        "WHERE ? IS NULL OR starts_with(code, upper(?)) OR name ILIKE '%' || ? || '%' "
        "GROUP BY code ORDER BY events DESC, code LIMIT ?"
    )
    return rows(con, sql, [*params, q, q, q, limit])


def dyads(con: Con, f: Filters, *, limit: int = 20) -> list[dict[str, Any]]:
    """Source-target pairs of the matching events, most events first, with mean Goldstein and QuadClass split."""
    head, params = _filtered(f)
    sql = (
        head + "SELECT source_code AS source, target_code AS target, count(*) AS events, "
        "sum(num_mentions)::BIGINT AS mentions, avg(goldstein) AS goldstein, "
        + _quad_columns()
        + ", min(date) AS first_date, max(date) AS last_date FROM e WHERE target_code IS NOT NULL "
        "GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?"
    )
    return [_dated(r) for r in rows(con, sql, [*params, limit])]


def _quad_columns() -> str:
    return ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS q{q}" for q in QUAD_CLASSES)


def _dated(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _iso(v) if isinstance(v, date) else v for k, v in row.items()}


def timeseries(con: Con, f: Filters, *, interval: str = "day") -> dict[str, Any]:
    """Events per day, week (from Monday) or month: counts, mean Goldstein and the QuadClass split."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    head, params = _filtered(f)
    sql = (
        head + f"SELECT date_trunc('{interval}', date)::DATE AS period, count(*) AS events, "
        "avg(goldstein) AS goldstein, " + _quad_columns() + " FROM e WHERE date IS NOT NULL "
        "GROUP BY period ORDER BY period"
    )
    series = [_dated(r) for r in rows(con, sql, params)]
    undated = _scalar(con, head + "SELECT count(*) FROM e WHERE date IS NULL", params)
    return {"interval": interval, "series": series, "undated": undated}


def store_version(con: Con) -> tuple[int, int]:
    """Article and mention counts: they change whenever the store does (rows are only added)."""
    row = con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions)").fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def stats(con: Con, top: int = 10) -> dict[str, Any]:
    """What ``accord stats --format json`` prints: table counts and the breakdowns."""
    counts = {
        table: _scalar(con, f"SELECT count(*) FROM {table}", [])
        for table in ("articles", "mentions", "events", "actors")
    }
    counts["clusters"] = _scalar(con, "SELECT count(DISTINCT cluster_id) FROM articles", [])
    result: dict[str, Any] = {"counts": counts}
    for name, (sql, params) in stats_queries(top).items():
        result[name] = rows(con, sql, params)
    return result


def locations(con: Con, f: Filters, *, limit: int = 5000) -> list[dict[str, Any]]:
    """Places of the matching events that have a location with ``lat``/``lon``, grouped by place."""
    head, params = _filtered(f)
    found = rows(
        con,
        head + "SELECT global_event_id, location, goldstein, date, source_code, target_code, cameo "
        "FROM e WHERE location IS NOT NULL LIMIT ?",
        [*params, limit],
    )
    places: dict[tuple[float, float], dict[str, Any]] = {}
    for row in found:
        point = _point(_location(row["location"]))
        if point is None:
            continue
        lat, lon, name = point
        place = places.setdefault(
            (lat, lon), {"lat": lat, "lon": lon, "name": name, "events": 0, "goldstein": 0.0, "event_ids": []}
        )
        place["events"] += 1
        place["goldstein"] += row["goldstein"] or 0.0
        place["event_ids"].append(row["global_event_id"])
    for place in places.values():
        place["goldstein"] = place["goldstein"] / place["events"]
    return sorted(places.values(), key=lambda p: (-p["events"], p["lat"], p["lon"]))


def _point(location: Any) -> tuple[float, float, str | None] | None:
    """``(lat, lon, name)`` from a location record; None when it has no usable coordinates."""
    if not isinstance(location, dict):
        return None
    lat = location.get("lat", location.get("latitude"))
    lon = location.get("lon", location.get("lng", location.get("longitude")))
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    name = location.get("name") or location.get("place") or location.get("text")
    return float(lat), float(lon), str(name) if name else None
