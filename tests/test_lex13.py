"""Branch lex13: a sentence that opens with "Last week" or "Last month" tells background;
a past-tense act joined to a negated or modal infinitive keeps its own tense; crowds that gather or
pour in to protest, lockdowns and a cessation of hostilities; the conventions
for appeals to free detainees and summoned envoys (docs/ANNOTATION.md). Each rule on news sentences,
with look-alikes that must not code."""

from __future__ import annotations

from datetime import date

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow

MONDAY = date(2024, 3, 4)


def roots(text: str, published: date = MONDAY) -> set[tuple[str, str, str]]:
    """(source, target, root) of each event coded in a text."""
    return {(s, t, code[:2]) for s, t, code in coded(text, published)}


def test_an_act_of_last_week_is_not_coded_as_news() -> None:
    before = "Last week, the Congolese Senate President called on the United Nations mission to leave Congo."
    assert not roots(before)
    assert not roots("Last week Russian delegates met Turkish officials in Istanbul.")
    prosecuted = (
        "Last month, British prosecutors charged a Russian man with arson over the fire at a warehouse in London."
    )
    assert not roots(prosecuted)


def test_last_week_after_the_verb_dates_a_one_sentence_report() -> None:
    # a one-sentence report (PLOVER's gold) dates its own news after the verb; only the opening turns back
    assert ("RUS", "TUR", "04") in roots("Russian delegates met Turkish officials in Istanbul last week.")
    assert ("GBR", "RUS", "17") in roots("British prosecutors charged a Russian man with arson last month.")


def test_the_same_acts_on_a_news_day_are_coded() -> None:
    today = "On Friday, the Congolese Senate President called on the United Nations mission to leave Congo."
    assert ("COD", "IGO", "02") in roots(today)
    assert ("RUS", "TUR", "04") in roots("Russian delegates met Turkish officials in Istanbul on Saturday.")
    charged = "On Friday, British prosecutors charged a Russian man with arson over the fire at a warehouse in London."
    assert ("GBR", "RUS", "17") in roots(charged)


def test_a_past_act_after_a_negated_infinitive_keeps_its_own_tense() -> None:
    text = (
        "On Sunday, Georgian President Salome Zourabichvili said she would not recognise the result "
        "and accused Russia of meddling in the vote."
    )
    assert ("GEO", "RUS", "11") in roots(text)
    criticised = "The Japanese minister said Japan would not join the pact and criticised China for its drills."
    assert ("JPN", "CHN", "11") in roots(criticised)


def test_a_second_infinitive_stays_under_the_negation() -> None:
    # "would not ... and sign": both are under "would not", a refusal or nothing, never a signing
    text = "The Japanese minister said Japan would not join the pact and sign the accord with China."
    assert not any(code.startswith("05") for _, _, code in coded(text))
    # "would ... and sign": an announced signing is an intent
    announced = "The Japanese minister said Japan would join the pact and sign the accord with China."
    assert not any(code.startswith("05") for _, _, code in coded(announced))


def test_crowds_that_gather_or_pour_in_to_protest() -> None:
    poured = (
        "Tens of thousands of Georgians poured onto Rustaveli Avenue in central Tbilisi on Monday to protest "
        "against the official result of the election."
    )
    assert ("GEO", "GEO", "14") in roots(poured)
    gathered = (
        "Several thousand demonstrators gathered outside the Solomon Islands parliament on Wednesday to demand "
        "the prime minister's resignation."
    )
    assert ("SLB", "SLB", "14") in roots(gathered)
    massed = "Hundreds of Indonesian students massed outside parliament to protest against the bill."
    assert any(source == "IDN" and root == "14" for source, _, root in roots(massed))


