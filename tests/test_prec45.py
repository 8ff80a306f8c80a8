"""Precision of consultations and diplomatic cooperation (roots 04 and 05), round prec45.

Each rule is checked on sentences written for it: the reading the rule removes must not code, and
the news reading next to it must still code.
"""

from __future__ import annotations

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow


def roots(text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of each event coded in a text."""
    return {(s, t, code[:2]) for s, t, code in coded(text)}


def test_a_patron_named_by_a_participle_on_an_actor_is_no_act_of_support() -> None:
    text = "Militias backed by Iran fired rockets at a US base in Syria on Monday."
    assert not any(root == "05" for _, _, root in roots(text))
    described = "Sudan accused Eritrea of arming a rebel group supported by Ethiopia on Monday."
    assert not any(s == "ETH" and root == "05" for s, _, root in roots(described))


def test_support_told_as_a_clause_or_of_a_plan_stays_news() -> None:
    assert ("DEU", "FRA", "05") in roots("Germany backed the French plan for a joint fund on Tuesday.")
    assert ("FRA", "UKR", "05") in roots("France strongly supported Ukraine's bid on Monday.")


def test_fellow_brokers_of_a_deal_are_not_its_parties() -> None:
    text = "Hamas freed 13 hostages on Friday, the first day of a truce mediated by Qatar with Egypt and the United States."
    events = roots(text)
    assert ("QAT", "EGY", "04") not in events
    assert ("QAT", "USA", "04") not in events
    helped = roots(
        "The two sides signed a ceasefire in Doha on Sunday in a deal brokered by Turkey with help from Qatar."
    )
    assert ("TUR", "QAT", "04") not in helped


def test_mediation_between_sides_keeps_them() -> None:
    events = roots("Qatar mediated between Israel and Hamas in Doha on Friday.")
    assert ("QAT", "ISR", "04") in events


def test_who_asked_for_a_meeting_is_not_at_the_table() -> None:
    text = "The UN Security Council held an emergency meeting at France's request on Monday."
    assert not any(s == "FRA" or t == "FRA" for s, t, _ in roots(text))


def test_onlookers_after_a_comma_are_not_parties_to_a_meeting() -> None:
    text = (
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels "
        "on Sunday, with German and French diplomats in the room."
    )
    events = roots(text)
    assert ("ARM", "AZE", "04") in events
    assert not any(t in {"DEU", "FRA"} for _, t, root in events if root == "04")


def test_a_partner_named_by_with_is_still_a_party() -> None:
    events = roots("Indian Prime Minister Narendra Modi met with Japanese Prime Minister Fumio Kishida on Monday.")
    assert ("IND", "JPN", "04") in events


def test_welcoming_a_visitor_is_hosting_not_praise() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan arrived in Budapest on Monday. "
        "He was welcomed by Hungarian Prime Minister Viktor Orban at the airport."
    )
    events = roots(text)
    assert ("HUN", "TUR", "04") in events
    assert ("HUN", "TUR", "05") not in events
