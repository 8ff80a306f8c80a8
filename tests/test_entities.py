"""Rule-based entities (stages/entities.py) on realistic news sentences, with the real model."""

from __future__ import annotations

import pytest

from accord.pipeline import Coder

TEXT = (
    "KYIV - Ukrainian Foreign Minister Dmytro Kuleba met U.S. Secretary of State Antony Blinken in Kyiv "
    "on Tuesday, three days after Russian missiles hit Lviv. Kuleba said Ukraine had asked the United States "
    "in May 2022 for more air defence systems. Kyiv Mayor Vitali Klitschko said the city may need more "
    "generators this winter, while the White House said last week that new aid would arrive by Oct. 7."
)


@pytest.fixture(scope="module")
def ents() -> dict[str, str]:
    coder = Coder(entities="rules")
    assert coder.nlp.get_pipe("ner").__class__.__name__ == "RuleEntities"
    return {ent.text: ent.label_ for ent in coder.nlp(TEXT).ents}


@pytest.mark.parametrize("text", ["Tuesday", "May 2022", "last week", "this winter", "Oct. 7"])
def test_dates(ents: dict[str, str], text: str) -> None:
    assert ents.get(text) == "DATE"


def test_modal_may_is_no_date(ents: dict[str, str]) -> None:
    assert "may" not in ents


@pytest.mark.parametrize("text", ["Kyiv", "Lviv", "Ukraine", "United States", "U.S."])
def test_places(ents: dict[str, str], text: str) -> None:
    assert ents.get(text) == "GPE"


def test_people_after_titles_and_their_surnames(ents: dict[str, str]) -> None:
    assert ents.get("Dmytro Kuleba") == "PERSON"
    assert ents.get("Antony Blinken") == "PERSON"
    assert ents.get("Kuleba") == "PERSON"  # named again by surname
    assert ents.get("Vitali Klitschko") == "PERSON"  # "Kyiv Mayor" before him: Kyiv is the place


def test_nationalities_and_seats_of_power(ents: dict[str, str]) -> None:
    assert ents.get("Ukrainian") == "NORP" and ents.get("Russian") == "NORP"
    assert ents.get("White House") == "ORG"  # never geocoded as Casablanca


def test_model_entities_still_available() -> None:
    coder = Coder(entities="model")
    assert coder.nlp.get_pipe("ner").__class__.__name__ != "RuleEntities"
    doc = coder.nlp("Ukrainian officials said Russian missiles struck Kyiv and Lviv on Tuesday.")
    assert {"DATE", "NORP"} <= {e.label_ for e in doc.ents}


def test_unknown_entity_source_is_refused() -> None:
    from accord.errors import ConfigError

    with pytest.raises(ConfigError, match="entities"):
        Coder(entities="regex")


def test_names_that_say_what_they_are() -> None:
    """Unknown multi-word names are not people when their last or inner word says what they are."""
    coder = Coder(entities="rules")
    doc = coder.nlp("The Kano State government and the Madras High Court both rejected the request on Monday.")
    found = {e.text: e.label_ for e in doc.ents}
    assert found.get("Kano State") == "GPE"
    assert found.get("Madras High Court") == "ORG"
    assert "PERSON" not in found.values()
