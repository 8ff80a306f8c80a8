"""Where an act happened when its sentence does not say: the article's city in the country the
sentence names, the scene named before (also in sentences the filter did not parse), and the
main place of an article without a dateline or a city (docs/PLACES.md)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text
from accord.stages.places import gazetteer

pytestmark = pytest.mark.slow


def places(text: str, trigger: str) -> list[str | None]:
    """The location name of each event whose trigger is ``trigger``."""
    return [(e.location or {}).get("name") for e in code_text(text, date=date(2024, 5, 2)) if e.trigger == trigger]


def test_a_visit_to_a_country_is_placed_at_the_city_the_article_names_there() -> None:
    text = (
        "WELLINGTON - New Zealand Prime Minister Christopher Luxon arrived in Shanghai on Tuesday. "
        "Luxon met Chinese Premier Li Qiang during his visit to China, officials said."
    )
    assert set(places(text, "met")) == {"Shanghai"}


def test_force_reported_from_abroad_is_placed_at_the_city_hit() -> None:
    text = (
        "WASHINGTON - Russian missiles and drones hit apartment blocks in Kharkiv overnight, officials said. "
        "Russian forces killed at least 11 civilians and wounded dozens more, Ukraine's interior minister said."
    )
    assert places(text, "killed") == ["Kharkiv"]


def test_an_arrest_after_an_attack_is_placed_where_the_attack_was() -> None:
    text = (
        "BELGRADE - A gunman opened fire in a cafe in Novi Sad late on Saturday. "
        "Serbian police arrested two suspects on Sunday, the interior ministry said."
    )
    assert places(text, "arrested") == ["Novi Sad"]


def test_a_capital_named_for_its_government_is_no_scene() -> None:
    text = (
        "ISLAMABAD - Pakistan accused the Taliban government in Kabul of sheltering militants. "
        "Pakistani police arrested 12 suspected militants on Sunday, officials said."
    )
    assert places(text, "arrested") == ["Islamabad"]


def test_a_statement_stays_at_the_dateline_whatever_the_scene() -> None:
    text = (
        "KYIV - Russian drones struck energy facilities in Odesa overnight. "
        "Ukraine's President Volodymyr Zelenskiy condemned Russia on Tuesday and urged allies to send more air defences."
    )
    assert places(text, "condemned") == ["Kyiv"]


def test_without_a_dateline_or_a_city_the_region_named_is_the_place() -> None:
    text = (
        "Thousands of protesters marched in towns across Darfur on Friday. "
        "Sudanese police fired tear gas at the protesters, witnesses said."
    )
    assert {p for p in places(text, "fired") + places(text, "marched")} == {"Darfur"}


def test_a_province_named_after_its_city_is_a_region_of_that_country() -> None:
    gaz = gazetteer()
    for name, country in [("the Kursk region", "RUS"), ("Kandahar province", "AFG"), ("Idlib province", "SYR")]:
        place = gaz.resolve(name)
        assert place is not None and (place.country, place.precision) == (country, "admin1"), name
    assert gaz.resolve("Islamic State") is None


def test_provinces_without_a_city_of_their_name_and_border_crossings_resolve() -> None:
    gaz = gazetteer()
    for name, country in [("Helmand Province", "AFG"), ("North Kordofan", "SDN"), ("Attari", "IND"), ("Amhara", "ETH")]:
        place = gaz.resolve(name)
        assert place is not None and place.country == country, name
