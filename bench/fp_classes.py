"""Where false events come from: the coder's false dyad_root keys, by what the gold says of their sentence.

Precision on articles nobody tuned on is about 0.5 (docs/ACCURACY.md), so half of what the coder
emits is wrong. This counts each distinct false key of an article once, by the first event that
produced it, in one of these classes:

- ``no_gold_in_sentence``: the sentence holds no gold or optional event (background, events the
  guidelines leave out, triggers that are not events there);
- ``only_optional_in_sentence``: the sentence holds optional events only, none with this key;
- ``gold_same_root_wrong_sides``: a gold event of the same root in the sentence, other countries;
- ``gold_same_dyad_other_root``: a gold event with the same countries, another root;
- ``gold_other_dyad_and_root``: the sentence has gold events, none close to this one;

and says how many of them pair a state with itself or have no target.

    python bench/fp_classes.py --ids 1 120 --examples 5
    python bench/fp_classes.py --gold eval/heldout/gold.jsonl --articles eval/heldout/articles

On the held-out part it prints counts only, like miss_classes.py and loc_classes.py.
"""

from __future__ import annotations

from collections import Counter

from gold_parts import parse_args, selected_units

from accord.evaluation import GoldEvent, Unit, event_key
from accord.model import Event

Key = tuple[str, ...]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _in_sentence(gold: list[GoldEvent], sentence: str) -> list[GoldEvent]:
    """Gold events whose quote lies in the sentence (the quote's first 60 characters suffice)."""
    return [g for g in gold if g.quote and _flat(g.quote)[:60] in sentence]


def classify(key: Key, sentence: str, unit: Unit) -> str:
    """The class of one false key, from the gold and optional events of its sentence."""
    golds = [g.key("dyad_root", False) for g in _in_sentence(unit.events, sentence)]
    if any(g[-1] == key[-1] for g in golds):
        return "gold_same_root_wrong_sides"
    if any(g[:2] == key[:2] for g in golds):
        return "gold_same_dyad_other_root"
    if golds:
        return "gold_other_dyad_and_root"
    if _in_sentence(unit.optional, sentence):
        return "only_optional_in_sentence"
    return "no_gold_in_sentence"


def false_keys(unit: Unit, events: list[Event]) -> list[tuple[Key, Event]]:
    """Each false dyad_root key of an article once, with the first event that produced it."""
    gold = {e.key("dyad_root", False) for e in unit.events}
    optional = {e.key("dyad_root", False) for e in unit.optional}
    seen: dict[Key, Event] = {}
    for event in events:
        key = event_key(event, "dyad_root", False)
        if key not in gold and key not in optional:
            seen.setdefault(key, event)
    return list(seen.items())


def main() -> None:
    args = parse_args(__doc__, "fp_classes")
    from accord.api import default_coder

    units = selected_units(args)
    counts: Counter[str] = Counter()
    marks: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for unit, article in zip(units, default_coder().code(u.article for u in units), strict=True):
        for key, event in false_keys(unit, article.events):
            kind = classify(key, _flat(event.sentence), unit)
            counts[kind] += 1
            marks["source == target"] += bool(key[1]) and key[0] == key[1]
            marks["no target"] += not key[1]
            line = f"{unit.id} {'-'.join(key)} [{event.trigger}] {_flat(event.sentence)[:110]}"
            examples.setdefault(kind, []).append(line)
    print(f"{sum(counts.values())} false dyad_root keys in {len(units)} articles")
    for kind, count in counts.most_common():
        print(f"{count:>5}  {kind}")
        for line in examples[kind][: args.examples]:
            print(f"         {line}")
    print("of all of them: " + ", ".join(f"{name} {count}" for name, count in marks.items()))


if __name__ == "__main__":
    main()
