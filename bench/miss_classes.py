"""Where missed gold events are lost: counts of missed gold events (dyad_root) by the furthest stage
that a trigger of the gold's CAMEO root reached in the gold quote's sentence.

    python bench/miss_classes.py                                   # the whole development set
    python bench/miss_classes.py --ids 101 120 --examples 5        # one part, with examples
    python bench/miss_classes.py --gold eval/heldout/gold.jsonl --articles eval/heldout/articles

Classes: ``no_trigger`` (nothing in the lexicon fired in the sentence), ``other_root_*`` (only
triggers of other roots fired: dropped, or coded), ``same_root_trigger_<stage>`` (a trigger of the
right root was dropped at that stage: not actual, actors, code, targets), ``coded_wrong_sides``
(an event of the right root was coded in the sentence, with other countries).  On the held-out
part print counts only (the default, ``--examples 0``): its sentences are not for error analysis.

It traces ``EventFinder``'s private stages by wrapping them, so it is a diagnostic, not an API.
"""

from __future__ import annotations

import collections
from typing import Any

from gold_parts import parse_args, selected_units

from accord.api import default_coder
from accord.stages import events as stage

STAGES = ["_draft", "_settle_actors", "_settle_code", "_settle_targets"]
ORDER = ["notactual", "X_actors", "X_code", "X_targets", "drafted", "actors_ok", "code_ok", "targets_ok"]
LOG: list[dict[str, Any]] = []


def _traced(name: str, method: Any) -> Any:
    """A stage method that records how far each trigger got."""

    def run(self: Any, draft: Any, *args: Any) -> Any:
        result = method(self, draft, *args)
        if name == "_draft":
            reached = "drafted" if result else "notactual"
            LOG.append({"token": draft.token, "code": draft.pattern.code, "stage": reached})
        else:
            LOG[-1]["stage"] = f"{name[8:]}_ok" if result else f"X_{name[8:]}"
        return result

    return run


def _squash(text: str) -> str:
    return " ".join(text.split())


def classify(gold: Any, events: list[Any]) -> str:
    """The class of one missed gold event, from the coded events and the trace of its article."""
    head = _squash(gold.quote)[:50]
    here = [e for e in events if head in _squash(e.sentence)]
    if any(e.cameo[:2] == gold.code[:2] for e in here):
        return "coded_wrong_sides"
    traced = [t for t in LOG if head in _squash(t["token"].sent.text)]
    same = [t for t in traced if t["code"][:2] == gold.code[:2]]
    if same:
        best = max(same, key=lambda t: ORDER.index(t["stage"]))
        return "same_root_trigger_" + best["stage"]
    if here:
        return "other_root_coded"
    return "other_root_trigger_dropped" if traced else "no_trigger"


def main() -> None:
    args = parse_args(__doc__, "miss_classes")
    for name in STAGES:
        setattr(stage.EventFinder, name, _traced(name, getattr(stage.EventFinder, name)))
    coder = default_coder()
    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for unit in selected_units(args):
        LOG.clear()
        article = next(iter(coder.code([unit.article])))
        coded = {(e.source.country, e.target.country if e.target else "", e.cameo[:2]) for e in article.events}
        for gold in unit.events:
            if (gold.source, gold.target, gold.code[:2]) in coded:
                continue
            name = classify(gold, article.events)
            counts[name] += 1
            examples[name].append(f"{unit.id} {gold.source}-{gold.target}-{gold.code} | {_squash(gold.quote)[:70]}")
    print(f"{sum(counts.values())} missed gold events (dyad_root)")
    for name, n in counts.most_common():
        print(f"{n:5d}  {name}")
        for line in examples[name][: args.examples]:
            print(f"         {line}")


if __name__ == "__main__":
    main()
