"""Stage ``contexts``: PLOVER contexts, mode and agreement details of each event.

Runs after events and locations (docs/CONTEXTS.md).  For every event:

- ``contexts``: the CAMEO code's own context from the ontology table (the
  prior, mapped onto our vocabulary), plus every context whose term from the
  context lexicon (``data/contexts.tsv``) occurs in the event's sentence
  outside the event's own actor names.  Where both are silent, the article's
  dominant contexts (terms seen at least twice in the body) stand in.
- ``mode``: the PLOVER mode the CAMEO code implies (CAMEO2PLOVER 2021).
- ``agreement``: for agreement events (03x, 046, 057, 06x, 0871) what was
  agreed, from the document noun the trigger governs: its kind, title, the
  number of documents and the spheres it covers.  See :mod:`accord.stages.agreements`.

Everything is a walk over the parsed tokens and dict look-ups.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span, Token

from accord.model import Article, CodeInfo, Event
from accord.ontology import data_path
from accord.stages.agreements import describe_agreement

__all__ = [
    "CONTEXTS",
    "REFINEMENTS",
    "ContextLexicon",
    "ContextTagger",
    "context_lexicon",
    "event_mode",
    "normalise_context",
    "prior_contexts",
    "split_contexts",
]

# Our vocabulary, in output order: the contexts of the PLOVER gold standard records
# (plover_gsr.jsonl) plus the POLECAT ones its CAMEO table and analysts use.
CONTEXTS: tuple[str, ...] = (
    "military",
    "diplomatic",
    "economic",
    "legal",
    "political",
    "government",
    "election",
    "terrorism",
    "refugee",
    "resource",
    "energy",
    "cbrn",
    "rights",
    "cyber",
    "intelligence",
    "peacekeeping",
    "corruption",
    "humanitarian",
    "health",
    "environment",
    "territory",
    "religion",
)
# A refinement always comes with its parent; scoring against PLOVER gold folds it away.
REFINEMENTS: dict[str, str] = {"energy": "resource", "peacekeeping": "military", "corruption": "legal"}
# Other spellings: the CAMEO2PLOVER table, older PLOVER gold, POLECAT.
_ALIASES: dict[str, tuple[str, ...]] = {
    "executive": ("government",),
    "political_institutions": ("political",),
    "politics": ("political",),
    "democracy": ("political",),
    "pro_democracy": ("political",),
    "pro_autocracy": ("political",),
    "rights_freedoms": ("rights",),
    "human_rights": ("rights",),
    "discrimination": ("rights",),
    "asylum": ("refugee",),
    "refugees": ("refugee",),
    "migration": ("refugee",),
    "resources": ("resource",),
    "religion_ethnicity": ("religion",),
    "religious": ("religion",),
    "crime": ("legal",),
    "judicial": ("legal",),
    "disasters": ("environment",),
    "human_security": (),
}
_ORDER = {name: i for i, name in enumerate(CONTEXTS)}
_SKIP_POS = {"PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM", "SPACE"}
_SKIP_POS_IDS = {IDS[name] for name in _SKIP_POS}
# The table gives "diplomatic" to most verbal codes: it stands only when the sentence names no other context.
_WEAK_PRIORS = {"diplomatic"}
# Consultations and diplomatic cooperation have no table context; they are diplomatic (weakly).
_DIPLOMATIC_ROOTS = {"04", "05"}
_ARTICLE_MIN_HITS = 2
_ARTICLE_TOP = 2


def split_contexts(text: str | None) -> list[str]:
    """``"diplomatic, military; legal"`` -> the labels, stripped and lower-cased."""
    return [part.strip().lower() for part in re.split(r"[,;|]", text or "") if part.strip()]


def normalise_context(label: str) -> tuple[str, ...]:
    """One label in any spelling -> our contexts (with the parent of a refinement); () if unknown."""
    name = label.strip().lower().replace(" ", "_")
    names = _ALIASES.get(name, (name,) if name in _ORDER else ())
    return _with_parents(names)


def _with_parents(names: Iterable[str]) -> tuple[str, ...]:
    found = set(names)
    found |= {REFINEMENTS[n] for n in found if n in REFINEMENTS}
    return tuple(sorted(found, key=_ORDER.__getitem__))


def prior_contexts(info: CodeInfo) -> tuple[str, ...]:
    """The context the CAMEO2PLOVER table gives the event's code, in our vocabulary."""
    return _with_parents(c for label in split_contexts(info.context) for c in normalise_context(label))


