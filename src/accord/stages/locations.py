"""Stage ``locations``: where each event happened, from its sentence or the dateline.

The order of evidence (docs/PLACES.md):

1. a place in the trigger's own phrase: its locative prepositional phrases
   ("in Goa", "near Bakhmut", "in the northern province of Helmand"), and for
   visits and uses of force its object ("visited Moscow", "shelled Kharkiv");
2. another place in a locative phrase of the same sentence, nearest first;
3. where the subject is posted ("the U.S. ambassador in Lima said ...");
4. an organisation's seat, a state speaker's capital under a foreign dateline, or
   the target's country for force reported from a third country, or for a protest,
   an arrest or a release reported from a third country a place of a side's country, or for
   any other act told under a news bureau's dateline (one the body never names) the speaker's
   capital, the talks' venue or the sides' main city (stages/bureau.py);
5. the article's dateline ("MOSCOW (Sputnik) -"), else its main city;
6. none.

A town no gazetteer lists is placed under its own name where the text frames it as one
and names what contains it ("the Ukrainian village of Hroza").

Subjects and objects that name countries ("Russia and Turkmenistan agreed")
are actors, not places, so only locative phrases count in steps 1-2.  Names
resolve through the gazetteer (:mod:`accord.stages.places`), preferring the
countries the article is about.  Everything is a walk over a few tokens and
dict look-ups; the gazetteer is loaded once per process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.symbols import PROPN as _PROPN
from spacy.tokens import Doc, Span, Token

from accord.model import Actor, Article, Event
from accord.stages.bureau import is_bureau
from accord.stages.parse import entities_in
from accord.stages.places import CITY_PARTS, Gazetteer, Place, gazetteer, place_in_region

__all__ = ["Locator", "article_countries", "locate_event", "organisation_seats"]

Location = dict[str, Any]

# Diplomats abroad: "Russian Ambassador Sergei Nechayev", "Trump's special envoy", "Iran's charge d'affaires".
_ENVOY_WORDS = re.compile(r"\b(?:ambassador|envoy|charg[eé] d'affaires)s?\b", re.IGNORECASE)
_ENVOY_LOWER = ("ambassador", "ambassadors", "envoy", "envoys", "affaires", "d'affaires")
_LOCATIVE = {"in", "near", "at", "outside", "inside", "across", "around", "throughout", "off", "along", "within"}
# "marched through central London", "a convoy drove through Kherson"
_LOCATIVE |= {"through"}
# Visits, aid and force also take place where they are directed: "flew to Beijing", "sent teams to
# Turkey", "strikes on Kharkiv".
_DIRECTED = {"on", "into", "to", "toward", "towards", "over", "onto", "against"}
_ATTACK_NOUNS = {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "assault", "bombardment", "offensive"}
# "the Peshawar-bound train", "a Kyiv-based group": a place that only qualifies a noun.
# Landmarks named after a city elsewhere: "Paris Square", "Moscow Street", "Liberty Bridge". Not
# airports, stations, ports or camps, which bear the name of the town they are in ("Kabul airport").
# Beaches and hotels too: "Mogadishu's Lido beach" is no Lido of Venice.
_LANDMARKS = {"square", "street", "avenue", "boulevard", "lane", "bridge", "gate", "building", "embankment"}
_LANDMARKS |= {"beach", "hotel", "resort"}
_QUALIFYING = {"bound", "based", "born", "led", "backed", "made", "owned", "run", "flagged", "registered"}
# session 19: "Yemen's Iran-aligned Houthis": a patron hyphened to the group, not where it is
_QUALIFYING |= {"aligned", "allied", "sponsored", "funded", "supported", "linked", "affiliated", "brokered"}
_MOVING_CODES = ("042", "043", "044")
# Protests move ("marched on parliament") but what they are "against" or "over" is their grievance.
_PROTEST_ROOT = "14"
_GRIEVANCE_PREPS = {"against", "over"}
_MOVING_ROOTS = {"07", "14", "15", "17", "18", "19", "20"}
# Withdrawals happen where the troops leave: "withdrew from the city", "have left Mali".
_LEAVING_ROOTS = {"08"}
# Physical acts whose sentence names no place happen where the story's scene was named before.
_SCENE_ROOTS = {"14", "15", "17", "18", "19", "20"}
# Acts done where their sides are, not where the reporter is: protests, arrests and other coercion,
# and releases (captives are freed where they are held).  Force has the theatre rule.
_ABROAD_ROOTS = {"14", "17"}
_RELEASE = "084"
# Sectors the actor stage gives the dateline's country when the text names none ("protesters",
# "police", "Druze fighters" under AMMAN): a side inferred from the dateline, not evidence of where.
_INFERRED_SECTORS = {"COP", "JUD", "LEG", "OPP", "REB", "CVL", "CRM", "LAB", "EDU", "MED", "REF", "AGR", "REL", "PTY"}
# Verbs of force whose object is where it struck: "Explosions rocked Kharkiv", "besieged El Fasher"
# (loc8: the object names the story's scene even when the act is no event, e.g. its subject is no actor).
_STRUCK_PLACE_VERBS = {"hit", "strike", "rock", "shake", "shell", "bomb", "bombard", "pound", "raid", "storm", "attack"}
_STRUCK_PLACE_VERBS |= {"besiege", "overrun", "capture", "recapture", "retake", "seize", "enter", "encircle"}
# ... of which these take only a place, so that a village may be meant ("Israeli troops raided Huwara").
_PLACE_ONLY_VERBS = {"rock", "shell", "bombard", "pound", "raid", "storm", "besiege", "overrun", "recapture", "retake"}
# "struck Hamas targets in response", "a retaliatory strike": a reprisal, which lands on the other side.
_REPRISAL_NOUNS = {"response", "retaliation", "reprisal", "revenge"}
_REPRISAL_WORDS = {"retaliate", "retaliatory", "respond"}
# Assaults, fights and mass violence happen in the target's country, not at a dateline abroad.
_FORCE_ROOTS = {"18", "19", "20"}
_PLACE_LABELS = {"GPE", "LOC"}
# Buildings are not in the gazetteer, and their names are other places' alternate names
# ("White House" is Casablanca): facilities and organisations only match exact names.
_NOT_PLACE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "LAW"}
_OBJECTS = {"dobj", "obj"}
# "Malaysia's administrative capital" (Putrajaya), "Nigeria's commercial capital" (Lagos): not the
# capital GeoNames lists.
_OTHER_CAPITALS = {"administrative", "commercial", "economic", "financial", "business", "cultural", "former", "old"}
_OTHER_CAPITALS |= {"ancient", "historic", "spiritual", "religious", "royal", "judicial", "legislative", "summer"}
# Nouns that, after "the", stand for the place of their kind named last: "withdrew from the city".
# A territory is a region, but earlier in its own sentence a city name may stand for it ("into Gaza
# ... a siege on the territory").
_ANAPHORS = {"city": "city", "town": "city", "village": "city", "territory": "admin1", "enclave": "admin1"}
# "the town", "the village": a place the story is about, never the capital the press was told in.
_SMALL_ANAPHORS = {"town", "village"}
# Whoever addresses them is there: "told reporters in Bogota", "told supporters in Caracas".
_AUDIENCES = {"reporter", "journalist", "supporter", "lawmaker", "crowd", "audience", "briefing", "rally"}
# Nouns whose own phrase places the event: "during a visit to Moscow", "at talks in Geneva".
_GATHERINGS = {"visit", "trip", "tour", "talk", "talks", "meeting", "summit", "conference", "ceremony", "session"}
# Datelines that name an institution rather than a place.
_DATELINE_PLACES = {"United Nations": "New York", "Vatican City": "Vatican City", "The Hague": "The Hague"}
# Verbal acts by a foreign state (statements, appeals, accusations, threats) happen at home.
_VERBAL_ROOTS = {"01", "02", "10", "11", "12", "13"}
# ... and so do its sanctions, expulsions and cuts in relations, and its investigations (a state's
# police and prosecutors work in its own jurisdiction: "Estonian prosecutors opened a case", told
# from Helsinki, is in Estonia).
_HOME_ROOTS = _VERBAL_ROOTS | {"09", "16"}
_STATE_SECTORS = {"", "GOV", "MIL", "LEG", "JUD", "SPY"}
# What a body with a seat (organizations.jsonl "seat") decides in session: statements, appeals,
# demands, disapproval, rejections, threats, aid and loans, sanctions, rulings and warrants.
_SEATED_ROOTS = _VERBAL_ROOTS | {"03", "05", "07", "16", "17"}
_VISIT_VERBS = {"visit", "tour", "reach", "enter"}
# Whoever travelled to a place is there: "who flew to Geneva for the session".
_TRAVEL_VERBS = {"travel", "fly", "arrive", "come", "return"}
_VISITS = {"visit", "trip", "tour"}
_SITE_NOUNS = {"camp", "crossing", "base", "airbase", "port", "harbour", "harbor", "refinery"}
_HOLDING_VERBS = {"hold", "detain", "jail", "imprison", "keep", "capture", "abduct", "kidnap", "seize"}
# Nouns for a part of a country's land, sea or sky: "in Afghan border provinces", "in Lebanese waters".
# Nouns that name a region after its proper name: "Kaduna State", "Kharkiv region" (loc13).
_REGION_NOUNS = {"state", "region", "province", "oblast", "governorate", "district", "prefecture", "county"}
_TERRITORY_NOUNS = {"province", "region", "territory", "airspace", "waters", "soil", "village", "town", "district"}
_FUTURE = {"will", "would", "shall", "'ll"}
# Buildings and sites: "the hospital in El Fasher", "the Foreign Ministry in Male" place what happens there.
_VENUES = {
    "ministry",
    "embassy",
    "consulate",
    "palace",
    "hospital",
    "airport",
    "headquarters",
    "office",
    "base",
    "camp",
    "school",
    "university",
    "court",
    "parliament",
    "building",
    "hotel",
    "residence",
    "prison",
    "port",
    "station",
    "square",
    "crossing",
    "compound",
    "mosque",
    "church",
    "market",
}


class Locator:
    """Places the events of one article: dateline and preferred countries resolved once."""

    def __init__(
        self,
        article: Article,
        prefer: Iterable[str] = (),
        gaz: Gazetteer | None = None,
        doc: Doc | None = None,
        dropped: Iterable[tuple[int, str]] = (),
    ) -> None:
        """``dropped``: (token index, name) of the names after "in", "near" ... in the sentences that
        the sentence filter did not parse: the story's scene is often named there ("Russian missiles
        hit Kharkiv overnight"), and the events of later sentences happened there."""
        self.gaz = gaz or gazetteer()
        self._written_on = article.published
        self.prefer = frozenset(c for c in prefer if c)
        self._sides: tuple[str, str] = ("", "")
        self.dateline = None
        # At the UN every delegation speaks where the reporter is.
        # Session 18: not The Hague, which is a city of its own state too: foreign ministries react to
        # its courts' rulings from their capitals ("Russia's foreign ministry said ..." under THE HAGUE).
        self.is_institution = article.dateline in _DATELINE_PLACES and article.dateline != "The Hague"
        if article.dateline:
            name = _DATELINE_PLACES.get(article.dateline, article.dateline)
            # A dateline is a place by position: a village is taken when nothing larger has its name.
            # loc15: inside the region printed after it ("WINDSOR, England"), as the actor stage reads it.
            region = article.dateline_region
            within = place_in_region(self.gaz, name, region) if region else None
            self.dateline = within or self.gaz.resolve(name, self.prefer)
            self.dateline = self.dateline or self.gaz.resolve_small(name, self.prefer, anywhere=True)
            self.dateline = self.dateline or (self._unlisted_dateline(name, region) if region else None)
        # "WASHINGTON/BOGOTA -": reported from both; each side's acts are placed at its own.
        self.datelines = [self.dateline] if self.dateline is not None else []
        for other in article.other_datelines if self.dateline is not None else ():
            place = self.gaz.resolve(other, self.prefer)
            if place is not None and place.country:
                self.datelines.append(place)
        self.prefer |= {d.country for d in self.datelines}
        # loc14: a dateline the body never names is a news bureau (stages/bureau.py); "WASHINGTON/
        # BOGOTA" and "UNITED NATIONS" are where the sides are.  None until a place of the
        # dateline's country is looked for (``_is_bureau``).
        self.bureau: bool | None = (
            None if self.dateline is not None and len(self.datelines) == 1 and not self.is_institution else False
        )
        self._text, self._written = article.text, article.dateline or ""
        self._sentence_places: dict[int, list[tuple[int, Place]]] = {}
        self._named_places: list[tuple[int, Place]] | None = None
        self._scenes: list[tuple[int, Place]] | None = None
        # Where the physical acts placed so far by their own sentence happened (trigger index,
        # place): the scene of later acts, found however the place was named (a village, an object).
        self._acts: list[tuple[int, Place]] = []
        # loc13: where every physical act placed so far happened, by whichever rule (trigger index,
        # place): "the scene" of a later sentence ("Police detained a suspect at the scene").
        self._scenes_of_acts: list[tuple[int, Place]] = []
        self._bare: list[tuple[int, Place]] | None = None
        # city12: towns a frame put in another country than the gazetteer's namesake, by name
        self._towns: dict[str, Place] = {}
        self._envoys: set[str] | None = None
        self._city_counts: dict[str, tuple[int, Place]] | None = None
        self._gatherings: list[Place] | None = None
        self._spans: dict[int, Span] = {}
        self._dropped = [(i, p) for i, p in ((i, self._resolve(name)) for i, name in dropped) if p is not None]
        self.main_place = self._main_place(doc) if doc is not None and self.dateline is None else None

    def _unlisted_dateline(self, name: str, region: str) -> Place | None:
        """Session 13: "SKRYDSTRUP, Denmark", "HROZA, Ukraine": wires print a small place's country or
        state after it, so a dateline no gazetteer lists is still a town of that country (at its
        point), as rule 7 places a town the text frames; not a guess where the region is unknown."""
        container = self.gaz.resolve(region)
        if container is None or not container.country or container.precision == "city":
            return None
        return Place(name, container.country, container.admin1, container.lat, container.lon, 0, "city")

    def _main_place(self, doc: Doc) -> Place | None:
        """With no dateline, the city the article names most (first named on a tie) stands in for it;
        without a city, the region, else the country, that it names most as a place."""
        counts: dict[str, int] = {}
        places: dict[str, Place] = {}
        for ent in entities_in(doc, ("GPE", "LOC", "FAC")):
            if ent.root.dep_ in _ACTOR_DEPS or _is_qualifier(ent.end, ent.sent):
                continue  # "Washington had not given up": the government, not the city
            place = self._resolve(ent.text)
            if place is not None:
                counts[place.name] = counts.get(place.name, 0) + 1
                places.setdefault(place.name, place)
        for precision in ("city", "admin1", "country"):
            named = {name: n for name, n in counts.items() if places[name].precision == precision}
            if named:
                best = max(named.values())
                return next(places[name] for name, n in named.items() if n == best)
        return None

    def _article_city(self, country: str, token: Token) -> Place | None:
        """The city of a country that the article names nearest to a token, not as a subject, object
        or possessor ("Washington said" is a government): "a visit to China", in a story that names
        Shanghai, was in Shanghai."""
        cities = [(i, p) for i, p in self._places(token.doc) if p.country == country and p.precision == "city"]
        return min(cities, key=lambda pair: abs(pair[0] - token.i))[1] if cities else None

    def locate(
        self,
        sent: Span,
        trigger_start: int = -1,
        code: str = "",
        speaker: str = "",
        seat: str = "",
        *,
        sides: tuple[str, str] = ("", ""),
        named: tuple[str, str] | None = None,
        office: Place | None = None,
        talks: int = -1,
        remote: bool = False,
        local: bool = False,
    ) -> Location | None:
        """The location record of an event whose trigger starts at char ``trigger_start``.

        ``speaker`` is the ISO3 of a state that makes a verbal act (code roots
        01, 02, 10-13): reported under a dateline in another country, the act
        is placed at the speaker's capital ("KYIV - Moscow blamed Kyiv").
        ``seat`` is where a deliberative body decides (the General Assembly
        votes in New York whatever the dateline): it comes before the dateline.
        ``sides`` are the source's and the target's countries (ISO3): force
        reported under a dateline in neither happens in the target's country.
        ``named`` are the sides less any whose country was only inferred from the dateline
        (``sides`` when not given): the dateline is abroad when it is in neither of them.
        ``office`` is the city or region a local official's title names ("Kharkiv Mayor Ihor
        Terekhov"): the official acts there, not at the national capital or the dateline.
        ``talks`` is the index of the sentence of an agreement or a meeting (-1 for other acts): the
        venue of the talks named in the next or the previous sentence places it ("... met on the
        sidelines of a summit in Samarkand").
        ``remote`` (loc16) marks a state's act done from its capital whatever its root: a mediation,
        a phone call it made, an order its leader gave; placed like a statement (``speaker``).
        ``local`` (loc17) marks a source that is no government or international body (police, an
        army spokesman, residents): its blame of an attack is told from where the attack struck.
        """
        trigger = _token_at(sent, trigger_start)
        code = _drill_code(trigger, code)
        self._sides = sides  # for a bare "the capital" (_home_capital)
        anchor = trigger if trigger is not None else sent[0]
        own = self._own_place(trigger, code) if trigger is not None else None
        if own is None:
            own = self._nearest(sent, trigger.i if trigger is not None else sent.start, trigger, code)
        if own is not None:
            if code[:2] in _SCENE_ROOTS and own.precision == "city":
                self._acts.append((anchor.i, own))
            return self._sharpened(own, code, anchor)
        posted, away = self._subject_place(trigger) if trigger is not None else (None, False)
        if posted is not None:
            return posted.to_location("sentence")
        if office is not None:
            return office.to_location("actor")
        venue = self._venue_near(talks) if talks >= 0 else None
        if venue is not None:
            return venue.to_location("article")
        seated = self.gaz.resolve(seat) if seat else None
        if seated is not None:
            return seated.to_location("actor")
        home = self.gaz.seat(speaker) if speaker and (_is_home_word(code) or remote) and not away else None
        if home is not None and trigger is not None and _is_summons(trigger, code):
            return home.to_location("actor")  # session 12: a summons is at the foreign ministry
        if home is not None and self._is_away(speaker, code):
            # loc16: a mediator hosts talks at home, not always in its capital ("talks in Kunming")
            hosted = self._gathering_in({speaker}) if remote and code.startswith(_MEDIATION) else None
            return hosted.to_location("article") if hosted is not None else home.to_location("actor")
        reacted = self._reaction_scene(trigger, code, sides) if trigger is not None and local else None
        if reacted is not None:
            return reacted.to_location("article")
        partners = self._partners(trigger) if trigger is not None else set()
        abroad = self._abroad(sides if named is None else named, partners, code)
        scene = self._scene(anchor, code, sides) if not abroad else None
        if scene is not None:
            return scene.to_location("article")
        theatre = self._theatre(code, sides, partners)
        if theatre is not None:
            struck = self._struck_dateline(anchor, code, sides)
            if struck is not None:
                return struck.to_location("article")
            city = self._article_city(theatre.country, anchor)
            return city.to_location("article") if city is not None else theatre.to_location("actor")
        there = self._scene_abroad(anchor, abroad) if abroad else None
        if there is not None:
            return there.to_location("article")
        filed = self._bureau_place(anchor, code, speaker, sides if named is None else named)
        if filed is not None:
            return filed
        if self.dateline is not None:
            return self._dateline_of(sides, code).to_location("dateline")
        return self.main_place.to_location("article") if self.main_place is not None else None

    def _abroad(self, sides: tuple[str, str], partners: set[str], code: str) -> set[str]:
        """The sides' countries of a protest, an arrest or other coercion, or a release (roots 14, 17,
        084) reported under a dateline in neither of them nor a partner's ("BEIRUT - Israeli soldiers
        arrested 14 Palestinians"); empty otherwise.  The reporter's city is then not where it
        happened.  Not force and shows of force: the theatre rule places them by their target, and
        without one the victims may well be in the dateline's country."""
        if self.dateline is None or not (code[:2] in _ABROAD_ROOTS or code.startswith(_RELEASE)):
            return set()
        countries = {c for c in sides if len(c) == 3 and c != "IGO"}
        datelines = self._dateline_countries()
        if not countries or countries & datelines or partners & datelines:
            return set()
        return countries

    def _scene_abroad(self, anchor: Token, countries: set[str]) -> Place | None:
        """Where a physical act told from a dateline abroad happened: the place of a side's country
        that the article names last before it (a city before a region), else the first after it,
        not as a subject, object or possessor: "BEIRUT - Israeli troops raided Jenin ... soldiers
        arrested 14 Palestinians" is in Jenin.  Capitals count here: a side's capital is at least in
        the right country, and the dateline abroad is not."""
        named = [(i, p) for i, p in self._places(anchor.doc) + self._acts if p.country in countries]
        named = [(i, p) for i, p in named if not _near_any(p, self.datelines)]
        for precision in ("city", "admin1"):
            before = [(i, p) for i, p in named if p.precision == precision and i < anchor.i]
            if before:
                return max(before, key=lambda pair: pair[0])[1]
        after = [(i, p) for i, p in named if i > anchor.i]
        return min(after, key=lambda pair: (pair[1].precision != "city", pair[0]))[1] if after else None

    def _bureau_place(self, anchor: Token, code: str, speaker: str, sides: tuple[str, str]) -> Location | None:
        """Where an act told under a news bureau's dateline happened, when neither side is of the
        bureau's country: a state's own word or decision (statements, intents, praise, appeals,
        rejections, threats, sanctions) at its capital ("DAKAR - France will withdraw its forces, the
        French foreign ministry said" is in Paris), anything else at the city of the sides' countries
        that the article names most ("DUBAI - ... a visit to Islamabad ... The two governments signed
        seven memorandums" is in Islamabad).  Not for an organisation's act without a state: its
        seat is not the sides' city.  None where the dateline should stand."""
        if code[:2] in _FORCE_ROOTS | {"15"}:
            return None  # force and shows of force: the theatre rule, by their target
        countries = {c for c in sides if len(c) == 3 and c != "IGO"}
        if not countries or countries & self._dateline_countries() or sides[0] not in countries:
            return None
        if not self._is_bureau(anchor.doc) or _at_a_gathering(anchor.sent):
            return None  # "pledged aid at a donors' conference": where the reporter is
        home = self.gaz.seat(speaker) if speaker and _is_state_word(code, anchor) else None
        if home is not None:
            return home.to_location("actor")
        venue = self._gathering_in(countries) if code[:2] in _VENUE_ROOTS else None
        city = venue if venue is not None else self._main_city_of(anchor.doc, countries)
        return city.to_location("article") if city is not None else None

    def _is_bureau(self, doc: Doc) -> bool:
        """Whether the dateline is a news bureau: the body names neither its city nor its country
        (stages/bureau.py), nor any place of that country ("at the Argyle International Airport"
        under KINGSTOWN).  Found once per article, when first needed."""
        if self.bureau is None:
            dateline = self.datelines[0]
            # the dateline city itself is left to the text's test, which skips the credit lines
            others = (p for _, p in self._places(doc) if p.name != dateline.name)
            self.bureau = is_bureau(self._text, (dateline.name, self._written), dateline.country) and not any(
                p.country == dateline.country for p in others
            )
        return self.bureau

    def _gathering_in(self, countries: set[str]) -> Place | None:
        """The first city of these countries where the article says sides met ("The truce was
        hammered out in the Chinese city of Kunming"): the venue of talks told from a bureau."""
        if self._gatherings is None:
            self._gatherings = []
            for index in sorted(self._spans):
                sent = self._spans[index]
                places = self._sentence_places.get(sent.start)
                if places is None:
                    places = self._sentence_places[sent.start] = self._locative_places(sent)
                self._gatherings += [p for i, p in places if p.precision == "city" and _at_gathering(sent.doc[i])]
        return next((p for p in self._gatherings if p.country in countries), None)

    def _main_city_of(self, doc: Doc, countries: set[str]) -> Place | None:
        """The city of these countries that the article names most as a place (first named on a tie)."""
        if self._city_counts is None:
            self._city_counts = {}
            for _, place in self._places(doc):
                if place.precision == "city":
                    count, _ = self._city_counts.get(place.name, (0, place))
                    self._city_counts[place.name] = (count + 1, place)
        best: tuple[int, Place] | None = None
        for count, place in self._city_counts.values():
            if place.country in countries and (best is None or count > best[0]):
                best = (count, place)
        return best[1] if best is not None else None

    def _dateline_of(self, sides: tuple[str, str], code: str) -> Place:
        """The dateline of the source's country ("WASHINGTON/BOGOTA - Colombia agreed" is in Bogota),
        else the first; only called when there is a dateline.  Not for force: a side's forces fight
        on the other's soil or on the frontier, and the first dateline is where the story is told
        from ("YEREVAN/BAKU - Azerbaijani forces shelled towns" is in Armenia)."""
        found = self._dateline_in(sides[0]) if code[:2] not in _FORCE_ROOTS else None
        return found if found is not None else self.datelines[0]

    def _dateline_in(self, country: str) -> Place | None:
        return next((d for d in self.datelines if d.country == country), None)

    def _dateline_countries(self) -> set[str]:
        return {d.country for d in self.datelines}

    def _sharpened(self, place: Place, code: str, anchor: Token) -> Location:
        """'her first visit to Japan' under TOKYO: a country that holds the dateline city is best
        placed at that city, which the reporter names as where the story happened. Not force:
        an attack 'in western Uganda' under KAMPALA did not happen in the capital.  Else a city
        of that country that the article names ("a visit to China" in a story that names
        Shanghai), the nearest."""
        if place.precision != "country":
            return place.to_location("sentence")
        dateline = self._dateline_in(place.country)
        if dateline is not None and dateline.country == place.country and dateline.precision == "city":
            if code[:2] not in _FORCE_ROOTS:
                return dateline.to_location("dateline")
            seats = [
                p for p in (dateline, self.gaz.capital(place.country), self.gaz.seat(place.country)) if p is not None
            ]
            city = self._article_city(place.country, anchor)
            # force in the dateline's country: at a city the story names there, not at the dateline
            return (city if city is not None and not _near_any(city, seats) else place).to_location("sentence")
        city = self._article_city(place.country, anchor)
        return city.to_location("article") if city is not None else place.to_location("sentence")

    def _is_away(self, speaker: str, code: str) -> bool:
        """Whether the dateline is somewhere other than where a state acts from home.

        Under an institutional dateline ("UNITED NATIONS") delegations speak where the reporter is,
        but sanctions and expulsions are still decided in their capitals, even the host country's
        (the U.S. Treasury's sanctions under a UNITED NATIONS dateline are in Washington)."""
        if self.is_institution:
            return code[:2] not in _VERBAL_ROOTS
        return self.dateline is None or speaker not in self._dateline_countries()

    def place_all(self, events: list[Event], spans: dict[int, Span]) -> list[Event]:
        """The events with ``location`` filled, in their order; placed in the order of the text, so
        that each act's scene can be an earlier act's place."""
        order = sorted(range(len(events)), key=lambda k: (events[k].sentence_index, events[k].trigger_start))
        self._spans = spans
        placed = list(events)
        for k in order:
            placed[k] = self.place(events[k], spans[events[k].sentence_index])
        return self._present_at_dateline(placed)

    def _present_at_dateline(self, placed: list[Event]) -> list[Event]:
        """loc14: a leader named in a meeting, visit or signing placed in the dateline's country speaks
        there, not from home: "WASHINGTON - Aliyev and Pashinyan signed a declaration at the White
        House ... Aliyev and Pashinyan also jointly asked the OSCE to wind up the Minsk Group" is in
        Washington.  Undoes the speaker's-capital rule for a statement (roots 01, 02, 10-13) whose
        source is a person named in such an encounter's sentence, after every event is placed (the
        meeting is often told after the statement).  Not a government, an office or a leader who was
        not there ("Trump said" while Rubio held talks in Mexico City)."""
        if self.dateline is None or self.is_institution:
            return placed
        here = self._dateline_countries()
        present: set[str] = set()  # the people named in the encounters' sentences
        leaders: set[str] = set()  # the states whose leaders took part ("The leaders of Armenia and ...")
        for e in placed:
            if _is_encounter(e.cameo) and e.location and e.location.get("country") in here:
                sent = self._spans.get(e.sentence_index)
                present |= {t.text for t in sent if t.ent_type_ == "PERSON"} if sent is not None else set()
                leaders |= {a.country for a in (e.source, e.target) if a is not None and _LEADER.search(a.text)}
        # the arrivals need every parsed sentence's places: looked for only when a word was sent home
        if any((e.location or {}).get("source") == "actor" for e in placed):
            present |= self._arrived(here)
        if not present and not leaders:
            return placed
        from dataclasses import replace

        out = []
        for event in placed:
            where = event.location or {}
            source = event.source
            verbal = event.cameo[:2] in _VERBAL_ROOTS or event.cameo[:3] in _PRAISE
            home = self.gaz.seat(source.country) if verbal else None
            named = source.name.split()[-1:] + source.text.split()[-1:]
            if home is not None and where.get("source") == "actor" and where.get("name") == home.name:
                if source.country not in here and _is_there(source, named, present, leaders, self.gaz):
                    dateline = self._dateline_of((source.country, ""), event.cameo)
                    event = replace(event, location=dateline.to_location("dateline"))
            elif source.country == "IGO" and where.get("source") == "actor" and self._at_seat(event, where):
                # session 19: the head of a body who took part in an encounter at the dateline, or
                # arrived there, speaks there, not from the body's seat
                if any(word in present for word in named):
                    event = replace(event, location=self.datelines[0].to_location("dateline"))
            out.append(event)
        return out

    def _at_seat(self, event: Event, where: Location) -> bool:
        """Whether an international official's act was placed at the seat of the body he heads."""
        seat = role_seat(event.source.name, event.date or self._written_on)
        place = self.gaz.resolve(seat) if seat else None
        return place is not None and where.get("name") == place.name

    def _arrived(self, here: set[str]) -> set[str]:
        """Session 13: the people the parsed sentences bring into the dateline's country, as the
        subject of a verb of arrival or of swearing-in whose own place is there ("Xi flew in to
        Belgrade late on Tuesday", "hours after Adama Barrow was sworn in as president at the
        embassy in Dakar"): a visitor speaks where he is, not from his capital."""
        people: set[str] = set()
        for index in sorted(self._spans):
            sent = self._spans[index]
            places = self._sentence_places.get(sent.start)
            if places is None:
                places = self._sentence_places[sent.start] = self._locative_places(sent)
            for i, place in places:
                verb = _governing_verb(sent.doc[i])
                if place.country in here and verb.lemma_.lower() in _ARRIVALS:
                    people |= {
                        t.text
                        for c in verb.children
                        if c.dep_ in _SUBJECTS
                        for t in c.subtree
                        if t.ent_type_ == "PERSON"
                    }
        return people

    def place(self, event: Event, sent: Span) -> Event:
        """The event with ``location`` filled (events are frozen: a new one)."""
        from dataclasses import replace

        source = event.source
        speaker = source.country if source.sector in _STATE_SECTORS and source.country != "IGO" else ""
        if speaker and event.cameo[:2] in _HOME_ROOTS and self._is_envoy(source, sent.doc):
            speaker = ""  # an ambassador or envoy speaks abroad, where posted or sent, not at home
        seat = organisation_seats().get(source.name, "") if event.cameo[:2] in _SEATED_ROOTS else ""
        if not seat and source.country == "IGO" and event.cameo[:2] in _SEATED_ROOTS:
            # session 19: "Secretary-General Jens Stoltenberg condemned ...": the head of a body speaks
            # for it from its seat, unless the sentence or the story places him elsewhere
            seat = role_seat(source.name, event.date or self._written_on)
        sides = (source.country, event.target.country if event.target else "")
        # A target the text names without a state took the dateline's country ("Iranian police arrested
        # protesters" under DUBAI): not a side for the dateline rule.  Not the source, whose people act
        # where the reporter is ("Protesters marched" under LONDON).
        target = self._named_side(event.target) if event.target else ""
        named = (source.country, target)
        office = self._office_place(source) if event.cameo[:2] in _OFFICE_ROOTS and speaker else None
        # the sentence whose neighbours may name the talks' venue, looked at only if nothing nearer places it
        talks = event.sentence_index if event.cameo[:2] in _VENUE_ROOTS else -1
        remote = bool(speaker) and _is_remote(event.cameo, _token_at(sent, event.trigger_start), source)
        location = self.locate(
            sent,
            event.trigger_start,
            event.cameo,
            speaker,
            seat,
            sides=sides,
            named=named,
            office=office,
            talks=talks,
            remote=remote,
            local=source.sector not in _GOVERNMENT_SECTORS and source.country != "IGO",
        )
        location = self._at_host(event, sent, location)
        self._remember_scene(event, sent, location)
        return replace(event, location=location)

    def _at_host(self, event: Event, sent: Span, location: Location | None) -> Location | None:
        """Session 13: a visit happens in the host's country (the target of 042, the source of 043),
        whatever the dateline: "JOHANNESBURG - ... Zelenskiy visited both countries" is not in South
        Africa, and "visited Poland and Lithuania" is in each.  When no rule placed it in the host's
        country, it is placed at the host country's city that the article names nearest to it, else
        at that country when its sentence names it, else at the host's capital."""
        code = event.cameo[:3]
        if code not in _VISIT_CODES:
            return location
        actor = event.target if code == "042" else event.source
        # a state, not its people abroad ("visited the Rohingya refugee camps" in Bangladesh)
        host = actor.country if actor is not None and actor.sector in _STATE_SECTORS else ""
        if len(host) != 3 or host == "IGO" or (location or {}).get("country") == host:
            return location
        trigger = _token_at(sent, event.trigger_start)
        city = self._article_city(host, trigger if trigger is not None else sent[0])
        if city is not None:
            return city.to_location("article")
        # "visited Poland and Lithuania": the country its sentence names, else its capital
        named = any(self._country_word_text(t.text) == host for t in sent if t.ent_type_ == "GPE")
        place = self.gaz.country(host) if named else self.gaz.seat(host)
        return place.to_location("sentence" if named else "actor") if place is not None else location

    def _remember_scene(self, event: Event, sent: Span, location: Location | None) -> None:
        """Keep where a physical act (roots 14, 15, 17-20) was placed at a city, whatever placed it:
        news calls it "the scene" later ("A gunman opened fire outside the House of Culture in
        Handlova ... Police detained a suspect at the scene")."""
        if event.cameo[:2] not in _SCENE_ROOTS or not location or location.get("precision") != "city":
            return
        trigger = _token_at(sent, event.trigger_start)
        index = trigger.i if trigger is not None else sent.start
        place = Place(
            str(location["name"]),
            str(location["country"]),
            str(location["admin1"]),
            float(location["lat"]),
            float(location["lon"]),
            0,
            "city",
        )
        self._scenes_of_acts.append((index, place))

    def _office_place(self, actor: Actor) -> Place | None:
        """The city or region a local official's title names, in the official's country: "The Kaduna
        State Governor" (Kaduna), "Kharkiv Mayor Ihor Terekhov", "Belgorod regional governor", "the
        governor of the Kherson region", "The Istanbul governor's office".  A region's namesake city
        is taken when there is one (most regions are named after their seat); else the region.  Not
        a country ("Bank of England Governor") or a title without a place ("the provincial governor")."""
        office = _LOCAL_OFFICE.search(actor.text)
        if office is None:
            return None
        # "Belgorod regional governor": the name before a level of government
        names = [_trailing_name(_LEVEL.sub("", actor.text[: office.start()]))]
        after = _OF_NAME.match(actor.text[office.end() :])
        names += [after.group(1)] if after is not None else []
        for name in filter(None, names):
            head = _REGION_SUFFIX.sub("", name)
            for candidate in (head, name):
                place = self.gaz.resolve(candidate, {actor.country})
                if place is not None and place.country == actor.country and place.precision != "country":
                    return place
        return None

    def _venue_near(self, index: int) -> Place | None:
        """The city where talks were held, named in the sentence after an agreement or a meeting or the
        one before it: "BISHKEK - The presidents of Kyrgyzstan and Tajikistan agreed to order a
        ceasefire. [They] sat down on the sidelines of a summit in the Uzbek city of Samarkand", "The
        truce was hammered out in the Chinese city of Kunming".  Only a place of a gathering ("a
        summit in", "talks in") or of a verb of meeting or signing ("met in", "signed in"); parsed
        sentences only."""
        for k in (index + 1, index - 1):
            sent = self._spans.get(k)
            if sent is None:
                continue
            places = self._sentence_places.get(sent.start)
            if places is None:
                places = self._sentence_places[sent.start] = self._locative_places(sent)
            for i, place in places:
                if place.precision == "city" and _at_gathering(sent.doc[i]):
                    return place
        return None

    def _named_side(self, actor: Actor) -> str:
        """The actor's country, or '' when it is only the dateline's, given to a group the text
        names without a state ("protesters", "Druze fighters" under AMMAN): no evidence that the
        act happened in the dateline's country."""
        if actor.country not in self._dateline_countries() or actor.sector not in _INFERRED_SECTORS:
            return actor.country
        words = actor.text.split()
        spans = words + [" ".join(pair) for pair in zip(words, words[1:], strict=False)]
        return actor.country if any(self._country_word_text(w) == actor.country for w in spans) else ""

    def _country_word_text(self, word: str) -> str:
        """The country a word names as an adjective ("Jordanian") or a country name, or ''."""
        country = self.gaz.country_of_adjective(word)
        if country:
            return country
        return next((p.country for p in self.gaz.lookup(word) if p.precision == "country"), "")

    def _is_envoy(self, actor: Actor, doc: Doc) -> bool:
        """Whether the actor is an ambassador or envoy: its mention says so ("United States ambassador
        W. Patrick Murphy", "the ambassador"), or it is a person the article calls one elsewhere
        ("Russian Ambassador Sergei Nechayev was summoned ... Nechayev rejected the accusations")."""
        if _ENVOY_WORDS.search(actor.text):
            return True
        words = actor.name.split()
        return len(words) > 1 and words[-1] in self._envoy_names(doc)

    def _envoy_names(self, doc: Doc) -> set[str]:
        """The proper nouns within a few words of "ambassador", "envoy" or "charge d'affaires" in the
        article, found once per article through the lower-case column (no pass over tokens in Python)."""
        if self._envoys is None:
            self._envoys = set()
            wanted = [doc.vocab.strings.add(word) for word in _ENVOY_LOWER]
            for k in np.flatnonzero(np.isin(doc.to_array([LOWER]), wanted)).tolist():
                window = doc[max(0, k - 4) : min(len(doc), k + 6)]
                # session 12: the envoy's own phrase, not the minister who summoned him ("Laya
                # summoned Morocco's ambassador" does not make Laya an ambassador)
                self._envoys.update(t.text for t in window if t.pos_ == "PROPN" and _same_phrase(t, doc[k]))
        return self._envoys

    def _scene(self, anchor: Token, code: str, sides: tuple[str, str]) -> Place | None:
        """Where the story's physical acts happen: a protest, a show of force, an arrest, an attack or
        a fight (roots 14, 15, 17-20) whose sentence names no place happened at the city of the
        dateline's country (without a dateline: of a side's) named last before it,
        in a parsed sentence or in one the filter dropped: "BELGRADE - A gunman opened fire in a
        cafe in Novi Sad ... Police said they had arrested two suspects" is in Novi Sad.  Not the
        country's capital, which news names for its government ("the Taliban government in Kabul");
        a dateline abroad leaves force to the theatre rule."""
        if code[:2] not in _SCENE_ROOTS:
            return None
        if self.dateline is not None:
            countries = self._dateline_countries()
        else:
            countries = {c for c in sides if len(c) == 3 and c != "IGO"}
        # A reprisal, or fire from one state on another, does not land on the source's own town
        # ("Rockets were fired at Sderot ... The Israeli military struck Hamas targets in response").
        countries = countries - {_home_side(anchor, code, sides)}
        # A capital is often its government ("the Taliban government in Kabul"): not a scene.
        seats = [p for c in countries for p in (self.gaz.capital(c), self.gaz.seat(c)) if p is not None]
        seats += list(self.datelines)
        named = [pair for pair in self._places(anchor.doc) if pair[0] < anchor.i]
        acts = [pair for pair in self._acts if pair[0] < anchor.i]
        cities = [
            (i, p)
            for i, p in named + acts
            if p.precision == "city" and p.country in countries and not _near_any(p, seats)
        ]
        return max(cities, key=lambda pair: pair[0])[1] if cities else None

    def _reaction_scene(self, trigger: Token, code: str, sides: tuple[str, str]) -> Place | None:
        """loc17: a blame or a condemnation (root 11) of an attack that the story told before ("Police
        blamed the ADF for the raid", "condemned the attack") is reported from where it struck: at
        the city where the last physical act before it was placed, of the dateline's country (without
        a dateline: of a side's).  Not when the words name no attack: a grievance in general is the
        speaker's, placed by the rules after this one; and only for a ``local`` source: a government
        ("The Iraqi foreign ministry called the attack a violation") speaks from its seat."""
        if code[:2] != _REACTION_ROOT or not _names_attack(trigger):
            return None
        countries = self._dateline_countries() or {c for c in sides if len(c) == 3 and c != "IGO"}
        before = [(i, p) for i, p in self._scenes_of_acts if i < trigger.i and p.country in countries]
        return max(before, key=lambda pair: pair[0])[1] if before else None

    def _struck_dateline(self, anchor: Token, code: str, sides: tuple[str, str]) -> Place | None:
        """The dateline city, when an earlier act of the story was placed there by its own sentence:
        "DOHA - ... Israel bombed a compound in the Qatari capital ... The Israeli military said it had
        carried out a strike on Hamas leaders" is in Doha, not in the target's country (the theatre
        rule).  The scene rule leaves out capitals and datelines, which news names for governments;
        an act placed there is no government.  Not for fire from one state on another's soil when
        the dateline is the source's (its own towns are not where its strikes land)."""
        if code[:2] not in _SCENE_ROOTS:
            return None
        home = _home_side(anchor, code, sides)
        datelines = [d for d in self.datelines if d.country != home]
        acts = [(i, p) for i, p in self._acts if i < anchor.i and _near_any(p, datelines)]
        return max(acts, key=lambda pair: pair[0])[1] if acts else None

    def _places(self, doc: Doc) -> list[tuple[int, Place]]:
        """The cities and regions the article names other than as a subject, object or possessor
        ("Washington said", "giving Moscow": governments), with the dropped sentences' places, in
        order of their token index."""
        if self._scenes is None:
            found = list(self._dropped)
            for ent in entities_in(doc, ("GPE", "LOC", "FAC")):
                place = self._resolve(ent.text) if ent.root.dep_ not in _ACTOR_DEPS or _is_struck(ent.root) else None
                if place is not None and not _is_qualifier(ent.end, ent.sent) and not _in_longer_name(ent):
                    found.append((ent.root.i, place))
            found += self._bare_places(doc)
            self._scenes = sorted((pair for pair in found if pair[1].precision != "country"), key=lambda p: p[0])
        return self._scenes

    def _partners(self, trigger: Token) -> set[str]:
        """The countries of a coordinated subject ("Russia and Belarus began drills", "Russian and
        Belarusian troops"): each event has one source, but the act is the partners' too."""
        verb = trigger
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
        words: list[Token] = []
        for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
            for token in [subject, *subject.conjuncts]:
                mods = [c for c in token.children if c.dep_ in {"amod", "compound"}]
                words += [token, *mods, *(m for mod in mods for m in mod.conjuncts)]
        found = {self._country_word(word) for word in words} - {""}
        return found if len(found) > 1 else set()

    def _country_word(self, word: Token) -> str:
        """The country a word names as an adjective ("Belarusian") or a name ("Belarus"), or ''."""
        country = self.gaz.country_of_adjective(word.text)
        place = self._resolve(word.text) if not country else None
        return country or (place.country if place is not None and place.precision == "country" else "")

    def _theatre(self, code: str, sides: tuple[str, str], partners: Iterable[str] = ()) -> Place | None:
        """The country where an event happened when the dateline (or the article's main city,
        without one) is in neither side's country: force happens in the target's country
        ("WASHINGTON - Russian missiles killed 15 people" is in Ukraine), a show of force in its
        target's or its source's ("Ukraine's army began drills", under MINSK), and a state's coercion
        of its own people at home ("Erdogan declared a state of emergency" in an EU story; not
        talks, which are often held abroad: the Colombian government and the ELN in Havana).  A dateline
        in a partner's country ("MINSK - Russia and Belarus began drills") is a side's too."""
        source, target = (c if len(c) == 3 and c != "IGO" else "" for c in sides)
        if code[:2] in _FORCE_ROOTS:
            war = target
        elif code[:2] == "15":
            war = target or source
        else:
            war = source if code[:2] == "17" and source == target else ""
        contexts = self.datelines or ([self.main_place] if self.main_place is not None else [])
        if war and _is_fire_abroad(code, source, target):
            # "WASHINGTON - U.S. warplanes struck Houthi sites": the bombs fell on the target.
            contexts = [c for c in contexts if c.country != source]
        if not war or any(c.country in {source, target, *partners} for c in contexts):
            return None
        return self.gaz.country(war)

    def _own_place(self, trigger: Token, code: str) -> Place | None:
        leaving = code[:2] in _LEAVING_ROOTS
        moving = code.startswith(_MOVING_CODES) or code[:2] in _MOVING_ROOTS or leaving
        preps = _LOCATIVE | ({"from"} if leaving else _DIRECTED if moving else set())
        if code[:2] == _PROTEST_ROOT:
            # "protesting against the war in Ukraine", "rallied over the killings in Gaza": the grievance
            preps = preps - _GRIEVANCE_PREPS
        heads = [trigger]
        if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in _OBJECTS | {"nsubj", "nsubjpass"}:
            heads.append(trigger.head)
        # "Putin, speaking in Sochi, accused ...": a participle clause of the trigger; not, for a
        # state's word or decision, one that comments on it ("escalating its campaign ... in Afghanistan").
        participles = [c for c in trigger.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        if _is_home_word(code):
            participles = [c for c in participles if not _is_comment(c, trigger)]
        heads += participles
        if moving and trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.head.pos_ == "VERB":
            # loc13: "A missile struck a cafe in Hroza, killing 52 people": the killing is where the
            # strike that it follows from landed.
            heads.append(trigger.head)
        if moving:
            # "an airstrike on Sanaa killed ...": the attack that is the subject says where.
            heads += [c for c in trigger.children if c.dep_ == "nsubj" and c.lemma_.lower() in _ATTACK_NOUNS]
            # "sent warships swarming around Taiwan", "deployed troops patrolling along the border": what
            # the forces sent were doing says where they were sent.
            objects = [c for c in trigger.children if c.dep_ in _OBJECTS]
            heads += [a for o in objects for a in o.children if a.dep_ == "acl" and a.tag_ == "VBG"]
        if code.startswith("084"):
            held = self._held_in(trigger)
            if held is not None:
                return held
        for head in heads:
            # "marched through London demanding an end to the war in Gaza": what a participle demands or
            # opposes is no place of the act; only its locative phrase is ("speaking in Sochi").
            head_preps = _LOCATIVE if head in participles else preps
            for child in head.children:
                if head in participles and child.dep_ != "prep":
                    continue
                if child.dep_ == "prep" and (child.lower_ in head_preps or child.lower_ in {"during", "after"}):
                    place = self._first_in(_phrase(child, moving), strict=False)
                    if child.lower_ == "at" and _is_home_word(code) and self._is_government(place):
                        continue  # loc15: "lashed out at Morocco", "hit back at Moscow": whom, not where
                elif moving and child.dep_ == "advmod" and child.lemma_.lower() in _DIRECTIONS:
                    place = self._first_in(_phrase(child, moving), strict=False)  # "west of Manila"
                elif moving and child.dep_ in _OBJECTS and code.startswith(_RELEASE):
                    continue  # loc16: who is released, not where: "released the 10 U.S. citizens"
                elif moving and (child.dep_ in _OBJECTS or (child.dep_ == "prep" and child.lower_ == "of")):
                    # the object, or the "of" phrase the parser hangs on the verb: "took control of X"
                    place = self._first_in(_phrase(child, moving), strict=True)
                else:
                    continue
                if place is not None:
                    return place
        return self._met_in(trigger) if code[:2] == _MEETING_ROOT else None

    def _is_government(self, place: Place | None) -> bool:
        """A country or its capital: after "at", a statement's target ("lashed out at Morocco"), since
        speakers are "in" a capital, not "at" it."""
        return place is not None and (place.precision == "country" or self.gaz.is_seat(place))

    def _met_in(self, trigger: Token) -> Place | None:
        """Where a meeting took place when the parser hangs its "in" phrase on the person met: "Biden
        met Navalny's widow, Yulia Navalnaya, and their daughter Dasha in San Francisco".  One meets a
        person somewhere; the phrase on the last of the people met is the meeting's place."""
        if trigger.lemma_.lower() not in _MEET_VERBS:
            return None
        # the parser may also make a later person a conjunct of the verb ("met the wife ... and her son")
        people = [
            c
            for c in trigger.children
            if c.dep_ in _OBJECTS | {"npadvmod"} or (c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"})
        ]
        while people:
            person = people.pop()
            for child in person.children:
                if child.dep_ in {"conj", "appos"}:
                    people.append(child)
                elif child.dep_ == "prep" and child.lower_ in {"in", "at"}:
                    place = self._first_in(_phrase(child), strict=False)
                    if place is not None:
                        return place
        return None

    def _held_in(self, trigger: Token) -> Place | None:
        """'Hamas handed over 24 hostages held in Gaza': captives are freed where they are held,
        so for a release the participle that describes its object does say where."""
        for obj in (c for c in trigger.children if c.dep_ in _OBJECTS):
            for verb in (c for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in _HOLDING_VERBS):
                for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE):
                    place = self._first_in(_phrase(prep), strict=False)
                    if place is not None:
                        return place
        return None

    def _subject_place(self, trigger: Token) -> tuple[Place | None, bool]:
        """Where the subject is posted ("the U.S. ambassador in Lima said Washington rejected ..."),
        and whether it is away at a gathering ("Iran's representative at the session denounced ..."):
        the speaker is there, not at home.  The subject of the trigger's verb, else of the verb
        that reports it.  A country or region in the dateline's country adds nothing to the
        dateline ("Police in Nepal" under KATHMANDU)."""
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
        for _ in range(4):
            if verb.lemma_.lower() in _ADDRESSING and any(_is_session(c) for c in verb.children if c.dep_ in _TOLD):
                return None, True  # "Abbas told the summit he accepted the plan": he is at the summit
            for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
                stay = self._stay_of(subject)
                if stay is not None:
                    return (stay if self._adds_to_dateline(stay) else None), True
                if _is_visiting(subject) or _attends(subject):
                    return None, True
                for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE):
                    objects = [c for c in prep.children if c.dep_ == "pobj"]
                    if any(o.lemma_.lower() in _GATHERINGS for o in objects):
                        return None, True
                    place = next(filter(None, (self._named(o) or self._capital_in([o]) for o in objects)), None)
                    if place is not None and self._adds_to_dateline(place):
                        return place, True
            # "Authorities in Moscow declared an emergency, tightening security": a participle
            # without a subject of its own is done by its verb's subject.
            own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
            if verb.dep_ not in {"ccomp", "conj", "acomp"} and (verb.dep_ not in {"advcl", "xcomp"} or own_subject):
                break
            verb = verb.head
        return None, False

    def _stay_of(self, subject: Token) -> Place | None:
        """Session 24: where a relative clause on the speaker puts him ("Australian Defence Minister
        Richard Marles, who was in Tokyo for talks with Koizumi, said ..."): he speaks there, not from
        his capital.  Only a verb of being or travel, told as done (not "who will travel to Paris")."""
        for clause in (c for c in subject.children if c.dep_ in {"relcl", "acl"}):
            if clause.lemma_.lower() not in _STAY_VERBS or _is_planned(clause):
                continue
            for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE | {"to"}):
                place = next(filter(None, (self._named(o) for o in prep.children if o.dep_ == "pobj")), None)
                if place is not None:
                    return place
        return None

    def _named(self, token: Token) -> Place | None:
        """The place a phrase's head noun names ("in Lima"), not a modifier ("the Pakistan High
        Commission")."""
        for ent in entities_in(token.sent):
            if ent.root == token and self._label(ent) not in _NOT_PLACE_LABELS:
                place = self._resolve(ent.text)
                return place if place is not None and (ent.label_ in _PLACE_LABELS or _is_named(place)) else None
        return None

    def _adds_to_dateline(self, place: Place) -> bool:
        """A city, or a place outside the dateline's country: more than the dateline says."""
        return self.dateline is None or place.precision == "city" or place.country not in self._dateline_countries()

    def _first_in(self, tokens: list[Token], *, strict: bool) -> Place | None:
        """The first resolvable place of a phrase: an entity, else (in a locative phrase) a proper noun."""
        if not tokens:
            return None
        inside = {t.i for t in tokens}
        # "the northern Sinai town of El Arish": the town, not the region that qualifies it.
        ents = sorted(entities_in(tokens[0].sent), key=lambda e: _qualifies_named(e.root))
        foreign: Place | None = None
        for ent in ents:
            if ent.root.i not in inside or _is_qualifier(ent.end, ent.sent):
                continue
            label = self._label(ent)
            if label in _PLACE_LABELS or label not in _NOT_PLACE_LABELS:
                place, small = self._resolve(ent.text), False
                if place is None and label in _SMALL_PLACE_LABELS | {"PERSON"} and _is_strong_place(ent.root):
                    # "in Velyka Novosilka": the rule entities read two unknown capitalised names as a person
                    place, small = self.gaz.resolve_small(ent.text, self.prefer) or self._unlisted(ent.root), True
                elif place is None and _settlement_frame(ent.root) is not None:
                    # "around the town of Barsalogho" (tagged an organisation): the frame says it is a town
                    place, small = self._unlisted(ent.root), True
                # A village's alternate name counts here: the strong context and the article's
                # country already vouch for it ("in Turmus Ayya", GeoNames' "Turmus'ayya").
                if place is None or not (label in _PLACE_LABELS or _is_named(place) or small):
                    continue
                # An object ("took control of El Fasher") is a place only when the model says
                # so, or when it names a city of a country the article is about.
                # session 24: "Trump welcomed Carney outside the West Wing": a person the model names as
                # the object is the guest, not a namesake town in the host's country
                home_city = label != "PERSON" and self._is_home_city(place)
                if label in _PLACE_LABELS or not strict or small or home_city:
                    place = self._reframed(ent.root, place)
                    if place.country in self.prefer or not self.prefer:
                        # "around the town of Barsalogho in north-central Burkina Faso": the town;
                        # "in Hroza, Kharkiv region": the region's name is no city (loc13)
                        wider = place.precision != "city" or _names_region(ent.root)
                        return (self._unlisted_in(tokens) if wider else None) or place
                    # "the Quito neighbourhoods of Conocoto and San Bartolo": a namesake abroad
                    # counts only if nothing in the phrase is in a country the article is about.
                    foreign = foreign or place
        if foreign is not None:
            return foreign
        capital = self._capital_in(tokens) or self._mentioned_in(tokens) or self._seat_in(tokens)
        capital = capital or self._territory_in(tokens) or self._site_in(tokens)
        if capital is not None or strict:
            # "shelled streets in Velyka Novosilka": a village in a locative phrase of the object.
            capital = capital or self._framed_in(tokens) or self._village_in(tokens) or self._unlisted_in(tokens)
            # "the village of Chaplyne in Dnipropetrovsk region": the village, else the region
            return capital or self._region_in(tokens)
        for token in tokens:
            if _is_proper(token) and not token.ent_type_ and token.dep_ != "compound":
                place = self._resolve_at(token)
                if place is not None:
                    return place
        return self._named_in_prep(tokens) or self._unlisted_in(tokens) or self._region_in(tokens)

    def _unlisted_in(self, tokens: list[Token]) -> Place | None:
        """The first town or village of a phrase that no gazetteer lists, named in a settlement's
        frame (:meth:`_unlisted`)."""
        for token in tokens:
            if _is_proper(token) and token.ent_type_ not in _NOT_PLACE_LABELS and token.dep_ != "compound":
                place = self._unlisted(token)
                if place is not None:
                    return place
        return None

    def _unlisted(self, token: Token) -> Place | None:
        """A town or village that no gazetteer lists (GeoNames has many villages without a
        population, and news spells others its own way), named where the text itself says it is
        one and where: "the small village of Hroza in northeastern Ukraine", "the Ukrainian village
        of Hroza", "Kuriga, a town in ... Kaduna State".  Its name, in the country (and at the
        point) of the place that contains it; never a guess from the article alone."""
        frame = _settlement_frame(token)
        name = _compound(token)
        if len(name) < 3 or self.gaz.country_of_adjective(name) or self.gaz.lookup(name):
            return None
        if frame is None:
            region = self._region_after(token)
            if region is None:
                # city12: "travelled to Tudun Biri": a town the article framed and placed before
                return self._article_towns(token.doc).get(name)
            return Place(name, region.country, region.admin1, region.lat, region.lon, 0, "city")
        container = self._frame_container(frame, token)
        if container is None:
            return self._article_towns(token.doc).get(name)
        town = Place(name, container.country, container.admin1, container.lat, container.lon, 0, "city")
        self._towns.setdefault(name, town)
        return town

    def _frame_container(self, frame: Token, token: Token) -> Place | None:
        """The place that contains a town its frame names ("the Ukrainian village of Hroza")."""
        heads = [frame, token]
        if frame.dep_ == "pobj" and frame.head.dep_ == "prep":
            heads.append(frame.head.head)  # "a cafe in the village of Hroza in northeastern Ukraine"
        return next(filter(None, (self._container(head, token) for head in heads)), None)

    def _article_towns(self, doc: Doc) -> dict[str, Place]:
        """The towns a frame put in another country (``_reframed``), found over the whole article
        once, in the order of the text, whichever event asks first."""
        if self._named_places is None:
            self._named_places = []  # while it is built, a reframed name sees the towns found so far
            self._named_places = self._places_named(doc)
        return self._towns

    def _reframed(self, token: Token, place: Place) -> Place:
        """city12: "the northern Mozambican town of Palma" is no city of Spain: a town whose frame puts
        it in another country than the gazetteer's place of that name is a town of that country
        that the gazetteer lacks (placed as rule 7 places one)."""
        if place.precision != "city":
            return place
        name = _compound(token)
        frame = _settlement_frame(token)
        container = self._frame_container(frame, token) if frame is not None else None
        if container is None or container.country == place.country:
            # "... infiltrated the town of Palma": the town the article placed before
            return self._article_towns(token.doc).get(name, place)
        town = Place(name, container.country, container.admin1, container.lat, container.lon, 0, "city")
        self._towns[name] = town
        return town

    def _region_after(self, token: Token) -> Place | None:
        """The region written after a name in a place context, the way news locates a village:
        "near Katari, Kaduna State", "in Hroza, Kharkiv region" (an apposition, or the region noun
        the name modifies); None unless the name stands where only a place can ("in", "near" ...)
        and the words after it name a region or province, not a city."""
        candidates = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ in {"nmod", "compound"} and token.head.lemma_.lower() in _REGION_NOUNS:
            candidates.append(token.head)
        for region in candidates:
            if not (_is_strong_place(token) or _is_strong_place(region)):
                continue
            words = token.doc[region.left_edge.i : region.i + 1]
            if region.lemma_.lower() not in _REGION_NOUNS and region.pos_ != "PROPN":
                continue
            place = self._resolve(words.text.strip(", "))
            if place is not None and place.precision == "admin1":
                return place
        return None

    def _container(self, head: Token, name: Token) -> Place | None:
        """The country or region a settlement's frame puts it in: an adjective or a region's name on
        the frame noun ("the Ukrainian village of", "the Donetsk town of"), else the place of an
        "in" phrase of the frame, the name or the noun the frame's phrase qualifies, other than the
        one that holds the name ("in north-central Burkina Faso", "in ... Kaduna State")."""
        for mod in head.children:
            if mod.dep_ in {"amod", "compound"}:
                country = self.gaz.country_of_adjective(mod.text)
                place = self.gaz.country(country) if country else None
                if place is None and _is_proper(mod):
                    place = self._resolve(_compound(mod))
                if place is not None and place.precision != "city":
                    return place
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
            inside = [t for t in prep.subtree]
            if name in inside:
                continue
            for ent in entities_in(head.sent, tuple(_PLACE_LABELS)):
                place = self._resolve(ent.text) if ent.root in inside else None
                if place is not None:
                    return place
            for token in inside:  # "in the Chikun Local Government Area of Kaduna State": untagged
                place = self._resolve(_compound(token)) if _is_proper(token) and token.dep_ != "compound" else None
                if place is not None and place.precision != "city":
                    return place
        return None

    def _framed_in(self, tokens: list[Token]) -> Place | None:
        """A name the entities missed in "the city of X" or "south of X", or as what a visitor reached
        ("also reached Derna"), of a country the article is about, under any of its names (GeoNames'
        Darnah): the frame says it is a place, so an alternate name counts as in a locative phrase."""
        for token in tokens:
            visited = token.dep_ in _OBJECTS and token.head.lemma_.lower() in _VISIT_VERBS
            if _is_proper(token) and not token.ent_type_ and (visited or _framing_noun(token) is not None):
                place = self._resolve_at(token)
                if place is not None and place.precision != "country" and place.country in self.prefer:
                    return place
        return None

    def _village_in(self, tokens: list[Token]) -> Place | None:
        """A village of an article country named in a strong place context of a phrase, where no
        larger place has its name (an object's phrase takes no other bare proper noun)."""
        for token in tokens:
            if _is_proper(token) and not token.ent_type_ and token.dep_ != "compound" and _is_strong_place(token):
                name = _compound(token)
                if self.gaz.resolve(name, self.prefer) is None:
                    place = self.gaz.resolve_small(name, self.prefer)
                    if place is not None:
                        return place
        return None

    def _resolve(self, name: str) -> Place | None:
        """The place of a name, unless it has no country: a sea shared by many ("the Black Sea")
        is known, so that it is not read as a town, but places no event."""
        place = self.gaz.resolve(name, self.prefer)
        return place if place is not None and place.country else None

    def _resolve_at(self, token: Token) -> Place | None:
        """The place a proper noun (with its compounds) names; in a strong place context ("in X",
        "near X", "the village of X", "X, a town in ..."), a village or small town of an article
        country when the main gazetteer has nothing of that name, or only another name of a city
        abroad ("Jermuk" is an alternate name of Çermik, Turkey, and an Armenian spa town)."""
        name = _compound(token)
        place = self._resolve(name)
        if place is not None and token.dep_ == "compound" and self._namesake_of_a_district(token.head, place):
            return self.dateline
        if place is not None and (place.is_exact or place.country in self.prefer or place.precision != "city"):
            return place
        if _is_strong_place(token) and token.ent_type_ in _SMALL_PLACE_LABELS:
            return self.gaz.resolve_small(name, self.prefer) or place
        return place

    def _namesake_of_a_district(self, head: Token, place: Place) -> bool:
        """'a church in the Miramar district' under HAVANA (``head``: "district"): a district with no
        city named is the dateline city's, and a town of that name abroad (Miramar, Florida) is a
        namesake.  Not under a news bureau's dateline, whose city is no scene."""
        if head.lower_ not in CITY_PARTS or self.dateline is None:
            return False
        if place.country == self.dateline.country or any(c.dep_ == "poss" for c in head.children):
            return False
        return not self._is_bureau(head.doc)

    def _is_home_city(self, place: Place) -> bool:
        return place.precision == "city" and place.is_exact and place.country in self.prefer

    def _label(self, ent: Span) -> str:
        """The entity's label, except a "nationality" that is no nation: the model's reading of a
        rare town name ("in the eastern town of Itahari", "the Rafah border crossing")."""
        if ent.label_ == "NORP" and not self.gaz.country_of_adjective(ent.text):
            return ""
        return ent.label_

    def _named_in_prep(self, tokens: list[Token]) -> Place | None:
        """A proper noun right after a locative preposition that the model put inside another
        entity ("the Foreign Ministry in Male"): its exact gazetteer name only."""
        for token in tokens:
            if _is_proper(token) and token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE:
                place = self._resolve_at(token)
                if place is not None and _is_named(place) and token.ent_type_ not in _NOT_PLACE_LABELS - {"NORP"}:
                    return place
        return None

    def _mentioned_in(self, tokens: list[Token]) -> Place | None:
        """'the city', 'the besieged town', 'the territory': the place of that kind named last before.

        Only sentences that were parsed count: a place named in a sentence the filter dropped is
        not seen."""
        for token in tokens:
            place = self._mentioned(token)
            if place is not None:
                return place
        return None

    def _mentioned(self, token: Token) -> Place | None:
        """The place 'the city' (not 'the city of X', not 'its city') stands for, or None."""
        precision = _ANAPHORS.get(token.lower_)
        determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "poss"}}
        if token.lower_ == "scene" and determiners == {"the"}:
            # "at the scene", not "the political scene"
            is_bare = not any(c.dep_ == "amod" for c in token.children)
            return self._scene_of_act(token) if is_bare else None
        if precision is None or determiners != {"the"} or any(c.lower_ == "of" for c in token.children):
            return None
        if self._named_places is None:
            self._named_places = self._places_named(token.doc)
        start = token.sent.start
        # loc8: also the names of the dropped sentences and the places of earlier acts, which find
        # the villages the model tags as nothing ("Russian troops advanced on Vuhledar ... withdrew
        # from the town").
        before = [
            (i, place)
            for i, place in self._named_places + self._dropped + self._acts
            if i < token.i and (place.precision == precision or (i >= start and place.precision != "country"))
        ]
        if token.lower_ in _SMALL_ANAPHORS:
            # city12: "... told reporters in Maputo. ... battling the insurgents in parts of the town": where
            # a speaker addressed the press is no town the story is about.
            before = [(i, place) for i, place in before if not _is_speech_place(token.doc[i])]
        return max(before, key=lambda pair: pair[0])[1] if before else None

    def _scene_of_act(self, token: Token) -> Place | None:
        """'the scene' ('at the scene', 'visited the scene', 'the scene of the attack'): where the last
        physical act before it was placed, not the last city named (often where the wounded were
        flown: "a hospital in the regional city of Banska Bystrica"); None without such an act."""
        before = [(i, place) for i, place in self._scenes_of_acts if i < token.i]
        return max(before, key=lambda pair: pair[0])[1] if before else None

    def _places_named(self, doc: Doc) -> list[tuple[int, Place]]:
        """The article's GPE and LOC entities that name places, and the untagged names where only a
        place can stand, in order (for 'the city')."""
        found = []
        for ent in entities_in(doc, tuple(_PLACE_LABELS)):
            place = self._resolve(ent.text)
            if place is not None:
                found.append((ent.start, self._reframed(ent.root, place)))
        return sorted(found + self._bare_places(doc), key=lambda pair: pair[0])

    def _bare_places(self, doc: Doc) -> list[tuple[int, Place]]:
        """Towns and villages the entities miss, where only a place can stand: "stormed a market in
        Djibo", "pushed into Chasiv Yar", "Explosions rocked Zaporizhzhia" (the model tags them as
        nothing or as a person).  One pass over the article's tokens, kept for the article."""
        if self._bare is None:
            self._bare = []
            # only the proper nouns (a tenth of the tokens), found through the POS array
            for k in (doc.to_array([POS]) == _PROPN).nonzero()[0].tolist():
                token = doc[k]
                if token.ent_type_ not in _BARE_LABELS or token.dep_ == "compound" or not _is_proper(token):
                    continue
                if _is_strong_place(token) or _is_struck(token):
                    place = self._resolve_at(token) if token.ent_type_ != "PERSON" else None
                    if place is None and token.ent_type_ == "PERSON" and _is_strong_place(token):
                        place = self.gaz.resolve_small(_compound(token), self.prefer)
                    if place is None and _is_strong_place(token):
                        place = self._unlisted(token)
                    if place is not None and place.precision != "country" and place.country in self.prefer:
                        self._bare.append((token.i, place))
        return self._bare

    def _territory_in(self, tokens: list[Token]) -> Place | None:
        """'in two Afghan border provinces', 'in Lebanese territory', 'over Syrian airspace': the
        country an adjective names, on a noun that can only be a part of its land (the model tags
        the adjective a nationality, which names no place)."""
        for token in tokens:
            if token.lemma_.lower() in _TERRITORY_NOUNS:
                for mod in token.children:
                    country = self.gaz.country_of_adjective(mod.text) if mod.dep_ in {"amod", "compound"} else ""
                    place = self.gaz.country(country) if country else None
                    if place is not None:
                        return place
        return None

    def _site_in(self, tokens: list[Token]) -> Place | None:
        """'in Nuseirat camp', 'at the Torkham crossing': a camp, crossing, base or port named by a
        proper noun the model often tags as nothing; placed at the town of its name (see
        :meth:`Gazetteer.resolve`), in a country the article is about."""
        for token in tokens:
            if token.lemma_.lower() in _SITE_NOUNS:
                names = [c for c in token.children if c.dep_ == "compound" and _is_proper(c)]
                if names:
                    name = token.doc[names[0].left_edge.i : names[-1].i + 1].text
                    place = self._resolve(f"{name} {token.text}")
                    if place is not None and place.country in self.prefer:
                        return place
        return None

    def _region_in(self, tokens: list[Token]) -> Place | None:
        """'in Sukma district', 'across Kanem province': a region noun whose proper-noun compound
        names the region; the model often tags only the name, or nothing, so the region form of
        the gazetteer (``Gazetteer._regional``) is asked for the whole name here (session 13).  In
        a country the article is about."""
        for token in tokens:
            if token.lower_ in _REGION_NOUNS and token.text.islower():
                names = [c for c in token.children if c.dep_ == "compound" and _is_proper(c)]
                if names:
                    name = token.doc[names[0].left_edge.i : names[-1].i + 1].text
                    place = self._resolve(f"{name} {token.text}")
                    if place is not None and self._namesake_of_a_district(token, place):
                        return self.dateline
                    if place is not None and place.precision != "country" and place.country in self.prefer:
                        return place
            place = self._unknown_region(token)
            if place is not None:
                return place
        return None

    def _unknown_region(self, token: Token) -> Place | None:
        """A region, pass, valley or shoal no gazetteer lists, in a locative phrase: "in Kanem
        province", "in Balochistan's Bolan district", "in the Bolan Pass", "near Sabina Shoal".  News
        names the places of rural fighting so, and GeoNames lists towns, not them.  Placed under its
        name (a province by its bare name, "Kanem"; a pass or a valley by its full one), precision
        admin1, in what contains it: a possessor or an "in" phrase that names a known region or
        country, else the dateline's country (at its centroid); never guessed without a dateline."""
        if token.dep_ != "pobj" or token.head.lower_ not in _LOCATIVE:
            return None
        is_region = token.lower_ in _REGION_NOUNS and token.text.islower()
        if not is_region and token.text not in _FEATURES:
            return None
        names = [c for c in token.children if c.dep_ == "compound" and _is_proper(c)]
        if not names:
            return None
        first = names[0].left_edge.i + (names[0].left_edge.dep_ == "det")
        name = token.doc[first : names[-1].i + 1].text
        if len(name) < 3 or self.gaz.lookup(name) or self.gaz.country_of_adjective(name):
            return None
        full = name if is_region else f"{name} {token.text}"
        if not is_region and self.gaz.lookup(full):
            return None
        container = self._region_container(token)
        if container is None:
            return None
        admin1 = container.admin1 if container.precision == "admin1" else ""
        return Place(full, container.country, admin1, container.lat, container.lon, 0, "admin1")

    def _region_container(self, token: Token) -> Place | None:
        """What contains an unlisted region: "Balochistan's Bolan district", "the Galwan Valley in
        Ladakh", else the dateline's country, unless the dateline is a news bureau."""
        for child in token.children:
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "in"):
                head = child if child.dep_ == "poss" else next((c for c in child.children if c.dep_ == "pobj"), None)
                place = self._resolve(_compound(head)) if head is not None else None
                if place is not None and place.precision in {"admin1", "country"}:
                    return place
        if self.dateline is None or self._is_bureau(token.doc):
            return None  # a news bureau's country ("BEIRUT" for a story about Syria) is no container
        return self.gaz.country(self.dateline.country)

    def _capital_in(self, tokens: list[Token]) -> Place | None:
        """'the Kazakh capital', (city12) "Moldova's capital": the capital of the country an adjective
        or a possessor names."""
        for token in tokens:
            if token.lower_ == "capital" and not any(c.lower_ in _OTHER_CAPITALS for c in token.children):
                for mod in token.children:
                    country = self._country_of_modifier(mod)
                    if country and self.gaz.capital(country) is not None:
                        return self.gaz.capital(country)
                if _is_bare_the(token):
                    return self._home_capital()
        return None

    def _seat_in(self, tokens: list[Token]) -> Place | None:
        """'received by Putin at the Kremlin', 'met Biden in the Oval Office': a building that houses a
        state's leader, government or parliament, after a locative preposition, is in that state's
        capital.  The gazetteer has no buildings, and their names are other places' alternate names
        ("White House" is Casablanca's), so such a meeting fell to a dateline elsewhere."""
        for token in tokens:
            if token.dep_ != "pobj" or token.head.lower_ not in _STRONG_PREPOSITIONS or not token.text[:1].isupper():
                continue
            country = _seat_country(token)
            place = self.gaz.seat(country) if country else None
            if place is not None:
                return place
        return None

    def _home_capital(self) -> Place | None:
        """What a bare "the capital" names: the capital of the state the event's sides belong to
        ("Police banned gatherings in the capital" in Pakistan, "Sogavare ordered a lockdown of the
        capital" in a story filed from Canberra), else of the dateline's country when it is one of
        the sides; not a city the story named last.  Unknown when the sides are of two states that
        the dateline does not settle."""
        states = {c for c in self._sides if len(c) == 3 and c != "IGO"}
        if len(states) == 1:
            return self.gaz.capital(states.pop())
        if self.dateline is not None and self.dateline.country in states:
            return self.gaz.capital(self.dateline.country)
        return None

    def _country_of_modifier(self, mod: Token) -> str:
        """The ISO3 of the country an adjective ("Kazakh") or a possessor ("Moldova's") names, or ''."""
        if mod.dep_ in {"amod", "compound"}:
            return self.gaz.country_of_adjective(mod.text)
        if mod.dep_ == "poss" and mod.ent_type_ == "GPE":
            place = self._resolve(_compound(mod))
            return place.country if place is not None and place.precision == "country" else ""
        return ""

    def _nearest(self, sent: Span, index: int, trigger: Token | None = None, code: str = "") -> Place | None:
        """The place nearest the trigger among the sentence's locative places that can be its act's."""
        places = self._sentence_places.get(sent.start)
        if places is None:
            places = self._sentence_places[sent.start] = self._locative_places(sent)
        if trigger is not None:
            # loc13: "praised Bangladesh ... and said the solution lay in Myanmar": what is reported is
            # no place of the act, not even to beat a dateline abroad.
            places = [(i, p) for i, p in places if not _in_reported_clause(sent.doc[i], trigger)]
            if places and _is_home_word(code):
                # loc15: "hit back at Chad for expelling the German envoy in N'Djamena": the deed blamed
                places = [(i, p) for i, p in places if not _in_grounds(sent.doc[i], trigger)]
                # session 19: "condemned the Israeli operation in Rafah": the deed judged is the object's
                places = [(i, p) for i, p in places if not _in_judged_deed(sent.doc[i], trigger)]
                # session 12: "imposed sanctions ..., escalating its campaign ... in Afghanistan"
                places = [(i, p) for i, p in places if not _in_comment(sent.doc[i], trigger)]
                # session 24: "declared Zhao Wei, a diplomat at the Chinese consulate in Toronto, persona non
                # grata": an apposition says who the object is, not where the decision was made
                places = [(i, p) for i, p in places if not _in_apposition_of_object(sent.doc[i], trigger)]
                # and "lashed out at Morocco": whom the words are aimed at
                places = [(i, p) for i, p in places if not (_after_at(sent.doc[i]) and self._is_government(p))]
            reaches = code[:2] in _SCENE_ROOTS
            if reaches:
                # city12: '"... killed dozens of people," the spokesman told reporters in Maputo': where
                # the press was told is no scene of a physical act
                places = [(i, p) for i, p in places if not _is_speech_place(sent.doc[i])]
            own = [(i, p) for i, p in places if not _in_other_clause(sent.doc[i], trigger, reaches=reaches)]
            # A place in another clause is that clause's act's; it still beats a dateline abroad
            # ("freed ... hours after Lukashenko held talks in Minsk", under VILNIUS).
            datelines = self._dateline_countries()
            places = own or [(i, p) for i, p in places if p.country not in datelines]
            # session 13: a word or decision is not placed by a relative clause that says who its object
            # is ("gave the soldiers who seized power in Niger one week"): where they are, not where
            # they were told (a release is: captives are freed where they were held)
            if _is_home_word(code):
                places = own or [(i, p) for i, p in places if not _describes_object_noun(sent.doc[i], trigger)]
        if not places:
            return None
        return min(places, key=lambda pair: abs(pair[0] - index))[1]

    def _locative_places(self, sent: Span) -> list[tuple[int, Place]]:
        """Places of a sentence that stand in a locative phrase ("in Kyiv"), with their token index."""
        found = []
        covered: set[int] = set()
        for ent in entities_in(sent):
            label = self._label(ent)
            if label not in _NOT_PLACE_LABELS and _is_locative(ent.root) and not _is_qualifier(ent.end, sent):
                place = self._resolve(ent.text) or self._unlisted(ent.root)
                district = ent.root.head if ent.root.dep_ == "compound" else None
                if place is not None and district is not None and self._namesake_of_a_district(district, place):
                    place = self.dateline
                if place is not None and (label in _PLACE_LABELS or _is_named(place)):
                    found.append((ent.root.i, place))
                    covered.update(range(ent.start, ent.end))
        for token in sent:
            if token.i not in covered and token.ent_type_ not in _PLACE_LABELS and _is_locative(token):
                place = (
                    self._capital_in([token])  # city12: "in Kenya's capital" is Nairobi, not Kenya
                    or self._seat_in([token])  # session 13: "at the Kremlin" is Moscow
                    or self._named_in_prep([token])
                    or self._framed_in([token])
                    or self._mentioned(token)
                    or self._territory_in([token])
                    or self._site_in([token])
                    or self._region_in([token])
                    or self._unlisted_in([token])
                )
                if place is not None:
                    found.append((token.i, place))
        return found


