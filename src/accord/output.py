"""Write events as JSON Lines, CSV or Parquet, chosen by the file's extension.

JSON Lines keeps the nested record; CSV and Parquet flatten actors into
``source_code``, ``source_country`` ... columns, which spreadsheet and
dataframe users expect.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Protocol

from accord.errors import ConfigError
from accord.model import Event

ACTOR_FIELDS = ("code", "country", "sector", "name", "text")
FLAT_FIELDS = (
    "event_id",
    "article_id",
    "url",
    "publisher",
    "published",
    "date",
    *(f"source_{f}" for f in ACTOR_FIELDS),
    *(f"target_{f}" for f in ACTOR_FIELDS),
    "cameo",
    "root",
    "plover",
    "quad_class",
    "goldstein",
    "sentence",
    "sentence_index",
    "char_start",
    "char_end",
    "confidence",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "contexts",
    "mode",
    "agreement",
    "coder_version",
    "schema_version",
)


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """Nested event record -> one flat row (actors and trigger spread into columns)."""
    row = {k: v for k, v in record.items() if not isinstance(v, dict) and k in FLAT_FIELDS}
    for side in ("source", "target"):
        actor = record.get(side) or {}
        for name in ACTOR_FIELDS:
            row[f"{side}_{name}"] = actor.get(name)
    trigger = record.get("trigger") or {}
    for name in ("text", "start", "end"):
        row[f"trigger_{name}"] = trigger.get(name)
    # Flat files keep one string per cell: contexts joined with ";", the agreement as JSON.
    row["contexts"] = ";".join(record.get("contexts") or [])
    agreement = record.get("agreement")
    row["agreement"] = json.dumps(agreement, ensure_ascii=False) if agreement is not None else None
    return {k: row.get(k) for k in FLAT_FIELDS}


class Sink(Protocol):
    """Something events are written to."""

    def write(self, event: Event) -> None: ...


class _JsonlSink:
    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle

    def write(self, event: Event) -> None:
        self.handle.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")


class _CsvSink:
    def __init__(self, handle: IO[str]) -> None:
        self.writer = csv.DictWriter(handle, fieldnames=FLAT_FIELDS)
        self.writer.writeheader()

    def write(self, event: Event) -> None:
        self.writer.writerow(flatten(event.to_dict()))


class _ParquetSink:
    """Buffers rows and writes row groups, so that memory stays bounded."""

    def __init__(self, path: Path, group: int = 50_000) -> None:
        self.path, self.group = path, group
        self.rows: list[dict[str, Any]] = []
        self.writer: Any = None

    def write(self, event: Event) -> None:
        self.rows.append(flatten(event.to_dict()))
        if len(self.rows) >= self.group:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(self.rows, schema=parquet_schema())
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, table.schema)
        self.writer.write_table(table)
        self.rows = []

    def close(self) -> None:
        if self.rows or self.writer is None:
            self.flush()
        if self.writer is not None:
            self.writer.close()


def parquet_schema() -> Any:
    """The Parquet schema of flat event rows (documented in docs/SCHEMA.md)."""
    import pyarrow as pa

    ints = {"quad_class", "sentence_index", "char_start", "char_end", "trigger_start", "trigger_end"}
    floats = {"goldstein", "confidence"}
    fields = []
    for name in FLAT_FIELDS:
        kind = pa.int32() if name in ints else pa.float64() if name in floats else pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)


def format_of(path: str) -> str:
    """Output format from the file name: jsonl (default and '-'), csv or parquet."""
    suffix = Path(path).suffix.lower()
    if path == "-" or suffix in {".jsonl", ".ndjson", ".json", ""}:
        return "jsonl"
    if suffix in {".csv", ".parquet"}:
        return suffix[1:]
    raise ConfigError(f"cannot tell the output format of {path!r}: use .jsonl, .csv or .parquet")


@contextmanager
def open_sink(path: str) -> Iterator[Sink]:
    """Open an event sink for a path ('-' is standard output)."""
    kind = format_of(path)
    if kind == "parquet":
        sink = _ParquetSink(Path(path))
        try:
            yield sink
        finally:
            sink.close()
        return
    if path == "-":
        yield _JsonlSink(sys.stdout) if kind == "jsonl" else _CsvSink(sys.stdout)
        return
    with open(path, "w", encoding="utf-8", newline="") as handle:
        yield _JsonlSink(handle) if kind == "jsonl" else _CsvSink(handle)
