"""Score a source tree on the development and held-out parts, and keep each article's keys.

    python bench/score_tree.py SRC [--sets ho,dev] [--tag NAME]

``SRC`` is a folder holding the ``accord`` package (``src`` itself, or a copy made to try a rule:
``cp -r src /tmp/try``).  Each set is coded in its own process with ``PYTHONPATH=SRC``, so two sets
use two cores; it prints dyad_root F1 (true / false / missed keys), salient recall and location
accuracy as ``accord eval`` computes them, and writes every article's gold, optional and coded
dyad_root keys with the coded events to ``/tmp/score_tree/TAG_SET.json`` for ``bench/tree_diff.py``.
Sets: ``ho`` (eval/heldout), ``dev`` (eval/dev), or a range of either, ``dev:658-673``.

Why: a rule is kept only when it helps the development set without hurting the held-out part (and
the peer files), and that decision needs the keys it gained and lost, article by article, in half a
minute rather than the whole test suite's time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path("/tmp/score_tree")
PARTS = {
    "ho": ("eval/heldout/gold.jsonl", "eval/heldout/articles"),
    "dev": ("eval/dev/gold.jsonl", "eval/dev/articles"),
}

WORKER = r"""
import json, sys
from pathlib import Path
from accord.evaluation import Report, event_key, load_units, score_unit
from accord.pipeline import Coder

gold, articles, first, last, out = sys.argv[1:6]
def number(uid):
    digits = "".join(c for c in uid if c.isdigit())
    return int(digits) if digits else -1
units = [u for u in load_units(Path(gold), Path(articles)) if int(first) <= number(u.id) <= int(last)]
report, per = Report(), {}
join = "|".join
for unit, article in zip(units, Coder().code(u.article for u in units), strict=True):
    score_unit(report, unit, article.events, False)
    per[unit.id] = {
        "gold": sorted({join(e.key("dyad_root", False)) for e in unit.events}),
        "optional": sorted({join(e.key("dyad_root", False)) for e in unit.optional}),
        "coded": sorted({join(event_key(e, "dyad_root", False)) for e in article.events}),
        "events": [
            [join(event_key(e, "dyad_root", False)), e.cameo, round(e.confidence, 3), e.source.name, e.sentence[:200]]
            for e in article.events
        ],
    }
json.dump({"summary": report.to_dict(), "units": per}, open(out, "w"))
"""


def _spec(name: str) -> tuple[str, str, int, int]:
    part, _, span = name.partition(":")
    gold, articles = PARTS[part]
    first, _, last = span.partition("-")
    return gold, articles, int(first or 0), int(last or 10**6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("src", type=Path)
    parser.add_argument("--sets", default="ho,dev")
    parser.add_argument("--tag", default="")
    args = parser.parse_args()
    tag = args.tag or args.src.resolve().name
    OUT.mkdir(exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(args.src.resolve()))
    runs = []
    for name in args.sets.split(","):
        gold, articles, first, last = _spec(name)
        out = OUT / f"{tag}_{name.replace(':', '_')}.json"
        command = [sys.executable, "-c", WORKER, gold, articles, str(first), str(last), str(out)]
        runs.append((name, out, subprocess.Popen(command, cwd=ROOT, env=env)))
    for name, out, process in runs:
        if process.wait() != 0:
            sys.exit(f"score_tree: coding {name} failed")
        summary = json.loads(out.read_text())["summary"]
        key, places = summary["levels"]["dyad_root"], summary["location"]
        print(
            f"{tag} {name}: dyad_root {key['f1']:.4f} ({key['tp']} / {key['fp']} / {key['fn']}), "
            f"salient {summary['salient_recall']:.3f}, places {places['country_accuracy']:.3f} / "
            f"{places['city_accuracy']:.3f}"
        )


if __name__ == "__main__":
    main()
