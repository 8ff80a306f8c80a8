"""Session 11, lead sentences: a feeling whose cause a news lead names in general terms ("concerned
about an arms race") and whose author it names in an after- or because-clause on the copula.
Sentences written for the test, with look-alikes that must not gain a target."""

from __future__ import annotations

from datetime import date

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow

FRIDAY = date(2024, 5, 17)


def roots(text: str) -> set[tuple[str, str, str]]:
    """(source, target, root) of each event coded in a text."""
    return {(s, t, code[:2]) for s, t, code in coded(text, FRIDAY)}


def test_a_feeling_is_aimed_at_the_author_of_the_after_clause() -> None:
    lead = (
        "Malaysia said on Friday it was deeply concerned about a growing arms race in the region, "
        "a day after Japan announced it would double its defence budget."
    )
    assert ("MYS", "JPN", "11") in roots(lead)  # concern is disapproval (session 17)


def test_a_because_clause_names_the_author_too() -> None:
    lead = "Chile said it was concerned about the new fishing rules because Peru had extended its maritime zone."
    assert ("CHL", "PER", "11") in roots(lead)


def test_a_feeling_with_no_cause_clause_gains_no_target() -> None:
    lead = "Malaysia said on Friday it was deeply concerned about a growing arms race in the region."
    assert not any(s == "MYS" and t for s, t, _ in roots(lead))


def test_a_named_cause_still_comes_first() -> None:
    lead = "Malaysia said it was concerned by China's naval drills, a day after Japan announced new patrols."
    found = roots(lead)
    assert ("MYS", "CHN", "11") in found
    assert ("MYS", "JPN", "11") not in found


def test_captives_handed_over_are_named_by_who_they_are() -> None:
    lead = "Rebels in Colombia handed over two Ecuadorian soldiers they had held for a month on Friday."
    assert ("COL", "ECU", "08") in roots(lead)
    # handing over weapons stays a disarmament, not a release of captives
    assert ("COL", "ECU", "08") not in roots("Colombia handed over two Ecuadorian rifles to the museum on Friday.")


def test_a_suspended_partnership_reduces_relations() -> None:
    lead = "The European Union on Friday suspended its strategic partnership with Azerbaijan."
    assert ("IGO", "AZE", "16") in roots(lead)
    assert ("IGO", "AZE", "16") not in roots(
        "The European Union on Friday praised its strategic partnership with Azerbaijan."
    )


def test_an_ordered_release_is_aimed_at_the_captives_state() -> None:
    lead = "Iran ordered the release of 300 Afghan prisoners on Friday after talks in Kabul."
    assert ("IRN", "AFG", "08") in roots(lead)
    # "of" names the act's author for a visit, not whom it is aimed at
    assert ("IRN", "AFG", "04") not in roots("Iran welcomed the visit of Afghan officials on Friday.")


def test_an_announced_deployment_shows_force_now() -> None:
    lead = "Britain will send 500 more troops to Estonia, the defence secretary said on Friday."
    assert ("GBR", "EST", "15") in roots(lead)


def test_a_readiness_to_deploy_if_talks_fail_shows_none() -> None:
    lead = "The bloc said it was ready to send troops to Niger if diplomatic efforts failed."
    assert not any(code == "15" for _, _, code in roots(lead))


def test_sanctions_on_counted_targets_fall_on_the_state_they_are_in() -> None:
    lead = "The European Union on Monday imposed sanctions on more than 300 targets in Iran and beyond."
    assert ("IGO", "IRN", "16") in roots(lead)
    # a place where sanctions are announced is no target
    assert not roots("The Treasury announced new sanctions in Washington on Monday.")


def test_a_crossing_reopened_into_a_state_eases_toward_it() -> None:
    lead = "Jordan reopened its main border crossing into Syria on Sunday, three years after it was shut."
    assert ("JOR", "SYR", "08") in roots(lead)


def test_the_into_the_parser_hangs_on_the_verb_counts_too() -> None:
    lead = "Egypt reopened the Rafah crossing into Gaza on Monday after a week of fighting."
    assert ("EGY", "PSE", "08") in roots(lead)


def test_a_crossing_reopened_with_no_destination_gains_no_target() -> None:
    lead = "Egypt reopened the Rafah crossing on Monday after a week of fighting."
    assert not any(s == "EGY" and t for s, t, _ in roots(lead))


def test_a_freed_unknown_is_placed_by_whose_ally_he_is() -> None:
    lead = "Turkey freed Ahmet Yilmaz, a close ally of Iranian President Masoud Pezeshkian, on Tuesday."
    assert ("TUR", "IRN", "08") in roots(lead)


def test_a_freed_unknown_with_no_patron_gains_no_target() -> None:
    lead = "Turkey freed Ahmet Yilmaz, a well-known businessman from Istanbul, on Tuesday."
    assert not any(s == "TUR" and t for s, t, _ in roots(lead))


def test_an_agreement_ended_is_aimed_at_whom_it_was_told() -> None:
    lead = "Mali's junta has told Paris that it is ending a defence agreement signed in 2014."
    assert ("MLI", "FRA", "16") in roots(lead)


def test_an_agreement_ended_with_no_one_told_gains_no_target() -> None:
    lead = "Mali's junta said on Monday that it is ending a defence agreement signed in 2014."
    assert not any(s == "MLI" and t for s, t, _ in roots(lead))


def test_an_appeal_through_a_bodys_mechanism_is_made_to_the_body() -> None:
    lead = "Greece asked for firefighting planes through the EU Civil Protection Mechanism on Tuesday."
    assert ("GRC", "IGO", "02") in roots(lead)


def test_consultations_under_a_bodys_treaty_are_asked_of_the_body() -> None:
    lead = "Lithuania formally requested consultations under Article 4 of NATO's founding treaty on Friday."
    assert ("LTU", "IGO", "02") in roots(lead)


def test_an_appeal_under_a_treaty_of_no_named_body_gains_no_target() -> None:
    lead = "Chile requested assistance under a bilateral treaty signed in 2010."
    assert not any(s == "CHL" and t for s, t, _ in roots(lead))


def test_a_threat_reported_in_a_participle_is_aimed_at_the_condition_subject() -> None:
    lead = "Trump warned on Monday, suggesting that U.S. aid would stop if Kyiv did not accept the plan."
    assert ("USA", "UKR", "13") in roots(lead)


def test_a_participle_threat_with_no_condition_gains_no_target() -> None:
    lead = "Trump warned on Monday, suggesting that U.S. aid would stop soon."
    assert not any(s == "USA" and t for s, t, _ in roots(lead))


def test_things_marked_as_targets_point_the_threat_at_their_owners() -> None:
    lead = (
        "The Iranian military warned that all tankers owned or operated by British companies, "
        "or flying the British flag, would be treated as legitimate targets."
    )
    assert ("IRN", "GBR", "13") in roots(lead)


def test_the_same_owners_in_a_threat_that_marks_no_target_gain_nothing() -> None:
    lead = (
        "The Iranian military warned that all tankers owned or operated by British companies, "
        "or flying the British flag, would be inspected at sea."
    )
    assert not any(s == "IRN" and t for s, t, _ in roots(lead))


def test_things_marked_as_targets_by_no_owner_gain_no_target() -> None:
    lead = "The Iranian military warned that all ships in the strait would be treated as legitimate targets."
    assert not any(s == "IRN" and t for s, t, _ in roots(lead))
