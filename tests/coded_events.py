"""What the real coder makes of a text, in the shapes the rule tests compare (a helper, not a test)."""

from __future__ import annotations

from datetime import date

from accord.api import code_text

PUBLISHED = date(2024, 3, 2)


def coded(text: str, published: date = PUBLISHED) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO code) of each event in a text."""
    return {(e.source.country, e.target.country if e.target else "", e.cameo) for e in code_text(text, date=published)}


def coded_roots(text: str, published: date = PUBLISHED) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of each event in a text."""
    return {(s, t, code[:2]) for s, t, code in coded(text, published)}


def located(text: str, published: date = PUBLISHED) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(source country, target country, CAMEO root) -> (place name, place country) of each located event."""
    return {
        (e.source.country, e.target.country if e.target else "", e.cameo[:2]): (
            str(e.location["name"]),
            str(e.location["country"]),
        )
        for e in code_text(text, date=published)
        if e.location
    }
