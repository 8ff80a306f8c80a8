"""Precision rules of the prec9 round: background habits and idioms that are no events.

Each rule is checked on sentences written for it: the background or idiomatic reading must not
code, and the news reading next to it must still code.
"""

from __future__ import annotations

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow


def roots(text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of each event coded in a text."""
    return {(s, t, code[:2]) for s, t, code in coded(text)}


def test_a_repeated_appeal_in_the_present_perfect_is_background() -> None:
    assert ("PHL", "CHN", "02") not in roots(
        "Philippine officials have repeatedly urged China to stop harassing its fishing boats near the shoal."
    )
    assert ("PHL", "CHN", "02") in roots(
        "Philippine officials urged China on Friday to stop harassing its fishing boats."
    )


def test_a_long_held_stance_is_background() -> None:
    assert ("SRB", "XKX", "12") not in roots("Serbia has long rejected Kosovo's declaration of independence.")
    assert ("SRB", "XKX", "12") in roots("Serbia on Tuesday rejected Kosovo's new proposal for talks.")


def test_a_habit_in_the_present_is_background() -> None:
    events = roots("Armed gangs in the region often kidnap villagers in Zamfara state for ransom.")
    assert not any(root == "18" for _, _, root in events)
    events = roots("Armed gangs kidnapped 40 villagers in Zamfara state on Sunday, police said.")
    assert any(root == "18" for _, _, root in events)


def test_fighting_for_years_is_background_but_repeated_strikes_last_week_are_news() -> None:
    assert not any(root == "19" for _, _, root in roots("India and Pakistan have fought over Kashmir for decades."))
    assert ("ISR", "LBN", "19") in roots("Israeli jets repeatedly struck targets in southern Lebanon on Sunday.")


def test_taking_something_into_account_is_no_arrest() -> None:
    events = roots("Berlin said it would send more aid to Kyiv, taking the needs of the winter into account.")
    assert not any(root == "17" for _, _, root in events)
    events = roots("Iran's negotiators took Washington's concerns into account, the foreign ministry said.")
    assert not any(root == "17" for _, _, root in events)
    events = roots("Turkish police took the Swedish journalist into custody at Istanbul airport on Sunday.")
    assert any(root == "17" for _, _, root in events)


def test_a_later_unplaced_detail_of_force_is_not_done_to_the_dateline_state() -> None:
    text = (
        "NAIROBI, Kenya (Reuters) - Gunmen stormed a hotel in the Somali port of Kismayo on Friday, killing at "
        "least nine people, police said. Witnesses said the attackers fired on guests for several hours."
    )
    events = coded(text)
    assert ("", "KEN", "190") not in events
    assert ("", "SOM", "190") in events


def test_a_match_report_under_a_dateline_is_no_fighting() -> None:
    text = (
        "LAGOS, Nigeria (AP) - The Super Eagles beat Ghana 2-1 in a friendly on Tuesday. "
        "Nigeria took control after the break and attacked relentlessly."
    )
    assert not any(code[:2] == "19" for _, _, code in coded(text))


def test_a_term_of_years_is_no_habit() -> None:
    assert ("EGY", "GBR", "17") in roots(
        "An Egyptian court has jailed a British aid worker for three years on spying charges."
    )
