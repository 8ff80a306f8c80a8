"""Relative date resolution against the publication date."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from accord.stages.dates import resolve_expression

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
weekdays = st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])


@given(days, weekdays)
def test_weekday_is_on_or_before_publication_within_a_week(published: date, weekday: str) -> None:
    resolved = resolve_expression(weekday, published)
    assert resolved is not None
    assert published - timedelta(days=6) <= resolved.date <= published
    assert resolved.date.strftime("%A") == weekday and not resolved.is_background


@given(days)
def test_yesterday_and_today(published: date) -> None:
    assert resolve_expression("yesterday", published).date == published - timedelta(days=1)  # type: ignore[union-attr]
    assert resolve_expression("today", published).date == published  # type: ignore[union-attr]


def test_calendar_dates_and_background() -> None:
    published = date(2022, 6, 10)
    assert resolve_expression("June 8", published).date == date(2022, 6, 8)  # type: ignore[union-attr]
    assert resolve_expression("8 June", published).date == date(2022, 6, 8)  # type: ignore[union-attr]
    december = resolve_expression("December 30", published)
    assert december is not None and december.date == date(2021, 12, 30) and december.is_background
    assert resolve_expression("in 2021", published).is_background  # type: ignore[union-attr]
    assert resolve_expression("three years ago", published).is_background  # type: ignore[union-attr]
    assert resolve_expression("last week", published) is None
