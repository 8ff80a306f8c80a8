"""Rules from reading the misses of the blind-written dev121-140: each on sentences written for the test."""

from __future__ import annotations

from coded_events import coded


def test_conditional_threat_targets_whoever_must_comply() -> None:
    """'warned that if Israel errs again, Iran's response would be severe': the if-clause names the target.

    The reported clause's subject is the speaker's own response; before the rule the
    self-target was dropped and the warning lost.
    """
    text = "Tehran warned on Sunday that if Israel struck again, Iran's response would be far more severe."
    assert ("IRN", "ISR", "130") in coded(text)
    text = "Beijing warned that China would take resolute measures if Manila continued its provocations."
    assert ("CHN", "PHL", "130") in coded(text)


def test_unconditional_warning_keeps_the_reported_subject() -> None:
    """Look-alikes: with no actor in an if-clause, the one the reported clause names is still the target."""
    assert ("USA", "IRN", "130") in coded("Washington warned that Tehran would face consequences if the talks failed.")
    assert ("POL", "RUS", "130") in coded("Poland warned that Russia would pay a heavy price.")
    # No one is threatened when the if-clause is about the weather and the speaker talks of itself.
    assert not any(e[2].startswith("13") for e in coded("Turkey said it would hold talks if the weather allowed."))


def test_reaction_at_an_act_targets_its_doer() -> None:
    """'lashed out at the raid', 'railed against the raid': the doer of the act reacted to is the target."""
    raid = "Israeli troops raided a hospital in Gaza on Monday. "
    assert ("JOR", "ISR", "111") in coded(raid + "Jordan lashed out at the raid.")
    assert ("JOR", "ISR", "111") in coded(raid + "Jordan railed against the raid.")
    assert ("UKR", "POL", "111") in coded("Kyiv railed against the Polish grain embargo.")


def test_reaction_at_no_act_codes_nothing() -> None:
    """Look-alikes: lashing out at the weather, or railing against the heat, names no doer."""
    raid = "Israeli troops raided a hospital in Gaza on Monday. "
    assert not any(e[2] == "111" for e in coded(raid + "Jordan lashed out at the weather."))
    assert not any(e[2] == "111" for e in coded("Workers railed against the heat on the rail line."))


def test_joint_drills_are_military_cooperation() -> None:
    """Drills states hold together, aimed at no one named, are coded 062 between each pair of them."""
    events = coded("Australia, the Philippines and Japan began their first three-way naval exercise on Sunday.")
    assert {("AUS", "PHL", "062"), ("PHL", "JPN", "062"), ("JPN", "AUS", "062")} <= events
    events = coded("Indonesia held joint naval drills with Australia on Tuesday.")
    assert {("IDN", "AUS", "062"), ("AUS", "IDN", "062")} <= events


def test_drills_near_a_foreign_state_stay_a_show_of_force() -> None:
    """Look-alikes: drills by one state, or by several near a third, threaten whoever they are near (150)."""
    events = coded("Russia and Belarus began joint military exercises near Ukraine's northern border.")
    assert ("RUS", "UKR", "150") in events
    assert not any(e[2] == "062" for e in events)
    assert coded("China staged large drills around Taiwan on Monday.") == {("CHN", "TWN", "150")}


def test_call_to_congratulate_or_discuss_is_a_phone_call() -> None:
    """'called Yoon to congratulate him': a leader calling another to do a speech act is a phone call (041)."""
    events = coded("Japanese Prime Minister Fumio Kishida called Yoon on Thursday to congratulate him on his win.")
    assert {("JPN", "KOR", "041"), ("KOR", "JPN", "041")} <= events
    events = coded("The Thai premier called his Malaysian counterpart on Sunday to discuss the border clashes.")
    assert ("THA", "MYS", "041") in events


def test_other_calls_are_no_phone_call() -> None:
    """Look-alikes: naming someone something, calling a rally or calling on someone is no phone call."""
    assert not any(
        e[2] == "041" for e in coded("Japanese Prime Minister Fumio Kishida called Yoon a reliable partner.")
    )
    assert not any(e[2] == "041" for e in coded("Germany called an emergency meeting to discuss the crisis."))
    assert ("JPN", "KOR", "020") in coded("Kishida called on Yoon to discuss the dispute.")
