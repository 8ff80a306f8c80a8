"""Branch loc11: places the sentence names in frames the locator missed (docs/PLACES.md).

- "the Uzbek city of Samarkand", "waters south of Jeju Island": a noun or a compass direction
  that only frames a place passes the frame's own phrase on to it;
- a name the entities miss in such a frame, or as what a visitor reached, is found under any of
  its names ("the Libyan city of Derna", GeoNames' Darnah);
- "was taken to Dar es Salaam ..., where prosecutors charged him": whoever was carried somewhere
  is there, and so is what happened to them there;
- "Dar es Salaam" is one name across its lower-case particle, not "Dar", a Cambodian village;
- an earlier attack placed at the dateline city is the scene of a later strike told without a
  place, even when the target coded is another country's group.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def places(text: str, code_prefix: str) -> list[str | None]:
    """The location name of each event whose CAMEO code starts with ``code_prefix``."""
    events = code_text(text, date=date(2024, 5, 2))
    return [(e.location or {}).get("name") for e in events if e.cameo.startswith(code_prefix)]


def test_talks_at_a_summit_in_the_city_of_x_are_there_not_at_the_dateline() -> None:
    text = (
        "BEIJING - Xi Jinping and Vladimir Putin held talks on the sidelines of a summit in the Kazakh city "
        "of Astana on Wednesday."
    )
    found = places(text, "04")
    assert found and set(found) == {"Astana"}


def test_drills_in_waters_west_of_a_city_are_placed_at_that_city() -> None:
    text = "TOKYO - Japan and the Philippines held joint naval drills in waters west of Manila on Friday."
    found = places(text, "06")
    assert found and set(found) == {"Manila"}


def test_a_strike_on_a_depot_north_of_a_city_is_placed_at_that_city() -> None:
    text = "KYIV - Russian drones struck a fuel depot 30 km north of Kharkiv on Monday."
    assert places(text, "19") == ["Kharkiv"]


def test_a_direction_after_the_object_of_a_statement_does_not_move_the_statement() -> None:
    # the parser hangs "south of Okinawa" on the verb; it describes the buildup, not where Japan spoke
    text = "TOKYO - Japan's foreign minister criticised the Chinese naval buildup south of Okinawa on Friday."
    assert places(text, "11") == ["Tokyo"]


def test_a_city_named_by_a_frame_and_an_alternate_name_is_found() -> None:
    text = "BENGHAZI, Libya - Turkish rescue teams reached the flood-stricken city of Derna on Tuesday, officials said."
    assert places(text, "07") == ["Darnah"]


def test_a_city_of_a_country_the_article_is_not_about_is_not_taken_from_an_alternate_name() -> None:
    # "Derna" is also a Romanian village's main name: a frame alone does not bring in a country
    text = "BUCHAREST - Romanian police arrested 20 protesters in the town of Derna on Tuesday."
    assert places(text, "17") == ["Derna"]


def test_a_charge_where_the_accused_was_taken_is_placed_there() -> None:
    text = (
        "NAIROBI - Tanzanian opposition leader Tundu Lissu was taken to Dodoma on Friday, where prosecutors "
        "charged him with treason."
    )
    assert places(text, "17") == ["Dodoma"]


def test_a_transfer_that_is_only_planned_places_nothing() -> None:
    text = (
        "ARUSHA, Tanzania - Prosecutors charged opposition leader Tundu Lissu with treason on Friday and said "
        "he would be taken to Dodoma."
    )
    assert places(text, "17") == ["Arusha"]


def test_dar_es_salaam_is_one_name() -> None:
    text = "NAIROBI - Police arrested 20 protesters in Dar es Salaam on Monday."
    assert places(text, "17") == ["Dar es Salaam"]


def test_a_person_with_a_particle_is_no_place() -> None:
    text = "KHARTOUM - Sudanese police arrested 20 supporters of Omar al Bashir on Monday."
    assert places(text, "17") == ["Khartoum"]


def test_a_strike_told_without_a_place_is_where_the_earlier_attack_hit_the_dateline_city() -> None:
    text = (
        "DOHA, Qatar - Israel bombed a compound in the Qatari capital on Tuesday. The Israeli military said it "
        "had carried out a precise strike on Hamas leaders."
    )
    assert places(text, "19") == ["Doha", "Doha"]


def test_a_meeting_in_the_dateline_city_is_no_scene_for_a_later_strike() -> None:
    text = (
        "DOHA, Qatar - Qatar's emir met Hamas leaders in the capital on Tuesday. The Israeli military said it "
        "had carried out a precise strike on Hamas commanders."
    )
    assert places(text, "19") == ["Palestinian Territory"]


def test_warships_sent_swarming_around_an_island_are_placed_there() -> None:
    # the source's dateline of two would take China's act to Beijing; the forces were around Taiwan
    text = "TAIPEI/BEIJING - China sent warships and fighter jets swarming around Taiwan on Thursday."
    found = places(text, "15")
    assert found and set(found) == {"Taipei"}


def test_what_the_forces_sent_carry_places_nothing() -> None:
    text = "TOKYO - China sent warships carrying marines to the exercise, Japan's defence ministry said on Monday."
    assert places(text, "15") == ["Tokyo"]


def test_an_ambassador_named_earlier_speaks_where_he_is_posted() -> None:
    text = (
        "BERLIN - Germany expelled two Russian diplomats on Wednesday over an alleged spy plot. Russian Ambassador "
        "Sergei Nechayev was summoned to the Foreign Office. Nechayev rejected the accusations as absurd."
    )
    assert places(text, "01") == ["Berlin"]


def test_an_ambassador_in_the_subject_speaks_where_he_is_posted() -> None:
    text = (
        "PHNOM PENH - A Cambodian court sentenced opposition leader Kem Sokha to 27 years in prison. United States "
        "ambassador Patrick Murphy condemned the verdict."
    )
    assert places(text, "11") == ["Phnom Penh"]


def test_a_foreign_minister_told_from_abroad_still_speaks_at_home() -> None:
    text = (
        "BERLIN - Germany expelled two Russian diplomats on Wednesday over an alleged spy plot. Russian Foreign "
        "Minister Sergei Lavrov rejected the accusations as absurd."
    )
    assert places(text, "01") == ["Moscow"]
