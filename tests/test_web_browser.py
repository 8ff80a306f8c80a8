"""The dashboard in a real browser: Debian's chromium driven by Playwright, server on loopback.

Skipped when /usr/bin/chromium or the playwright package is missing (``.ci/run``
installs both; Playwright's own browser download is never used).  Every request
the page makes to anything but the loopback server is blocked and recorded,
and each test checks there was none: the dashboard works offline.  Screenshots
go to artifacts/screenshots/ (ignored by git).
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'accord[web]'")
CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")

import uvicorn  # noqa: E402
from web_data import EVENT_DATES, EXPECTED_EVENTS, RUS_TKM_SENTENCE, build_store  # noqa: E402

from accord.store import Store  # noqa: E402
from accord.web import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class Server:
    """uvicorn serving an app on a free loopback port, in a thread."""

    def __init__(self, app: Any) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.sock.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_store(tmp_path_factory.mktemp("browser") / "web.duckdb")
    with Server(create_app(db)) as running:
        yield running.url


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1366, "height": 860},
        )
        yield context
        context.close()


@pytest.fixture
def page(browser_context: Any) -> Iterator[Any]:
    """A fresh tab; requests off the loopback are aborted and listed in ``page.outside``."""
    tab = browser_context.new_page()
    outside: list[str] = []

    def guard(route: Any) -> None:
        host = re.match(r"^[a-z]+://([^/:]+)", route.request.url)
        if host and host.group(1) in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    tab.route("**/*", guard)
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    assert outside == [], f"the page reached outside the loopback server: {outside}"
    assert errors == [], f"JavaScript errors: {errors}"
    tab.close()


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _chart(page: Any, name: str) -> list[dict[str, Any]]:
    """The traces plotly drew in the chart ``name`` (waits until it is drawn)."""
    page.wait_for_function(f"document.getElementById('chart-{name}')?.dataset.drawn === '1'", timeout=30_000)
    traces: list[dict[str, Any]] = page.evaluate(
        f"""() => document.getElementById('chart-{name}').data.map(t => ({{
            type: t.type, meta: t.meta ?? null, x: Array.from(t.x ?? []), y: Array.from(t.y ?? []),
            text: Array.isArray(t.text) ? t.text : null }}))"""
    )
    assert page.locator(f"#chart-{name} .main-svg").count() >= 1, "plotly drew no SVG"
    return traces


def _rows(page: Any, selector: str = "table.events tbody tr[data-event]") -> int:
    count: int = page.locator(selector).count()
    return count


def test_overview_draws_totals_charts_and_tables(page: Any, server: str) -> None:
    page.goto(f"{server}/?interval=day")
    assert page.locator("#count-events").inner_text() == str(EXPECTED_EVENTS)
    timeline = _chart(page, "timeline")
    assert [t["type"] for t in timeline] == ["bar"] * 4
    assert sorted({x[:10] for t in timeline for x in t["x"]}) == EVENT_DATES
    assert sum(sum(t["y"]) for t in timeline) == EXPECTED_EVENTS
    roots = _chart(page, "roots")
    assert sum(roots[0]["y"]) == EXPECTED_EVENTS and "19" in roots[0]["x"]
    assert _rows(page, "#top-dyads tbody tr") == 6
    assert page.locator("#top-actors tbody tr").count() == 9
    assert page.title() == "Overview · accord"
    _shot(page, "overview")


def test_overview_interval_selector_redraws(page: Any, server: str) -> None:
    page.goto(server + "/")
    page.select_option("#interval", "month")
    page.get_by_role("button", name="Redraw").click()
    page.wait_for_url(re.compile(r"interval=month"))
    months = sorted({x[:7] for t in _chart(page, "timeline") for x in t["x"]})
    assert months == ["2022-06", "2023-06", "2024-01", "2024-11"]


def test_event_filters_narrow_the_table(page: Any, server: str) -> None:
    page.goto(server + "/events")
    assert _rows(page) == EXPECTED_EVENTS
    page.fill("#f-actor", "GEO")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"actor=GEO"))
    assert _rows(page) == 2
    assert page.locator("#result-count").inner_text() == "2 events match."
    page.fill("#f-text", "water cannon")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"text=water"))
    assert _rows(page) == 1
    page.fill("#f-actor", "")
    page.fill("#f-text", "")
    page.fill("#f-since", "2023-06-19")
    page.fill("#f-until", "2024-01")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"since=2023-06-19"))
    assert _rows(page) == 2
    _shot(page, "events-filtered")


def test_confidence_field_drops_the_less_certain_events(page: Any, server: str) -> None:
    page.goto(server + "/events")
    page.fill("#f-confidence", "0.8")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"min_confidence=0.8"))
    assert _rows(page) == EXPECTED_EVENTS - 1
    assert page.input_value("#f-confidence") == "0.8"
    page.fill("#f-confidence", "high")
    page.get_by_role("button", name="Apply").click()
    assert "min_confidence must be a number" in page.content()


def test_keyboard_search_then_event(page: Any, server: str) -> None:
    page.goto(server + "/")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "search"
    page.keyboard.type("strategic partnership")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/events\?text=strategic"))
    assert _rows(page) == 2
    page.locator("table.events a.evidence-link").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/events/[0-9a-f]{16}$"))
    assert page.locator("blockquote.sentence mark.hl.trigger").first.inner_text() == "signatures"


def test_three_clicks_from_overview_to_the_agreement(page: Any, server: str) -> None:
    """Overview -> dyad RUSGOV -> TKMGOV -> the event, its sentence with source, target and trigger marked."""
    page.goto(server + "/")
    page.locator("#top-dyads").get_by_role("link", name="RUSGOV → TKMGOV").click()
    page.wait_for_url(re.compile(r"/dyad\?source=RUSGOV&target=TKMGOV"))
    dyad = _chart(page, "dyad")
    assert sum(dyad[0]["y"]) == 1
    row = page.locator("table.events tbody tr[data-event]")
    assert row.count() == 1 and "2022-06-10" in row.inner_text()
    row.locator("a.evidence-link").click()
    page.wait_for_url(re.compile(r"/events/[0-9a-f]{16}$"))
    sentence = page.locator("blockquote.sentence")
    assert sentence.count() == 1 and sentence.inner_text().startswith(RUS_TKM_SENTENCE)
    assert sentence.locator("mark.hl.source").inner_text() == "Vladimir Putin"
    assert sentence.locator("mark.hl.target").inner_text() == "Serdar Berdimuhamedov"
    assert sentence.locator("mark.hl.trigger").inner_text() == "signatures"
    assert page.locator("#event-date").inner_text() == "2022-06-10"
    link = page.get_by_role("link", name=re.compile("original article"))
    assert link.get_attribute("href").startswith("https://www.themoscowtimes.com/2022/06/10/")
    _shot(page, "event")


def test_dyad_explorer_both_directions(page: Any, server: str) -> None:
    page.goto(server + "/dyad")
    page.fill("#d-source", "USA")
    page.fill("#d-target", "CHN")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"source=USA&target=CHN"))
    bars, line = _chart(page, "dyad")
    assert sum(bars["y"]) == 2 and len(bars["x"]) == 2
    assert all(g > 0 for g in line["y"])
    assert _rows(page) == 2
    page.goto(server + "/dyad?source=TKM&target=RUS")
    assert _rows(page) == 1
    page.check("#d-both")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"both=1"))
    assert _rows(page) == 2
    _shot(page, "dyad")


def test_actor_page(page: Any, server: str) -> None:
    page.goto(server + "/actors")
    page.locator("#actors").get_by_role("link", name="GEOOPP").click()
    page.wait_for_url(re.compile(r"/actors/GEOOPP$"))
    assert sum(sum(t["y"]) for t in _chart(page, "actor")) == 2
    assert page.locator("#partners tbody tr").count() == 2
    assert _rows(page) == 2


def test_network_graph_has_one_line_per_dyad(page: Any, server: str) -> None:
    page.goto(server + "/network")
    traces = _chart(page, "network")
    assert sum(1 for t in traces if t["meta"] == "edge") == 6
    nodes = next(t for t in traces if t["meta"] == "nodes")
    assert len(nodes["x"]) == 9 and "YEMREB" in nodes["text"]
    assert page.locator("#network-table tbody tr").count() == 6
    page.fill("#n-actor", "GEO")
    page.get_by_role("button", name="Draw").click()
    page.wait_for_url(re.compile(r"actor=GEO"))
    assert sum(1 for t in _chart(page, "network") if t["meta"] == "edge") == 2
    page.goto(server + "/network")
    _chart(page, "network")
    _shot(page, "network")


def test_map_draws_places_offline(page: Any, server: str) -> None:
    page.goto(server + "/map")
    events = next(t for t in _chart(page, "map") if t["meta"] == "events")
    assert len(events["x"]) == 2
    assert page.locator("#places tbody tr").count() == 2
    assert page.locator("#no-places").count() == 0
    _shot(page, "map")


def test_article_page_links_evidence_to_events(page: Any, server: str) -> None:
    page.goto(server + "/events?text=Turkmenistan")
    page.locator("a.evidence-link").first.click()
    page.get_by_role("link", name=re.compile("Putin Hosts New Turkmen Leader")).click()
    page.wait_for_url(re.compile(r"/articles/"))
    evidence = page.locator(".article-text a.evidence")
    assert evidence.count() == 1 and evidence.inner_text().startswith(RUS_TKM_SENTENCE)


@pytest.mark.slow
def test_sample_store_three_clicks_to_the_russia_turkmenistan_agreement(page: Any, coder: Any, tmp_path: Path) -> None:
    """The README's store (``accord code examples/``): overview -> dyad -> the 2022-06-10 agreement."""
    db = tmp_path / "accord.duckdb"
    with Store(db) as store:
        store.ingest([ROOT / "examples"], coder=coder)
    with Server(create_app(db)) as running:
        page.goto(running.url + "/")
        dyads = page.locator("#top-dyads").get_by_role("link", name=re.compile(r"^RUS\w* → TKM\w*$"))
        assert dyads.count() >= 1, page.locator("#top-dyads").inner_text()
        dyads.first.click()
        page.wait_for_url(re.compile(r"/dyad\?source=RUS"))
        rows = page.locator("table.events tbody tr[data-event]").filter(has_text="2022-06-10")
        agreement = rows.filter(has=page.locator("abbr", has_text=re.compile(r"^05")))
        assert agreement.count() >= 1, page.locator("table.events").inner_text()
        agreement.first.locator("a.evidence-link").click()
        page.wait_for_url(re.compile(r"/events/[0-9a-f]{16}$"))
        sentence = page.locator("blockquote.sentence").first
        assert "Turkmenistan" in sentence.inner_text()
        assert sentence.locator("mark.hl").count() >= 1
        assert page.locator("#event-date").inner_text() == "2022-06-10"
        _shot(page, "sample-agreement")
    shutil.rmtree(tmp_path, ignore_errors=True)
