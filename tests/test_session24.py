"""Session 24 rules, on sentences written in the style of wire copy, parsed by the real model."""

from __future__ import annotations

from datetime import date

import pytest
from coded_events import coded_roots, located

from accord.api import code_text

pytestmark = pytest.mark.slow

_VISITOR_IN_A_RELATIVE_CLAUSE = (
    "SEOUL (Yonhap) - New Zealand's Foreign Minister Winston Peters, who was in Seoul for talks with his "
    "South Korean counterpart on Tuesday, said Wellington was deeply concerned by North Korea's missile launches."
)


def test_a_speaker_whose_relative_clause_puts_him_at_the_dateline_speaks_there() -> None:
    places = located(_VISITOR_IN_A_RELATIVE_CLAUSE, date(2024, 4, 16))
    assert places[("NZL", "PRK", "11")] == ("Seoul", "KOR")


def test_a_speaker_who_is_only_going_to_travel_still_speaks_from_home() -> None:
    text = (
        "SEOUL (Yonhap) - New Zealand's Foreign Minister Winston Peters, who will travel to Tokyo next week, "
        "said Wellington was deeply concerned by North Korea's missile launches."
    )
    assert located(text, date(2024, 4, 16))[("NZL", "PRK", "11")] == ("Wellington", "NZL")


def test_a_leader_attending_the_summit_speaks_at_the_summit() -> None:
    text = (
        "JAKARTA (AP) - Leaders of Southeast Asian nations gathered in Jakarta on Tuesday for their annual "
        "summit.\n\nJapanese Prime Minister Fumio Kishida, who was attending the summit as a guest, urged "
        "China to respect the freedom of navigation in the South China Sea."
    )
    assert located(text, date(2023, 9, 5))[("JPN", "CHN", "02")] == ("Jakarta", "IDN")


def test_a_leader_who_told_the_summit_is_at_the_summit() -> None:
    text = (
        "ADDIS ABABA (Reuters) - African leaders met in the Ethiopian capital on Saturday for the African "
        "Union's annual summit.\n\nKenyan President William Ruto told the summit that his government was ready "
        "to send police officers to Haiti and urged the United Nations to fund the mission."
    )
    assert located(text, date(2024, 2, 17))[("KEN", "IGO", "02")] == ("Addis Ababa", "ETH")


def test_a_stay_beats_the_gathering_it_was_for() -> None:
    # "for the UN General Assembly" makes him a delegate; "in New York" says where he was.
    text = (
        "TEHRAN (AFP) - Iran's President Masoud Pezeshkian, who was in New York for the UN General Assembly, "
        "accused the United States of using sanctions to cripple the Iranian economy."
    )
    assert located(text, date(2024, 9, 25))[("IRN", "USA", "11")] == ("New York City", "USA")


def test_a_country_that_titles_a_person_is_not_where_the_words_were_said() -> None:
    text = (
        "OSLO (Reuters) - Norway's foreign minister lashed out on Tuesday at U.S. Vice President JD Vance, "
        "saying Oslo would not be lectured on its fishing rights."
    )
    places = located(text, date(2025, 3, 18))
    assert places[("NOR", "USA", "11")] == ("Oslo", "NOR")


def test_a_march_to_a_foreign_mission_is_in_the_city_of_the_mission() -> None:
    text = (
        "NAIROBI (Reuters) - Hundreds of traders marched to the Uganda High Commission on Wednesday "
        "to protest against the seizure of their goods at the border."
    )
    assert {place for key, place in located(text, date(2023, 5, 10)).items() if key[2] == "14"} == {("Nairobi", "KEN")}


def test_the_deed_an_accusation_names_does_not_place_the_accusation() -> None:
    text = (
        "BEIJING (Reuters) - Beijing accused Ottawa of the groundless harassment of Chinese journalists in "
        "Canada and said it would respond."
    )
    assert located(text, date(2024, 6, 7))[("CHN", "CAN", "11")] == ("Beijing", "CHN")


