"""Heads of state and government resolve by the article date: before, during and after their office.

The dates were checked against news reports; each case sits close to a change of
office, so a wrong start or end date in people.jsonl flips its result.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text
from accord.model import Actor
from accord.pipeline import Coder
from accord.stages.actors import ActorResolver

pytestmark = pytest.mark.slow


def code(coder: Coder, text: str, when: date) -> tuple[str, str]:
    """Country and sector of a short phrase's root noun phrase on a date."""
    doc = coder.nlp(text)
    resolver = ActorResolver.for_doc(doc, coder.actors, when, coder.gazetteer)
    root = next(t for t in doc if t.head == t)
    actors: list[Actor] = resolver.resolve(root)
    return (actors[0].country, actors[0].sector) if actors else ("", "")


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        # Zaev's second government was voted in just before midnight on 30 August 2020.
        ("Zoran Zaev", date(2020, 8, 15), ("MKD", "ELI")),
        ("Zoran Zaev", date(2020, 8, 30), ("MKD", "GOV")),
        # Ould Abdel Aziz resigned from the junta to run, and was inaugurated on 5 August 2009.
        ("Mohamed Ould Abdel Aziz", date(2009, 6, 2), ("MRT", "ELI")),
        ("Mohamed Ould Abdel Aziz", date(2009, 8, 6), ("MRT", "GOV")),
        ("Michael D. Higgins", date(2025, 12, 1), ("IRL", "ELI")),
        ("Catherine Connolly", date(2025, 12, 1), ("IRL", "GOV")),
        ("Viktor Orban", date(2026, 6, 1), ("HUN", "ELI")),
        ("Peter Magyar", date(2026, 4, 20), ("HUN", "OPP")),
        ("Peter Magyar", date(2026, 6, 1), ("HUN", "GOV")),
        ("Dick Schoof", date(2026, 3, 1), ("NLD", "ELI")),
        ("Nangolo Mbumba", date(2024, 6, 1), ("NAM", "GOV")),
        ("Umaro Sissoco Embalo", date(2025, 12, 1), ("GNB", "ELI")),
        ("Luis Abinader", date(2023, 3, 3), ("DOM", "GOV")),
        ("Xavier Bettel", date(2024, 5, 1), ("LUX", "GOV")),
    ],
)
def test_heads_change_on_the_day_they_take_or_leave_office(
    coder: Coder, text: str, when: date, expected: tuple[str, str]
) -> None:
    assert code(coder, text, when) == expected


def _dyads(text: str, when: date) -> set[tuple[str, str, str, str]]:
    """(source country, source sector, target country, target sector) of the events coded from a text."""
    return {
        (e.source.country, e.source.sector, e.target.country if e.target else "", e.target.sector if e.target else "")
        for e in code_text(text, date=when)
    }


def test_an_opposition_leader_becomes_the_government_after_taking_office() -> None:
    """Magyar led the opposition Tisza party until he was sworn in as prime minister on 9 May 2026."""
    text = (
        "Péter Magyar met Volodymyr Zelenskiy in Kyiv on Monday and promised to lift Hungary's veto on "
        "Ukraine's accession talks."
    )
    assert ("HUN", "OPP", "UKR", "GOV") in _dyads(text, date(2025, 6, 16))
    assert ("HUN", "GOV", "UKR", "GOV") in _dyads(text, date(2026, 6, 15))


def test_leaders_named_without_a_title_take_their_states() -> None:
    """Two heads of government known only by name: the people table alone gives both states."""
    text = (
        "Patrick Herminie met Navin Ramgoolam in Victoria on Sunday to discuss maritime security in the Indian Ocean."
    )
    assert ("SYC", "GOV", "MUS", "GOV") in _dyads(text, date(2025, 10, 27))


def test_the_junta_leader_before_his_election_is_an_elite() -> None:
    """Between his resignation (April 2009) and inauguration (August 2009) Abdel Aziz held no office."""
    text = "Mohamed Ould Abdel Aziz criticised Abdoulaye Wade on Tuesday over the border dispute."
    assert ("MRT", "ELI", "SEN", "GOV") in _dyads(text, date(2009, 6, 2))
    assert ("MRT", "GOV", "SEN", "GOV") in _dyads(text, date(2010, 6, 2))
