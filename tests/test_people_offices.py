"""Dated offices of the long tail (session offices, issue 3).

Ministers, army chiefs, opposition leaders and UN envoys of smaller states that
`people.jsonl` lacked before `bench/people_coverage.py` compared it with a broad list of
office holders 2015-2026. Named alone, with no state in the sentence, they are known by the
office they held on the article date; before that office they are nobody the dictionary
knows, and a second office gives its own sector.
"""

from __future__ import annotations

from datetime import date

from coded_events import coded

from accord.api import code_text


def _dyads(text: str, published: date) -> set[tuple[str, str]]:
    return {(source, target) for source, target, _ in coded(text, published=published)}


def test_ministers_of_smaller_states_named_alone_are_known() -> None:
    cases = [
        (
            "Lejeune Mbella Mbella accused Nigeria of failing to stop separatist fighters crossing the border.",
            date(2019, 5, 2),
            ("CMR", "NGA"),
        ),
        (
            "Jean-Claude Gakosso accused France of meddling in the presidential election.",
            date(2021, 3, 10),
            ("COG", "FRA"),
        ),
        ("Aleksandar Vulin accused Croatia of stoking hatred against Serbs.", date(2019, 6, 1), ("SRB", "HRV")),
        ("Claudia Blum accused Venezuela of sheltering ELN commanders.", date(2020, 8, 1), ("COL", "VEN")),
        ("Maya Fernández accused Bolivia of violating Chilean airspace.", date(2023, 3, 1), ("CHL", "BOL")),
        ("Mehbooba Mufti urged Pakistan to stop supporting militants.", date(2017, 5, 1), ("IND", "PAK")),
    ]
    for text, published, dyad in cases:
        assert dyad in _dyads(text, published), text


def test_the_ascii_spelling_of_a_name_is_known_too() -> None:
    """News copy drops diacritics: "Bisera Turkovic" is Bosnia's foreign minister as "Turković" is."""
    for name in ("Bisera Turković", "Bisera Turkovic"):
        text = f"{name} urged Russia to respect the Dayton peace agreement."
        assert ("BIH", "RUS") in _dyads(text, date(2021, 4, 2)), text


def test_an_envoy_of_the_un_is_igo() -> None:
    assert ("IGO", "EGY") in _dyads("Martin Kobler urged Egypt to support the unity government.", date(2016, 3, 1))


def test_before_the_office_begins_the_person_holds_no_office() -> None:
    """Jonvic Remulla became the Philippines' interior secretary in October 2024: a Filipino
    (the state of his first role) with no office before that, GOV after."""
    text = "Jonvic Remulla accused China of running spy networks."
    sources = {
        published: {(e.source.country, e.source.sector) for e in code_text(text, date=published)}
        for published in (date(2020, 3, 1), date(2025, 3, 1))
    }
    assert sources[date(2025, 3, 1)] == {("PHL", "GOV")}
    assert sources[date(2020, 3, 1)] == {("PHL", "")}


def test_a_later_office_gives_its_own_sector() -> None:
    """Vulin was Serbia's defence minister in 2019 and its intelligence chief in 2023."""
    text = "Aleksandar Vulin met Russian Foreign Minister Sergei Lavrov in Moscow."
    sectors = {
        published: {e.source.sector for e in code_text(text, date=published) if e.source.country == "SRB"}
        for published in (date(2019, 6, 1), date(2023, 3, 1))
    }
    assert sectors[date(2019, 6, 1)] == {"GOV"}
    assert sectors[date(2023, 3, 1)] == {"SPY"}
