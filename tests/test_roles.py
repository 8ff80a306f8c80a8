"""Who did it to whom across clauses and sentences: pronoun subjects, named acts, audiences."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def coded(text: str, published: date = date(2024, 3, 15)) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of each event in a text."""
    return {
        (e.source.country, e.target.country if e.target else "", e.info.root) for e in code_text(text, date=published)
    }


def test_it_takes_up_the_state_that_was_the_subject_before() -> None:
    text = "Russia denied the accusation on Thursday. It also expelled two Polish diplomats."
    assert ("RUS", "POL", "16") in coded(text)


def test_he_takes_up_the_person_of_the_sentence_before() -> None:
    text = (
        "Iran's foreign minister Hossein Amirabdollahian said Tehran was ready for talks. "
        "He accused Washington of blocking the deal."
    )
    assert ("IRN", "USA", "11") in coded(text, date(2023, 6, 1))


def test_pronoun_after_a_person_named_only_as_subject_of_a_reporting_verb() -> None:
    text = "Chinese President Xi Jinping arrived in Moscow on Monday. He met Russian President Vladimir Putin."
    assert ("CHN", "RUS", "04") in coded(text, date(2023, 3, 20))


def test_pronoun_does_not_reach_past_an_unresolved_subject() -> None:
    # "he" is the unnamed farmer leader, not the American envoy resolved before.
    text = (
        "U.S. Secretary of State Antony Blinken met Peruvian officials in Lima on Monday.\n\n"
        "A local farmer who led the march said he had been beaten, and he accused the police of brutality."
    )
    accused = [e for e in code_text(text, date=date(2024, 3, 15)) if e.trigger == "accused"]
    assert all(e.source.country != "USA" for e in accused)


def test_they_fits_the_object_as_well_as_the_subject_and_is_left_alone() -> None:
    text = "Kenyan police fired tear gas at the protesters as they marched towards parliament in Nairobi."
    assert not any(source == "KEN" and root == "14" for source, _, root in coded(text))


def test_condemning_what_someone_called_an_act_targets_its_perpetrators() -> None:
    text = (
        "Peruvian protesters stormed the parliament building in Lima on Sunday.\n\n"
        'The U.S. State Department condemned what it called an "attack on democracy" in Peru.'
    )
    assert any(s == "USA" and t == "PER" and r == "11" for s, t, r in coded(text, date(2024, 1, 9)))


def test_announcement_told_as_background_is_no_intent() -> None:
    text = "Kyiv had insisted that it would only sign a deal with Turkey and the United Nations."
    assert not any(r == "03" for _, _, r in coded(text, date(2022, 7, 22)))


def test_reporters_spoken_to_are_no_party() -> None:
    text = "President Muizzu spoke to reporters at the airport in Male on Saturday after his return from China."
    assert not any(r == "04" and "" in (s, t) for s, t, r in coded(text, date(2024, 1, 14)))


def test_the_two_countries_are_the_pair_put_side_by_side_not_the_most_named() -> None:
    text = (
        "Japan and the Philippines have signed a defence pact that has worried China, the Japanese "
        "foreign ministry said on Monday, as China staged drills and China's coast guard patrolled.\n\n"
        "A ministry spokesman said the defence ministers of the two countries had signed the accord in Manila."
    )
    signed = {(s, t) for s, t, r in coded(text) if r == "05"}
    assert ("JPN", "PHL") in signed and not any("CHN" in pair for pair in signed)


def test_both_countries_are_not_the_pair_that_addresses_them() -> None:
    text = (
        "Sudan and South Sudan exchanged artillery fire along their border on Sunday.\n\n"
        "Egypt and Jordan called on both countries to halt the fighting."
    )
    events = coded(text)
    assert ("EGY", "SDN", "02") in events
    assert not any(s in {"EGY", "JOR"} and t in {"EGY", "JOR"} for s, t, _ in events)


def test_passive_condemnation_targets_whoever_carried_out_the_act() -> None:
    text = "Israeli jets struck a camp in southern Lebanon on Monday.\n\nThe raid was condemned by Qatar."
    assert ("QAT", "ISR", "11") in coded(text)


def test_act_noun_with_a_relative_clause_names_its_doer() -> None:
    assert ("EGY", "ISR", "11") in coded("Egypt condemned the air strike, which Israel carried out on Tuesday.")


def test_condemned_coup_targets_the_state_it_happened_in() -> None:
    assert ("GBR", "NER", "11") in coded("Britain condemned the coup in Niger on Thursday.", date(2023, 7, 28))


def test_condemned_takeover_without_a_place_targets_the_state_in_focus() -> None:
    text = (
        "Army officers in Gabon seized power on Wednesday and put President Ali Bongo under house arrest in Libreville.\n\n"
        "Spain condemned the military takeover, a government spokeswoman told reporters in Madrid."
    )
    assert ("ESP", "GAB", "11") in coded(text, date(2023, 8, 31))
