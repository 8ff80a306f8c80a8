"""Clean scraped article bodies: datelines, noise lines and glued sentences.

Scraped news pages carry furniture that confuses a parser: a dateline glued to
the first sentence ("MOSCOW (Sputnik) - Russian President ..."), photo credits,
share buttons, "Read more" links, and sentences glued at the period
("trafficking.Both").  These rules are conservative: a line is dropped only when
the whole line is furniture, so that no reported fact is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "MOSCOW (Sputnik) - ", "SEOUL - ", "KYIV, Ukraine (AP) — ", "GAZA CITY, Palestinian Territories: "
_DATELINE_DASH = re.compile(
    r"""^(?P<place>[A-Z][A-Z'’.\- ]{1,40}?)(?P<others>(?:/[A-Z][A-Z'’.\- ]{1,30}?)*)  # place(s) in capitals
        (?:,\s*(?P<region>[A-Z][A-Za-z.'’\- ]{1,40}?))?  # optional region or country
        (?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?          # optional 'June 10'
        \s*(?:\((?P<agency>[^()]{1,40})\))?\s*            # optional (Agency)
        (?:[-–—:]+)\s+""",
    re.VERBOSE,
)
# "MARRAKECH, Morocco" alone on the line above the first sentence.  The region, in ordinary case,
# is required: a lone word in capitals is more often a label ("EXCLUSIVE") than a place, and a
# headline in capitals ("TRUMP, PUTIN TO MEET") is no dateline.
_DATELINE_LINE = re.compile(r"^(?P<place>[A-Z][A-Z'’.\- ]{2,40}?),\s*[A-Z][A-Za-z.'’\- ]*[a-z][A-Za-z.'’\- ]*\s*$")
# "ASHGABAT, October 2. /TASS/. "
_DATELINE_TASS = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'’.\- ]{1,40}?),\s*(?P<day>[A-Z][a-z]+\s+\d{1,2})\.\s*"
    r"/(?P<agency>[A-Za-z\- ]{2,20})/\.?\s+"
)
# "N'Djamena (AFP) - ", "Kabul (AFP) - ": some wires print the place in ordinary case; the agency in
# parentheses, one of the wires, is what makes it a dateline and not a sentence's first name.
_DATELINE_AGENCY = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'’.\- ]{1,30}?)\s*\((?P<agency>AFP|AP|Reuters|dpa|Xinhua|EFE|ANSA|UPI|AA|IANS|PTI)\)"
    r"\s*[-–—:]+\s+"
)
# State agencies print the place in ordinary case with the date, the agency after it and a double dash:
# "Riyadh, September 21, 2022, SPA -- ", "Kuala Lumpur, April 1 (Bernama) -- ", "Abu Dhabi, 5th May,
# 2025 (WAM) -- ".  The date is required: it is what tells such a line from a sentence opening on a
# place ("Riyadh, the capital, ...").
_DAY_MONTH = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s*\d{4})?"
)
_DATELINE_STATE_AGENCY = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'’.\- ]{1,30}?),\s*"
    + _DAY_MONTH
    + r"\s*(?:,\s*(?P<agency>[A-Z]{2,8})|\((?P<bracketed>[A-Za-z ]{2,20})\))\s*[-–—]+\s+"
)
_GLUED = re.compile(r"(?<=[a-z]{2}|\d[a-z%])([.!?][\"”’)]?)(?=[A-Z][a-z])|(?<=\d)([.!?])(?=[A-Z][a-z])")
_TRUNCATED_LEAD = re.compile(r"(?:\.\.\.|…)\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*$")
# A name in capitals, as agencies print their authors: "HYUNG-JIN KIM".
_CAPS_NAME = r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}"
# An author's name as bylines print it, in capitals or not: "Park Min-jae", "KIM TONG-HYUNG".
# Not a weekday: "By Friday and Saturday" is a fragment of reporting, not two authors.
_AUTHOR = r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){0,3}"
# The wire or paper named after the authors of a byline.
_AGENCY = (
    r"(?:the )?(?:associated press|reuters|ap|afp|agence france-presse|bloomberg|dpa|xinhua|efe|ansa|upi|tass"
    r"|anadolu(?: agency)?)"
)
_NOISE_PATTERNS = [
    r"(?:photo|image|picture|video|credit|caption|file photo)s?\s*(?:[:|©-].*)?",
    r"©.*",
    r".*\b(?:getty images|afp photo|reuters/[A-Za-z ]+|ap photo/[A-Za-z. ]+)\b.*",
    r"read (?:more|also|next)\b.*",
    r"see also\s*:.*",
    r"related(?: articles| stories| coverage)?\s*:?.*",
    r"\d+\s*min(?:ute)?s?\s*read",
    r"(?:share|share this(?: article| story)?|tweet|email|print|copy link|comments?)(?:\s*[|/·,]\s*\w+)*",
    r"(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|vk)\s*[|/·,]?\s*){2,}",
    r"(?:follow|subscribe to|join) (?:us|our)\b.{0,60}",
    r"advertisement|sponsored(?: content)?|click here.*|sign up for.*newsletter.*",
    r"(?:updated|published|last updated|posted|issued)\s*:?.{0,40}\d{4}.{0,20}",
    # a numeric date line: "28.01.2025", "15/08/2022 - 16:12"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s*[-–,]?\s*\d{1,2}[:.]\d{2})?",
    # a date line on its own: "October 29, 2025", "Wed 29 Oct 2025 10.15 GMT"
    r"(?:[a-z]{3,9}day|mon|tue|wed|thu|fri|sat|sun)?,?\s*(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)"
    r"\s+\d{4}(?:[, ]+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?",
    # a byline, with the date some sites put after it: "By Staff Writer | January 15, 2024", and AP's
    # several authors in capitals: "By KIM TONG-HYUNG and HYUNG-JIN KIM" (kept, it hid the dateline after it)
    r"by [A-Z][a-z]+(?: [A-Z][a-z.]+){0,3}(?:,? (?:reuters|ap|afp|staff writer))?(?:\s*[|·•]\s*[^|]{0,40}\d{4})?",
    rf"by (?-i:{_CAPS_NAME}(?:(?:,| and|, and) {_CAPS_NAME}){{1,3}})",
    # several authors in any case, with the agency after them: "By DANIEL OKAFOR and MARIA LEWIS
    # Associated Press", "By Joseph Krauss and Majdi Mohammed", "By Jim Gomez, The Associated Press".
    # Kept, the line was the first paragraph, and the dateline after it stayed in the lead sentence.
    rf"by (?-i:{_AUTHOR}(?:(?:,| and|, and| &) {_AUTHOR}){{0,3}})(?:,? {_AGENCY})?",
]
_NOISE = re.compile(r"^\s*(?:" + "|".join(_NOISE_PATTERNS) + r")\s*$", re.IGNORECASE)
_MAX_NOISE_CHARS = 120


@dataclass(slots=True, frozen=True)
class Dateline:
    """A dateline found at the start of a body: the place and the agency."""

    place: str
    agency: str | None
    length: int
    # "WASHINGTON/BOGOTA": the story was reported from both; the first is ``place``.
    others: tuple[str, ...] = ()
    # "WINDSOR, England", "SANTA CLARA, Calif.": the state or region the place is in, as printed.
    region: str | None = None


def find_dateline(paragraph: str) -> Dateline | None:
    """Recognise a dateline at the start of a paragraph.

    Capitals are required for the dash form so that an ordinary sentence
    starting with a name ("Moscow - which ...") is not taken for one.
    """
    match = _DATELINE_TASS.match(paragraph) or (_DATELINE_LINE.match(paragraph) if len(paragraph) <= 80 else None)
    state = _DATELINE_STATE_AGENCY.match(paragraph) if match is None else None
    if state is not None:
        agency = state.group("agency") or state.group("bracketed")
        return Dateline(_title_place(state.group("place")), agency, state.end(), (), None)
    if match is None:
        match = _DATELINE_DASH.match(paragraph)
        if match is None or not _is_caps_place(match.group("place")):
            match = _DATELINE_AGENCY.match(paragraph)
        if match is None:
            return None
    agency = match.groupdict().get("agency")
    others = tuple(_title_place(p) for p in (match.groupdict().get("others") or "").split("/") if p.strip())
    region = (match.groupdict().get("region") or "").strip() or None
    return Dateline(_title_place(match.group("place")), agency, match.end(), others, region)


def _is_caps_place(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _title_place(place: str) -> str:
    """'GAZA CITY' -> 'Gaza City'; keeps 'Kyiv' as it is."""
    place = place.strip(" ,.-")
    if place.isupper():
        return " ".join("-".join(part.capitalize() for part in word.split("-")) for word in place.split())
    return place


def truncated_lead(line: str) -> str | None:
    """The text of a lead a page cut short before its date ("... signed a declaration on strengthening
    the strategic... 10.06.2022"), ending in an ellipsis, or None for any other line.

    Why: such a teaser is often the only place the page tells its main event (the specimen's
    "Putin and his Turkmen counterpart ... signed a declaration" is nowhere else in its body), so
    the caller keeps it unless the body repeats it."""
    found = _TRUNCATED_LEAD.search(line.strip())
    if found is None:
        return None
    text = line.strip()[: found.start()].rstrip()
    return text + "..." if text else None


def is_noise_line(line: str) -> bool:
    """True when a whole line is page furniture rather than reporting."""
    stripped = line.strip()
    if not stripped:
        return True
    return len(stripped) <= _MAX_NOISE_CHARS and _NOISE.match(stripped) is not None


def unglue_sentences(text: str) -> str:
    """Insert the missing space in 'year.At' so that the sentence splitter sees two sentences.

    Requires two lower-case letters (or a digit) before the period, so that
    abbreviations such as "U.S.A" or "Mr.Smith" stay as they are.
    """
    return _GLUED.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)


def normalise_whitespace(line: str) -> str:
    """Collapse runs of spaces and tabs, drop non-breaking and zero-width spaces."""
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"[ \t]+", " ", line).strip()