# Where a proper noun can only be a place, so that a village of its name may be meant.
_STRONG_PREPOSITIONS = {"in", "near", "outside", "at", "around", "inside"}
_SETTLEMENTS = {"village", "town", "city", "hamlet", "township", "settlement", "locality", "district", "municipality"}
_SETTLEMENTS |= {"community"}
# A village name is read by the model as a place, a facility, a "nationality" or nothing at all.
_SMALL_PLACE_LABELS = {"", "GPE", "LOC", "FAC", "NORP"}
_ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "obj", "poss", "iobj", "dative"}
_MODIFIERS = {"compound", "amod", "nmod"}
_PHRASE_DEPS = {"pobj", "compound", "amod", "det", "conj", "cc", "appos", "nmod", "punct", "npadvmod", "dobj", "obj"}


# Making and hosting a visit (session 13: in the host's country).
_VISIT_CODES = {"042", "043"}
# Natural features news names places of fighting by ("the Bolan Pass", "Sabina Shoal"), session 13.
_FEATURES = {"Pass", "Valley", "Shoal", "Reef", "Mountains", "Hills", "Plateau", "Gorge", "Heights"}
# Session 13: buildings that house a state's leader, government or parliament, all in its capital
# (the Pentagon is across the river from Washington, within the scorer's 25 km).  Names as news
# writes them, lower case, without "the"; not ministries or agencies, which are bodies, not sites.
_SEAT_BUILDINGS = {
    "USA": ("white house", "oval office", "pentagon", "capitol", "capitol hill", "state department"),
    "RUS": ("kremlin", "state duma"),
    "GBR": ("downing street", "number 10", "no 10", "buckingham palace", "westminster", "whitehall"),
    "FRA": ("elysee", "elysee palace", "élysée", "élysée palace", "matignon", "quai d'orsay"),
    "CHN": ("zhongnanhai", "great hall of the people"),
    "KOR": ("blue house", "cheong wa dae"),
    "JPN": ("kantei",),
    "DEU": ("bundestag", "bundesrat"),
    "ITA": ("palazzo chigi", "quirinale", "quirinal palace"),
    "ESP": ("moncloa", "la moncloa", "moncloa palace"),
    "ISR": ("knesset",),
    "UKR": ("verkhovna rada", "bankova"),
    "POL": ("sejm",),
    "IND": ("south block", "rashtrapati bhavan"),
    "ARG": ("casa rosada",),
    "BRA": ("planalto", "planalto palace"),
    "CHL": ("la moneda", "moneda palace"),
    "COL": ("casa de nariño", "casa de narino"),
    "ECU": ("carondelet palace",),
    "VEN": ("miraflores", "miraflores palace"),
    "MEX": ("national palace",),
    "PHL": ("malacanang", "malacañang", "malacanang palace", "malacañang palace"),
    "NGA": ("aso rock", "aso villa"),
    "ZAF": ("union buildings",),
    "SOM": ("villa somalia",),
    "LBN": ("baabda", "baabda palace", "grand serail"),
    "TUN": ("carthage palace",),
    "KAZ": ("akorda",),
    "MLI": ("koulouba",),
    "DZA": ("el mouradia",),
    "CAN": ("parliament hill",),
    "SWE": ("riksdag", "rosenbad"),
    "NOR": ("storting",),
    "IRL": ("leinster house",),
}
_SEATS = {name: iso3 for iso3, names in _SEAT_BUILDINGS.items() for name in names}


