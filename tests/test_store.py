"""The DuckDB store: schema, idempotent ingest, kill -9 recovery, locking, round-trips."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from uuid import uuid4

import duckdb
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_data import (
    CODES,
    HOUTHIS,
    UK_SHIP,
    FakeCoder,
    dump,
    houthi_cluster,
    make_article,
    make_event,
    write_houthi_folder,
    write_series,
)

import accord
from accord.errors import StoreError
from accord.model import Actor, Event
from accord.store import MIGRATIONS, STORE_VERSION, Store

HERE = Path(__file__).resolve().parent


def test_store_exported_from_package() -> None:
    assert "Store" in accord.__all__
    assert accord.Store is Store


def test_store_creates_schema_with_version(tmp_path: Path) -> None:
    with Store(tmp_path / "a.duckdb") as store:
        assert store.version() == STORE_VERSION == MIGRATIONS[-1].version
        assert store.counts() == {
            "articles": 0,
            "mentions": 0,
            "events": 0,
            "actors": 0,
            "clusters": 0,
        }
        tables = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"schema_version", "articles", "article_bands", "mentions", "events", "actors"} <= tables


def test_store_reopen_does_not_migrate_twice(tmp_path: Path) -> None:
    path = tmp_path / "a.duckdb"
    Store(path).close()
    with Store(path) as store:
        rows = store.con.execute("SELECT version FROM schema_version").fetchall()
    assert rows == [(m.version,) for m in MIGRATIONS]


def test_store_refuses_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "a.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (99, 'future', current_timestamp)")
    con.close()
    with pytest.raises(StoreError, match="newer than this accord"):
        Store(path)
    with pytest.raises(StoreError, match="newer than this accord"):
        Store(path, read_only=True)


def test_store_read_only_needs_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    assert not (tmp_path / "missing.duckdb").exists()


def test_store_read_only_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "a.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.add(houthi_cluster())


def test_store_add_is_idempotent(tmp_path: Path) -> None:
    with Store(tmp_path / "a.duckdb") as store:
        first = store.add(houthi_cluster())
        before = store.counts()
        second = store.add(houthi_cluster())
        assert store.counts() == before
    assert (first.added, first.mentions_added) == (4, 4)
    assert (second.added, second.skipped, second.mentions_added) == (0, 4, 0)


def test_store_skips_same_content_without_url(tmp_path: Path) -> None:
    cluster = houthi_cluster()
    bare = make_article(None, cluster[0].published, cluster[0].text)
    with Store(tmp_path / "a.duckdb") as store:
        store.add(cluster[:1])
        counts = store.add([bare])
        assert counts.added == 0
        assert store.count("articles") == 1


def test_store_keeps_each_article_fields(tmp_path: Path) -> None:
    article = houthi_cluster()[0]
    with Store(tmp_path / "a.duckdb") as store:
        store.add([article])
        stored = store.article(article.id)
        by_url = store.article(article.url or "")
    assert stored is not None and by_url is not None
    assert stored["id"] == by_url["id"] == article.id
    assert stored["publisher"] == "meridianwire.com"
    assert stored["published"] == date(2024, 1, 26)
    assert stored["text"] == article.text
    assert stored["num_events"] == 1
    assert [e["event_id"] for e in stored["events"]] == [article.events[0].event_id]


def test_store_ingest_folder_twice_changes_nothing(tmp_path: Path) -> None:
    folder = write_series(tmp_path / "in", 12)
    db = tmp_path / "a.duckdb"
    with Store(db) as store:
        first = store.ingest([folder], coder=FakeCoder(), commit_every=5)
    snapshot = dump(db)
    with Store(db) as store:
        second = store.ingest([folder], coder=FakeCoder(), commit_every=5)
    assert first.added == 12 and first.batches == 3
    assert (second.read, second.added, second.skipped) == (12, 0, 12)
    assert (second.events, second.mentions) == (first.events, first.mentions)
    assert dump(db) == snapshot


def test_store_ingest_counts_failures(tmp_path: Path) -> None:
    folder = write_series(tmp_path / "in", 3)
    (folder / "bad.txt").write_text("no header here\n", encoding="utf-8")
    seen: list[object] = []
    with Store(tmp_path / "a.duckdb") as store:
        counts = store.ingest([folder], coder=FakeCoder(), on_item=seen.append)
    assert counts.added == 3 and counts.failed == 1
    assert "bad.txt" in counts.failures[0].where
    assert len(seen) == 4


def test_store_batch_is_atomic(tmp_path: Path) -> None:
    """A batch that fails half-way leaves nothing behind."""
    good = houthi_cluster()
    broken = make_article("https://x.example.com/1", date(2024, 1, 26), "Some text about ships.")
    broken.events = [
        replace(
            make_event(broken, HOUTHIS, UK_SHIP, "195", date(2024, 1, 26), "Some"),
            info=replace(CODES["195"], quad_class=1000),
        )
    ]  # too big for TINYINT
    with Store(tmp_path / "a.duckdb") as store:
        with pytest.raises((pa.ArrowInvalid, OverflowError)):
            store.add([*good, broken])
        assert store.counts()["articles"] == 0
        store.add(good)
        assert store.count("articles") == 4


def _run_ingest(folder: Path, db: Path, delay: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(HERE / "store_data.py"), "ingest", str(folder), str(db), str(delay)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(HERE)},
    )


def test_store_kill_9_then_rerun_equals_uninterrupted_run(tmp_path: Path) -> None:
    folder = write_series(tmp_path / "in", 30)
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    with Store(clean) as store:
        store.ingest([folder], coder=FakeCoder(), commit_every=10)

    process = _run_ingest(folder, killed, delay=0.05)
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == "committed 1", line
    os.kill(process.pid, signal.SIGKILL)  # mid-way through the second batch
    process.wait(timeout=30)
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL

    with Store(killed, read_only=True) as partial:
        assert partial.count("articles") == 10
    rerun = _run_ingest(folder, killed, delay=0.0)
    output, _ = rerun.communicate(timeout=120)
    assert rerun.returncode == 0 and output.strip().endswith("done")
    assert dump(killed) == dump(clean)


def test_store_lock_gives_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, str(HERE / "store_data.py"), "hold", str(db)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(HERE)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreError) as writing:
            Store(db)
        with pytest.raises(StoreError) as reading:
            Store(db, read_only=True)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    for error in (writing.value, reading.value):
        text = str(error)
        assert f"process {holder.pid}" in text
        assert "one writing process" in text
        assert "[E400]" in text
    with Store(db) as store:  # the lock is gone with the process
        assert store.version() == STORE_VERSION


def test_store_to_pandas_names_the_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with (
        Store(tmp_path / "a.duckdb") as store,
        pytest.raises(StoreError, match="pip install pandas"),
    ):
        store.to_pandas()


def test_store_events_returns_arrow(tmp_path: Path) -> None:
    with Store(tmp_path / "a.duckdb") as store:
        store.add(houthi_cluster())
        table = store.events(dyad="YEM-GBR")
    assert table.num_rows == 1
    assert {
        "global_event_id",
        "num_mentions",
        "num_articles",
        "num_sources",
        "first_seen",
        "cameo",
    } <= set(table.column_names)


# -- hypothesis: events survive the store unchanged ---------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
_actors = st.builds(
    Actor,
    country=st.sampled_from(["", "RUS", "TKM", "YEM", "GBR", "IGO"]),
    sector=st.sampled_from(["GOV", "MIL", "REB", "BUS", "IGO", ""]),
    name=_text,
    text=_text,
    start=st.integers(-1, 10_000),
    end=st.integers(-1, 10_000),
)
_json = st.dictionaries(
    st.text(max_size=5),
    st.one_of(st.integers(-1000, 1000), _text, st.floats(allow_nan=False, allow_infinity=False)),
    max_size=3,
)
_events = st.builds(
    Event,
    article_id=st.just("x"),
    url=st.none(),
    published=st.dates(date(1990, 1, 1), date(2030, 1, 1)),
    date=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 1, 1))),
    source=_actors,
    target=st.one_of(st.none(), _actors),
    info=st.sampled_from(list(CODES.values())),
    sentence=_text,
    sentence_index=st.integers(0, 500),
    char_start=st.integers(0, 10**6),
    char_end=st.integers(0, 10**6),
    confidence=st.floats(0, 1),
    trigger=_text,
    trigger_start=st.integers(-1, 10**6),
    trigger_end=st.integers(-1, 10**6),
    publisher=st.one_of(st.none(), st.just("example.com")),
    location=st.one_of(st.none(), _json),
)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    with Store(tmp_path_factory.mktemp("rt") / "rt.duckdb") as store:
        yield store


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=st.lists(_events, min_size=1, max_size=5))
def test_store_round_trips_events(shared_store: Store, events: list[Event]) -> None:
    article = make_article(f"https://example.com/{uuid4().hex}", date(2024, 1, 1), "Body text.")
    events = [replace(e, article_id=article.id, url=article.url, publisher=article.publisher) for e in events]
    article.events = events
    shared_store.add([article])
    expected: dict[str, Event] = {}
    for event in events:
        expected.setdefault(event.event_id, event)
    back = shared_store.article_events(article.id)
    assert sorted(back, key=lambda e: e.event_id) == sorted(expected.values(), key=lambda e: e.event_id)
    records = {r["event_id"]: r for r in shared_store.event_records() if r["article_id"] == article.id}
    for event_id in records:
        assert event_id in expected


# -- end to end through the real model ----------------------------------------


@pytest.mark.slow
def test_store_real_coder_ingest_twice(coder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = write_houthi_folder(tmp_path / "in")
    db = tmp_path / "a.duckdb"
    with Store(db) as store:
        first = store.ingest([folder], coder=coder)
        stored = store.mentions().to_pylist()
        per_article = {a: sum(1 for m in stored if m["article_id"] == a) for a in {m["article_id"] for m in stored}}
        expected = {r[0]: r[1] for r in store.con.execute("SELECT id, num_events FROM articles").fetchall()}
    snapshot = dump(db)
    with Store(db) as store:
        second = store.ingest([folder], coder=coder)
    assert first.added == 4 and first.failed == 0
    assert second.added == 0 and second.skipped == 4
    assert all(per_article[a] == n for a, n in expected.items() if n)
    assert len({m["event_id"] for m in stored}) == len(stored)
    assert dump(db) == snapshot
