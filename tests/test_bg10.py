"""Background told as context ("has since", "two years after", "a group that has pledged") is not news."""

from __future__ import annotations

from datetime import date

from coded_events import coded

PUBLISHED = date(2024, 6, 27)


def roots(text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of each coded event."""
    return {(s, t, code[:2]) for s, t, code in coded(text, published=PUBLISHED)}


def test_has_since_is_background() -> None:
    text = "Canada cut ties with Iran in 2012. Ottawa has since imposed sanctions on dozens of Iranian officials."
    assert ("CAN", "IRN", "16") not in roots(text)


def test_has_since_dated_in_news_days_still_codes() -> None:
    text = "Canada has since imposed sanctions on dozens of Iranian officials on Tuesday."
    assert ("CAN", "IRN", "16") in roots(text)


def test_imposed_without_since_codes() -> None:
    text = "Canada has imposed sanctions on dozens of Iranian officials, the foreign ministry said on Tuesday."
    assert ("CAN", "IRN", "16") in roots(text)


def test_years_after_clause_is_background() -> None:
    text = (
        "Kenyan police officers arrived in Haiti on Tuesday, nearly two years after "
        "Ecuador first accused Peru of blocking the mission."
    )
    assert ("ECU", "PER", "11") not in roots(text)


def test_days_after_clause_stays_news() -> None:
    text = (
        "Kenyan police officers arrived in Haiti on Tuesday, days after Ecuador accused Peru of blocking the mission."
    )
    assert ("ECU", "PER", "11") in roots(text)


def test_present_perfect_relative_clause_is_background() -> None:
    text = (
        "Germany expelled two diplomats on Wednesday, deepening the strain between Germany and Russia, "
        "which have clashed over Ukraine."
    )
    found = roots(text)
    assert ("RUS", "DEU", "19") not in found
    assert ("DEU", "RUS", "19") not in found


def test_past_relative_clause_stays_news() -> None:
    text = "Police arrested the gunmen who attacked Russian soldiers in Tbilisi on Monday."
    assert any(code == "19" for _, _, code in roots(text))


def test_earlier_this_year_is_background() -> None:
    text = "Kinshasa accuses Rwanda of arming the rebels, who seized the Congolese town of Goma earlier this year."
    assert not any(code in {"18", "19"} for _, _, code in roots(text))
