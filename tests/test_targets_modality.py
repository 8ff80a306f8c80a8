"""Targets that news leaves to the context: addressees of warnings, followers who rally, relief sent."""

from __future__ import annotations

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow


def test_a_warning_given_with_an_ultimatum_is_aimed_at_its_addressee() -> None:
    text = (
        "The Islamic State group gave the Iraqi government 72 hours to release its commander, "
        "warning that it would execute the hostages if troops moved in."
    )
    assert any(t == "IRQ" and c.startswith("13") for _, t, c in coded(text))


def test_a_warning_with_its_own_subject_does_not_take_the_addressee() -> None:
    text = "Rebels handed the Iraqi government a list of demands, with officials warning that talks could collapse."
    assert not any(t == "IRQ" and c.startswith("13") for _, t, c in coded(text))


def test_supporters_of_a_state_body_rally_as_civilians() -> None:
    text = "Hundreds of supporters of the military government rallied outside the British embassy in Bamako on Friday."
    assert ("MLI", "GBR", "141") in coded(text)


def test_relief_without_a_recipient_goes_to_the_state_of_the_dateline() -> None:
    text = "ANKARA (Reuters) - A powerful earthquake struck on Monday. Germany also sent rescue teams on Tuesday."
    assert ("DEU", "TUR", "073") in coded(text)


def test_domestic_relief_has_no_foreign_recipient() -> None:
    text = "NEW DELHI (Reuters) - Floods hit Kerala on Monday. The Indian government sent rescue teams on Tuesday."
    assert not any(s == "IND" and t not in {"", "IND"} for s, t, c in coded(text) if c.startswith("07"))


def test_help_that_is_not_relief_needs_a_named_recipient() -> None:
    text = "ANKARA (Reuters) - Germany donated 20 million euros to a fund for schools on Tuesday."
    assert not any(s == "DEU" and t == "TUR" for s, t, c in coded(text))