def test_a_guest_welcomed_by_name_is_not_a_namesake_town() -> None:
    # "Carney" is also a small town in Oklahoma; here he is the guest at the White House.
    text = (
        "WASHINGTON (AP) - Canada's new prime minister came to the White House on Tuesday to ask for relief "
        "from tariffs.\n\nTrump welcomed Carney outside the West Wing with a handshake before the two sat down "
        "in the Oval Office in front of reporters."
    )
    assert located(text, date(2025, 5, 6))[("USA", "CAN", "04")] == ("Washington", "USA")


def test_an_apposition_on_an_expelled_diplomat_does_not_place_the_expulsion() -> None:
    text = (
        "OTTAWA (CP) - Canada on Monday declared Li Ming, a diplomat at the Chinese consulate in Vancouver, "
        "persona non grata over a campaign to intimidate a member of Parliament."
    )
    assert located(text, date(2023, 5, 8))[("CAN", "CHN", "16")] == ("Ottawa", "CAN")


def test_border_controls_announced_for_next_week_target_the_neighbours() -> None:
    text = (
        "VIENNA (Reuters) - Austria will temporarily reintroduce controls on its borders with Slovenia and "
        "Hungary from next Monday, Interior Minister Gerhard Karner said on Wednesday."
    )
    assert {("AUT", "SVN", "16"), ("AUT", "HUN", "16")} <= coded_roots(text, date(2023, 10, 18))


def test_trade_halted_both_ways_is_aimed_at_the_partner() -> None:
    text = (
        "ANKARA (Reuters) - Turkey has halted all exports to and imports from Israel, its trade ministry said "
        "on Thursday, hardening its stance over the war in Gaza."
    )
    assert ("TUR", "ISR", "16") in coded_roots(text, date(2024, 5, 2))


def test_a_state_returned_to_a_terrorism_list_is_sanctioned() -> None:
    text = (
        "WASHINGTON (AP) - The Trump administration on Monday returned Cuba to the U.S. list of state sponsors "
        "of terrorism, undoing a decision taken a week earlier."
    )
    assert ("USA", "CUB", "16") in coded_roots(text, date(2025, 1, 20))


def test_a_state_taken_off_a_terrorism_list_has_sanctions_eased() -> None:
    # The row's only object word is "@gpe": the sentence filter must not demand that literal word.
    text = (
        "WASHINGTON (AP) - The Biden administration removed Cuba from the list of state sponsors of terrorism "
        "on Tuesday as part of a prisoner release deal."
    )
    assert ("USA", "CUB", "08") in coded_roots(text, date(2025, 1, 14))


def test_lifted_measures_listed_before_the_clause_that_imposed_them_are_eased_for_their_target() -> None:
    # The parser reads "freezes" as a verb and "it had imposed on Niger" as its complement.
    text = (
        "ABUJA (Reuters) - West Africa's main regional bloc ECOWAS on Saturday lifted the border closures, "
        "no-fly zone, financial restrictions and asset freezes it had imposed on Niger after last July's coup."
    )
    assert ("IGO", "NER", "08") in coded_roots(text, date(2024, 2, 24))


def test_duties_on_goods_imported_from_a_state_are_aimed_at_that_state() -> None:
    text = (
        "BEIJING (Reuters) - China said on Tuesday it would impose provisional anti-dumping measures on brandy "
        "imported from the European Union, a step aimed at French producers."
    )
    assert ("CHN", "IGO", "16") in coded_roots(text, date(2024, 10, 8))


def test_relations_put_on_pause_are_reduced() -> None:
    text = (
        "MEXICO CITY (Reuters) - Mexico's president said on Tuesday he had put relations with the U.S. and "
        'Canadian embassies "on pause" after both countries criticised his judicial overhaul.'
    )
    assert {("MEX", "USA", "16"), ("MEX", "CAN", "16")} <= coded_roots(text, date(2024, 8, 27))


def test_a_partner_hung_on_the_topic_of_a_discussion_is_still_the_partner() -> None:
    text = (
        "BEIRUT (Reuters) - The U.N. Security Council on Thursday renewed the mandate of the peacekeepers in "
        "southern Lebanon.\n\nEarlier on Thursday, President Joseph Aoun had discussed the renewal with French "
        "President Emmanuel Macron by phone."
    )
    assert {("LBN", "FRA", "04"), ("FRA", "LBN", "04")} <= coded_roots(text, date(2025, 8, 28))


