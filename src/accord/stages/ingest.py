"""Stage ``ingest``: read files, folders, JSON Lines, CSV, HTML and stdin into Articles.

Every reader yields either an :class:`Article` or a :class:`Failure`, never
raises for one bad item, so that one broken file does not stop a batch of
thousands.  Readers stream: a folder or a JSON Lines file of any size is read
one item at a time.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from accord.errors import InputError, Messages
from accord.model import Article, Failure, stable_hash
from accord.stages.cleaning import find_dateline, is_noise_line, normalise_whitespace, truncated_lead, unglue_sentences

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".story"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES
_HEADER = re.compile(r"^\s?date\s+(?P<date>\S+)(?:\s+(?P<url>\S+))?\s*$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
Item = Article | Failure


def read_paths(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Yield an Article or a Failure for every article found under the paths.

    ``-`` reads standard input; folders are walked recursively in sorted order
    so that runs are reproducible.
    """
    for raw in paths:
        if str(raw) == "-":
            yield from read_stream(sys.stdin.buffer.read(max_bytes + 1), "<stdin>", max_bytes=max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    yield from read_file(child, max_bytes=max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes=max_bytes)
        else:
            yield Failure(str(path), Messages.NOT_FOUND)


def read_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Read one file by its extension; line-oriented formats stream."""
    suffix = path.suffix.lower()
    where = str(path)
    if suffix not in SUFFIXES:
        yield Failure(where, Messages.UNKNOWN_FORMAT.format(suffix=suffix))
        return
    try:
        size = path.stat().st_size
        if suffix in JSONL_SUFFIXES or suffix in CSV_SUFFIXES:
            yield from _read_records_file(path, suffix, max_bytes)
            return
        if size > max_bytes:
            raise InputError(Messages.TOO_LARGE.format(size=size, limit=max_bytes))
        data = path.read_bytes()
    except InputError as exc:
        yield Failure(where, exc.message, exc.code)
        return
    except OSError as exc:
        yield Failure(where, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_stream(data, where, suffix=suffix, max_bytes=max_bytes)


def read_stream(data: bytes, where: str, *, suffix: str | None = None, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Read bytes whose format is given by ``suffix`` or sniffed from the content."""
    try:
        text = decode(data, max_bytes)
    except InputError as exc:
        yield Failure(where, exc.message, exc.code)
        return
    kind = suffix or _sniff(text)
    if kind in JSONL_SUFFIXES:
        yield from _records_from_lines(io.StringIO(text), where)
    elif kind in CSV_SUFFIXES:
        yield from _records_from_csv(io.StringIO(text, newline=""), where, kind)
    else:
        yield _guard(lambda: parse_html(text, where) if kind in HTML_SUFFIXES else parse_scraped(text, where), where)


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return ".jsonl"
    if head.startswith("<"):
        return ".html"
    return ".txt"


def _guard(make: Any, where: str) -> Item:
    """Run a parser and turn its InputError into a Failure for this item."""
    try:
        article: Article = make()
    except InputError as exc:
        return Failure(exc.where or where, exc.message, exc.code)
    return article


def decode(data: bytes, max_bytes: int = MAX_BYTES) -> str:
    """Bytes to text, refusing what is empty, binary, too large or not UTF-8.

    We refuse rather than guess an 8-bit encoding: a wrong guess silently
    corrupts names, which then fail to resolve to actors.
    """
    if len(data) > max_bytes:
        raise InputError(Messages.TOO_LARGE.format(size=len(data), limit=max_bytes))
    if not data.strip():
        raise InputError(Messages.EMPTY)
    if b"\x00" in data[:8192]:
        raise InputError(Messages.BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(Messages.NOT_UTF8.format(offset=exc.start)) from exc


def parse_date(value: str, *, today: date | None = None) -> date:
    """Parse a ``YYYY-MM-DD`` publication date, refusing impossible ones."""
    value = value.strip()
    if not _ISO_DATE.match(value):
        raise InputError(Messages.BAD_DATE.format(value=value, reason="expected YYYY-MM-DD"))
    try:
        parsed = date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(Messages.BAD_DATE.format(value=value, reason=str(exc))) from exc
    latest = (today or date.today()) + timedelta(days=2)
    if parsed.year < 1900 or parsed > latest:
        raise InputError(Messages.BAD_DATE.format(value=value, reason="outside 1900 .. today"))
    return parsed


def parse_scraped(text: str, where: str) -> Article:
    """Parse the scraped text format: header line, title (often twice), body."""
    lines = text.splitlines()
    first = lines[0] if lines else ""
    match = _HEADER.match(first)
    if match is None:
        reason = Messages.BAD_HEADER if first.strip().lower().startswith("date") else Messages.NO_HEADER
        raise InputError(reason.format(found=first[:80]), where=where)
    published = parse_date(match.group("date"))
    url = match.group("url")
    title, paragraphs = _split_title(lines[1:])
    return build_article(paragraphs, where=where, url=url, published=published, title=title)


def _split_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """Take the first non-blank line as title and drop its repetition."""
    blocks = [normalise_whitespace(line) for line in lines]
    blocks = [line for line in blocks if line]
    if not blocks:
        return None, []
    title = blocks[0]
    rest = blocks[1:]
    if rest and _same_title(rest[0], title):
        rest = rest[1:]
    return title, rest


def _same_title(a: str, b: str) -> bool:
    return a.casefold().strip(" .") == b.casefold().strip(" .")


def build_article(
    paragraphs: list[str],
    *,
    where: str,
    url: str | None,
    published: date | None,
    title: str | None,
    metadata: dict[str, Any] | None = None,
) -> Article:
    """Clean body paragraphs and assemble an Article with a stable id."""
    dateline = None
    region = None
    others: tuple[str, ...] = ()
    kept: list[str] = []
    teasers: list[tuple[int, str]] = []
    for paragraph in paragraphs:
        if dateline is None and _may_precede_dateline(kept):
            found = find_dateline(paragraph)
            if found is not None:
                dateline, others, region = found.place, found.others, found.region
                paragraph = paragraph[found.length :]
                # a deck, a title or a credit line above it is furniture (no sentence's end): the
                # story starts at the dateline, and its lede is the first sentence again
                kept = [k for k in kept if k.rstrip().endswith(_SENTENCE_ENDS)]
        teaser = truncated_lead(paragraph)
        if teaser is not None:
            teasers.append((len(kept), teaser))
            continue
        if is_noise_line(paragraph):
            continue
        kept.append(unglue_sentences(paragraph))
    for at, teaser in reversed(teasers):
        if not _repeated(teaser, kept):
            kept.insert(at, teaser)
    body = "\n\n".join(kept)
    if not body.strip():
        raise InputError(Messages.EMPTY_BODY, where=where)
    return Article(
        id=article_id(url, body),
        text=body,
        url=url,
        published=published,
        title=title,
        publisher=publisher_of(url),
        dateline=dateline,
        dateline_region=region,
        origin=where,
        other_datelines=others,
        metadata=metadata or {},
    )


def _repeated(teaser: str, paragraphs: list[str]) -> bool:
    """Whether the body tells a cut-short lead again: its opening words stand in a paragraph."""
    opening = " ".join(teaser.removesuffix("...").split()[:_TEASER_WORDS])
    return any(opening in " ".join(p.split()) for p in paragraphs)


# Words of a cut-short lead that show the body repeats it.
_TEASER_WORDS = 8
# How a sentence ends; a headline ends without a stop, or with a quoted word ("cries 'coup'").
_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d")
# A deck or a second, shorter title above the dateline: at most two such lines, each short.
_MAX_DECK_LINES = 2
_MAX_DECK_CHARS = 200


def _may_precede_dateline(kept: list[str]) -> bool:
    """Whether the paragraphs kept so far can stand above a dateline: none, or at most two short
    lines (a deck, "Quadrilateral memorandum also signed with Qatar, UAE"; a shorter repeat of the
    title; a credit line, "Anadolu Staff | 22.04.2024").  Sites print these above "BAGHDAD (AA) -",
    and a dateline missed there leaves the article without its place."""
    return len(kept) <= _MAX_DECK_LINES and all(len(k) <= _MAX_DECK_CHARS for k in kept)


def article_id(url: str | None, text: str) -> str:
    """A stable id: hash of the URL, or of the text when there is none."""
    return stable_hash("url", url) if url else stable_hash("text", text)


def publisher_of(url: str | None) -> str | None:
    """The outlet's domain without ``www.`` (``sputniknews.com``)."""
    if not url:
        return None
    host = urlparse(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def article_from_record(record: Any, where: str) -> Article:
    """Turn one JSON/CSV record ``{url, date, title, text}`` into an Article."""
    if not isinstance(record, dict):
        raise InputError(Messages.BAD_RECORD.format(reason="expected a JSON object"), where=where)
    text = record.get("text") or record.get("body") or record.get("content")
    if not isinstance(text, str) or not text.strip():
        raise InputError(Messages.BAD_RECORD.format(reason="field 'text' is missing or empty"), where=where)
    raw_date = record.get("date") or record.get("published")
    published = parse_date(str(raw_date)[:10]) if raw_date else None
    url = record.get("url") or None
    title = record.get("title") or None
    known = {"text", "body", "content", "date", "published", "url", "title"}
    metadata = {k: v for k, v in record.items() if k not in known}
    paragraphs = [normalise_whitespace(p) for p in re.split(r"\n\s*\n|\r\n\s*\r\n", text)]
    paragraphs = [p for p in paragraphs if p]
    if title and paragraphs and _same_title(paragraphs[0], str(title)):
        paragraphs = paragraphs[1:]
    return build_article(paragraphs, where=where, url=url, published=published, title=title, metadata=metadata)


def _read_records_file(path: Path, suffix: str, max_bytes: int) -> Iterator[Item]:
    with path.open("rb") as handle:
        stream = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="strict", newline="")
        if suffix in CSV_SUFFIXES:
            yield from _records_from_csv(stream, str(path), suffix, max_bytes)
        else:
            yield from _records_from_lines(stream, str(path), max_bytes)


def _records_from_lines(stream: io.TextIOBase, where: str, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """JSON Lines, one article per line; a bad line is one failure."""
    number = 0
    while True:
        number += 1
        place = f"{where}:{number}"
        try:
            line = stream.readline()
        except UnicodeDecodeError as exc:
            yield Failure(place, Messages.NOT_UTF8.format(offset=exc.start))
            return
        if not line:
            return
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield Failure(place, Messages.TOO_LARGE.format(size=len(line), limit=max_bytes))
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(place, Messages.BAD_JSON.format(reason=exc.msg + f" at column {exc.colno}"))
            continue
        yield _guard(lambda r=record, p=place: article_from_record(r, p), place)


def _records_from_csv(stream: io.TextIOBase, where: str, suffix: str, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """CSV (or TSV) with a header row naming url, date, title, text."""
    csv.field_size_limit(max_bytes)
    reader = csv.DictReader(stream, delimiter="\t" if suffix == ".tsv" else ",")
    try:
        for number, row in enumerate(reader, start=2):
            place = f"{where}:{number}"
            yield _guard(lambda r=row, p=place: article_from_record(dict(r), p), place)
    except (csv.Error, UnicodeDecodeError) as exc:
        yield Failure(f"{where}:{reader.line_num}", f"unreadable CSV: {exc}")


def parse_html(html: str, where: str) -> Article:
    """Extract the main text and metadata of an HTML page with trafilatura."""
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, as_dict=False)
    body = getattr(document, "text", None) if document is not None else None
    if not body or not _is_prose(body):
        raise InputError(Messages.NO_TEXT_HTML, where=where)
    published = _html_date(getattr(document, "date", None), where)
    url = getattr(document, "url", None) or None
    title = getattr(document, "title", None) or None
    paragraphs = [normalise_whitespace(p) for p in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if title and paragraphs and _same_title(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    return build_article(paragraphs, where=where, url=url, published=published, title=title)


def _is_prose(text: str) -> bool:
    """Enough words and at least one sentence end: not a menu or a cookie banner."""
    return len(text.split()) >= _MIN_HTML_WORDS and any(mark in text for mark in ".!?")


_MIN_HTML_WORDS = 12


def _html_date(value: str | None, where: str) -> date | None:
    if not value:
        return None
    try:
        return datetime.strptime(value[:10], "%Y-%m-%d").date()
    except ValueError:
        log.warning("%s: unusable page date %r ignored", where, value)
        return None