def _seat_country(token: Token) -> str:
    """The ISO3 of the state whose seat a phrase's head names ("the White House", "the Great Hall of
    the People", "Miraflores Palace"), or ''."""
    doc = token.doc
    start = token.left_edge.i + (token.left_edge.lower_ == "the")
    for end in (token.right_edge.i, token.i):
        name = doc[start : end + 1].text.lower()
        if name in _SEATS:
            return _SEATS[name]
    return ""


def _phrase(head: Token, is_moving: bool = False, depth: int = 0) -> list[Token]:
    """A place phrase: 'the northern province of Helmand', 'Kyiv and Kharkiv', not 'talks with Russia'.

    Prepositions inside it are followed only for 'of', for gatherings ('a visit to Moscow') and,
    for visits and force, for 'in' ('struck targets in Yemen').
    """
    tokens = [head]
    if depth > 6:
        return tokens
    inner = {"of"}
    if head.lemma_.lower() in _GATHERINGS:
        inner |= {"to", "in", "at"}
    if is_moving:
        # "strikes against targets in Yemen", "shelling on villages near Bakhmut"
        inner |= {"in", "near"} | _DIRECTED
    for child in head.children:
        if child.dep_ == "appos" and head.ent_type_ == "PERSON":
            continue  # city12: "sentenced Evghenia Gutul, the governor of the Gagauzia region": who, not where
        if child.dep_ in _PHRASE_DEPS or (child.dep_ == "prep" and child.lower_ in inner):
            tokens.extend(_phrase(child, is_moving, depth + 1))
        elif "in" in inner and child.dep_ in {"advmod", "amod"} and child.lemma_.lower() in _DIRECTIONS:
            tokens.extend(_phrase(child, is_moving, depth + 1))  # "in waters south of Jeju Island"
    return sorted(tokens, key=lambda t: t.i) if depth == 0 else tokens