def test_talks_during_which_a_leader_spoke_were_held() -> None:
    text = (
        "CHISINAU (Reuters) - Romanian President Nicusor Dan said during talks with Moldovan President Maia "
        "Sandu on Friday that Bucharest would help Moldova connect to the European power grid."
    )
    assert {("ROU", "MDA", "04"), ("MDA", "ROU", "04")} <= coded_roots(text, date(2025, 6, 13))


def test_a_phone_conversation_in_which_an_issue_was_raised_took_place() -> None:
    text = (
        "TOKYO (Kyodo) - Prime Minister Shigeru Ishiba raised the tariff issue in a telephone conversation "
        "with U.S. President Donald Trump on Monday, the government said."
    )
    assert {("JPN", "USA", "04"), ("USA", "JPN", "04")} <= coded_roots(text, date(2025, 2, 3))


def test_talks_planned_for_later_are_not_held() -> None:
    text = (
        "TOKYO (Kyodo) - Prime Minister Shigeru Ishiba will raise the tariff issue in a telephone conversation "
        "with U.S. President Donald Trump next week, the government said."
    )
    assert not {key for key in coded_roots(text, date(2025, 2, 3)) if key[2] == "04" and "USA" in key}


def test_agreeing_to_mediation_in_talks_under_way_tells_no_meeting() -> None:
    text = (
        "JERUSALEM (Reuters) - Israel's prime minister has agreed to Egyptian mediation in the final status "
        "talks with the Palestinians, a senior official said."
    )
    assert not {key for key in coded_roots(text, date(2000, 7, 3)) if key[2] == "04"}


def test_a_minister_who_arrived_for_a_visit_is_visiting() -> None:
    text = (
        "HANOI (Reuters) - Japanese Foreign Minister Takeshi Iwaya, who arrived on Sunday for a three-day "
        "visit, praised Vietnam's support for free trade in the region."
    )
    assert {("JPN", "VNM", "04"), ("VNM", "JPN", "04")} <= coded_roots(text, date(2025, 3, 9))


def test_a_minister_who_will_arrive_for_a_visit_is_not_yet_visiting() -> None:
    text = (
        "HANOI (Reuters) - Japanese Foreign Minister Takeshi Iwaya, who will arrive on Sunday for a three-day "
        "visit, is expected to discuss trade."
    )
    assert not {key for key in coded_roots(text, date(2025, 3, 7)) if key[2] == "04"}


def test_also_condemning_it_is_aimed_where_the_other_condemnations_were() -> None:
    # "it" is the test the others condemned, not China, which "it urged" took up just before.
    text = (
        "SEOUL (Reuters) - North Korea said on Sunday it had tested a hydrogen bomb.\n\nChina's foreign ministry "
        "said Beijing firmly opposed and strongly condemned the test, and it urged the North to stop actions that "
        "worsen the situation.\n\nRussia's foreign ministry also condemned it."
    )
    found = coded_roots(text, date(2017, 9, 4))
    assert ("RUS", "PRK", "11") in found
    assert ("RUS", "CHN", "11") not in found


def test_the_souths_military_in_a_korean_story_is_south_korean() -> None:
    text = (
        "SEOUL (Reuters) - North Korea fired a ballistic missile into the sea on Sunday.\n\nThe South's military "
        "staged a live-fire drill early Monday in response."
    )
    sources = {e.source.country for e in code_text(text, date=date(2017, 9, 4)) if e.cameo.startswith("15")}
    assert "KOR" in sources


def test_the_two_leaders_who_met_at_the_dateline_speak_there() -> None:
    # The encounter names them bare ("Trump", "Ishiba"), so no leader's title marks who took part.
    text = (
        "WASHINGTON (Kyodo) - Japan pledged on Friday to raise its investment in the United States to $1 "
        "trillion.\n\nTrump welcomed Ishiba at the White House, where they held talks over lunch.\n\nThe two "
        "leaders said they strongly opposed any attempt by China to change the status quo in the East China Sea "
        "by force."
    )
    places = {place for key, place in located(text, date(2025, 2, 8)).items() if key[0] == "JPN" and key[2] == "11"}
    assert places == {("Washington", "USA")}
