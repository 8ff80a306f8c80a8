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
