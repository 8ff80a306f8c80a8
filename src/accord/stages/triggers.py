"""Matching lexicon patterns at a token: which pattern fires and what it consumed."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from accord.ontology import INQUIRIES, Pattern
from accord.stages.clauses import OBJ, is_stative, stative_objects
from accord.stages.dates import MONTHS, WEEKDAYS


@dataclass(slots=True)
class Trigger:
    """A lexicon pattern matched at a token, with the tokens its constraints consumed."""

    token: Token
    pattern: Pattern
    consumed: tuple[Token, ...] = ()


def match_pattern(token: Token, patterns: list[Pattern]) -> Trigger | None:
    """The first pattern of this lemma whose constraints all hold at ``token``."""
    objects = _objects(token)
    for pattern in patterns:
        consumed: list[Token] = []
        if pattern.not_obj and any(_blocking_words(o) & pattern.not_obj for o in objects):
            continue
        if pattern.not_prep and _has_blocking_prep(token, pattern.not_prep):
            continue
        preps: list[Token] = []
        if pattern.prep is not None and pattern.pobj is None:
            # with pobj= the preposition is checked where its object is found, on the verb or its object
            preps = _child_lemma(token, {"prep", "prt", "agent", "dative"}, pattern.prep)
            preps = [p for p in preps if not is_time(p)]
            if not preps:
                continue
        if pattern.obj is not None:
            # With a preposition named, what it governs may be the object: "agreed to a truce", "called for talks".
            hits = [o for o in objects + [g for p in preps for g in _pobjs(p)] if object_words(o) & pattern.obj]
            if not hits:
                continue
            consumed.extend(hits)
        if pattern.prt is not None and not _particles(token, pattern.prt):
            continue
        if pattern.xcomp is not None:
            comps = [c for c in token.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX", "NOUN"}]
            comps += _named_complements(token, pattern.xcomp)
            # "gave Qatari citizens 14 days to leave": the infinitive hangs on the verb as an adverbial clause
            comps += [c for c in token.children if c.dep_ == "advcl" and any(a.tag_ == "TO" for a in c.children)]
            comps += _deadline_clauses(objects)
            comps = [c for c in comps if "*" in pattern.xcomp or c.lemma_.lower() in pattern.xcomp]
            if pattern.xobj is not None:
                comps = [c for c in comps if _complement_object_words(c) & pattern.xobj]
            if not comps:
                continue
            consumed.extend(comps)
        if pattern.subj is not None and not _subject_words(token) & pattern.subj:
            continue
        if pattern.pobj is not None:
            held = [p for p in _prep_objects(token, pattern.prep) if _pobj_words(p) & pattern.pobj]
            if not held:
                continue
            consumed.extend(held)
        return Trigger(token, pattern, tuple(consumed))
    return None


_ADJ_COMPS = {"xcomp", "ccomp", "oprd", "acomp"}


def _subject_words(token: Token) -> set[str]:
    """What does the act, for ``subj=``: the subject's lemma and its compound or adjective
    modifiers ("Israeli air strikes killed": strike, air); a participle or conjunct without a
    subject of its own takes its head's ("a drone slammed into a bus, killing nine")."""
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "agent"}]
    if not subjects and token.dep_ in {"advcl", "conj", "xcomp"}:
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    subjects += [p for s in subjects if s.dep_ == "agent" for p in s.children if p.dep_ == "pobj"]
    words: set[str] = set()
    for subject in subjects:
        words.add(subject.lemma_.lower())
        words |= {c.lemma_.lower() for c in subject.children if c.dep_ in {"compound", "amod"}}
    return words


