"""The actor dictionary: states, organisations, people with dated roles, role words.

Loaded once from package data (plus optional user files in the same formats)
and compiled into two spaCy PhraseMatchers: proper names match case-sensitively
(so the pronoun "us" is never the United States), role words case-insensitively.
Formats are documented in docs/ACTORS.md.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from spacy import about
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from accord import cache
from accord.errors import ConfigError
from accord.ontology import data_path

log = logging.getLogger(__name__)

COUNTRY, CAPITAL, METONYM, ADJECTIVE, DEMONYM, ORG, PERSON, AGENT = (
    "country",
    "capital",
    "metonym",
    "adjective",
    "demonym",
    "org",
    "person",
    "agent",
)


@dataclass(slots=True, frozen=True)
class Role:
    """A dated office: who a person is, for whom, from when to when."""

    country: str
    sector: str
    title: str
    start: date | None
    end: date | None

    def is_active(self, when: date) -> bool:
        """True when the office was held on ``when`` (both days inclusive: the last day counts)."""
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(slots=True, frozen=True)
class Entry:
    """What one dictionary phrase stands for."""

    kind: str
    country: str
    sector: str
    name: str
    roles: tuple[Role, ...] = ()
    priority: int = 0

    def rank(self, when: date | None) -> int:
        """Lower for higher office on a date, so that a president beats a namesake speaker."""
        roles = [r for r in self.roles if when is None or r.is_active(when)]
        return min((_title_rank(r.title) for r in roles), default=99)

    def at(self, when: date | None) -> tuple[str, str] | None:
        """Country and sector of this entry on a date (people and dated organisations)."""
        if not self.roles:
            return self.country, self.sector
        if when is None:
            return self.roles[-1].country, self.roles[-1].sector
        active = [r for r in self.roles if r.is_active(when)]
        if active:
            best = min(active, key=lambda r: _title_rank(r.title))
            return best.country, best.sector
        if self.kind == PERSON:
            past = [r for r in self.roles if r.end is not None and r.end <= when]
            if past:
                return max(past, key=lambda r: r.end or date.min).country, "ELI"
            return None
        return self.country, self.sector


_NEAR_MIN = 6
_NEAR_KINDS = {COUNTRY, ADJECTIVE, DEMONYM}


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(word: str, name: str) -> bool:
    """One letter left out, added or changed, or two neighbours swapped.  A shared deletion alone
    also pairs words two edits apart ("Tawang" and "Taiwan" both lose a letter to "Tawan")."""
    if len(word) != len(name):
        longer, shorter = (word, name) if len(word) > len(name) else (name, word)
        return len(longer) == len(shorter) + 1 and shorter in _deletions(longer)
    diff = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
    if len(diff) <= 1:
        return True
    i, j = diff[0], diff[-1]
    return len(diff) == 2 and j == i + 1 and word[i] == name[j] and word[j] == name[i]


_TITLE_RANK = ("president", "supreme leader", "king", "emir", "prime minister", "chancellor", "premier")


def _title_rank(title: str) -> int:
    lowered = title.lower()
    for rank, word in enumerate(_TITLE_RANK):
        if lowered.startswith(word):
            return rank
    return len(_TITLE_RANK)


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(slots=True)
class ActorLexicon:
    """All actor phrases, compiled into matchers for one spaCy vocabulary."""

    names: dict[str, list[Entry]] = field(default_factory=dict)
    agents: dict[str, list[Entry]] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)
    name_matcher: PhraseMatcher | None = None
    agent_matcher: PhraseMatcher | None = None
    # The entries of a matched phrase, by its tokens' ORTH (names) or LOWER (role words) hashes.
    by_tokens: tuple[dict[tuple[int, ...], list[Entry]], dict[tuple[int, ...], list[Entry]]] = field(
        default_factory=lambda: ({}, {})
    )
    # One-letter-deleted forms of one-word state names, adjectives and demonyms, for misspellings.
    _near: dict[str, set[str]] = field(default_factory=dict)
    # The lower-case words of each person's name and aliases, to tell a namesake ("Li Xi") from a variant.
    name_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # The last Doc :meth:`find` read (with its length) and what it found: see there.
    _last: tuple[Doc, int, list[tuple[int, int, list[Entry]]]] | None = None

    def add_name(self, phrase: str, entry: Entry) -> None:
        """Register a proper name (matched case-sensitively)."""
        phrase = " ".join(phrase.split())
        if phrase:
            self.names.setdefault(phrase, []).append(entry)

    def add_agent(self, phrase: str, entry: Entry) -> None:
        """Register a role word (matched in lower case)."""
        phrase = " ".join(phrase.lower().split())
        if phrase:
            self.agents.setdefault(phrase, []).append(entry)

    def compile(self, nlp: Language) -> None:
        """Build the PhraseMatchers; call once after all phrases are added.

        One match key per matcher, all phrases under it (one ``add`` call per phrase cost a
        third of a second at every start-up); a match finds its entries by its tokens.
        Phrases with the same tokens share one list of entries.
        """
        self.name_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.agent_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_tokens = ({}, {})
        every = phrase_docs(nlp, [*self.names, *self.agents])
        for phrases, matcher, table, attr, docs in (
            (self.names, self.name_matcher, self.by_tokens[0], ORTH, every[: len(self.names)]),
            (self.agents, self.agent_matcher, self.by_tokens[1], LOWER, every[len(self.names) :]),
        ):
            matcher.add("accord_actors", docs)
            for key, doc in zip(phrases, docs, strict=True):
                tokens = tuple(doc.to_array(attr).tolist())
                table.setdefault(tokens, []).extend(phrases[key])
        self._near = {}
        for key, entries in self.names.items():
            if len(key) >= _NEAR_MIN and key.isalpha() and any(e.kind in _NEAR_KINDS for e in entries):
                for form in {key, *_deletions(key)}:
                    self._near.setdefault(form, set()).add(key)

    def near_name(self, word: str) -> list[Entry]:
        """The state a misspelt one-word name, adjective or demonym stands for ("Ethopia", "Phillippines").

        One letter left out, added, changed or two swapped, the first letter
        kept; nothing when the word is a dictionary name itself or near names
        of two states.
        """
        if len(word) < _NEAR_MIN or not word.isalpha() or word in self.names:
            return []
        keys = {k for form in {word, *_deletions(word)} for k in self._near.get(form, ())}
        keys = {k for k in keys if k[0] == word[0] and _one_edit(word, k)}
        entries = [e for k in sorted(keys) for e in self.names[k] if e.kind in _NEAR_KINDS]
        return entries if len({e.country for e in entries}) == 1 else []

    def find(self, doc: Doc) -> Iterator[tuple[int, int, list[Entry]]]:
        """Yield (start, end, entries) for every dictionary phrase in a Doc, longest first.

        The rule entities and then the actor resolver ask for the same parsed Doc, one after the
        other: the last Doc's phrases are kept (while it has the same tokens) and given again.
        """
        last = self._last
        if last is not None and last[0] is doc and last[1] == len(doc):
            return iter(last[2])
        found = list(self._find(doc))
        self._last = (doc, len(doc), found)
        return iter(found)

    def _find(self, doc: Doc) -> Iterator[tuple[int, int, list[Entry]]]:
        if self.name_matcher is None or self.agent_matcher is None:
            raise ConfigError("ActorLexicon.compile() was not called")
        found = []
        columns = doc.to_array([ORTH, LOWER])
        matchers = (self.name_matcher, self.agent_matcher)
        for column, (matcher, table) in enumerate(zip(matchers, self.by_tokens, strict=True)):
            for _, start, end in matcher(doc):
                found.append((start, end, table[tuple(columns[start:end, column].tolist())]))
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        taken: set[int] = set()
        for start, end, entries in found:
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                yield start, end, entries


def phrase_docs(nlp: Language, phrases: list[str]) -> list[Doc]:
    """Each phrase as the tokenizer splits it (``nlp.make_doc``), its tokens kept in the user's cache.

    Why: tokenizing the 8,900 dictionary phrases took about a quarter of a second at every
    start-up; a Doc made from the stored words and spaces has the same tokens (the same ORTH and
    LOWER, all the matchers read).  The key covers the phrases, spaCy's version, the model and its
    tokenizer's rules (:mod:`accord.cache`).
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # a custom tokenizer: no rules to key the cache on
        return [nlp.make_doc(phrase) for phrase in phrases]
    meta = nlp.meta
    key = cache.fingerprint(
        about.__version__,
        f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}",
        tokenizer.to_bytes(exclude=["vocab"]),
        "\n".join(phrases),
    )
    stored = cache.load("phrases", key)
    if isinstance(stored, list) and len(stored) == len(phrases):
        try:
            return [Doc(nlp.vocab, words=words, spaces=spaces) for words, spaces in stored]
        except (TypeError, ValueError):
            log.debug("phrases: cached tokens malformed, tokenizing afresh")
    docs = [nlp.make_doc(phrase) for phrase in phrases]
    cache.store("phrases", key, [([t.text for t in d], [bool(t.whitespace_) for t in d]) for d in docs])
    return docs


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip() and not line.lstrip().startswith("#"):
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ConfigError(f"{path}:{number}: invalid JSON: {exc.msg}") from exc


