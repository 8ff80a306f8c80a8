"""Verb idioms and frames of the lexicon (verbs.tsv), each on a realistic news sentence."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def codes(text: str) -> set[str]:
    """The CAMEO codes of the events found in a text."""
    return {e.cameo for e in code_text(text, date=date(2024, 3, 15))}


def test_a_warm_welcome_is_hosting_a_visit() -> None:
    assert "043" in codes(
        "Chancellor Olaf Scholz gave a warm welcome to Kenyan President William Ruto in Berlin on Monday."
    )
    assert "043" in codes("King Abdullah extended a warm welcome to the Iraqi prime minister at the royal palace.")


def test_reneging_on_a_pledge_is_a_rejection() -> None:
    assert "120" in codes("Venezuela has reneged on its promise to the United States to hold free elections.")


def test_shunning_or_stopping_work_is_a_strike() -> None:
    assert "143" in codes("Nigerian workers shunned work on Monday to protest the government's fuel price hike.")
    assert "143" in codes("Thousands of Nigerian dockworkers stopped work on Monday to demand higher wages.")
    assert "143" in codes("South African miners downed tools at the platinum mine over unpaid bonuses.")


def test_hearings_and_inspectors_are_investigations() -> None:
    assert "090" in codes("Brazil's Senate opened hearings into the government's handling of the pandemic.")
    assert "090" in codes("The United Nations dispatched inspectors to Iran to examine the Natanz enrichment plant.")


def test_hacking_and_defacing_are_damage_to_property() -> None:
    assert "171" in codes("Russian hackers hacked the servers of the Ukrainian election commission.")
    assert "171" in codes("Pro-Iranian activists defaced dozens of Israeli government websites on Sunday.")
