"""The event store: one DuckDB file with articles, mentions, events and actors.

Ingest is idempotent: an article already stored (same URL; without a URL, the
same content hash) is skipped before it is coded.  Each batch of articles is
written in one transaction together with the near-duplicate clusters and the
recomputed events it affects, so a run killed at any moment (even by
``kill -9``) leaves the store as it was after the last committed batch, and
running it again completes it to exactly what an uninterrupted run gives.

Concurrency, as DuckDB 2.0 does it (checked with duckdb 2.0.1): the file is
locked by the *process* that opens it.  A process that opens it for writing
excludes every other process, readers included ("Could not set lock on file
... Conflicting lock is held in ... (PID n)").  Any number of processes may
open it read-only at the same time, and while they do no process can open it
for writing.  Inside one process, connections share one database and may
read and write concurrently (transactions are optimistic).  We turn the
lock error into a :class:`StoreError` that names the other process.

Schema and migrations: see :data:`MIGRATIONS` and docs/STORE.md.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

import duckdb
import pyarrow as pa

from accord import __version__
from accord.dedup import (
    SIMILARITY,
    MentionKey,
    band_hashes,
    block_key,
    group_mentions,
    jaccard,
    signature,
)
from accord.errors import InputError, StoreError
from accord.model import SCHEMA_VERSION, Actor, Article, CodeInfo, Event, Failure, stable_hash

log = logging.getLogger(__name__)

__all__ = ["STORE_VERSION", "IngestCounts", "Store", "default_path"]

STORE_VERSION = 3
DEFAULT_NAME = "accord.duckdb"
COMMIT_EVERY = 64

_ACTOR = [
    ("code", "VARCHAR"),
    ("country", "VARCHAR"),
    ("sector", "VARCHAR"),
    ("name", "VARCHAR"),
    ("text", "VARCHAR"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
]
ARTICLE_COLUMNS: list[tuple[str, str]] = [
    ("id", "VARCHAR PRIMARY KEY"),
    ("url", "VARCHAR"),
    ("publisher", "VARCHAR"),
    ("published", "DATE"),
    ("title", "VARCHAR"),
    ("text", "VARCHAR NOT NULL"),
    ("dateline", "VARCHAR"),
    ("origin", "VARCHAR"),
    ("content_hash", "VARCHAR NOT NULL"),
    ("cluster_id", "VARCHAR NOT NULL"),
    ("word_count", "INTEGER"),
    ("num_events", "INTEGER"),
    ("minhash", "BLOB"),
    ("coder_version", "VARCHAR"),
]
_MENTION_COLUMNS_V1: list[tuple[str, str]] = [
    ("event_id", "VARCHAR PRIMARY KEY"),
    ("global_event_id", "VARCHAR"),
    ("block", "VARCHAR NOT NULL"),
    ("article_id", "VARCHAR NOT NULL"),
    ("url", "VARCHAR"),
    ("publisher", "VARCHAR"),
    ("published", "DATE"),
    ("date", "DATE"),
    *((f"source_{n}", t) for n, t in _ACTOR),
    *((f"target_{n}", t) for n, t in _ACTOR),
    ("cameo", "VARCHAR NOT NULL"),
    ("cameo_name", "VARCHAR"),
    ("root", "VARCHAR NOT NULL"),
    ("plover", "VARCHAR"),
    ("mode", "VARCHAR"),
    ("context", "VARCHAR"),
    ("quad_class", "TINYINT"),
    ("goldstein", "DOUBLE"),
    ("sentence", "VARCHAR"),
    ("sentence_index", "INTEGER"),
    ("char_start", "INTEGER"),
    ("char_end", "INTEGER"),
    ("confidence", "DOUBLE"),
    ("trigger_text", "VARCHAR"),
    ("trigger_start", "INTEGER"),
    ("trigger_end", "INTEGER"),
    ("location", "VARCHAR"),
    ("coder_version", "VARCHAR"),
    ("schema_version", "VARCHAR"),
]
# Version 2: the event location spread into columns (the JSON stays in ``location``).
LOCATION_COLUMNS: list[tuple[str, str]] = [
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("location_admin1", "VARCHAR"),
    ("lat", "DOUBLE"),
    ("lon", "DOUBLE"),
    ("location_precision", "VARCHAR"),
    ("location_source", "VARCHAR"),
]
# Version 3: PLOVER contexts (a list), the event's PLOVER mode (``mode`` keeps the CAMEO
# table's) and the agreement record (JSON; NULL for other events).
CONTEXT_COLUMNS: list[tuple[str, str]] = [
    ("contexts", "VARCHAR[]"),
    ("event_mode", "VARCHAR"),
    ("agreement", "VARCHAR"),
]
MENTION_COLUMNS: list[tuple[str, str]] = [*_MENTION_COLUMNS_V1, *LOCATION_COLUMNS, *CONTEXT_COLUMNS]
DEDUP_COLUMNS: list[tuple[str, str]] = [
    ("num_mentions", "INTEGER"),
    ("num_articles", "INTEGER"),
    ("num_sources", "INTEGER"),
    ("first_seen", "DATE"),
    ("last_seen", "DATE"),
]
_EVENT_COLUMNS_V1: list[tuple[str, str]] = [
    ("global_event_id", "VARCHAR PRIMARY KEY"),
    ("block", "VARCHAR NOT NULL"),
    *DEDUP_COLUMNS,
    *((n, t.replace(" PRIMARY KEY", "")) for n, t in _MENTION_COLUMNS_V1 if n not in ("global_event_id", "block")),
]
EVENT_COLUMNS: list[tuple[str, str]] = [*_EVENT_COLUMNS_V1, *LOCATION_COLUMNS, *CONTEXT_COLUMNS]
ACTOR_COLUMNS: list[tuple[str, str]] = [
    ("actor_id", "VARCHAR PRIMARY KEY"),
    ("code", "VARCHAR"),
    ("country", "VARCHAR"),
    ("sector", "VARCHAR"),
    ("name", "VARCHAR"),
]


def _create(table: str, columns: list[tuple[str, str]]) -> str:
    return f"CREATE TABLE {table} ({', '.join(f'{n} {t}' for n, t in columns)})"


def _location_columns(table: str) -> tuple[str, ...]:
    """Add the location columns to a table and fill them from its ``location`` JSON."""
    fields = {
        "location_name": "name",
        "location_country": "country",
        "location_admin1": "admin1",
        "location_precision": "precision",
        "location_source": "source",
    }
    sets = [f"{column} = json_extract_string(location, '$.{key}')" for column, key in fields.items()]
    sets += [f"{axis} = TRY_CAST(json_extract_string(location, '$.{axis}') AS DOUBLE)" for axis in ("lat", "lon")]
    return (
        *(f"ALTER TABLE {table} ADD COLUMN {name} {kind}" for name, kind in LOCATION_COLUMNS),
        f"UPDATE {table} SET {', '.join(sets)} WHERE "
        "CASE WHEN json_valid(location) THEN json_type(location) = 'OBJECT' ELSE false END",
    )


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step; applied in its own transaction with its version row."""

    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, article_bands, mentions, events, actors",
        (
            _create("articles", ARTICLE_COLUMNS),
            "CREATE TABLE article_bands (article_id VARCHAR NOT NULL, band SMALLINT NOT NULL, hash UBIGINT NOT NULL)",
            _create("mentions", _MENTION_COLUMNS_V1),
            _create("events", _EVENT_COLUMNS_V1),
            _create("actors", ACTOR_COLUMNS),
        ),
    ),
    Migration(
        2,
        "location columns on mentions and events, filled from the location JSON",
        (*_location_columns("mentions"), *_location_columns("events")),
    ),
    Migration(
        3,
        "contexts and agreement columns on mentions and events (NULL for events coded before)",
        tuple(
            f"ALTER TABLE {table} ADD COLUMN {name} {kind}"
            for table in ("mentions", "events")
            for name, kind in CONTEXT_COLUMNS
        ),
    ),
)
assert MIGRATIONS[-1].version == STORE_VERSION

