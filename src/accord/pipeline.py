"""The orchestrator: ingest -> parse -> actors -> events -> dates, one article at a time.

A :class:`Coder` loads the spaCy pipeline and the dictionaries once and then
streams articles through ``nlp.pipe`` in batches, so memory stays flat on any
corpus size.
"""

from __future__ import annotations

import gc
import logging
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import takewhile
from pathlib import Path
from typing import Any

from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span

from accord.errors import ConfigError
from accord.model import Actor, Article, Event, Failure, Sentence
from accord.ontology import Pattern, load_lexicon
from accord.stages.actors import ActorResolver
from accord.stages.attributes import speed_up_attribute_ruler, speed_up_lemmatizer
from accord.stages.blas import one_blas_thread, use_numpy_blas
from accord.stages.clauses import _LEMMA_FIXES, DECLARE  # the lemmatiser's known slips are triggers' forms too
from accord.stages.confidence import calibrator
from accord.stages.contexts import ContextTagger
from accord.stages.entities import use_rule_entities
from accord.stages.events import DISPLEASED, EventFinder, is_defence
from accord.stages.lexicon import COUNTRY, ActorLexicon
from accord.stages.lexicon import load_lexicon as load_actors
from accord.stages.locations import Locator, article_countries
from accord.stages.parse import (
    Requirement,
    Selection,
    SentenceFilter,
    load_model,
    paragraph_boundaries,
    trigger_forms,
    trigger_index,
)
from accord.stages.places import Gazetteer, gazetteer

log = logging.getLogger(__name__)

__all__ = ["Coder", "Prefilter", "Stats", "collector_paused", "dedupe", "paragraph_boundaries", "settle_start_up"]


@dataclass(slots=True)
class Stats:
    """Counts for the run summary."""

    articles: int = 0
    sentences: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    by_root: dict[str, int] = field(default_factory=dict)

    def add(self, article: Article) -> None:
        """Count one coded article."""
        self.articles += 1
        self.sentences += len(article.sentences)
        for event in article.events:
            self.events += 1
            self.by_root[event.info.root] = self.by_root.get(event.info.root, 0) + 1


# Where named entities come from: "rules" (accord's dictionaries and date patterns, see
# stages/entities.py; the same accuracy on the development set at half the parse time) or
# "model" (the spaCy pipeline's statistical NER).
DEFAULT_ENTITIES = "rules"
ENTITY_SOURCES = ("rules", "model")


