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
