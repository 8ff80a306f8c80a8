"""Lexicon coverage for common news acts: diplomats by their titles, ultimatums by a time limit,
money released, military pauses, people seized, led away or impeached, relief teams reaching a place."""

from __future__ import annotations

from datetime import date

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow


def roots(text: str) -> set[str]:
    return {code[:2] for _, _, code in coded(text)}


def test_charge_d_affaires_and_high_commissioner_are_diplomats() -> None:
    assert ("NLD", "TUR", "114") in coded("The Netherlands summoned Turkey's charge d'affaires in The Hague on Monday.")
    assert ("GBR", "IND", "161") in coded("Britain withdrew its high commissioner from India on Friday.")


def test_suspicions_dismissed_are_denied() -> None:
    text = "China on Tuesday dismissed Australian suspicions of spying as groundless."
    assert ("CHN", "AUS", "016") in coded(text)


def test_hours_given_to_meet_a_demand_are_an_ultimatum() -> None:
    text = "Hamas gave Israel 48 hours to halt its air strikes on Gaza on Sunday."
    assert ("PSE", "ISR", "139") in coded(text)


def test_money_released_is_economic_aid() -> None:
    text = "The International Monetary Fund released a $1.1 billion loan tranche to Pakistan on Friday."
    assert ("IGO", "PAK", "071") in coded(text)


def test_a_paused_offensive_is_de_escalation() -> None:
    assert "08" in roots("Myanmar's army paused its offensive operations against Karen rebels on Sunday.")


def test_people_seized_are_abducted() -> None:
    text = "Papuan separatist rebels seized a New Zealand pilot in the highlands on Tuesday."
    assert {(target, code) for _, target, code in coded(text)} == {("NZL", "181")}


def test_led_away_by_police_is_an_arrest() -> None:
    text = "The Belarusian opposition activist was led away by Belarusian police at Minsk airport."
    assert "17" in roots(text)


def test_slogans_chanted_are_a_demonstration() -> None:
    text = "Thousands of Kenyan protesters chanted slogans against the government of President William Ruto."
    assert "14" in roots(text)


def test_impeaching_a_president_demands_a_leadership_change() -> None:
    text = "Peru's Congress voted on Thursday to impeach President Pedro Castillo."
    assert "10" in roots(text)


def test_relief_teams_reaching_a_city_bring_aid() -> None:
    text = "Rescue teams from Egypt reached the flood-stricken Libyan city of Derna on Tuesday."
    assert ("EGY", "LBY", "073") in coded(text, date(2023, 9, 12))


def test_troops_reaching_a_city_make_no_visit() -> None:
    text = "Russian troops reached the outskirts of the Ukrainian city of Pokrovsk on Friday."
    assert "04" not in roots(text)


def test_a_vessel_sent_to_guard_is_a_show_of_force() -> None:
    text = "Finland's navy sent a patrol vessel to guard the undersea gas pipeline to Estonia on Thursday."
    assert "15" in roots(text)


def test_an_asset_freeze_imposed_is_a_sanction() -> None:
    text = "The European Union imposed an asset freeze on Rwandan army commanders on Monday."
    assert ("IGO", "RWA", "163") in coded(text)