def _complement_object_words(comp: Token) -> set[str]:
    """What the complement verb acts on, for ``xobj=``: "agreed to stop the fighting" is a truce
    where "agreed to stop building settlements" is not; the object's own modifiers count ("all
    firing and military action")."""
    words: set[str] = set()
    for obj in _objects(comp):
        words |= object_words(obj)
        words |= {c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod"}}
    # "agreed to stop fighting": the gerund is the complement's own complement
    words |= {c.lemma_.lower() for c in comp.children if c.dep_ == "xcomp" and c.tag_ == "VBG"}
    # "urged Beijing to act with restraint": the manner is what the complement asks for
    words |= {p.lemma_.lower() for c in comp.children if c.dep_ == "prep" and c.lower_ == "with" for p in _pobjs(c)}
    return words


def _named_complements(token: Token, words: frozenset[str]) -> list[Token]:
    """'found the journalist guilty', 'called the seizure a violation': an adjective complement,
    or a noun predicated of the object, counts only where the pattern names it, so no ``xcomp=*``
    pattern starts matching them."""
    found = [
        c
        for c in token.children
        if (c.dep_ in _ADJ_COMPS and c.pos_ == "ADJ" or c.dep_ == "oprd" and c.pos_ == "NOUN")
        and c.lemma_.lower() in words
    ]
    # "regarded the decision as an illegitimate step", "described the raid as a violation": the verdict
    # of an "as" phrase, by its noun (not a bare "act" or "step", which any verdict may name) or adjective.
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            if p.lemma_.lower() in words and p.lemma_.lower() not in _NEUTRAL_ACTS:
                found.append(p)
            else:
                found += [a for a in p.children if a.dep_ == "amod" and a.lemma_.lower() in words - _MILD][:1]
    return found


# "described the raid as a regrettable episode": regret that qualifies a neutral noun blames no one.
_MILD = frozenset({"regrettable"})
# Nouns a verdict of any kind may name: "as an act of friendship", "as a step forward".
_NEUTRAL_ACTS = frozenset({"act", "step", "move", "attack", "threat", "blow"})


def _deadline_clauses(objects: list[Token]) -> list[Token]:
    """'giving those in India 48 hours to leave': the parser hangs the infinitive on the span of
    time given, as a relative clause; what must be done in that time is still the complement."""
    return [
        c
        for o in objects
        if o.lemma_.lower() in _SPANS
        for c in o.children
        if c.dep_ in {"relcl", "acl"} and any(a.tag_ == "TO" for a in c.children)
    ]


_SPANS = {"hour", "day", "week", "month", "deadline"}


def _objects(token: Token) -> list[Token]:
    if is_stative(token):
        return stative_objects(token)
    direct = [c for c in token.children if c.dep_ in OBJ | {"nsubjpass", "dative"} and c.pos_ != "ADP"]
    direct += shared_passive_subject(token, direct)
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN" and token.lemma_ in _BROKERING:
        # "accepted a deal brokered by Washington": the participle's noun is what was brokered. Not for
        # every participle: "the hostages held by Hamas", "a warrant issued by the court" only describe.
        direct.append(token.head)
    if any(c.dep_ == "dative" for c in direct):
        # "gave the government 48 hours to free ...": the parser often makes the second object of a
        # double-object verb an adverbial noun; it is still what was given.
        direct += [c for c in token.children if c.dep_ == "npadvmod"]
    if token.pos_ in {"NOUN", "PROPN"}:
        # A noun's kind is in its modifiers, compound or adjective: "air strike", "general strike".
        direct += [c for c in token.children if c.dep_ in {"compound", "amod"}]
    direct += [conj for d in direct for conj in d.conjuncts if conj.i > d.i]
    return direct + _amount_contents(token, direct)


_BROKERING = {"broker", "facilitate"}


def shared_passive_subject(token: Token, direct: list[Token]) -> list[Token]:
    """'Tokayev had been the first to arrive, and was received by Xi': a passive conjunct with no
    subject of its own shares its head's, which is what the act was done to (session 18)."""
    if token.dep_ != "conj" or direct or not any(c.dep_ == "auxpass" for c in token.children):
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "aux" and c.lower_ == "had") for c in token.children):
        return []  # "... and had been recognized by the agency" sums up the past
    # a name only: a common noun there is often the parser's misreading of a list of clauses
    return [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PROPN"]


def _amount_contents(token: Token, objects: list[Token]) -> list[Token]:
    """'suspended $11 million in development funding': the parser often hangs the 'in' phrase
    on the verb, not on the amount; what the amount is of is still the object."""
    if not any(o.like_num or o.lemma_.lower() in _AMOUNTS for o in objects):
        return []
    first = min(o.i for o in objects)
    return [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"in", "worth"} and c.i > first
        for p in c.children
        if p.dep_ == "pobj"
    ]


