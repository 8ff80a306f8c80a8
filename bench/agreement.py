"""Agreement between two annotators of the same articles, and the coder's score beside it.

A target such as "dyad_root F1 >= 0.75 on unseen articles" is only meaningful if two careful
annotators following docs/ANNOTATION.md agree well above it.  This bench scores a second,
independent annotation (eval/agreement/) against the first (eval/dev/gold.jsonl) with the same
keys ``accord eval`` uses, and prints the coder's score on the same articles for comparison.

Two readings of the comparison:

- ``strict``: the second annotation scored like a coder's output (the first annotator's optional
  events excuse extra events, nothing excuses a missed one);
- ``lenient``: an event either annotator marked optional excuses the other's omission, both ways.

    python bench/agreement.py eval/agreement/second_iaaA.jsonl eval/agreement/second_iaaB.jsonl
    python bench/agreement.py eval/agreement/*.jsonl --no-coder
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from accord.evaluation import LEVELS, GoldEvent, Report, Unit, load_units, score_unit

ROOT = Path(__file__).resolve().parent.parent


@dataclass(slots=True)
class Tally:
    """True positives, extra and missed events of one comparison at one level."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def line(self) -> str:
        """Precision, recall and F1 as one printed line."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def keys(events: list[GoldEvent], level: str) -> set[tuple[str, ...]]:
    """The comparison keys of gold events at one level (as accord eval builds them)."""
    return {e.key(level, False) for e in events}


def compare(first: Unit, second: Unit, level: str, strict: Tally, lenient: Tally) -> None:
    """Add one article's comparison of the second annotation against the first."""
    gold, gold_opt = keys(first.events, level), keys(first.optional, level)
    other, other_opt = keys(second.events, level), keys(second.optional, level)
    strict.tp += len(gold & other)
    strict.fp += len(other - gold - (gold_opt - gold))
    strict.fn += len(gold - other)
    lenient.tp += len(gold & other)
    lenient.fp += len(other - gold - gold_opt)
    lenient.fn += len(gold - other - other_opt)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("second", type=Path, nargs="+", help="second annotations (article gold, JSONL)")
    parser.add_argument("--gold", type=Path, default=ROOT / "eval/dev/gold.jsonl")
    parser.add_argument("--articles", type=Path, default=ROOT / "eval/dev/articles")
    parser.add_argument("--no-coder", action="store_true", help="skip coding the articles")
    args = parser.parse_args()
    wanted: dict[str, Unit] = {}
    for path in args.second:
        for unit in load_units(path, args.articles):
            wanted[unit.id] = unit
    first = {u.id: u for u in load_units(args.gold, args.articles) if u.id in wanted}
    missing = sorted(set(wanted) - set(first))
    if missing:
        raise SystemExit(f"no first annotation for {', '.join(missing)}")
    ids = sorted(first)
    print(f"{len(ids)} articles annotated twice; first annotation {args.gold}")
    counts = [(len(first[i].events), len(wanted[i].events)) for i in ids]
    print(f"gold events: first {sum(a for a, _ in counts)}, second {sum(b for _, b in counts)}")
    for level in LEVELS:
        strict, lenient = Tally(), Tally()
        for unit_id in ids:
            compare(first[unit_id], wanted[unit_id], level, strict, lenient)
        print(f"{level:<10} strict  {strict.line()}")
        print(f"{'':<10} lenient {lenient.line()}")
    if not args.no_coder:
        from accord.api import default_coder

        report = Report()
        units = [first[i] for i in ids]
        for unit, article in zip(units, default_coder().code(u.article for u in units), strict=True):
            score_unit(report, unit, article.events, False)
        print("the coder against the first annotation (as accord eval scores it):")
        for level in LEVELS:
            score = report.levels[level]
            print(f"{level:<10} {json.dumps(score.to_dict())}")


if __name__ == "__main__":
    main()