_PA_TYPES = {
    "VARCHAR": pa.string(),
    "VARCHAR[]": pa.list_(pa.string()),
    "DATE": pa.date32(),
    "INTEGER": pa.int32(),
    "TINYINT": pa.int8(),
    "DOUBLE": pa.float64(),
    "BLOB": pa.binary(),
    "SMALLINT": pa.int16(),
    "UBIGINT": pa.uint64(),
}


def _arrow_schema(columns: list[tuple[str, str]]) -> pa.Schema:
    return pa.schema([pa.field(name, _PA_TYPES[kind.split()[0]]) for name, kind in columns])


def default_path() -> Path:
    """``accord.duckdb`` in the current folder (the CLI also honours ``ACCORD_DB``)."""
    return Path.cwd() / DEFAULT_NAME


class ArticleCoder(Protocol):
    """Anything that fills ``events`` of articles, like :class:`accord.pipeline.Coder`."""

    def code(self, articles: Iterable[Article]) -> Iterator[Article]: ...


@dataclass(slots=True)
class IngestCounts:
    """What one ingest did; ``events`` and ``mentions`` are store totals afterwards."""

    read: int = 0
    added: int = 0
    skipped: int = 0
    mentions_added: int = 0
    batches: int = 0
    events: int = 0
    mentions: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        """How many input items could not be read."""
        return len(self.failures)


