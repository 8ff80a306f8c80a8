"""Which country an event happened in when the sentence names actors' countries or the story has
two datelines (docs/PLACES.md, session 6)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def places(text: str, trigger: str) -> list[str | None]:
    """The location name of each event whose trigger is ``trigger``."""
    return [(e.location or {}).get("name") for e in code_text(text, date=date(2024, 5, 2)) if e.trigger == trigger]


def countries(text: str, trigger: str) -> list[str | None]:
    """The location country of each event whose trigger is ``trigger``."""
    return [(e.location or {}).get("country") for e in code_text(text, date=date(2024, 5, 2)) if e.trigger == trigger]


def test_a_side_acts_at_its_own_dateline_of_two() -> None:
    text = "WASHINGTON/BOGOTA - Colombia agreed late on Sunday to accept migrants deported from the United States."
    assert countries(text, "agreed") == ["COL"]


def test_the_other_side_acts_at_the_first_dateline() -> None:
    text = "WASHINGTON/BOGOTA - President Donald Trump ordered tariffs on Colombian goods on Sunday."
    assert places(text, "ordered") == ["Washington"]


def test_force_under_two_datelines_stays_at_the_first() -> None:
    text = (
        "YEREVAN/BAKU - Azerbaijani forces shelled Armenian border positions overnight, "
        "the Armenian defence ministry said."
    )
    assert places(text, "shelled") == ["Yerevan"]


def test_a_place_in_a_relative_clause_describes_its_noun() -> None:
    text = "LIBREVILLE - France, which keeps about 400 troops in Gabon, condemned the military takeover on Wednesday."
    assert places(text, "condemned") == ["Paris"]


def test_whoever_travelled_somewhere_in_a_relative_clause_is_there() -> None:
    text = "MOSCOW - Lavrov, who arrived in Ankara on Monday, accused Kyiv of sabotaging the talks."
    assert places(text, "accused") == ["Ankara"]


def test_a_country_adjective_on_a_province_names_the_country() -> None:
    text = "ISLAMABAD - Pakistani warplanes bombed militant hideouts in two Afghan border provinces early on Monday."
    assert countries(text, "bombed") == ["AFG"]


def test_a_country_adjective_on_territory_names_the_country() -> None:
    text = "JERUSALEM - Israeli jets struck Hezbollah positions in Lebanese territory overnight, the military said."
    assert countries(text, "struck") == ["LBN"]


def test_force_in_a_dateline_country_is_at_the_city_the_story_names_there() -> None:
    text = (
        "ISLAMABAD/KABUL - Pakistani warplanes bombed militant hideouts in two Afghan border provinces on Monday. "
        "Taliban officials said the bombs fell on homes in Khost, killing eight people."
    )
    assert places(text, "bombed") == ["Khōst"]


def test_air_strikes_told_from_the_attackers_capital_land_on_the_target() -> None:
    text = "WASHINGTON - U.S. and British warplanes struck Houthi missile sites on Thursday, the Pentagon said."
    assert countries(text, "struck") == ["YEM", "YEM"]


def test_shelling_told_from_the_attackers_capital_lands_on_the_target() -> None:
    assert countries("MOSCOW - Russian forces shelled Ukrainian positions on Tuesday.", "shelled") == ["UKR"]


def test_killings_on_the_frontier_stay_at_the_dateline() -> None:
    text = (
        "ISLAMABAD - Pakistani forces killed more than 200 Taliban fighters in clashes along the frontier, "
        "the military said."
    )
    assert places(text, "killed") == ["Islamabad"]


def test_drills_of_two_partners_stay_at_a_partners_dateline() -> None:
    text = "MINSK - Russia and Belarus began ten days of joint military drills on Thursday."
    assert places(text, "drills") == ["Minsk", "Minsk"]


def test_drills_of_two_partners_told_from_abroad_are_at_home() -> None:
    text = "WASHINGTON - Russia and Belarus began joint military drills on Thursday."
    assert sorted(str(c) for c in countries(text, "drills")) == ["BLR", "RUS"]


def test_a_states_investigation_told_from_abroad_is_at_home() -> None:
    text = "HELSINKI - Estonian prosecutors said they had opened a criminal case into the damage to the cable."
    assert places(text, "opened") == ["Tallinn"]


def test_an_investigation_told_from_home_stays_at_the_dateline() -> None:
    text = "TARTU, Estonia - Estonian prosecutors said they had opened a criminal case into the damage to the cable."
    assert places(text, "opened") == ["Tartu"]


def test_captives_are_freed_where_they_are_held() -> None:
    text = "JERUSALEM - Hamas handed over 24 hostages held in Gaza to the Red Cross on Friday."
    assert countries(text, "handed") == ["PSE"]


def test_a_prisoner_is_freed_where_he_was_jailed() -> None:
    text = (
        "WASHINGTON - Russia freed an American journalist jailed in Yekaterinburg on Thursday "
        "as part of a prisoner swap."
    )
    assert places(text, "freed") == ["Yekaterinburg"]


def test_a_refugee_camp_is_placed_at_the_town_of_its_name() -> None:
    text = "GAZA - Israeli air strikes killed 20 people in the Jabalia refugee camp overnight, medics said."
    located = [e.location or {} for e in code_text(text, date=date(2024, 5, 2)) if e.trigger == "killed"]
    assert [(loc.get("country"), loc.get("precision")) for loc in located] == [("PSE", "city")]
    assert located[0]["name"] != "Gaza Strip"


def test_a_camp_the_model_does_not_tag_is_still_a_place() -> None:
    text = "GAZA - Israeli jets bombed houses in Nuseirat camp on Tuesday."
    located = [e.location or {} for e in code_text(text, date=date(2024, 5, 2)) if e.trigger == "bombed"]
    assert [loc.get("precision") for loc in located] == ["city"]


def test_site_forms_resolve_to_their_town_but_dams_do_not() -> None:
    from accord.stages.places import gazetteer

    gaz = gazetteer()
    camp = gaz.resolve("the Jabalia refugee camp", {"PSE"})
    assert camp is not None and camp.country == "PSE" and camp.precision == "city"
    crossing = gaz.resolve("Rafah border crossing", {"EGY"})
    assert crossing is not None and crossing.country == "EGY"
    assert gaz.resolve("Kakhovka dam", {"UKR"}) is None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Dahiyeh", "LBN"),
        ("Zamzam camp", "SDN"),
        ("Al-Hol", "SYR"),
        ("Ain al-Asad air base", "IRQ"),
        ("Kibbutz Be'eri", "ISR"),
        ("Bagram Air Base", "AFG"),
        ("Second Thomas Shoal", "PHL"),
        ("Matsu", "TWN"),
        ("Cité Soleil", "HTI"),
    ],
)
def test_neighbourhoods_camps_and_bases_news_names_are_known(name: str, country: str) -> None:
    from accord.stages.places import gazetteer

    place = gazetteer().resolve(name)
    assert place is not None and place.country == country


def test_shelling_of_a_beirut_suburb_is_placed_there() -> None:
    text = "BEIRUT - Israeli jets struck buildings in Dahiyeh on Friday, Lebanese state media said."
    assert places(text, "struck") == ["Dahiyeh"]