def add_countries(lex: ActorLexicon, records: Iterable[dict[str, Any]]) -> None:
    """States: names, adjectives, demonyms, capitals (GOV) and other metonyms."""
    for rec in records:
        iso3, name = rec["iso3"], rec.get("name") or rec["names"][0]
        lex.countries[iso3] = name
        for phrase in rec.get("names", []) + [name]:
            lex.add_name(phrase, Entry(COUNTRY, iso3, "", name))
        for phrase in rec.get("adjectives", []):
            lex.add_name(phrase, Entry(ADJECTIVE, iso3, "", name))
        for phrase in rec.get("demonyms", []):
            lex.add_name(phrase, Entry(DEMONYM, iso3, "", name))
        for phrase in rec.get("capitals", []):
            lex.add_name(phrase, Entry(CAPITAL, iso3, "GOV", name))
        for phrase, sector in (rec.get("metonyms") or {}).items():
            lex.add_name(phrase, Entry(METONYM, iso3, sector, phrase))


def add_organizations(lex: ActorLexicon, records: Iterable[dict[str, Any]]) -> None:
    """IGOs, companies, armed groups, parties, NGOs and media, with optional dated sectors."""
    for rec in records:
        roles = tuple(
            Role(rec["country"], p["sector"], "", _date(p.get("start")), _date(p.get("end")))
            for p in rec.get("periods", [])
        )
        entry = Entry(ORG, rec.get("country", ""), rec.get("sector", ""), rec["name"], roles)
        for phrase in [rec["name"], *rec.get("aliases", [])]:
            lex.add_name(phrase, entry)