class Store:
    """A DuckDB event store.  Use as a context manager, or call :meth:`close`.

    ``read_only`` stores can be open in several processes at once; a writing
    store excludes every other process (see the module docstring).
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}; create one with 'accord code PATH --db {self.path}'")
        self.con = _connect(self.path, read_only)
        if read_only:
            _check_version(self.con, self.path)
        else:
            migrate(self.con)

    def close(self) -> None:
        """Close the connection (and release the file lock)."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        coder: ArticleCoder | None = None,
        model: str | None = None,
        strict: bool = False,
        commit_every: int = COMMIT_EVERY,
        on_item: Callable[[Article | Failure], None] | None = None,
        on_batch: Callable[[IngestCounts], None] | None = None,
    ) -> IngestCounts:
        """Read, code and store every article under the paths; returns the counts.

        Articles already in the store are skipped before coding.  ``on_item``
        sees each coded article and each failure; ``on_batch`` runs after each
        commit.  With ``strict`` the first unreadable item raises InputError
        (batches committed before it stay).
        """
        from accord.stages.ingest import read_paths

        if coder is None:
            from accord.api import default_coder

            coder = default_coder(model)
        counts = IngestCounts()
        seen: set[str] = set()

        def fresh() -> Iterator[Article]:
            for item in read_paths(paths):
                if isinstance(item, Failure):
                    if strict:
                        raise InputError(item.message, where=item.where)
                    counts.failures.append(item)
                    if on_item:
                        on_item(item)
                    continue
                counts.read += 1
                if item.id in seen or self.has_article(item):
                    counts.skipped += 1
                    continue
                seen.add(item.id)
                yield item

        self._write_all(coder.code(fresh()), counts, commit_every, on_item, on_batch)
        return counts

    def add(
        self,
        articles: Iterable[Article],
        *,
        commit_every: int = COMMIT_EVERY,
        on_batch: Callable[[IngestCounts], None] | None = None,
    ) -> IngestCounts:
        """Store articles that are already coded (their ``events`` filled)."""
        counts = IngestCounts()

        def counted() -> Iterator[Article]:
            for article in articles:
                counts.read += 1
                yield article

        self._write_all(counted(), counts, commit_every, None, on_batch)
        return counts

    def _write_all(
        self,
        articles: Iterable[Article],
        counts: IngestCounts,
        commit_every: int,
        on_item: Callable[[Article | Failure], None] | None,
        on_batch: Callable[[IngestCounts], None] | None,
    ) -> None:
        self._writable()
        batch: list[Article] = []
        for article in articles:
            if on_item:
                on_item(article)
            batch.append(article)
            if len(batch) >= commit_every:
                self._commit_batch(batch, counts, on_batch)
                batch = []
        if batch:
            self._commit_batch(batch, counts, on_batch)
        counts.events, counts.mentions = self.count("events"), self.count("mentions")

    def _commit_batch(
        self,
        batch: list[Article],
        counts: IngestCounts,
        on_batch: Callable[[IngestCounts], None] | None,
    ) -> None:
        added, mentions = self.write_batch(batch)
        counts.added += added
        counts.skipped += len(batch) - added
        counts.mentions_added += mentions
        counts.batches += 1
        if on_batch:
            counts.events, counts.mentions = self.count("events"), self.count("mentions")
            on_batch(counts)

    def write_batch(self, articles: list[Article]) -> tuple[int, int]:
        """Store coded articles in one transaction; returns (articles added, mentions added)."""
        self._writable()
        self.con.execute("BEGIN TRANSACTION")
        try:
            new = self._unknown(articles)
            mentions = [m for article in new for m in _mention_rows(article)]
            self._insert_articles(new)
            changed = self._assign_clusters([a.id for a in new])
            self._insert("mentions", MENTION_COLUMNS, mentions)
            self._insert_actors(mentions)
            blocks = {m["block"] for m in mentions} | self._blocks_of(changed)
            self._recompute(blocks)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        log.info("stored %d new articles, %d mentions", len(new), len(mentions))
        return len(new), len(mentions)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only; open it with read_only=False to write")

    def _unknown(self, articles: list[Article]) -> list[Article]:
        """Articles not yet stored, each once (first copy wins)."""
        kept: dict[str, Article] = {}
        hashes: set[str] = set()
        for article in articles:
            digest = content_hash(article.text)
            if article.id in kept or (not article.url and digest in hashes) or self.has_article(article):
                continue
            kept[article.id] = article
            hashes.add(digest)
        return list(kept.values())

    def has_article(self, article: Article) -> bool:
        """True when the article is stored: same id (URL hash); without URL, same content."""
        digest = None if article.url else content_hash(article.text)
        row = self.con.execute(
            "SELECT 1 FROM articles WHERE id = ? OR (? IS NOT NULL AND content_hash = ?) LIMIT 1",
            [article.id, digest, digest],
        ).fetchall()
        return bool(row)

    def _insert(self, table: str, columns: list[tuple[str, str]], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        data = pa.Table.from_pylist(rows, schema=_arrow_schema(columns))
        self.con.register("_incoming", data)
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    def _insert_articles(self, articles: list[Article]) -> None:
        rows: list[dict[str, Any]] = []
        bands: list[dict[str, Any]] = []
        for article in articles:
            sig = signature(article.text)
            rows.append(_article_row(article, sig))
            bands.extend({"article_id": article.id, "band": b, "hash": h} for b, h in band_hashes(sig))
        self._insert("articles", ARTICLE_COLUMNS, rows)
        self._insert(
            "article_bands",
            [("article_id", "VARCHAR"), ("band", "SMALLINT"), ("hash", "UBIGINT")],
            bands,
        )

    def _assign_clusters(self, new_ids: list[str]) -> set[str]:
        """Join new articles to near-duplicate clusters; returns ids whose cluster changed."""
        if not new_ids:
            return set()
        pairs = self.con.execute(
            "SELECT DISTINCT n.article_id, o.article_id FROM article_bands n "
            "JOIN article_bands o ON n.band = o.band AND n.hash = o.hash "
            "WHERE n.article_id IN (SELECT unnest(?)) AND o.article_id <> n.article_id",
            [new_ids],
        ).fetchall()
        if not pairs:
            return set()
        ids = sorted({i for pair in pairs for i in pair})
        info = {
            r[0]: (r[1], r[2])
            for r in self.con.execute(
                "SELECT id, minhash, cluster_id FROM articles WHERE id IN (SELECT unnest(?))", [ids]
            ).fetchall()
        }
        parent: dict[str, str] = {}

        def find(label: str) -> str:
            while parent.get(label, label) != label:
                label = parent[label]
            return label

        for a, b in pairs:
            if jaccard(info[a][0], info[b][0]) >= SIMILARITY:
                ra, rb = find(info[a][1]), find(info[b][1])
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
        moves = {label: find(label) for label in parent}
        if not moves:
            return set()
        changed = {
            r[0]
            for r in self.con.execute(
                "SELECT id FROM articles WHERE cluster_id IN (SELECT unnest(?))", [sorted(moves)]
            ).fetchall()
        }
        for old, new in sorted(moves.items()):
            self.con.execute("UPDATE articles SET cluster_id = ? WHERE cluster_id = ?", [new, old])
        return changed

    def _insert_actors(self, mentions: list[dict[str, Any]]) -> None:
        rows: dict[str, dict[str, Any]] = {}
        for mention in mentions:
            for side in ("source", "target"):
                if mention[f"{side}_code"] is None:
                    continue
                values = {k: mention[f"{side}_{k}"] for k in ("code", "country", "sector", "name")}
                actor_id = stable_hash("actor", values["country"], values["sector"], values["name"])
                rows[actor_id] = {"actor_id": actor_id, **values}
        if not rows:
            return
        data = pa.Table.from_pylist(list(rows.values()), schema=_arrow_schema(ACTOR_COLUMNS))
        self.con.register("_incoming", data)
        try:
            self.con.execute("INSERT INTO actors BY NAME SELECT * FROM _incoming ON CONFLICT DO NOTHING")
        finally:
            self.con.unregister("_incoming")

    def _blocks_of(self, article_ids: set[str]) -> set[str]:
        if not article_ids:
            return set()
        rows = self.con.execute(
            "SELECT DISTINCT block FROM mentions WHERE article_id IN (SELECT unnest(?))",
            [sorted(article_ids)],
        ).fetchall()
        return {r[0] for r in rows}

    def _recompute(self, blocks: set[str]) -> None:
        """Regroup every mention of the blocks into events and rewrite those events."""
        if not blocks:
            return
        params = [sorted(blocks)]
        rows = self.con.execute(
            "SELECT event_id, block, cameo, root, coalesce(date, published) FROM mentions "
            "WHERE block IN (SELECT unnest(?))",
            params,
        ).fetchall()
        groups = group_mentions(MentionKey(*row) for row in rows)
        assign = pa.table(
            {
                "event_id": [m.event_id for ms in groups.values() for m in ms],
                "gid": [gid for gid, ms in groups.items() for _ in ms],
            }
        )
        self.con.register("_assign", assign)
        try:
            self.con.execute(
                "UPDATE mentions SET global_event_id = a.gid FROM _assign a WHERE mentions.event_id = a.event_id"
            )
        finally:
            self.con.unregister("_assign")
        self.con.execute("DELETE FROM events WHERE block IN (SELECT unnest(?))", params)
        self.con.execute(_EVENTS_SQL, params)

    # -- reading -------------------------------------------------------------

    def count(self, table: str) -> int:
        """Rows in one of the store's tables."""
        if table not in {"articles", "mentions", "events", "actors", "article_bands"}:
            raise StoreError(f"unknown table {table!r}")
        return _scalar(self.con, f"SELECT count(*) FROM {table}")

    def counts(self) -> dict[str, int]:
        """Row counts of articles, mentions, events and actors, plus near-duplicate clusters."""
        result = {t: self.count(t) for t in ("articles", "mentions", "events", "actors")}
        result["clusters"] = _scalar(self.con, "SELECT count(DISTINCT cluster_id) FROM articles")
        return result

    def version(self) -> int:
        """The schema version of this store."""
        return _stored_version(self.con)

    def events(self, **filters: Any) -> pa.Table:
        """Deduplicated events matching the filters (see :class:`accord.query.Filters`) as Arrow."""
        from accord.query import Filters, event_query

        sql, params = event_query(Filters.of(**filters))
        return self.con.sql(sql, params=params).to_arrow_table()

    def event_records(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Events as nested records: the ``accord code`` schema plus the dedup fields."""
        from accord.query import Filters, event_query

        sql, params = event_query(Filters.of(**filters), with_mentions=True)
        reader = self.con.sql(sql, params=params).to_arrow_reader(batch_size=10_000)
        for chunk in reader:
            for row in chunk.to_pylist():
                yield event_record(row)

    def to_pandas(self, **filters: Any) -> Any:
        """:meth:`events` as a pandas DataFrame (needs pandas)."""
        try:
            import pandas  # noqa: F401
        except ImportError as exc:
            raise StoreError("Store.to_pandas needs pandas: pip install pandas") from exc
        return self.events(**filters).to_pandas()

    def mentions(self, *, article_id: str | None = None, global_event_id: str | None = None) -> pa.Table:
        """Mentions (one coded event in one article), optionally of one article or event."""
        sql = (
            "SELECT * EXCLUDE (block) FROM mentions WHERE (? IS NULL OR article_id = ?) "
            "AND (? IS NULL OR global_event_id = ?) ORDER BY article_id, sentence_index, event_id"
        )
        params = [article_id, article_id, global_event_id, global_event_id]
        return self.con.sql(sql, params=params).to_arrow_table()

    def article_events(self, article_id: str) -> list[Event]:
        """The stored events of one article, rebuilt as :class:`Event` objects."""
        return [row_to_event(row) for row in self.mentions(article_id=article_id).to_pylist()]

    def article(self, key: str) -> dict[str, Any] | None:
        """One article by id or URL, with its mentions under ``events``; None when absent."""
        rows = (
            self.con.sql(
                "SELECT * EXCLUDE (minhash) FROM articles WHERE id = ? OR url = ? LIMIT 1",
                params=[key, key],
            )
            .to_arrow_table()
            .to_pylist()
        )
        if not rows:
            return None
        article: dict[str, Any] = rows[0]
        article["events"] = self.mentions(article_id=article["id"]).to_pylist()
        return article

    def stats(self, top: int = 10) -> dict[str, pa.Table]:
        """Counts by root, QuadClass and month; top dyads and actors."""
        from accord.query import stats_queries

        return {
            name: self.con.sql(sql, params=params).to_arrow_table()
            for name, (sql, params) in stats_queries(top).items()
        }


_EVENT_OVERRIDES = {
    "num_mentions": "g.num_mentions",
    "num_articles": "g.num_articles",
    "num_sources": "coalesce(s.num_sources, 0)",
    "first_seen": "g.first_seen",
    "last_seen": "g.last_seen",
    "date": "g.date",
    "confidence": "g.confidence",
}
_EVENTS_SQL = f"""
INSERT INTO events ({", ".join(n for n, _ in EVENT_COLUMNS)})
WITH m AS (
    SELECT m.*, a.cluster_id FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.block IN (SELECT unnest(?))
), r AS (
    SELECT *, row_number() OVER (
        PARTITION BY global_event_id
        ORDER BY cameo IN (root, root || '0'), confidence DESC, published NULLS LAST, event_id
    ) AS rn
    FROM m
), firsts AS (
    SELECT global_event_id, coalesce(publisher, 'cluster:' || cluster_id) AS outlet,
        row_number() OVER (PARTITION BY global_event_id, cluster_id
                           ORDER BY published NULLS LAST, article_id) AS rn
    FROM m
), g AS (
    SELECT global_event_id, count(*) AS num_mentions, count(DISTINCT cluster_id) AS num_articles,
        min(coalesce(date, published)) AS date, min(coalesce(published, date)) AS first_seen,
        max(coalesce(published, date)) AS last_seen, max(confidence) AS confidence
    FROM m GROUP BY global_event_id
), s AS (
    SELECT global_event_id, count(DISTINCT outlet) AS num_sources FROM firsts WHERE rn = 1
    GROUP BY global_event_id
)
SELECT {", ".join(_EVENT_OVERRIDES.get(n, "r." + n) for n, _ in EVENT_COLUMNS)}
FROM r JOIN g USING (global_event_id) LEFT JOIN s USING (global_event_id)
WHERE r.rn = 1
"""


def content_hash(text: str) -> str:
    """Hash of a body with case and whitespace normalised."""
    return stable_hash("content", " ".join(text.casefold().split()))


def _article_row(article: Article, sig: bytes) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "publisher": article.publisher,
        "published": article.published,
        "title": article.title,
        "text": article.text,
        "dateline": article.dateline,
        "origin": article.origin,
        "content_hash": content_hash(article.text),
        "cluster_id": article.id,
        "word_count": article.word_count,
        "num_events": len({e.event_id for e in article.events}),
        "minhash": sig,
        "coder_version": __version__,
    }


def _mention_rows(article: Article) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for event in article.events:
        rows.setdefault(event.event_id, mention_row(event, article))
    return list(rows.values())


def mention_row(event: Event, article: Article | None = None) -> dict[str, Any]:
    """The flat mentions-table row of one article-level event."""
    source, target, info = event.source, event.target, event.info
    row: dict[str, Any] = {
        "event_id": event.event_id,
        "global_event_id": None,
        "block": block_key(
            source.country,
            source.sector,
            target.country if target else None,
            target.sector if target else None,
            info.root,
        ),
        "article_id": event.article_id,
        "url": event.url,
        "publisher": event.publisher or (article.publisher if article else None),
        "published": event.published,
        "date": event.date,
        "cameo": info.code,
        "cameo_name": info.name,
        "root": info.root,
        "plover": info.plover,
        "mode": info.mode,
        "context": info.context,
        "quad_class": info.quad_class,
        "goldstein": info.goldstein,
        "sentence": event.sentence,
        "sentence_index": event.sentence_index,
        "char_start": event.char_start,
        "char_end": event.char_end,
        "confidence": event.confidence,
        "trigger_text": event.trigger,
        "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end,
        "location": json.dumps(event.location, sort_keys=True) if event.location is not None else None,
        "coder_version": __version__,
        "schema_version": SCHEMA_VERSION,
        **location_fields(event.location),
        "contexts": list(event.contexts),
        "event_mode": event.mode,
        "agreement": json.dumps(event.agreement, sort_keys=True) if event.agreement is not None else None,
    }
    for side, actor in (("source", source), ("target", target)):
        values = actor.to_dict() if actor else {}
        for name, _ in _ACTOR:
            row[f"{side}_{name}"] = values.get(name)
    return row


def location_fields(location: Any) -> dict[str, Any]:
    """The location columns of a row from an event's ``location`` record (all None without one)."""
    loc = location if isinstance(location, dict) else {}
    return {
        "location_name": _text(loc.get("name")),
        "location_country": _text(loc.get("country")),
        "location_admin1": _text(loc.get("admin1")),
        "lat": _number(loc.get("lat")),
        "lon": _number(loc.get("lon")),
        "location_precision": _text(loc.get("precision")),
        "location_source": _text(loc.get("source")),
    }


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _actor(row: dict[str, Any], side: str) -> Actor | None:
    if row.get(f"{side}_code") is None:
        return None
    return Actor(
        country=row[f"{side}_country"],
        sector=row[f"{side}_sector"],
        name=row[f"{side}_name"],
        text=row[f"{side}_text"],
        start=row[f"{side}_start"],
        end=row[f"{side}_end"],
    )


def row_to_event(row: dict[str, Any]) -> Event:
    """Rebuild an :class:`Event` from a mentions row (the inverse of :func:`mention_row`)."""
    info = CodeInfo(
        code=row["cameo"],
        name=row["cameo_name"],
        root=row["root"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        plover=row["plover"],
        mode=row["mode"],
        context=row["context"],
    )
    source = _actor(row, "source")
    assert source is not None
    return Event(
        article_id=row["article_id"],
        url=row["url"],
        published=row["published"],
        date=row["date"],
        source=source,
        target=_actor(row, "target"),
        info=info,
        sentence=row["sentence"],
        sentence_index=row["sentence_index"],
        char_start=row["char_start"],
        char_end=row["char_end"],
        confidence=row["confidence"],
        trigger=row["trigger_text"],
        trigger_start=row["trigger_start"],
        trigger_end=row["trigger_end"],
        publisher=row["publisher"],
        location=json.loads(row["location"]) if row["location"] is not None else None,
        contexts=tuple(row.get("contexts") or ()),
        mode=row.get("event_mode") or "",
        agreement=json.loads(row["agreement"]) if row.get("agreement") else None,
    )


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """A flat events row -> the nested ``accord code`` record plus dedup fields."""
    record: dict[str, Any] = {
        "event_id": row["event_id"],
        "global_event_id": row["global_event_id"],
        "article_id": row["article_id"],
        "url": row["url"],
        "published": _iso(row["published"]),
        "date": _iso(row["date"]),
    }
    for side in ("source", "target"):
        if row.get(f"{side}_code") is None:
            record[side] = None
        else:
            record[side] = {name: row[f"{side}_{name}"] for name, _ in _ACTOR}
    record.update(
        {
            "cameo": row["cameo"],
            "root": row["root"],
            "plover": row["plover"],
            "quad_class": row["quad_class"],
            "goldstein": row["goldstein"],
            "sentence": row["sentence"],
            "sentence_index": row["sentence_index"],
            "char_start": row["char_start"],
            "char_end": row["char_end"],
            "confidence": round(row["confidence"], 3) if row["confidence"] is not None else None,
            "trigger": {
                "text": row["trigger_text"],
                "start": row["trigger_start"],
                "end": row["trigger_end"],
            },
            "location": json.loads(row["location"]) if row.get("location") else None,
            "contexts": list(row.get("contexts") or []),
            "mode": _event_mode(row),
            "agreement": json.loads(row["agreement"]) if row.get("agreement") else None,
            "publisher": row["publisher"],
            "coder_version": row["coder_version"],
            "schema_version": row["schema_version"],
            "num_mentions": row["num_mentions"],
            "num_articles": row["num_articles"],
            "num_sources": row["num_sources"],
            "first_seen": _iso(row["first_seen"]),
            "last_seen": _iso(row["last_seen"]),
        }
    )
    if "mention_ids" in row:
        record["mention_ids"] = row["mention_ids"]
        record["urls"] = row["urls"]
    return record


def _event_mode(row: dict[str, Any]) -> str:
    """The event's PLOVER mode; for events stored before version 3, the CAMEO table's."""
    if row.get("contexts") is None:
        return str(row.get("mode") or "")
    return str(row.get("event_mode") or "")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


# -- opening and migrating ---------------------------------------------------

_LOCK = re.compile(r"Conflicting lock is held in (?P<prog>.*?) \(PID (?P<pid>\d+)\)")


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        raise StoreError(_lock_message(path, str(exc), read_only)) from exc
    except duckdb.Error as exc:
        raise StoreError(f"cannot open the store {path}: {exc}") from exc


def _lock_message(path: Path, error: str, read_only: bool) -> str:
    match = _LOCK.search(error)
    if match is None:
        return f"cannot open the store {path}: {error}"
    holder = f"process {match['pid']} ({match['prog']})"
    if "read-only mode" in error:
        return (
            f"the store {path} is open read-only in {holder}; DuckDB lets no process write while "
            "others read it. Close that process (accord query/stats/export), then retry."
        )
    mode = "read it" if read_only else "write to it"
    return (
        f"the store {path} is locked by {holder}, which is writing to it; "
        "DuckDB allows one writing "
        f"process and no other process may open the file meanwhile, so you cannot {mode} now. "
        "Wait for that process to finish, or use another --db."
    )


def _stored_version(con: duckdb.DuckDBPyConnection) -> int:
    if not _scalar(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"):
        return 0
    return _scalar(con, "SELECT coalesce(max(version), 0) FROM schema_version")


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> int:
    """One integer; fetchall, since DuckDB 2 refuses a query while a result is unfinished."""
    rows = con.execute(sql, params or []).fetchall()
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0


def _check_version(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    found = _stored_version(con)
    if found > STORE_VERSION:
        raise StoreError(
            f"the store {path} has schema version {found}, newer than this accord ({STORE_VERSION}); upgrade accord"
        )
    if found < STORE_VERSION:
        raise StoreError(
            f"the store {path} has schema version {found}, older than {STORE_VERSION}; "
            "open it once for writing (for example 'accord code' with --db) to migrate it"
        )


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the migrations the store lacks, each in one transaction; returns the version."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)"
    )
    found = _stored_version(con)
    if found > STORE_VERSION:
        raise StoreError(
            f"the store has schema version {found}, newer than this accord ({STORE_VERSION}); upgrade accord"
        )
    for step in MIGRATIONS:
        if step.version <= found:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in step.statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, current_timestamp)",
                [step.version, step.description],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        log.info("store migrated to schema version %d", step.version)
    return STORE_VERSION
