"""Verdicts told in speech (branch code7): "said the strikes were a violation of its sovereignty",
"said the ruling was deeply concerning" denounce (CAMEO 111) whoever did the act judged."""

from __future__ import annotations

from coded_events import coded


def test_quoted_violation_denounces_the_attacker() -> None:
    text = (
        "Pakistani jets struck targets in Khost province on Monday. "
        '"Such attacks are a violation of Afghanistan\'s sovereignty," Afghan spokesman Zabihullah Mujahid said.'
    )
    assert ("AFG", "PAK", "111") in coded(text)


def test_concerning_ruling_denounces_the_court_state() -> None:
    text = (
        "A Thai court dissolved the opposition Move Forward party on Wednesday. "
        "The U.S. State Department said the ruling was deeply concerning."
    )
    assert ("USA", "THA", "111") in coded(text)


def test_act_of_piracy_denounces_the_named_doer() -> None:
    assert ("JPN", "YEM", "111") in coded("Japan said the seizure of the ship by Houthi rebels was an act of piracy.")


def test_a_conditional_verdict_is_a_warning_not_a_denunciation() -> None:
    text = (
        "Russian forces shelled the port of Odesa on Monday. "
        "The German foreign ministry said any further shelling would be a violation of the deal."
    )
    assert not any(code == "111" for _, _, code in coded(text))


def test_a_negated_verdict_denounces_nobody() -> None:
    text = (
        "Russian forces shelled the port of Odesa on Monday. "
        "The Hungarian foreign ministry said the shelling was not a violation of the deal."
    )
    assert not any(code == "111" for _, _, code in coded(text))


def test_describing_an_attack_is_no_verdict() -> None:
    assert not any(code == "111" for _, _, code in coded("Police in Kenya said the explosion was a terrorist attack."))


def test_praise_is_no_verdict() -> None:
    text = (
        "India and Pakistan signed a water deal on Monday. Nepal said the agreement was a breakthrough for the region."
    )
    assert not any(code == "111" for _, _, code in coded(text))
