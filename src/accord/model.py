"""The data model: Article > Sentence > Mention > Event.

An :class:`Article` is accord's document: each stage takes one and fills the
fields it is responsible for.  Actors and events are frozen, since they are
values that the output, the store and deduplication compare and hash.
IDs are content hashes so that re-reading the same input gives the same IDs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from accord import __version__

SCHEMA_VERSION = "1"


def stable_hash(*parts: str, length: int = 16) -> str:
    """Hex digest of the parts joined by a separator that cannot occur in them."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass(slots=True, frozen=True)
class Actor:
    """Who acts or is acted on: a country (ISO3 or ``IGO``) plus a sector.

    ``country`` is ``""`` when the text names a kind of actor ("militants")
    but not whose.  ``code`` is the CAMEO-style concatenation, ``---REB``
    for an unknown country.
    """

    country: str
    sector: str
    name: str
    text: str
    start: int = -1
    end: int = -1

    @property
    def code(self) -> str:
        """CAMEO-style actor code such as ``RUSGOV``, ``IGO`` or ``---REB``."""
        country = self.country or "---"
        if self.sector == self.country:
            return country
        return f"{country}{self.sector}"

    def to_dict(self) -> dict[str, Any]:
        """The record form used in output files."""
        return {
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "name": self.name,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(slots=True)
class Sentence:
    """One sentence of an article body, with offsets into that body."""

    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True, frozen=True)
class Mention:
    """An actor found in a sentence (a span resolved to an :class:`Actor`)."""

    sentence_index: int
    actor: Actor


@dataclass(slots=True, frozen=True)
class CodeInfo:
    """What the ontology says about one CAMEO code."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str
    mode: str
    context: str


@dataclass(slots=True, frozen=True)
class Event:
    """One coded event with the sentence that proves it."""

    article_id: str
    url: str | None
    published: date | None
    date: date | None
    source: Actor
    target: Actor | None
    info: CodeInfo
    sentence: str
    sentence_index: int
    char_start: int
    char_end: int
    confidence: float
    trigger: str = ""
    trigger_start: int = -1
    trigger_end: int = -1
    publisher: str | None = None
    location: dict[str, Any] | None = None
    contexts: tuple[str, ...] = ()
    mode: str = ""
    agreement: dict[str, Any] | None = None

    @property
    def cameo(self) -> str:
        """The CAMEO event code (a string: leading zeros matter)."""
        return self.info.code

    @property
    def event_id(self) -> str:
        """Stable id: the same article, actors, code and date give the same id."""
        target = self.target.code if self.target else ""
        when = self.date.isoformat() if self.date else ""
        return stable_hash(self.article_id, self.source.code, target, self.cameo, when)

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines record documented in docs/SCHEMA.md."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.info.code,
            "root": self.info.root,
            "plover": self.info.plover,
            "quad_class": self.info.quad_class,
            "goldstein": self.info.goldstein,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "confidence": round(self.confidence, 3),
            "trigger": {"text": self.trigger, "start": self.trigger_start, "end": self.trigger_end},
            "location": self.location,
            "contexts": list(self.contexts),
            "mode": self.mode,
            "agreement": self.agreement,
            "publisher": self.publisher,
            "coder_version": __version__,
            "schema_version": SCHEMA_VERSION,
        }


@dataclass(slots=True)
class Article:
    """A news article as accord keeps it: cleaned body plus metadata.

    ``text`` is the body after header, repeated title, dateline and noise
    lines are removed; every offset in accord indexes this string.
    """

    id: str
    text: str
    url: str | None = None
    published: date | None = None
    title: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    origin: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # "WASHINGTON/BOGOTA -": the places after the first, where the story was also reported from.
    other_datelines: tuple[str, ...] = ()
    # "WINDSOR, England (AP) -": the region or state printed after the dateline's place.
    dateline_region: str | None = None

    @property
    def word_count(self) -> int:
        """Whitespace-separated words in the body (for throughput figures)."""
        return len(self.text.split())


@dataclass(slots=True, frozen=True)
class Failure:
    """An input item that could not be read, with where and why."""

    where: str
    message: str
    code: str = "E200"

    def __str__(self) -> str:
        return f"{self.where}: [{self.code}] {self.message}"
