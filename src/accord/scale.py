"""Scale-out: code in several local processes, or in partitions on a Dask cluster.

Dask runs are documented in docs/SCALING.md; the partition files' Parquet schema is
the store's mentions schema (one row per event, plus ``position``, the article's
place in its partition) and an articles table (version ``PARQUET_VERSION``).

Local processes (:func:`code_in_processes`) each build one :class:`~accord.pipeline.Coder`
(model loaded once per process) and code chunks of articles; at most two chunks per
process are in flight, so memory stays flat whatever the corpus size, and articles come
back in input order.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.errors import InputError
from accord.model import Article, Event, Failure, Sentence

if TYPE_CHECKING:
    from accord.pipeline import Coder
    from accord.store import IngestCounts

log = logging.getLogger(__name__)

__all__ = ["DaskRun", "MissingExtra", "code_in_processes", "code_partition", "input_files", "read_partition"]

_CODERS: dict[tuple[Any, ...], Coder] = {}

# Workers are forked where fork is safe and cheap (Linux): a forked worker starts with spaCy and
# accord already imported by the parent (about 1.5 s of each worker's start-up, measured with
# two workers: ready after 4.5-4.9 s instead of 5.8-6.4 s).  Elsewhere (macOS, Windows) they are
# spawned.  Either way each worker builds its own Coder: the parent loads no model.
_START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"


def worker_coder(settings: dict[str, Any]) -> Coder:
    """The Coder of this process for these settings, built on first use (one model load per process)."""
    from accord.pipeline import Coder, settle_start_up

    key = tuple(sorted((k, str(v)) for k, v in settings.items()))
    coder = _CODERS.get(key)
    if coder is None:
        coder = _CODERS[key] = Coder(**settings)
        if multiprocessing.parent_process() is not None:
            settle_start_up()  # a worker codes with this Coder until it exits
    return coder


def _init_worker(settings: dict[str, Any]) -> None:
    worker_coder(settings)


def _code_chunk(settings: dict[str, Any], articles: list[Article]) -> list[Article]:
    return list(worker_coder(settings).code(articles))


@dataclass(slots=True)
class ProcessCoder:
    """A coder for ``--workers N``: codes in N worker processes, and loads no model itself.

    The parent only reads, dispatches and writes; loading the model, the dictionaries and the
    gazetteer in it as well cost a third worker's start-up for nothing (measured in bench/speed.py).
    """

    settings: dict[str, Any]
    workers: int

    def code(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Coded articles in input order (see :func:`code_in_processes`)."""
        yield from code_in_processes(articles, self.settings, self.workers)


def code_in_processes(articles: Iterable[Article], settings: dict[str, Any], workers: int) -> Iterator[Article]:
    """Code articles in ``workers`` processes, yielding them coded and in input order."""
    chunk = max(1, int(settings.get("batch_size") or 32))
    context = multiprocessing.get_context(_START_METHOD)
    stream = iter(articles)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(settings,)) as pool:
        pending: deque[Future[list[Article]]] = deque()
        while True:
            while len(pending) < 2 * workers:
                batch = list(islice(stream, chunk))
                if not batch:
                    break
                pending.append(pool.submit(_code_chunk, settings, batch))
            if not pending:
                return
            yield from pending.popleft().result()


# -- Dask ---------------------------------------------------------------------------------------
#
# The driver lists the input files and cuts them into partitions; each Dask task codes one
# partition with its worker process's Coder and returns it as two Parquet tables (articles,
# events).  The driver writes them as partition files and loads them, in input order, into the
# store with Store.add, so that a Dask run stores what a local run stores.

PARQUET_VERSION = 1


class MissingExtra(ImportError):
    """The ``dask`` extra is not installed."""

    def __init__(self) -> None:
        super().__init__("the Dask engine needs the dask extra: pip install 'accord[dask]'")


@dataclass(slots=True)
class Partition:
    """One coded partition: where its Parquet files are and what could not be read."""

    index: int
    articles: Path
    events: Path | None
    failures: list[Failure]


def input_files(paths: Iterable[str | Path]) -> list[str]:
    """The files a local run would read, in the same order (folders walked, sorted)."""
    from accord.stages.ingest import SUFFIXES

    files: list[str] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            raise InputError("the Dask engine cannot read standard input; give files or folders")
        if path.is_dir():
            children = sorted(p for p in path.rglob("*") if p.is_file())
            files += [str(p) for p in children if p.suffix.lower() in SUFFIXES and not p.name.startswith(".")]
        else:
            files.append(str(path))
    return files


def code_partition(
    files: list[str], settings: dict[str, Any]
) -> tuple[bytes, bytes | None, list[tuple[str, str, str]]]:
    """Code the articles of some files in this worker; returns Parquet bytes and the failures."""
    from accord.stages.ingest import read_paths

    failures: list[tuple[str, str, str]] = []

    def readable() -> Iterator[Article]:
        for item in read_paths(files):
            if isinstance(item, Failure):
                failures.append((item.where, item.message, item.code))
            else:
                yield item

    articles, events = _tables(worker_coder(settings).code(readable()))
    return articles, events, failures


