"""Sides that news names by a family name written first or by a half of Korea (session 12)."""

from __future__ import annotations

from datetime import date

from accord.api import code_text


def _dyads(text: str, when: date = date(2024, 3, 4)) -> set[tuple[str, str, str]]:
    return {(e.source.country, e.target.country if e.target else "", e.cameo[:2]) for e in code_text(text, date=when)}


def test_a_family_name_written_first_names_the_speaker_later() -> None:
    text = (
        "Chinese foreign ministry spokesman Feng Haoran accused Japan of violating the agreement. "
        '"We firmly demand that Japan withdraw its coast guard vessels," Feng said.'
    )
    assert ("CHN", "JPN", "10") in _dyads(text)


def test_a_family_name_that_begins_another_name_is_another_person() -> None:
    text = (
        "Chinese foreign ministry spokesman Feng Haoran accused Japan of violating the agreement. "
        "Feng Karimov, a Kazakh trader, said Japan must pay compensation."
    )
    assert ("CHN", "JPN", "10") not in _dyads(text)


def test_the_north_in_a_korean_story_is_north_korea() -> None:
    text = (
        "South Korea's defence ministry said on Tuesday it had detected a ballistic missile launch. "
        "Seoul accused the North of violating United Nations resolutions."
    )
    assert ("KOR", "PRK", "11") in _dyads(text)


def test_the_north_of_another_story_is_no_state() -> None:
    text = (
        "Nigeria's army said on Tuesday that gunmen had killed 20 villagers. "
        "The governor accused the North of ignoring the attacks."
    )
    assert not any(target == "PRK" for _, target, _ in _dyads(text))