def event_mode(info: CodeInfo) -> str:
    """The PLOVER mode of the code; the table has a context in one mode cell (175), which is no mode."""
    mode = info.mode.strip()
    return "" if not mode or normalise_context(mode) else mode


@dataclass(slots=True, frozen=True)
class ContextLexicon:
    """Terms (tuples of lower-case lemmas or words) -> contexts."""

    terms: dict[tuple[str, ...], tuple[str, ...]]
    longest: int
    starts: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # The first word of every term: most tokens start none, and are skipped at once.
        object.__setattr__(self, "starts", frozenset(term[0] for term in self.terms if term))

    def find(self, tokens: list[Token]) -> Counter[str]:
        """How often each context's terms occur in the tokens (longest match first)."""
        return self.find_words(*_words(tokens))

    def find_words(self, lemmas: list[str], lowers: list[str], skip: list[bool]) -> Counter[str]:
        """:meth:`find` on tokens already read: lower-case lemmas, lower-case forms, skipped POS."""
        found: Counter[str] = Counter()
        i = 0
        while i < len(lemmas):
            size = 0 if skip[i] else self._match(lemmas, lowers, i)
            if size:
                for context in self._contexts(lemmas[i : i + size], lowers[i : i + size]):
                    found[context] += 1
                i += size
            else:
                i += 1
        return found

    def _match(self, lemmas: list[str], lowers: list[str], i: int) -> int:
        if lemmas[i] not in self.starts and lowers[i] not in self.starts:
            return 0
        for size in range(min(self.longest, len(lemmas) - i), 0, -1):
            if self._contexts(lemmas[i : i + size], lowers[i : i + size]):
                return size
        return 0

    def _contexts(self, lemmas: list[str], lowers: list[str]) -> tuple[str, ...]:
        return self.terms.get(tuple(lemmas)) or self.terms.get(tuple(lowers), ())


Words = tuple[list[str], list[str], list[bool]]


def _words(tokens: Iterable[Token]) -> Words:
    """What :meth:`ContextLexicon.find_words` reads of each token."""
    tokens = list(tokens)
    return [t.lemma_.lower() for t in tokens], [t.lower_ for t in tokens], [t.pos_ in _SKIP_POS for t in tokens]


