"""Named entities from accord's own dictionaries and date patterns, in place of the statistical NER.

en_core_web_sm's NER carries its own embedding layer and costs as much as the tagger and the
parser together (profiled: 43% of a full ``nlp.pipe``).  accord reads only a few of its labels,
and for things its dictionaries already know:

- ``DATE``: date expressions (weekdays, calendar dates, years, "last week", "two days ago"),
  found by token patterns: what :mod:`accord.stages.dates` resolves;
- ``GPE``: runs of proper nouns that are a country or a place of the gazetteer, and
  country names, capitals and seats of power of the actor dictionary;
- ``NORP``: nationality adjectives and demonyms of the actor dictionary;
- ``ORG``: organisations of the actor dictionary;
- ``PERSON``: people of the actor dictionary, and runs of proper nouns that follow a title
  ("Foreign Minister Dmytro Kuleba") or are two or more capitalised names that are no place,
  organisation or nationality; a surname alone once the article has named its bearer.

The component is used with ``Coder(entities="rules")`` (``accord code --entities rules``); the
statistical NER stays the default.  docs/PERFORMANCE.md gives the speed and the accuracy of both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from spacy.attrs import POS
from spacy.language import Language
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from accord.stages.dates import MONTHS, WEEKDAYS
from accord.stages.lexicon import ADJECTIVE, CAPITAL, COUNTRY, DEMONYM, METONYM, ORG, PERSON, ActorLexicon
from accord.stages.parse import text_of
from accord.stages.places import Gazetteer

_WEEKDAYS = WEEKDAYS
# "May" is handled apart: as a month only next to a day or a year (it is also a modal verb).
_MONTHS = [name for name in MONTHS if name != "may"]
_PARTS_OF_DAY = ["morning", "afternoon", "evening", "night"]
_PERIODS = ["week", "month", "year", "weekend", "decade", "spring", "summer", "autumn", "fall", "winter"]
_COUNTS = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few"]
_TITLES = {
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "sir",
    "president",
    "minister",
    "prime",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "general",
    "gen.",
    "gen",
    "lt.",
    "col.",
    "colonel",
    "major",
    "admiral",
    "captain",
    "sheikh",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sultan",
    "pope",
    "cardinal",
    "bishop",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "governor",
    "gov.",
    "mayor",
    "chancellor",
    "premier",
    "secretary",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "chief",
    "judge",
    "justice",
    "leader",
    "chairman",
    "chairwoman",
    "director",
    "deputy",
    "vice",
    "state",
    "opposition",
    "speaker",
}
_MAX_CHAIN = 8
_PLACE_KINDS = {
    "state",
    "province",
    "region",
    "district",
    "county",
    "city",
    "governorate",
    "oblast",
    "prefecture",
    "island",
    "islands",
    "valley",
    "strip",
    "bank",
}
_ORG_KINDS = {
    "court",
    "party",
    "council",
    "ministry",
    "army",
    "police",
    "bank",
    "university",
    "company",
    "corporation",
    "group",
    "front",
    "movement",
    "union",
    "assembly",
    "committee",
    "commission",
    "agency",
    "forces",
    "force",
    "guard",
    "parliament",
    "congress",
    "senate",
    "department",
    "office",
    "institute",
    "foundation",
    "organization",
    "organisation",
    "association",
    "federation",
    "alliance",
    "coalition",
    "brigade",
    "brigades",
    "battalion",
    "militia",
    "news",
    "times",
    "post",
    "tribunal",
}
_FACILITIES = {
    "house",
    "palace",
    "hall",
    "square",
    "street",
    "building",
    "tower",
    "airport",
    "port",
    "base",
    "bridge",
    "dam",
    "hospital",
    "university",
    "school",
    "mosque",
    "church",
    "cathedral",
    "stadium",
    "hotel",
    "prison",
    "embassy",
    "station",
    "camp",
    "center",
    "centre",
    "plant",
    "crossing",
}


def _date_regex() -> re.Pattern[str]:
    """One regular expression for the date expressions that :mod:`accord.stages.dates` resolves.

    A regular expression over the text, not a token Matcher: with optional tokens and many
    alternatives the Matcher cost more than the rest of the component.  Alternatives are
    ordered longest first; "May" is a month only next to a day or a year, or after "in"/"since".
    Every alternative starts with a word character, so matching is tried only at word starts
    (a look-behind for no word character and a look-ahead for one, the same as a word boundary
    there): that halves the time of a plain word boundary, which also stops at every word's end.
    """
    weekday = "(?:" + "|".join(_WEEKDAYS) + ")"
    month_not_may = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
    month = f"(?:{month_not_may}|(?-i:May))"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:1[89]|20)\d\d"
    modifier = r"(?:last|next|this|early|late|earlier|later|mid-?)"
    periods = "(?:" + "|".join(_PERIODS) + ")"
    parts = "(?:" + "|".join(_PARTS_OF_DAY) + ")"
    counts = r"(?:\d+|" + "|".join(_COUNTS) + ")"
    units = r"(?:day|week|month|year|decade)s?"
    alternatives = [
        r"the day before yesterday",
        rf"{month}\s+{day}(?:,?\s+{year})?",
        rf"{day}\s+{month}(?:,?\s+{year})?",
        rf"(?:{modifier}\s+)?{weekday}(?:\s+{parts})?",
        rf"(?:{modifier}\s*)?{month_not_may}(?:,?\s+{year})?",
        rf"(?-i:May),?\s+{year}",
        rf"{_PREPOSITIONS}\s+(?:(?:early|late|mid)\s+)?(?-i:May)(?:,?\s+{year})?",
        r"the\s+(?:(?:early|late|mid)-?\s*)?(?:1[89]|20)\d0s",
        r"(?:the\s+)?(?:first|second)\s+world\s+war|world\s+war\s+(?:one|two|ii|i|1|2)|the\s+cold\s+war",
        rf"(?:earlier|later)\s+this\s+{periods}",
        rf"(?:last|this|next|past|previous|coming)\s+{periods}",
        rf"(?:last|this)\s+{parts}",
        rf"{counts}\s+{units}\s+ago",
        r"an?\s+(?:year|month|week|day)\s+(?:ago|earlier)",
        r"yesterday|today|tonight|overnight",
        year,
    ]
    return re.compile(r"(?<!\w)(?=\w)(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


_LEADING = {"in", "since", "until", "by", "from", "before", "after", "during"}
_PREPOSITIONS = "(?:" + "|".join(sorted(_LEADING)) + ")"
_DATES = _date_regex()


class RuleEntities:
    """Sets ``doc.ents`` from date patterns, the actor dictionary and the gazetteer."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.actors: ActorLexicon | None = None
        self.gaz: Gazetteer | None = None

    def configure(self, actors: ActorLexicon, gaz: Gazetteer) -> RuleEntities:
        """Give the component the dictionaries it reads (they are loaded by the Coder)."""
        self.actors, self.gaz = actors, gaz
        return self

    def __call__(self, doc: Doc) -> Doc:
        """Replace the Doc's entities with the rule-based ones."""
        spans = self._dates(doc)
        kinds = self._dictionary(doc)
        spans += [Span(doc, start, end, label=label) for (start, end), label in kinds.items() if label]
        spans += self._places_around(doc, kinds)
        taken = {i for span in spans for i in range(span.start, span.end)}
        spans += self._chains(doc, taken, kinds)
        doc.set_ents(filter_spans(spans), default="outside")
        return doc

    def _dates(self, doc: Doc) -> list[Span]:
        found = []
        for match in _DATES.finditer(text_of(doc)):
            span = doc.char_span(match.start(), match.end(), label="DATE", alignment_mode="contract")
            if span is None or not len(span):
                continue
            if len(span) == 1 and span[0].text.isdigit() and not _is_date_year(span[0]):
                continue
            if span[0].lower_ in _LEADING:
                span = Span(doc, span.start + 1, span.end, label="DATE")  # "in May": the month only
            found.append(span)
        return filter_spans(found)

    def _dictionary(self, doc: Doc) -> dict[tuple[int, int], str]:
        """Dictionary phrases by token range: their entity label, or '' for role words."""
        kinds: dict[tuple[int, int], str] = {}
        if self.actors is None:
            return kinds
        for start, end, entries in self.actors.find(doc):
            kinds[(start, end)] = _label_of({e.kind for e in entries})
        return kinds

    def _chains(self, doc: Doc, taken: set[int], kinds: dict[tuple[int, int], str]) -> list[Span]:
        """Places and people among the runs of proper nouns that no dictionary phrase covers."""
        titled = {i for (start, end), label in kinds.items() if not label for i in range(start, end)}
        spans: list[Span] = []
        surnames: set[str] = set()
        for chain in _proper_runs(doc, taken):
            if chain[-1].lower_ in _FACILITIES:
                # "the White House" is a building (and an alternate name of Casablanca): as the NER
                # would, call it a facility, which places only by its exact name.
                spans.append(Span(doc, chain.start, chain.end, label="FAC"))
                continue
            named = _named_by_kind(chain)
            if named is not None:
                spans.append(named)
                continue
            place = self._place(chain, titled)
            if place is not None:
                spans.append(place)
                continue
            person = _person(chain, titled, surnames)
            if person is not None:
                spans.append(person)
                surnames.add(person[-1].text)
        return spans

    def _places_around(self, doc: Doc, kinds: dict[tuple[int, int], str]) -> list[Span]:
        """A place whose name contains a dictionary country or nationality: "Taiwan Strait", "Gaza
        City", "Persian Gulf" (the longer span wins over "Taiwan" in ``filter_spans``)."""
        if self.gaz is None:
            return []
        found = []
        for (start, end), label in kinds.items():
            if label not in {"GPE", "NORP"}:
                continue
            while start > 0 and _is_capital_propn(doc[start - 1]):
                start -= 1
            while end < len(doc) and _is_capital_propn(doc[end]):
                end += 1
            for size in range(end - start, 1, -1):
                span = next((s for s in _windows(doc, start, end, size) if self._is_region(s.text)), None)
                if span is not None:
                    found.append(Span(doc, span.start, span.end, label="GPE"))
                    break
        return found

    def _is_region(self, name: str) -> bool:
        places = self.gaz.lookup(name) if self.gaz is not None else []
        return any(p.is_exact and p.precision != "country" for p in places)

    def _place(self, chain: Span, titled: set[int]) -> Span | None:
        """The run, or its part before a role word ("Kyiv Mayor ..."), when the gazetteer knows it."""
        if self.gaz is None:
            return None
        longer = _across_particle(chain)
        if longer is not None and any(p.is_exact for p in self.gaz.lookup(longer.text)):
            return Span(chain.doc, longer.start, longer.end, label="GPE")  # not "Dar", a Cambodian village
        owned = _after_possessive(chain)
        if owned is not None and any(p.is_exact for p in self.gaz.lookup(owned.text)):
            return Span(chain.doc, owned.start, owned.end, label="GPE")  # not "Bazar", a Kyrgyz town
        ends = [chain.end] + [t.i for t in chain[1:] if t.i in titled]
        for end in ends:
            span = chain.doc[chain.start : end]
            places = self.gaz.lookup(span.text)
            if places and (len(span) > 1 or any(p.is_exact or p.precision != "city" for p in places)):
                return Span(chain.doc, span.start, span.end, label="GPE")
        return None


