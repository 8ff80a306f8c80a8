"""The orchestrator: ingest -> parse -> actors -> events -> dates, one article at a time.

A :class:`Coder` loads the spaCy pipeline and the dictionaries once and then
streams articles through ``nlp.pipe`` in batches, so memory stays flat on any
corpus size.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from accord.model import Article, Event, Failure, Sentence
from accord.ontology import Pattern, load_lexicon
from accord.stages.actors import ActorResolver
from accord.stages.events import EventFinder
from accord.stages.lexicon import ActorLexicon
from accord.stages.lexicon import load_lexicon as load_actors
from accord.stages.locations import Locator, article_countries
from accord.stages.parse import load_model
from accord.stages.places import Gazetteer, gazetteer

log = logging.getLogger(__name__)


@Language.component("accord_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so no sentence spans two paragraphs."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
    return doc


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


class Coder:
    """Loads models and dictionaries once; codes any number of articles."""

    def __init__(
        self,
        model: str | None = None,
        *,
        batch_size: int = 32,
        user_dir: Path | None = None,
        places: Path | None = None,
    ) -> None:
        self.nlp = _prepare(load_model(model))
        self.batch_size = batch_size
        self.actors: ActorLexicon = load_actors(self.nlp, user_dir)
        extra = user_dir / "verbs.tsv" if user_dir and (user_dir / "verbs.tsv").exists() else None
        self.lexicon: dict[tuple[str, str], list[Pattern]] = load_lexicon(extra)
        if places is None and user_dir is not None and (user_dir / "places.tsv").exists():
            places = user_dir / "places.tsv"
        self.gazetteer: Gazetteer = gazetteer(places)

    def code(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Parse and code articles, yielding each with sentences and events filled."""
        stream = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(stream, as_tuples=True, batch_size=self.batch_size):
            yield self.code_doc(doc, article)

    def code_doc(self, doc: Doc, article: Article) -> Article:
        """Fill ``sentences`` and ``events`` of an article from its parsed Doc."""
        resolver = ActorResolver.for_doc(doc, self.actors, article.published)
        finder = EventFinder(self.lexicon, resolver, article)
        events: list[Event] = []
        article.sentences = []
        spans = [s for s in doc.sents if s.text.strip()]
        for index, sent in enumerate(spans):
            start, end = _trimmed(sent.start_char, sent.end_char, article.text)
            article.sentences.append(Sentence(index, start, end, article.text[start:end]))
            events.extend(finder.events(sent, index, start, end))
        kept = dedupe(events)
        locator = Locator(article, article_countries(doc, kept, self.gazetteer), self.gazetteer, doc)
        article.events = [locator.place(event, spans[event.sentence_index]) for event in kept]
        return article


def _prepare(nlp: Language) -> Language:
    if "accord_paragraphs" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("accord_paragraphs", before=before)
    return nlp


def _trimmed(start: int, end: int, text: str) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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
