"""What the diagnostic benches (miss_classes.py, loc_classes.py, fp_classes.py) share: which gold, which
articles of it, and the rule that the held-out part gives counts only, never its sentences."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from accord.evaluation import Unit, load_units

ROOT = Path(__file__).resolve().parent.parent


def parse_args(doc: str | None, prog: str, dump: bool = False) -> argparse.Namespace:
    """``--gold --articles --ids FIRST LAST --examples N`` (and ``--dump RULE`` where a bench lists one
    rule's additions); exits when examples are asked of eval/heldout."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT / "eval/dev/gold.jsonl")
    parser.add_argument("--articles", type=Path, default=ROOT / "eval/dev/articles")
    parser.add_argument("--ids", type=int, nargs=2, default=(0, 10**6), metavar=("FIRST", "LAST"))
    parser.add_argument("--examples", type=int, default=0)
    if dump:
        parser.add_argument("--dump", default="", help="list this rule's added keys (needs --examples)")
    args = parser.parse_args()
    if args.examples and "heldout" in args.gold.resolve().parts:
        sys.exit(f"{prog}: no examples from eval/heldout (counts only)")
    return args


def selected_units(args: argparse.Namespace) -> list[Unit]:
    """The gold units whose id number lies in ``--ids`` (dev07 -> 7)."""
    return [u for u in load_units(args.gold, args.articles) if in_range(u.id, args.ids)]


def in_range(unit_id: str, ids: tuple[int, int]) -> bool:
    digits = "".join(ch for ch in unit_id if ch.isdigit())
    return bool(digits) and ids[0] <= int(digits) <= ids[1]