def _is_locative(token: Token) -> bool:
    """In a locative phrase ('in Kyiv', 'near the town of Bakhmut'), visited ('visited Moscow') or
    travelled to ('who flew to Geneva'), and not in a plan ('agreed to meet again in Brazil')."""
    node = token
    for _ in range(4):
        framed = _framing_noun(node)
        if framed is not None:
            node = framed  # "in the Uzbek city of Samarkand", "in waters south of Jeju Island"
            if node.pos_ in {"VERB", "AUX"}:
                # "criticised the naval buildup south of Okinawa": the parser hangs a direction that
                # describes the object on the verb; only the act's own phrase takes it (force, drills).
                return False
        if node.dep_ == "pobj" and node.head.lower_ in _LOCATIVE:
            # "said in Kyiv", not "the war in Ukraine": the phrase must modify a verb or a venue.
            where = node.head.head
            if node.head.dep_ == "conj" and where.pos_ == "ADP":
                where = where.head  # "shooting people in and around the city"
            if where.pos_ in {"VERB", "AUX"}:
                return not _is_planned(where) and not _describes_object(where)
            return where.lemma_.lower() in _VENUES | _GATHERINGS | _AUDIENCES or _is_named_venue(where)
        if node.dep_ == "pobj" and node.head.lower_ == "to" and _is_travel(node.head.head):
            # "Baerbock, who travelled to Geneva for the session, accused ...": she speaks there.
            return not _is_planned(node.head.head)
        if node.dep_ == "pobj" and node.head.lower_ == "to" and _is_on_visit(node.head.head):
            return True  # "Lavrov, on a visit to Ankara, accused ..."
        if node.dep_ in _OBJECTS and node.head.lemma_.lower() in _VISIT_VERBS:
            return not _is_planned(node.head)
        if node.dep_ not in {"conj", "appos", "compound", "pobj"} or node.head == node:
            return False
        node = node.head
    return False


