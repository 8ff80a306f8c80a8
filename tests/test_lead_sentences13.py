"""Session 13, silent lead sentences: actors named by a plural or collective noun that news uses
for a side ("shot dead 27 Maoists", "mutineers seized the broadcaster", "jawans were killed").
Sentences written for the test, each with a look-alike that must stay as it was."""

from __future__ import annotations

from datetime import date

import pytest

import accord

pytestmark = pytest.mark.slow

WEDNESDAY = date(2025, 5, 21)


def sides(text: str) -> set[tuple[str, str, str]]:
    """(source code with sector, target code with sector, CAMEO root) of each event coded in a text."""
    return {
        (event.source.code, event.target.code if event.target else "", event.cameo[:2])
        for event in accord.code_text(text, date=WEDNESDAY)
    }


def test_maoists_shot_dead_are_rebels_of_the_state() -> None:
    lead = "Indian security forces on Wednesday shot dead 27 Maoists in a gunfight in Chhattisgarh."
    assert ("INDCOP", "INDREB", "19") in sides(lead)


def test_islamists_killed_in_a_raid_are_rebels() -> None:
    lead = "Pakistani troops killed 12 Islamists in a raid in North Waziristan on Wednesday."
    assert ("PAKMIL", "PAKREB", "19") in sides(lead)


def test_mutineers_who_seize_a_broadcaster_are_rebels() -> None:
    lead = "Mutineers seized the state broadcaster in Bamako on Wednesday."
    assert ("---REB", "MLIMED", "17") in sides(lead)


def test_jawans_killed_by_naxalites_are_soldiers() -> None:
    lead = "Three Indian jawans were killed by Naxalites in Sukma on Wednesday."
    assert ("INDREB", "INDMIL", "19") in sides(lead)


def test_servicemen_and_troopers_are_military() -> None:
    assert ("ISRMIL", "PSECVL", "17") in sides("Israeli servicemen arrested two Palestinians in Jenin on Wednesday.")
    assert ("RUSMIL", "UKR", "19") in sides("Russian troopers shelled Ukrainian positions near Bakhmut on Wednesday.")


def test_a_maoist_party_in_government_is_no_rebel() -> None:
    # The look-alike: a party named with "Maoist" is an organisation of the dictionary, not the role word.
    lead = "Nepal's CPN (Maoist Centre) on Wednesday signed a deal with India on power trade."
    assert not any(side.endswith("REB") for event in sides(lead) for side in event[:2])


def test_drones_shot_down_are_aimed_back_at_who_sent_them() -> None:
    lead = "Poland shot down drones that crossed into its airspace during a Russian air attack on western Ukraine."
    assert ("POL", "RUS", "19") in sides(lead)
    assert ("POL", "UKR", "19") not in sides(lead)


def test_missiles_fired_by_a_group_and_downed_target_the_group() -> None:
    lead = "British warships shot down 18 drones and three missiles fired by the Houthis on Wednesday."
    assert ("GBRMIL", "YEMREB", "19") in sides(lead)
    assert ("ISR", "YEM", "19") in sides("Israel shot down a missile fired from Yemen on Wednesday.")


def test_drones_downed_over_ones_own_ground_have_no_victim() -> None:
    # The place names where the defence happened; the coder keeps the act without a target.
    lead = "Iraqi forces shot down three armed drones over Erbil airport on Wednesday."
    assert ("IRQMIL", "", "19") in sides(lead)
    assert ("IRQMIL", "IRQ", "19") not in sides(lead)


def test_a_shot_down_idea_or_aircraft_is_no_downed_projectile() -> None:
    idea = "Russia's foreign minister shot down the idea of talks with Ukraine on Wednesday."
    assert not any(root == "19" for _, _, root in sides(idea))
    assert ("RUS", "UKRMIL", "19") in sides("Russia shot down a Ukrainian fighter jet near Kherson on Wednesday.")


def test_police_pushing_protesters_back_is_repression() -> None:
    lead = "Canadian police in riot gear pushed the last big pockets of convoy protesters away from Parliament Hill."
    assert ("CANCOP", "CANOPP", "17") in sides(lead)


def test_pushing_migrants_or_allies_is_no_repression() -> None:
    assert ("HUNCOP", "HUNREF", "17") in sides("Hungarian police pushed migrants back into Serbia on Wednesday.")
    assert not sides("The Kenyan president pushed his allies to back the finance bill on Wednesday.")


def arresters(text: str) -> set[str]:
    """Source codes (with sector) of the arrests coded in a text."""
    return {event.source.code for event in accord.code_text(text, date=WEDNESDAY) if event.trigger == "arrested"}


BUREAU_STORY = (
    "WASHINGTON (AP) - The United States on Wednesday imposed sanctions on two Serbian officials{placed}.\n\n"
    "Riot police later arrested dozens of demonstrators near the parliament building."
)


def test_police_the_story_placed_abroad_are_that_states() -> None:
    # The lead placed police in Belgrade: the later bare "Riot police" are Serbia's, not the dateline's.
    placed = BUREAU_STORY.format(placed=", as police in Belgrade fired tear gas at students for a third night")
    assert arresters(placed) == {"SRBCOP"}


def test_police_never_placed_keep_the_dateline_state() -> None:
    unplaced = BUREAU_STORY.format(placed="")
    assert arresters(unplaced) == {"USACOP"}


def test_crowds_police_arrest_are_the_polices_people() -> None:
    # The demonstrators' state was only assumed from the WASHINGTON dateline; police act at home.
    placed = BUREAU_STORY.format(placed=", as police in Belgrade fired tear gas at students for a third night")
    arrests = {(e.source.code, e.target.code if e.target else "") for e in accord.code_text(placed, date=WEDNESDAY)}
    assert ("SRBCOP", "SRBOPP") in arrests
    assert not any(target.startswith("USA") for source, target in arrests if source == "SRBCOP")


def test_named_foreigners_arrested_keep_their_state() -> None:
    lead = "Georgian police arrested two American journalists in Tbilisi on Wednesday."
    assert ("GEOCOP", "USAJRN", "17") in sides(lead)
