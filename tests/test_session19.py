"""Session 19 rules, on sentences written in the style of wire copy, parsed by the real model."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def _events(text: str, day: date = date(2025, 3, 16)) -> list:
    return list(code_text(text, date=day))


def _roots(text: str, day: date = date(2025, 3, 16)) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of every event coded from ``text``."""
    return {(e.source.country, e.target.country if e.target else "", e.cameo[:2]) for e in _events(text, day)}


def test_a_trade_war_is_no_fighting() -> None:
    text = (
        "OTTAWA (Reuters) - Prime Minister Justin Trudeau said on Tuesday that the United States had "
        "launched a trade war against Canada, its closest ally."
    )
    assert not any(root == "19" for _, _, root in _roots(text, date(2025, 3, 4)))
    # a war that is fought still is
    fought = "Russia launched a full-scale war against Ukraine on Thursday, the Ukrainian president said."
    assert ("RUS", "UKR", "19") in _roots(fought, date(2022, 2, 25))


def test_who_told_the_news_is_neither_the_scene_nor_the_victim() -> None:
    text = (
        "DUBAI, March 16 (Reuters) - U.S. air strikes on Yemen's Houthis have killed at least 31 people, the "
        "group's health ministry said on Sunday. Warplanes from the aircraft carrier USS Harry S. Truman and "
        "drones struck radar sites and missile launchers across Houthi-held territory from Saturday evening, "
        "according to U.S. officials."
    )
    roots = _roots(text)
    assert ("USA", "YEM", "19") in roots
    # the officials quoted are not struck by the warplanes
    assert not any(t == "USA" for _, t, _ in roots)


def test_a_patron_hyphened_to_a_group_is_not_where_it_was_hit() -> None:
    events = _events(
        "DUBAI, March 16 (Reuters) - U.S. air strikes on Yemen's Iran-aligned Houthis have killed at least "
        "31 people, the group's health ministry said on Sunday."
    )
    strikes = [e for e in events if e.source.country == "USA" and e.cameo.startswith("19")]
    assert strikes
    assert all((e.location or {}).get("country") == "YEM" for e in strikes)


def test_a_verb_listed_after_a_comma_shares_the_first_verbs_subject() -> None:
    # The parser hangs "lodged" on "called" as a bare dep, and "demanded" on "lodged": the vice
    # minister still demands.
    roots = _roots(
        "TOKYO (Reuters) - Chinese fighter jets locked their radar on Japanese aircraft twice on Saturday, "
        "Japan's defence ministry said. Vice Foreign Minister Takehiro Funakoshi called in Ambassador Wu "
        "Jianghao, lodged a strong protest and demanded that Beijing take steps to prevent a recurrence, "
        "the Foreign Ministry said.",
        date(2025, 12, 7),
    )
    assert ("JPN", "CHN", "10") in roots


def test_unclaimed_drones_opening_a_sentence_are_unidentified_attackers() -> None:
    # "Drones" at the head of the sentence is tagged a proper noun; it is still a weapon nobody claimed
    events = _events(
        "PORT SUDAN (Reuters) - Sudan's army said on Monday that the paramilitary Rapid Support Forces had "
        "attacked the city's airport. Drones struck Port Sudan again before dawn on Tuesday, setting off huge "
        "explosions near the airport, witnesses said.",
        date(2025, 5, 6),
    )
    struck = [e for e in events if e.trigger == "struck"]
    assert struck and struck[0].source.sector == "UAF" and struck[0].target is not None
    assert struck[0].target.country == "SDN"


def test_the_head_of_an_international_body_speaks_from_its_seat() -> None:
    events = _events(
        "ISTANBUL (Reuters) - Turkey called on its NATO allies on Friday to show solidarity after an air strike "
        "killed 33 Turkish soldiers in Syria's Idlib province. Secretary-General Jens Stoltenberg condemned the "
        "indiscriminate air strikes by the Syrian government and its backer Russia.",
        date(2020, 2, 28),
    )
    condemned = [e for e in events if e.source.country == "IGO" and e.cameo.startswith("11")]
    assert condemned
    assert all((e.location or {}).get("name") == "Brussels" for e in condemned)


def test_seats_follow_the_role_held_on_the_day() -> None:
    from accord.stages.locations import role_seat

    assert role_seat("Jens Stoltenberg", date(2020, 2, 28)) == "Brussels"
    # Norway's finance minister from 2025 is no longer NATO's head
    assert role_seat("Jens Stoltenberg", date(2025, 6, 1)) == ""
    assert role_seat("António Guterres", date(2023, 5, 1)) == "New York"
    # an envoy works in the field, not at the UN's seat
    assert role_seat("Hans Grundberg", date(2023, 5, 1)) == ""


def test_a_place_inside_the_judged_object_is_not_where_the_word_was_said() -> None:
    events = _events(
        "NEW DELHI, Aug 16 (Reuters) - China on Tuesday brushed aside Indian and U.S. concerns about its "
        "research vessel Yuan Wang 5, which docked at Sri Lanka's southern port of Hambantota earlier in the "
        "day, saying the ship posed no threat to the security of any country.",
        date(2022, 8, 16),
    )
    rejections = [e for e in events if e.source.country == "CHN" and e.cameo.startswith("12")]
    assert rejections
    assert all((e.location or {}).get("country") == "CHN" for e in rejections)


def test_the_court_after_a_description_and_a_seat_is_still_the_international_court() -> None:
    text = (
        "BUDAPEST (Reuters) - Hungary said on Thursday it would withdraw from the International Criminal Court "
        "as Prime Minister Viktor Orban welcomed Israeli Prime Minister Benjamin Netanyahu. It is his first trip "
        "to Europe since the court in The Hague issued a warrant for his arrest. Orban said the ICC had become "
        "a political court. Netanyahu accused the court of directing its actions against a country fighting a "
        "just war."
    )
    roots = _roots(text, date(2025, 4, 3))
    assert ("ISR", "IGO", "11") in roots
    assert not any(t == "NLD" for _, t, _ in roots)


