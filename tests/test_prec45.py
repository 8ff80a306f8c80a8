"""Precision of consultations and diplomatic cooperation (roots 04 and 05), round prec45.

Each rule is checked on sentences written for it: the reading the rule removes must not code, and
the news reading next to it must still code.
"""

from __future__ import annotations

import pytest
from coded_events import coded_roots

pytestmark = pytest.mark.slow


def roots(text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of each event coded in a text."""
    return coded_roots(text)


def test_a_patron_named_by_a_participle_on_an_actor_is_no_act_of_support() -> None:
    text = "Militias backed by Iran fired rockets at a US base in Syria on Monday."
    assert not any(root == "05" for _, _, root in roots(text))
    described = "Sudan accused Eritrea of arming a rebel group supported by Ethiopia on Monday."
    assert not any(s == "ETH" and root == "05" for s, _, root in roots(described))


def test_support_told_as_a_clause_or_of_a_plan_stays_news() -> None:
    assert ("DEU", "FRA", "05") in roots("Germany backed the French plan for a joint fund on Tuesday.")
    assert ("FRA", "UKR", "05") in roots("France strongly supported Ukraine's bid on Monday.")


def test_mediation_between_sides_keeps_them() -> None:
    events = roots("Qatar mediated between Israel and Hamas in Doha on Friday.")
    assert ("QAT", "ISR", "04") in events


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


def test_a_journey_told_in_the_present_with_a_date_is_a_plan() -> None:
    planned = roots("Blinken flies on to Egypt on Thursday for talks with President Abdel Fattah al-Sisi.")
    assert ("USA", "EGY", "04") not in planned
    assert ("USA", "EGY", "03") in planned
    made = roots("Blinken flew to Egypt on Thursday for talks with President Abdel Fattah al-Sisi.")
    assert ("USA", "EGY", "04") in made


def test_travel_to_a_gathering_is_no_visit_to_its_host_state() -> None:
    summit = roots("German Chancellor Olaf Scholz travelled to Brussels on Thursday for the summit.")
    assert ("DEU", "BEL", "04") not in summit
    talks = roots("German Chancellor Olaf Scholz travelled to Brussels on Thursday for talks with Belgian leaders.")
    assert ("DEU", "BEL", "04") in talks


def test_meetings_attended_elsewhere_are_not_placed_by_the_dateline() -> None:
    text = (
        "BANGKOK (Reuters) - China's special envoy for Asian affairs, Deng Xijun, attended the meetings "
        "in Kunming on Monday, according to Myanmar media."
    )
    assert not any("THA" in (s, t) for s, t, _ in roots(text))


def test_a_leader_thanking_his_own_voters_is_no_cooperation() -> None:
    assert not any(
        root == "05" for _, _, root in roots("Ugandan President Yoweri Museveni thanked voters on Saturday.")
    )
    assert ("UKR", "POL", "05") in roots("Ukrainian President Volodymyr Zelensky thanked Poland on Saturday.")


def test_states_named_in_what_is_discussed_are_topics_not_parties() -> None:
    text = (
        "Japanese and Philippine ministers spent the afternoon discussing the recent clashes between "
        "Chinese and Philippine vessels."
    )
    assert not any("CHN" in (s, t) for s, t, _ in roots(text))
    events = roots(
        "Russian President Vladimir Putin discussed Ukraine with Turkish President Tayyip Erdogan on Monday."
    )
    assert ("RUS", "TUR", "04") in events
    assert ("RUS", "UKR", "04") not in events


def test_a_gerund_after_a_planned_clause_is_planned_too() -> None:
    for planned in (
        "Saudi King Salman is due to address the Egyptian parliament on Sunday before flying on to Turkey.",
        "Saudi Crown Prince Mohammed bin Salman will address the Egyptian parliament on Sunday before flying on to Turkey.",
    ):
        assert not any(root == "04" for _, _, root in roots(planned))
    made = roots(
        "Turkish President Tayyip Erdogan addressed the Egyptian parliament on Sunday before flying on to Qatar."
    )
    assert ("TUR", "QAT", "04") in made
