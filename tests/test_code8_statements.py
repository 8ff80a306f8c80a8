"""Statement-shaped events (branch code8): acts announced for later are intents or threats, negated
ones refusals, deadlines given for an act demand it, and naming an act a crime denounces its doers."""

from __future__ import annotations

from coded_events import coded

_RAID = "Ecuadorian police raided the Mexican embassy in Quito on Friday. "


def roots(text: str) -> set[tuple[str, str, str]]:
    """(source, target, root) of each event: the level the intent rules are judged at."""
    return {(s, t, code[:2]) for s, t, code in coded(text)}


def test_support_that_will_continue_is_an_intent() -> None:
    events = coded("Chile said on Monday it would continue to support Argentina in the talks.")
    assert ("CHL", "ARG", "032") in events
    assert ("CHL", "ARG", "051") not in events


def test_support_that_continued_is_support() -> None:
    events = coded("Chile continued to support Argentina in the talks on Monday.")
    assert ("CHL", "ARG", "051") in events
    assert not any(code.startswith("03") for _, _, code in events)


def test_aid_announced_to_continue_is_an_intent_to_give_aid() -> None:
    assert ("JPN", "PHL", "033") in coded("Japan said it would continue to provide aid to the Philippines.")


def test_a_vow_to_resume_an_offensive_is_a_threat() -> None:
    text = "The Ukrainian army vowed to resume its offensive against Russian forces in the spring."
    assert ("UKR", "RUS", "13") in roots(text)
    assert ("UKR", "RUS", "19") not in roots(text)


def test_a_plan_to_impose_restrictions_is_a_threat() -> None:
    assert ("ISR", "PSE", "13") in roots("Israel said it plans to impose new restrictions on Palestinian workers.")


def test_no_plan_and_no_vow_code_nothing() -> None:
    assert roots("Israel does not plan to impose new restrictions on Palestinian workers.") == set()
    assert not any(s == "KEN" for s, _, _ in roots("Kenya vowed not to resume talks with Somalia."))


def test_a_deadline_to_free_prisoners_demands_their_release() -> None:
    assert ("IGO", "NER", "1053") in coded("ECOWAS leaders gave Niger's junta seven days to release President Bazoum.")


def test_a_deadline_parsed_as_an_adverb_still_demands() -> None:
    events = coded("Mali's rebels gave the Malian government a week to release the prisoners.")
    assert any(t == "MLI" and code == "1053" for _, t, code in events)


def test_a_deadline_to_leave_is_still_an_expulsion() -> None:
    events = coded("Niger's junta gave the French ambassador 48 hours to leave the country.")
    assert not any(code == "1053" for _, _, code in events)


def test_a_second_reported_clause_that_refuses_is_a_refusal() -> None:
    text = (
        "President Noboa of Ecuador said on Wednesday that the country was at war "
        "and that his government would not give in to the gangs."
    )
    assert ("ECU", "ECU", "124") in coded(text)


def test_a_second_reported_clause_without_would_refuses_nothing() -> None:
    text = (
        "President Noboa of Ecuador said on Wednesday that the country was at war "
        "and that his government had not given in to the gangs."
    )
    assert not any(code.startswith("12") for _, _, code in coded(text))


def test_describing_a_raid_as_a_violation_denounces_the_raiders() -> None:
    text = _RAID + "Brazil's foreign ministry described the raid as a clear violation of the Vienna Convention."
    assert ("BRA", "ECU", "111") in coded(text)


def test_describing_it_takes_up_the_act_not_the_treaty_city() -> None:
    text = _RAID + "Brazil condemned the raid, describing it as a violation of the Vienna Convention."
    events = coded(text)
    assert ("BRA", "ECU", "111") in events
    assert not any(t == "AUT" for _, t, _ in events)


def test_a_case_of_piracy_denounces() -> None:
    text = "The Irish prime minister called the diversion of the plane by Belarus a case of state piracy."
    assert ("IRL", "BLR", "111") in coded(text)


def test_describing_as_something_mild_denounces_nobody() -> None:
    assert not any(code == "111" for _, _, code in coded(_RAID + "Peru described the raid as a regrettable episode."))
    assert not any(code == "111" for _, _, code in coded("Venezuela described the new budget as a step forward."))


def test_a_second_that_clause_with_must_is_a_demand() -> None:
    text = "Lithuania said it welcomed the talks and that Belarus must release the prisoners."
    assert ("LTU", "BLR", "100") in coded(text)


def test_a_second_must_clause_with_no_one_named_demands_nothing() -> None:
    text = "Lithuania said the prisoners remained in custody and that all of them must be released."
    assert not any(code == "100" for _, _, code in coded(text))


def test_calling_accusations_false_denies_them() -> None:
    assert ("PAK", "IND", "016") in coded("Pakistan's defence minister called the Indian accusations false.")


def test_calling_accusations_serious_denies_nothing() -> None:
    assert not any(
        code == "016" for _, _, code in coded("Pakistan's defence minister called the Indian accusations serious.")
    )