def test_leaving_an_international_court_reduces_relations_with_it() -> None:
    roots = _roots(
        "BUDAPEST (AP) - Hungary withdrew from the International Criminal Court on Thursday, the government's "
        "spokesman said.",
        date(2025, 4, 3),
    )
    assert ("HUN", "IGO", "16") in roots


def test_a_ship_prefix_names_its_navy() -> None:
    roots = _roots(
        "Warplanes from the aircraft carrier USS Harry S. Truman struck Houthi radar sites in Yemen on Saturday, "
        "the Pentagon said."
    )
    assert ("USA", "YEM", "19") in roots
    roots = _roots(
        "MANILA (Reuters) - The Chinese coast guard fired water cannon at the BRP Sierra Madre resupply boats "
        "near Second Thomas Shoal on Saturday, the Philippine military said.",
        date(2024, 3, 23),
    )
    assert any(s == "CHN" and t == "PHL" for s, t, _ in roots)


def test_the_judges_are_the_bench_of_the_court_named_before() -> None:
    roots = _roots(
        "THE HAGUE (Reuters) - The International Court of Justice on Friday ordered Israel to halt its military "
        "offensive in Rafah. Israel rejected the order. The judges also said Israel had violated its "
        "obligations under the genocide convention.",
        date(2024, 5, 24),
    )
    assert ("IGO", "ISR", "11") in roots


def test_welcoming_a_told_ruling_is_aimed_at_the_body_that_issued_it() -> None:
    roots = _roots(
        "THE HAGUE (Reuters) - The International Criminal Court issued arrest warrants on Thursday for Israeli "
        "Prime Minister Benjamin Netanyahu and his former defence minister. Hamas welcomed the warrants against "
        "the Israeli leaders.",
        date(2024, 11, 21),
    )
    assert ("PSE", "IGO", "05") in roots
    assert ("PSE", "ISR", "05") not in roots


def test_among_the_first_leaders_to_congratulate_is_a_congratulation() -> None:
    roots = _roots(
        "WARSAW (Reuters) - Hungarian Prime Minister Viktor Orban was among the first foreign leaders on Monday "
        "to congratulate Poland's president-elect on winning the runoff.",
        date(2025, 6, 2),
    )
    assert ("HUN", "POL", "05") in roots


def test_congratulations_sent_or_conveyed_are_praise() -> None:
    roots = _roots(
        "Indian Prime Minister Narendra Modi sent his congratulations to Sri Lanka's new president on Monday.",
        date(2024, 9, 23),
    )
    assert ("IND", "LKA", "05") in roots


def test_a_ruling_dismissed_is_rejected() -> None:
    roots = _roots(
        "THE HAGUE (Reuters) - The International Court of Justice said on Friday that Israel's occupation is "
        "unlawful. Netanyahu dismissed the ruling within hours.",
        date(2024, 7, 19),
    )
    assert ("ISR", "IGO", "12") in roots


def test_a_bare_surname_is_the_official_introduced_before() -> None:
    roots = _roots(
        "MANAGUA, Nov 19 (Reuters) - Nicaragua said on Friday it would withdraw from the Organization of "
        "American States. Foreign Minister Denis Moncada said in a televised statement that the government was "
        "denouncing the organization's charter. Moncada branded the OAS an instrument of interference.",
        date(2021, 11, 19),
    )
    assert ("NIC", "IGO", "11") in roots


def test_the_head_of_a_body_who_came_to_the_dateline_speaks_there() -> None:
    events = _events(
        "COX'S BAZAR, Bangladesh (AFP) - Guterres, who toured the camps on Monday, praised Bangladesh for its "
        "generosity in sheltering the refugees.",
        date(2018, 7, 2),
    )
    praise = [e for e in events if e.cameo.startswith("05") and e.source.country == "IGO"]
    assert praise and all((e.location or {}).get("country") == "BGD" for e in praise)
    # with no sign that he came, he speaks from the UN's seat
    events = _events(
        "NAIROBI (Reuters) - U.N. Secretary-General Antonio Guterres condemned the attack on the shopping "
        "centre and offered condolences to the victims' families.",
        date(2019, 1, 16),
    )
    condemned = [e for e in events if e.source.country == "IGO" and e.cameo.startswith("11")]
    assert all((e.location or {}).get("name") == "New York City" for e in condemned)


def test_a_condemned_arrest_elsewhere_does_not_place_the_condemnation() -> None:
    events = _events("The European Union on Monday condemned the arrest of journalists in Minsk.", date(2021, 5, 24))
    condemned = [e for e in events if e.cameo.startswith("11")]
    assert condemned and all((e.location or {}).get("name") == "Brussels" for e in condemned)


def test_a_share_of_aid_suspended_is_aid_suspended() -> None:
    roots = _roots(
        "LONDON (Reuters) - Britain on Tuesday suspended most of its bilateral aid to Rwanda, punishing Kigali "
        "for its support of the M23 rebels.",
        date(2025, 2, 25),
    )
    assert ("GBR", "RWA", "16") in roots


def test_witnessing_the_exchange_of_agreements_signs_them() -> None:
    roots = _roots(
        "PHNOM PENH (Reuters) - Chinese President Xi Jinping and Cambodian Prime Minister Hun Manet witnessed "
        "the exchange of more than 30 cooperation documents in Phnom Penh on Thursday.",
        date(2025, 4, 17),
    )
    assert {("CHN", "KHM", "05"), ("KHM", "CHN", "05")} <= roots
