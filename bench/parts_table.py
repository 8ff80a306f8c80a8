"""Every row of docs/ACCURACY.md's figures table for the development and held-out parts, in one
coding pass per part (two processes).

    python bench/parts_table.py [SRC]  > /tmp/rows.txt

Each line: ``PART FIRST-LAST | event | root | dyad_root (tp / fp / fn) | code | sector | salient |
places country city n_country n_city``, with P / R / F1 per level, scored as ``accord eval`` scores
(the same ``score_unit``).  The ranges are the table's rows: the blocks each blind round added.  Why
one pass: scoring each part with its own ``accord eval`` run parses every article once per row.
Add a round's range to ``DEV`` or ``HELD_OUT`` when it is merged.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_DEV_BLOCKS = [(216, 236), (237, 257)] + [(a, a + 15) for a in range(258, 770, 16)]
DEV = [(1, 769), (1, 721), (1, 215)] + _DEV_BLOCKS
HELD_OUT = [(1, 389), (1, 365), (1, 333), (1, 40), (41, 70), (71, 91), (92, 112), (113, 133), (134, 141)]
HELD_OUT += [(142, 149)] + [(a, a + 7) for a in range(150, 390, 8)]

WORKER = r"""
import json, sys
from pathlib import Path
from accord.evaluation import Report, load_units, score_unit
from accord.pipeline import Coder

gold, articles, ranges, out = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
units = load_units(Path(gold), Path(articles))
def number(uid):
    return int("".join(c for c in uid if c.isdigit()))
reports = {f"{a}-{b}": Report() for a, b in ranges}
for unit, article in zip(units, Coder().code(u.article for u in units), strict=True):
    for a, b in ranges:
        if a <= number(unit.id) <= b:
            score_unit(reports[f"{a}-{b}"], unit, article.events, False)
json.dump({name: report.to_dict() for name, report in reports.items()}, open(out, "w"))
"""


def _cells(figures: dict) -> str:
    levels = figures["levels"]

    def prf(level: str) -> str:
        s = levels[level]
        return f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}"

    key, places = levels["dyad_root"], figures["location"]
    return (
        f"{prf('event')} | {prf('root')} | {prf('dyad_root')} ({key['tp']} / {key['fp']} / {key['fn']}) | "
        f"{prf('code')} | {prf('sector')} | {figures['salient_recall']:.3f} | places "
        f"{places['country_accuracy']:.3f} {places['city_accuracy']:.3f} {places['n_country']} {places['n_city']}"
    )


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "src").resolve()
    env = dict(os.environ, PYTHONPATH=str(src))
    runs = []
    for part, gold, articles, ranges in [
        ("dev", "eval/dev/gold.jsonl", "eval/dev/articles", DEV),
        ("ho", "eval/heldout/gold.jsonl", "eval/heldout/articles", HELD_OUT),
    ]:
        out = Path(f"/tmp/parts_table_{part}.json")
        command = [sys.executable, "-c", WORKER, gold, articles, json.dumps(ranges), str(out)]
        runs.append((part, out, subprocess.Popen(command, cwd=ROOT, env=env)))
    for part, out, process in runs:
        if process.wait() != 0:
            sys.exit(f"parts_table: coding {part} failed")
        for name, figures in json.loads(out.read_text()).items():
            print(f"{part} {name} | {_cells(figures)}")


if __name__ == "__main__":
    main()