def object_words(token: Token) -> set[str]:
    """Lemma and text of an object head, plus its compound titles ("Ambassador Sylvain Itte")
    and, for amounts, what they are of ("$3 billion in military aid")."""
    words = {token.lemma_.lower(), token.lower_}
    words |= _hyphenated(token)
    if token.ent_type_ == "PERSON":
        # "Petro was welcomed by Maduro": a named person, for patterns that take anyone named (``@person``)
        words.add("@person")
    elif token.ent_type_ == "GPE":
        # "Nauru will recognise China": a named state or place, for patterns that take any (``@gpe``)
        words.add("@gpe")
    if token.pos_ == "PROPN" or token.lower_ == "general":
        # "consul general", "secretary general": the office is the word before "general"
        words |= {c.lemma_.lower() for c in token.children if c.dep_ == "compound"}
    if token.like_num or token.lemma_.lower() in _AMOUNTS | _OFFERS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "of", "worth"}:
                words |= {p.lemma_.lower() for p in prep.children if p.dep_ == "pobj"}
    if token.lemma_.lower() in _GROUPS:
        words |= _group_members(token)
    if token.lemma_.lower() in INQUIRIES:
        words |= _inquiry_kinds(token)
    if token.lemma_.lower() in _STOPPINGS:
        words |= _what_stops(token)
    if token.lemma_.lower() in _ACCESS:
        # "restricted access to social media": what access is to says what is restricted
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                words |= {w for p in prep.children if p.dep_ == "pobj" for w in (p.lemma_.lower(), p.lower_)}
    return words


# "a cessation of hostilities", "an immediate halt to the fighting": the stop is a truce only by
# what is stopped, read as ``cessation-hostility`` / ``halt-fighting`` so that a row names the pair
# ("agreed to the cessation of cattle imports" is no truce).
_STOPPINGS = {"cessation", "halt", "end"}


def _what_stops(token: Token) -> set[str]:
    """``cessation-hostility`` for "the cessation of hostilities": the noun joined to what its
    "of" or "to" phrase says is stopped."""
    return {
        f"{token.lemma_.lower()}-{p.lemma_.lower()}"
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in {"of", "to"}
        for p in prep.children
        if p.dep_ == "pobj"
    }


def _inquiry_kinds(token: Token) -> set[str]:
    """ "opened a criminal investigation", "a war crimes probe": what kind of inquiry it is lies in
    its modifiers, read as ``criminal-inquiry`` / ``war-inquiry`` (one word for every inquiry noun),
    so that a row names the kind without the modifier matching as an object of its own ("launched
    a war" is no inquiry)."""
    kinds: set[str] = set()
    for mod in token.children:
        if mod.dep_ in {"amod", "compound"}:
            kinds.add(mod.lemma_.lower() + "-inquiry")
            kinds |= {g.lemma_.lower() + "-inquiry" for g in mod.children if g.dep_ in {"amod", "compound"}}
    return kinds


def _blocking_words(token: Token) -> set[str]:
    """The object's lemma, and its kinds joined to it ("trade-war", "election-campaign"): a pattern
    may block one kind of its object ("launched a trade war" is no fighting) and keep the rest."""
    lemma = token.lemma_.lower()
    return {lemma} | {f"{c.lemma_.lower()}-{lemma}" for c in token.children if c.dep_ in {"compound", "amod"}}


