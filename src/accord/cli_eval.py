"""The ``accord eval`` command: accuracy against gold files."""

from __future__ import annotations

import json
from pathlib import Path

import click

from accord.errors import AccordError
from accord.pipeline import DEFAULT_ENTITIES, ENTITY_SOURCES

# Shared by `accord code` and `accord eval`.
entities_option = click.option(
    "--entities",
    type=click.Choice(ENTITY_SOURCES),
    default=DEFAULT_ENTITIES,
    show_default=True,
    help="Named entities from accord's dictionaries and date patterns, or from the model's NER (slower).",
)


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--articles",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of article files named <id>.txt, for article gold without inline text.",
)
@click.option("--model", default=None, help="spaCy pipeline to code with.")
@entities_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object with all figures.")
@click.option(
    "--examples",
    default=0,
    show_default=True,
    type=click.IntRange(0, 10_000),
    help="Print this many units with errors, for error analysis.",
)
def eval_command(
    gold: tuple[Path, ...], articles: Path | None, model: str | None, entities: str, as_json: bool, examples: int
) -> None:
    """Score accord against gold events (sentence gold like shared/peers/*.jsonl, or article gold).

    Prints precision, recall and F1 at the levels root, dyad_root, code and
    sector, a per-root table, salient recall and the most frequent errors.

    Example: accord eval eval/dev/gold.jsonl --articles eval/dev/articles
    """
    from accord.api import default_coder
    from accord.evaluation import Report, evaluate, format_report, load_units, score_unit
    from accord.evaluation_actors import evaluate_actors, format_actor_report, is_actor_gold

    if all(is_actor_gold(path) for path in gold):
        for path in gold:
            actor_report = evaluate_actors(path, default_coder(model, entities))
            click.echo(json.dumps(actor_report.to_dict()) if as_json else format_actor_report(actor_report, str(path)))
        return
    try:
        units = [u for path in gold for u in load_units(path, articles)]
        coder = default_coder(model, entities)
        if len(gold) == 1:
            report = evaluate(units, coder, examples=examples)
        else:
            report = Report()
            for path in gold:
                part = load_units(path, articles)
                sub = evaluate(part, coder, examples=examples)
                _merge(report, sub)
    except AccordError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report.to_dict()))
    else:
        click.echo(format_report(report, ", ".join(str(p) for p in gold)))
    del units, score_unit


def _merge(total: object, part: object) -> None:
    from accord.evaluation import Report, Score

    assert isinstance(total, Report) and isinstance(part, Report)
    for name, score in part.levels.items():
        mine = total.levels[name]
        mine.tp, mine.fp, mine.fn = mine.tp + score.tp, mine.fp + score.fp, mine.fn + score.fn
    for root, score in part.per_root.items():
        mine = total.per_root.setdefault(root, Score())
        mine.tp, mine.fp, mine.fn = mine.tp + score.tp, mine.fp + score.fp, mine.fn + score.fn
    total.salient_found += part.salient_found
    total.salient_total += part.salient_total
    total.errors.update(part.errors)
    total.examples.extend(part.examples)
    total.location.merge(part.location)
    total.contexts.merge(part.contexts)
    total.units += part.units


def register(group: click.Group) -> None:
    """Add the eval command to the CLI group."""
    group.add_command(eval_command)
