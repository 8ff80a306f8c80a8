"""A state and itself (session 13): a state named only as the owner of the doer is no target of
the doer's act, and the forces a state sends are the means of its show of force, not whom it
faces; a named destination still is, at home or abroad."""

from __future__ import annotations

from datetime import date

from coded_events import coded_roots

from accord.api import code_text

PUBLISHED = date(2024, 6, 10)


def roots(text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of each coded event, published on 10 June 2024."""
    return coded_roots(text, PUBLISHED)


def test_owner_of_the_doer_is_no_target_of_an_inquiry() -> None:
    assert ("IRQ", "IRQ", "09") not in roots("Iraq's interior ministry opened an investigation on Tuesday.")


def test_owner_of_the_doer_is_no_target_of_a_strike() -> None:
    text = "Sudan's Rapid Support Forces said they had launched drones on Tuesday."
    assert ("SDN", "SDN", "19") not in roots(text)


def test_place_named_as_the_target_of_a_strike_stays() -> None:
    assert ("SDN", "KEN", "19") in roots("Sudan's army said it had fired artillery at Kenya on Tuesday.")


def test_destination_at_home_is_the_target() -> None:
    text = "Kenya's interior ministry said on Tuesday it had sent 500 police officers to Mombasa after the riots."
    assert ("KEN", "KEN", "15") in roots(text)


def test_destination_abroad_is_the_target() -> None:
    text = "Britain's defence ministry said on Tuesday it would send 900 more troops to Estonia."
    assert ("GBR", "EST", "15") in roots(text)


def test_foreigners_held_are_held_by_the_state_of_the_place() -> None:
    codes = roots("Two Canadians were detained in China on Tuesday.")
    assert ("CHN", "CAN", "17") in codes
    assert ("CAN", "CAN", "17") not in codes


def test_foreigners_freed_with_no_place_are_freed_by_no_one_named() -> None:
    assert ("USA", "USA", "08") not in roots("The Americans were released on Tuesday after months of talks.")


def test_a_named_opponent_arrested_is_held_by_his_own_state() -> None:
    assert ("KEN", "KEN", "17") in roots("Kenyan opposition leader Raila Odinga was arrested on Tuesday.")


def test_a_city_naming_the_doer_still_places_the_act() -> None:
    text = "Islamabad police banned gatherings of more than four people in the capital on Tuesday."
    events = code_text(text, date=PUBLISHED)
    assert events
    assert any(e.target is not None and e.target.country == "PAK" for e in events)
    assert all((e.location or {}).get("name") == "Islamabad" for e in events)
