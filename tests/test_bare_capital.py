"""A bare "the capital" is the capital of the state the event's sides belong to (session 13)."""

from __future__ import annotations

from datetime import date

from accord.api import code_text


def _places(text: str) -> dict[str, str]:
    """trigger -> location name of every event coded from ``text``."""
    return {e.trigger: (e.location or {}).get("name", "") for e in code_text(text, date=date(2024, 2, 11))}


def test_the_capital_is_not_the_city_named_last() -> None:
    places = _places(
        "NAIROBI - Police arrested dozens of opposition workers in Mombasa on Sunday. "
        "Police also detained 12 students in the capital, witnesses said."
    )
    assert places["arrested"] == "Mombasa"
    assert places["detained"] == "Nairobi"


def test_the_capital_of_the_sides_state_under_a_dateline_abroad() -> None:
    # Filed from Washington, which the story names: the capital is Georgia's, whose police act.
    places = _places(
        "WASHINGTON (AP) - The United States on Saturday suspended its strategic partnership with Georgia. "
        "Georgian police fired water cannon and tear gas in the capital overnight, the Interior Ministry said."
    )
    assert places["fired"] == "Tbilisi"
