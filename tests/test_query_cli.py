"""Filters, SQL parameters, export formats and the store commands of the CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from store_data import (
    RUSSIA,
    TURKMENISTAN,
    houthi_cluster,
    make_article,
    make_event,
    write_houthi_folder,
)

from accord.cli import main
from accord.errors import ConfigError
from accord.export import GDELT_COLUMNS
from accord.query import Filters, event_query, parse_dyad
from accord.store import Store

HERE = Path(__file__).resolve().parent


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store with the Houthi cluster and a Russia-Turkmenistan agreement."""
    path = tmp_path / "events.duckdb"
    pact = make_article(
        "https://sputniknews.com/20220610/declaration",
        date(2022, 6, 10),
        "Russian President Vladimir Putin and his Turkmen counterpart signed a declaration.",
    )
    pact.events = [
        make_event(
            pact,
            RUSSIA,
            TURKMENISTAN,
            "057",
            date(2022, 6, 10),
            "Russian President Vladimir Putin and his Turkmen counterpart signed",
        )
    ]
    with Store(path) as store:
        store.add([*houthi_cluster(), pact])
    return path


def _run(args: list[str], db: Path | None = None) -> object:
    runner = CliRunner()
    full = [*args[:1], *(["--db", str(db)] if db else []), *args[1:]]
    return runner.invoke(main, full, obj={}, catch_exceptions=False)


def _jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# -- filters -------------------------------------------------------------------


def test_query_values_are_parameters_never_sql() -> None:
    evil = "RUS'; DROP TABLE events; --"
    sql, params = event_query(Filters.of(actor=evil, text="50% off_'", publisher=evil, limit=3))
    assert "DROP" not in sql and "50%" not in sql
    assert evil.upper() in params and 3 in params


def test_query_parse_dyad() -> None:
    assert parse_dyad("rus-tkm") == ("RUS", "TKM")
    assert parse_dyad("---REB-NGA") == ("---REB", "NGA")
    assert parse_dyad("RUSGOV:TKM") == ("RUSGOV", "TKM")
    with pytest.raises(ConfigError, match="SOURCE-TARGET"):
        parse_dyad("RUS")


def test_query_filters_refuse_unknown_names_and_bad_dates() -> None:
    with pytest.raises(ConfigError, match="unknown filter"):
        Filters.of(country="RUS")
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        Filters.of(since="June 2022")
    assert Filters.of(since="2022-06", until="2022-02").until == date(2022, 2, 28)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, 2),
        ({"actor": "YEM"}, 1),
        ({"actor": "tkm"}, 1),
        ({"dyad": "RUS-TKM"}, 1),
        ({"dyad": "TKM-RUS"}, 0),
        ({"dyad": "TKM-RUS", "both": True}, 1),
        ({"root": "19"}, 1),
        ({"root": ["05", "19"]}, 2),
        ({"cameo": "19"}, 1),
        ({"cameo": "057"}, 1),
        ({"plover": "assault"}, 1),
        ({"since": "2024-01-01"}, 1),
        ({"until": "2022-12"}, 1),
        ({"publisher": "dailyregister.com"}, 1),
        ({"publisher": "www.harbourtimes.co.uk"}, 1),
        ({"text": "ANTI-SHIP"}, 1),
        ({"text": "100%"}, 0),
        ({"min_sources": 3}, 1),
        ({"min_sources": 4}, 0),
        ({"limit": 1}, 1),
    ],
)
def test_query_each_filter(db: Path, filters: dict[str, object], expected: int) -> None:
    with Store(db, read_only=True) as store:
        assert store.events(**filters).num_rows == expected


def test_query_event_records_have_code_schema_and_dedup_fields(db: Path) -> None:
    with Store(db, read_only=True) as store:
        record = next(store.event_records(dyad="YEM-GBR"))
    code_fields = set(houthi_cluster()[0].events[0].to_dict())
    assert code_fields <= set(record)
    assert record["num_mentions"] == 4 and len(record["mention_ids"]) == 4 and len(record["urls"]) == 4