def _tables(coded: Iterable[Article]) -> tuple[bytes, bytes | None]:
    import pyarrow as pa

    from accord.store import mention_row

    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for position, article in enumerate(coded):
        rows.append(_article_record(article, position))
        events += [{**mention_row(event, article), "position": position} for event in article.events]
    return _parquet(pa.Table.from_pylist(rows)), _parquet(pa.Table.from_pylist(events)) if events else None


def _article_record(article: Article, position: int) -> dict[str, Any]:
    return {
        "position": position,
        "id": article.id,
        "url": article.url,
        "published": article.published,
        "title": article.title,
        "text": article.text,
        "publisher": article.publisher,
        "dateline": article.dateline,
        "origin": article.origin,
        "sentences": [[s.start, s.end] for s in article.sentences],
        "parquet_version": PARQUET_VERSION,
    }


def _parquet(table: Any) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())


def read_partition(partition: Partition) -> list[Article]:
    """Rebuild the coded Articles of one partition from its Parquet files."""
    import pyarrow.parquet as pq

    from accord.store import row_to_event

    found: dict[int, list[Event]] = {}
    if partition.events is not None:
        for row in pq.read_table(partition.events).to_pylist():
            found.setdefault(row.pop("position"), []).append(row_to_event(row))
    articles = []
    for row in pq.read_table(partition.articles).to_pylist():
        text = row["text"]
        article = Article(
            id=row["id"],
            text=text,
            url=row["url"],
            published=row["published"],
            title=row["title"],
            publisher=row["publisher"],
            dateline=row["dateline"],
            origin=row["origin"],
            sentences=[Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(row["sentences"] or [])],
            events=found.get(row["position"], []),
        )
        articles.append(article)
    return articles


class DaskRun:
    """``accord code --engine dask``: code files in partitions on a Dask cluster.

    Without ``scheduler`` a LocalCluster of ``workers`` processes is started (and closed).
    Partition files go to ``parquet_dir`` (kept) or a temporary folder (removed).
    """

    def __init__(
        self,
        paths: Iterable[str | Path],
        settings: dict[str, Any],
        *,
        scheduler: str | None = None,
        partition_files: int = 8,
        workers: int = 2,
        parquet_dir: Path | None = None,
    ) -> None:
        try:
            import distributed  # noqa: F401
        except ImportError as exc:
            raise MissingExtra() from exc
        self.files = input_files(paths)
        self.settings = settings
        self.scheduler = scheduler
        self.size = partition_files
        self.workers = workers
        self.parquet_dir = parquet_dir

    def partitions(self) -> Iterator[Partition]:
        """Coded partitions in input order, at most two per worker in flight."""
        from distributed import Client, LocalCluster

        chunks = [self.files[i : i + self.size] for i in range(0, len(self.files), self.size)]
        with tempfile.TemporaryDirectory(prefix="accord-dask-") as scratch:
            folder = Path(self.parquet_dir or scratch)
            folder.mkdir(parents=True, exist_ok=True)
            if self.scheduler:
                with Client(self.scheduler) as client:  # type: ignore[no-untyped-call]
                    yield from self._run(client, chunks, folder)
                return
            with (
                LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None
                ) as cluster,
                Client(cluster) as client,  # type: ignore[no-untyped-call]
            ):
                yield from self._run(client, chunks, folder)

    def _run(self, client: Any, chunks: list[list[str]], folder: Path) -> Iterator[Partition]:
        limit = 2 * max(1, len(client.scheduler_info().get("workers", {})) or self.workers)
        pending: deque[Any] = deque()
        queue = iter(enumerate(chunks))
        while True:
            for index, files in islice(queue, max(0, limit - len(pending))):
                pending.append((index, client.submit(code_partition, files, self.settings, pure=False)))
            if not pending:
                return
            index, future = pending.popleft()
            articles, events, failures = future.result()
            yield _write(folder, index, articles, events, failures)

    def articles(
        self, *, on_item: Callable[[Article | Failure], None] | None = None, strict: bool = False
    ) -> Iterator[Article]:
        """Coded articles in input order; failures go to ``on_item`` (or raise with ``strict``)."""
        for partition in self.partitions():
            for failure in partition.failures:
                if strict:
                    raise InputError(failure.message, where=failure.where)
                if on_item:
                    on_item(failure)
            for article in read_partition(partition):
                if on_item:
                    on_item(article)
                yield article

    def into_store(
        self, db: str | Path, *, on_item: Callable[[Article | Failure], None] | None = None, strict: bool = False
    ) -> IngestCounts:
        """Load every partition into the store at ``db``; returns the store's counts."""
        from accord.store import Store

        with Store(db) as store:
            counts = store.add(self.articles(on_item=on_item, strict=strict))
        return counts


def _write(folder: Path, index: int, articles: bytes, events: bytes | None, failures: list[Any]) -> Partition:
    article_path = folder / f"part-{index:05d}.articles.parquet"
    article_path.write_bytes(articles)
    event_path = None
    if events is not None:
        event_path = folder / f"part-{index:05d}.events.parquet"
        event_path.write_bytes(events)
    return Partition(index, article_path, event_path, [Failure(*f) for f in failures])
