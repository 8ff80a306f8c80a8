"""Branch lex12: the right root for agreed ceasefires and the truce family (ANNOTATION.md, "Agreed
ceasefires"), each on a news sentence, with sentences of the same words that must not code a truce."""

from __future__ import annotations

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow


def test_agreeing_to_a_ceasefire_declares_it_both_ways() -> None:
    both = coded("Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire.")
    assert {("THA", "KHM", "0871"), ("KHM", "THA", "0871")} <= both
    assert not any(code.startswith("03") for _, _, code in both)
    assert ("SDN", "SDN", "0871") in coded("Sudan's army agreed upon a truce with the RSF in Jeddah.")


def test_agreeing_to_stop_the_fighting_is_a_truce() -> None:
    assert ("IND", "PAK", "0871") in coded("India and Pakistan agreed on Saturday to stop all firing along the border.")
    assert ("ISR", "PSE", "0871") in coded("Israel and Hamas agreed to stop fighting for four days.")
    assert ("ARM", "AZE", "0871") in coded("Armenia and Azerbaijan agreed to halt hostilities along the border.")
    assert ("KGZ", "TJK", "0871") in coded(
        "The presidents of Kyrgyzstan and Tajikistan agreed on Friday to order a ceasefire."
    )


def test_agreeing_to_stop_something_else_is_no_truce() -> None:
    # what is stopped is building or enrichment, not fire: no ceasefire
    assert not any(
        code == "0871" for _, _, code in coded("Israel agreed with Egypt to halt the construction of settlements.")
    )
    assert not any(
        code == "0871" for _, _, code in coded("Iran agreed with France to stop enriching uranium above 60 percent.")
    )
    # a promised pull-back stays the intent to de-escalate
    assert ("RUS", "UKR", "0356") in coded("Russia agreed with Ukraine to pull its troops back from the nuclear plant.")


def test_truces_reached_struck_ordered_and_respected() -> None:
    assert ("COL", "COL", "0871") in coded(
        "Colombia's government and the ELN rebels reached a truce in Havana on Friday."
    )
    assert ("AZE", "ARM", "0871") in coded("Azerbaijan and Armenia struck a truce after a week of clashes.")
    assert ("RUS", "", "0871") in coded("Putin ordered a ceasefire along the front line in Ukraine.")
    assert ("ISR", "LBN", "0871") in coded("Israel and Lebanon respected the truce overnight, the UN said.")


def test_look_alikes_of_the_truce_verbs_code_no_truce() -> None:
    # reaching a city, striking a target, ordering troops in, respecting a verdict
    for sentence in (
        "Russian troops reached the outskirts of Kharkiv on Friday.",
        "Israeli jets struck targets in southern Lebanon overnight.",
        "Putin ordered troops into eastern Ukraine.",
        "Serbia said it respected the ruling of the court in The Hague.",
    ):
        assert not any(code == "0871" for _, _, code in coded(sentence)), sentence