def _hyphenated(token: Token) -> set[str]:
    """ "a cease-fire": the tokenizer splits the hyphenated spelling (AP style) into "cease - fire",
    with "cease" a compound of "fire"; the word joined is the one the lexicon names."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_:
        return set()
    first = doc[token.i - 2]
    if first.head != token or first.whitespace_:
        return set()
    return {first.lower_ + token.lower_}


# "accepted offers of rescue teams": what is offered says what is accepted.
_OFFERS = {"offer"}
# Nouns that only count or gather people: "pushed the last pockets of protesters back", "scattered
# groups of demonstrators". Who they are is in the "of" phrase, as with amounts.
_GROUPS = {"group", "pocket", "band", "handful", "score", "knot", "cluster"}


def _group_members(token: Token) -> set[str]:
    """Lemmas of the "of" phrase of a gathering noun: "pockets of convoy protesters" -> protester."""
    return {
        p.lemma_.lower()
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    }


_ACCESS = {"access"}
_AMOUNTS = {
    "hundred",
    "thousand",
    "dozen",
    "billion",
    "million",
    "trillion",
    "$",
    "dollar",
    "euro",
    "pound",
    "yuan",
    "ton",
    "tonne",
    "package",
    "worth",
    "amount",
    "sum",
    "lot",
    "batch",
    "shipment",
    "consignment",
    "round",
    "tranche",
    "kilogram",
    "kg",
    "litre",
    "liter",
    "truckload",
    "planeload",
    "shipload",
    # session 19: "would suspend most of its bilateral aid": a share of a thing is that thing
    "most",
    "part",
    "half",
    "bulk",
    "portion",
    "majority",
    # session 21: "dismissed a list of 13 demands", "imposed a raft of measures": a collection of
    # things is those things
    "list",
    "set",
    "series",
    "raft",
    "slew",
    "string",
    "number",
    "range",
}


def _prep_objects(token: Token, preps: frozenset[str] | None) -> list[Token]:
    """Objects of the verb's prepositions ("went on strike", "came under fire"), through a bare
    particle-like preposition to the one it carries ("pulled out of the deal"); only those of
    ``preps`` when the pattern names them."""
    found: list[Token] = []
    # the parser often hangs the phrase on the object: "used hospitals as shields", "stripped him of his citizenship"
    carriers = [*token.children, *(c for o in token.children if o.dep_ in OBJ for c in o.children)]
    for prep in carriers:
        if prep.dep_ not in {"prep", "agent", "dative", "prt", "advmod"}:
            continue
        inner = [c for c in prep.children if c.dep_ == "prep"] if not _pobjs(prep) else []
        for carrier in [prep, *inner]:
            if preps is None or carrier.lemma_.lower() in preps or prep.lemma_.lower() in preps:
                found += _pobjs(carrier)
    return found


def _pobj_words(token: Token) -> set[str]:
    """A prepositional object's head and its compounds: "went on a hunger strike" is told from
    "went on strike" by the compound."""
    return object_words(token) | {c.lemma_.lower() for c in token.children if c.dep_ == "compound"}


def _pobjs(prep: Token) -> list[Token]:
    heads = [c for c in prep.children if c.dep_ == "pobj"]
    return heads + [conj for h in heads for conj in h.conjuncts if conj.i > h.i]


def _particles(token: Token, lemmas: frozenset[str]) -> list[Token]:
    """A particle ("gave in", "cracked down"); the parser may call it a preposition, but one with an
    object is a place or time ("gave a welcome in Berlin"), not a particle."""
    found = _child_lemma(token, {"prt", "advmod", "prep"}, lemmas)
    return [c for c in found if c.dep_ != "prep" or not any(g.dep_ == "pobj" for g in c.children)]


def is_time(prep: Token) -> bool:
    """'called Zelensky on Monday': a preposition that dates the act names no addressee or theme."""
    return any(p.dep_ == "pobj" and p.lower_ in _TIME_WORDS for p in prep.children)


_TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"weekend"}


def _has_blocking_prep(token: Token, lemmas: frozenset[str]) -> bool:
    """``not_prep=``: a preposition on the verb that gives it another sense, "slammed into a bus"
    (a crash) beside "slammed the decision" (criticism); one of time ("on Monday") blocks nothing."""
    return any(not is_time(p) for p in _child_lemma(token, {"prep", "prt"}, lemmas))


def _child_lemma(token: Token, deps: set[str], lemmas: frozenset[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps and c.lemma_.lower() in lemmas]
