"""Namesakes and spellings of known people (session people16).

A known surname or alias after another first name is somebody else: "Sam Bennett" is
no Israeli prime minister and "Bushra Bibi" is not Netanyahu. The same surname after a
title, or after the person's own first name spelt another way, is still the known person.
"""

from __future__ import annotations

from datetime import date

from coded_events import coded


def _sources(text: str, published: date) -> set[str]:
    return {source for source, _, _ in coded(text, published=published)}


def test_another_first_name_before_a_known_surname_is_a_namesake() -> None:
    cases = [
        ("Sam Bennett accused the Irish government of neglecting rural hospitals.", date(2021, 9, 3), "ISR"),
        ("Bushra Bibi accused the Pakistani authorities of poisoning her food in prison.", date(2024, 4, 18), "ISR"),
        ("Laura Ortega criticised the Spanish government over the housing crisis.", date(2023, 5, 2), "NIC"),
        ("Frances Kerry accused the Irish government of ignoring flood victims.", date(2015, 2, 9), "USA"),
    ]
    for text, published, wrong in cases:
        assert wrong not in _sources(text, published), text


def test_a_title_before_the_surname_keeps_the_known_person() -> None:
    cases = [
        ("Mr Bennett accused Iran of arming Hezbollah.", date(2021, 9, 3), "ISR"),
        ("President Xi accused the United States of bullying smaller nations.", date(2023, 6, 2), "CHN"),
    ]
    for text, published, right in cases:
        assert right in _sources(text, published), text


def test_the_persons_own_first_name_in_another_spelling_is_still_the_person() -> None:
    cases = [
        ("Mahmud Abbas accused Israel of collective punishment in Gaza.", date(2023, 11, 2), "PSE"),
        ("Benyamin Netanyahu accused Iran of arming Hezbollah.", date(2023, 11, 2), "ISR"),
        ("Sergei Lavrov accused the United States of prolonging the war.", date(2023, 11, 2), "RUS"),
    ]
    for text, published, right in cases:
        assert right in _sources(text, published), text


def _dyads(text: str, published: date) -> set[tuple[str, str]]:
    return {(source, target) for source, target, _ in coded(text, published=published)}


def test_ministers_of_smaller_states_named_alone_are_known() -> None:
    """Defence and foreign ministers of European and Asian states the dictionary lacked before people16."""
    cases = [
        (
            "Hanno Pevkur accused Russia of jamming satellite navigation over the Baltic Sea.",
            date(2024, 5, 2),
            ("EST", "RUS"),
        ),
        ("Denys Monastyrsky accused Russia of shelling civilians in Kharkiv.", date(2022, 5, 2), ("UKR", "RUS")),
        (
            "Kajsa Ollongren condemned Russia for the attacks on Ukraine's power grid.",
            date(2023, 11, 2),
            ("NLD", "RUS"),
        ),
        (
            "Gordan Grlic Radman urged Serbia to respect the rights of the Croat minority.",
            date(2023, 3, 8),
            ("HRV", "SRB"),
        ),
        ("Pervez Khattak accused India of violating the ceasefire in Kashmir.", date(2020, 10, 5), ("PAK", "IND")),
    ]
    for text, published, dyad in cases:
        assert dyad in _dyads(text, published), text


def test_ministers_of_the_middle_east_and_north_africa_named_alone_are_known() -> None:
    cases = [
        ("Thabet al-Abbasi accused Turkey of violating Iraqi sovereignty.", date(2023, 7, 4), ("IRQ", "TUR")),
        ("Bassam Mawlawi accused Syria of failing to stop smugglers.", date(2023, 7, 4), ("LBN", "SYR")),
    ]
    for text, published, dyad in cases:
        assert dyad in _dyads(text, published), text