# Lower-case words inside place names: "Dar es Salaam", "Bandar-e Abbas", "Ras al Ain", "Rio do Sul".
_PARTICLES = {"es", "e", "de", "del", "da", "do", "dos", "das", "al", "el", "ad", "as", "ash", "ar", "la", "le"}
_POSSESSIVES = {"'s", "\u2019s"}
_PARTICLES |= {"les", "du", "des", "di", "sur", "am", "an", "upon", "ol", "ul", "ur", "en"}


def _across_particle(chain: Span) -> Span | None:
    """The run continued over a lower-case particle and the capitalised names after it ("Dar" ->
    "Dar es Salaam"), which break a run of capitalised proper nouns; None where none follows."""
    doc = chain.doc
    end = chain.end
    if end + 1 >= len(doc) or doc[end].lower_ not in _PARTICLES or doc[end].text != doc[end].lower_:
        return None
    end += 1
    while end < len(doc) and end - chain.start < _MAX_CHAIN and _is_capital_propn(doc[end]):
        end += 1
    return doc[chain.start : end] if end > chain.end + 1 else None


def _after_possessive(chain: Span) -> Span | None:
    """The run with the name and possessive before it ("Bazar" -> "Cox's Bazar", "Martha's
    Vineyard"): the parser splits such a place name at its "'s", leaving its last word alone to
    match some other place; None where no capitalised name and "'s" precede the run."""
    doc = chain.doc
    start = chain.start
    if start < 2 or doc[start - 1].lower_ not in _POSSESSIVES or not _is_capital_propn(doc[start - 2]):
        return None
    return doc[start - 2 : chain.end]


