"""Stage ``events``: find event triggers, assign source and target, code CAMEO.

For every verb or noun whose lemma is in the lexicon, the first pattern whose
constraints hold gives the code.  Roles come from the dependency parse:
subject -> source, object or prepositional object -> target; passives swap;
coordinated actors each act; symmetric acts are coded both ways.  Triggers
that are negated, modal, conditional, questions, background (dated well before
publication) or the complement of an intent verb ("threatened to attack") are
not coded as events.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from accord.model import Actor, Article, Event
from accord.ontology import Pattern, code_info
from accord.stages.actors import ActorResolver
from accord.stages.dates import event_date
from accord.stages.places import gazetteer

_MODALS = {"may", "might", "could", "would", "should", "can", "must", "ought"}
_CONDITIONAL_MARKS = {"if", "unless", "whether"}
_CONTROL = {
    "stop",
    "cease",
    "halt",
    "end",
    "quit",
    "avoid",
    "refrain",
    "prevent",
    "plan",
    "want",
    "seek",
    "try",
    "hope",
    "intend",
    "aim",
    "expect",
    "prepare",
    "threaten",
    "vow",
    "pledge",
    "promise",
    "agree",
    "refuse",
    "fail",
    "decline",
    "consider",
    "propose",
    "offer",
    "urge",
    "ask",
    "call",
    "wish",
    "need",
    "plot",
    "attempt",
    "demand",
    "deny",
    "warn",
    "mean",
    "have",
    "like",
    "push",
    "press",
    "encourage",
    "invite",
    "allow",
    "order",
    "force",
    "help",
    "tell",
    "appeal",
    "reject",
    "oppose",
    "resist",
}
_ACTUAL_CONTROL = {
    "stop",
    "cease",
    "halt",
    "end",
    "quit",
    "avoid",
    "refrain",
    "prevent",
    "continue",
    "begin",
    "start",
    "resume",
    "manage",
    "proceed",
    "go",
    "keep",
}
_LIGHT_VERBS = {
    "renew",
    "repeat",
    "reiterate",
    "issue",
    "lodge",
    "file",
    "announce",
    "launch",
    "carry",
    "conduct",
    "hold",
    "pay",
    "make",
    "stage",
    "mount",
    "begin",
    "start",
    "undertake",
    "wage",
    "unleash",
    "step",
    "escalate",
    "resume",
    "continue",
    "intensify",
    "order",
}
_TARGET_PREPS = [
    "with",
    "against",
    "on",
    "upon",
    "to",
    "toward",
    "towards",
    "at",
    "for",
    "into",
    "over",
    "from",
    "between",
    "outside",
]
_PLACE_PREPS = ["in", "near", "across", "inside"]
_PLACE_ROOTS = {"09", "14", "15", "17", "18", "19", "20"}
_VIOLENT_ROOTS = {"18", "19", "20"}
# Arrests and crackdowns of unnamed people happen at home: "police detained dozens".
_DOMESTIC_ROOTS = {"17"}
_SUBJ = {"nsubj", "csubj"}
_OBJ = {"dobj", "obj"}
_VISIT, _HOST = "042", "043"
_SPEECH_ROOTS = {"01", "02", "10", "11", "12", "13"}
# Crowds that attack or storm something riot (CAMEO 145) rather than wage war.
_CROWDS = {"CVL", "OPP"}
# "X was arrested", "were released from custody": with no agent, the state holding them acted.
_STATE_PASSIVE_ROOTS = {"08", "17"}
_REACTION_ROOTS = {"10", "11", "12", "13"}
_ACT_NOUNS = {
    "move",
    "decision",
    "incident",
    "act",
    "action",
    "step",
    "killing",
    "killings",
    "violence",
    "attack",
    "atrocity",
    "massacre",
    "crime",
    "detention",
    "arrest",
    "abduction",
    "kidnapping",
    "veto",
    "annexation",
    "invasion",
    "bombing",
    "shelling",
    "strike",
    "raid",
    "crackdown",
    "execution",
    "expulsion",
    "sentence",
    "warrant",
    "verdict",
    "ruling",
    "judgment",
    "indictment",
    "conviction",
    "charge",
    "ban",
}
_ACT_ROOTS = {"12", "15", "16", "17", "18", "19", "20"}
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
_STATELESS = {"REB", "UAF", "CRM", "OPP", "NGO", "IGO"}
# Roots whose events are worth coding without a target ("protesters rallied", "troops mobilised").
_TARGETLESS_ROOTS = {"14", "15", "17", "18", "19", "20"}


# en_core_web_sm lemmatises some past tenses wrongly; without these the patterns never fire.
_LEMMA_FIXES = {
    "stag": "stage",
    "wag": "wage",
    "hop": "hope",
    "rap": "rape",
    "forgave": "forgive",
    "relaxed": "relax",
    "unbanned": "unban",
    "relinquished": "relinquish",
    "lambasted": "lambaste",
    "sniped": "snipe",
    "cordoned": "cordon",
    "talks": "talk",
}
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
_DECLARE = {"say", "declare", "insist", "reiterate", "stress", "state", "tell", "announce", "warn", "conclude"}
_OBLIGATION = {"must", "should"}
_DEMAND_PATTERN = Pattern(code="100", kind="v", lemma="say")
_WILLING = {"willing", "ready", "prepared", "committed", "eager", "determined", "keen", "open"}
_SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we"}
_SPEECH = {"say", "tell", "report", "announce", "state", "claim", "add", "write", "confirm", "allege", "note"}


def lemma_of(token: Token) -> str:
    """The token's lemma, corrected where the statistical lemmatiser is known to fail."""
    lemma = token.lemma_.lower()
    return _LEMMA_FIXES.get(lemma, lemma)


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
        if pattern.not_obj and any(o.lemma_.lower() in pattern.not_obj for o in objects):
            continue
        if pattern.obj is not None:
            hits = [o for o in objects if _object_words(o) & pattern.obj]
            if not hits:
                continue
            consumed.extend(hits)
        if pattern.prt is not None and not _child_lemma(token, {"prt", "advmod", "prep"}, pattern.prt):
            continue
        if pattern.prep is not None:
            preps = _child_lemma(token, {"prep", "prt", "agent", "dative"}, pattern.prep)
            if not preps:
                continue
        if pattern.xcomp is not None:
            comps = [c for c in token.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX", "NOUN"}]
            comps = [c for c in comps if "*" in pattern.xcomp or c.lemma_.lower() in pattern.xcomp]
            if not comps:
                continue
            consumed.extend(comps)
        return Trigger(token, pattern, tuple(consumed))
    return None


def _objects(token: Token) -> list[Token]:
    direct = [c for c in token.children if c.dep_ in _OBJ or c.dep_ == "nsubjpass"]
    if token.pos_ in {"NOUN", "PROPN"}:
        direct += [c for c in token.children if c.dep_ == "compound"]
    return direct + [conj for d in direct for conj in d.conjuncts if conj.i > d.i]


def _object_words(token: Token) -> set[str]:
    """Lemma and text of an object head, plus its compound titles ("Ambassador Sylvain Itte")
    and, for amounts, what they are of ("$3 billion in military aid")."""
    words = {token.lemma_.lower(), token.lower_}
    if token.pos_ == "PROPN":
        words |= {c.lemma_.lower() for c in token.children if c.dep_ == "compound"}
    if token.like_num or token.lemma_.lower() in _AMOUNTS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "of", "worth"}:
                words |= {p.lemma_.lower() for p in prep.children if p.dep_ == "pobj"}
    return words


