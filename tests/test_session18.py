"""Session 18 rules, on sentences written in the style of wire copy, parsed by the real model."""

from __future__ import annotations

from datetime import date

import pytest
from coded_events import coded, coded_roots

from accord.api import code_text
from accord.stages.places import gazetteer

pytestmark = pytest.mark.slow


def _keys(text: str, day: date = date(2024, 3, 14)) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO code) of every event coded from ``text``."""
    return coded(text, day)


def _roots(text: str, day: date = date(2024, 3, 14)) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of every event coded from ``text``."""
    return coded_roots(text, day)


def test_a_verdict_that_an_act_lacks_credibility_disapproves_of_its_author() -> None:
    roots = _roots(
        "OTTAWA (Reuters) - Canadian Prime Minister Justin Trudeau said on Sunday that Saudi Arabia's "
        "explanations of the journalist's death lacked consistency and credibility.",
        date(2018, 10, 21),
    )
    assert ("CAN", "SAU", "11") in roots
    # lacking a thing that is no merit judges nothing
    assert not any(
        r == "11" for _, _, r in _roots("Canada's health minister said Saudi Arabia's hospitals lacked medicine.")
    )


def test_nothing_could_justify_an_act_disapproves_of_its_doer() -> None:
    roots = _roots(
        "In a joint statement, the foreign ministers of Britain and France said nothing could justify "
        "Saudi Arabia's killing of the journalist.",
        date(2018, 10, 21),
    )
    assert ("GBR", "SAU", "11") in roots
    assert ("FRA", "SAU", "11") in roots


def test_a_verdict_at_odds_with_commitments() -> None:
    roots = _roots(
        "BRUSSELS (AP) - The European Union said on Sunday that Pakistan's verdicts appeared inconsistent "
        "with its commitments under the international covenant.",
        date(2024, 12, 22),
    )
    assert ("IGO", "PAK", "11") in roots


def test_claims_called_harmful_disapprove_of_those_who_made_them() -> None:
    roots = _roots(
        "A Pentagon spokesman said Iran's claims about an American role in the blast were hypocritical and "
        "harmful to relations.",
        date(2024, 1, 4),
    )
    assert ("USA", "IRN", "11") in roots
    # claims called false are denied (016), as "called the accusations false" is
    assert ("PAK", "IND", "016") in _keys("Pakistan's defence minister called the Indian accusations false.")


def test_money_pledged_in_support_of_several_states() -> None:
    keys = _keys(
        "XI'AN, China (Xinhua) - Chinese President Xi Jinping promised 26 billion yuan in financing support "
        "and free assistance to Kazakhstan, Kyrgyzstan and Tajikistan on Friday.",
        date(2023, 5, 19),
    )
    assert {("CHN", "KAZ", "033"), ("CHN", "KGZ", "033"), ("CHN", "TJK", "033")} <= keys


def test_a_side_said_to_have_no_right_is_accused() -> None:
    roots = _roots(
        "MANILA (Reuters) - The Philippine defence minister said on Tuesday that Chinese personnel had no "
        "right to interfere with a resupply mission inside the country's exclusive economic zone.",
        date(2024, 6, 18),
    )
    assert ("PHL", "CHN", "11") in roots
    # a right granted is no accusation
    assert not any(
        r == "11"
        for _, _, r in _roots("The Philippine defence minister said Chinese vessels had the right of innocent passage.")
    )


def test_an_obstacle_to_peace_is_a_verdict() -> None:
    roots = _roots(
        "Defence Secretary Gilberto Teodoro said the actions of the Chinese coast guard were an obstacle "
        "to peace in the region.",
        date(2024, 6, 18),
    )
    assert ("PHL", "CHN", "11") in roots


def test_a_city_written_with_a_straight_apostrophe_is_found() -> None:
    """GeoNames writes "Xi’an"; news types "Xi'an", and a one-word city is a place only under its own name."""
    place = gazetteer().resolve("Xi'an")
    assert place is not None and place.country == "CHN" and place.is_exact
    events = code_text(
        "Chinese President Xi Jinping held talks with Kyrgyz President Sadyr Japarov in Xi'an on Thursday, "
        "a day before the summit.\n\nSpeaking in Xi'an, Xi said China would help the region build its "
        "defence capacity.\n\nThe meeting came as leaders of the Group of Seven met in Hiroshima, Japan.",
        date=date(2023, 5, 19),
    )
    talks = [e for e in events if e.cameo.startswith("04") and e.source.country == "CHN"]
    assert talks and all((e.location or {}).get("country") == "CHN" for e in talks)