def _read_terms(path: Path) -> dict[tuple[str, ...], tuple[str, ...]]:
    terms: dict[tuple[str, ...], tuple[str, ...]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
            if not row or row[0].startswith("#") or row[0] == "term":
                continue
            if len(row) < 2:
                raise ValueError(f"{path} line {number}: want TERM<TAB>CONTEXT[|CONTEXT]")
            contexts = [c for label in row[1].split("|") for c in normalise_context(label)]
            if not contexts:
                raise ValueError(f"{path} line {number}: unknown context {row[1]!r}; see docs/CONTEXTS.md")
            key = tuple(row[0].lower().split())
            terms[key] = _with_parents([*terms.get(key, ()), *contexts])
    return terms


@lru_cache(maxsize=4)
def context_lexicon(path: Path | None = None) -> ContextLexicon:
    """The bundled context lexicon (or another file in the same format), loaded once."""
    terms = _read_terms(path or data_path("contexts.tsv"))
    return ContextLexicon(terms, max(len(k) for k in terms))


class ContextTagger:
    """Adds contexts, mode and agreement to the events of one parsed article."""

    def __init__(self, doc: Doc, article: Article, lexicon: ContextLexicon | None = None) -> None:
        self.doc = doc
        self.article = article
        self.lexicon = lexicon or context_lexicon()
        self._article_contexts: tuple[str, ...] | None = None
        # Per sentence (start token): its tokens' character offsets and words, read once for all
        # the sentence's events.
        self._sentence_words: dict[int, tuple[list[int], Words]] = {}
        self._columns: list[list[int]] | None = None

    def tag_all(self, events: list[Event], sentences: Mapping[int, Span] | list[Span]) -> list[Event]:
        """Tag every event; ``sentences[i]`` is the span of sentence ``i``."""
        return [self.tag(event, sentences[event.sentence_index]) for event in events]

    def tag(self, event: Event, sent: Span) -> Event:
        """The event with ``contexts``, ``mode`` and ``agreement`` filled."""
        agreement = describe_agreement(event, sent, self.doc, self.article)
        contexts = self.contexts(event, sent)
        if agreement and agreement.get("spheres"):
            # "signed a declaration on ..." with its spheres told in another sentence (the article's
            # "memoranda on cooperation in trade, transit, IT, banking"): the spheres give its contexts
            contexts = _with_parents(set(contexts) | set(self._sphere_contexts(agreement["spheres"])))
        return dataclasses.replace(event, contexts=contexts, mode=event_mode(event.info), agreement=agreement)

    def _sphere_contexts(self, spheres: list[str]) -> tuple[str, ...]:
        """Contexts the lexicon gives an agreement's spheres ("trade", "banking": economic)."""
        words = [w.lower() for w in spheres]
        return tuple(self.lexicon.find_words(words, words, [False] * len(words)))

    def contexts(self, event: Event, sent: Span) -> tuple[str, ...]:
        """Prior plus sentence terms; the weak prior, else the article's dominant contexts, when both are silent."""
        prior = set(prior_contexts(event.info))
        if not prior and event.info.root in _DIPLOMATIC_ROOTS:
            prior = {"diplomatic"}
        found = (prior - _WEAK_PRIORS) | set(self.sentence_contexts(event, sent))
        if not found:
            found = prior or set(self.article_contexts())
        return _with_parents(found)

    def sentence_contexts(self, event: Event, sent: Span) -> tuple[str, ...]:
        """Contexts whose terms occur in the sentence outside the event's actor names."""
        actors = [(a.start, a.end) for a in (event.source, event.target) if a is not None and a.start >= 0]
        read = self._sentence_words.get(sent.start)
        if read is None or len(read[0]) != len(sent):
            read = self._sentence_words[sent.start] = self._read_sentence(sent)
        offsets, (lemmas, lowers, skip) = read
        outside = [k for k, char in enumerate(offsets) if not any(s <= char < e for s, e in actors)]
        words = ([lemmas[k] for k in outside], [lowers[k] for k in outside], [skip[k] for k in outside])
        return tuple(self.lexicon.find_words(*words))

    def _read_sentence(self, sent: Span) -> tuple[list[int], Words]:
        """A sentence's character offsets and :func:`_words`, sliced from the Doc's columns.

        Why: reading them off Token objects built one Token per word and three string look-ups
        for every word of every sentence with an event; the columns are read once per article
        and hold the same values (``token.idx``, ``lemma_``, ``lower_``, ``pos_`` read the
        same fields; tests/test_speed14.py compares the two).
        """
        if sent.doc is not self.doc:
            return [t.idx for t in sent], _words(sent)
        return self._read(sent.start, sent.end)

    def _read(self, start: int, end: int) -> tuple[list[int], Words]:
        """Character offsets and :func:`_words` of ``self.doc[start:end]``, from its columns."""
        if self._columns is None:
            array = self.doc.to_array([IDX, LEMMA, LOWER, POS])
            self._columns = [array[:, k].tolist() for k in range(4)]
        offsets, lemmas, lowers, tags = (column[start:end] for column in self._columns)
        strings = self.doc.vocab.strings
        words = [strings[h].lower() for h in lemmas], [strings[h] for h in lowers], [p in _SKIP_POS_IDS for p in tags]
        return offsets, words

    def article_contexts(self) -> tuple[str, ...]:
        """Up to two contexts whose terms occur at least twice in the article."""
        if self._article_contexts is None:
            counts = self.lexicon.find_words(*self._read(0, len(self.doc))[1])  # = find(list(self.doc))
            ranked = [c for c, n in counts.most_common() if n >= _ARTICLE_MIN_HITS and c not in REFINEMENTS]
            self._article_contexts = tuple(ranked[:_ARTICLE_TOP])
        return self._article_contexts
