"""Events named by nouns: who meets or mediates, and when naming the act reports it (branch noun8)."""

from __future__ import annotations

from coded_events import coded


def test_talks_named_as_the_product_of_a_deal_are_held_both_ways() -> None:
    text = "The accord was the product of three days of talks between Egyptian and Ethiopian officials in Cairo."
    assert {("EGY", "ETH", "046"), ("ETH", "EGY", "046")} <= coded(text)


def test_talks_followed_by_the_news_are_held_both_ways() -> None:
    text = "The prisoner swap followed talks between Russian and Ukrainian negotiators in Istanbul on Tuesday."
    assert {("RUS", "UKR", "046"), ("UKR", "RUS", "046")} <= coded(text)


def test_planned_or_called_for_talks_between_sides_are_not_held() -> None:
    assert not any(c[2] == "046" for c in coded("Planned talks between Serbia and Kosovo were postponed, the EU said."))
    called = coded("Ukraine called for talks between Russia and the United Nations.")
    assert not any(c[2] == "046" for c in called)


def test_talks_of_one_side_only_are_not_mutual() -> None:
    text = "The deal was the result of talks between Iranian officials in Tehran, state media said."
    assert not any(c[2] == "046" for c in coded(text))


def test_mediation_efforts_led_by_a_state_mediate_between_the_sides_of_the_story() -> None:
    text = (
        "Russia and the United States swapped prisoners in Abu Dhabi on Thursday. "
        "The exchange was the result of mediation efforts led by the United Arab Emirates, the statement said."
    )
    assert {("ARE", "RUS", "045"), ("ARE", "USA", "045")} <= coded(text)


def test_the_mediation_of_a_state_is_its_mediation() -> None:
    text = (
        "Armenia and Azerbaijan signed a ceasefire on Tuesday. "
        "The ceasefire was reached through the mediation of Russia, officials said on Wednesday."
    )
    assert {("RUS", "ARM", "045"), ("RUS", "AZE", "045")} <= coded(text)


def test_mediation_only_hoped_for_or_dated_is_not_news() -> None:
    hoped = (
        "Armenia and Azerbaijan signed a ceasefire on Tuesday. "
        "Officials said a lasting peace could come through the mediation of Russia."
    )
    assert not any(c[2] == "045" for c in coded(hoped))
    dated = (
        "Armenia and Azerbaijan signed a ceasefire on Tuesday. "
        "The 2020 truce was the result of the mediation of Russia."
    )
    assert not any(c[2] == "045" for c in coded(dated))


def test_the_visit_of_a_leader_is_his_visit() -> None:
    assert ("CHN", "RUS", "042") in coded("The visit of Chinese President Xi Jinping to Moscow began on Monday.")


def test_the_arrest_of_someone_has_him_as_target_not_source() -> None:
    events = coded("The arrest of the opposition leader by Turkish police on Wednesday sparked protests.")
    assert ("TUR", "TUR", "173") in events


def test_a_broker_of_talks_is_no_party_to_them() -> None:
    text = "Qatar-brokered talks between Israel and Hamas ended on Monday in Doha."
    events = coded(text)
    assert ("ISR", "PSE", "046") in events
    assert not any(c[0] == "QAT" and c[2] == "046" for c in events)
