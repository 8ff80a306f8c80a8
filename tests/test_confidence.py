"""The calibrated confidence: fitted weights applied to real parses, and the filters that use it."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from accord.api import default_coder
from accord.cli import main
from accord.errors import ConfigError
from accord.pipeline import Coder
from accord.query import Filters
from accord.stages.confidence import Calibrator, calibrator, features
from accord.stages.ingest import article_from_record

# Written for these tests in the style of agency copy: a lede told twice, a domestic aside, and
# a background paragraph about another year.
_ARTICLE = (
    "NAIROBI, Kenya (AP) - Kenyan President William Ruto met Haiti's foreign minister in Nairobi on "
    "Thursday and the two governments signed an agreement on the deployment of Kenyan police officers "
    "to Haiti, officials said.\n\n"
    "The agreement, signed at State House, sets out the terms under which about 1,000 Kenyan officers "
    "will lead a multinational mission against the gangs that control much of Port-au-Prince.\n\n"
    '"Kenya will not abandon the people of Haiti," Ruto told reporters after the meeting. The Haitian '
    "minister thanked Kenya for its patience.\n\n"
    "Opposition leader Raila Odinga criticised the government, saying the deployment had not been "
    "approved by parliament.\n\n"
    "In 2010, Brazil sent troops to Haiti after an earthquake devastated the capital."
)
_DAY = date(2024, 3, 14)


def _events(coder: Coder) -> list:  # type: ignore[type-arg]
    article = article_from_record({"text": _ARTICLE, "date": _DAY.isoformat()}, "kenya-haiti")
    return next(coder.code([article])).events


def test_the_lede_between_the_story_states_scores_above_a_domestic_aside() -> None:
    events = _events(default_coder())
    lede = [e for e in events if {e.source.country, e.target.country if e.target else ""} == {"KEN", "HTI"}]
    aside = [e for e in events if e.source.sector == "OPP"]
    assert lede and aside
    assert all(0.0 < e.confidence < 1.0 for e in events)
    assert min(e.confidence for e in lede if e.sentence_index == 0) > max(e.confidence for e in aside)


def test_the_rule_score_is_kept_when_calibration_is_off() -> None:
    # Training reads the rules' own score (bench/train_confidence.py): it is one of the features.
    raw = _events(Coder(calibrated=False))
    assert {round(e.confidence, 2) for e in raw} <= {0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9}
    found = features(raw, _DAY)
    assert [f["rule_score"] for f in found] == [e.confidence for e in raw]
    assert all(f["group_in_lede"] == 1.0 for f, e in zip(found, raw, strict=True) if e.sentence_index == 0)


def test_min_confidence_drops_the_doubtful_events_and_keeps_the_sure_ones() -> None:
    everything = _events(default_coder())
    cut = sorted(e.confidence for e in everything)[len(everything) // 2]
    kept = _events(Coder(min_confidence=cut))
    assert kept and len(kept) < len(everything)
    assert all(e.confidence >= cut for e in kept)


def test_min_confidence_outside_zero_to_one_is_refused() -> None:
    with pytest.raises(ConfigError, match="between 0 and 1"):
        Coder(min_confidence=1.5)
    with pytest.raises(ConfigError, match="between 0 and 1"):
        Filters.of(min_confidence=-0.1)


def test_a_calibrator_is_a_logistic_function_of_its_weights(tmp_path: Path) -> None:
    path = tmp_path / "weights.json"
    path.write_text('{"weights": {"root_19": 2.0, "past": -1.0}, "intercept": -0.5, "meta": {}}', "utf-8")
    model = Calibrator.load(path)
    assert model.probability({}) == pytest.approx(1 / (1 + math.exp(0.5)))
    assert model.probability({"root_19": 1.0, "unknown": 5.0}) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert model.probability({"root_19": 1.0, "past": 1.0}) < model.probability({"root_19": 1.0})


def test_the_shipped_weights_were_fitted_and_say_on_what() -> None:
    model = calibrator()
    assert len(model.weights) > 50
    assert model.meta["train"]["events"] > 1000
    assert model.meta["test"]["auc"] > model.meta["test"]["auc_rule_score"]


def test_query_min_confidence_filters_the_store(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kenya.txt").write_text(
        f" date {_DAY.isoformat()} https://www.example-wire.com/kenya-haiti\n\nKenya and Haiti sign policing pact\n\n"
        + _ARTICLE,
        "utf-8",
    )
    db = str(tmp_path / "t.duckdb")
    runner = CliRunner()
    assert runner.invoke(main, ["code", str(folder), "--db", db]).exit_code == 0
    every = runner.invoke(main, ["query", "--db", db, "--format", "jsonl"])
    sure = runner.invoke(main, ["query", "--db", db, "--format", "jsonl", "--min-confidence", "0.8"])
    assert every.exit_code == 0 and sure.exit_code == 0
    assert 0 < sure.output.count("\n") < every.output.count("\n")
    bad = runner.invoke(main, ["query", "--db", db, "--min-confidence", "2"])
    assert bad.exit_code != 0
