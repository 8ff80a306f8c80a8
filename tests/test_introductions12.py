"""People introduced in sentences the sentence filter drops (session 12, docs/ACTORS.md)."""

from __future__ import annotations

from datetime import date
from functools import cache

from accord.api import code_text
from accord.model import Article
from accord.pipeline import Coder
from accord.stages.actors import ActorResolver

_WHEN = date(2024, 3, 4)


@cache
def _coder() -> Coder:
    return Coder()


def _dyads(text: str) -> set[tuple[str, str, str]]:
    return {(e.source.country, e.target.country if e.target else "", e.cameo[:2]) for e in code_text(text, date=_WHEN)}


def _dropped(text: str) -> list[str]:
    """The sentences the filter blanks, so that a test checks its premise."""
    _, (_, prefilter) = _coder().select(Article("t", text, published=_WHEN))
    return [text[start:end] for start, end, kept in prefilter.selection.spans if not kept]


def _introduced(text: str) -> list[tuple[str, str, str, str]]:
    coder = _coder()
    tokens = coder.filter.tokens(text)
    cheap = ActorResolver.for_doc(tokens, coder.actors, _WHEN)
    return cheap.introductions([(0, len(text))])


def test_a_surname_names_the_official_a_dropped_sentence_introduced() -> None:
    first = "Russian Deputy Foreign Minister Ivan Petrovsky spent Monday in Ankara."
    text = first + " Petrovsky accused Ukraine of shelling the Zaporizhzhia nuclear plant."
    assert _dropped(text) == [first]
    assert ("RUS", "UKR", "11") in _dyads(text)


def test_a_family_name_written_first_in_a_dropped_sentence() -> None:
    first = "Chinese foreign ministry spokeswoman Tang Meiling spoke on Monday."
    text = first + ' "We urge Manila to stop its provocations," Tang said.'
    assert _dropped(text) == [first]
    assert ("CHN", "PHL", "02") in _dyads(text)


def test_an_office_of_no_state_teaches_nothing() -> None:
    text = "Army spokesman Felix Obwona spoke on Monday from Gulu."
    assert _introduced(text) == []


def test_a_state_named_in_another_phrase_does_not_own_the_office() -> None:
    text = "After the talks with Iran, spokesman Daniel Okafor left early."
    assert _introduced(text) == []


def test_a_possessive_state_owns_the_office_and_a_longer_name_is_no_introduction() -> None:
    assert _introduced("Kenya's Interior Minister Peter Mwangi spent Monday at home.") == [
        ("Mwangi", "KEN", "GOV", "Peter Mwangi")
    ]
    assert _introduced("Kenyan Interior Minister Peter Mwangi Kamau Otieno Njoroge was away.") == []


def test_a_known_person_is_remembered_by_the_surname_before_a_suffix() -> None:
    text = "Philippine President Ferdinand Marcos Jr. spent Monday in Davao."
    assert [word for word, *_ in _introduced(text)] == ["Marcos"]