def add_people(lex: ActorLexicon, records: Iterable[dict[str, Any]]) -> None:
    """People with dated roles; several people may share a surname (resolved by date)."""
    for rec in records:
        roles = tuple(
            Role(
                r.get("country", ""),
                r.get("sector", "GOV"),
                r.get("title", ""),
                _date(r.get("start")),
                _date(r.get("end")),
            )
            for r in rec.get("roles", [])
        )
        roles = tuple(sorted(roles, key=lambda r: r.start or date.min))
        entry = Entry(PERSON, roles[0].country if roles else "", "", rec["name"], roles)
        phrases = [rec["name"], *rec.get("aliases", [])]
        for phrase in phrases:
            lex.add_name(phrase, entry)
        words = {w.lower() for phrase in phrases for w in phrase.replace("-", " ").split()}
        lex.name_words[rec["name"]] = lex.name_words.get(rec["name"], frozenset()) | words


def add_agents(lex: ActorLexicon, rows: Iterable[dict[str, str]]) -> None:
    """Role words such as 'foreign minister' (GOV) or 'rebels' (REB)."""
    for row in rows:
        phrase, sector = (row.get("phrase") or "").strip(), (row.get("sector") or "").strip()
        if phrase and sector:
            lex.add_agent(phrase, Entry(AGENT, "", sector, phrase))


def load_lexicon(nlp: Language, extra_dir: Path | None = None) -> ActorLexicon:
    """Load the bundled dictionaries, then a user folder with files of the same names."""
    lex = ActorLexicon()
    folders = [data_path("")] + ([extra_dir] if extra_dir else [])
    for folder in folders:
        _load_folder(lex, Path(folder))
    lex.compile(nlp)
    log.debug("actor lexicon: %d names, %d role words", len(lex.names), len(lex.agents))
    return lex


def _load_folder(lex: ActorLexicon, folder: Path) -> None:
    loaders = (
        ("countries.jsonl", add_countries),
        ("organizations.jsonl", add_organizations),
        ("people.jsonl", add_people),
    )
    for name, loader in loaders:
        path = folder / name
        if path.exists():
            loader(lex, _read_jsonl(path))
    agents = folder / "agents.tsv"
    if agents.exists():
        with agents.open(encoding="utf-8") as handle:
            add_agents(lex, csv.DictReader(handle, delimiter="\t"))
