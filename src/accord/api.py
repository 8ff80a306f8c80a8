"""The Python API: code text, files and folders into events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from accord.errors import InputError
from accord.model import Article, Event, Failure
from accord.pipeline import DEFAULT_ENTITIES, Coder
from accord.stages.ingest import article_from_record, read_paths

if TYPE_CHECKING:
    from accord.store import ArticleCoder

__all__ = ["code_paths", "code_text", "default_coder", "read_paths"]


@lru_cache(maxsize=4)
def default_coder(model: str | None = None, entities: str = DEFAULT_ENTITIES) -> Coder:
    """A Coder per model name and entity source, created on first use and kept for the process."""
    return Coder(model, entities=entities)


def code_text(
    text: str, *, date: date | None = None, url: str | None = None, title: str | None = None, model: str | None = None
) -> list[Event]:
    """Code one article body given as text; returns its events.

    The text is cleaned like a scraped body (dateline, noise lines, glued
    sentences), so offsets index the cleaned body, available as
    ``Event.sentence`` and via :func:`code_articles`.
    """
    record = {"text": text, "date": date.isoformat() if date else None, "url": url, "title": title}
    article = article_from_record(record, "<text>")
    return next(default_coder(model).code([article])).events


def code_paths(paths: Iterable[str | Path], *, model: str | None = None, strict: bool = False) -> Iterator[Event]:
    """Code every article under the paths, yielding events as they are found.

    Unreadable items are skipped with a warning in the log; with ``strict``
    the first one raises :class:`InputError`.
    """
    for article in code_articles(paths, model=model, strict=strict):
        if isinstance(article, Article):
            yield from article.events


def code_articles(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    strict: bool = False,
    entities: str = DEFAULT_ENTITIES,
    coder: ArticleCoder | None = None,
) -> Iterator[Article | Failure]:
    """Code every article under the paths, yielding coded Articles and Failures in order.

    ``coder`` replaces the default Coder of ``model`` and ``entities`` (the CLI passes a
    :class:`accord.scale.ProcessCoder` for ``--workers N``).
    """
    coder = coder if coder is not None else default_coder(model, entities)
    pending: list[Failure] = []

    def articles() -> Iterator[Article]:
        for item in read_paths(paths):
            if isinstance(item, Failure):
                if strict:
                    raise InputError(item.message, where=item.where)
                pending.append(item)
            else:
                yield item

    for article in coder.code(articles()):
        while pending:
            yield pending.pop(0)
        yield article
    yield from pending
