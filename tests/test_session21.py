"""Session 21 rules, on sentences written in the style of wire copy, parsed by the real model."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def _roots(text: str, day: date = date(2025, 3, 16)) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of every event coded from ``text``."""
    return {(e.source.country, e.target.country if e.target else "", e.cameo[:2]) for e in code_text(text, date=day)}


def test_a_platform_named_with_on_is_where_it_was_said_not_to_whom() -> None:
    text = (
        "SKOPJE (Reuters) - Across the border, Prime Minister Zoran Zaev praised his Greek counterpart on "
        "Twitter, calling the vote historic."
    )
    roots = _roots(text, date(2019, 1, 25))
    assert ("MKD", "GRC", "05") in roots
    assert ("MKD", "USA", "05") not in roots


def test_his_counterpart_is_the_other_side_before_anything_a_phrase_on_him_names() -> None:
    text = (
        "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met his Turkish counterpart on the "
        "sidelines of the Antalya forum to discuss grain exports from Ukraine."
    )
    roots = _roots(text, date(2022, 3, 10))
    assert ("RUS", "TUR", "04") in roots
    assert ("RUS", "UKR", "04") not in roots


def test_a_demand_rejected_is_aimed_at_whoever_drew_it_up() -> None:
    text = (
        "DOHA, June 24 (Reuters) - Qatar on Saturday dismissed a list of 13 demands drawn up by Saudi Arabia "
        "and its allies as neither reasonable nor actionable."
    )
    assert ("QAT", "SAU", "12") in _roots(text, date(2017, 6, 24))


def test_the_demands_of_a_side_rejected_are_that_sides() -> None:
    text = (
        "ISTANBUL, June 25 (Reuters) - Turkey on Sunday rejected the demands of Saudi Arabia and its allies "
        "that it close its military base in Qatar."
    )
    assert ("TUR", "SAU", "12") in _roots(text, date(2017, 6, 25))