_AMOUNTS = {
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
}


def _child_lemma(token: Token, deps: set[str], lemmas: frozenset[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps and c.lemma_.lower() in lemmas]


def is_actual(trigger: Token) -> bool:
    """False for negated, modal, conditional, questioned or pluperfect background acts."""
    if trigger.sent.text.rstrip().endswith("?"):
        return False
    clause = trigger
    for _ in range(4):
        children = list(clause.children)
        if any(c.dep_ == "neg" for c in children):
            return False
        if any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in _MODALS for c in children):
            if not _is_reported_future(clause):
                return False
        if any(c.dep_ == "mark" and c.lemma_.lower() in _CONDITIONAL_MARKS for c in children):
            return False
        if clause.dep_ not in {"conj", "xcomp"} or clause.head == clause:
            break
        clause = clause.head
    return not _is_pluperfect(trigger)


def _is_reported_future(token: Token) -> bool:
    """'Israel announced it would free 150 prisoners': future in the past, an announced intent."""
    node = token
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in node.children):
        return False
    if any(c.dep_ == "mark" and c.lemma_.lower() in _CONDITIONAL_MARKS for c in node.children):
        return False
    return node.dep_ == "ccomp" and lemma_of(node.head) in _DECLARE | _SPEECH | {"pledge", "promise", "vow"}


