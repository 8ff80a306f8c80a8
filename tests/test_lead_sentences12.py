"""Session 12, lead sentences: a verdict put before a long object ("rejected as inaccurate
Beijing's description"), and a court that annuls an election.  Sentences written for the test,
each with a look-alike that must stay as it was."""

from __future__ import annotations

from datetime import date

import pytest
from coded_events import coded_roots

pytestmark = pytest.mark.slow

MONDAY = date(2024, 6, 17)


def roots(text: str) -> set[tuple[str, str, str]]:
    """(source, target, root) of each event coded in a text."""
    return coded_roots(text, MONDAY)


def test_a_fronted_verdict_leaves_the_object_its_owner() -> None:
    lead = "Vietnam on Monday rejected as groundless Beijing's claim to the islands in the South China Sea."
    assert ("VNM", "CHN", "12") in roots(lead)


def test_a_fronted_verdict_before_a_state_owned_act() -> None:
    lead = "Kyiv denounced as illegal Russia's annexation of four Ukrainian regions."
    assert ("UKR", "RUS", "11") in roots(lead)


def test_as_before_a_role_is_no_object() -> None:
    lead = "The former minister served as ambassador to France before he retired."
    assert not roots(lead)


def test_a_court_annuls_an_election_of_its_own_state() -> None:
    lead = (
        "Malawi's Constitutional Court on Monday annulled the presidential election, citing widespread irregularities."
    )
    assert ("MWI", "MWI", "17") in roots(lead)


def test_annulling_a_contract_is_no_sanction() -> None:
    lead = "Malawi's Constitutional Court on Monday annulled a mining contract with a Chinese company."
    assert not any(root == "17" for _, _, root in roots(lead))


def test_an_expulsion_a_state_announces_is_coded_as_decided() -> None:
    lead = "Latvia said on Monday it would expel two Russian diplomats over espionage."
    assert ("LVA", "RUS", "16") in roots(lead)
    assert not any(root == "13" for _, _, root in roots(lead))


def test_an_expulsion_on_a_condition_stays_a_threat() -> None:
    lead = "Latvia said it would expel two Russian diplomats if the cyber attacks continued."
    assert ("LVA", "RUS", "13") in roots(lead)
    assert not any(root == "16" for _, _, root in roots(lead))
