"""The JSON API under ``/api``: events, articles, actors, dyads, time series, stats and ingest."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from accord.errors import ConfigError
from accord.query import Filters
from accord.web import data
from accord.web.app import WebState
from accord.web.ingest import ARTICLE_BODY_DOC, read_articles

__all__ = ["api_filters", "router"]

router = APIRouter(prefix="/api", tags=["api"])


async def _state(request: Request) -> WebState:
    """The app's shared state (async, so it runs on the event loop, not in a worker thread)."""
    state: WebState = request.app.state.accord
    return state


def api_filters(
    actor: Annotated[str | None, Query(description="Source or target code starts with this (RUS, RUSGOV).")] = None,
    dyad: Annotated[str | None, Query(description="SOURCE-TARGET code prefixes, e.g. RUS-TKM.")] = None,
    both: Annotated[bool, Query(description="With dyad: either direction.")] = False,
    root: Annotated[list[str], Query(description="CAMEO root (repeat or comma list), e.g. 19.")] = [],  # noqa: B006
    cameo: Annotated[list[str], Query(description="CAMEO code prefix (repeatable), e.g. 193.")] = [],  # noqa: B006
    plover: Annotated[list[str], Query(description="PLOVER type (repeatable), e.g. ASSAULT.")] = [],  # noqa: B006
    since: Annotated[str | None, Query(description="On or after YYYY-MM-DD (or YYYY-MM).")] = None,
    until: Annotated[str | None, Query(description="On or before YYYY-MM-DD (or YYYY-MM).")] = None,
    publisher: Annotated[str | None, Query(description="Reported by this outlet (domain).")] = None,
    text: Annotated[str | None, Query(description="An evidence sentence contains this (case-insensitive).")] = None,
    min_sources: Annotated[int | None, Query(ge=0, description="At least this many outlets.")] = None,
    min_confidence: Annotated[
        float | None, Query(ge=0.0, le=1.0, description="Fitted chance of being right at least this.")
    ] = None,
) -> Filters:
    """The filters of ``accord query``, from query parameters; a bad value answers 422."""
    try:
        return Filters.of(
            actor=actor,
            dyad=dyad,
            both=both,
            root=",".join(root) or None,
            cameo=",".join(cameo) or None,
            plover=",".join(plover) or None,
            since=since or None,
            until=until or None,
            publisher=publisher,
            text=text,
            min_sources=min_sources,
            min_confidence=min_confidence,
        )
    except ConfigError as exc:
        raise HTTPException(422, exc.message) from exc


# A cursor must be taken inside the endpoint: FastAPI runs sync dependencies in another
# worker thread, and a DuckDB cursor refuses calls from two threads at once.
State = Annotated[WebState, Depends(_state)]
Chosen = Annotated[Filters, Depends(api_filters)]


@router.get("/events", summary="Events matching the filters, one page at a time")
def list_events(
    state: State,
    f: Chosen,
    limit: Annotated[int, Query(ge=0, le=1000, description="Events per page.")] = 50,
    offset: Annotated[int, Query(ge=0, description="Events to skip.")] = 0,
    order: Annotated[Literal["asc", "desc"], Query(description="By date: oldest (asc) or newest first.")] = "asc",
) -> dict[str, Any]:
    """Deduplicated events in the `accord query` JSON Lines schema, with `total` matching."""
    return data.events_page(state.cursor(), f, limit=limit, offset=offset, newest_first=order == "desc")


@router.get("/events/{event_id}", summary="One event with all its mentions and evidence sentences")
def get_event(state: State, event_id: str) -> dict[str, Any]:
    """The event by `global_event_id` (or a mention's `event_id`), each mention with its
    article, its sentence and the source, target and trigger spans in it."""
    found = data.event(state.cursor(), event_id)
    if found is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return found


@router.get("/articles/{key:path}", summary="One stored article with its coded events")
def get_article(state: State, key: str) -> dict[str, Any]:
    """The article by id (or URL), its cleaned body and its mentions (offsets index `text`)."""
    found = data.article(state.cursor(), key)
    if found is None:
        raise HTTPException(404, f"no article with id or URL {key!r}")
    return found


@router.post(
    "/articles",
    summary="Code and store an article (needs --allow-ingest and a bearer token)",
    status_code=201,
    openapi_extra=ARTICLE_BODY_DOC,
    responses={
        200: {"description": "Already stored; nothing changed"},
        401: {"description": "Missing or wrong bearer token"},
        403: {"description": "Ingest is off (start with --allow-ingest --token T)"},
        413: {"description": "Body over the size limit"},
        422: {"description": "Not a readable article; the message says why"},
    },
)
async def post_article(request: Request) -> JSONResponse:
    """Body: a JSON article `{text, url, date, title}` (or a list of them), the scraped text format
    (`text/plain`), or a file upload (`multipart/form-data`, field `file`, .txt/.jsonl/.csv/.html)."""
    state = request.app.state.accord
    articles = await read_articles(request, state)
    result = await run_in_threadpool(state.ingest, articles)
    return JSONResponse(result, status_code=201 if result["added"] else 200)


@router.get("/actors", summary="Actors in the matching events, most active first")
def list_actors(
    state: State,
    f: Chosen,
    q: Annotated[str | None, Query(description="Code prefix or part of the name.")] = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 100,
) -> dict[str, Any]:
    """Each actor code with its usual name, events (as source, as target) and mean Goldstein."""
    return {"actors": data.actors(state.cursor(), f, q=q or None, limit=limit)}


@router.get("/dyads", summary="Source-target pairs, most events first")
def list_dyads(state: State, f: Chosen, limit: Annotated[int, Query(ge=1, le=5000)] = 20) -> dict[str, Any]:
    """Each pair with events, mentions, mean Goldstein, QuadClass split (q1..q4) and date range."""
    return {"dyads": data.dyads(state.cursor(), f, limit=limit)}


@router.get("/timeseries", summary="Events per day, week or month")
def get_timeseries(
    state: State, f: Chosen, interval: Annotated[Literal["day", "week", "month"], Query()] = "day"
) -> dict[str, Any]:
    """Per period (its first day; weeks start on Monday): events, mean Goldstein, QuadClass split
    (q1..q4); `undated` counts matching events without a date."""
    return data.timeseries(state.cursor(), f, interval=interval)


@router.get("/locations", summary="Places of events that have a location")
def list_locations(state: State, f: Chosen, limit: Annotated[int, Query(ge=1, le=100_000)] = 5000) -> dict[str, Any]:
    """Events grouped by (lat, lon): count, mean Goldstein and event ids."""
    return {"locations": data.locations(state.cursor(), f, limit=limit)}


@router.get("/stats", summary="Counts of the store and breakdowns")
def get_stats(state: State, top: Annotated[int, Query(ge=1, le=1000)] = 10) -> dict[str, Any]:
    """What `accord stats --format json` prints: table counts; events by root, QuadClass and month;
    top dyads and actors. Kept until the store changes (see data.store_version)."""
    con = state.cursor()
    key = (data.store_version(con), top)
    found = state.stats.get(key)
    if found is None:
        found = data.stats(con, top)
        state.stats = {k: v for k, v in state.stats.items() if k[0] == key[0]} | {key: found}
    return found
