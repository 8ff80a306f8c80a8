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
    # the ground of a one-sided truce names its other side (branch bugs12)
    assert ("RUS", "UKR", "0871") in coded("Putin ordered a ceasefire along the front line in Ukraine.")
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


def test_treaties_put_in_abeyance_and_diplomats_ordered_out() -> None:
    assert ("IND", "PAK", "160") in coded("India put the Indus Waters Treaty with Pakistan in abeyance on Wednesday.")
    assert ("USA", "EGY", "162") in coded("Washington put its military aid to Egypt in abeyance.")
    assert ("IND", "PAK", "161") in coded("India ordered Pakistani military advisers out of the country.")
    # ordering troops or a crowd out is no expulsion of diplomats
    assert not any(c == "161" for _, _, c in coded("Russia ordered its troops out of the city of Kherson."))
    assert not any(c.startswith("16") for _, _, c in coded("The judge put the case in abeyance until the appeal."))


def test_curfews_slapped_and_measures_reimposed() -> None:
    assert ("ISR", "LBN", "1723") in coded("The Israeli army slapped an overnight curfew on the Lebanese villages.")
    assert ("USA", "IRN", "163") in coded("Washington reimposed sanctions on Iran's oil sector.")
    assert ("ISR", "PSE", "191") in coded("Israel reimposed a closure on the West Bank after the shooting.")
    # reimposing a fee or a rule at home is no sanction
    assert not any(c.startswith("16") for _, _, c in coded("The city reimposed a parking fee in the old town."))


def test_swearing_to_fight_threatens_as_vowing_does() -> None:
    assert ("AZE", "ARM", "138") in coded("Azerbaijan swore to fight Armenia until the occupied lands were freed.")
    assert ("IRN", "ISR", "138") in coded("Iran swore revenge against Israel for the killing of its general.")
    # an oath of office is no threat
    assert not any(c.startswith("13") for _, _, c in coded("Ukraine's new defence minister was sworn in on Monday."))


def test_aid_deliveries_suspended_and_aid_counted_by_weight() -> None:
    assert ("IGO", "PSE", "162") in coded("The UN agency suspended aid deliveries to Gaza after the attack.")
    assert ("CHE", "IRN", "073") in coded("Swiss doctors handed over 700 kilograms of medicine to Iran.")
    # a suspended trial or a weighed catch is neither
    assert not any(c.startswith("16") for _, _, c in coded("The court in Kyiv suspended the trial of the mayor."))


def test_the_hyphenated_cease_fire_is_the_ceasefire() -> None:
    # AP style spells it "cease-fire"; the tokenizer splits it, the lexicon names "ceasefire"
    assert ("RUS", "UKR", "0871") in coded("Russia and Ukraine agreed to a cease-fire on Friday.")
    assert ("ISR", "", "196") in coded("Israel violated the cease-fire overnight, the UN said.")
    # a hyphenated word whose parts are no lexicon word stays out; "fire" alone is no truce
    assert not any(c == "0871" for _, _, c in coded("Russia and Ukraine agreed to a fire-safety plan for the plant."))
    assert not any(c == "0871" for _, _, c in coded("Israeli troops opened fire on Palestinian protesters in Gaza."))


def test_calls_for_people_to_be_freed_are_on_their_keepers() -> None:
    assert ("GBR", "BLR", "0253") in coded("Britain called for all political prisoners in Belarus to be released.")
    assert ("DEU", "PSE", "0253") in coded("Germany called for the hostages held by Hamas to be released immediately.")
    assert ("USA", "IRN", "0253") in coded("The United States called for the detained journalists to be freed by Iran.")
    # a call to free a market or to be released from a contract is no appeal to free people
    assert not any(c == "0253" for _, _, c in coded("India called for trade with Britain to be freed of tariffs."))


def test_criticism_dismissed_or_shrugged_off_is_rejected() -> None:
    assert ("CHN", "AUS", "120") in coded("China dismissed the concerns raised by Australia about the naval drill.")
    assert ("RUS", "IGO", "120") in coded("The Kremlin shrugged off the sanctions imposed by the European Union.")
    # dismissing an official or shrugging one's shoulders rejects nothing
    assert not any(
        c.startswith("12") for _, _, c in coded("Ukraine's president dismissed the head of the army on Friday.")
    )
    assert not any(c.startswith("12") for _, _, c in coded("The Russian envoy shrugged and left the room in Geneva."))
