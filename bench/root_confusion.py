"""Where the lexicon and the gold disagree on the code of the same event: a confusion table.

For each gold event whose quote sentence the coder coded with the same dyad (source and target
country) but another CAMEO root, count (gold code, coded code, trigger) over articles; a second
table does the same for the same root but another code.  A pair that recurs across several
articles is a convention the lexicon and the annotators read differently (docs/ANNOTATION.md,
"Agreed ceasefires"), not a one-off error, and is worth settling in the guidelines.

A coded code that the gold lists anyway for that dyad (as another required or optional event)
is no confusion and is left out.  ``--second`` adds what the second annotators (eval/agreement/)
coded for the same dyad in the same sentence, so that each pair shows whether they side with the
first annotation; only their lines for dev141-dev160 are read (dev161-dev180 is unseen).

    python bench/root_confusion.py --min-articles 3                 # the whole development set
    python bench/root_confusion.py --ids 141 160 \\
        --second eval/agreement/second_iaaA.jsonl eval/agreement/second_iaaB.jsonl --examples 3
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from gold_parts import ROOT, in_range

from accord.api import default_coder
from accord.evaluation import GoldEvent, Unit, load_units
from accord.model import Event

SECOND_IDS = (141, 160)  # the second annotation's lines that may be read (dev161-180 is unseen)


@dataclass(slots=True)
class Pair:
    """One (gold code, coded code, trigger) cell: where it happened and what the second annotators said."""

    articles: set[str] = field(default_factory=set)
    examples: list[str] = field(default_factory=list)
    second: collections.Counter[str] = field(default_factory=collections.Counter)


Table = dict[tuple[str, str, str], Pair]


def _squash(text: str) -> str:
    return " ".join(text.split())


def _head(text: str) -> str:
    return _squash(text)[:50]


def second_codes(paths: list[Path]) -> dict[tuple[str, str, str, str], list[str]]:
    """(article, quote head, source, target) -> the codes the second annotators gave, dev141-160 only."""
    codes: dict[tuple[str, str, str, str], list[str]] = collections.defaultdict(list)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if not in_range(record["id"], SECOND_IDS):
                continue
            for ev in record.get("events", []) + record.get("optional_events", []):
                key = (record["id"], _head(ev.get("quote", "")), ev.get("source", ""), ev.get("target", ""))
                codes[key].append(ev.get("cameo", ""))
    return codes


def _listed(gold: GoldEvent, code: str, unit: Unit) -> bool:
    """Whether the gold lists ``code`` for this dyad anyway, so coding it is no confusion."""
    return any((g.source, g.target, g.code) == (gold.source, gold.target, code) for g in unit.events + unit.optional)


def _sides(gold: GoldEvent, event: Event, loose: bool) -> bool:
    """Same dyad; with ``loose``, the same source country whatever the target."""
    target = event.target.country if event.target else ""
    return event.source.country == gold.source and (loose or target == gold.target)


def confusions(unit: Unit, events: list[Event], loose: bool = False) -> list[tuple[str, GoldEvent, Event]]:
    """("root" or "code", gold event, coded event) for each confused gold event of one article, and
    ("same", gold event, coded event) where the coder gave the gold's code (the agreeing count)."""
    found: list[tuple[str, GoldEvent, Event]] = []
    for gold in unit.events:
        head = _head(gold.quote)
        here = [e for e in events if head in _squash(e.sentence) and _sides(gold, e, loose)]
        same = [e for e in here if e.cameo == gold.code]
        if same:
            found.append(("same", gold, same[0]))
        if not here or same:
            continue
        same_root = [e for e in here if e.cameo[:2] == gold.code[:2]]
        kind, pool = ("code", same_root) if same_root else ("root", here)
        for e in pool:
            if not _listed(gold, e.cameo, unit):
                found.append((kind, gold, e))
                break
    return found


def build(args: argparse.Namespace) -> dict[str, Table]:
    """The two tables over the selected articles."""
    second = second_codes(args.second)
    coder = default_coder()
    tables: dict[str, Table] = {k: collections.defaultdict(Pair) for k in ("root", "code", "same")}
    units = [u for u in load_units(args.gold, args.articles) if in_range(u.id, args.ids)]
    for unit in units:
        article = next(iter(coder.code([unit.article])))
        for kind, gold, coded in confusions(unit, list(article.events), args.loose):
            trigger = "*" if args.any_trigger else coded.trigger.lower()
            pair = tables[kind][(gold.code, coded.cameo, trigger)]
            pair.articles.add(unit.id)
            pair.examples.append(f"{unit.id} {gold.source}-{gold.target} | {_squash(gold.quote)[:90]}")
            for code in second.get((unit.id, _head(gold.quote), gold.source, gold.target), []):
                pair.second[code] += 1
    return tables


def agreeing(same: Table, coded: str, trigger: str) -> int:
    """Gold events the coder got exactly right with this code and trigger: the other side of a cell."""
    return sum(len(p.examples) for (g, c, t), p in same.items() if c == coded and trigger in (t, "*"))


def show(title: str, table: Table, same: Table, args: argparse.Namespace) -> None:
    """Print the cells seen in at least ``--min-articles`` articles, most articles first; ``right``
    counts the gold events where the same code and trigger were what the gold has."""
    rows = [(k, p) for k, p in table.items() if len(p.articles) >= args.min_articles]
    rows.sort(key=lambda kp: (-len(kp[1].articles), kp[0]))
    print(
        f"\n{title}: {sum(len(p.examples) for p in table.values())} confused gold events, "
        f"{len(rows)} cells in >= {args.min_articles} articles"
    )
    print(f"{'gold':>6} {'coded':>6}  {'trigger':<14} arts  events  right  second annotators")
    for (gold, coded, trigger), pair in rows:
        second = ", ".join(f"{c} x{n}" for c, n in pair.second.most_common()) or "-"
        right = agreeing(same, coded, trigger)
        counts = f"{len(pair.articles):4d}  {len(pair.examples):6d}  {right:5d}"
        print(f"{gold:>6} {coded:>6}  {trigger:<14} {counts}  {second}")
        for line in pair.examples[: args.examples]:
            print(f"{'':16}{line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT / "eval/dev/gold.jsonl")
    parser.add_argument("--articles", type=Path, default=ROOT / "eval/dev/articles")
    parser.add_argument("--ids", type=int, nargs=2, default=(1, 10**6), metavar=("FIRST", "LAST"))
    parser.add_argument("--second", type=Path, nargs="*", default=[], help="second annotations (eval/agreement/)")
    parser.add_argument("--min-articles", type=int, default=1)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--loose", action="store_true", help="same source country, any target")
    parser.add_argument("--any-trigger", action="store_true", help="count (gold, coded) pairs over all triggers")
    args = parser.parse_args()
    if "heldout" in args.gold.resolve().parts:
        sys.exit("root_confusion: not on eval/heldout (its sentences are not for error analysis)")
    tables = build(args)
    show("Same dyad, another root", tables["root"], tables["same"], args)
    show("Same dyad and root, another code", tables["code"], tables["same"], args)


if __name__ == "__main__":
    main()
