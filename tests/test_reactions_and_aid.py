"""Aid that is flown in or dropped, reactions aimed at the doer of an after-clause, amounts of aid."""

from __future__ import annotations

from datetime import date

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow


def test_aid_flown_into_a_country_is_received_by_it() -> None:
    text = "Pakistan flew tents, blankets and medicines into Turkey on Tuesday after the earthquake."
    assert ("PAK", "TUR", "073") in coded(text, date(2023, 2, 8))


def test_food_dropped_over_a_territory_is_aid_to_it() -> None:
    text = "Jordanian air force planes dropped thousands of meals over the Gaza Strip on Saturday."
    assert ("JOR", "PSE", "073") in coded(text)


def test_bombs_dropped_are_still_an_air_strike() -> None:
    text = "Syrian government jets dropped bombs on the rebel-held town of Idlib on Saturday."
    assert {code for _, _, code in coded(text)} == {"195"}


def test_a_protest_after_an_act_targets_who_did_it() -> None:
    text = (
        "Beijing voiced strong dissatisfaction on Sunday after a U.S. fighter jet shot down a "
        "Chinese surveillance balloon off the Atlantic coast."
    )
    found = coded(text, date(2023, 2, 5))
    assert ("CHN", "USA", "110") in found
    assert ("USA", "CHN", "195") in found


def test_a_reaction_with_its_own_target_keeps_it() -> None:
    text = "Seoul condemned Pyongyang on Friday after North Korean troops fired across the border."
    assert ("KOR", "PRK", "111") in coded(text, date(2024, 6, 21))


def test_an_amount_in_aid_is_aid_even_when_the_parser_hangs_the_in_phrase_on_the_verb() -> None:
    text = "Australia has suspended A$5 million (US$3.3 million) in budget support for the Solomon Islands."
    assert ("AUS", "SLB", "162") in coded(text, date(2024, 6, 21))


def test_cook_islands_is_a_state() -> None:
    text = "The Cook Islands signed a partnership agreement with China in Beijing on Friday."
    assert ("COK", "CHN", "057") in coded(text, date(2025, 2, 14))


def test_the_doer_of_a_seizure_is_its_second_by_phrase() -> None:
    text = (
        "Norway on Tuesday condemned the seizure of a tanker owned by a Greek company by Iranian "
        "naval forces in the Gulf of Oman."
    )
    assert ("NOR", "IRN", "111") in coded(text, date(2024, 1, 16))


def test_a_decision_to_expel_is_an_expulsion() -> None:
    text = "Germany decided on Monday to expel two Russian diplomats over the spying case."
    assert ("DEU", "RUS", "161") in coded(text, date(2024, 3, 4))


def test_a_preposition_with_an_object_is_not_a_particle() -> None:
    # "gave ... in Berlin" is not "gave in" (yield).
    text = "Chancellor Olaf Scholz gave a warm welcome to Kenyan President William Ruto in Berlin on Monday."
    assert all(code != "080" for _, _, code in coded(text, date(2023, 5, 8)))
