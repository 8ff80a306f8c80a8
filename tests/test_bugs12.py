"""Branch bugs12: four wrong outputs other helpers found on their own sentences, each fixed as a class.

1. A physical crash ("slammed into a bus") is no criticism: the lexicon's ``not_prep=`` constraint.
2. What marchers demand ("demanding an end to the war in Gaza") is not where they march.
3. A city's name inside a landmark's name ("Paris Square" in Tbilisi) is not that city.
4. A ceasefire one side declares "in Ukraine" or "in Gaza" has the other side as its target.
"""

from __future__ import annotations

from datetime import date

import pytest
from coded_events import coded

from accord.api import code_text
from accord.ontology import parse_pattern


def places(text: str, code_prefix: str) -> list[tuple[str, str]]:
    """(name, country) of the location of each event whose CAMEO code starts with ``code_prefix``."""
    events = code_text(text, date=date(2024, 3, 2))
    return [
        (str(loc.get("name")), str(loc.get("country")))
        for loc in (e.location or {} for e in events if e.cameo.startswith(code_prefix))
    ]


# 1. Crashes are no criticism


def test_not_prep_is_read_as_a_constraint() -> None:
    pattern = parse_pattern("111", "v:slam", "not_prep=into|against", "")
    assert pattern.not_prep == frozenset({"into", "against"})


@pytest.mark.parametrize(
    "text",
    [
        "A Russian missile slammed against the wall of a Ukrainian school on Tuesday.",
        "A Turkish truck slammed into a Syrian bus near the border, killing four people.",
        "An Israeli drone slammed into a Lebanese car outside Tyre.",
        "Ukrainian shells slammed onto Russian positions overnight.",
    ],
)
def test_a_missile_or_truck_that_slams_into_something_criticises_no_one(text: str) -> None:
    assert not {e for e in coded(text) if e[2] == "111"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran on Monday slammed Washington for the new sanctions.", ("IRN", "USA", "111")),
        ("Germany slammed the Russian decision to expel its diplomats.", ("DEU", "RUS", "111")),
        ("China slammed Japan on Friday over the release of the water.", ("CHN", "JPN", "111")),
        ("Beijing blasted Washington over the arms sale to Taiwan.", ("CHN", "USA", "111")),
    ],
)
def test_slamming_a_decision_or_a_state_is_still_criticism(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(text)


# 2. A demand is no place


def test_marchers_are_where_they_march_not_where_the_war_they_oppose_is() -> None:
    text = "Thousands of protesters marched through central London on Saturday demanding an end to the war in Gaza."
    assert places(text, "14") == [("London", "GBR")]


def test_what_a_march_opposes_does_not_place_it_under_a_dateline() -> None:
    text = "PARIS - Thousands of people marched on Sunday, protesting against the war in Ukraine."
    found = places(text, "14")
    assert found and set(found) == {("Paris", "FRA")}


def test_a_protest_against_a_war_abroad_is_where_the_protesters_stand() -> None:
    text = "Thousands of Jordanians protested against the war in Gaza outside the Israeli embassy in Amman."
    assert places(text, "14") == [("Amman", "JOR")]
    text = "Hundreds of Kenyans demonstrated in Nairobi on Tuesday over the killings in Sudan."
    assert places(text, "14") == [("Nairobi", "KEN")]


def test_a_march_on_a_building_is_still_placed_by_it() -> None:
    text = "Jordanian protesters marched on the Israeli embassy in Amman on Friday."
    assert places(text, "14") == [("Amman", "JOR")]


def test_a_participle_s_own_locative_phrase_still_places_the_act() -> None:
    text = "Thousands of Kenyans protested on Tuesday, marching in Nairobi against the new taxes."
    found = places(text, "14")
    assert found and set(found) == {("Nairobi", "KEN")}


# 3. Landmarks named after other cities


@pytest.mark.parametrize(
    "text",
    [
        "TBILISI (Reuters) - Police in Georgia arrested 30 protesters in Paris Square on Sunday.",
        "TBILISI (Reuters) - Georgian police detained dozens of demonstrators on Moscow Street on Sunday.",
        "TBILISI (Reuters) - Georgian riot police arrested 12 protesters on Heroes Square near Liberty Bridge.",
    ],
)
def test_a_city_named_in_a_square_or_street_is_not_that_city(text: str) -> None:
    found = places(text, "17")
    assert found and all(country == "GEO" for _, country in found)


def test_a_city_alone_is_still_the_city() -> None:
    text = "TBILISI (Reuters) - French police arrested 30 protesters in Paris on Sunday."
    assert places(text, "17") == [("Paris", "FRA")]


def test_an_airport_keeps_the_city_it_is_named_after() -> None:
    text = "Afghan police arrested five men at Kabul airport on Sunday."
    assert places(text, "17") == [("Kabul", "AFG")]


# 4. A one-sided ceasefire's ground


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin ordered Defense Minister Sergei Shoigu to introduce a 36-hour cease-fire along the front line "
            "in Ukraine from noon on Friday.",
            ("RUS", "UKR", "0871"),
        ),
        ("Russia declared a unilateral ceasefire in Ukraine for Orthodox Christmas.", ("RUS", "UKR", "0871")),
        ("Israel declared a four-hour ceasefire in northern Gaza on Thursday.", ("ISR", "PSE", "0871")),
    ],
)
def test_a_ceasefire_declared_on_the_other_side_s_land_targets_that_side(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(text)


def test_a_truce_the_sides_reach_at_a_venue_abroad_is_still_between_them() -> None:
    found = coded("Russia and Ukraine agreed to a ceasefire in Istanbul on Friday.")
    assert ("RUS", "UKR", "0871") in found and not any(t == "TUR" for _, t, _ in found)
    found = coded("Azerbaijan and Armenia reached a ceasefire in Moscow on Friday.")
    assert ("AZE", "ARM", "0871") in found and not any(t == "RUS" for _, t, _ in found)


def test_a_ceasefire_at_home_or_nowhere_gets_no_made_up_target() -> None:
    assert coded("Russia declared a ceasefire on Friday.") == {("RUS", "", "0871")}
    assert ("SDN", "SDN", "0871") not in coded("The Sudanese army declared a ceasefire in Khartoum.")