# Nouns whose "of" phrase names the place itself: "the Uzbek city of Samarkand", "the port of Odesa".
_FRAMES = {"village", "town", "city", "hamlet", "township", "settlement", "capital", "port"}
_FRAMES |= {"region", "province", "district", "island", "outskirts", "suburb", "suburbs", "centre", "center"}
# Compass directions: "south of Jeju Island", "30 km north of Kharkiv", "a village west of Maiduguri".
_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
_DIRECTIONS |= {"north-east", "north-west", "south-east", "south-west"}


def _framing_noun(token: Token) -> Token | None:
    """The noun a place's "of" phrase hangs on when that noun only frames it ("the city of X",
    "south of X"), raised past a direction to the noun or verb it modifies, so that the frame's own
    phrase ("in the city of X", "in waters south of X") says whether X is where something happened;
    else None."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    frame = token.head.head
    lemma = frame.lemma_.lower()
    if lemma in _DIRECTIONS:
        return frame.head if frame.dep_ in {"advmod", "amod", "npadvmod"} and frame.head != frame else frame
    return frame if lemma in _FRAMES else None


def _is_entered(token: Token) -> bool:
    """'pushed into Chasiv Yar', 'advanced on Vuhledar': a place troops move into or onto."""
    return token.dep_ == "pobj" and token.head.lower_ in {"into", "on"} and token.head.head.lemma_.lower() in _ADVANCES


# Verbs of troops that move into a place.
_ADVANCES = {"push", "advance", "move", "march", "storm", "roll", "break", "drive", "sweep"}
# Entity labels of the untagged towns (the rule entities read some as people or nationalities).
_BARE_LABELS = {"", "PERSON", "NORP"}


def _is_named_venue(word: Token) -> bool:
    """'the General Court Martial in Kampala', 'the International Court of Justice in The Hague', 'the
    Supreme Court in Islamabad': an institution whose name holds a venue's noun is where it sits,
    like "the court in Kampala" (loc13)."""
    if word.pos_ != "PROPN":
        return False
    if any(c.dep_ == "compound" and c.lemma_.lower() in _VENUES for c in word.children):
        return True
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_.lower() in _VENUES


def _names_region(token: Token) -> bool:
    """'Kharkiv' in 'Kharkiv region', 'Kaduna' in 'Kaduna State': a name that qualifies a region noun."""
    return token.dep_ == "compound" and token.head.lemma_.lower() in _REGION_NOUNS


def _is_struck(token: Token) -> bool:
    """'Explosions rocked Kharkiv', 'besieged El Fasher': the object of a verb of force is where it
    struck, not a government (as 'giving Moscow' is)."""
    return token.dep_ in _OBJECTS and token.head.lemma_.lower() in _STRUCK_PLACE_VERBS


def _home_side(anchor: Token, code: str, sides: tuple[str, str]) -> str:
    """The source's country where the act cannot have happened at its own towns: fire from one state
    on another (194, 195), or a reprisal against another state ("struck Hamas targets in response",
    "retaliated", "a retaliatory strike"); else ''.  Police who respond to protesters at home are
    not on another side: both sides must be known and differ."""
    source, target = sides
    if len(source) != 3 or len(target) != 3 or source == target or "IGO" in sides:
        return ""
    return source if _is_fire_abroad(code, source, target) or _is_reprisal(anchor) else ""


def _is_reprisal(trigger: Token) -> bool:
    """'struck targets in response', 'in retaliation for', 'retaliated by striking', 'a retaliatory
    strike': words in the trigger's clause or on the verb it hangs from."""
    verb = trigger
    while verb.dep_ in {"xcomp", "pcomp", "advcl", "prep", "dobj", "pobj"} and verb.head != verb:
        verb = verb.head  # "retaliated by striking": up to the verb
    words = {t.lemma_.lower() for t in verb.subtree}
    return bool(words & (_REPRISAL_NOUNS | _REPRISAL_WORDS))


def _is_there(source: Actor, named: list[str], present: set[str], leaders: set[str], gaz: Gazetteer) -> bool:
    """Whether a speaker took part in an encounter at the dateline: a person named in its sentence
    ("Ruto told reporters" after "Biden greeted Ruto"), or a leader or person of a state whose leader
    took part ("The UAE leader called ..." after "UAE President Sheikh Mohamed flew to Doha"); never
    a government, ministry or office, which speaks at home."""
    if _BODY.search(source.text):
        return False
    if any(word in present for word in named):
        return True
    if _PAIR_OF_LEADERS.match(source.text):
        return True  # session 24: "The two leaders said ..." after they met at the dateline
    # a person's name, not a state's ("Kenya", "New Delhi")
    person = source.sector in {"GOV", ""} and source.text[:1].isupper() and gaz.resolve(source.text) is None
    return source.country in leaders and (_LEADER.search(source.text) is not None or person)


# Verbs that put their subject somewhere: "arrived in Hanoi", "landed in Riyadh", "was sworn in ... in
# Dakar" (session 13).
_ARRIVALS = {"arrive", "land", "fly", "travel", "come", "reach", "swear"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_LEADER = re.compile(r"\b(?:leader|president|prime minister|premier|king|emir|crown prince|chancellor)s?\b", re.I)
_PAIR_OF_LEADERS = re.compile(
    r"(?:the two|both)\b.*\b(?:leaders|presidents|prime ministers|premiers|heads of state)\b", re.I
)
_BODY = re.compile(r"\b(?:ministry|office|government|spokes\w*|embassy|department|military|army|police)\b", re.I)


def _is_home_word(code: str) -> bool:
    """What a state says or decides at home (the speaker's-capital rule): statements, appeals,
    demands, rejections, threats (roots 01, 02, 10-13), investigations and sanctions (09, 16), and
    (loc14) praise or verbal defence (051, 052: "Trump praised the military for protecting
    democracy"), as verbal as an appeal."""
    return code[:2] in _HOME_ROOTS or code[:3] in _PRAISE


_PRAISE = {"051", "052"}


def _in_longer_name(ent: Span) -> bool:
    """Whether the entity is the head of a longer proper name that it does not span: "University"
    of "the American University of Afghanistan" (a town in Florida by itself) is no place."""
    root = ent.root
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and not ent.start <= c.i < ent.end for c in root.children)


def _is_remote(code: str, trigger: Token | None, source: Actor) -> bool:
    """loc16: a state's act done from its capital, however far the reporter is: a mediation (045:
    "The truce, mediated by Egypt, took effect" under GAZA is in Cairo; not troops or peacekeepers,
    who mediate where they are deployed), a phone call the state's official made ("Shoigu spoke by
    telephone with his Armenian counterpart" under YEREVAN is in Moscow; the other party of the call
    stays at the dateline), an order its leader gave ("Putin ordered a ceasefire" under ISTANBUL)."""
    if trigger is None or _DEPLOYED.search(source.text):
        return False
    if code.startswith(_MEDIATION):
        return True
    if code[:2] == _MEETING_ROOT and _by_phone(trigger):
        return _is_subject_of(source, _verb_of(trigger))
    if code[:2] in _FORCE_ROOTS | {"15"}:
        return False  # an ordered attack is placed where it lands (the theatre rule)
    order = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if t.lemma_.lower() in _ORDER_VERBS), None)
    return order is not None and _is_subject_of(source, order)


