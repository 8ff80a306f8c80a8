"""The ``accord`` command line: parses options, calls the library, formats output.

Data goes to stdout or files; messages and the summary go to stderr.
Exit codes: 0 ok, 1 some input failed or a runtime error, 2 bad usage.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import click

from accord import __version__
from accord.cli_eval import entities_option
from accord.errors import AccordError
from accord.model import Article, Event, Failure
from accord.output import format_of, open_sink
from accord.pipeline import Stats, settle_start_up

if TYPE_CHECKING:
    from accord.store import ArticleCoder

log = logging.getLogger("accord")


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else logging.WARNING - 10 * min(verbose, 2)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("accord")
    root.handlers[:] = [handler]
    root.setLevel(level)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="accord")
@click.option("-v", "--verbose", count=True, help="More log messages on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr; no progress bar.")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """accord: code news articles into CAMEO/PLOVER political events with evidence.

    Example: accord code examples/ -o events.jsonl
    """
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet
    _configure_logging(verbose, quiet)


@main.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o", "--output", default=None, help="Output file: .jsonl, .csv or .parquet; '-' for stdout. Default: the store."
)
@click.option(
    "--db",
    envvar="ACCORD_DB",
    default="accord.duckdb",
    show_default=True,
    help="Store written when -o is not given (env ACCORD_DB).",
)
@click.option(
    "--model", default=None, help="spaCy pipeline (default: en_core_web_sm if installed, else its PyPI copy)."
)
@click.option("--strict", is_flag=True, help="Stop at the first unreadable article instead of counting it.")
@click.option(
    "--batch-size", default=32, show_default=True, type=click.IntRange(1, 10_000), help="Articles per nlp.pipe batch."
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 256),
    help="Processes (each loads the model once).",
)
@click.option(
    "--sentence-filter/--no-sentence-filter",
    default=True,
    show_default=True,
    help="Parse only sentences with an actor and a trigger word (faster, same events on the development set).",
)
@entities_option
@click.option(
    "--min-confidence",
    default=0.0,
    show_default=True,
    type=click.FloatRange(0.0, 1.0),
    help="Keep only events whose fitted chance of being right is at least this (docs/SCHEMA.md, confidence).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local processes, or partitions on a Dask cluster (pip install 'accord[dask]').",
)
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:PORT); default: a local cluster.")
@click.option(
    "--partition-files",
    default=8,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="Input files per Dask partition.",
)
@click.pass_context
def code_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    output: str | None,
    db: str,
    model: str | None,
    strict: bool,
    batch_size: int,
    workers: int,
    sentence_filter: bool,
    entities: str,
    min_confidence: float,
    engine: str,
    scheduler: str | None,
    partition_files: int,
) -> None:
    """Code articles (files, folders, JSONL, CSV, HTML, '-' for stdin) into the store or a file.

    Example: accord code ../shared/specimen.txt -o out.jsonl --workers 2
    """
    try:
        format_of(output or "-")
    except AccordError as exc:
        raise click.BadParameter(exc.message, param_hint="--output") from exc
    quiet = bool(ctx.obj.get("quiet"))
    stats = Stats()
    if engine == "dask":
        settings = {
            "model": model,
            "sentence_filter": sentence_filter,
            "entities": entities,
            "min_confidence": min_confidence,
        }
        _code_on_dask(ctx, paths, output, db, settings, strict, scheduler, partition_files, workers)
        return
    try:
        from accord.api import code_articles

        coder = _coder(model, entities, batch_size, workers, sentence_filter, min_confidence)
        if output is None:
            cli_store.ingest_into_store(db, paths, coder=coder, strict=strict, stats=stats, quiet=quiet)
        else:
            with open_sink(output) as sink:
                coded = code_articles(paths, strict=strict, coder=coder)
                for event in _events(coded, stats, quiet):
                    sink.write(event)
    except AccordError as exc:
        _summary(stats, quiet)
        raise click.ClickException(str(exc)) from exc
    _summary(stats, quiet)
    if stats.failures:
        ctx.exit(1)


def _coder(
    model: str | None, entities: str, batch_size: int, workers: int, sentence_filter: bool, min_confidence: float = 0.0
) -> ArticleCoder:
    """The process's Coder, or for several workers a pool of them (the parent loads no model)."""
    if workers > 1:
        from accord.scale import ProcessCoder

        settings = {
            "model": model,
            "batch_size": batch_size,
            "sentence_filter": sentence_filter,
            "entities": entities,
            "min_confidence": min_confidence,
        }
        return ProcessCoder(settings, workers)
    from accord.api import default_coder

    coder = default_coder(model, entities)
    settle_start_up()  # the Coder lives until the command ends
    coder.batch_size, coder.workers, coder.sentence_filter = batch_size, workers, sentence_filter
    coder.min_confidence = min_confidence
    return coder


