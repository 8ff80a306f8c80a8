"""Store benchmark: a dyad monthly series and a top-dyads table on 1M and 10M events.

Synthetic events are generated inside DuckDB (``range`` + hashing), so
building 10M rows takes seconds, not an hour of Python loops.  The two
queries are the ones the library runs (:mod:`accord.query`); each is timed
``--runs`` times after one warm-up and the median is printed.

    python bench/store_bench.py --sizes 1000000 10000000 --dir /tmp/accord-bench
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from pathlib import Path

import duckdb

from accord.query import Filters, dyad_series_query, top_dyads_query
from accord.store import Store

COUNTRIES = [
    "RUS",
    "UKR",
    "USA",
    "CHN",
    "TKM",
    "GBR",
    "FRA",
    "DEU",
    "IRN",
    "ISR",
    "YEM",
    "SAU",
    "TUR",
    "IND",
    "PAK",
    "NGA",
    "ETH",
    "SDN",
    "BRA",
    "MEX",
]
SECTORS = ["GOV", "MIL", "REB", "BUS", "COP", "OPP"]
CODES = [
    "010",
    "020",
    "036",
    "042",
    "043",
    "057",
    "061",
    "112",
    "120",
    "130",
    "141",
    "163",
    "172",
    "190",
    "193",
    "195",
    "020",
    "046",
]

# Skewed choice of countries (a few dyads dominate, as in news), uniform sectors and codes.
_GENERATE = """
INSERT INTO events BY NAME
WITH r AS (
    SELECT i, hash(i) AS h1, hash(i + 7919) AS h2, hash(i + 104729) AS h3 FROM range({n}) t(i)
), c AS (
    SELECT i, h1, h2, h3,
        $countries[1 + CAST(floor(power((h1 % 1000) / 1000.0, 2) * {nc}) AS INTEGER)] AS sc,
        $countries[1 + CAST(floor(power((h2 % 1000) / 1000.0, 2) * {nc}) AS INTEGER)] AS tc,
        $sectors[1 + CAST(h3 % {ns} AS INTEGER)] AS ss,
        $sectors[1 + CAST((h3 // 7) % {ns} AS INTEGER)] AS ts,
        $codes[1 + CAST((h1 // 1000) % {nk} AS INTEGER)] AS cameo,
        DATE '2015-01-01' + CAST(h2 % 3650 AS INTEGER) AS day
    FROM r
)
SELECT
    lpad(to_hex(i), 16, '0') AS global_event_id, sc || ss || tc || ts AS block,
    CAST(1 + h3 % 20 AS INTEGER) AS num_mentions, CAST(1 + h3 % 5 AS INTEGER) AS num_articles,
    CAST(1 + h3 % 4 AS INTEGER) AS num_sources, day AS first_seen, day + 1 AS last_seen,
    lpad(to_hex(i), 16, '0') AS event_id, lpad(to_hex(h1 % 100000000), 16, '0') AS article_id,
    'https://example.com/' || i AS url, 'outlet' || (h2 % 500) || '.com' AS publisher,
    day AS published, day AS date,
    sc || ss AS source_code, sc AS source_country, ss AS source_sector, sc AS source_name,
    tc || ts AS target_code, tc AS target_country, ts AS target_sector, tc AS target_name,
    cameo, cameo AS cameo_name, substr(cameo, 1, 2) AS root, 'ASSAULT' AS plover,
    CAST(1 + (h1 % 4) AS TINYINT) AS quad_class, -10.0 + (h2 % 200) / 10.0 AS goldstein,
    'Synthetic sentence ' || i AS sentence, 0 AS sentence_index, 0 AS char_start, 20 AS char_end,
    (h3 % 100) / 100.0 AS confidence, '0.1.0' AS coder_version, '1' AS schema_version
FROM c
"""


def build(path: Path, n: int) -> float:
    """Create a store at ``path`` with ``n`` synthetic events; returns seconds taken."""
    if path.exists():
        path.unlink()
    Store(path).close()  # the real schema
    con = duckdb.connect(str(path))
    started = time.perf_counter()
    sql = _GENERATE.format(n=n, nc=len(COUNTRIES), ns=len(SECTORS), nk=len(CODES))
    con.execute(sql, {"countries": COUNTRIES, "sectors": SECTORS, "codes": CODES})
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - started


def median_ms(store: Store, sql: str, params: list[object], runs: int) -> tuple[float, int]:
    """Median wall time in ms of fetching the whole result as Arrow, and its row count."""
    rows = store.con.sql(sql, params=params).to_arrow_table().num_rows  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        store.con.sql(sql, params=params).to_arrow_table()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), rows


def main() -> None:
    """Build each size, time both queries, print one line per figure."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--dir", type=Path, default=Path("/tmp/accord-bench"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="Time stores left by an earlier run.")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"duckdb {duckdb.__version__}, {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    series = dyad_series_query(Filters.of(dyad="RUS-UKR", both=True))
    top = top_dyads_query(20)
    for n in args.sizes:
        path = args.dir / f"events-{n}.duckdb"
        seconds = 0.0 if args.reuse and path.exists() else build(path, n)
        size_mb = path.stat().st_size / 1e6
        with Store(path, read_only=True) as store:
            series_ms, series_rows = median_ms(store, *series, args.runs)
            top_ms, _ = median_ms(store, *top, args.runs)
        print(
            f"{n:>11,} events: built in {seconds:.1f} s ({size_mb:,.0f} MB); "
            f"dyad monthly series RUS-UKR both ways ({series_rows} months) {series_ms:.1f} ms; "
            f"top 20 dyads {top_ms:.1f} ms (median of {args.runs})"
        )


if __name__ == "__main__":
    main()