def _is_refusal(token: Token, code: str) -> bool:
    """'said he would not provide support', 'will not sign': a refusal (12), not nothing."""
    if code[:2] not in {"03", "04", "05", "06", "07", "08"}:
        return False
    node = token
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    negated = any(c.dep_ == "neg" for c in node.children)
    return negated and (_is_future(node) or _is_reported_future(node)) and not node.sent.text.rstrip().endswith("?")


def _is_pluperfect(trigger: Token) -> bool:
    """'had been arrested' is background, unless it is reported speech ('said X had killed')."""
    auxes = [c for c in trigger.children if c.dep_ in {"aux", "auxpass"}]
    if not (trigger.tag_ == "VBN" and any(a.lower_ == "had" for a in auxes)):
        return False
    return not (trigger.dep_ == "ccomp" and lemma_of(trigger.head) in _SPEECH)


def is_complement_of_intent(trigger: Token) -> bool:
    """True for "attack" in "threatened to attack" or "plans to sign": not an event that happened."""
    node = trigger
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if is_willing(node):
        return False
    if node.dep_ in {"xcomp", "advcl", "acl", "ccomp"} and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in node.children
    ):
        return node.head.lemma_.lower() not in _ACTUAL_CONTROL
    if node.dep_ in {"xcomp", "ccomp"}:
        return lemma_of(node.head) in _CONTROL
    if node.dep_ == "pcomp" and node.head.lemma_.lower() in {"of", "about", "on", "to", "for", "without", "against"}:
        return True
    return False


def is_willing(token: Token) -> bool:
    """'is ready to send troops', 'is willing to withdraw': an intent (03x) to do the act."""
    return token.dep_ == "xcomp" and token.head.pos_ == "ADJ" and token.head.lemma_.lower() in _WILLING


def subject_heads(token: Token, depth: int = 0) -> list[Token]:
    """Who acts: the subject, else the subject inherited through xcomp, conj or a participle clause."""
    if depth > 5:
        return []
    subjects = [c for c in token.children if c.dep_ in _SUBJ]
    if subjects:
        if subjects[0].tag_ in {"WDT", "WP"} and token.dep_ == "relcl":
            return [token.head]
        if subjects[0].lower_ in _SPEAKER_PRONOUNS and token.dep_ == "ccomp" and lemma_of(token.head) in _SPEECH:
            return subject_heads(token.head, depth + 1) or subjects
        return subjects
    if any(c.dep_ in {"nsubjpass", "csubjpass"} for c in token.children):
        return []
    if token.dep_ in {"xcomp", "conj", "acomp"} or (token.dep_ in {"advcl"} and token.tag_ == "VBG"):
        return subject_heads(token.head, depth + 1) if token.head != token else []
    if token.dep_ in {"relcl", "acl"} and token.tag_ != "VBN":
        noun = token.head
        governor = noun.head
        if noun.dep_ in _OBJ and governor.pos_ == "VERB" and governor != noun:
            return [noun, *subject_heads(governor, depth + 1)]
        return [noun]
    return []


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]


