"""Scoring logic of accord eval, on hand-built events (no model)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from accord.cli import main
from accord.evaluation import GoldEvent, Report, Unit, load_units, score_unit, split_actor_code
from accord.model import Actor, Article, Event
from accord.ontology import code_info


def _event(src: str, tgt: str | None, code: str, src_sector: str = "", tgt_sector: str = "") -> Event:
    target = Actor(tgt, tgt_sector, tgt, tgt) if tgt is not None else None
    return Event(
        "a1",
        None,
        date(2022, 6, 10),
        date(2022, 6, 10),
        Actor(src, src_sector, src, src),
        target,
        code_info(code),
        "s",
        0,
        0,
        1,
        0.9,
    )


def _unit(events: list[GoldEvent], optional: list[GoldEvent] | None = None) -> Unit:
    return Unit("u1", Article(id="a1", text="x"), events, optional or [])


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USAGOV", ("USA", "GOV")),
        ("---REB", ("", "REB")),
        ("IGOUNO", ("IGO", "UNO")),
        ("", ("", "")),
        ("RUS", ("RUS", "")),
    ],
)
def test_split_actor_code(code: str, expected: tuple[str, str]) -> None:
    assert split_actor_code(code) == expected


def test_levels_count_true_and_false_positives() -> None:
    gold = [GoldEvent("RUS", "GOV", "TKM", "GOV", "057", salient=True), GoldEvent("TKM", "GOV", "RUS", "GOV", "042")]
    predicted = [_event("RUS", "TKM", "057", "GOV", "GOV"), _event("TKM", "RUS", "043"), _event("UKR", "RUS", "190")]
    report = Report()
    score_unit(report, _unit(gold), predicted, plover=False)
    dyad = report.levels["dyad_root"]
    assert (dyad.tp, dyad.fp, dyad.fn) == (2, 1, 0)
    code = report.levels["code"]
    assert (code.tp, code.fp, code.fn) == (1, 2, 1)
    sector = report.levels["sector"]
    assert sector.tp == 1 and report.salient_recall == 1.0
    assert report.per_root["19"].fp == 1


def test_optional_events_are_neither_rewarded_nor_punished() -> None:
    gold = [GoldEvent("ISR", "", "PSE", "", "190")]
    optional = [GoldEvent("PSE", "REB", "ISR", "", "190")]
    report = Report()
    score_unit(report, _unit(gold, optional), [_event("PSE", "ISR", "190")], plover=False)
    dyad = report.levels["dyad_root"]
    assert (dyad.tp, dyad.fp, dyad.fn) == (0, 0, 1)


def test_plover_categories_compare_on_mapped_category() -> None:
    report = Report()
    score_unit(report, _unit([GoldEvent("USA", "", "", "", "ASSAULT")]), [_event("USA", None, "190")], plover=True)
    assert report.levels["event"].tp == 1


def test_sentence_gold_loader_maps_old_plover_names(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(
        json.dumps(
            {
                "id": "x",
                "text": "Rebels attacked the town.",
                "date": "2000-01-01",
                "events": [{"source": "---REB", "target": "", "code": "FIGHT"}],
            }
        )
        + "\n"
    )
    units = load_units(path)
    assert units[0].events[0].code == "ASSAULT" and units[0].events[0].source == ""


@pytest.mark.slow
def test_eval_command_json_output(tmp_path: Path) -> None:
    text = "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Friday."
    gold = {
        "id": "a",
        "url": "https://x.example/a",
        "date": "2021-10-01",
        "text": text,
        "events": [
            {
                "source": "RUS",
                "source_sector": "GOV",
                "target": "TUR",
                "target_sector": "GOV",
                "cameo": "040",
                "root": "04",
                "salient": True,
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    result = CliRunner().invoke(main, ["eval", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report["levels"]) >= {"root", "dyad_root", "code", "sector"}
    assert report["levels"]["dyad_root"]["tp"] == 1 and report["salient_recall"] == 1.0
