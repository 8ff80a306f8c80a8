"""'The Foreign Office' is Britain's only where the story names Britain; Pakistan's press uses it too."""

from __future__ import annotations

from datetime import date

from coded_events import coded

WHEN = date(2025, 5, 1)


def test_foreign_office_in_an_islamabad_story_is_pakistan() -> None:
    text = (
        "ISLAMABAD - The Foreign Office condemned India's decision to hold the Indus Waters Treaty "
        "in abeyance, calling it an act of war against Pakistan."
    )
    found = coded(text, published=WHEN)
    assert ("PAK", "IND", "111") in found
    assert not any(source == "GBR" for source, _, _ in found)


def test_foreign_office_in_a_london_story_is_britain() -> None:
    text = (
        "LONDON - Britain has summoned the Russian ambassador. The Foreign Office condemned the "
        "detention of a British journalist in Moscow."
    )
    assert ("GBR", "RUS", "114") in coded(text, published=WHEN)


def test_a_named_owner_still_decides() -> None:
    text = "BERLIN - The German Foreign Office condemned the arrest of a Turkish journalist in Istanbul."
    assert any(source == "DEU" for source, _, _ in coded(text, published=WHEN))