def _deep_prep_targets(token: Token, preps: list[str], depth: int = 3) -> list[Token]:
    """Prepositional objects in a noun's phrase: 'a declaration of peace with Bahrain'."""
    found = _prep_targets(token, preps)
    if depth > 1:
        for child in token.children:
            if child.dep_ in {"prep", "pobj", "conj", "appos", "dobj"}:
                found += _deep_prep_targets(child, preps, depth - 1)
    return found


def _prep_targets(token: Token, preps: list[str]) -> list[Token]:
    found = []
    for name in preps:
        for child in token.children:
            if child.dep_ in {"prep", "dative"} and child.lemma_.lower() == name:
                found.extend(_pobjs(child))
    return found


class EventFinder:
    """Codes the events of one parsed article with a lexicon and an actor resolver."""

    def __init__(
        self, lexicon: dict[tuple[str, str], list[Pattern]], resolver: ActorResolver, article: Article
    ) -> None:
        self.lexicon = lexicon
        self.resolver = resolver
        self.article = article
        self.dateline_country = self._dateline_country()
        resolver.home = self.dateline_country
        self.history: list[Event] = []

    def _dateline_country(self) -> str:
        if not self.article.dateline:
            return ""
        return self.country_of_place(self.article.dateline)

    def triggers(self, sent: Span) -> Iterator[Trigger]:
        """Every lexicon trigger in a sentence, skipping nouns a verb pattern consumed."""
        found: list[Trigger] = []
        for token in sent:
            kind = "v" if token.pos_ == "VERB" else "n" if token.pos_ in {"NOUN", "PROPN"} else None
            if kind is None:
                continue
            patterns = self.lexicon.get((kind, lemma_of(token))) or self.lexicon.get((kind, token.lower_))
            if patterns:
                trigger = match_pattern(token, patterns)
                if trigger is not None:
                    found.append(trigger)
        found.extend(self._obligations(sent, {t.token.i for t in found}))
        consumed = {t.i for trig in found for t in trig.consumed if trig.token.pos_ == "VERB"}
        verbs = {trig.token.i for trig in found if trig.token.pos_ == "VERB"}
        consumed |= {
            trig.token.i
            for trig in found
            if trig.token.pos_ != "VERB" and trig.token.dep_ in _SUBJ | _OBJ and trig.token.head.i in verbs
        }
        intent_heads = {trig.token.i for trig in found if trig.pattern.intent}
        for trig in found:
            if trig.token.i in consumed and trig.token.pos_ != "VERB":
                continue
            if trig.token.i in consumed and trig.token.head.i in intent_heads:
                continue
            yield trig

    def _obligations(self, sent: Span, taken: set[int]) -> list[Trigger]:
        """'X said Y must do Z' is a demand by X on Y (CAMEO 100), whatever Z is."""
        found = []
        for token in sent:
            if token.pos_ != "VERB" or token.i in taken or lemma_of(token) not in _DECLARE:
                continue
            for clause in token.children:
                if clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in clause.children):
                    found.append(Trigger(token, _DEMAND_PATTERN, (clause,)))
                    break
        return found

    def events(self, sent: Span, index: int, start: int, end: int) -> list[Event]:
        """All events of one sentence (``start``/``end``: its offsets in the body)."""
        out: list[Event] = []
        for trig in self.triggers(sent):
            found = self._code(trig, sent, index, start, end)
            self.history.extend(found)
            out.extend(found)
        return out

    def _code(self, trig: Trigger, sent: Span, index: int, start: int, end: int) -> list[Event]:
        token = trig.token
        refusal = token.pos_ == "VERB" and _is_refusal(token, trig.pattern.code)
        if token.pos_ == "VERB" and not refusal:
            if not is_actual(token) or is_complement_of_intent(token):
                return []
            sources, targets, passive = self._verb_roles(trig)
        else:
            if not self._noun_is_actual(token):
                return []
            sources, targets = self._noun_roles(trig)
            passive = False
        root = trig.pattern.code[:2]
        if root in _DOMESTIC_ROOTS and targets and targets[0].country:
            sources = [
                s if s.country or s.sector not in _STATE_SECTORS else replace(s, country=targets[0].country)
                for s in sources
            ]
        sources = [s for s in sources if s.country or s.sector in _STATELESS]
        clash = root in _VIOLENT_ROOTS and not targets and len({(a.country, a.sector) for a in sources}) > 1
        if root in _PLACE_ROOTS and not clash:
            targets = self._placed(token, targets)
        if root in _DOMESTIC_ROOTS and sources and sources[0].country:
            targets = [t if t.country else replace(t, country=sources[0].country) for t in targets]
        if root in _DOMESTIC_ROOTS and targets and targets[0].country:
            sources = [
                s if s.country or s.sector not in _STATE_SECTORS else replace(s, country=targets[0].country)
                for s in sources
            ]
        targets = [t for t in targets if t.country or t.sector]
        if not sources or (root in _VIOLENT_ROOTS and _SCORE.search(sent.text)):
            return []
        when = event_date(token, self.article.published)
        if (when is not None and when.is_background) or _is_cumulative(token):
            return []
        code = "120" if refusal else trig.pattern.code
        if (
            token.pos_ == "VERB"
            and not refusal
            and (_is_future(token) or is_willing(token) or _is_reported_future(token))
        ):
            intent = _intent_code(code)
            if intent is None:
                return []
            code = intent
        info = code_info(code)
        fallback = False
        if not targets and info.code == _VISIT and self.dateline_country:
            targets = [
                Actor(
                    self.dateline_country,
                    "",
                    self.resolver.lexicon.countries.get(self.dateline_country, ""),
                    self.article.dateline or "",
                )
            ]
            fallback = True
        if not targets and info.root not in _TARGETLESS_ROOTS:
            if not (trig.pattern.symmetric and len(sources) > 1):
                return []
        if info.code in {_VISIT, _HOST}:
            targets = [t for t in targets if all(t.country != s.country for s in sources)]
            if not targets:
                return []
        if trig.pattern.reverse:
            sources, targets = targets, sources
            if not sources:
                return []
        if info.root in _VIOLENT_ROOTS and sources and all(s.sector in _CROWDS for s in sources):
            info = code_info("145")
        if info.root == "14" and any(s.sector in _STATE_SECTORS for s in sources):
            return []
        if info.code.startswith("172") and not targets and sources and sources[0].country:
            # A curfew or state of emergency falls on the state's own people.
            targets = [
                Actor(sources[0].country, "CVL", self.resolver.lexicon.countries.get(sources[0].country, ""), "")
            ]
        mutual = trig.pattern.symmetric or clash
        pairs = _pairs(sources, targets, mutual)
        if not pairs and targets and all(t.sector == "" and t.name == t.text for t in targets):
            pairs = [(s, None) for s in sources]
        confidence = _confidence(trig, bool(targets), passive, fallback)
        events = []
        for source, target in pairs:
            conf = confidence - (0.15 if not source.country else 0.0)
            event = Event(
                article_id=self.article.id,
                url=self.article.url,
                published=self.article.published,
                date=when.date if when else None,
                source=source,
                target=target,
                info=info,
                sentence=sent.text,
                sentence_index=index,
                char_start=start,
                char_end=end,
                confidence=max(0.05, min(0.99, conf)),
                trigger=token.text,
                trigger_start=token.idx,
                trigger_end=token.idx + len(token.text),
                publisher=self.article.publisher,
            )
            events.append(event)
            events.extend(_mirror(event))
        return events

    def _verb_roles(self, trig: Trigger) -> tuple[list[Actor], list[Actor], bool]:
        token = trig.token
        passive_subj = [c for c in token.children if c.dep_ in {"nsubjpass", "csubjpass"}]
        agents = [p for c in token.children if c.dep_ == "agent" for p in _pobjs(c)]
        if token.dep_ == "acl" and token.tag_ == "VBN" and agents:
            return self._resolve_all(agents), self._targets(trig) or self.resolver.resolve(token.head), True
        if passive_subj and not agents and trig.pattern.code[:2] in _STATE_PASSIVE_ROOTS:
            targets = self._resolve_all([s for s in passive_subj if s not in trig.consumed])
            state = {t.country for t in targets if t.country and t.country != "IGO"}
            if len(state) == 1:
                country = state.pop()
                name = self.resolver.lexicon.countries.get(country, country)
                return [Actor(country, "", name, "")], targets, True
        if passive_subj:
            sources = self._resolve_all(agents)
            heads = [s for s in passive_subj if s not in trig.consumed]
            return sources, self._resolve_all(heads) or self._targets(trig), True
        heads = subject_heads(token)
        if not heads and token.tag_ == "VBG" and token.i > 0 and token.nbor(-1).pos_ in {"NOUN", "PROPN"}:
            heads = [token.nbor(-1)]
        return self._first_resolving(heads), self._targets(trig), False

    def _targets(self, trig: Trigger) -> list[Actor]:
        token, root = trig.token, trig.pattern.code[:2]
        preps = list(_TARGET_PREPS) + (_PLACE_PREPS if root in _PLACE_ROOTS else [])
        candidates: list[Token] = []
        if trig.pattern.prep:
            candidates += _prep_targets(token, sorted(trig.pattern.prep))
        objects = [c for c in token.children if c.dep_ in _OBJ | {"dative"}]
        candidates += [c for c in objects if c not in trig.consumed]
        candidates += [c for c in trig.consumed if c.dep_ in _OBJ]
        candidates += [
            o
            for c in token.children
            if c.dep_ in {"advcl", "xcomp"} and _has_to(c)
            for o in c.children
            if o.dep_ in _OBJ
        ]
        for used in [*trig.consumed, *objects]:
            candidates += [c for c in used.children if c.dep_ in _OBJ] + _deep_prep_targets(used, preps)
        candidates += _prep_targets(token, preps)
        if root in _SPEECH_ROOTS:
            candidates += [s for c in token.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in _SUBJ]
        for head in candidates:
            actors = self.resolver.resolve(head)
            if actors:
                return actors
        if root in _REACTION_ROOTS:
            return self._perpetrators(token)
        return []

    def _perpetrators(self, token: Token) -> list[Actor]:
        """'UN condemned the abduction': the target is whoever did the act the article reported.

        The object must name an act (a lexicon noun or a word like 'move' or
        'decision'); the most recent coded event of a matching kind gives its
        source as the target.
        """
        for obj in [c for c in token.children if c.dep_ in _OBJ]:
            lemma = lemma_of(obj)
            patterns = self.lexicon.get(("n", lemma))
            roots = {patterns[-1].code[:2]} if patterns else _ACT_ROOTS if lemma in _ACT_NOUNS else None
            if not roots:
                continue
            if roots & _VIOLENT_ROOTS:
                roots = roots | {"14"}
            for event in reversed(self.history):
                if event.info.root in roots and event.source.country:
                    same_act = [e.source for e in self.history if e.trigger_start == event.trigger_start]
                    return list({(a.country, a.sector): a for a in same_act if a.country}.values())
        return []

    def _placed(self, trigger: Token, targets: list[Actor]) -> list[Actor]:
        """Attacks and arrests without a named victim's country hit where they happen.

        A target with no country ("villagers", "pupils") takes the country of
        the place in the sentence (or dateline); with no target at all, the
        place itself is the target, as CAMEO coders do for "shelled Kharkiv".
        """
        if targets and all(t.country for t in targets):
            return targets
        place = self.place_of(trigger, use_dateline=False)
        if place is None:
            return targets
        if not targets:
            return [Actor(place[0], "", place[1], place[1])]
        return [t if t.country else replace(t, country=place[0]) for t in targets]

    def place_of(self, trigger: Token, *, use_dateline: bool = True) -> tuple[str, str] | None:
        """(country, name) of the place an event happens: its own phrase, the sentence, the dateline."""
        sent = trigger.sent
        ents = [e for e in sent.ents if e.label_ in {"GPE", "LOC", "FAC"}]
        near = [
            e
            for e in ents
            if e.root.head.dep_ == "prep" and e.root.head.head.i in {trigger.i, *[c.i for c in trigger.subtree]}
        ]
        for ent in near + ents:
            country = self.country_of_place(ent.text)
            if country:
                return country, ent.text
        if use_dateline and self.dateline_country:
            return self.dateline_country, self.article.dateline or ""
        return None

    def country_of_place(self, name: str) -> str:
        """A state's own name or capital, else the gazetteer's most populous match."""
        name = name[4:] if name.lower().startswith("the ") else name
        for entry in self.resolver.lexicon.names.get(name, []):
            if entry.country and entry.country != "IGO" and entry.kind in {"country", "capital"}:
                return entry.country
        place = gazetteer().resolve(name, prefer={c for _, c in self.resolver.mentions})
        return place.country if place else ""

    def _noun_is_actual(self, token: Token) -> bool:
        if not _is_reported_noun(token):
            return False
        governor = token.head
        if token.dep_ in _OBJ | {"pobj"} and governor.pos_ in {"VERB", "ADP"}:
            verb = governor if governor.pos_ == "VERB" else governor.head
            if verb.pos_ == "VERB" and (not is_actual(verb) or is_complement_of_intent(verb)):
                return False
        if any(c.like_num and len(c.text) == 4 and c.text.isdigit() for c in token.children):
            return False
        return not token.sent.text.rstrip().endswith("?")

    def _noun_roles(self, trig: Trigger) -> tuple[list[Actor], list[Actor]]:
        token = trig.token
        source_heads = [c for c in token.children if c.dep_ in {"poss"}]
        source_heads += [p for c in token.children if c.dep_ == "prep" and c.lemma_.lower() == "by" for p in _pobjs(c)]
        modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod"}]
        sources = self._resolve_all(source_heads)
        if not sources:
            sources = [a for m in modifiers for a in self.resolver.resolve_one(m) if a.country]
        verb = token.head
        if not sources and token.dep_ in _OBJ and verb.pos_ == "VERB" and verb.lemma_.lower() in _LIGHT_VERBS:
            if is_actual(verb):
                sources = self._resolve_all(subject_heads(verb))
        root = trig.pattern.code[:2]
        preps = list(_TARGET_PREPS) + (_PLACE_PREPS if root in _PLACE_ROOTS else [])
        candidates = _deep_prep_targets(token, preps)
        if token.dep_ in _OBJ and verb.pos_ == "VERB":
            candidates += _prep_targets(verb, preps)
        targets: list[Actor] = []
        for head in candidates:
            targets = self.resolver.resolve(head)
            if targets:
                break
        return sources, targets

    def _first_resolving(self, heads: list[Token]) -> list[Actor]:
        """Actors of the first candidate head that names one (coordinated heads together)."""
        for head in heads:
            actors = self.resolver.resolve(head)
            if actors:
                return actors
        return []

    def _resolve_all(self, heads: list[Token]) -> list[Actor]:
        actors: list[Actor] = []
        for head in heads:
            actors.extend(self.resolver.resolve(head))
        return actors


