"""Store commands of the CLI: ``query``, ``stats``, ``article`` and ``export``.

They open the store read-only, so several can run at once; none can run while
``accord code`` writes to the same file (DuckDB's lock; the message says so).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from accord.errors import AccordError, ConfigError
from accord.model import Article, Failure
from accord.pipeline import Stats
from accord.query import Filters

if TYPE_CHECKING:
    from accord.store import ArticleCoder, IngestCounts, Store

# accord.store.DEFAULT_NAME (tests/test_speed13.py checks they agree): the store module imports
# duckdb and pyarrow, a quarter of a second of every process's start-up, which commands that
# never open a store (``accord code -o FILE``, its workers) need not pay.
DEFAULT_NAME = "accord.duckdb"

__all__ = ["db_option", "ingest_into_store", "register"]

_TABLE_COLUMNS = (
    "date",
    "source_code",
    "target_code",
    "cameo",
    "plover",
    "num_sources",
    "num_mentions",
    "sentence",
)


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--db PATH``: the store file; default $ACCORD_DB, else ./accord.duckdb."""
    return click.option(
        "--db",
        "db",
        envvar="ACCORD_DB",
        default=DEFAULT_NAME,
        show_default=True,
        show_envvar=True,
        type=click.Path(dir_okay=False),
        help="DuckDB store file.",
    )(func)


def _filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--actor", help="Source or target code starts with this (RUS, RUSGOV)."),
        click.option("--dyad", help="SOURCE-TARGET code prefixes, e.g. RUS-TKM."),
        click.option("--both", is_flag=True, help="With --dyad: either direction."),
        click.option("--root", multiple=True, help="CAMEO root (repeatable or comma list), e.g. 19."),
        click.option("--cameo", multiple=True, help="CAMEO code prefix (repeatable), e.g. 193."),
        click.option("--plover", multiple=True, help="PLOVER event type (repeatable), e.g. ASSAULT."),
        click.option("--since", help="Events on or after YYYY-MM-DD (or YYYY-MM)."),
        click.option("--until", help="Events on or before YYYY-MM-DD (or YYYY-MM)."),
        click.option("--publisher", help="Reported by this outlet (domain, e.g. reuters.com)."),
        click.option("--text", help="Evidence sentence contains this text (case-insensitive)."),
        click.option("--min-sources", type=click.IntRange(0), help="At least this many outlets."),
        click.option(
            "--min-confidence",
            type=click.FloatRange(0.0, 1.0),
            help="Fitted chance of being right at least this (0-1; docs/SCHEMA.md, confidence).",
        ),
        click.option(
            "--context", multiple=True, help="PLOVER context (repeatable or comma list; any matches), e.g. energy."
        ),
        click.option("--agreement", is_flag=True, help="Only agreement events (with agreement details)."),
        click.option("--limit", type=click.IntRange(0), help="At most this many events."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(values: dict[str, Any]) -> Filters:
    keys = (
        "actor",
        "dyad",
        "both",
        "root",
        "cameo",
        "plover",
        "since",
        "until",
        "publisher",
        "text",
        "min_sources",
        "min_confidence",
        "context",
        "agreement",
        "limit",
    )
    try:
        return Filters.of(**{k: _joined(values.get(k)) for k in keys})
    except ConfigError as exc:
        raise click.UsageError(exc.message) from exc


def _joined(value: Any) -> Any:
    if isinstance(value, tuple):
        return ",".join(value) or None
    return value


def _open(db: str) -> Store:
    from accord.store import Store

    try:
        return Store(db, read_only=True)
    except AccordError as exc:
        raise click.ClickException(str(exc)) from exc


def ingest_into_store(
    db: str,
    paths: Iterable[str],
    *,
    coder: ArticleCoder,
    strict: bool,
    stats: Stats,
    quiet: bool,
) -> IngestCounts:
    """``accord code`` without ``-o``: code into the store, filling ``stats`` for the summary."""

    def seen(item: Article | Failure) -> None:
        if isinstance(item, Failure):
            stats.failures.append(item)
            click.echo(f"error: {item}", err=True)
        else:
            stats.add(item)

    from accord.store import Store

    with Store(db) as store:
        counts = store.ingest(paths, coder=coder, strict=strict, on_item=seen)
    if not quiet:
        click.echo(
            f"accord: store {db}: {counts.added} new articles, {counts.skipped} already stored; "
            f"{counts.events} events from {counts.mentions} mentions in the store",
            err=True,
        )
    return counts


@click.command("query")
@db_option
@_filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "jsonl", "parquet"]),
    help="Output format [default: table on a terminal, else jsonl].",
)
@click.option("-o", "--output", default="-", show_default=True, help="Output file ('-' for stdout).")
def query_command(db: str, fmt: str | None, output: str, **filters: Any) -> None:
    """Print deduplicated events that match the filters.

    jsonl has one event per line in the schema of `accord code` plus
    global_event_id, num_mentions, num_articles, num_sources, first_seen,
    last_seen, mention_ids and urls.

    Example: accord query --dyad RUS-TKM --both --since 2022-01 --format jsonl
    """
    chosen = _filters(filters)
    fmt = fmt or ("table" if output == "-" and sys.stdout.isatty() else "jsonl")
    if fmt == "parquet" and output == "-":
        raise click.UsageError("--format parquet needs -o FILE")
    with _open(db) as store:
        if fmt == "table":
            _print_table(store.events(**_as_kwargs(chosen)).to_pylist())
        elif fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(store.events(**_as_kwargs(chosen)), output)
        else:
            from accord.export import export

            export(store, fmt, output, filters=chosen)


