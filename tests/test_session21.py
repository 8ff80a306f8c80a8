"""Session 21 rules, on sentences written in the style of wire copy, parsed by the real model."""

from __future__ import annotations

from datetime import date

import pytest
from coded_events import coded_roots

pytestmark = pytest.mark.slow


def _roots(text: str, day: date = date(2025, 3, 16)) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of every event coded from ``text``."""
    return coded_roots(text, day)


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


def test_a_policy_judged_with_no_doer_named_is_the_story_states() -> None:
    text = (
        "TOKYO, Aug 22 (Reuters) - Japan will start releasing treated radioactive water from the wrecked "
        "Fukushima nuclear plant into the Pacific Ocean on Thursday, Prime Minister Fumio Kishida said.\n\n"
        "The Japanese government said the water was safe and that the release had been approved by the "
        "International Atomic Energy Agency.\n\n"
        "In a statement, China's foreign ministry called the decision extremely irresponsible and said Beijing "
        "would take all necessary measures to protect food safety."
    )
    assert ("CHN", "JPN", "11") in _roots(text, date(2023, 8, 22))


def test_violence_judged_with_no_doer_named_is_not_laid_on_the_story_state() -> None:
    text = (
        "ISLAMABAD, Jan 30 (Reuters) - A suicide bomber blew himself up inside a mosque in a police "
        "compound in the Pakistani city of Peshawar on Monday, killing at least 59 people, officials said.\n\n"
        "Pakistan's prime minister visited the wounded in hospital.\n\n"
        "The U.N. Secretary-General condemned what he called a heinous attack on worshippers."
    )
    assert ("IGO", "PAK", "11") not in _roots(text, date(2023, 1, 30))