_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# CAMEO codes announced for the future are intents (03x): "will provide aid" is 033, not 070.
_INTENT_OF = {
    "04": "036",
    "05": "030",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",
    "081": "0351",
    "083": "0352",
    "084": "0353",
    "0841": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
    # Announced force is a threat: "will strike", "said it would expel the envoys".
    "16": "1313",
    "163": "1312",
    "17": "137",
    "18": "1383",
    "19": "1384",
    "191": "1381",
    "192": "1382",
    "20": "138",
}


_IMPACT = {
    "kill",
    "hit",
    "destroy",
    "wound",
    "injure",
    "damage",
    "target",
    "leave",
    "claim",
    "begin",
    "take",
    "continue",
    "start",
    "cause",
    "come",
    "follow",
    "resume",
    "end",
    "last",
    "intensify",
    "trigger",
    "spark",
}
_NOUN_PREPS = {"in", "during", "by", "amid", "after"}


def _is_reported_noun(token: Token) -> bool:
    """A nominal event is news when something is done with it, not when it is only named.

    "launched air strikes", "the strikes killed 12", "This is his first visit",
    "killed in an air strike": yes.  "since Russia's invasion", "the execution of
    a cleric" inside another clause: no, those name known events.
    """
    head = token.head
    if token.dep_ in _OBJ and head.pos_ == "VERB" and lemma_of(head) in _LIGHT_VERBS:
        return True
    if token.dep_ in _SUBJ | {"nsubjpass"} and head.pos_ == "VERB" and lemma_of(head) in _IMPACT:
        return True
    if token.dep_ == "attr" and head.lemma_ == "be":
        return True
    if token.dep_ == "pobj" and head.lower_ in _NOUN_PREPS and lemma_of(head.head) in _IMPACT:
        return True
    return token.dep_ == "ROOT"


