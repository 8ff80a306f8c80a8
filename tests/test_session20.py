"""Session 20 rules, on sentences written in the style of wire copy, parsed by the real model."""

from __future__ import annotations

from datetime import date

import pytest
from coded_events import coded_roots

from accord.api import code_text

pytestmark = pytest.mark.slow


def _roots(text: str, day: date = date(2025, 3, 16)) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of every event coded from ``text``."""
    return coded_roots(text, day)


def test_an_operation_condemned_is_the_latest_forceful_act_told() -> None:
    text = (
        "BEIRUT, Oct 10 (Reuters) - Turkish warplanes bombed positions of the Kurdish YPG militia near Ras "
        "al-Ain on Thursday, witnesses said.\n\n"
        "President Tayyip Erdogan said the operation would go on until its aims were met.\n\n"
        "Norway said it was suspending new arms exports to Turkey. Germany's foreign minister condemned the "
        "operation in the strongest terms."
    )
    roots = _roots(text, date(2019, 10, 10))
    assert ("DEU", "TUR", "11") in roots
    # the suspension told just before is no operation
    assert ("DEU", "NOR", "11") not in roots


def test_a_resolution_condemned_is_the_body_that_passed_it() -> None:
    text = (
        "VIENNA, Nov 22 (Reuters) - The board of governors of the International Atomic Energy Agency passed "
        "a resolution against Iran on Thursday over its failure to cooperate with inspectors.\n\n"
        "Drafted by Britain, France and Germany, the text ordered Tehran to explain uranium traces at "
        "undeclared sites.\n\n"
        "Iran's foreign ministry condemned the resolution on Friday as politically motivated."
    )
    roots = _roots(text, date(2024, 11, 22))
    assert ("IRN", "IGO", "11") in roots
    assert not {("IRN", "GBR", "11"), ("IRN", "FRA", "11")} & roots


def test_the_of_phrase_of_a_decision_names_who_decided() -> None:
    text = (
        "TAIPEI, Sept 16 (Reuters) - Taiwan's foreign minister said on Monday that Taipei deeply regretted "
        "and strongly condemned the decision of the Solomons government to sever ties."
    )
    assert ("TWN", "SLB", "11") in _roots(text, date(2019, 9, 16))


def test_a_cost_a_warning_lays_on_a_side_names_the_threatened() -> None:
    text = (
        "WASHINGTON, April 14 (Reuters) - Iran fired more than 300 drones and missiles at Israel overnight.\n\n"
        "Two U.S. Navy destroyers in the eastern Mediterranean fired interceptors at the incoming missiles, "
        "the Pentagon said.\n\n"
        "The White House national security adviser warned that the attack would have severe consequences "
        "for Tehran."
    )
    assert ("USA", "IRN", "13") in _roots(text, date(2024, 4, 14))
    faced = "The Revolutionary Guards commander warned on Sunday that Israel would face a crushing response."
    assert ("IRN", "ISR", "13") in _roots(faced, date(2024, 4, 14))


def test_a_vow_of_revenge_threatens_the_doers_of_the_act_avenged() -> None:
    text = (
        "SANAA, July 21 (Reuters) - Israeli jets struck the port of Hodeidah on Saturday, killing six "
        "people, the Houthi-run health ministry said. The head of the Houthis' political council vowed in a "
        "televised speech to take revenge for the killings."
    )
    assert ("YEM", "ISR", "13") in _roots(text, date(2024, 7, 21))


def test_markets_that_rally_are_no_protest() -> None:
    text = (
        "CAIRO, Feb 24 (Reuters) - Egypt's dollar bonds rallied on the news of the investment deal. "
        "Thousands of protesters rallied in Alexandria against the government on Friday."
    )
    roots = _roots(text, date(2024, 2, 24))
    assert ("EGY", "EGY", "14") in roots
    protests = [e for e in code_text(text, date=date(2024, 2, 24)) if e.cameo.startswith("14")]
    assert all("bonds" not in e.sentence for e in protests)


def test_memoranda_exchanged_are_signed_by_both() -> None:
    text = (
        "RIYADH, May 13 (Reuters) - A memorandum of intent on modernising the Saudi armed forces was "
        "exchanged by Saudi Defence Minister Prince Khalid bin Salman and U.S. Defense Secretary Pete Hegseth."
    )
    roots = _roots(text, date(2025, 5, 13))
    assert {("SAU", "USA", "05"), ("USA", "SAU", "05")} <= roots


def test_dissolving_parliament_and_suspending_a_leader_are_administrative_sanctions() -> None:
    text = (
        "QUITO, May 17 (Reuters) - Ecuadorean President Guillermo Lasso dissolved the opposition-controlled "
        "National Assembly on Wednesday, invoking a constitutional clause for the first time."
    )
    assert ("ECU", "ECU", "17") in _roots(text, date(2023, 5, 17))
    court = "BANGKOK, July 1 (Reuters) - Thailand's Constitutional Court on Tuesday suspended Prime Minister Paetongtarn Shinawatra from duty."
    assert ("THA", "THA", "17") in _roots(court, date(2025, 7, 1))
    # a bloc suspending a member still cuts relations
    bloc = "ADDIS ABABA (Reuters) - The African Union suspended Mali from all its activities on Tuesday."
    assert ("IGO", "MLI", "16") in _roots(bloc, date(2021, 6, 1))


def test_a_coup_attempt_condemned_is_the_coup_s() -> None:
    text = (
        "DAR ES SALAAM, May 13 (Reuters) - Soldiers loyal to a sacked intelligence chief tried to seize power "
        "in Burundi on Wednesday. Tanzania's president said after a regional summit that the leaders "
        "condemned the coup attempt."
    )
    assert ("TZA", "BDI", "11") in _roots(text, date(2015, 5, 13))


def test_diplomats_expelled_are_of_the_states_they_are_sent_back_to() -> None:
    text = (
        "MOSCOW, Feb 5 (Reuters) - Russia said on Friday it was expelling diplomats from Germany, Poland and "
        "Sweden for taking part in protests in support of a jailed opposition leader."
    )
    roots = _roots(text, date(2021, 2, 5))
    assert {("RUS", "DEU", "16"), ("RUS", "POL", "16"), ("RUS", "SWE", "16")} <= roots
    assert ("RUS", "RUS", "16") not in roots


def test_a_feeler_s_own_call_coordinated_with_the_cause_is_no_target() -> None:
    text = (
        "KHAN YOUNIS, Gaza Strip (AP) - Two Israeli strikes hit a hospital in southern Gaza on Monday, "
        "killing at least 20 people, health officials said.\n\n"
        "Britain's foreign secretary said he was horrified by the attack and repeated London's call for an "
        "immediate ceasefire."
    )
    roots = _roots(text, date(2025, 8, 25))
    assert ("GBR", "ISR", "11") in roots
    assert ("GBR", "GBR", "11") not in roots


def test_a_reported_wrong_of_trampling_or_blackmail_is_an_accusation() -> None:
    text = (
        "MOSCOW, Dec 7 (Reuters) - Kremlin spokesman Dmitry Peskov said on Saturday that Romania was "
        "trampling on democratic norms by annulling the vote."
    )
    assert ("RUS", "ROU", "11") in _roots(text, date(2024, 12, 7))
    text = "WARSAW (Reuters) - Poland's prime minister said Belarus was weaponising migrants at the border."
    assert ("POL", "BLR", "11") in _roots(text, date(2021, 11, 9))


def test_where_a_missile_came_from_is_not_where_it_struck() -> None:
    text = (
        "JERUSALEM, May 4 (Reuters) - A ballistic missile fired from Yemen by the Houthi rebels struck inside "
        "the perimeter of Ben Gurion Airport on Sunday morning, wounding six people."
    )
    roots = _roots(text, date(2025, 5, 4))
    assert ("YEM", "ISR", "19") in roots
    assert not any(t == "YEM" for _, t, _ in roots)


def test_someone_arrested_abroad_is_held_by_the_state_of_the_place() -> None:
    text = (
        "NAIROBI, May 20 (AP) - Kenyan activist Boniface Mwangi was arrested on Monday at his hotel in Dar es "
        "Salaam, where he had travelled to attend the trial of an opposition leader."
    )
    roots = _roots(text, date(2025, 5, 20))
    assert ("TZA", "KEN", "17") in roots
    assert ("KEN", "KEN", "17") not in roots
    # a place in a clause of its own is not where the act was done
    text = (
        "MOSCOW (Reuters) - The opposition leader was sentenced on Tuesday to nearly three years in prison for "
        "breaking the terms of a suspended sentence while he was recovering in Germany from a poisoning."
    )
    assert not any(s == "DEU" for s, _, _ in _roots(text, date(2021, 2, 2)))


def test_a_state_owning_an_earlier_act_in_a_time_phrase_is_no_scene() -> None:
    text = (
        "DUBAI, June 22 (Reuters) - Hours after the U.S. raid, Iran fired a barrage of missiles at Israel, "
        "wounding dozens of people in Tel Aviv and Haifa, according to Israeli rescue services."
    )
    roots = _roots(text, date(2025, 6, 22))
    assert ("IRN", "ISR", "19") in roots
    assert ("IRN", "USA", "19") not in roots


def test_where_a_report_was_made_is_not_where_the_act_reported_is() -> None:
    text = (
        "DUBAI, Jan 8 (Reuters) - In Baghdad, the office of Iraqi caretaker Prime Minister Adel Abdul Mahdi said "
        "Tehran had told it after midnight that a response to the general's killing was about to begin, and "
        "that it would target only places where U.S. forces were stationed."
    )
    roots = _roots(text, date(2020, 1, 8))
    assert ("IRN", "IRQ", "13") not in roots


def test_diplomats_stripped_of_accreditation_are_expelled() -> None:
    text = (
        "MOSCOW, Sept 13 (Reuters) - Russia's FSB security service said on Friday it had stripped six British "
        "diplomats in Moscow of their accreditation, accusing them of spying."
    )
    roots = _roots(text, date(2024, 9, 13))
    assert ("RUS", "GBR", "16") in roots
    # a citizen stripped of citizenship is still an administrative sanction
    assert ("NIC", "NIC", "17") in _roots("MANAGUA (AP) - Nicaragua stripped the Catholic bishop of his citizenship.")


def test_an_appeal_for_release_is_aimed_at_the_one_asked() -> None:
    text = (
        "BEIJING, April 2 (Reuters) - Japanese Foreign Minister Yoshimasa Hayashi urged his Chinese "
        "counterpart Qin Gang on Sunday to release a Japanese employee of a drugmaker held on suspicion of spying."
    )
    roots = _roots(text, date(2023, 4, 2))
    assert ("JPN", "CHN", "02") in roots
    assert ("JPN", "JPN", "02") not in roots
