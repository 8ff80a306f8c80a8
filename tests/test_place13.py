"""Event locations on unseen text, session 13 (docs/PLACES.md, "Session 13")."""

from __future__ import annotations

from datetime import date

from accord.api import code_text


def _places(text: str) -> dict[str, str]:
    """trigger -> location name of every event coded from ``text``."""
    return {e.trigger: (e.location or {}).get("name", "") for e in code_text(text, date=date(2024, 2, 11))}


def test_a_seat_of_power_is_in_its_capital() -> None:
    # Filed from a third country: the talks at the Kremlin are in Moscow, not Nairobi.
    places = _places(
        "NAIROBI (Reuters) - Kenya's president is on a tour of Europe and Asia. "
        "On Tuesday he was received by President Vladimir Putin at the Kremlin, where the two leaders "
        "discussed grain exports."
    )
    assert places["discussed"] == "Moscow"


def test_a_meeting_in_the_oval_office_under_a_foreign_dateline() -> None:
    places = _places(
        "SEOUL (AP) - South Korean President Lee Jae-myung met U.S. President Donald Trump "
        "in the Oval Office on Monday."
    )
    assert places["met"] == "Washington"
