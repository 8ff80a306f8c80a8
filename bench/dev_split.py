"""dyad_root F1 and salient recall on parts of the development set, by article id.

The development set grew in steps (dev01-dev60 in session 1, dev61-dev80 in session 2); rules
tuned on one part and scored on the other show how far tuning transfers.  Each part is scored
as `accord eval` scores the whole set.

    python bench/dev_split.py                  # dev01-dev60 and dev61-dev80
    python bench/dev_split.py --split 40 60    # dev01-40, dev41-60, dev61-80
    python bench/dev_split.py --split 140 --levels root code   # root and code F1 beside dyad_root
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def number(unit_id: str) -> int:
    """'dev07' -> 7."""
    found = re.search(r"(\d+)$", unit_id)
    if found is None:
        raise ValueError(f"no number in article id {unit_id!r}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT / "eval/dev/gold.jsonl")
    parser.add_argument("--articles", type=Path, default=ROOT / "eval/dev/articles")
    parser.add_argument("--split", type=int, nargs="+", default=[60], help="last id of each part but the last")
    parser.add_argument("--levels", nargs="+", default=[], help="further levels to print per part (root, code, ...)")
    args = parser.parse_args()
    from accord.api import default_coder
    from accord.evaluation import evaluate, load_units

    units = load_units(args.gold, args.articles)
    coder = default_coder()
    bounds = [0, *sorted(args.split), max(number(u.id) for u in units)]
    for low, high in zip(bounds, bounds[1:], strict=False):
        part = [u for u in units if low < number(u.id) <= high]
        report = evaluate(part, coder)
        score = report.levels["dyad_root"]
        salient = f"{report.salient_found}/{report.salient_total}"
        recall = report.salient_found / report.salient_total if report.salient_total else 0.0
        print(
            f"ids {low + 1}-{high} ({len(part)} articles): dyad_root P {score.precision:.3f} "
            f"R {score.recall:.3f} F1 {score.f1:.3f}; salient recall {recall:.3f} ({salient})"
        )
        for level in args.levels:
            other = report.levels[level]
            print(f"    {level:<9} P {other.precision:.3f} R {other.recall:.3f} F1 {other.f1:.3f}")


if __name__ == "__main__":
    main()