class Coder:
    """Loads models and dictionaries once; codes any number of articles.

    ``sentence_filter`` parses only the sentences that can hold an event (see
    :class:`accord.stages.parse.SentenceFilter`); ``workers`` > 1 codes in that
    many processes, each loading the model once.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        batch_size: int = 32,
        user_dir: Path | None = None,
        places: Path | None = None,
        sentence_filter: bool = True,
        workers: int = 1,
        entities: str = DEFAULT_ENTITIES,
        calibrated: bool = True,
        min_confidence: float = 0.0,
    ) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise ConfigError(f"min_confidence must lie between 0 and 1, not {min_confidence}")
        if entities not in ENTITY_SOURCES:
            raise ConfigError(f"entities must be one of {', '.join(ENTITY_SOURCES)}, not {entities!r}")
        self.model = model
        self.user_dir = user_dir
        self.entities = entities
        self.batch_size = batch_size
        self.sentence_filter = sentence_filter
        self.workers = workers
        self.calibrated = calibrated
        self.min_confidence = min_confidence
        with collector_paused():
            # The rule-based entities replace a component: never in the copy other Coders share.
            self.nlp = _prepare(load_model(model) if entities == "model" else load_model.__wrapped__(model))
        with collector_paused():  # again: spaCy's loader (srsly) turns the collector back on
            self.actors: ActorLexicon = load_actors(self.nlp, user_dir)
            extra = user_dir / "verbs.tsv" if user_dir and (user_dir / "verbs.tsv").exists() else None
            self.lexicon: dict[tuple[str, str], list[Pattern]] = load_lexicon(extra)
            if places is None and user_dir is not None and (user_dir / "places.tsv").exists():
                places = user_dir / "places.tsv"
            self.places = places
            # gazetteer() and gazetteer(None) are distinct cache keys: call it as the stages do.
            self.gazetteer: Gazetteer = gazetteer(places) if places is not None else gazetteer()
            if entities == "rules":
                use_rule_entities(self.nlp, self.actors, self.gazetteer)
            self.filter = SentenceFilter(self.nlp, self._trigger_index(), trigger_forms(self.nlp, DECLARE))

    def _trigger_index(self) -> dict[str, list[Requirement]]:
        """The lexicon's trigger forms, and the adjectives of feeling that code as their verbs do
        ("was very unhappy with the strike"): none of their forms is a lexicon lemma's."""
        index = trigger_index(self.nlp, self.lexicon, _LEMMA_FIXES)
        for adjective in DISPLEASED:
            index.setdefault(adjective, []).append(())
        return index

    def code(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Parse and code articles, yielding each with sentences and events filled, in input order."""
        if self.workers > 1:
            from accord.scale import code_in_processes

            yield from code_in_processes(articles, self.settings(), self.workers)
            return
        with one_blas_thread():  # see accord.stages.blas: processes, not BLAS threads, use the cores
            if not self.sentence_filter:
                stream = ((article.text, article) for article in articles)
                for doc, article in self.nlp.pipe(stream, as_tuples=True, batch_size=self.batch_size):
                    yield self.code_doc(doc, article)
                return
            selected = (self.select(article) for article in articles)
            for doc, (article, prefilter) in self.nlp.pipe(selected, as_tuples=True, batch_size=self.batch_size):
                yield self.code_doc(doc, article, prefilter)

    def settings(self) -> dict[str, Any]:
        """What a worker process needs to build the same Coder."""
        return {
            "model": self.model,
            "batch_size": self.batch_size,
            "user_dir": self.user_dir,
            "places": self.places,
            "sentence_filter": self.sentence_filter,
            "entities": self.entities,
            "calibrated": self.calibrated,
            "min_confidence": self.min_confidence,
        }

    def select(self, article: Article) -> tuple[Doc, tuple[Article, Prefilter]]:
        """The Doc to parse (dropped sentences blanked) and what the cheap pass learnt."""
        tokens = self.filter.tokens(article.text)
        cheap = ActorResolver.for_doc(tokens, self.actors, article.published)
        selection = self.filter.select(tokens, cheap.matches.keys())
        doc = self.filter.masked_doc(tokens, selection)
        for start, end in selection.kept:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                span[0].is_sent_start = True
        return doc, (article, _prefilter(tokens, cheap, selection))

    def code_doc(self, doc: Doc, article: Article, prefilter: Prefilter | None = None) -> Article:
        """Fill ``sentences`` and ``events`` of an article from its parsed Doc.

        With a ``prefilter`` (the sentence filter's), the Doc has its dropped sentences
        blanked: they still count as sentences, and the states they name still count
        as mentions for the actors and the article's countries.
        """
        resolver = ActorResolver.for_doc(doc, self.actors, article.published, self.gazetteer)
        if prefilter is not None:
            _add_mentions(resolver, doc, prefilter.mentions)
            resolver.remember_introduced(prefilter.people)
        finder = EventFinder(self.lexicon, resolver, article)
        events: list[Event] = []
        article.sentences = []
        spans: dict[int, Span] = {}
        for index, (start, end, sent) in enumerate(_sentences(doc, prefilter)):
            article.sentences.append(Sentence(index, start, end, article.text[start:end]))
            if sent is not None:
                spans[index] = sent
                events.extend(finder.events(sent, index, start, end))
        kept = dedupe(events)
        countries = article_countries(doc, kept, self.gazetteer) | (prefilter.countries if prefilter else set())
        dropped = _at_tokens(doc, prefilter.places) if prefilter is not None else []
        locator = Locator(article, countries, self.gazetteer, doc, dropped)
        named = Counter(country for _, country in resolver.mentions)
        placed = [_at_scene(event, resolver, named) for event in locator.place_all(kept, spans)]
        kept_force = [event for event in placed if not _unplaced_aside(event) and not _force_at_home(event)]
        article.events = dedupe([_victim_state(event) for event in kept_force])
        article.events = ContextTagger(doc, article).tag_all(article.events, spans)
        if self.calibrated:
            rescored = calibrator().rescore(article.events, article.published)
            article.events = [event for event in rescored if event.confidence >= self.min_confidence]
        return article


def _at_scene(event: Event, resolver: ActorResolver, named: Counter[str]) -> Event:
    """A group with no state named ("crowds", "protesters", "rioters") that acts is of the state
    where its own sentence puts the act, not of the dateline's or the story's main state: "In
    Honiara, crowds looted shops" in a story about Australia sending troops is the Solomon Islands'
    crowd, and "protesters rallied outside a consulate in London" under DUBAI are not Emirati.

    Only the source, and only a place the sentence names (not the article's scene or the dateline,
    which are what the resolver guessed from) outside the target's own phrase ("crowds targeted the
    embassies of Belgium and Kenya" are not Belgian, militias that fired at "a U.S. base" are not
    American), in a state the article names (``named``): a
    gazetteer's namesake abroad ("the capital's Chinatown") says nothing.  Targets keep theirs:
    "hostages held in Gaza" are not Gazans.
    """
    where = event.location
    if not where or where.get("source") != "sentence":
        return event
    country = str(where.get("country") or "")
    name = str(where.get("name") or "")
    if len(country) != 3 or country == "IGO" or country not in named:
        return event
    event = _police_at_scene(event, resolver, country, named)
    source = event.source
    if (source.start, source.end) not in resolver.inferred or source.sector in _AT_HOME:
        return event
    if country == source.country:
        return event
    target = event.target
    if target is not None and target.text != name and (name in target.text or _names_state(resolver, target, country)):
        return event  # the place is the target's owner ("the embassies of Belgium", "a U.S. base"), not the scene
    return replace(event, source=replace(source, country=country))


# Institutions that act only at home: their state is where they act (act14).
_AT_HOME = {"COP", "JUD", "LEG"}
# Roots whose target is where the act happens (a statement happens where its speaker is).
_PHYSICAL_ROOTS = {"14", "15", "17", "18", "19", "20"}


def _police_at_scene(event: Event, resolver: ActorResolver, country: str, named: Counter[str]) -> Event:
    """Police, a court or a parliament whose state was only guessed (the dateline, the story) is of
    the state where its own sentence puts the act: "In La Paz, supporters of Morales clashed with
    police" under MEXICO CITY are Bolivian police, and so are the people such police act on when
    their state was guessed too ("police used water cannon on protesters in Tbilisi").

    A named state ("Mexican police") is never guessed.  As a target only in physical acts (a
    statement happens where its speaker is: "In Washington, Rubio branded the justices ..."), and
    only to a state the article names at least twice and no less than the guessed one: a
    gazetteer's namesake of a suburb ("San Bartolo" in Quito is also a Mexican town) must not
    move Ecuador's police to Mexico.
    """
    if named[country] < 2:
        return event
    source, target = event.source, event.target
    guessed = resolver.inferred
    if source.sector in _AT_HOME and (source.start, source.end) in guessed and source.country != country:
        if named[source.country] > named[country] and not _is_capital(event, country, resolver.places):
            return event
        if target is not None and (target.start, target.end) in guessed and target.country == source.country:
            target = replace(target, country=country)
        return replace(event, source=replace(source, country=country), target=target)
    if target is None or target.sector not in _AT_HOME or target.country == country:
        return event
    if (
        named[target.country] > named[country]
        or (target.start, target.end) not in guessed
        or event.info.root not in _PHYSICAL_ROOTS
    ):
        return event
    return replace(event, target=replace(target, country=country))


def _is_capital(event: Event, country: str, places: Gazetteer | None) -> bool:
    """Whether the event's place is the capital of ``country`` ("In Seoul, police detained 16
    demonstrators" in a story mostly about Japan): a capital has no namesake to fear."""
    seats = [places.capital(country), places.seat(country)] if places is not None else []
    return event.location is not None and any(p is not None and event.location.get("name") == p.name for p in seats)


def _names_state(resolver: ActorResolver, actor: Actor, country: str) -> bool:
    """Whether the actor's own phrase names the state ("a U.S. base" names the United States)."""
    span = resolver.doc.char_span(actor.start, actor.end, alignment_mode="expand") if actor.start >= 0 else None
    if span is None:
        return False
    matches = (resolver.matches.get(t.i) for t in span)
    return any(e.country == country for m in matches if m is not None for e in m.entries)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while start-up builds its tables.

    Why: the gazetteer, the dictionaries and the model make about a million long-lived objects,
    and the collector, which runs every few hundred allocations, walks the whole heap in each of
    its oldest-generation passes; timed with ``gc.callbacks`` those passes were a third of a
    Coder's start-up (about 1.6 of 4.4 CPU s).  Nothing built here is garbage to be collected
    later, and the collector runs again, as before, once the block ends (if it was on).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _to_oldest_generation()
        if enabled:
            gc.enable()


def _to_oldest_generation() -> None:
    """Move every tracked object to the collector's oldest generation without walking them.

    Why: the objects made while the collector was held off all sit in its youngest generation,
    and its first young pass afterwards walks every one of them (then the middle one again):
    0.1-0.2 CPU s per Coder, for tables that live as long as the process.  ``gc.freeze`` followed
    at once by ``gc.unfreeze`` puts them in the oldest generation, where they would end up anyway,
    at no cost; a full collection still visits them as before.  Not when the caller has frozen
    objects of its own (``gc.unfreeze`` would release those too).
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def settle_start_up() -> None:
    """Move every object alive now (modules, model, dictionaries, gazetteer) out of the cyclic
    collector's reach, for a process that codes with one Coder until it exits (``accord code``
    and its workers; not the library, whose callers' objects this would pin too).

    Why: start-up leaves about a million long-lived objects, and with the collector held off
    while they were made (:func:`collector_paused`) its first passes after start-up would walk
    them all (timed: about 1 CPU s into the first 400 articles).  ``gc.freeze`` moves them to
    the permanent generation at no cost; they stay alive until the process ends, as they
    would anyway.
    """
    gc.freeze()


# Force whose victims are not named ("a rocket attack hit a train station in Chaplyne", "gunmen
# killed 21 passengers") was done to the state where it happened.
_PLACED_FORCE = {"18", "19", "20"}
_VICTIM_SOURCES = {"sentence", "article", "dateline"}


def _unplaced_aside(event: Event) -> bool:
    """A targetless act of force after the lede, in a sentence that names no place, which only the
    dateline places ("The attackers fired on the bus for an hour", "Israel never confirmed it carried
    out that strike", "The Falcons took control after the restart"): a detail of an act told with
    its place elsewhere, background or a figure of speech; whatever it is, the dateline does not
    tell whom it was done to, and coding it against the dateline's state was mostly wrong.

    The dateline places the lede's act, which stays. Measured on dev01-140: 8 fewer false
    dyad_root keys for 1 true one (F1 0.640 -> 0.643; dev121-140 0.505 -> 0.510).
    """
    where = event.location
    if event.target is not None or event.info.root not in _PLACED_FORCE or not where or event.sentence_index == 0:
        return False
    name = str(where.get("name") or "")
    return where.get("source") == "dateline" and name not in event.sentence


# Words that name a state's armed enemies at home after the act ("shelled rebel positions").
_HOME_ENEMIES = re.compile(
    r"\b(?:rebel|militant|insurgent|separatist|jihadist|guerrilla|gang|terrorist|bandit|fighter)s?\b", re.IGNORECASE
)
# Places the sentence itself does not name: the article's scene and the dateline.
_SCENE_SOURCES = {"article", "dateline"}
# Who acts for a state: its agents, or the state named bare ("India fired missiles").
_STATE_AGENTS = {"", "GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def _force_at_home(event: Event) -> bool:
    """A state's own force with no named victim, placed in its own territory only by the article's
    scene or the dateline, not by its sentence: "Haitian police said they had killed three others" (PORT-AU-PRINCE),
    "Marine Corps units fired howitzers into waters south of the NLL", "New Delhi struck back".

    Whom a state strikes at home is named when it is news (rebels, protesters, a gang); without
    one, the place names only where the story is, and the victim is abroad, unnamed, or a figure
    of speech. Coding the state against itself was wrong in nearly every case.
    """
    where = event.location
    if event.target is not None or event.info.root not in _PLACED_FORCE or not where:
        return False
    source = event.source
    if source.sector not in _STATE_AGENTS or len(source.country) != 3 or source.country == "IGO":
        return False
    if _HOME_ENEMIES.search(event.sentence, max(event.trigger_end - event.char_start, 0)):
        # "ADDIS ABABA - The army shelled rebel positions": the victims are named, only not resolved.
        return False
    return where.get("source") in _SCENE_SOURCES and where.get("country") == source.country


def _victim_state(event: Event) -> Event:
    """A targetless assault or fight takes as its target the state where the locator placed it
    (a place in its sentence, the article's scene, or the dateline; not a side's home country).

    CAMEO codes the victims of force by their state; news often names only where the shells fell.
    Measured on dev01-120: dyad_root 0.647 -> 0.656, mostly events that now merge with the same act
    coded with its target; the sentence's place alone gave 0.650.
    """
    where = event.location
    if event.target is not None or event.info.root not in _PLACED_FORCE or not where or is_defence(event):
        return event
    country = str(where.get("country") or "")
    if len(country) != 3 or where.get("source") not in _VICTIM_SOURCES:
        return event
    name = str(where.get("name") or country)
    return replace(event, target=Actor(country, "", name, name))


@dataclass(slots=True)
class Prefilter:
    """What the tokenizer-only pass knows about an article's dropped sentences."""

    selection: Selection
    mentions: list[tuple[int, str]]
    countries: set[str]
    places: list[tuple[int, str]] = field(default_factory=list)
    people: list[tuple[str, str, str, str]] = field(default_factory=list)


def _prefilter(tokens: Doc, cheap: ActorResolver, selection: Selection) -> Prefilter:
    """States named in dropped sentences, by character offset, and the country names among them."""
    dropped = [(start, end) for start, end, kept in selection.spans if not kept]
    if not dropped:
        return Prefilter(selection, [], set())
    mentions = [(tokens[i].idx, country) for i, country in cheap.mentions if _inside(tokens[i].idx, dropped)]
    countries = {
        entry.country
        for i, match in cheap.matches.items()
        if i == match.start and _inside(tokens[i].idx, dropped)
        for entry in match.entries[:1]
        if entry.kind == COUNTRY and len(entry.country) == 3
    }
    return Prefilter(selection, mentions, countries, _dropped_places(tokens, dropped), cheap.introductions(dropped))


# "in Kharkiv", "near the town of Zvecan": a capitalised name after these words, in a dropped
# sentence, is where that sentence's news happened (the locator's scene; docs/PLACES.md).
_PLACE_WORDS = {"in", "near", "outside", "at", "of"}
_SETTLEMENTS = {"town", "city", "village", "district", "province", "region", "state", "governorate"}
# "told reporters in Maputo", "said in Kyiv", "told a news conference in Goma" (words, not lemmas: the
# tokenizer-only pass has none).
_SPOKEN_WORDS = {"said", "says", "told", "tells", "speaking", "spoke", "reporters", "journalists", "briefing"}
_SPOKEN_WORDS |= {"conference", "audience", "supporters", "crowd", "rally", "lawmakers"}


def _dropped_places(tokens: Doc, dropped: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Names after a locative word in the dropped sentences (unparsed: read off the tokens), by
    character offset; the locator keeps those the gazetteer knows."""
    found: list[tuple[int, str]] = []
    for start, end in dropped:
        span = tokens.char_span(start, end, alignment_mode="expand")
        words = list(span) if span is not None else []
        for k, token in enumerate(words[:-1]):
            if token.lower_ not in _PLACE_WORDS or (
                token.lower_ == "of" and (k == 0 or words[k - 1].lower_ not in _SETTLEMENTS)
            ):
                continue
            if k > 0 and words[k - 1].lower_ in _SPOKEN_WORDS:
                continue  # city12: "told reporters in Maputo": where a speaker was, not where news happened
            run = list(
                takewhile(lambda t: t.text[:1].isupper() and (t.is_alpha or "-" in t.text), words[k + 1 : k + 4])
            )
            if run:
                found.append((run[0].idx, tokens[run[0].i : run[-1].i + 1].text))
    return found


def _inside(char: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in ranges)


def _at_tokens(doc: Doc, named: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(character offset, name) pairs as (index of the blank token where they were, name)."""
    if not named:
        return []
    starts = doc.to_array([IDX]).tolist()
    return [(max(0, bisect_right(starts, char) - 1), name) for char, name in named]


def _add_mentions(resolver: ActorResolver, doc: Doc, mentions: list[tuple[int, str]]) -> None:
    """Give the resolver the state mentions of dropped sentences, at the blank token where they were."""
    if not mentions:
        return
    starts = doc.to_array([IDX]).tolist()
    for char, country in mentions:
        resolver.mentions.append((max(0, bisect_right(starts, char) - 1), country))
    resolver.mentions.sort()


def _sentences(doc: Doc, prefilter: Prefilter | None) -> list[tuple[int, int, Span | None]]:
    """Every sentence of the body in order: parsed ones with their Span, dropped ones with None."""
    parsed: list[tuple[int, int, Span | None]] = []
    space = doc.to_array([IS_SPACE])
    for sent in doc.sents:
        # Without its whitespace tokens: spaCy tokens hold no other leading or trailing space.
        first, last = sent.start, sent.end
        while first < last and space[first]:
            first += 1
        while last > first and space[last - 1]:
            last -= 1
        if first < last:
            span = doc[first:last]
            parsed.append((span.start_char, span.end_char, span))
    if prefilter is None:
        return parsed
    dropped: list[tuple[int, int, Span | None]] = [(s, e, None) for s, e, kept in prefilter.selection.spans if not kept]
    return sorted(parsed + dropped, key=lambda unit: unit[0])


def _prepare(nlp: Language) -> Language:
    use_numpy_blas(nlp)
    speed_up_attribute_ruler(nlp)
    speed_up_lemmatizer(nlp)
    if "accord_paragraphs" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("accord_paragraphs", before=before)
    if "accord_main_clause" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("accord_main_clause", after="parser")
    if "accord_persona_non_grata" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("accord_persona_non_grata", after="accord_main_clause")
    return nlp


def dedupe(events: list[Event]) -> list[Event]:
    """One event per (source, target, code, date) in an article: the first sentence is the evidence."""
    best: dict[str, Event] = {}
    for event in events:
        kept = best.get(event.event_id)
        if kept is None:
            best[event.event_id] = event
        elif event.confidence > kept.confidence + 0.1:
            best[event.event_id] = event
    return list(best.values())