_MEDIATION = "045"
_DEPLOYED = re.compile(r"\b(?:troops|forces|peacekeep\w*|command|contingent|soldiers)\b", re.I)
_PHONE_WORDS = {"phone", "telephone", "videoconference", "phoned", "telephoned"}
_ORDER_VERBS = {"order", "decree"}


def _describes_object_noun(token: Token, trigger: Token) -> bool:
    """Whether a place stands in a relative clause on the object or dative of the trigger's verb."""
    node = token
    while node.head != node:
        if node.dep_ == "relcl":
            noun = node.head
            return noun.dep_ in _OBJECTS | {"dative", "iobj", "pobj"} and noun.head in (trigger, trigger.head)
        node = node.head
    return False


def _in_apposition_of_object(token: Token, trigger: Token) -> bool:
    """Whether a place stands in an apposition to the trigger's object or dative ("expelled Zhao Wei,
    a diplomat at the consulate in Toronto")."""
    node = token
    while node.head != node and node != trigger:
        if node.dep_ == "appos":
            noun = node.head
            return noun.dep_ in _OBJECTS | {"dative", "iobj"} and noun.head in (trigger, trigger.head)
        node = node.head
    return False


def _governing_verb(token: Token) -> Token:
    """The nearest verb above a token ("at its embassy in Dakar" -> "sworn"), or the root."""
    while token.pos_ != "VERB" and token.head != token:
        token = token.head
    return token