# -- CLI -----------------------------------------------------------------------


@pytest.mark.parametrize("command", ["query", "stats", "article", "export", "code"])
def test_cli_store_commands_have_help_with_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"], obj={})
    assert result.exit_code == 0
    assert "Example:" in result.output and "--db" in result.output


def test_cli_query_jsonl_finds_dyad(db: Path) -> None:
    result = _run(["query", "--dyad", "RUS-TKM", "--format", "jsonl"], db)
    assert result.exit_code == 0
    records = _jsonl(result.stdout)
    assert [(r["source"]["code"], r["target"]["code"], r["cameo"]) for r in records] == [("RUSGOV", "TKMGOV", "057")]


def test_cli_query_defaults_to_jsonl_off_a_terminal(db: Path) -> None:
    result = _run(["query", "--root", "19"], db)
    assert result.exit_code == 0 and len(_jsonl(result.stdout)) == 1


def test_cli_query_table_and_csv(db: Path) -> None:
    table = _run(["query", "--format", "table"], db)
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].split()[:3] == ["date", "source", "target"]
    assert "YEMREB" in table.stdout and "RUSGOV" in table.stdout
    rows = list(csv.DictReader(io.StringIO(_run(["query", "--format", "csv"], db).stdout)))
    assert {r["cameo"] for r in rows} == {"195", "057"}


def test_cli_query_parquet_needs_output(db: Path, tmp_path: Path) -> None:
    assert _run(["query", "--format", "parquet"], db).exit_code == 2
    out = tmp_path / "q.parquet"
    assert _run(["query", "--format", "parquet", "-o", str(out)], db).exit_code == 0
    assert pq.read_table(out).num_rows == 2


def test_cli_query_bad_usage_exits_2(db: Path) -> None:
    result = _run(["query", "--dyad", "RUS"], db)
    assert result.exit_code == 2 and "SOURCE-TARGET" in result.output
    assert _run(["query", "--since", "yesterday"], db).exit_code == 2


def test_cli_query_missing_store_exits_1(tmp_path: Path) -> None:
    result = _run(["query"], tmp_path / "none.duckdb")
    assert result.exit_code == 1 and "no store at" in result.output