def _has_to(token: Token) -> bool:
    """A to-infinitive ('to disperse the protesters'), whose object is often the act's target."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _is_cumulative(token: Token) -> bool:
    """'have killed 1,300 people since the coup': a running total, not a new event."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "since":
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children):
            return True
    return False


def _is_future(token: Token) -> bool:
    """'will provide', and 'will continue to fight' through the complement chain."""
    node = token
    for _ in range(4):
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in node.children):
            return True
        if node.dep_ != "xcomp" or node.head == node:
            return False
        node = node.head
    return False


def _intent_code(code: str) -> str | None:
    """The intent code of an announced act (03x for cooperation, 13x for force), or None."""
    if code[:2] in {"01", "02", "03", "10", "11", "12", "13"}:
        return code
    for key in (code, code[:3], code[:2]):
        if key in _INTENT_OF:
            return _INTENT_OF[key]
    return None


def _pairs(sources: list[Actor], targets: list[Actor], symmetric: bool) -> list[tuple[Actor, Actor | None]]:
    pairs: list[tuple[Actor, Actor | None]] = []
    if targets:
        pairs = [(s, t) for s in sources for t in targets if not _same(s, t)]
        if symmetric:
            pairs += [(t, s) for s in sources for t in targets if not _same(s, t)]
    elif symmetric and len(sources) > 1:
        pairs = [(a, b) for a in sources for b in sources if not _same(a, b)]
    else:
        pairs = [(s, None) for s in sources]
    return pairs


def _same(a: Actor, b: Actor) -> bool:
    """Same actor for coding purposes: a state and its own unspecified part are one side."""
    return a.country == b.country and (a.sector == b.sector or not a.sector or not b.sector)


def _mirror(event: Event) -> list[Event]:
    """A visit implies a host and a host implies a visit: code the other side too."""
    if event.target is None or not event.target.country or event.cameo not in {_VISIT, _HOST}:
        return []
    if event.target.country == event.source.country:
        return []
    other = _HOST if event.cameo == _VISIT else _VISIT
    return [
        replace(
            event, source=event.target, target=event.source, info=code_info(other), confidence=event.confidence - 0.05
        )
    ]


def _confidence(trig: Trigger, has_target: bool, passive: bool, fallback: bool) -> float:
    """A documented heuristic score, not a probability (see docs/SCHEMA.md)."""
    score = 0.6
    score += 0.15 if trig.token.pos_ == "VERB" else 0.0
    score += 0.1 if trig.pattern.specificity else 0.0
    score += 0.1 if has_target else 0.0
    score -= 0.05 if passive else 0.0
    score -= 0.15 if fallback else 0.0
    return score
