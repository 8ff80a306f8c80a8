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