def _verb_of(trigger: Token) -> Token:
    """The verb that governs a nominal trigger ("held a phone call": held), else the trigger."""
    return trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in _OBJECTS else trigger


def _by_phone(trigger: Token) -> bool:
    """Whether the trigger's clause says the contact was by phone: "spoke by telephone", "held a
    phone call", "in a phone call", "phoned"."""
    verb = _verb_of(trigger)
    near = [verb, *verb.children, *(g for c in verb.children for g in c.children)]
    return any(t.lower_ in _PHONE_WORDS or t.lemma_.lower() in _PHONE_WORDS for t in near)


def _is_subject_of(source: Actor, verb: Token) -> bool:
    """Whether the actor is the verb's subject: its mention's last word is in the subject phrase."""
    words = source.text.split()
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(words) and any(words[-1] in {t.text for t in c.subtree} for c in subjects)


def _is_encounter(code: str) -> bool:
    """A meeting, visit or signing, which puts its sides where it is placed (not a phone call, 041)."""
    return (code[:2] == _MEETING_ROOT and code != _PHONE_CALL) or code == _SIGNING


_PHONE_CALL = "041"


def _at_a_gathering(sent: Span) -> bool:
    """Whether the sentence puts someone at a gathering it does not place ("pledged $500 million at a
    donors' conference", "spoke on the sidelines of the summit"): under a dateline, the gathering is
    where the reporter is, a scene and no bureau."""
    for token in sent:
        if token.lemma_.lower() in _SESSIONS and token.dep_ == "pobj" and token.head.lower_ in _AT_WORDS:
            return True
    return False


_SESSIONS = (_GATHERINGS - _VISITS) | {"forum", "sideline", "sidelines", "gathering", "assembly"}
_AT_WORDS = {"at", "during", "on"}


def _is_state_word(code: str, trigger: Token) -> bool:
    """A state's own word or decision, made at home: statements, intents, appeals, praise and
    rejections (roots 01-03, 05, 10-13), investigations and sanctions (09, 16).  Not what sides
    settle together where they meet: signing (057) or agreeing ("The two governments agreed to set
    up a joint commission")."""
    if code == _SIGNING or trigger.lemma_.lower() in _SETTLED:
        return False
    return code[:2] in _HOME_ROOTS | {"03", "05"}


_SIGNING = "057"
_SETTLED = {"agree", "sign", "accept", "conclude", "reach"}


def _is_bare_the(token: Token) -> bool:
    """ "the capital" alone: no modifier, possessor, name or "of" phrase says which one."""
    children = list(token.children)
    return [c.lower_ for c in children if c.dep_ == "det"] == ["the"] and all(
        c.dep_ in {"det", "punct", "prep", "relcl", "acl"} and c.lower_ != "of" for c in children
    )


def _is_fire_abroad(code: str, source: str, target: str) -> bool:
    """Shelling, missiles, drones and air strikes (194, 195) by one country on another land on the
    target, whether the story is told from the target's country or the source's; other force
    (killings, clashes, raids) is often on the source's soil or on the frontier."""
    return code[:3] in _FIRE_CODES and bool(source) and bool(target) and source != target


_FIRE_CODES = {"194", "195"}


def _near_any(place: Place, others: list[Place]) -> bool:
    """Within 30 km of one of the places ("Delhi" and the capital New Delhi are one scene)."""
    return any(o.country == place.country and abs(o.lat - place.lat) + abs(o.lon - place.lon) < 0.3 for o in others)


def _in_other_clause(token: Token, trigger: Token, *, reaches: bool = False) -> bool:
    """'Iraq recalled its envoy hours after missiles killed four people in Erbil': a place in a
    time or cause clause, or in a relative clause, that does not hold the trigger is where that
    clause's act happened.  ``reaches`` (loc17): the act is physical (roots 14, 15, 17-20), so it
    happened where its target was; a relative clause of that target keeps its place."""
    node = token
    while node.head != node:
        # "France, which keeps 400 troops in Gabon, condemned ...": a relative clause says where its
        # noun is, not where the sentence's act happened, unless it took its noun there ("Baerbock,
        # who travelled to Geneva for the session, accused ...").
        if (node.dep_ == "advcl" and _has_own_subject_and_mark(node)) or (
            node.dep_ == "relcl" and node.lemma_.lower() not in _TRAVEL_VERBS | _VISIT_VERBS
        ):
            if reaches and node.dep_ == "relcl" and _is_reached(node.head, trigger):
                return False  # "opened fire on demonstrators who stormed the airport in Ayacucho"
            return not (node.left_edge.i <= trigger.i <= node.right_edge.i)
        node = node.head
    return not reaches and _outside_own_clause(token, trigger)


def _outside_own_clause(token: Token, trigger: Token) -> bool:
    """Session 13: the mirror case, "Sudan's army shelled positions in the al-Fashaga region, two
    days after Khartoum accused the Ethiopian army ...": a word or decision told in a time or cause
    clause is not placed by the main clause's place.  Not for physical acts, which often happened
    where the main clause did ("Police arrested 12 people in Kabul after protesters stormed ...")."""
    node = trigger
    while node.head != node:
        if node.dep_ == "advcl" and _has_own_subject_and_mark(node):
            return not (node.left_edge.i <= token.i <= node.right_edge.i)
        node = node.head
    return False


def _names_attack(trigger: Token) -> bool:
    """Whether a statement is about an attack: an attack noun as its object or after its "for",
    "over" or "of" ("condemned the attack", "blamed the ADF for the raid")."""
    for child in trigger.children:
        nouns = [child] if child.dep_ in _OBJECTS else []
        if child.dep_ == "prep" and child.lower_ in _GROUNDS_PREPS:
            nouns = [t for t in child.children if t.dep_ == "pobj"]
        if any(n.lemma_.lower() in _ATTACK_WORDS for n in nouns):
            return True
    return False


def _is_reached(noun: Token, trigger: Token) -> bool:
    """Whether a noun is what a physical act reached: the trigger's object, or the object of a
    preposition on the trigger or on its object ("opened fire on demonstrators", "fired tear gas at
    protesters", "arrested activists"); not its subject, who may have come from elsewhere."""
    if noun.dep_ not in _OBJECTS | {"pobj"} or noun.head.dep_ == "agent":
        return False  # "killed by rockets that fell short in Gaza": the agent, not the target
    head = noun.head
    if noun.dep_ == "pobj":
        head = head.head
    return head == trigger or (head.dep_ in _OBJECTS and head.head == trigger)


def _in_reported_clause(token: Token, trigger: Token) -> bool:
    """'Guterres praised Bangladesh ... and said the ultimate solution lay in Myanmar': a place in
    what a speaker says (a verb's clausal complement) that does not hold the trigger is where the
    reported thing is, not where the act happened ("warned that attacks in Syria would ...")."""
    node = token
    while node.head != node:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _SPEECH_VERBS:
            return not (node.left_edge.i <= trigger.i <= node.right_edge.i)
        node = node.head
    return False


def _in_grounds(token: Token, trigger: Token) -> bool:
    """'Germany hit back at Chad for expelling the German envoy in N'Djamena', 'lashed out at Morocco
    for letting Lapid use a visit to Rabat', 'accused Russia of shelling homes in Kharkiv': a place
    in the deed a statement, praise or sanction is about (a gerund after "for", "of" or "over" that
    does not hold the trigger) is where the target did it, not where the speaker acted."""
    node = token
    while node.head != node:
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in _GROUNDS_PREPS:
            prep = node.head
            return not (prep.left_edge.i <= trigger.i <= prep.right_edge.i)
        if node != token and _is_deed_noun(node) and node.head.head in (trigger, trigger.head):
            # session 24: "accused Washington of the oppression of Chinese journalists in the United States"
            return True
        node = node.head
    return False


def _is_deed_noun(node: Token) -> bool:
    """A common noun that no entity tags, after 'for', 'of' or 'over': the deed itself ('of the
    oppression', 'over the killing'), not a state or a place named as the grounds."""
    return node.dep_ == "pobj" and node.head.lower_ in _GROUNDS_PREPS and node.pos_ == "NOUN" and not node.ent_type_


_GROUNDS_PREPS = {"for", "of", "over"}


def _in_judged_deed(token: Token, trigger: Token) -> bool:
    """'Egypt condemned the Israeli operation in Rafah', 'condemned the burning of a Quran outside the
    main mosque of Stockholm': a place inside the object of a statement names where the deed judged
    was done, not where the speaker spoke.  Only a common noun the model tags as no entity (an act,
    a thing), not a named state, place or person the statement is aimed at."""
    node = token
    while node.head != node and node.head != trigger:
        node = node.head
    if node.head != trigger or node.dep_ not in {"dobj", "obj"} or node == token:
        return False
    return node.pos_ == "NOUN" and node.ent_type_ == ""


def _same_phrase(a: Token, b: Token) -> bool:
    """Whether one word is in the other's noun phrase: one governs the other with no verb between
    ("Ambassador Sergei Nechayev", "the ambassador, Karima Benyaich"), unlike a verb's subject and
    object ("Laya summoned the ambassador")."""
    low, high = (a, b) if b.is_ancestor(a) else (b, a) if a.is_ancestor(b) else (None, None)
    if low is None or high is None:
        return False
    node = low.head
    while node != high:
        if node.pos_ in {"VERB", "AUX"}:
            return False
        node = node.head
    return True


def _is_summons(trigger: Token, code: str) -> bool:
    """Whether a state summons a foreign diplomat ("Spain's Foreign Minister summoned Morocco's
    ambassador"): the diplomat is called to the foreign ministry, which sits in the capital, wherever
    in the country the reporter files from ("CEUTA, Spain") and whatever the dateline abroad.  Only
    where the sentence names no place (rules 1-2 come first)."""
    return code.startswith(_SUMMONS) and trigger.lemma_.lower() in {"summon", "call"}


_SUMMONS = "114"


def _in_comment(token: Token, trigger: Token) -> bool:
    """Whether the name stands in a participle clause that comments on the act after it ("imposed
    sanctions on the prosecutor, escalating its campaign against the court over its inquiry into war
    crimes in Afghanistan"; "..., raising tensions in the region").  News writes the act first and
    then what it means; the places of that meaning are not where a state spoke or decided."""
    node = token
    while node.head != node:
        if node.dep_ == "advcl" and node.head == trigger:
            return _is_comment(node, trigger)
        node = node.head
    return False


def _is_comment(clause: Token, trigger: Token) -> bool:
    """A present participle after the act, without a subject of its own, whose verb does not put
    the speaker somewhere: "escalating", "deepening", "raising", not "speaking", "visiting"."""
    if clause.tag_ != "VBG" or clause.i < trigger.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False
    return clause.lemma_.lower() not in _PRESENCE_VERBS


# Participles that say where the speaker was: "..., speaking at a news conference in Sochi".
_PRESENCE_VERBS = {"speak", "talk", "address", "attend", "host", "hold", "meet", "stand", "sit", "appear", "stay"}
_PRESENCE_VERBS |= {"visit", "tour", "travel", "arrive", "return", "fly", "come", "make", "tell", "say", "write"}
# loc17: a disapproval (criticism, accusation, blame) and the nouns that name the attack it is about
_REACTION_ROOT = "11"
# whose reactions are told from the seat of government or of a body, not from the attack's town
_GOVERNMENT_SECTORS = {"", "GOV", "LEG", "JUD"}
_ATTACK_WORDS = _ATTACK_NOUNS | {"massacre", "killing", "killings", "shooting", "ambush", "blast", "explosion", "raids"}


def _after_at(token: Token) -> bool:
    """Whether the name is the object of "at" ("at Morocco", "at the Kremlin")."""
    return token.dep_ == "pobj" and token.head.lower_ == "at"


# Verbs that report what someone says or thinks: their complement is content, not a scene.
_SPEECH_VERBS = {"say", "tell", "warn", "add", "insist", "argue", "claim", "note", "believe", "think"}
_SPEECH_VERBS |= {"state", "declare", "announce", "stress", "suggest", "write", "report", "allege", "deny"}


def _trailing_name(text: str) -> str:
    """The run of capitalised words that ends a text, less a leading article: 'The Kaduna State ' ->
    'Kaduna State'."""
    words = text.split()
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        run.insert(0, word)
    while run and run[0] in {"The", "A", "An"}:
        run.pop(0)
    return " ".join(run)


