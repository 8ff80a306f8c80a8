"""The web API (``accord serve``) over a small hand-built store, through FastAPI's TestClient."""

from __future__ import annotations

import re
import shutil
import sys
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'accord[web]'")
with warnings.catch_warnings():
    # starlette >= 1.10 warns when it finds httpx instead of httpx2; the dev extra installs httpx2.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from click.testing import CliRunner
from web_data import EVENT_DATES, EXPECTED_EVENTS, RUS_TKM_SENTENCE, build_store, rus_tkm_article

from accord.cli import main
from accord.errors import ConfigError
from accord.model import Article
from accord.web import create_app
from accord.web import data as queries
from accord.web.charts import goldstein_colour, network

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as test_client:
        yield test_client


class StubCoder:
    """Codes every article with one 057 event in its first sentence (no model)."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def code(self, articles: Iterable[Article]) -> Iterator[Article]:
        template = rus_tkm_article().events[0]
        for article in articles:
            self.seen.append(article.id)
            end = article.text.find(".") + 1 or len(article.text)
            event = replace(
                template,
                article_id=article.id,
                url=article.url,
                published=article.published,
                date=article.published,
                sentence=article.text[:end],
                sentence_index=0,
                char_start=0,
                char_end=end,
                trigger_start=-1,
                trigger_end=-1,
                publisher=article.publisher,
                location=None,
            )
            article.events = [event]
            yield article


@pytest.fixture
def ingest_client(db: Path, tmp_path: Path) -> Iterator[tuple[TestClient, StubCoder]]:
    copy = tmp_path / "ingest.duckdb"
    shutil.copy(db, copy)
    coder = StubCoder()
    app = create_app(copy, allow_ingest=True, token=TOKEN, max_body=4096, coder=coder)
    with TestClient(app) as test_client:
        yield test_client, coder


def _ids(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["global_event_id"] for e in response.json()["events"]]


# -- GET /api/events -----------------------------------------------------------


def test_events_lists_every_event_with_total(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == EXPECTED_EVENTS == len(body["events"])
    dates = [e["date"] for e in body["events"]]
    assert dates == sorted(dates)
    first = body["events"][0]
    assert {
        "global_event_id",
        "source",
        "target",
        "cameo",
        "goldstein",
        "sentence",
        "num_sources",
        "mention_ids",
    } <= set(first)


def test_events_pagination_is_disjoint_and_keeps_total(client: TestClient) -> None:
    pages = [client.get("/api/events", params={"limit": 3, "offset": o}).json() for o in (0, 3, 6)]
    assert [p["total"] for p in pages] == [EXPECTED_EVENTS] * 3
    ids = [e["global_event_id"] for p in pages for e in p["events"]]
    assert [len(p["events"]) for p in pages] == [3, 3, 1]
    assert len(set(ids)) == EXPECTED_EVENTS
    assert client.get("/api/events", params={"offset": 50}).json() == {
        "events": [],
        "total": 7,
        "limit": 50,
        "offset": 50,
    }


def test_events_newest_first(client: TestClient) -> None:
    dates = [e["date"] for e in client.get("/api/events", params={"order": "desc"}).json()["events"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("params", "count"),
    [
        ({"dyad": "RUS-TKM"}, 1),
        ({"dyad": "RUS-TKM", "both": "true"}, 2),
        ({"actor": "GEO"}, 2),
        ({"actor": "usagov"}, 2),
        ({"root": "19"}, 1),
        ({"root": ["05", "19"]}, 3),
        ({"root": "05,19"}, 3),
        ({"cameo": "19"}, 1),
        ({"plover": "assault"}, 2),
        ({"since": "2023-06-19", "until": "2024-01"}, 2),
        ({"since": "2024-11"}, 2),
        ({"publisher": "harbourtimes.co.uk"}, 1),
        ({"text": "water cannon"}, 1),
        ({"text": "100%"}, 0),
        ({"min_sources": 2}, 1),
        ({"min_confidence": 0.5}, 7),
        ({"min_confidence": 0.8}, 6),
        ({"min_confidence": 0.9}, 0),
    ],
)
def test_events_filters_as_accord_query(client: TestClient, params: dict[str, Any], count: int) -> None:
    body = client.get("/api/events", params=params).json()
    assert body["total"] == count == len(body["events"])


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"since": "June"}, "is not a date"),
        ({"until": "2024-13"}, "month must be 01..12"),
        ({"dyad": "RUS"}, "must look like SOURCE-TARGET"),
        ({"limit": 5000}, "less than or equal to 1000"),
        ({"offset": -1}, "greater than or equal to 0"),
        ({"min_sources": "many"}, "valid integer"),
        ({"min_confidence": 1.5}, "less than or equal to 1"),
        ({"order": "sideways"}, "'asc' or 'desc'"),
    ],
)
def test_events_bad_parameters_answer_422_with_message(
    client: TestClient, params: dict[str, Any], message: str
) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert message in response.text


# -- GET /api/events/{id}, /api/articles/{id} ---------------------------------------


def _rus_tkm_id(client: TestClient) -> str:
    return _ids(client.get("/api/events", params={"dyad": "RUS-TKM"}))[0]


def test_event_has_mentions_sentences_and_highlights(client: TestClient) -> None:
    body = client.get(f"/api/events/{_rus_tkm_id(client)}").json()
    assert body["cameo"] == "057" and body["date"] == "2022-06-10"
    assert body["cameo_name"] and body["quad_class_name"] == "Verbal cooperation"
    (mention,) = body["mentions"]
    assert mention["sentence"].startswith(RUS_TKM_SENTENCE)
    assert mention["article"]["url"].startswith("https://www.themoscowtimes.com/2022/06/10/")
    marks = {h["role"]: h["text"] for h in mention["highlights"]}
    assert marks == {"source": "Vladimir Putin", "target": "Serdar Berdimuhamedov", "trigger": "signatures"}
    for h in mention["highlights"]:
        assert mention["sentence"][h["start"] : h["end"]] == h["text"]


def test_event_of_a_cluster_lists_every_report(client: TestClient) -> None:
    (houthi,) = _ids(client.get("/api/events", params={"root": "19"}))
    body = client.get(f"/api/events/{houthi}").json()
    assert body["num_mentions"] == 4 and len(body["mentions"]) == 4
    assert len(body["mention_ids"]) == 4 and len(body["urls"]) == 4
    assert {m["article"]["publisher"] for m in body["mentions"]} == {
        "meridianwire.com",
        "harbourtimes.co.uk",
        "gulfmonitor.net",
        "dailyregister.com",
    }


def test_event_by_mention_id_leads_to_its_event(client: TestClient) -> None:
    (houthi,) = _ids(client.get("/api/events", params={"root": "19"}))
    mention = client.get(f"/api/events/{houthi}").json()["mention_ids"][0]
    assert client.get(f"/api/events/{mention}").json()["global_event_id"] == houthi


def test_unknown_event_and_article_answer_404(client: TestClient) -> None:
    response = client.get("/api/events/0000000000000000")
    assert response.status_code == 404 and "no event with id" in response.json()["detail"]
    assert client.get("/api/articles/nothing-here").status_code == 404


def test_article_by_id_and_by_url(client: TestClient) -> None:
    event = client.get(f"/api/events/{_rus_tkm_id(client)}").json()
    article_id, url = event["article_id"], event["url"]
    body = client.get(f"/api/articles/{article_id}").json()
    assert body["id"] == article_id and body["title"].startswith("Putin Hosts New Turkmen Leader")
    assert len(body["events"]) == 2
    for e in body["events"]:
        assert body["text"][e["char_start"] : e["char_end"]].startswith(e["sentence"])
    assert "minhash" not in body
    assert client.get(f"/api/articles/{url}").json()["id"] == article_id


# -- actors, dyads, timeseries, locations, stats --------------------------------------


def test_actors_most_active_first_and_searchable(client: TestClient) -> None:
    actors = client.get("/api/actors").json()["actors"]
    counts = [a["events"] for a in actors]
    assert counts == sorted(counts, reverse=True)
    geo = {a["code"]: a for a in actors}["GEOOPP"]
    assert geo == {**geo, "events": 2, "as_source": 0, "as_target": 2, "name": "Georgia"}
    found = client.get("/api/actors", params={"q": "turkmen"}).json()["actors"]
    assert [a["code"] for a in found] == ["TKMGOV"]
    assert [a["code"] for a in client.get("/api/actors", params={"q": "rus"}).json()["actors"]] == ["RUSGOV"]


def test_dyads_with_goldstein_and_quad_split(client: TestClient) -> None:
    dyads = client.get("/api/dyads").json()["dyads"]
    by_pair = {(d["source"], d["target"]): d for d in dyads}
    usa = by_pair[("USAGOV", "CHNGOV")]
    assert usa["events"] == 2 and usa["q1"] == 2 and usa["q4"] == 0
    assert usa["first_date"] == "2023-06-18" and usa["last_date"] == "2023-06-19"
    assert by_pair[("YEMREB", "GBRBUS")]["goldstein"] == -10.0
    assert dyads[0]["events"] >= dyads[-1]["events"]
    assert len(client.get("/api/dyads", params={"limit": 2}).json()["dyads"]) == 2
    assert [d["source"] for d in client.get("/api/dyads", params={"actor": "YEM"}).json()["dyads"]] == ["YEMREB"]


def test_timeseries_by_day_week_and_month(client: TestClient) -> None:
    day = client.get("/api/timeseries").json()
    assert day["interval"] == "day" and day["undated"] == 0
    assert [p["period"] for p in day["series"]] == EVENT_DATES
    assert sum(p["events"] for p in day["series"]) == EXPECTED_EVENTS
    geo = day["series"][-1]
    assert geo["events"] == 2 and geo["q3"] == 1 and geo["q4"] == 1 and geo["goldstein"] == pytest.approx(-5.5)
    week = client.get("/api/timeseries", params={"interval": "week"}).json()["series"]
    assert [p["period"] for p in week] == ["2022-06-06", "2023-06-12", "2023-06-19", "2024-01-22", "2024-11-25"]
    month = client.get("/api/timeseries", params={"interval": "month", "actor": "USA"}).json()["series"]
    assert month == [
        {"period": "2023-06-01", "events": 2, "goldstein": month[0]["goldstein"], "q1": 2, "q2": 0, "q3": 0, "q4": 0}
    ]
    assert client.get("/api/timeseries", params={"interval": "year"}).status_code == 422


def test_locations_group_events_by_place(client: TestClient) -> None:
    places = client.get("/api/locations").json()["locations"]
    assert sorted((p["name"], p["events"]) for p in places) == [("Moscow", 2), ("Tbilisi", 2)]
    assert {p["name"]: (p["lat"], p["lon"]) for p in places}["Tbilisi"] == (41.6914, 44.8341)
    assert client.get("/api/locations", params={"actor": "YEM"}).json() == {"locations": []}


def test_stats_counts_and_breakdowns(client: TestClient) -> None:
    body = client.get("/api/stats", params={"top": 3}).json()
    assert body["counts"] == {
        "articles": 7,
        "mentions": 10,
        "events": 7,
        "actors": body["counts"]["actors"],
        "clusters": 6,
    }
    assert sum(r["events"] for r in body["by_root"]) == EXPECTED_EVENTS
    assert len(body["top_dyads"]) == 3 and len(body["top_actors"]) == 3


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles/{key}", "/api/articles", "/api/actors"):
        assert path in paths
    for path in ("/api/dyads", "/api/timeseries", "/api/stats", "/api/locations"):
        assert path in paths
    assert "post" in paths["/api/articles"] and "get" not in paths["/api/articles"]


# -- POST /api/articles --------------------------------------------------------------

ARTICLE = {
    "url": "https://www.example-wire.com/2024/05/02/ashgabat-gas-deal",
    "date": "2024-05-02",
    "title": "Turkmenistan and Russia sign gas deal",
    "text": "Russia and Turkmenistan signed a gas supply agreement in Ashgabat on Thursday.\n\nThe deal runs for five years.",
}


def _auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_post_is_forbidden_when_ingest_is_off(client: TestClient) -> None:
    for headers in ({}, _auth()):
        response = client.post("/api/articles", json=ARTICLE, headers=headers)
        assert response.status_code == 403
        assert "--allow-ingest" in response.json()["detail"]


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": f"Basic {TOKEN}"}]
)
def test_post_without_valid_token_answers_401(
    ingest_client: tuple[TestClient, StubCoder], headers: dict[str, str]
) -> None:
    client, coder = ingest_client
    response = client.post("/api/articles", json=ARTICLE, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert coder.seen == []


def test_post_codes_and_stores_the_article(ingest_client: tuple[TestClient, StubCoder]) -> None:
    client, coder = ingest_client
    response = client.post("/api/articles", json=ARTICLE, headers=_auth())
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["added"] == 1 and body["skipped"] == 0
    (stored,) = body["articles"]
    assert stored["url"] == ARTICLE["url"] and len(stored["events"]) == 1
    event = client.get(f"/api/events/{stored['events'][0]['global_event_id']}").json()
    assert event["date"] == "2024-05-02" and event["mentions"][0]["sentence"].startswith(
        "Russia and Turkmenistan signed"
    )
    assert client.get("/api/events").json()["total"] == EXPECTED_EVENTS + 1
    again = client.post("/api/articles", json=ARTICLE, headers=_auth())
    assert again.status_code == 200 and again.json()["added"] == 0 and again.json()["skipped"] == 1
    assert coder.seen == [stored["id"]]


def _overview_events(client: TestClient) -> int:
    page = client.get("/")
    assert page.status_code == 200
    found = re.search(r'id="count-events">(\d+)<', page.text)
    assert found, page.text[:500]
    return int(found.group(1))


def test_overview_is_kept_until_the_store_changes(
    ingest_client: tuple[TestClient, StubCoder], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, _ = ingest_client
    assert _overview_events(client) == EXPECTED_EVENTS
    calls: list[int] = []
    original = queries.stats
    monkeypatch.setattr(queries, "stats", lambda con, top=10: calls.append(top) or original(con, top))
    assert _overview_events(client) == EXPECTED_EVENTS
    assert calls == []  # the second view reuses the aggregates
    assert client.post("/api/articles", json=ARTICLE, headers=_auth()).status_code == 201
    assert _overview_events(client) == EXPECTED_EVENTS + 1
    assert calls == [10]  # a stored article changes the store's version: aggregated again


def test_stats_are_kept_per_top_until_the_store_changes(
    ingest_client: tuple[TestClient, StubCoder], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, _ = ingest_client
    calls: list[int] = []
    original = queries.stats
    monkeypatch.setattr(queries, "stats", lambda con, top=10: calls.append(top) or original(con, top))
    first = client.get("/api/stats?top=5").json()
    assert client.get("/api/stats?top=5").json() == first
    assert calls == [5]  # the second request reuses the answer
    client.get("/api/stats?top=3")
    assert calls == [5, 3]  # another `top` is another answer
    assert client.post("/api/articles", json=ARTICLE, headers=_auth()).status_code == 201
    after = client.get("/api/stats?top=5").json()
    assert calls == [5, 3, 5]
    assert after["counts"]["articles"] == first["counts"]["articles"] + 1


def test_post_accepts_an_uploaded_file_and_plain_text(ingest_client: tuple[TestClient, StubCoder]) -> None:
    client, _ = ingest_client
    scraped = " date 2024-05-03 https://example.org/a\n\nTitle\n\nRussia and Turkmenistan agreed on gas.\n"
    upload = client.post("/api/articles", files={"file": ("a.txt", scraped.encode(), "text/plain")}, headers=_auth())
    assert upload.status_code == 201, upload.text
    plain = scraped.replace("/a", "/b")
    response = client.post("/api/articles", content=plain.encode(), headers={**_auth(), "Content-Type": "text/plain"})
    assert response.status_code == 201, response.text
    lines = b'{"text": "Russia and Turkmenistan met.", "url": "https://example.org/c"}\n{"text": "Russia and Turkmenistan met again.", "url": "https://example.org/d"}\n'
    batch = client.post("/api/articles", files={"file": ("b.jsonl", lines, "application/x-ndjson")}, headers=_auth())
    assert batch.status_code == 201 and batch.json()["added"] == 2


def test_post_over_the_size_limit_answers_413(ingest_client: tuple[TestClient, StubCoder]) -> None:
    client, coder = ingest_client
    big = {**ARTICLE, "text": "word " * 2000}
    response = client.post("/api/articles", json=big, headers=_auth())
    assert response.status_code == 413 and "4,096-byte limit" in response.json()["detail"]

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(100):
            yield b"x" * 100
        yield b'"}'

    streamed = client.post("/api/articles", content=chunks(), headers={**_auth(), "Content-Type": "application/json"})
    assert streamed.status_code == 413
    assert coder.seen == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, "not valid JSON"),
        ({"json": {"title": "no body"}}, "field 'text' is missing or empty"),
        ({"json": {"text": "x", "date": "2024-02-30"}}, "impossible date"),
        ({"json": []}, "between 1 and 100 articles"),
        ({"json": "just a string"}, "expected a JSON object"),
        ({"content": b"", "headers": {"Content-Type": "application/json"}}, "the body is empty"),
        ({"content": b"<x/>", "headers": {"Content-Type": "application/xml"}}, "unsupported Content-Type"),
        ({"files": {"file": ("a.pdf", b"%PDF-1.4", "application/pdf")}}, "unsupported file type '.pdf'"),
        ({"files": {"other": ("a.txt", b"hello", "text/plain")}}, "field 'file'"),
        ({"files": {"file": ("a.txt", b"no header here", "text/plain")}}, "missing header"),
    ],
)
def test_post_invalid_input_answers_422_with_message(
    ingest_client: tuple[TestClient, StubCoder], kwargs: dict[str, Any], message: str
) -> None:
    client, coder = ingest_client
    headers = {**_auth(), **kwargs.pop("headers", {})}
    response = client.post("/api/articles", headers=headers, **kwargs)
    assert response.status_code == 422, response.text
    assert message in response.json()["detail"]
    assert coder.seen == []


@pytest.mark.slow
def test_post_with_the_real_coder(db: Path, tmp_path: Path, coder: Any) -> None:
    copy = tmp_path / "real.duckdb"
    shutil.copy(db, copy)
    article = {
        "url": "https://www.example-wire.com/2022/06/11/putin-turkmen-leader",
        "date": "2022-06-11",
        "title": "Putin and Turkmen leader sign declaration",
        "text": "Russian President Vladimir Putin and his Turkmen counterpart Serdar Berdimuhamedov signed a declaration on strategic partnership in Moscow on Friday.",
    }
    with TestClient(create_app(copy, allow_ingest=True, token=TOKEN, coder=coder)) as client:
        response = client.post("/api/articles", json=article, headers=_auth())
        assert response.status_code == 201, response.text
        stored = response.json()["articles"][0]["events"]
        assert stored
        event = client.get(f"/api/events/{stored[0]['global_event_id']}").json()
        assert {event["source"]["country"], event["target"]["country"]} == {"RUS", "TKM"}
        # It may join the stored 2022-06-10 agreement (dedup window), so look at every mention.
        assert any(m["sentence"].startswith("Russian President Vladimir Putin") for m in event["mentions"])


def test_ingest_needs_a_token(db: Path) -> None:
    with pytest.raises(ConfigError, match="needs a token"):
        create_app(db, allow_ingest=True)


# -- pages, charts, CLI -----------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?interval=week",
        "/events",
        "/events?text=tanker",
        "/dyad",
        "/dyad?source=RUS&target=TKM&both=1",
        "/actors",
        "/actors?q=geo",
        "/actors/GEO",
        "/network",
        "/map",
        "/vendor/plotly.min.js",
        "/static/app.js",
    ],
)
def test_pages_render(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 200


def test_pages_answer_404_and_400_as_html(client: TestClient) -> None:
    missing = client.get("/events/0000000000000000")
    assert missing.status_code == 404 and "no event with id" in missing.text and "<html" in missing.text
    bad = client.get("/events", params={"since": "soon"})
    assert bad.status_code == 400 and "is not a date" in bad.text
    bad = client.get("/events", params={"min_confidence": "high"})
    assert bad.status_code == 400 and "min_confidence must be a number" in bad.text
    bad = client.get("/events", params={"min_confidence": "2"})
    assert bad.status_code == 400 and "between 0 and 1" in bad.text


def test_events_page_filters_by_confidence(client: TestClient) -> None:
    every = client.get("/events").text
    none = client.get("/events", params={"min_confidence": "0.9"}).text
    assert "Vladimir Putin" in every and "Vladimir Putin" not in none


def test_event_page_marks_source_target_and_trigger(client: TestClient) -> None:
    page = client.get(f"/events/{_rus_tkm_id(client)}").text
    assert '<mark class="hl source" title="source">Vladimir Putin</mark>' in page
    assert '<mark class="hl target" title="target">Serdar Berdimuhamedov</mark>' in page
    assert '<mark class="hl trigger" title="trigger">signatures</mark>' in page
    assert 'href="https://www.themoscowtimes.com/2022/06/10/' in page


def test_network_chart_has_one_line_per_dyad() -> None:
    dyads = [
        {"source": "A", "target": "B", "events": 4, "goldstein": -10.0},
        {"source": "B", "target": "C", "events": 1, "goldstein": 8.0},
    ]
    figure = network(dyads)
    assert [t["meta"] for t in figure["data"]] == ["edge", "edge", "dyads", "nodes"]
    assert figure["data"][0]["line"]["width"] > figure["data"][1]["line"]["width"]
    assert figure["data"][-1]["text"] == ["A", "B", "C"]
    assert figure["layout"]["title"] == {"text": figure["layout"]["title"]["text"]}
    assert goldstein_colour(-10) == "rgb(178,24,43)" and goldstein_colour(10) == "rgb(33,102,172)"


def test_serve_without_the_web_extra_prints_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "fastapi", None)
    result = CliRunner().invoke(main, ["serve", "--db", "nowhere.duckdb"])
    assert result.exit_code == 1
    assert "pip install 'accord[web]'" in result.output


def test_serve_usage_errors(db: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--allow-ingest"], env={"ACCORD_TOKEN": None})
    assert result.exit_code == 2 and "needs --token" in result.output
    result = CliRunner().invoke(main, ["serve", "--db", "/nonexistent/none.duckdb"])
    assert result.exit_code == 1 and "no store at" in result.output
