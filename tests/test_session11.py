"""Session 11: one-sided events, maritime confrontations, incursions, and home-bound institutions
placed by the town they are "in"."""

from __future__ import annotations

from coded_events import coded


def test_a_pledge_of_two_sides_about_unplaced_officials_is_between_the_sides() -> None:
    text = (
        "KINGSTOWN (Reuters) - The presidents of Guyana and Venezuela met for hours on Thursday.\n\n"
        "The two sides also pledged to set up a joint commission of foreign ministers."
    )
    found = coded(text)
    assert ("GUY", "VEN", "030") in found and ("VEN", "GUY", "030") in found
    assert not any(t == "" and c == "030" for _, t, c in found)


def test_militants_of_no_state_remain_a_target_of_a_warning() -> None:
    text = (
        "Islamist militants attacked a police post in Pakistan's Khyber district on Tuesday.\n\n"
        "Pakistan's army warned on Wednesday that any further attack would be met with a severe response."
    )
    assert any(s == "PAK" and c.startswith("13") for s, _, c in coded(text))


def test_water_cannon_fired_at_foreign_boats_targets_their_state() -> None:
    found = coded("Chinese coast guard ships fired water cannon at Philippine supply boats near the shoal on Sunday.")
    assert any(s == "CHN" and t == "PHL" and c.startswith("17") for s, t, c in found)
    # Riot police firing water cannon at protesters still repress their own people.
    found = coded("Police fired water cannon at protesters in Nairobi on Tuesday.")
    assert any(s == "KEN" and t == "KEN" for s, t, _ in found)


def test_a_vessel_rammed_is_coercion_against_its_state() -> None:
    found = coded("A Chinese vessel rammed a Philippine supply boat near the shoal on Saturday.")
    assert any(s == "CHN" and t == "PHL" and c == "171" for s, t, c in found)


def test_troops_crossing_into_a_state_are_an_incursion_but_migrants_are_not() -> None:
    assert ("SEN", "GMB", "190") in coded("Senegalese troops crossed into the Gambia on Thursday evening.")
    assert not coded("Thousands of migrants crossed into Spain's enclave of Ceuta on Monday.")


def test_prosecutors_in_a_town_are_of_its_state_whatever_the_dateline() -> None:
    found = coded(
        "PHNOM PENH (Reuters) - Federal prosecutors in Brooklyn on Tuesday charged Chen Zhi, a Cambodian "
        "tycoon, with wire fraud."
    )
    assert any(s == "USA" and c == "173" for s, _, c in found)
    assert not any(s == "KHM" and c == "173" for s, _, c in found)
