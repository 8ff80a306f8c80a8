"""Organisations, armed groups and state bodies named in 2015-2026 news (session orgs17).

The dictionary learnt some 700 organisations (armed groups, parties, companies, media,
international bodies, NGOs) and 140 state bodies under their own names. Their names must
resolve with the right state and sector, and no name may take a common English word, a
large town or a known person away from the rules that read those.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest

from accord.api import code_text
from accord.ontology import data_path
from accord.stages.parse import load_model
from accord.stages.places import gazetteer

# One-word names in title case whose lower-case form spaCy's lemmatizer lists as a noun: brand
# and group names news writes capitalised (a sentence-initial common noun would be misread).
_REVIEWED_NOUNS = {
    "Airbus",
    "Asean",
    "Benelux",
    "Blackwater",
    "Bundesbank",
    "Camorra",
    "Chancellery",
    "Chevron",
    "Dail",
    "Europol",
    "Fatah",
    "Greenpeace",
    "Hamas",
    "Harvard",
    "Hezbollah",
    "Hizballah",
    "Hizbollah",
    "Hizbullah",
    "Interpol",
    "Knesset",
    "Kremlin",
    "Kuomintang",
    "Mossad",
    "Nato",
    "Nissan",
    "Pentagon",
    "Peshmerga",
    "Politico",
    "Quad",
    "Siemens",
    "Spiegel",
    "Sputnik",
    "Taliban",
    "Tesla",
    "Thales",
    "Toyota",
    "Unesco",
    "Unicef",
    "Wagner",
    "Westinghouse",
    "Westminster",
    "Whitehall",
    "Yakuza",
}
# Brands whose lower-case form is also a verb: accepted, news capitalises them.
_REVIEWED_VERBS = {"Google", "Nestle", "Twitter"}
# Aliases written in lower case on purpose (how the body names itself or news names it).
_LOWER_CASE = {"chemical weapons watchdog", "blue helmets", "yakuza", "thyssenkrupp", "dpa"}
# One-word names that are also a town of 50,000 people or more, under that exact spelling: firms
# and groups named after no town of the news, and seats of power that are districts by design.
_REVIEWED_TOWNS = {
    "Al-Mayadeen",
    "Fano",
    "Google",
    "HAMAS",
    "Hamas",
    "Miraflores",
    "Moncloa",
    "Morena",
    "Orano",
    "Toyota",
    "Westminster",
    "Whitehall",
    "Xinhua",
}


def _organisations() -> list[dict[str, object]]:
    with data_path("organizations.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _countries() -> list[dict[str, object]]:
    with data_path("countries.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _names() -> Iterator[str]:
    """Every organisation name and alias, and every state body (metonym) of countries.jsonl."""
    for record in _organisations():
        yield str(record["name"])
        yield from (str(a) for a in record.get("aliases", []))  # type: ignore[attr-defined]
    for record in _countries():
        yield from (str(m) for m in (record.get("metonyms") or {}))  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def word_lists() -> dict[str, set[str]]:
    """spaCy's English lemmatizer tables (WordNet's nouns, verbs, adjectives and adverbs)."""
    nlp = load_model()
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    return {pos: set(table[nlp.vocab.strings[pos]]) for pos in ("noun", "verb", "adj", "adv")}


def test_the_dictionary_knows_over_a_thousand_organisations() -> None:
    records = _organisations()
    assert len(records) >= 1200
    assert len({r["name"] for r in records}) == len(records)


def test_no_name_is_given_twice() -> None:
    """One phrase, one organisation: a second entry for the same words would be a coin toss."""
    seen: dict[str, str] = {}
    for record in _organisations():
        for phrase in [record["name"], *record.get("aliases", [])]:  # type: ignore[misc]
            assert phrase not in seen or seen[phrase] == record["name"], phrase
            seen[str(phrase)] = str(record["name"])


def test_no_name_is_a_common_lower_case_word(word_lists: dict[str, set[str]]) -> None:
    lower = [n for n in _names() if n == n.lower() and any(c.isalpha() for c in n)]
    assert set(lower) <= _LOWER_CASE, sorted(set(lower) - _LOWER_CASE)
    titled = [n for n in _names() if " " not in n and n[:1].isupper() and n[1:] == n[1:].lower()]
    verbs = {n for n in titled if n.lower() in word_lists["verb"] | word_lists["adj"] | word_lists["adv"]}
    assert verbs <= _REVIEWED_VERBS, sorted(verbs - _REVIEWED_VERBS)
    nouns = {n for n in titled if n.lower() in word_lists["noun"]} - verbs
    assert nouns <= _REVIEWED_NOUNS, sorted(nouns - _REVIEWED_NOUNS)


def test_no_name_is_a_state_a_town_or_a_known_person() -> None:
    """States, their capitals and people are read by their own rules; a large town keeps its place."""
    states = set()
    for record in _countries():
        for key in ("names", "adjectives", "demonyms", "capitals"):
            states.update(record.get(key) or [])  # type: ignore[arg-type]
    with data_path("people.jsonl").open(encoding="utf-8") as handle:
        people = {p for line in handle if line.strip() for p in _person_names(json.loads(line))}
    places = gazetteer()
    towns = set()
    for name in _names():
        assert name not in states, name
        assert name not in people, name
        if " " not in name and any(
            p.population >= 50_000 or p.precision == "country" for p in places.exact.get(name, [])
        ):
            towns.add(name)
    assert towns <= _REVIEWED_TOWNS, sorted(towns - _REVIEWED_TOWNS)


def _person_names(record: dict[str, object]) -> list[str]:
    return [str(record["name"]), *(str(a) for a in record.get("aliases", []))]  # type: ignore[attr-defined]


def _sides(text: str, published: date) -> set[tuple[str, str, str, str]]:
    """(source country, source sector, target country, target sector) of each event."""
    return {
        (e.source.country, e.source.sector, e.target.country if e.target else "", e.target.sector if e.target else "")
        for e in code_text(text, date=published)
    }


def _sources(text: str, published: date) -> set[tuple[str, str]]:
    return {(country, sector) for country, sector, _, _ in _sides(text, published)}


@pytest.mark.parametrize(
    ("text", "published", "source"),
    [
        (
            "Fighters of Ansarul Islam attacked an army post in northern Burkina Faso, killing 12 soldiers.",
            date(2019, 3, 2),
            ("BFA", "REB"),
        ),
        (
            "Arakan Rohingya Salvation Army militants attacked police posts in Rakhine State.",
            date(2017, 8, 26),
            ("MMR", "REB"),
        ),
        (
            "The Estado Mayor Central attacked a police station in Cauca, killing two officers.",
            date(2024, 5, 20),
            ("COL", "REB"),
        ),
        (
            "Gran Grif gang members killed at least 70 people in the town of Pont-Sonde.",
            date(2024, 10, 4),
            ("HTI", "CRM"),
        ),
        (
            "Lakurawa militants attacked a village in Sokoto State, killing 15 people.",
            date(2024, 11, 10),
            ("NGA", "REB"),
        ),
        (
            "The Fatemiyoun Division fought alongside Syrian government forces near Aleppo.",
            date(2016, 6, 2),
            ("AFG", "REB"),
        ),
        ("The Peshmerga clashed with Iraqi troops near Kirkuk.", date(2017, 10, 20), ("IRQ", "MIL")),
    ],
)
def test_armed_groups_are_of_the_state_they_come_from(text: str, published: date, source: tuple[str, str]) -> None:
    assert source in _sources(text, published)


@pytest.mark.parametrize(
    ("text", "published", "side"),
    [
        (
            "The ISPR condemned the attack by Afghan Taliban forces on border posts.",
            date(2023, 8, 2),
            ("PAK", "MIL", "AFG", "MIL"),
        ),
        (
            "CENTCOM said U.S. forces struck Houthi radar sites in Yemen.",
            date(2024, 2, 4),
            ("USA", "MIL", "YEM", "REB"),
        ),
        (
            "The Eastern Theater Command said Chinese warships encircled Taiwan.",
            date(2024, 5, 23),
            ("CHN", "MIL", "TWN", ""),
        ),
        (
            "Nigeria's Department of State Services arrested the leader of the Indigenous People of Biafra.",
            date(2021, 6, 29),
            ("NGA", "SPY", "NGA", "REB"),
        ),
        (
            "The ICE arrested hundreds of Guatemalan migrants in Texas.",
            date(2025, 6, 2),
            ("USA", "COP", "GTM", "REF"),
        ),
    ],
)
def test_state_bodies_named_alone_are_their_state(text: str, published: date, side: tuple[str, str, str, str]) -> None:
    assert side in _sides(text, published)


@pytest.mark.parametrize(
    ("text", "published", "source"),
    [
        (
            "The Inter-American Commission on Human Rights condemned the arrests of opposition leaders in Venezuela.",
            date(2024, 8, 10),
            ("IGO", "IGO"),
        ),
        (
            "The Syrian Observatory for Human Rights condemned the Turkish air strikes on Afrin.",
            date(2018, 3, 20),
            ("SYR", "NGO"),
        ),
        (
            "The Anti-Corruption Foundation accused Russian officials of embezzling billions.",
            date(2021, 1, 20),
            ("RUS", "OPP"),
        ),
        ("The LDPR accused Ukraine of shelling Belgorod.", date(2023, 4, 10), ("RUS", "PTY")),
    ],
)
def test_parties_bodies_and_ngos_have_their_sector(text: str, published: date, source: tuple[str, str]) -> None:
    assert source in _sources(text, published)


def test_a_known_person_keeps_a_name_word_an_organisation_uses() -> None:
    """The North Korean "Lazarus Group" is known by its full name: Malawi's president stays himself."""
    text = "President Lazarus Chakwera accused the opposition of inciting violence."
    assert ("MWI", "GOV") in _sources(text, date(2022, 3, 2))
    hackers = "The Lazarus Group stole millions of dollars from a South Korean exchange."
    assert not any(country == "MWI" for country, _ in _sources(hackers, date(2022, 3, 2)))
