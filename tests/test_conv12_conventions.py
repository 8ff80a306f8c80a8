"""Branch conv12: the lexicon follows the gold's settled conventions (docs/ANNOTATION.md, "Talks
held", "Criminal investigations", "Calls for restraint"), each on news sentences written for the
test, with look-alikes that must keep the other code."""

from __future__ import annotations

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow


def codes(text: str) -> set[str]:
    """The CAMEO codes of the events found in a text."""
    return {code for _, _, code in coded(text)}


def test_talks_held_or_had_are_consultations_both_ways() -> None:
    held = coded("Indian Prime Minister Narendra Modi held talks with Kenyan President William Ruto in Nairobi.")
    assert {("IND", "KEN", "040"), ("KEN", "IND", "040")} <= held
    assert "046" not in codes("The Turkish and Greek foreign ministers had talks in Athens on Friday.")
    assert ("JPN", "KOR", "040") in coded("Japan and South Korea held talks in Tokyo on Thursday.")


def test_talks_on_a_deal_and_negotiations_stay_negotiation() -> None:
    assert ("SRB", "XKX", "046") in coded("Serbia and Kosovo held talks on a deal to normalise relations in Brussels.")
    assert ("ARM", "AZE", "046") in coded("Armenia and Azerbaijan held talks on a peace treaty in Washington.")
    assert ("ETH", "EGY", "046") in coded("Ethiopia negotiated with Egypt over the Nile dam for three days.")


def test_investigations_into_crimes_are_criminal_investigations() -> None:
    assert ("PER", "PER", "091") in coded(
        "Peruvian prosecutors opened a criminal investigation into former president Pedro Castillo."
    )
    assert "091" in codes("Romanian prosecutors opened a criminal case against the candidate on Thursday.")
    assert ("KEN", "KEN", "091") in coded("Police in Kenya said they had opened an investigation into the killings.")
    assert "091" in codes("The Indonesian president ordered an investigation into the death of the driver.")
    assert "091" in codes("Brazil's federal police launched an investigation into the fraud at the pension agency.")
    assert "091" in codes("Turkish prosecutors launched an investigation into the mayor on charges of corruption.")


def test_war_crimes_investigations_are_not_ordinary_crime() -> None:
    assert ("UKR", "RUS", "094") in coded(
        "Ukraine's prosecutor general opened a war crimes investigation into the Russian strike."
    )
    assert "094" in codes("The ICC prosecutor opened an investigation into possible war crimes in Ukraine.")


def test_other_investigations_stay_unspecified() -> None:
    # a trade inquiry and an inquiry into an accident are no criminal investigation
    trade = codes("The European Commission opened an investigation into Chinese electric car subsidies.")
    assert "090" in trade and "091" not in trade
    crash = codes("Nepal's government ordered an investigation into the plane crash in Pokhara.")
    assert "090" in crash and "091" not in crash
    # the kind word alone is no inquiry: launching a war is no investigation at all
    assert not any(code.startswith("09") for code in codes("Russia launched a war against Ukraine in 2022."))


def test_calls_to_exercise_or_show_restraint_appeal_for_de_escalation() -> None:
    both = coded("Saudi Arabia called on Pakistan and Afghanistan to exercise restraint.")
    assert {("SAU", "PAK", "0256"), ("SAU", "AFG", "0256")} <= both
    assert ("USA", "CHN", "0256") in coded("The United States urged China to act with restraint around Taiwan.")
    assert ("JPN", "IND", "0256") in coded("Japan urged India to show restraint after the attack in Kashmir.")


def test_other_calls_to_exercise_something_stay_plain_appeals() -> None:
    called = coded("The EU called on Serbia to exercise its right to hold free elections.")
    assert ("IGO", "SRB", "020") in called and ("IGO", "SRB", "0256") not in called
    urged = codes("Germany urged Hungary to act with urgency on the rule of law.")
    assert "020" in urged and "0256" not in urged


def test_air_strikes_missiles_and_drones_that_kill_are_aerial_weapons() -> None:
    assert ("ISR", "PSE", "195") in coded("Israeli air strikes killed 40 people in Gaza on Tuesday.")
    assert ("ISR", "PSE", "195") in coded("Forty people were killed by Israeli air strikes on Gaza.")
    assert ("RUS", "UKR", "195") in coded("A Russian missile hit a hospital in the Ukrainian city of Kyiv.")
    assert ("RUS", "UKR", "195") in coded(
        "A Russian drone slammed into a bus in the Ukrainian region of Sumy, killing nine people."
    )
    assert ("LBN", "ISR", "195") in coded("Hezbollah rockets killed two Israeli soldiers near the border.")


def test_killings_by_troops_and_slams_by_ministers_keep_their_codes() -> None:
    troops = codes("Israeli troops killed two Palestinian gunmen in Jenin.")
    assert "190" in troops and "195" not in troops
    slammed = codes("Iran's foreign minister slammed the Israeli air strikes on Syria.")
    assert "111" in slammed and "195" not in slammed
    # a labour strike that "killed" a bill is no air strike, nor any attack
    assert not any(code.startswith("19") for code in codes("A general strike in France killed the pension bill."))
