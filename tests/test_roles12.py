"""The candidate pairs bench/role_rank.py offers a side ranker, on real parses of sentences written here.

The ranker was measured and not shipped (docs/ACCURACY.md, "A learned component"), so these
tests keep its measurement honest: the candidates are the states a sentence names, the coder's own
sides, and no target; the features say how each side hangs from the trigger; and an event's
pairs are labelled by the gold events quoted from its own sentence, not from elsewhere in the story.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from accord.model import Article

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def role_rank() -> ModuleType:
    spec = importlib.util.spec_from_file_location("role_rank", ROOT / "bench" / "role_rank.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["role_rank"] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _records(module: ModuleType, text: str) -> list[dict[str, Any]]:
    article = Article(id="t", text=text, published=date(2024, 3, 2))
    ((coded, doc, mentions),) = list(module.coded_with_docs([article]))
    return list(module.event_records(coded, doc, mentions))


def _pairs(record: dict[str, Any]) -> dict[tuple[str, str], dict[str, float]]:
    return {(p["key"][0], p["key"][1]): p["x"] for p in record["pairs"]}


def test_subject_and_object_states_are_offered_both_ways(role_rank: ModuleType) -> None:
    (record,) = [
        r
        for r in _records(role_rank, "Russia expelled two Polish diplomats on Tuesday.")
        if r["key"][:2] == ("RUS", "POL")
    ]
    pairs = _pairs(record)
    assert pairs[("RUS", "POL")]["coder"] == 1.0
    assert pairs[("RUS", "POL")]["src:path=nsubj"] == 1.0
    assert "tgt:before" in pairs[("RUS", "POL")] and pairs[("RUS", "POL")]["tgt:before"] == 0.0
    # The reversed pair is a candidate, described as such, but is not the coder's.
    assert pairs[("POL", "RUS")]["swapped"] == 1.0
    assert "coder" not in pairs[("POL", "RUS")]
    assert pairs[("RUS", "")]["tgt:none"] == 1.0


def test_agent_of_a_passive_is_described_by_its_preposition(role_rank: ModuleType) -> None:
    records = _records(role_rank, "Two Ukrainian ports were struck by Russia overnight, officials said.")
    pairs = [p for r in records for p in r["pairs"] if p["key"][0] == "RUS"]
    assert pairs, "the passive's agent is a candidate source"
    assert any(name.startswith("src:path=pobj<agent") for p in pairs for name in p["x"])


def test_a_state_named_only_in_the_sentence_before_is_flagged(role_rank: ModuleType) -> None:
    text = "Iran seized a British-flagged tanker in the Gulf on Sunday. The Foreign Office in London condemned the seizure."
    records = [r for r in _records(role_rank, text) if r["key"][2] == "11"]
    assert records, "the condemnation is coded"
    flags = {p["key"][0]: p["x"] for r in records for p in r["pairs"]}
    assert flags["IRN"].get("src:prev") == 1.0 or flags["IRN"].get("src:coder_tgt") == 1.0


def test_gold_quotes_label_only_their_own_sentence(role_rank: ModuleType) -> None:
    sentence = "China on Monday condemned the visit of the Philippine defence chief to the disputed shoal."
    assert role_rank._overlaps("China on Monday condemned the visit of the Philippine defence chief", sentence)
    assert role_rank._overlaps(sentence, sentence.upper())
    assert not role_rank._overlaps("Manila summoned the Chinese ambassador over the incident.", sentence)
    assert not role_rank._overlaps("", sentence)