def _code_on_dask(
    ctx: click.Context,
    paths: tuple[str, ...],
    output: str | None,
    db: str,
    settings: dict[str, Any],
    strict: bool,
    scheduler: str | None,
    partition_files: int,
    workers: int,
) -> None:
    """``accord code --engine dask``: partitions on a cluster, then the store or the output file."""
    from accord.scale import DaskRun, MissingExtra

    quiet = bool(ctx.obj.get("quiet"))
    stats = Stats()
    try:
        run = DaskRun(paths, settings, scheduler=scheduler, partition_files=partition_files, workers=workers)
        if output is None:
            counts = run.into_store(db, on_item=lambda item: _count(item, stats), strict=strict)
            if not quiet:
                click.echo(f"accord: store {db}: {counts.added} new articles, {counts.skipped} skipped", err=True)
        else:
            with open_sink(output) as sink:
                for article in run.articles(on_item=lambda item: _count(item, stats), strict=strict):
                    for event in article.events:
                        sink.write(event)
    except MissingExtra as exc:
        raise click.UsageError(str(exc)) from exc
    except AccordError as exc:
        _summary(stats, quiet)
        raise click.ClickException(str(exc)) from exc
    _summary(stats, quiet)
    if stats.failures:
        ctx.exit(1)


def _count(item: Article | Failure, stats: Stats) -> None:
    if isinstance(item, Failure):
        stats.failures.append(item)
        click.echo(f"error: {item}", err=True)
    else:
        stats.add(item)


def _events(items: Iterator[Article | Failure], stats: Stats, quiet: bool) -> Iterator[Event]:
    show = not quiet and sys.stderr.isatty()
    progress = _progress() if show else None
    task = progress.add_task("coding", total=None) if progress else None
    if progress:
        progress.start()
    try:
        for item in items:
            if isinstance(item, Failure):
                stats.failures.append(item)
                click.echo(f"error: {item}", err=True)
                continue
            stats.add(item)
            if progress is not None and task is not None:
                progress.update(task, advance=1, description=f"{stats.articles} articles, {stats.events} events")
            yield from item.events
    finally:
        if progress:
            progress.stop()


def _progress() -> Any:
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def _summary(stats: Stats, quiet: bool) -> None:
    if quiet and not stats.failures:
        return
    roots = ", ".join(f"{root}: {n}" for root, n in sorted(stats.by_root.items())) or "none"
    click.echo(
        f"accord: {stats.articles} articles, {stats.sentences} sentences, {stats.events} events "
        f"(by root: {roots}); {len(stats.failures)} failed",
        err=True,
    )


from accord import cli_eval  # noqa: E402

cli_eval.register(main)


from accord import cli_store  # noqa: E402

cli_store.register(main)

from accord import cli_serve  # noqa: E402

cli_serve.register(main)


def run() -> None:
    """Entry point that keeps click's exit codes (0, 1, 2)."""
    main(obj={})


if __name__ == "__main__":
    run()
