"""Whether a dateline is a news bureau: the city the story is filed from, not where it happened.

Wire services file the news of a region from a few bureaux: Zimbabwe's election from JOHANNESBURG,
Pakistan's from DUBAI, Cambodia's from BANGKOK, the Sahel's from DAKAR.  A wire editor writing such a
dateline means "reported from here"; the events are elsewhere.  The sign of it in the text is that the
body never names the dateline city or its country (name, adjective, demonym or capital), outside the
credit lines that name the bureau again ("Reporting by Dubai newsroom", "By AP staff in Cairo").  A
dateline the body names ("talks in Ankara", "the Turkmen capital") is a scene and keeps its events.

One regular-expression search of the article's text per article (docs/PLACES.md, "Loc14").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["country_words", "is_bureau", "is_credit", "named_only_in_credits"]

# Credit paragraphs: who reported the story from where, not what happened there.
_CREDIT = re.compile(
    r"^\s*(?:(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|compiled\s+by|by\s+(?:the\s+)?"
    r"(?:associated\s+press|ap|afp|reuters)\b|by\s+[^.]{0,80}\b(?:staff|writers?|correspondents?)\b)"
    r"|contributed\s+(?:to\s+)?(?:this\s+)?report|\bnewsroom\b",
    re.IGNORECASE,
)


# Credit lines are short and report nothing: "By contrast, embassy staff in Dakar said ..." is news.
_MAX_CREDIT_CHARS = 160
_REPORTED = re.compile(r"\b(?:said|says|told|added)\b")


def is_credit(paragraph: str) -> bool:
    """Whether a paragraph is a credit line ("Reporting by Dubai newsroom; Editing by ...")."""
    if len(paragraph) > _MAX_CREDIT_CHARS or _REPORTED.search(paragraph):
        return False
    return _CREDIT.search(paragraph) is not None


@lru_cache(maxsize=1)
def _words_by_country() -> dict[str, tuple[str, ...]]:
    """ISO3 -> the country's names, adjectives, demonyms, capitals and seats of power ("White House",
    "Downing Street"), from countries.jsonl."""
    text = resources.files("accord").joinpath("data/countries.jsonl").read_text(encoding="utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        fields = ("names", "adjectives", "demonyms", "capitals", "metonyms")
        words = {record["name"], *(w for f in fields for w in record.get(f, []))}
        table[record["iso3"]] = tuple(sorted(w for w in words if len(w) > 2))
    return table


def country_words(iso3: str) -> tuple[str, ...]:
    """The words that name a country in running text: "Senegal", "Senegalese", "Dakar"."""
    return _words_by_country().get(iso3, ())


def is_bureau(text: str, names: tuple[str, ...], country: str) -> bool:
    """Whether a dateline (its city ``names`` and ISO3 ``country``) is never named in the body
    outside credit paragraphs: the story is only filed from there."""
    pattern = _naming(names, country)
    if pattern is None:
        return False
    body = "\n".join(p for p in text.split("\n") if p.strip() and not is_credit(p))
    return pattern.search(body) is None


def named_only_in_credits(text: str, names: tuple[str, ...], country: str) -> bool:
    """Whether the dateline's city or country is named in the text, but only in credit lines
    ("Writing by the Nairobi bureau"): a bureau that an actor resolver would otherwise take for a
    state the story names."""
    pattern = _naming(names, country)
    if pattern is None or not is_bureau(text, names, country):
        return False
    return any(is_credit(p) and pattern.search(p) for p in text.split("\n"))


def _naming(names: tuple[str, ...], country: str) -> re.Pattern[str] | None:
    """One pattern for the words that name a dateline's city or country, or None."""
    words = {n for n in names if len(n) > 2} | set(country_words(country))
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")
