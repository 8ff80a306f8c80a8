"""The scene rule of branch loc8: the place of an earlier physical act, however it was named (a
village the model tags as nothing, the object of a verb of force, 'the town'), is where later acts
whose sentence names no place happened; not a reprisal against another state (docs/PLACES.md, 7a)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def places(text: str, trigger: str) -> list[str | None]:
    """The location name of each event whose trigger is ``trigger``."""
    return [(e.location or {}).get("name") for e in code_text(text, date=date(2024, 5, 2)) if e.trigger == trigger]


def test_a_killing_after_a_raid_on_a_village_is_placed_in_the_village() -> None:
    text = (
        "OUAGADOUGOU - Gunmen stormed a market in Djibo on Saturday. The attackers killed 20 traders, residents said."
    )
    assert places(text, "killed") == ["Djibo"]


def test_the_town_shelled_before_is_the_scene_of_later_killings() -> None:
    text = (
        "KYIV - Russian troops shelled Huliaipole on Tuesday. Russian forces killed two civilians, "
        "the regional governor said."
    )
    assert places(text, "killed") == ["Hulyaypole"]


def test_an_arrest_after_a_protest_is_placed_where_the_protest_was() -> None:
    text = (
        "DHAKA - Students blocked roads in Chittagong on Monday. Police fired tear gas at the protesters, "
        "witnesses said."
    )
    assert places(text, "fired") == ["Chattogram"]


def test_a_city_rocked_by_explosions_is_the_scene_even_without_an_event() -> None:
    text = (
        "KYIV - Explosions rocked Zaporizhzhia overnight. Russian drones struck an energy facility, the governor said."
    )
    assert places(text, "struck") == ["Zaporizhzhya"]


def test_the_town_is_the_town_troops_pushed_into() -> None:
    text = (
        "KYIV - Russian forces pushed into Chasiv Yar in April. Russian troops shelled the town again on Sunday, "
        "the army said."
    )
    assert places(text, "shelled") == ["Chasiv Yar"]


def test_the_village_is_the_village_named_before() -> None:
    text = (
        "RAMALLAH - Israeli settlers attacked the village of Turmus Ayya on Friday. Israeli troops later raided "
        "the village."
    )
    assert places(text, "raided") == ["Turmus‘ayyā"]


def test_a_village_raided_by_troops_is_placed() -> None:
    text = "RAMALLAH - Israeli troops raided Huwara before dawn. Soldiers arrested 15 Palestinians, witnesses said."
    assert places(text, "raided") == ["Huwara"]


def test_a_reprisal_does_not_land_on_the_town_that_was_hit() -> None:
    text = (
        "JERUSALEM - Hezbollah fired rockets at Kiryat Shmona on Sunday. Israeli troops raided Hezbollah "
        "positions in response, the military said."
    )
    assert places(text, "raided") == ["Jerusalem"]


def test_without_the_reprisal_the_town_that_was_hit_is_the_scene() -> None:
    text = (
        "JERUSALEM - Hezbollah fired rockets at Kiryat Shmona on Sunday. Israeli troops raided Hezbollah "
        "positions, the military said."
    )
    assert places(text, "raided") == ["Qiryat Shmona"]


def test_fire_on_another_state_does_not_land_on_the_town_that_was_hit() -> None:
    text = (
        "JERUSALEM - Rockets were fired at Sderot on Monday. The Israeli military struck Hamas targets "
        "in response, it said."
    )
    assert "Sderot" not in places(text, "struck")


def test_police_responding_at_home_stay_at_the_scene() -> None:
    text = (
        "DHAKA - Protesters clashed with police in Sylhet on Sunday. Police fired tear gas in response, witnesses said."
    )
    assert places(text, "fired") == ["Sylhet"]


def test_a_place_named_in_the_later_sentence_wins_over_the_scene() -> None:
    text = "KYIV - Russian drones hit Odesa overnight. Russian missiles also struck Dnipro, the air force said."
    assert places(text, "struck") == ["Dnipro"]


def test_a_statement_after_an_attack_stays_at_the_dateline() -> None:
    text = (
        "KYIV - Russian forces pushed into Chasiv Yar in April. Ukraine's defence minister accused Russia "
        "of war crimes."
    )
    assert places(text, "accused") == ["Kyiv"]


def test_a_participle_of_authorities_posted_in_a_city_is_placed_there() -> None:
    text = (
        "MOSCOW - Wagner fighters seized a military headquarters in the city of Rostov-on-Don. Authorities in "
        "Moscow declared a state of emergency, tightening security across the capital."
    )
    assert places(text, "tightening") == ["Moscow"]