def test_cli_db_from_environment(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_DB", str(db))
    result = CliRunner().invoke(main, ["query", "--actor", "RUS"], obj={})
    assert result.exit_code == 0 and len(_jsonl(result.stdout)) == 1


def test_cli_stats(db: Path) -> None:
    result = _run(["stats"], db)
    assert result.exit_code == 0
    assert "articles: 5" in result.stdout and "events: 2" in result.stdout and "top dyads" in result.stdout
    data = json.loads(_run(["stats", "--format", "json", "--top", "1"], db).stdout)
    assert data["counts"]["clusters"] == 4
    assert data["by_root"] == [
        {"root": "05", "events": 1, "mentions": 1},
        {"root": "19", "events": 1, "mentions": 4},
    ]
    assert len(data["top_dyads"]) == 1


def test_cli_article_marks_events(db: Path) -> None:
    wire = houthi_cluster()[0]
    result = _run(["article", wire.id], db)
    assert result.exit_code == 0
    assert "[[E1 Yemen's Houthi rebels fired an anti-ship missile at a British-operated tanker]]" in result.stdout
    assert "YEMREB -> GBRBUS  195" in result.stdout
    by_url = json.loads(_run(["article", "--format", "json", wire.url or ""], db).stdout)
    assert by_url["id"] == wire.id and len(by_url["events"]) == 1


def test_cli_article_unknown_exits_1(db: Path) -> None:
    result = _run(["article", "nope"], db)
    assert result.exit_code == 1 and "no article" in result.output


def test_cli_export_gdelt(db: Path) -> None:
    result = _run(["export", "--format", "gdelt", "--header", "--dyad", "YEM-GBR"], db)
    assert result.exit_code == 0
    header, row = (line.split("\t") for line in result.stdout.splitlines())
    assert len(header) == len(row) == 61 and tuple(header) == GDELT_COLUMNS
    cells = dict(zip(header, row, strict=True))
    assert cells["Day"] == "20240126" and cells["MonthYear"] == "202401" and cells["Year"] == "2024"
    assert (cells["Actor1Code"], cells["Actor1CountryCode"], cells["Actor1Type1Code"]) == (
        "YEMREB",
        "YEM",
        "REB",
    )
    assert (cells["EventCode"], cells["EventBaseCode"], cells["EventRootCode"]) == (
        "195",
        "195",
        "19",
    )
    assert (cells["NumMentions"], cells["NumSources"], cells["NumArticles"]) == ("4", "3", "3")
    assert cells["QuadClass"] == "4" and cells["AvgTone"] == "" and cells["ActionGeo_Lat"] == ""
    assert cells["DATEADDED"] == "20240126000000" and cells["SOURCEURL"].startswith("https://")
    plain = _run(["export", "--format", "gdelt"], db).stdout.splitlines()
    assert len(plain) == 2 and not plain[0].startswith("GlobalEventID")


def test_cli_export_plover(db: Path) -> None:
    result = _run(["export", "--format", "plover", "--actor", "RUS"], db)
    assert result.exit_code == 0
    (record,) = _jsonl(result.stdout)
    assert record["event_type"] == "AGREE" and record["context"] == ["economic"]
    assert (record["actor_country"], record["actor_sector"], record["recipient_country"]) == (
        "RUS",
        "GOV",
        "TKM",
    )
    assert record["story_date"] == "2022-06-10" and record["event_text"].startswith("Russian President")


def test_cli_export_parquet_by_month(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    result = _run(["export", "--format", "parquet", "-o", str(out)], db)
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["year_month=2022-06", "year_month=2024-01"]
    import pyarrow.dataset as ds

    assert ds.dataset(out, partitioning="hive").to_table().num_rows == 2
    assert _run(["export", "--format", "parquet"], db).exit_code == 2


def test_cli_export_csv_and_jsonl_to_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    assert _run(["export", "--format", "csv", "-o", str(out)], db).exit_code == 0
    assert len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))) == 2
    lines = _jsonl(_run(["export", "--format", "jsonl", "--min-sources", "2"], db).stdout)
    assert len(lines) == 1 and lines[0]["num_sources"] == 3


def test_cli_query_while_a_writer_holds_the_lock(db: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, str(HERE / "store_data.py"), "hold", str(db)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(HERE)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        result = _run(["query"], db)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert result.exit_code == 1
    assert f"locked by process {holder.pid}" in result.output and "Traceback" not in result.output


# -- the code command writes to the store (real model) -------------------------


@pytest.mark.slow
def test_cli_code_writes_store_and_rerun_changes_nothing(coder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = write_houthi_folder(tmp_path / "in")
    db = tmp_path / "s.duckdb"
    first = _run(["code", str(folder)], db)
    assert first.exit_code == 0, first.output
    assert "4 new articles" in first.stderr
    with Store(db, read_only=True) as store:
        counts = store.counts()
    second = _run(["code", str(folder)], db)
    assert second.exit_code == 0 and "0 new articles, 4 already stored" in second.stderr
    with Store(db, read_only=True) as store:
        assert store.counts() == counts
    assert counts["articles"] == 4 and counts["clusters"] == 3


@pytest.mark.slow
def test_cli_specimen_dyad_query_finds_coded_events(coder, specimen_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "s.duckdb"
    assert _run(["code", str(specimen_path)], db).exit_code == 0
    coded = _jsonl(_run(["code", str(specimen_path), "-o", "-"]).stdout)
    wanted = {
        e["event_id"]
        for e in coded
        if {e["source"]["code"][:3], (e["target"] or {}).get("code", "")[:3]} == {"RUS", "TKM"}
    }
    found = _jsonl(_run(["query", "--dyad", "RUS-TKM", "--both", "--format", "jsonl"], db).stdout)
    assert {m for r in found for m in r["mention_ids"]} == wanted
