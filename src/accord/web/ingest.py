"""``POST /api/articles``: the checks (ingest on, token, size) and reading the body into Articles.

The order of the answers: 403 when ingest is off (whatever the token), 401
without a valid bearer token, 413 over the size limit (checked on
Content-Length first, then while reading, so a chunked body cannot exceed it),
422 when the body is not a readable article.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import HTTPException, Request
from starlette.datastructures import UploadFile
from starlette.types import Message

from accord.errors import InputError, Messages
from accord.model import Article, Failure
from accord.stages.ingest import SUFFIXES, article_from_record, read_stream

if TYPE_CHECKING:
    from accord.web.app import WebState

__all__ = ["ARTICLE_BODY_DOC", "MAX_ARTICLES", "read_articles"]

MAX_ARTICLES = 100

_ARTICLE_SCHEMA = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "text": {"type": "string", "description": "The body; paragraphs separated by blank lines."},
        "url": {"type": "string", "description": "Where it was published (its hash is the article id)."},
        "date": {"type": "string", "description": "Publication date, YYYY-MM-DD."},
        "title": {"type": "string"},
    },
}
ARTICLE_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"oneOf": [_ARTICLE_SCHEMA, {"type": "array", "items": _ARTICLE_SCHEMA}]},
                "example": {
                    "url": "https://example.org/2022/06/10/putin-berdimuhamedov",
                    "date": "2022-06-10",
                    "title": "Putin hosts new Turkmen leader",
                    "text": "Russian President Vladimir Putin and his Turkmen counterpart signed a declaration.",
                },
            },
            "text/plain": {
                "schema": {"type": "string", "description": "' date YYYY-MM-DD URL', blank line, title, body"}
            },
            "multipart/form-data": {
                "schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}
            },
        },
    }
}


async def read_articles(request: Request, state: WebState) -> list[Article]:
    """Check the request and read its body into Articles, or raise the HTTP error that fits."""
    if not state.allow_ingest:
        raise HTTPException(403, "ingest is off: start the server with 'accord serve --allow-ingest --token T'")
    _check_token(request.headers.get("authorization"), state.token)
    body = await _read_body(request, state.max_body)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        return _from_json(body)
    if kind == "multipart/form-data":
        return await _from_upload(request, body)
    if kind in ("text/plain", ""):
        return _from_items(read_stream(body, "request body", suffix=".txt"))
    raise HTTPException(
        422, f"unsupported Content-Type {kind!r}: send application/json, text/plain or multipart/form-data"
    )


def _check_token(header: str | None, token: str | None) -> None:
    scheme, _, given = (header or "").partition(" ")
    if token is None or scheme.lower() != "bearer" or not secrets.compare_digest(given.strip(), token):
        raise HTTPException(
            401,
            "a valid bearer token is needed: send 'Authorization: Bearer TOKEN' with the server's --token",
            headers={"WWW-Authenticate": "Bearer"},
        )


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the body is {int(declared):,} bytes, over the {limit:,}-byte limit")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the body is over the {limit:,}-byte limit")
        chunks.append(chunk)
    body = b"".join(chunks)
    if not body.strip():
        raise HTTPException(422, "the body is empty: send an article")
    return body


def _from_json(body: bytes) -> list[Article]:
    try:
        value = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise HTTPException(422, f"the body is not valid JSON: {exc}") from exc
    records = value if isinstance(value, list) else [value]
    if not records or len(records) > MAX_ARTICLES:
        raise HTTPException(422, f"send between 1 and {MAX_ARTICLES} articles per request")
    articles = []
    for number, record in enumerate(records):
        where = "body" if not isinstance(value, list) else f"body[{number}]"
        try:
            articles.append(article_from_record(record, where))
        except InputError as exc:
            raise HTTPException(422, str(exc)) from exc
    return articles


async def _from_upload(request: Request, body: bytes) -> list[Article]:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    form = await Request(request.scope, replay).form()
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise HTTPException(422, "multipart upload needs a file in the field 'file'")
        name = upload.filename or "upload"
        content = await upload.read()
    finally:
        await form.close()
    suffix = Path(name).suffix.lower() or None
    if suffix is not None and suffix not in SUFFIXES:
        raise HTTPException(422, f"{name}: {Messages.UNKNOWN_FORMAT.format(suffix=suffix)}")
    return _from_items(read_stream(content, name, suffix=suffix))


def _from_items(items: Any) -> list[Article]:
    articles: list[Article] = []
    for item in items:
        if isinstance(item, Failure):
            raise HTTPException(422, str(item))
        articles.append(item)
        if len(articles) > MAX_ARTICLES:
            raise HTTPException(422, f"send at most {MAX_ARTICLES} articles per request")
    if not articles:
        raise HTTPException(422, "no article found in the body")
    return articles
