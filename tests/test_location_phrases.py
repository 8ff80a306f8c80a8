"""Where an act happened: the attack that is the subject, names that only qualify a noun,
common English spellings (docs/PLACES.md)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text
from accord.stages.places import gazetteer

pytestmark = pytest.mark.slow


def places(text: str, trigger: str) -> list[str | None]:
    """The location name of each event whose trigger is ``trigger``."""
    return [(e.location or {}).get("name") for e in code_text(text, date=date(2024, 8, 20)) if e.trigger == trigger]


def test_an_attack_that_is_the_subject_places_the_act() -> None:
    text = "BEIRUT - An Israeli airstrike on Tyre killed a Hezbollah commander on Tuesday, the group said."
    assert places(text, "killed") == ["Tyre"]


def test_a_name_hyphened_to_bound_or_based_is_not_the_place() -> None:
    text = (
        "ISLAMABAD - Militants opened fire on a Lahore-bound bus in Balochistan province on Monday, "
        "killing nine passengers, police said."
    )
    assert "Lahore" not in places(text, "opened")


def test_common_english_spellings_resolve() -> None:
    gaz = gazetteer()
    for name, country in [("Hodeidah", "YEM"), ("Qamishli", "SYR"), ("Tskhinvali", "GEO"), ("Khankendi", "AZE")]:
        place = gaz.resolve(name)
        assert place is not None and place.country == country, name


def test_a_place_in_another_actors_clause_is_not_the_main_acts() -> None:
    text = (
        "BAGHDAD - Iraq recalled its ambassador to Tehran on Tuesday, hours after Iranian missiles "
        "killed four civilians in Erbil."
    )
    assert places(text, "recalled") == ["Baghdad"]


def test_a_place_in_another_clause_beats_a_dateline_abroad() -> None:
    text = (
        "VILNIUS, Lithuania - Belarus on Saturday freed 14 political prisoners, hours after President "
        "Alexander Lukashenko held talks in Minsk with a U.S. envoy."
    )
    assert places(text, "freed") == ["Minsk"]


def test_a_visit_to_the_datelines_country_is_placed_at_the_dateline_city() -> None:
    text = "TOKYO - It was the first visit to Japan by a South Korean president in 12 years."
    assert set(places(text, "visit")) == {"Tokyo"}


def test_an_attack_in_the_datelines_country_stays_at_country_level() -> None:
    text = "KAMPALA, Uganda - Rebels killed at least 37 people at a school in western Uganda on Friday."
    assert set(places(text, "killed")) == {"Uganda"}


def test_a_namesake_abroad_loses_to_a_place_of_the_article() -> None:
    text = (
        "QUITO, Ecuador - Police arrested six suspects in raids in the Quito neighbourhoods of "
        "Conocoto and San Bartolo, prosecutors said."
    )
    assert places(text, "arrested") == ["Quito"]