def _is_capital_propn(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _windows(doc: Doc, start: int, end: int, size: int) -> Iterable[Span]:
    """Every span of ``size`` tokens inside ``doc[start:end]``."""
    return (doc[i : i + size] for i in range(start, end - size + 1))


def _is_date_year(token: Token) -> bool:
    """A bare year is a date after a preposition or as a modifier ("in 2014", "the 2014 war")."""
    return token.dep_ in {"pobj", "nummod", "compound", "npadvmod", "appos", "conj"} or token.head.pos_ == "ADP"


def _label_of(kinds: set[str]) -> str:
    if PERSON in kinds:
        return "PERSON"
    if ORG in kinds:
        return "ORG"
    if kinds & {COUNTRY, CAPITAL}:
        return "GPE"
    if METONYM in kinds:
        return "ORG"  # "the Kremlin", "the White House": seats of power, not places to geocode
    if kinds & {ADJECTIVE, DEMONYM}:
        return "NORP"
    return ""


def _proper_runs(doc: Doc, taken: set[int]) -> Iterable[Span]:
    """Maximal runs of capitalised proper nouns outside the tokens already labelled.

    The POS column is read as one array: only proper nouns are visited in Python.
    """
    start = end = -1
    for index in np.flatnonzero(doc.to_array([POS]) == PROPN).tolist():
        if index in taken or not doc[index].text[:1].isupper():
            continue
        if index != end:
            if start >= 0:
                yield doc[start : min(end, start + _MAX_CHAIN)]
            start = index
        end = index + 1
    if start >= 0:
        yield doc[start : min(end, start + _MAX_CHAIN)]


def _named_by_kind(chain: Span) -> Span | None:
    """A name that says what it is: "Kano State", "Helmand Province" (GPE), "Madras High Court",
    "National Unity Party" (ORG), never a person's name."""
    words = {t.lower_ for t in chain}
    if chain[-1].lower_ in _PLACE_KINDS:
        return Span(chain.doc, chain.start, chain.end, label="GPE")
    if words & _ORG_KINDS:
        return Span(chain.doc, chain.start, chain.end, label="ORG")
    return None


def _person(chain: Span, titled: set[int], surnames: set[str]) -> Span | None:
    """A person's name: after a title, two or more names, or a surname the article already gave."""
    doc = chain.doc
    start = chain.start
    while start < chain.end and (doc[start].lower_ in _TITLES or doc[start].i in titled):
        start += 1
    names = doc[start : chain.end]
    if not len(names) or not all(t.is_alpha or "-" in t.text or "." in t.text for t in names):
        return None
    after_title = start > chain.start or (chain.start > 0 and doc[chain.start - 1].i in titled)
    if len(names) >= 2 or after_title or names.text in surnames:
        return Span(doc, names.start, names.end, label="PERSON")
    return None


@Language.factory("accord_entities")
def make_rule_entities(nlp: Language, name: str) -> RuleEntities:
    """An unconfigured component; the Coder calls :meth:`RuleEntities.configure`."""
    return RuleEntities(nlp.vocab)


def use_rule_entities(nlp: Language, actors: ActorLexicon, gaz: Gazetteer) -> None:
    """Put the rule-based entities where the statistical NER was (which is then not run)."""
    if "accord_entities" in nlp.pipe_names:
        component = nlp.get_pipe("accord_entities")
    elif "ner" in nlp.pipe_names:
        component = nlp.replace_pipe("ner", "accord_entities")
    else:
        component = nlp.add_pipe("accord_entities")
    if isinstance(component, RuleEntities):
        component.configure(actors, gaz)
