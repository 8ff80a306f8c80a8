"""Branch loc16: acts a state does from its capital, told under a dateline abroad (docs/PLACES.md, "Loc16").

A mediator works from home, or hosts the talks in a city of its own that the article names; the
official who makes a phone call is at home, while the other party stays where the reporter is; an
order a leader gives is given at the seat of government.  Troops and peacekeepers who mediate do it
where they are deployed, and an ordered attack is still placed where it lands.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def located(text: str, code_prefix: str, source: str = "") -> list[tuple[str, str]]:
    """(location name, country) of each event whose CAMEO code starts with ``code_prefix`` (and whose
    source actor code starts with ``source``)."""
    events = code_text(text, date=date(2024, 5, 7))
    return [
        (str((e.location or {}).get("name")), str((e.location or {}).get("country")))
        for e in events
        if e.cameo.startswith(code_prefix) and e.source.code.startswith(source)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "BEIRUT (Reuters) - A ceasefire between Israel and Hamas, mediated by Qatar, took effect on Sunday morning.",
        "KABUL (Reuters) - The Taliban freed a British teacher on Tuesday in a deal mediated by Qatar, the British "
        "foreign office said.",
    ],
)
def test_a_mediator_mediates_from_its_capital(text: str) -> None:
    found = located(text, "045", "QAT")
    assert found and all(place == ("Doha", "QAT") for place in found)


def test_a_mediator_that_hosts_the_talks_at_a_named_city_is_there() -> None:
    text = (
        "BANGKOK (Reuters) - China mediated talks between Myanmar's military and the ethnic armed groups this week. "
        "The talks were held in the Chinese city of Kunming, a foreign ministry spokesperson said."
    )
    found = located(text, "045", "CHN")
    assert found and all(place == ("Kunming", "CHN") for place in found)


def test_peacekeepers_mediate_where_they_are_deployed() -> None:
    text = (
        "BAKU (Reuters) - Russian peacekeepers mediated a deal between Azerbaijan and Armenia on Sunday, the "
        "Armenian government said."
    )
    found = located(text, "045", "RUS")
    assert found and ("Moscow", "RUS") not in found


@pytest.mark.parametrize(
    ("text", "caller", "home", "other", "reporter"),
    [
        (
            "KYIV (Reuters) - German Chancellor Olaf Scholz spoke by phone with Ukrainian President Volodymyr "
            "Zelenskiy on Tuesday and promised more air defence systems.",
            "DEU",
            ("Berlin", "DEU"),
            "UKR",
            ("Kyiv", "UKR"),
        ),
        (
            "YEREVAN (Reuters) - U.S. Secretary of State Antony Blinken held a phone call with Armenian Prime "
            "Minister Nikol Pashinyan on Monday.",
            "USA",
            ("Washington", "USA"),
            "ARM",
            ("Yerevan", "ARM"),
        ),
    ],
)
def test_the_caller_of_a_phone_call_is_at_home(
    text: str, caller: str, home: tuple[str, str], other: str, reporter: tuple[str, str]
) -> None:
    assert located(text, "04", caller) == [home]
    assert located(text, "04", other) == [reporter]


def test_a_meeting_is_where_the_reporter_is() -> None:
    text = (
        "KYIV (Reuters) - German Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelenskiy on Tuesday "
        "and promised more air defence systems."
    )
    assert located(text, "04", "DEU") == [("Kyiv", "UKR")]


def test_a_leaders_order_is_given_at_the_seat_of_government() -> None:
    text = "SYDNEY (Reuters) - Papua New Guinea's prime minister ordered the arrest of the rioters on Thursday."
    assert located(text, "17", "PNG") == [("Port Moresby", "PNG")]


def test_an_ordered_attack_is_placed_where_it_lands() -> None:
    text = "WASHINGTON (Reuters) - Russian President Vladimir Putin ordered his troops to attack Ukraine on Thursday."
    found = located(text, "19", "RUS")
    assert found and all(country == "UKR" for _, country in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MOSCOW (Reuters) - Russian authorities released two U.S. citizens from prison on Thursday, their "
            "lawyers said.",
            ("Moscow", "RUS"),
        ),
        (
            "TEHRAN/WASHINGTON (Reuters) - Iranian authorities released five U.S. citizens on Monday under a "
            "prisoner deal.",
            ("Tehran", "IRN"),
        ),
    ],
)
def test_the_nationality_of_people_released_is_not_where_they_were_released(
    text: str, expected: tuple[str, str]
) -> None:
    assert located(text, "084") == [expected]
