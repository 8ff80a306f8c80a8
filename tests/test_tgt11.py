"""Events lost for want of a target or an actor (tgt11): rules checked on sentences written for the test."""

from __future__ import annotations

from coded_events import coded


def _reactions(text: str) -> set[tuple[str, str, str]]:
    """The condemnations and rejections (CAMEO 11, 12) coded in a text."""
    return {e for e in coded(text) if e[2][:2] in {"11", "12"}}


def test_the_deal_takes_up_a_signed_pact() -> None:
    """'signed a security agreement ... lashed out at the deal': another noun of the same act, its signers."""
    text = (
        "India and Australia signed a maritime security agreement in Canberra on Tuesday. "
        "China's foreign ministry lashed out at the deal, saying it threatened regional stability."
    )
    assert {("CHN", "IND", "111"), ("CHN", "AUS", "111")} <= coded(text)


def test_the_deal_with_no_signing_told_codes_nothing() -> None:
    """Look-alike: nothing signed before, so 'the deal' names no one."""
    text = "China's foreign ministry lashed out at the deal, saying it threatened regional stability."
    assert not _reactions(text)


def test_the_verdict_takes_up_a_conviction() -> None:
    """'condemned the verdict' after a court convicted someone: the court's state, not the convicted."""
    text = (
        "A Russian court convicted American journalist Evan Gershkovich of espionage on Friday. "
        "U.S. Secretary of State Antony Blinken condemned the verdict."
    )
    assert ("USA", "RUS", "111") in coded(text)


def test_the_ruling_is_no_sanction() -> None:
    """Look-alike: 'the ruling' after tariffs takes up no court's act, so the tariff-maker is not condemned."""
    text = (
        "Washington imposed new tariffs on Brazilian steel on Monday. Brazil's foreign ministry condemned the ruling."
    )
    assert ("BRA", "USA", "111") not in coded(text)


def test_a_noun_takes_up_the_verb_that_told_the_act() -> None:
    """'forced a flight to divert ... condemned the diversion': the noun's own verb names the doer."""
    text = (
        "Belarus forced a Ryanair flight to divert to Minsk on Sunday and arrested a dissident journalist on board. "
        "Ireland's foreign minister condemned the diversion as piracy."
    )
    assert ("IRL", "BLR", "111") in coded(text)
    # The verb must be the noun's own: a flight that landed is no diversion.
    other = (
        "Belarus arrested a dissident journalist after a Ryanair flight landed in Minsk on Sunday. "
        "Ireland's foreign minister condemned the diversion as piracy."
    )
    assert ("IRL", "BLR", "111") not in coded(other)


def test_the_comment_takes_up_the_latest_speaker() -> None:
    """'rebuffed the comment': whoever said what the article told last is rebuffed."""
    text = (
        "U.S. Secretary of State Marco Rubio criticised the court and said Washington would respond. "
        "Brazil's foreign ministry rebuffed the comment within hours."
    )
    assert ("BRA", "USA", "120") in coded(text)
    assert not _reactions("Brazil's foreign ministry rebuffed the comment within hours.")


def test_what_he_called_an_act_takes_up_the_act() -> None:
    """'lashed out at what he called a deliberate act of terror': the label names the act reacted to."""
    text = (
        "Russian drones struck a hospital in Kharkiv on Saturday. "
        "Zelenskiy lashed out at what he called a deliberate act of terror."
    )
    assert ("UKR", "RUS", "111") in coded(text)
    assert not _reactions("Zelenskiy lashed out at what he called a deliberate act of terror.")
