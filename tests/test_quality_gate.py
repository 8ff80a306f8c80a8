"""Quality gate: F1 on pinned gold sets must not fall below its floor minus a margin.

The floors are the figures measured when they were last raised (see
docs/ACCURACY.md); raise them when accuracy improves, never lower them to make
a change pass.  The held-out part of the development set is deliberately not
used here, so that nobody tunes against it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.evaluation import Report, evaluate, is_plover_gold, load_units, score_unit

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
MARGIN = 0.02
# The first 60 development articles (dev01-dev60), and the first 160 (dev01-dev160: the articles
# tuned on by the end of session 7). The gate is pinned to these: the articles added later are
# scored before anyone tunes on them, so they would move the floors for reasons no change made.
# Session 7 measured dev01-60 event 0.826, root 0.808, dyad_root 0.784, salient 0.832 and
# dev01-160 event 0.766, root 0.747, dyad_root 0.686, salient 0.717. Session 14 (daebf89) measured
# dev01-60 event 0.861, root 0.851, dyad_root 0.821, salient 0.852 and dev01-160 event 0.809, root
# 0.793, dyad_root 0.741, salient 0.775; the floors sit about two points below (and MARGIN below that).
DEV_FLOORS = {"event": 0.84, "root": 0.83, "dyad_root": 0.80}
DEV_SALIENT_FLOOR = 0.83
DEV_FIRST = 60
DEV_TUNED_FLOORS = {"event": 0.79, "root": 0.77, "dyad_root": 0.72}
DEV_TUNED_SALIENT_FLOOR = 0.75
DEV_TUNED = 160
PEER_FLOORS = {
    # 0.574 for a moment in session 2, then 0.552: mutual cooperation was narrowed to acts about
    # "their" relations, which cost two petrarch2 sentences and removed 30 false events on dev.
    # Session 4 (peer error classes): 0.584 and 0.679; floors a point below. Later in session 4
    # (actor resolution): plover 0.702. Session 7: petrarch2 0.597, plover 0.703. Session 14:
    # petrarch2 0.602, plover 0.705 (plover's floor stays: its issue target is 0.70).
    "petrarch2_gsr.jsonl": {"dyad_root": 0.59},
    "plover_gsr.jsonl": {"event": 0.69},
}


def test_development_set_above_floors(coder) -> None:  # type: ignore[no-untyped-def]
    units = load_units(ROOT / "eval" / "dev" / "gold.jsonl", ROOT / "eval" / "dev" / "articles")
    units = units[:DEV_TUNED]
    assert [u.id for u in units] == [f"dev{n:02d}" for n in range(1, DEV_TUNED + 1)]
    first, tuned = Report(), Report()
    plover = is_plover_gold(units)
    for number, (unit, article) in enumerate(zip(units, coder.code(u.article for u in units), strict=True)):
        score_unit(tuned, unit, article.events, plover)
        if number < DEV_FIRST:
            score_unit(first, unit, article.events, plover)
    for report, floors, salient in (
        (first, DEV_FLOORS, DEV_SALIENT_FLOOR),
        (tuned, DEV_TUNED_FLOORS, DEV_TUNED_SALIENT_FLOOR),
    ):
        for level, floor in floors.items():
            assert report.levels[level].f1 >= floor - MARGIN, (report.units, level, report.levels[level].to_dict())
        assert report.salient_recall >= salient - MARGIN, report.units


@pytest.mark.parametrize("name", sorted(PEER_FLOORS))
def test_peer_gold_above_floors(coder, peers_dir: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(load_units(peers_dir / name), coder)
    for level, floor in PEER_FLOORS[name].items():
        assert report.levels[level].f1 >= floor - MARGIN, (name, level, report.levels[level].to_dict())