def test_a_passive_conjunct_shares_its_head_s_named_subject() -> None:
    keys = _keys(
        "XI'AN, China (AP) - Kazakh President Kassym-Jomart Tokayev had been the first to arrive, on "
        "Wednesday, and was received by Chinese President Xi Jinping that evening.",
        date(2023, 5, 19),
    )
    assert {("CHN", "KAZ", "043"), ("KAZ", "CHN", "042")} <= keys
    # a pluperfect conjunct sums up the past: no event from it
    assert not any(
        code.startswith("05")
        for _, _, code in _keys(
            "Rwanda's government spokeswoman said Rwanda was one of the safest countries in the world and had "
            "been praised by the U.N. refugee agency for its treatment of refugees."
        )
    )


def test_a_truce_agreed_between_two_states_in_the_passive() -> None:
    keys = _keys(
        "LUANDA (Reuters) - Angolan President Joao Lourenco said on Wednesday that a ceasefire had been agreed "
        "between Congo and Rwanda.",
        date(2022, 7, 6),
    )
    assert {("COD", "RWA", "0871"), ("RWA", "COD", "0871")} <= keys


def test_sanctions_broadened_or_aimed_by_a_participle() -> None:
    keys = _keys(
        "Britain widened its sanctions on Iranian officials on Monday, the Foreign Office said.", date(2022, 10, 10)
    )
    assert ("GBR", "IRN", "163") in keys
    # a sanction said to come is a threat
    keys = _keys(
        "BRUSSELS (AP) - European Commission President Ursula von der Leyen said on Wednesday that the bloc would "
        "broaden its sanctions against Minsk.",
        date(2021, 11, 10),
    )
    assert any(s == "IGO" and t == "BLR" and code == "1312" for s, t, code in keys)
    keys = _keys("Beijing announced tariffs aimed at Canadian canola on Saturday.", date(2025, 3, 8))
    assert ("CHN", "CAN", "163") in keys


def test_diplomats_pulled_out_of_a_state() -> None:
    keys = _keys(
        "KUWAIT CITY (AP) - Kuwait and the United Arab Emirates on Saturday joined Saudi Arabia and Bahrain in "
        "pulling their diplomats out of Lebanon.",
        date(2021, 10, 30),
    )
    assert {("KWT", "LBN", "161"), ("ARE", "LBN", "161")} <= keys
    # troops pulled out stay a withdrawal
    assert ("RUS", "SYR", "161") not in _keys("Russia pulled its troops out of Syria on Monday.")


def test_joining_another_in_an_act_does_it() -> None:
    keys = _keys("France joined Britain on Friday in condemning Iran's seizure of the tanker.", date(2019, 7, 20))
    assert ("FRA", "IRN", "111") in keys


def test_trade_stopped_with_a_state() -> None:
    keys = _keys("ANKARA (Reuters) - Turkey stopped all trade with Israel on Thursday.", date(2024, 5, 2))
    assert ("TUR", "ISR", "160") in keys


def test_a_price_another_side_will_pay_is_a_threat() -> None:
    keys = _keys(
        "JERUSALEM (AP) - Israeli Prime Minister Benjamin Netanyahu said on Sunday that Hezbollah would pay a "
        "heavy price for the rocket attack.",
        date(2024, 7, 28),
    )
    assert any(s == "ISR" and t == "LBN" and code.startswith("13") for s, t, code in keys)
    # a price nobody is threatened with: consumers paying more for fuel
    assert not any(
        code.startswith("13") for _, _, code in _keys("Analysts said consumers would pay a higher price for fuel.")
    )
    assert not any(
        code.startswith("13")
        for _, _, code in _keys("Israel's defence minister said Hezbollah would not pay any price.", date(2024, 7, 28))
    )


def test_a_sentence_opening_on_a_stretch_of_past_time_is_background() -> None:
    text = (
        "From November 2023 until the Gaza ceasefire took effect on Jan. 19, the Houthis attacked more than "
        "100 merchant ships with missiles and drones."
    )
    assert not any(code.startswith("19") for _, _, code in _keys(text, date(2025, 3, 12)))
    # a stretch that starts in the news days is news
    assert any(
        code.startswith("19")
        for _, _, code in _keys("From Monday, Houthi rebels attacked three Israeli ships.", date(2025, 3, 12))
    )


