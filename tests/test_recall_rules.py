"""Recall rules: a body's members agreeing on a measure, investigations, release demands, 'the group'."""

from __future__ import annotations

from datetime import date

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow


def roots(text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of each event in a text."""
    return {(s, t, c[:2]) for s, t, c in coded(text)}


def test_members_of_one_body_agreeing_on_sanctions_impose_them() -> None:
    text = "EU foreign ministers agreed on Tuesday to impose fresh sanctions on Iran over its drone deliveries."
    assert ("IGO", "IRN", "16") in roots(text)
    assert not any(c.startswith("03") for _, _, c in coded(text))


def test_allies_agreeing_to_expel_diplomats_expel_them() -> None:
    text = "NATO allies agreed on Friday to expel eight Russian diplomats accused of spying."
    assert ("IGO", "RUS", "161") in coded(text)


def test_agreeing_to_give_aid_stays_a_promise() -> None:
    text = "EU finance ministers agreed on Monday to provide 50 million euros of aid to Moldova."
    assert ("IGO", "MDA", "033") in coded(text)


def test_one_side_agreeing_to_free_prisoners_stays_an_intent() -> None:
    text = "The Taliban agreed on Sunday to free two Australian teachers."
    assert not any(c.startswith("08") for _, _, c in coded(text, date(2019, 11, 1)))


def test_two_sides_agreeing_stays_an_agreement() -> None:
    text = "The two foreign ministers agreed to impose joint controls at the border crossing."
    assert not any(c.startswith("16") for _, _, c in coded(text))


def test_an_investigation_into_an_event_needs_no_target() -> None:
    text = "Kenyan police said on Monday they had opened an investigation into the fire at the fuel depot."
    assert ("KEN", "", "090") in coded(text)


def test_an_investigation_into_acts_by_others_targets_the_doers() -> None:
    text = "Ukrainian prosecutors opened an investigation into killings carried out by Russian troops near Kyiv."
    # into killings: a criminal investigation, 091 (docs/ANNOTATION.md, "Criminal investigations")
    assert ("UKR", "RUS", "091") in coded(text)


def test_a_demand_for_release_is_aimed_at_the_captors() -> None:
    text = (
        "Iranian authorities detained a French tourist in Tehran last week. "
        "France on Monday demanded the immediate release of the tourist."
    )
    assert ("FRA", "IRN", "1053") in coded(text)


def test_a_release_demand_names_the_holders_by_their_by_phrase() -> None:
    text = "The United Nations demanded the release of aid workers held by Houthi rebels."
    assert ("IGO", "YEM", "1053") in coded(text)


def test_the_group_is_the_armed_group_named_before() -> None:
    text = (
        "Hezbollah fighters captured two Israeli soldiers on the border on Wednesday. "
        "Germany called on the group to free the soldiers."
    )
    assert ("DEU", "LBN", "0253") in coded(text, date(2006, 7, 13))
