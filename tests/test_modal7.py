"""Actuality: which pluperfects are news, and which reported clauses are the speaker's future.

A pluperfect is background ("had been arrested" years ago) unless it is dated to the news days
on its own clause ("had been detained by police on Sunday", "had recalled its ambassador earlier
on Friday") or is what someone said.  A second reported clause with its own tense ("said the army
would stay on alert and that troops had shelled ...") is not the first clause's future."""

from __future__ import annotations

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow


def test_pluperfect_dated_to_the_news_days_is_news() -> None:
    # published on Saturday 2 March 2024: Sunday and Friday lie within the news days
    assert ("ARM", "ARM", "173") in coded("Armenian police had detained two opposition leaders on Sunday.")
    assert ("KEN", "UGA", "161") in coded("Kenya had recalled its ambassador from Uganda earlier on Friday.")


def test_pluperfect_undated_old_or_negated_stays_background() -> None:
    assert not coded("Armenian police had detained two opposition leaders.")
    assert not coded("Armenian police had detained two opposition leaders in 2019.")
    assert not coded("Kenya had recalled its ambassador from Uganda in March 2021.")
    assert not coded("Armenian police had not detained the opposition leaders on Sunday.")


def test_pluperfect_does_not_borrow_the_date_of_its_main_clause() -> None:
    # "on Tuesday" dates the freeing, not the earlier detention told in the relative clause
    events = coded("The activists, who had been detained by Armenian police, were freed on Tuesday.")
    assert not any(code == "173" for _, _, code in events)


def test_second_reported_clause_with_its_own_past_is_what_was_done() -> None:
    events = coded(
        "The Serbian defence minister said the army would remain on alert"
        " and that Serbian troops had shelled Kosovo police."
    )
    assert ("SRB", "XKX", "194") in events
    # the first clause's "would" does not make the shelling an announced threat
    assert not any(code.startswith("13") for _, _, code in events)
    assert not coded("The Serbian defence minister said the army would remain on alert.")


def test_second_reported_clause_with_its_own_would_stays_a_promise() -> None:
    assert ("ISR", "PSE", "0355") in coded(
        "Israel announced it would free 150 prisoners and would open the crossing to Gaza."
    )


def test_a_base_handed_over_to_another_state_is_returned_property() -> None:
    assert ("FRA", "MLI", "0842") in coded("The French army handed over the Gao base to Malian forces on Monday.")
    assert ("FRA", "NER", "0842") in coded("France handed over its last base in Niger to the Nigerien army.")
    # a command handed over inside one army, and aid handed over, are not a base returned
    assert not any(c == "0842" for _, _, c in coded("The general handed over command of the base to his deputy."))
    assert not any(
        c == "0842" for _, _, c in coded("The Red Cross handed over food and medicine at the base to Malian families.")
    )