def test_the_ministry_is_the_ministry_named_before_with_a_capital() -> None:
    text = (
        "KYIV, Ukraine (AP) - Ukraine's security service said its drones had struck airfields deep inside "
        "Russia on Sunday.\n\nRussia's Defense Ministry confirmed that airfields in five regions had come under "
        "attack by Ukrainian drones, and said several aircraft caught fire. The ministry accused Kyiv of a terrorist act."
    )
    assert ("RUS", "UKR", "112") in _keys(text, date(2025, 6, 2))


def test_a_capital_s_reaction_to_a_ruling_in_the_hague_is_placed_at_home() -> None:
    events = code_text(
        "THE HAGUE, Nov 17 (Reuters) - A Dutch court on Thursday convicted three men of murder over the downing "
        "of flight MH17.\n\nRussia's foreign ministry said in a statement late on Thursday that it deeply "
        "regretted the court's decision and called the ruling scandalous.",
        date=date(2022, 11, 18),
    )
    reactions = [e for e in events if e.source.country == "RUS" and e.cameo.startswith("1")]
    assert reactions and all((e.location or {}).get("country") == "RUS" for e in reactions)


def test_her_government_is_the_speaker_s() -> None:
    text = (
        "ISTANBUL (Reuters) - Saudi agents killed the journalist Jamal Khashoggi inside the kingdom's consulate in "
        "Istanbul, Saudi Arabia admitted on Saturday."
        "\n\nThe German chancellor, Angela Merkel, said her government condemned the killing in the strongest terms."
    )
    keys = _keys(text, date(2018, 10, 21))
    assert ("DEU", "SAU", "111") in keys
    assert ("SAU", "SAU", "111") not in keys


def test_the_two_leaders_are_the_two_just_named_together() -> None:
    text = (
        "WASHINGTON (Reuters) - U.S. President Donald Trump said on Friday that sanctions on Russia's oil firms "
        "would stay until Russia agreed to a ceasefire. Russia's foreign ministry called the sanctions hostile, and "
        "the Kremlin said Moscow would respond.\n\nTrump hosted Hungarian Prime Minister "
        "Viktor Orban at the White House later on Friday.\n\nThe two leaders held talks over lunch in the "
        "Cabinet Room."
    )
    keys = _keys(text, date(2025, 11, 7))
    assert {("USA", "HUN", "040"), ("HUN", "USA", "040")} <= keys
    assert ("USA", "RUS", "040") not in keys


def test_a_court_orders_a_state_to_refrain_and_the_state_shrugs_the_ruling_off() -> None:
    text = (
        "THE HAGUE (AP) - The International Court of Justice on Friday ordered Venezuela to refrain from any "
        "action that would alter the situation in Essequibo.\n\nVenezuela, which rejects the court's "
        "jurisdiction, shrugged off the ruling."
    )
    roots = _roots(text, date(2023, 12, 1))
    assert ("IGO", "VEN", "10") in roots
    assert ("VEN", "IGO", "12") in roots


def test_a_party_s_dissolution_ordered_and_support_ended() -> None:
    keys = _keys(
        "PHNOM PENH (Reuters) - Cambodia's Supreme Court on Thursday ordered the dissolution of the Cambodia "
        "National Rescue Party.",
        date(2017, 11, 16),
    )
    assert any(s == t == "KHM" and code == "1722" for s, t, code in keys)
    keys = _keys("The United States ended its aid to Cambodia's election committee on Thursday.", date(2017, 11, 17))
    assert ("USA", "KHM", "162") in keys


def test_agreeing_to_give_a_state_money_names_it_the_receiver() -> None:
    keys = _keys(
        "APULIA, Italy (AP) - Leaders of the Group of Seven agreed on Thursday to give Ukraine a loan of about "
        "$50 billion.",
        date(2024, 6, 13),
    )
    assert any(s == "IGO" and t == "UKR" and code.startswith("03") for s, t, code in keys)


def test_agreeing_on_a_roadmap_is_an_agreement() -> None:
    keys = _keys(
        "LUANDA (Reuters) - The presidents of Congo and Rwanda have agreed on a roadmap to calm tensions, "
        "Angola's presidency said on Wednesday.",
        date(2022, 7, 6),
    )
    assert {("COD", "RWA", "057"), ("RWA", "COD", "057")} <= keys
