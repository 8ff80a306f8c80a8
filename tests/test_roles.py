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