# Local officials, whose seat is the city or region their title names (loc13).
_LOCAL_OFFICE = re.compile(r"\b(?:governor|mayor)\b", re.IGNORECASE)
_REGION_WORDS = r"(?:State|state|Region|region|Province|province|Oblast|oblast|Governorate|governorate)"
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+" + _REGION_WORDS + r")?)")
_LEVEL = re.compile(r"\s(?:regional|provincial|district|city|state|local)\s*$")
_REGION_SUFFIX = re.compile(r"\s+" + _REGION_WORDS + "$")
# What a local official does at the seat: statements and appeals, investigations, bans and curfews.
_OFFICE_ROOTS = _HOME_ROOTS | {"17"}


def _at_gathering(token: Token) -> bool:
    """'a summit in the Uzbek city of Samarkand', 'talks in Doha', 'met in Jeddah', 'was hammered out in
    Kunming', 'signed in Washington': a place where sides met, not one that was planned ('will meet
    in Brazil') or only described."""
    node = token
    for _ in range(3):
        framed = _framing_noun(node)
        if framed is None:
            break
        node = framed
    if node.dep_ != "pobj" or node.head.lower_ not in {"in", "at"}:
        return False
    where = node.head.head
    lemma = where.lemma_.lower()
    if where.pos_ in {"VERB", "AUX"}:
        meeting = lemma in _MEETING_VERBS
    else:
        meeting = lemma in _GATHERINGS | {"sideline", "sidelines", "negotiation", "negotiations"}
    return meeting and _is_this_meeting(where)


def _is_this_meeting(word: Token) -> bool:
    """Whether a gathering is told as the news, not as one before or after it: not in a time clause
    or a relative or infinitive clause ("days after Yoon held a summit in Tokyo", "expected to see
    him at the summit in Kazan"), not after "since" ("the first such talks since a session in
    Tokyo"), not planned ("will host the summit in Hiroshima", "a planned meeting")."""
    node = word
    for _ in range(12):
        if node.dep_ in _OTHER_TIME_DEPS or node.lower_ in _OTHER_TIME_WORDS:
            return False
        if node.pos_ in {"VERB", "AUX"} and _is_planned(node):
            return False
        if any(c.dep_ in {"amod", "compound"} and c.lower_ in _OTHER_TIME_WORDS for c in node.children):
            return False
        if node.head == node:
            return True
        node = node.head
    return False


_OTHER_TIME_DEPS = {"advcl", "relcl", "acl", "xcomp", "pcomp"}
_OTHER_TIME_WORDS = {"since", "after", "before", "until", "following", "ahead", "planned", "next", "upcoming"}
_OTHER_TIME_WORDS |= {"previous", "last", "future", "earlier", "proposed", "expected"}


# loc14: verbs of meeting someone, whose "in" phrase the parser may hang on the person met.
_MEET_VERBS = {"meet", "greet", "receive", "host", "welcome"}
_MEETING_ROOT = "04"
# Verbs of sides that meet or seal a deal where they are (loc13).
_MEETING_VERBS = {"meet", "sign", "hammer", "broker", "negotiate", "seal", "hold", "host", "reach", "agree"}
# Acts that happen where sides meet: intentions, meetings, cooperation, aid pledges, concessions.
_VENUE_ROOTS = {"03", "04", "05", "06", "08"}


def _has_own_subject_and_mark(clause: Token) -> bool:
    """'after missiles killed four people': another actor's act, not 'after meeting X in Minsk'."""
    marked = any(m.dep_ == "mark" and m.lower_ in _CLAUSE_MARKS for m in clause.children)
    return marked and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


_CLAUSE_MARKS = {"after", "before", "since", "until", "following", "because", "while", "as", "when"}


def _is_qualifier(end: int, sent: Span) -> bool:
    """'the Peshawar-bound Jaffar Express': a name hyphened to 'bound', 'based', 'led' ... modifies a
    noun and is not where anything happens.  Nor is a city's name in the name of a square, street or
    bridge ("Paris Square" in Tbilisi, "Moscow Street", "the Damascus Gate"): such landmarks are
    named after other cities, and the act is placed by its context (the dateline, another phrase)."""
    doc = sent.doc
    if end + 1 < sent.end and doc[end].text == "-" and doc[end + 1].lower_ in _QUALIFYING:
        return True
    last = doc[end - 1]
    if last.dep_ == "compound" and last.head.i >= end and last.head.lemma_.lower() in _LANDMARKS:
        return True
    return _titles_someone(last, end)


def _titles_someone(last: Token, end: int) -> bool:
    """Session 24: 'hit back at U.S. Vice President JD Vance', 'a protest at the Botswana High
    Commission': a country's name that qualifies a person or a state's mission abroad says whose they
    are, not where anything happens."""
    node = last
    while node.dep_ == "compound" and node.head.i >= end:
        node = node.head
        if node.ent_type_ == "PERSON" or node.lemma_.lower() in _MISSIONS:
            return True
    return False


# A state's missions abroad, named after the state they represent.
_MISSIONS = {"embassy", "consulate", "commission", "mission", "legation"}


def _is_strong_place(token: Token) -> bool:
    """Whether a proper noun stands where only a place can: "in X", "near X", "outside X", "at X",
    "the village of X", or "X, a town in ..." (the fallback to villages needs such a context)."""
    if token.dep_ == "pobj" and token.head.lower_ in _STRONG_PREPOSITIONS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _SETTLEMENTS:
        return True
    if token.dep_ in _OBJECTS and token.head.lemma_.lower() in _PLACE_ONLY_VERBS:
        return True  # "Israeli troops raided Huwara", "shelled Marinka"
    if _is_entered(token):
        return True  # "Russian forces pushed into Chasiv Yar"
    return any(c.dep_ == "appos" and c.lemma_.lower() in _SETTLEMENTS for c in token.children)


# Whoever was carried somewhere is there: "He was taken to Dar es Salaam and brought before a court".
_CARRY_VERBS = {"take", "bring", "transfer", "move", "fly", "extradite", "escort"}


# Nouns that say the name in their "of" phrase or apposition is a town or a village.
# city12: "Tudun Biri, a community in the Igabi Local Government Area of Kaduna State" (Nigerian news).
_SETTLEMENT_FRAMES = {"village", "town", "hamlet", "township", "settlement", "city", "community"}


def _is_speech_place(token: Token) -> bool:
    """Whether a place name (its first token) stands where someone spoke: "told reporters in Maputo",
    "said in Kyiv", "told a news conference in Goma".  Read from the words before it, not the parse,
    which often breaks on a quote's closing words."""
    if token.i < 2 or token.nbor(-1).lower_ not in {"in", "at"}:
        return False
    spoken = token.nbor(-2).lemma_.lower()
    return spoken in _AUDIENCES | _SPEECH_VERBS | {"speak", "conference"}


def _settlement_frame(token: Token) -> Token | None:
    """The noun that frames a name as a town or village: "the village of X" (the frame noun), or
    "X, a town in ..." (the apposition); else None."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _SETTLEMENT_FRAMES:
        return token.head.head
    return next((c for c in token.children if c.dep_ == "appos" and c.lemma_.lower() in _SETTLEMENT_FRAMES), None)


def _is_travel(verb: Token) -> bool:
    """A verb of travel ("travelled to Geneva"), or a passive one of being carried ("was taken to
    Dar es Salaam", "was flown to The Hague"): its subject is at the place it went to, and so is what
    the sentence says happened to it there ("where prosecutors charged him")."""
    lemma = verb.lemma_.lower()
    if lemma in _TRAVEL_VERBS:
        return True
    return lemma in _CARRY_VERBS and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _attends(subject: Token) -> bool:
    """Session 24: 'Modi, who was attending the summit as Carney's guest, called it ...', 'Tshisekedi,
    who joined the meeting, thanked the bloc': a relative clause or participle that puts the speaker at
    a gathering, told as done.  He speaks where it is held, not from his capital."""
    for clause in (c for c in subject.children if c.dep_ in {"relcl", "acl"}):
        if clause.lemma_.lower() not in _ATTENDING or _is_planned(clause):
            continue
        if any(_is_session(o) for o in clause.children if o.dep_ in {"dobj", "attr"}):
            return True
        inside = (o for p in clause.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
        if any(_is_session(o) for o in inside):
            return True
    return False


def _is_session(noun: Token) -> bool:
    """A gathering's noun ('the summit', 'the meeting', 'the UN General Assembly')."""
    return noun.lemma_.lower() in _SESSIONS


# Verbs that put a speaker at a gathering he is part of, and verbs of telling a gathering.
_ATTENDING = {"attend", "join", "participate", "take", "be", "address"}
_ADDRESSING = {"tell", "address", "brief"}
_TOLD = {"dobj", "dative"}
# Verbs of being or going somewhere in a speaker's relative clause ("who was in Tokyo").
_STAY_VERBS = {"be", "stay", "arrive", "travel", "fly", "come"}


def _is_visiting(subject: Token) -> bool:
    """'Visiting U.S. Secretary of State Antony Blinken urged ...': a visitor, at the dateline.
    Read off the words, since the parser often makes a sentence-initial 'Visiting' the root."""
    start = max(subject.left_edge.i - 1, subject.sent.start)
    return any(t.lower_ == "visiting" for t in subject.doc[start : subject.i])


def _is_on_visit(noun: Token) -> bool:
    """'on a visit to', 'during a trip to': the visitor is there (not 'postponed his trip to')."""
    return noun.lemma_.lower() in _VISITS and noun.dep_ == "pobj" and noun.head.lower_ in {"on", "during"}


def _describes_object(verb: Token) -> bool:
    """'demanded the release of hostages held by Hamas in the Gaza Strip': a participle that describes
    an object or a complement says where that is, not where the event happened (a subject's
    participle does: 'Tillerson, speaking in Sydney, urged ...')."""
    return verb.dep_ == "acl" and verb.head.dep_ not in {"nsubj", "nsubjpass"}


def _is_planned(verb: Token) -> bool:
    """'to meet', 'will travel', 'has not travelled': where a plan would happen (or what did not),
    not where it was made."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and (c.tag_ == "TO" or c.lower_ in _FUTURE)) for c in verb.children)


def _qualifies_named(token: Token) -> bool:
    """'Sinai' in 'the northern Sinai town of El Arish': a modifier of a noun whose 'of' phrase names
    the place."""
    return token.dep_ in _MODIFIERS and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.head.children)


def _is_proper(token: Token) -> bool:
    """A proper noun as written: 'herded pupils into the bush' is no town, whatever the tagger says."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _is_named(place: Place) -> bool:
    return place.is_exact or place.precision == "country"


def _compound(token: Token) -> str:
    """'Bakhmut' or 'Kryvyi Rih': a proper noun with its compound modifiers."""
    parts = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    start = parts[0].i if parts else token.i
    return token.doc[start : token.i + 1].text


def _token_at(sent: Span, char: int) -> Token | None:
    if char < 0:
        return None
    for token in sent:
        if token.idx <= char < token.idx + len(token.text):
            return token
    return None


# Offices of the UN and the EU whose titles name no organisation with a seat of its own.
_OFFICE_SEATS = (
    ("UN Secretary-General", "New York"),
    ("UN Deputy Secretary-General", "New York"),
    ("UN Spokesman", "New York"),
    ("UN deputy spokesman", "New York"),
    ("UN High Commissioner for Human Rights", "Geneva"),
    ("UN High Commissioner for Refugees", "Geneva"),
    ("EU High Representative", "Brussels"),
    ("EU foreign affairs spokesman", "Brussels"),
    ("ECB President", "Frankfurt"),
)
# Those whose work is in the field, wherever their body sits: envoys, mission heads, rapporteurs.
_FIELD_TITLES = re.compile(r"\b(?:envoy|representative for|head of|coordinator|rapporteur|negotiator)\b", re.I)


@lru_cache(maxsize=1)
def _igo_roles() -> dict[str, list[tuple[str, date | None, date | None]]]:
    """Person name -> their roles at international bodies: (title, start, end)."""
    roles: dict[str, list[tuple[str, date | None, date | None]]] = {}
    with resources.files("accord").joinpath("data/people.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line) if line.strip() else {}
            for role in record.get("roles", []):
                if role.get("country") == "IGO":
                    start, end = (date.fromisoformat(role[k]) if role.get(k) else None for k in ("start", "end"))
                    roles.setdefault(record["name"], []).append((role.get("title", ""), start, end))
    return roles


def role_seat(name: str, day: date | None) -> str:
    """The seat of the body a person heads or speaks for on ``day`` ("NATO Secretary-General" ->
    Brussels, "UN Secretary-General" -> New York); '' for envoys and others who work in the field."""
    for title, start, end in _igo_roles().get(name, []):
        if day is not None and ((start and day < start) or (end and day > end)):
            continue
        seat = _title_seat(title)
        if seat is not None:
            return seat
    return ""


@lru_cache(maxsize=512)
def _title_seat(title: str) -> str | None:
    """The seat a title names ('' for field work), None when it names none; cached, since the
    organisations' names are searched in it one by one."""
    if _FIELD_TITLES.search(title):
        return ""
    for office, city in _OFFICE_SEATS:
        if title.startswith(office):
            return city
    named = [k for k in organisation_seats() if re.search(rf"\b{re.escape(k)}\b", title)]
    return organisation_seats()[max(named, key=len)] if named else None


@lru_cache(maxsize=1)
def organisation_seats() -> dict[str, str]:
    """Organisation name -> the city where it decides (``seat`` in organizations.jsonl)."""
    seats: dict[str, str] = {}
    with resources.files("accord").joinpath("data/organizations.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line) if line.strip() else {}
            if record.get("seat"):
                seats[record["name"]] = record["seat"]
    return seats


def article_countries(doc: Doc, events: Iterable[Event], gaz: Gazetteer | None = None) -> set[str]:
    """The countries an article is about: its country names and its actors' countries."""
    gaz = gaz or gazetteer()
    found = {e.source.country for e in events} | {e.target.country for e in events if e.target}
    for ent in entities_in(doc, ("GPE",)):
        if ent.label_ == "GPE":
            place = gaz.resolve(ent.text)
            if place is not None and place.precision == "country":
                found.add(place.country)
    found.discard("IGO")
    return {c for c in found if len(c) == 3}


def locate_event(
    sent: Span,
    trigger_start: int,
    article: Article,
    *,
    code: str = "",
    prefer: Iterable[str] = (),
    gaz: Gazetteer | None = None,
) -> Location | None:
    """Where one event happened (see the module docstring), or None.

    A convenience over :class:`Locator`; the pipeline keeps one Locator per
    article so that the dateline and each sentence's places resolve once.
    """
    return Locator(article, prefer, gaz).locate(sent, trigger_start, code)


# Joint drills are coded as military cooperation (062), but they are held where drills are (150).
_JOINT_DRILLS = "062"
_DRILL_WORDS = {"exercise", "drill", "maneuver", "manoeuvre", "wargame"}


def _drill_code(trigger: Token | None, code: str) -> str:
    """The code to place an event by: joint drills ("began joint drills") are placed as a show of force."""
    if code != _JOINT_DRILLS or trigger is None:
        return code
    words = [trigger, *trigger.children]
    return "150" if any(w.lemma_.lower() in _DRILL_WORDS for w in words) else code