def _as_kwargs(f: Filters) -> dict[str, Any]:
    return asdict(f)


def _print_table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        click.echo("no events match", err=True)
        return
    widths = {
        "date": 10,
        "source_code": 10,
        "target_code": 10,
        "cameo": 5,
        "plover": 12,
        "num_sources": 7,
        "num_mentions": 8,
        "sentence": 70,
    }
    heads = {
        "source_code": "source",
        "target_code": "target",
        "num_sources": "sources",
        "num_mentions": "mentions",
    }
    click.echo("  ".join(heads.get(c, c).ljust(widths[c]) for c in _TABLE_COLUMNS).rstrip())
    for row in rows:
        cells = []
        for column in _TABLE_COLUMNS:
            value = row.get(column)
            text = "" if value is None else str(value)
            text = text.replace("\n", " ")
            cells.append(text[: widths[column]].ljust(widths[column]))
        click.echo("  ".join(cells).rstrip())


@click.command("stats")
@db_option
@click.option("--top", default=10, show_default=True, type=click.IntRange(1), help="Rows in top lists.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats_command(db: str, top: int, fmt: str) -> None:
    """Counts of the store: tables, events by CAMEO root, QuadClass and month, top dyads and actors.

    Example: accord stats --db news.duckdb --top 5
    """
    with _open(db) as store:
        counts = store.counts()
        sections = {name: table.to_pylist() for name, table in store.stats(top).items()}
    if fmt == "json":
        click.echo(json.dumps({"counts": counts, **sections}, indent=2, default=str))
        return
    click.echo("  ".join(f"{name}: {value}" for name, value in counts.items()))
    for name, rows in sections.items():
        click.echo(f"\n{name.replace('_', ' ')}:")
        for row in rows:
            click.echo("  " + "  ".join("" if v is None else str(v) for v in row.values()))


@click.command("article")
@db_option
@click.argument("key")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def article_command(db: str, key: str, fmt: str) -> None:
    """Show one stored article (by id or URL) with its coded events marked [[E1 ...]].

    Example: accord article 3f2a9c0d1e4b5a67
    """
    with _open(db) as store:
        article = store.article(key)
    if article is None:
        raise click.ClickException(f"no article with id or URL {key!r} in {db}")
    if fmt == "json":
        click.echo(json.dumps(article, ensure_ascii=False, indent=2, default=str))
        return
    click.echo(
        f"{article['title'] or '(no title)'}\n"
        f"{article['url'] or ''}  {article['publisher'] or ''}  "
        f"{article['published'] or ''}  id {article['id']}  cluster {article['cluster_id']}\n"
    )
    click.echo(mark_events(article["text"], article["events"]))
    click.echo()
    for number, event in enumerate(article["events"], start=1):
        target = event["target_code"] or "-"
        click.echo(
            f"E{number}  {event['date'] or ''}  {event['source_code']} -> {target}  "
            f"{event['cameo']} {event['plover'] or ''}  "
            f"event {event['global_event_id']} (mention {event['event_id']})"
        )


def mark_events(text: str, events: list[dict[str, Any]]) -> str:
    """The text with each evidence span wrapped in ``[[E1,E2 ...]]`` (numbers follow ``events``)."""
    spans: dict[tuple[int, int], list[str]] = {}
    for number, event in enumerate(events, start=1):
        start, end = event["char_start"], event["char_end"]
        if 0 <= start <= end <= len(text):
            spans.setdefault((start, end), []).append(f"E{number}")
    pieces, cursor = [], 0
    for (start, end), labels in sorted(spans.items()):
        if start < cursor:
            continue
        pieces += [text[cursor:start], f"[[{','.join(labels)} ", text[start:end], "]]"]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


@click.command("export")
@db_option
@_filter_options
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["gdelt", "plover", "parquet", "csv", "jsonl"]),
    help="gdelt: GDELT 2.0 event table (TSV); plover: POLECAT-style JSON Lines; parquet: folder partitioned by month.",
)
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    help="Output file ('-' for stdout); a folder for parquet.",
)
@click.option("--header", is_flag=True, help="gdelt: write a header row (GDELT files have none).")
def export_command(db: str, fmt: str, output: str, header: bool, **filters: Any) -> None:
    """Export deduplicated events for other tools.

    Example: accord export --format gdelt --since 2024-01 -o events.tsv
    """
    from accord.export import export

    chosen = _filters(filters)
    if fmt == "parquet" and output == "-":
        raise click.UsageError("--format parquet needs -o FOLDER")
    with _open(db) as store:
        try:
            count = export(store, fmt, output, filters=chosen, header=header)
        except AccordError as exc:
            raise click.ClickException(str(exc)) from exc
    if output != "-":
        click.echo(f"accord: {count} events written to {Path(output)}", err=True)


def register(main: click.Group) -> None:
    """Add the store commands to the ``accord`` group."""
    for command in (query_command, stats_command, article_command, export_command):
        main.add_command(command)
