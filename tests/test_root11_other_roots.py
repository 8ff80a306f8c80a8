"""Sentences where only another root's trigger used to fire (branch root11): expelled diplomats
(161 only: docs/ANNOTATION.md), a demand that another state's diplomats withdraw (161), a deadline to leave whose
infinitive the parser hangs on the span of time, phone calls made "to assure" or "to ask" (041),
and appeals that urge someone to halt (0256)."""

from __future__ import annotations

from coded_events import coded


def roots(text: str) -> set[tuple[str, str, str]]:
    """(source, target, root) of each event."""
    return {(s, t, code[:2]) for s, t, code in coded(text)}


def test_expelled_diplomats_are_a_cut_in_relations_coded_once() -> None:
    events = coded("Mali expelled the French ambassador on Monday.")
    assert ("MLI", "FRA", "161") in events
    assert ("MLI", "FRA", "174") not in events


def test_diplomats_kicked_out_or_ordered_to_leave_are_expelled() -> None:
    assert ("AUS", "IRN", "161") in coded(
        "Australia on Tuesday kicked out Iran's ambassador and three other officials."
    )
    assert ("DEU", "TCD", "161") in coded(
        "Germany on Tuesday ordered Chad's ambassador to leave the country within 48 hours."
    )
    assert ("MDA", "RUS", "161") in coded("Moldova declared a Russian diplomat persona non grata on Friday.")


def test_an_expulsion_announced_for_later_is_the_decision_a_warning_a_threat() -> None:
    # Session 12: the gold codes a state's own announced expulsion as 161 (dev164, dev256).
    events = coded("Russia said it would expel the Estonian envoy.")
    assert ("RUS", "EST", "16") in {(s, t, c[:2]) for s, t, c in events}
    assert "174" not in {c for _, _, c in events}
    warned = coded("Russia warned it would expel the Estonian envoy.")
    assert ("RUS", "EST", "13") in {(s, t, c[:2]) for s, t, c in warned}


def test_diplomats_sent_home_with_a_break_of_relations_are_the_break() -> None:
    text = (
        "Rwanda on Monday severed diplomatic relations with Belgium and gave all Belgian diplomats 48 hours to leave."
    )
    events = coded(text)
    assert ("RWA", "BEL", "161") in events
    assert ("RWA", "BEL", "174") not in events


def test_agency_officials_ordered_out_are_no_expelled_diplomats() -> None:
    events = coded("Ethiopia has ordered seven senior United Nations officials to leave the country within 72 hours.")
    assert not any(c == "174" for _, _, c in events)


def test_recalling_ones_own_ambassador_or_cutting_ties_expels_nobody() -> None:
    assert ("RUS", "USA", "174") not in coded("Moscow recalled its ambassador to Washington for consultations.")
    events = coded("Rwanda severed diplomatic relations with Belgium on Monday.")
    assert ("RWA", "BEL", "161") in events
    assert ("RWA", "BEL", "174") not in events


def test_demanding_that_another_states_diplomats_withdraw_expels_them() -> None:
    text = (
        "Foreign Minister Yvan Gil said Venezuela was demanding the immediate withdrawal of all "
        "diplomatic staff of Argentina and Chile from Venezuelan territory."
    )
    assert {("VEN", "ARG", "161"), ("VEN", "CHL", "161")} <= coded(text)
    assert ("CHN", "LTU", "161") in coded("Beijing demanded the withdrawal of the Lithuanian ambassador on Tuesday.")


def test_demanding_that_troops_withdraw_is_still_a_demand() -> None:
    events = coded("Armenia demanded the withdrawal of Azerbaijani troops from its territory.")
    assert ("ARM", "AZE", "1056") in events
    assert ("ARM", "AZE", "174") not in events


def test_hours_given_to_leave_expel_even_when_the_infinitive_hangs_on_the_hours() -> None:
    # the parser makes "to leave" a relative clause of "hours"
    assert ("KWT", "PHL", "174") in coded("Kuwait gave Filipino domestic workers 72 hours to leave the country.")


def test_hours_given_to_free_hostages_stay_a_demand() -> None:
    events = roots("The Houthis gave the Saudi government 48 hours to free their jailed comrades.")
    assert not any(r == "17" for _, _, r in events)


def test_a_leader_called_to_assure_or_ask_is_a_phone_call() -> None:
    text = "Trump said he had called the emir of Qatar to assure him that such a thing would not happen again."
    assert {("USA", "QAT", "041"), ("QAT", "USA", "041")} <= coded(text)
    assert ("DEU", "TUR", "041") in coded("Scholz called Erdogan on Monday to inform him of the decision.")
    assert ("TUR", "RUS", "041") in coded("Erdogan called Putin to ask for a halt to the strikes.")


def test_calling_a_meeting_or_an_election_to_do_something_is_no_phone_call() -> None:
    assert not any(
        c == "041" for _, _, c in coded("Ruto called a meeting with Uganda's president to discuss the border.")
    )
    assert coded("The prime minister called a snap election to seek a new mandate.") == set()


def test_calling_on_someone_to_act_stays_an_appeal() -> None:
    assert ("USA", "ISR", "0256") in coded("Biden called on Israel to halt its offensive in Rafah.")


def test_urging_someone_to_halt_appeals_for_de_escalation() -> None:
    assert ("KOR", "PRK", "0256") in coded("Seoul strongly urged Pyongyang to halt its missile launches at once.")


def test_an_order_to_ones_own_fighters_to_halt_is_the_halt_not_a_demand() -> None:
    events = coded("Yevgeny Prigozhin ordered his fighters to halt their advance on Moscow on Saturday night.")
    assert ("RUS", "RUS", "087") in events
    assert not any(c.startswith("10") for _, _, c in events)


def test_an_order_to_another_state_to_halt_stays_a_demand() -> None:
    assert ("RUS", "UKR", "10") in roots("Russia ordered Ukraine to halt its offensive in Kursk.")
    assert ("ISR", "PSE", "10") in roots("The Israeli army ordered Hamas fighters to halt their attacks.")


def test_troops_returned_to_barracks_retreat() -> None:
    text = "Bolivian troops returned to their barracks on Sunday, ending the coup attempt against President Arce."
    assert ("BOL", "", "0874") in coded(text)


def test_people_returned_to_their_homes_or_pilots_to_base_do_not_retreat() -> None:
    assert coded("Thousands of Ukrainian refugees returned to their homes in Kharkiv.") == set()
    assert coded("Russian pilots returned to base after the patrol over the Baltic.") == set()


def test_a_deal_brokered_by_a_third_state_is_its_mediation() -> None:
    text = "Israel and Lebanon accepted a ceasefire deal brokered by Washington and Paris on Tuesday."
    assert {("USA", "ISR", "045"), ("FRA", "LBN", "045")} <= coded(text)
    text = "Ethiopia and Somalia signed a declaration on Wednesday after marathon talks brokered by Turkey."
    assert {("TUR", "ETH", "045"), ("TUR", "SOM", "045")} <= coded(text)


def test_other_participles_that_describe_a_thing_code_nothing_of_it() -> None:
    events = roots("Qatar demanded the release of the hostages held by Hamas in Gaza.")
    assert not any(r == "18" for _, _, r in events)
    assert ("QAT", "", "17") not in roots("Qatar said a warrant issued by the court named the former minister.")
