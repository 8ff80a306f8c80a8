"""Violence by kind of doer and victim (branch viol8): gunmen killing civilians is unconventional
violence (180), killing a named or titled figure is an assassination (186), an agentless "was shot
dead" or "were abducted" has an unidentified attacker, armed groups seizing a ship hijack it (181),
and setting fire to a plane or blowing up an office destroys property (1712)."""

from __future__ import annotations

from coded_events import coded


def codes(text: str) -> set[str]:
    """The CAMEO codes of a text's events."""
    return {code for _, _, code in coded(text)}


def test_gunmen_killing_tourists_is_unconventional_violence() -> None:
    assert ("", "IND", "180") in coded("Gunmen killed 26 tourists in Indian Kashmir on Tuesday.")


def test_gunmen_firing_on_worshippers_is_unconventional_violence() -> None:
    found = coded("Gunmen opened fire on worshippers at a mosque in northern Nigeria on Friday.")
    assert ("", "NGA", "180") in found
    assert not any(code.startswith("19") for _, _, code in found)


def test_gunmen_killing_soldiers_stays_conventional_force() -> None:
    assert codes("Gunmen killed two Afghan soldiers at a checkpoint in Kandahar province.") == {"190"}


def test_troops_killing_civilians_stays_military_force() -> None:
    assert "180" not in codes("Israeli troops killed 12 Palestinians in the West Bank on Monday.")


def test_gunmen_killing_a_governor_is_an_assassination() -> None:
    assert ("", "AFG", "186") in coded("Gunmen killed the governor of Afghanistan's Kandahar province on Sunday.")


def test_a_candidate_shot_dead_by_no_one_named_is_assassinated() -> None:
    text = "Mexican mayoral candidate Jose Ruiz was shot dead on Friday at a campaign rally in Michoacan."
    assert ("", "MEX", "186") in coded(text)


def test_soldiers_shot_dead_have_an_unidentified_attacker() -> None:
    assert coded("Two Pakistani soldiers were shot dead at a checkpoint near Peshawar on Monday.") == {
        ("", "PAK", "193")
    }


def test_workers_abducted_have_an_unidentified_attacker() -> None:
    assert ("", "SDN", "181") in coded("Six Sudanese health workers were abducted in North Darfur on Tuesday.")


def test_a_film_shot_or_a_bill_killed_is_no_violence() -> None:
    assert coded("The Iranian film was shot in Morocco last year.") == set()
    assert coded("Republican senators killed the Ukraine aid bill on Tuesday.") == set()
    assert coded("Haaland shot the ball past the Spanish goalkeeper in the second half.") == set()


def test_a_plain_passive_killing_names_no_attacker() -> None:
    # "was killed" may be an accident: no unidentified attacker without an attack named.
    assert coded("A Nepali climber was killed on Mount Everest on Sunday.") == set()


def test_armed_men_seizing_a_ship_hijack_it() -> None:
    assert "181" in codes("Houthi fighters seized the Bahamas-flagged cargo ship Galaxy Leader in the Red Sea.")
    assert "181" in codes("Somali pirates took control of an Iranian fishing vessel on Monday.")


def test_police_seizing_a_tanker_confiscate_it() -> None:
    assert "1711" in codes("Finnish police seized a Russian oil tanker in the Gulf of Finland on Thursday.")


def test_rebels_seizing_weapons_is_no_hijacking() -> None:
    assert "181" not in codes("Rebels seized weapons and ammunition from an army depot in Mali.")


def test_a_side_taking_control_of_a_match_is_no_seizure() -> None:
    assert "181" not in codes("Nigeria took control of the match after the break.")


def test_setting_fire_to_a_plane_destroys_property() -> None:
    assert "1712" in codes("Rebels in Indonesia's Papua region set fire to a small passenger plane on Tuesday.")


def test_blowing_up_an_office_destroys_property() -> None:
    assert "1712" in codes("North Korea blew up the inter-Korean liaison office in Kaesong on Tuesday.")


def test_blowing_up_a_truck_is_still_a_bombing() -> None:
    assert "183" in codes("Militants blew up an army truck on the highway in Pakistan's Khyber district.")


def test_criticism_under_fire_is_no_violence() -> None:
    assert not any(code[:2] in {"18", "19", "20"} for code in codes("Critics fired back at the French minister."))


def test_killing_by_shelling_keeps_the_kind_of_the_shelling() -> None:
    text = "Insurgents bombarded a government-held part of Aleppo overnight, killing at least eight people."
    assert "180" not in codes(text)
