"""The FastAPI application: JSON API under ``/api``, dashboard pages, static files.

The store is opened once, read-only unless ingest is allowed.  Each worker
thread queries through its own DuckDB cursor, so requests run in parallel;
writes (``POST /api/articles``) go through one lock.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from accord import __version__
from accord.errors import ConfigError
from accord.model import Article
from accord.store import ArticleCoder, Store

log = logging.getLogger(__name__)

__all__ = ["MAX_BODY", "WebState", "create_app", "plotly_js"]

MAX_BODY = 2 * 1024 * 1024
WEB_DIR = Path(str(resources.files("accord.web")))


@dataclass
class WebState:
    """What the routes share: the store, the ingest settings and a cursor per thread."""

    store: Store
    allow_ingest: bool = False
    token: str | None = None
    max_body: int = MAX_BODY
    coder: ArticleCoder | None = None
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    # The overview page's content, keyed by store version and interval (see pages.overview).
    overview: dict[tuple[tuple[int, int], str], dict[str, Any]] = field(default_factory=dict)
    # /api/stats answers, keyed by store version and `top`: on a million events they take seconds.
    stats: dict[tuple[tuple[int, int], int], dict[str, Any]] = field(default_factory=dict)
    _local: threading.local = field(default_factory=threading.local)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor on the store (created on first use)."""
        con: duckdb.DuckDBPyConnection | None = getattr(self._local, "con", None)
        if con is None:
            with self.write_lock:
                con = self.store.con.cursor()
            self._local.con = con
        return con

    def ingest(self, articles: list[Article]) -> dict[str, Any]:
        """Code the articles not yet stored and store them; what was added, with event ids."""
        with self.write_lock:
            fresh = [a for a in articles if not self.store.has_article(a)]
            if fresh:
                coded = list(self._coder().code(fresh))
                self.store.add(coded)
            rows = self.store.con.execute(
                "SELECT article_id, event_id, global_event_id FROM mentions WHERE article_id IN (SELECT unnest(?)) "
                "ORDER BY article_id, event_id",
                [[a.id for a in articles]],
            ).fetchall()
        events: dict[str, list[dict[str, str]]] = {}
        for article_id, event_id, global_id in rows:
            events.setdefault(article_id, []).append({"event_id": event_id, "global_event_id": global_id})
        added = {a.id for a in fresh}
        return {
            "added": len(added),
            "skipped": len(articles) - len(added),
            "articles": [
                {"id": a.id, "url": a.url, "title": a.title, "added": a.id in added, "events": events.get(a.id, [])}
                for a in articles
            ],
        }

    def _coder(self) -> ArticleCoder:
        if self.coder is None:
            from accord.api import default_coder

            log.info("loading the coder for ingest")
            self.coder = default_coder()
        return self.coder


def plotly_js() -> Path:
    """plotly.min.js as shipped inside the installed ``plotly`` Python package."""
    path = Path(str(resources.files("plotly") / "package_data" / "plotly.min.js"))
    if not path.is_file():
        raise ConfigError(f"plotly.min.js not found at {path}; reinstall with: pip install 'accord[web]'")
    return path


def create_app(
    db_path: str | Path,
    *,
    allow_ingest: bool = False,
    token: str | None = None,
    max_body: int = MAX_BODY,
    coder: ArticleCoder | None = None,
) -> FastAPI:
    """The accord web app over the store at ``db_path``.

    Read-only unless ``allow_ingest``, which needs a ``token`` that clients
    send as ``Authorization: Bearer TOKEN``.  ``max_body`` caps the size of a
    POSTed article in bytes; ``coder`` replaces accord's own (tests).
    """
    if allow_ingest and not token:
        raise ConfigError("ingest needs a token: accord serve --allow-ingest --token T (or ACCORD_TOKEN)")
    if max_body < 1:
        raise ConfigError("max_body must be at least 1 byte")
    store = Store(db_path, read_only=not allow_ingest)
    state = WebState(store=store, allow_ingest=allow_ingest, token=token, max_body=max_body, coder=coder)
    plotly_path = plotly_js()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="accord",
        version=__version__,
        description="Political events coded by accord (CAMEO/PLOVER), with the sentences that prove them.",
        lifespan=lifespan,
    )
    app.state.accord = state

    from accord.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_file() -> FileResponse:
        return FileResponse(
            plotly_path, media_type="text/javascript", headers={"Cache-Control": "public, max-age=86400"}
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if request.url.path.startswith("/api") or exc.status_code not in (400, 404):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return pages.error_page(request, exc.status_code, str(exc.detail))

    return app
