"""The dyad_root keys one source tree gained and lost against another, article by article.

    python bench/score_tree.py src --tag base && python bench/score_tree.py /tmp/try --tag try
    python bench/tree_diff.py base try dev --show      # keys with the coded events' sentences
    python bench/tree_diff.py base try ho              # held-out: keys and counts only

``+tp`` / ``-tp`` are true keys gained / lost, ``+fp`` / ``-fp`` false ones; keys that only optional
gold events name count as neither, as in ``accord eval``.  ``--show`` is refused on the held-out
part: its sentences are not for error analysis.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

OUT = Path("/tmp/score_tree")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("set")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    show = args.show and not args.set.startswith("ho")
    name = args.set.replace(":", "_")
    before = json.loads((OUT / f"{args.before}_{name}.json").read_text())["units"]
    after = json.loads((OUT / f"{args.after}_{name}.json").read_text())["units"]
    totals: Counter[str] = Counter()
    for uid, old in before.items():
        new = after[uid]
        gold = set(old["gold"])
        optional = set(old["optional"]) - gold
        was, now = set(old["coded"]) - optional, set(new["coded"]) - optional
        changes = [("+tp" if k in gold else "+fp", k) for k in now - was]
        changes += [("-tp" if k in gold else "-fp", k) for k in was - now]
        if not changes:
            continue
        totals.update(kind for kind, _ in changes)
        print(uid, " ".join(f"{kind}:{key}" for kind, key in sorted(changes)))
        if show:
            keys = {key for _, key in changes}
            for label, unit in (("after ", new), ("before", old)):
                for event in unit["events"]:
                    if event[0] in keys:
                        print(f"    {label} {event}")
    print(dict(totals), "net true", totals["+tp"] - totals["-tp"], "net false", totals["+fp"] - totals["-fp"])


if __name__ == "__main__":
    main()