def test_crowds_that_gather_for_anything_else_do_not_protest() -> None:
    celebrated = "Hundreds of Burkinabe people poured into the streets of Ouagadougou to celebrate the takeover."
    assert not any(root == "14" for _, _, root in roots(celebrated))
    mourned = "Thousands of Kenyans gathered in Nairobi to mourn the former president."
    assert not any(root == "14" for _, _, root in roots(mourned))
    # troops that mass are still a show of force
    assert ("RUS", "UKR", "154") in coded("Russian troops massed near the Ukrainian border.")


def test_a_lockdown_ordered_or_imposed_is_a_curfew() -> None:
    ordered = "Solomon Islands Prime Minister Manasseh Sogavare ordered a 36-hour lockdown of the capital on Wednesday."
    assert ("SLB", "SLB", "1723") in coded(ordered)
    imposed = "Chinese authorities imposed a lockdown on Shanghai on Monday."
    assert ("CHN", "CHN", "1723") in coded(imposed)
    # a lockdown lifted or eased is no curfew imposed
    lifted = "Chinese authorities lifted the lockdown on Shanghai on Monday."
    assert not any(code == "1723" for _, _, code in coded(lifted))


def test_a_cessation_of_hostilities_agreed_is_a_truce() -> None:
    text = "The Ethiopian government and the Tigrayan forces formally agreed to a cessation of hostilities in Pretoria."
    assert any(code == "0871" for _, _, code in coded(text))
    # a cessation of something else is no truce
    cattle = "Ethiopia agreed with Kenya to the cessation of cattle imports across the border."
    assert not any(code == "0871" for _, _, code in coded(cattle))
    halted = "Myanmar's army and the ethnic armed groups agreed to an immediate halt to the fighting."
    assert any(code == "0871" for _, _, code in coded(halted))


def test_appeals_to_free_detainees_are_0253_and_demands_1053() -> None:
    called = "The European Union called for the immediate release of Burkina Faso's deposed president."
    assert any(code == "0253" for _, _, code in coded(called))
    assert not any(code == "1053" for _, _, code in coded(called))
    demanded = "The European Union demanded the immediate release of Burkina Faso's deposed president."
    assert any(code == "1053" for _, _, code in coded(demanded))


def test_a_summoned_ambassador_is_a_complaint_and_an_expulsion_beside_it_is_161() -> None:
    summoned = "Iraq's foreign ministry summoned Iran's charge d'affaires in Baghdad on Tuesday."
    assert ("IRQ", "IRN", "114") in coded(summoned)
    both = "Germany summoned the Chadian ambassador and ordered the ambassador to leave the country within 48 hours."
    assert {("DEU", "TCD", "114"), ("DEU", "TCD", "161")} <= coded(both)


LEAD = (
    "Japan and the Philippines signed a defence pact in Manila on Monday. "
    "The pact lets troops of each country train on the other's soil. "
    "Japanese Foreign Minister Yoko Kamikawa met Philippine President Ferdinand Marcos Jr. after the signing. "
    "The two governments said the pact would take effect once parliaments approve it. "
    "Marcos called the deal a milestone for the region. "
)


def test_an_undated_present_perfect_past_the_lead_is_history() -> None:
    history = LEAD + "Tokyo has financed more than a dozen patrol vessels for the Philippine coast guard."
    assert not any(code.startswith("07") for _, _, code in coded(history))
    denied = LEAD + "China has denied any wrongdoing in the South China Sea."
    assert ("CHN", "PHL", "01") not in roots(denied) and ("CHN", "", "01") not in roots(denied)


def test_the_same_perfect_in_the_lead_or_dated_is_news() -> None:
    lead = "Tokyo has financed twelve patrol vessels for the Philippine coast guard, officials said. " + LEAD
    assert any(code.startswith("07") for _, _, code in coded(lead))
    dated = LEAD + "Tokyo has financed twelve patrol vessels for the Philippine coast guard on Monday."
    assert any(code.startswith("07") for _, _, code in coded(dated))
    told = LEAD + "Kamikawa said Tokyo has financed twelve patrol vessels for the Philippine coast guard."
    assert any(code.startswith("07") for _, _, code in coded(told))
