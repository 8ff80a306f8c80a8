"""Titles, councils, leaders of a group, misspelt states and heads of state, in news sentences (real model)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text
from accord.pipeline import Coder
from accord.stages.actors import ActorResolver

pytestmark = pytest.mark.slow


def subject(coder: Coder, sentence: str, when: date = date(2023, 6, 1)) -> list[tuple[str, str]]:
    """(country, sector) of each actor the main verb's subject stands for."""
    doc = coder.nlp(sentence)
    resolver = ActorResolver.for_doc(doc, coder.actors, when, coder.gazetteer)
    head = next(t for t in doc if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT")
    return [(a.country, a.sector) for a in resolver.resolve(head)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Malawian president dissolved the cabinet on Sunday.", ("MWI", "GOV")),
        ("A Ugandan judge ordered the release of the opposition leader.", ("UGA", "JUD")),
        ("Lebanese lawmakers failed for a twelfth time to elect a president.", ("LBN", "LEG")),
        ("A Peruvian court sentenced the former president to 20 years.", ("PER", "JUD")),
        ("Colombian prosecutors charged the general with murder.", ("COL", "JUD")),
    ],
)
def test_nationality_and_role_noun(coder: Coder, sentence: str, expected: tuple[str, str]) -> None:
    assert subject(coder, sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Security Council voted unanimously on Thursday to renew the peacekeeping mission in South Sudan.",
        "Members of the Security Council condemned the missile launch.",
        "Security Council members said the draft would be put to a vote next week.",
    ],
)
def test_security_council_owned_by_no_state_is_the_uns(coder: Coder, sentence: str) -> None:
    assert subject(coder, sentence) == [("IGO", "IGO")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Belarus's Security Council approved the new military doctrine.", ("BLR", "GOV")),
        ("The National Security Council met on Monday to review the strikes.", ("", "GOV")),
    ],
)
def test_a_states_security_council_is_its_government(coder: Coder, sentence: str, expected: tuple[str, str]) -> None:
    assert subject(coder, sentence) == [expected]


def test_security_council_event_has_a_source() -> None:
    events = code_text(
        "The Security Council on Friday imposed new sanctions on North Korea over its missile tests.",
        date=date(2017, 8, 5),
    )
    assert [(e.source.country, e.target.country if e.target else "", e.cameo) for e in events] == [
        ("IGO", "PRK", "163")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Leaders of the opposition alliance called off Saturday's march.", ("", "OPP")),
        ("The leader of the gang surrendered to police in the capital.", ("", "CRM")),
        ("Leaders of Kenya's opposition coalition rejected the election results.", ("KEN", "OPP")),
    ],
)
def test_leaders_of_a_group_are_of_that_group(coder: Coder, sentence: str, expected: tuple[str, str]) -> None:
    assert subject(coder, sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The government of Ethopia rejected the report on Tuesday.", ("ETH", "GOV")),
        ("Troops from Camerron crossed the border overnight.", ("CMR", "MIL")),
        ("Both the Phillippine navy and the coast guard joined the search.", ("PHL", "MIL")),
    ],
)
def test_misspelt_state_names(coder: Coder, sentence: str, expected: tuple[str, str]) -> None:
    assert subject(coder, sentence)[0] == expected


def test_a_us_state_is_not_a_misspelt_country(coder: Coder) -> None:
    assert subject(coder, "Indiana lawmakers passed the bill on Thursday.") == [("USA", "LEG")]


@pytest.mark.parametrize(
    ("sentence", "when", "expected"),
    [
        ("President Jakaya Kikwete opened the new bridge in Dar es Salaam.", date(2010, 5, 3), ("TZA", "GOV")),
        ("Chancellor Werner Faymann met the unions in Vienna.", date(2012, 9, 1), ("AUT", "GOV")),
        ("Vice-President Moody Awori declined to step down.", date(2006, 2, 10), ("KEN", "GOV")),
        ("Mwanawasa dissolved the electoral commission.", date(2005, 7, 1), ("ZMB", "GOV")),
        ("Rajoelina addressed supporters in Antananarivo.", date(2010, 3, 1), ("MDG", "GOV")),
        ("Rajoelina addressed supporters in Antananarivo.", date(2016, 3, 1), ("MDG", "ELI")),
        ("Djukanovic conceded defeat on Sunday night.", date(2023, 4, 2), ("MNE", "GOV")),
    ],
)
def test_heads_of_state_and_government_by_date(
    coder: Coder, sentence: str, when: date, expected: tuple[str, str]
) -> None:
    assert subject(coder, sentence, when) == [expected]
