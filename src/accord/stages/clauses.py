"""Clause-level tests on the dependency parse: is an act real, who does it, what it attaches to.

These answer the questions the event stage asks of a trigger: is it negated,
modal, conditional, a question, background, a complement of an intent or a
reported future; who is its subject (through control, coordination and
participles); which prepositional objects hang off it.  They read spaCy
tokens only and know nothing of the lexicon or the actor dictionaries.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from accord.stages.parse import is_question

_MODALS = {"may", "might", "could", "would", "should", "can", "must", "ought"}


_CONDITIONAL_MARKS = {"if", "unless", "whether"}
# Verbs whose negation says the act will be done: "will not hesitate to respond".
_AFFIRMED_BY_NEGATION = {"hesitate"}


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


# Nouns whose that-clause is wanted, not done.
_CONTROL_NOUNS = {
    "demand",
    "call",
    "appeal",
    "request",
    "proposal",
    "plan",
    "hope",
    "wish",
    "insistence",
    "suggestion",
    "recommendation",
    "order",
    "ultimatum",
    "condition",
    "requirement",
    "resolution",
}


_ACTUAL_CONTROL = {
    # "decided to expel", "voted to suspend": a decision taken is the act, not a plan.
    "decide",
    "vote",
    "continue",
    "begin",
    "start",
    "resume",
    "manage",
    "proceed",
    "go",
    "keep",
    # "used the occasion to announce aid", "used his speech to criticise": what was done with it.
    "use",
}
# "returned before the cameras to accuse Pakistan", "appeared on television to announce": an
# appearance is made for what was then said.
_APPEARING = frozenset({"return", "appear", "rise", "come", "use"})
_ACTUAL_CONTROL |= _APPEARING


LIGHT_VERBS = {
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
    "organize",
    "organise",
    "complete",
    # session 23: "handed KFOR a formal request", "submitted a protest note", "delivered a demarche"
    "submit",
    "hand",
    "present",
    "deliver",
    "convey",
}


SUBJ = {"nsubj", "csubj"}


OBJ = {"dobj", "obj"}


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
    "teargasse": "teargas",
}


DECLARE = {"say", "declare", "insist", "reiterate", "stress", "state", "tell", "announce", "warn", "conclude"}


_WILLING = {"willing", "ready", "prepared", "committed", "eager", "determined", "keen", "open"}


SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we", "i"}


SPEECH = {"say", "tell", "report", "announce", "state", "claim", "add", "write", "confirm", "allege", "note"}


def lemma_of(token: Token) -> str:
    """The token's lemma, corrected where the statistical lemmatiser is known to fail."""
    lemma = token.lemma_.lower()
    return _LEMMA_FIXES.get(lemma, lemma)


def is_actual(trigger: Token) -> bool:
    """False for negated, modal, conditional, questioned or pluperfect background acts."""
    return is_actual_mood(trigger) and not is_pluperfect(trigger)


def is_actual_mood(trigger: Token) -> bool:
    """False for negated, modal, conditional or questioned acts; tense is not looked at, so a
    pluperfect that is dated to the news days ("had been detained on Sunday") can still count."""
    if is_question(trigger) or _nothing_done(trigger):
        return False
    clause = trigger
    for _ in range(4):
        children = list(clause.children)
        # "would not hesitate to strike": a negated hesitation affirms the act.
        if any(c.dep_ == "neg" for c in children) and clause.lemma_.lower() not in _AFFIRMED_BY_NEGATION:
            return False
        if any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in _MODALS for c in children):
            if not is_reported_future(clause):
                return False
        if any(c.dep_ == "mark" and c.lemma_.lower() in _CONDITIONAL_MARKS for c in children):
            return False
        if clause.dep_ not in {"conj", "xcomp"} or clause.head == clause or past_after_infinitive(clause):
            break
        clause = clause.head
    return True


def _nothing_done(trigger: Token) -> bool:
    """'had held no direct talks with the militants', 'signed no agreement': an act whose object is
    denied by "no" did not happen."""
    return any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in trigger.children
    )


def past_after_infinitive(conj: Token) -> bool:
    """'said she would not recognise the result and accused Russia of meddling': a conjunct in the
    simple past hung on a bare infinitive is a clause of its own, which the parser joined to the
    wrong verb; the infinitive's 'would' and 'not' cannot govern a past tense, so they are not its."""
    if conj.dep_ != "conj" or conj.tag_ != "VBD":
        return False
    if conj.head.tag_ == "VB":
        return True
    # "said Tehran would not be pushed into a deal and accused the United States": a past tense
    # joined to a modal passive ("would not be pushed") is no part of it either.
    return conj.head.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"would", "will", "could"} for c in conj.head.children
    )


def is_reported_future(token: Token) -> bool:
    """'Israel announced it would free 150 prisoners': future in the past, an announced intent.

    A second reported clause, with its own 'that', carries its own 'would': 'said the country was at
    war and that his government would not give in'.
    """
    node = token
    while node.dep_ == "conj" and node.head != node:
        if _own_past(node):
            return False
        node = node.head
    own = list(token.children) if any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children) else []
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in (*node.children, *own)):
        return False
    if any(c.dep_ == "mark" and c.lemma_.lower() in _CONDITIONAL_MARKS for c in (*node.children, *own)):
        return False
    if node.dep_ != "ccomp" or lemma_of(node.head) not in DECLARE | SPEECH | {"pledge", "promise", "vow"}:
        return False
    # "Kyiv had insisted that it would only sign ...": an announcement told as background announces nothing now.
    return not is_pluperfect(node.head)


def _own_past(conj: Token) -> bool:
    """A conjunct with its own 'that' or tense but no 'would' ("said the army would stay on alert
    and that troops shelled ...", "... and had sent units") tells what was done: the first
    clause's 'would' is not its tense."""
    children = list(conj.children)
    if any(c.dep_ == "aux" and c.lower_ == "would" for c in children):
        return False
    if past_after_infinitive(conj):
        return True
    return any(c.dep_ == "aux" or (c.dep_ == "mark" and c.lower_ == "that") for c in children)


def is_refusal(token: Token, code: str) -> bool:
    """'said he would not provide support', 'will not sign': a refusal (12), not nothing."""
    if code[:2] not in {"03", "04", "05", "06", "07", "08"}:
        return False
    node = token
    while node.dep_ == "conj" and node.head != node and not past_after_infinitive(node):
        node = node.head
    negated = any(c.dep_ == "neg" for c in node.children)
    if node is not token and any(c.dep_ == "neg" for c in token.children):
        # "... and that it would not give in": the conjunct is negated on its own.
        negated, node = True, token
    return negated and (is_future(node) or is_reported_future(node)) and not is_question(node)


# "have repeatedly urged", "has long denied", "often kidnap villagers", "have fought for years":
# a standing habit or stance told as background, not one act of the news days.
_HABITUAL = {"repeatedly", "often", "frequently", "routinely", "regularly", "long", "habitually", "traditionally"}
_SPANS = {"years", "decades", "months", "generations"}


def is_habitual(trigger: Token) -> bool:
    """True for an act in the present or present perfect that a habitual adverb ("repeatedly",
    "long", "often") or "for years" marks as a pattern; a past act stays news ("repeatedly
    shelled the town on Sunday"), since only the present tenses tell a standing habit."""
    node = trigger
    while node.dep_ == "conj" and node.head != node and not any(c.dep_ in {"aux", "nsubj"} for c in node.children):
        node = node.head
    if not _present_or_perfect(node):
        return False
    if node.tag_ in {"VBZ", "VBP"} and any(c.lower_ in _GENERIC_WHEN and c.dep_ in _OPENERS for c in node.children):
        return True  # "the world is safer when Kenya and the United States work together": any time, no act
    for child in node.children:
        if child.dep_ == "advmod" and child.lower_ in _HABITUAL:
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and any(_open_span(o) for o in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(o.lower_ == "past" for o in child.children):
            return True  # "has in the past denied targeting civilians"
    return False


# A present-tense clause opened by these tells what holds whenever it happens, not what happened.
_GENERIC_WHEN = {"when", "whenever"}
_OPENERS = {"advmod", "mark"}


def _open_span(noun: Token) -> bool:
    """'for years', 'for decades': an open stretch of time; 'jailed for two years' is a sentence's length."""
    return noun.lower_ in _SPANS and not any(c.dep_ == "nummod" or c.like_num for c in noun.children)


def _present_or_perfect(verb: Token) -> bool:
    """'urges', 'kidnap' (present) or 'has urged' (present perfect); 'had' is the pluperfect's."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in verb.children)


# "nearly two years after", "months after", "weeks before": a span that long puts the clause's act
# outside the news days; "days after" and "hours after" do not, and stay news.
_LONG_SPANS = {"week", "month", "year", "decade"}


def is_told_background(trigger: Token) -> bool:
    """True for an act that the clause itself tells as background, whatever its tense:
    "has since imposed" (after an older event), "two years after the government appealed",
    and a relative clause in the present perfect ("a group that has pledged allegiance to",
    "the two countries, which have cooperated closely") that describes an actor, not news.
    The event stage lets a date of the news days on the clause override this."""
    node = _clause_head(trigger)
    return (
        _has_since_adverb(node)
        or _is_long_after(node)
        or _is_perfect_description(node)
        or _is_standing_present(node)
        or _is_since_clause(node)
        or _counts_wars(node)
    )


# Clause relations through which a subordinate act shares the time of the clause it hangs on:
# "while it fought Hamas", "when China slapped tariffs", "a war ... that Tehran blamed on Israel".
_SUBORDINATE = {
    "advcl",
    "relcl",
    "acl",
    "xcomp",
    "pcomp",
    "pobj",
    "prep",
    "dobj",
    "nsubj",
    "nsubjpass",
    "appos",
    "npadvmod",
}


def governing_clauses(trigger: Token) -> list[tuple[Token, Token]]:
    """The verbs whose clause the trigger's clause is subordinate to, nearest first, each with the
    head of the clause below it through which the walk came, up to the sentence's main verb or the
    first reported clause ("said", "told"), which keeps its own time.

    A conjunct with its own subject or auxiliary is a clause of its own and ends the walk; one that
    shares them goes on from the first conjunct (``_clause_head``)."""
    found: list[tuple[Token, Token]] = []
    node = _clause_head(trigger)
    below = node
    for _ in range(10):
        if node.dep_ not in _SUBORDINATE or node.head == node:
            break
        if node.pos_ in {"VERB", "AUX"}:
            below = node
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            found.append((node, below))
            node = _clause_head(node)
    return found


def is_simultaneous(clause: Token) -> bool:
    """'The row comes as Luxon makes his first visit': a clause marked "as" or "while" happens at
    the time of the one it hangs on, which may be the news told in the present."""
    return any(c.dep_ == "mark" and c.lower_ in {"as", "while"} for c in clause.children)


def is_standing_present(verb: Token) -> bool:
    """``_is_standing_present`` for the event stage (see there)."""
    return _is_standing_present(verb)


def former_era_marks(doc: Doc, text: str) -> set[int]:
    """The positions of the "under the previous government" phrases of a Doc (``_former_era``),
    found once per article so that ``in_former_era`` costs nothing where there are none; ``text``:
    the article's text, searched first since building ``doc.text`` walks every token."""
    marks: set[int] = set()
    if not _UNDER_FORMER.search(text):
        return marks
    for match in _UNDER_FORMER.finditer(doc.text):
        token = doc.char_span(match.start(), match.start() + 5)
        if token is not None and _former_era(token[0]):
            marks.add(token[0].i)
    return marks


# The text a former-era phrase starts with: the Doc is searched as a string, not token by token.
_UNDER_FORMER = re.compile(r"\bunder\s+(?:the\s+|a\s+)?(?:previous|former|then)\b", re.IGNORECASE)


def in_former_era(trigger: Token, marks: set[int]) -> bool:
    """'hit their lowest point under the previous government, when China slapped tariffs': an act
    told in a clause that hangs on the rule of a former government or office holder ("under the
    former president") is history, whatever its tense; a reported clause keeps its own time.
    ``marks``: the Doc's ``former_era_marks``."""
    if not marks:
        return False
    node = trigger
    for _ in range(10):
        if node.i in marks or any(c.i in marks for c in node.children):
            return True
        if node.dep_ in {"ccomp", "parataxis"} or node.head == node:
            return False
        node = node.head
    return False


_FORMER = {"previous", "former", "then"}


def _former_era(prep: Token) -> bool:
    """'under the previous government', 'under former President X': rule marked as past. Only
    "under": a former president's visit ("during former President Obama's visit") can be news."""
    if prep.dep_ != "prep" or prep.lower_ != "under":
        return False
    return any(c.dep_ == "pobj" and _marked_former(c) for c in prep.children)


def _marked_former(noun: Token) -> bool:
    """A noun phrase marked as past: "the previous government", "former President X", "the
    then-prime minister", also through its owner ("the former president's rule")."""
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "nmod"} and child.lower_ in _FORMER:
            return True
        if child.dep_ == "poss" and _marked_former(child):
            return True
    return False


def _is_since_clause(verb: Token) -> bool:
    """'since its troops retreated', 'since police escorted him home': the act that opens a span
    lasting until now is what the news follows, not its news."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


_WAR_NOUNS = {"war", "conflict"}


def _counts_wars(verb: Token) -> bool:
    """'Armenia and Azerbaijan fought two wars over Nagorno-Karabakh': wars fought, counted or in
    the plural, sum up a history; one war of the news is fought in the singular."""
    if lemma_of(verb) not in {"fight", "wage"}:
        return False
    for obj in verb.children:
        if obj.dep_ in OBJ and lemma_of(obj) in _WAR_NOUNS:
            return obj.tag_ == "NNS" or any(c.dep_ == "nummod" for c in obj.children)
    return False


def is_plain_perfect(trigger: Token) -> bool:
    """'Ankara has also supplied Ukraine with drones', 'the Kremlin has denied any involvement': an act
    in the present perfect ("has", "have"; the pluperfect is ``is_pluperfect``'s), told by the writer,
    not reported from a speaker or quoted. Where in the article it stands decides whether it is the
    news or its history (``EventFinder``)."""
    node = _clause_head(trigger)
    if node.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in node.children):
        return False
    return not _is_reported(node) and not _in_quotes(node)


def _clause_head(trigger: Token) -> Token:
    """The first of coordinated verbs that share one auxiliary and subject ("have cooperated
    closely but clashed"): the second takes its tense and clause from the first."""
    node = trigger
    while node.dep_ == "conj" and node.head != node and not any(c.dep_ in {"aux", "nsubj"} for c in node.children):
        node = node.head
    return node


def _has_since_adverb(verb: Token) -> bool:
    """'Washington has since imposed sanctions': the adverb 'since' dates the act after an older one."""
    return any(c.dep_ == "advmod" and c.lower_ == "since" for c in verb.children)


def _is_long_after(verb: Token) -> bool:
    """'nearly two years after the government first appealed': after/before with a span of weeks or more."""
    if not any(c.dep_ == "mark" and c.lower_ in {"after", "before"} for c in verb.children):
        return False
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in _LONG_SPANS for c in verb.children)


def _is_perfect_description(verb: Token) -> bool:
    """'a rebel group that has pledged allegiance to Islamic State': a relative clause in the present
    perfect tells what the actor is known for; the news is told in the main clause."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in verb.children)


# Accusations are reported in the present as a standing charge that the news is about ("prosecutors
# who accuse Gonzalez of conspiracy", "the warrant accuses him of murder"); the gold codes them.
_STANDING_CHARGES = {"accuse", "charge"}


def _is_standing_present(verb: Token) -> bool:
    """'a charge Kabul denies', 'both countries host Russian bases', 'Taiwan's government rejects
    Beijing's claims': news tells what happened in the past tense, so an act in the simple present
    outside reported speech is a standing state or a habit that describes the actors, not news.

    Reported speech keeps its present ("'We call on the authorities', Murphy said"), and so do
    accusations, which news reports as standing charges, the ongoing news of an "as" clause
    ("the row comes as Luxon makes his first visit to China"), and a present that governs another
    act, an intent held now ("Obama wants Putin to attack Switzerland", "plans to visit Beijing").
    """
    if verb.tag_ not in {"VBZ", "VBP"} or lemma_of(verb) in _STANDING_CHARGES:
        return False
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in {"as", "while"} for c in verb.children):
        return False
    node = verb
    for _ in range(6):
        if node.dep_ in {"ccomp", "parataxis"} or node.head == node:
            break
        node = node.head
    return node.dep_ not in {"ccomp", "parataxis"} and not _in_quotes(verb)


def _in_quotes(token: Token) -> bool:
    """True when an odd number of double quotes precede the token in its sentence."""
    sent = token.sent
    marks = sum(1 for t in sent[: token.i - sent.start] if t.text in {'"', "\u201c", "\u201d"})
    return marks % 2 == 1


def is_pluperfect(trigger: Token) -> bool:
    """'had been arrested' is background, unless it is reported speech ('said X had killed')."""
    auxes = [c for c in trigger.children if c.dep_ in {"aux", "auxpass"}]
    if not (trigger.tag_ == "VBN" and any(a.lower_ == "had" for a in auxes)):
        return False
    return not _is_reported(trigger)


def _is_reported(clause: Token) -> bool:
    """A clause that is what someone said: the complement of a speech verb, also as the second of
    two reported clauses ("said the army would stay and that units had been sent") and after a
    reported adjective ("said it was appalled ... and that six had been abducted")."""
    node = clause
    for _ in range(4):
        if node.dep_ not in {"conj", "acomp"} or node.head == node:
            break
        node = node.head
    return node.dep_ == "ccomp" and lemma_of(node.head) in SPEECH


def is_complement_of_intent(trigger: Token) -> bool:
    """True for "attack" in "threatened to attack" or "plans to sign": not an event that happened."""
    node = trigger
    while node.dep_ == "conj" and node.head != node and not past_after_infinitive(node):
        node = node.head
    if is_willing(node):
        return False
    if node.dep_ in {"xcomp", "advcl", "acl", "ccomp"} and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in node.children
    ):
        if _ranked_doer(node):
            return False
        if lemma_of(node.head) == "use" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.head.children):
            return True  # "had the right to use British arms to hit targets": the use itself is only allowed
        return node.head.lemma_.lower() not in _ACTUAL_CONTROL and not is_collective_decision(node.head)
    if node.dep_ == "ccomp" and lemma_of(node.head) == "warn" and is_reported_future(node):
        # "warned that Israel would strike Hezbollah": the announced act is the threat, coded as one (13x)
        return False
    if node.dep_ == "ccomp" and lemma_of(node.head) in SPEECH:
        # "France condemned the takeover, a spokesman told reporters": what is told was done;
        # only "told Russia to withdraw" (a to-infinitive, above) asks for an act.
        return False
    if node.dep_ in {"xcomp", "ccomp"}:
        return lemma_of(node.head) in _CONTROL
    if node.dep_ == "pcomp" and node.head.lemma_.lower() in {"of", "about", "on", "to", "for", "without", "against"}:
        return True
    if node.dep_ in {"acl", "ccomp"} and node.head.pos_ == "NOUN" and lemma_of(node.head) in _CONTROL_NOUNS:
        # "its demand that Israel ease restrictions": what is demanded has not happened.
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
    return False


# Members of one body whose agreement among themselves is the body's decision: "EU leaders", "NATO allies".
_MEMBERS = {
    "leader",
    "minister",
    "member",
    "ally",
    "lawmaker",
    "legislator",
    "senator",
    "envoy",
    "ambassador",
    "government",
    "state",
}
# Agreeing to give, free, ease, withdraw or talk stays a promise until it is done ("foreign ministers agreed
# to provide 70 million dollars of aid" is 033): only measures a body imposes by deciding them are acts.
_PROMISED = {
    "provide",
    "give",
    "send",
    "supply",
    "donate",
    "deliver",
    "lend",
    "loan",
    "finance",
    "fund",
    "invest",
    "release",
    "free",
    "lift",
    "ease",
    "unfreeze",
    "withdraw",
    "pull",
    "meet",
    "talk",
    "negotiate",
    "resume",
    "hold",
    "cooperate",
    "work",
    "help",
    "admit",
    "accept",
}
# Numbers and words that make a plural subject two sides rather than one body's members.
_SIDES = {"two", "both", "three", "sides", "parties"}


def is_collective_decision(verb: Token) -> bool:
    """'EU leaders agreed to impose sanctions': the members of one body agreeing is the body deciding.

    Agreement to do something is an intent (03x) when one side answers
    another ("the rebels agreed to free the soldiers"); when the members of
    one body agree among themselves ("European Union foreign ministers
    agreed to ban ...", "NATO allies agreed to send ..."), their agreement
    is the decision itself, like "decided to". Only a plural member noun
    with no coordination, no "two"/"both" and no "with" partner qualifies.
    """
    if lemma_of(verb) != "agree" or any(c.dep_ == "prep" and c.lower_ in {"with", "in"} for c in verb.children):
        return False  # a partner ("with Russia") or a reservation ("in principle")
    acts = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and has_to(c)]
    if not acts or any(lemma_of(a) in _PROMISED for a in acts):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    head = subjects[0]
    if head.tag_ != "NNS" or lemma_of(head) not in _MEMBERS or head.conjuncts:
        return False
    words = {t.lower_ for t in head.subtree}
    if words & _SIDES or any(t.dep_ == "cc" for t in head.subtree):
        return False
    # One body: a modifier that names it ("EU leaders", "the 27 leaders", "NATO allies").
    return any(c.dep_ in {"compound", "amod", "nummod", "poss"} for c in head.children)


def is_stative(token: Token) -> bool:
    """'Israel is opposed to French mediation': a state of the subject, not something done to it."""
    if lemma_of(token) not in _STATIVES or not any(c.dep_ == "auxpass" for c in token.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)


def stative_objects(token: Token) -> list[Token]:
    """What a stative passive is about: the object of its 'to' ('opposed to French mediation')."""
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for p in pobjs(c)]


_STATIVES = {"oppose", "commit", "dedicate", "devote"}


def is_willing(token: Token) -> bool:
    """'is ready to send troops', 'is willing to withdraw': an intent (03x) to do the act."""
    return token.dep_ == "xcomp" and token.head.pos_ == "ADJ" and token.head.lemma_.lower() in _WILLING


# Prepositions whose gerund is done by the clause's own subject; not "of"/"for" ("accused Russia of shelling").
_MANNER_PREPS = {"by", "after", "before", "while", "upon", "through", "since"}


def _listed_verb(token: Token) -> bool:
    """Session 19: "Funakoshi called in the ambassador, lodged a strong protest and demanded ...": the
    parser may hang the second of three listed verbs on the first as a bare ``dep``; a verb in the
    same tense after a comma is a conjunct, and shares the first verb's subject."""
    head = token.head
    if token.dep_ != "dep" or token.pos_ != "VERB" or head.pos_ != "VERB" or token.i < head.i:
        return False
    return token.tag_ == head.tag_ and token.doc[token.i - 1].text == ","


def subject_heads(token: Token, depth: int = 0) -> list[Token]:
    """Who acts: the subject, else the subject inherited through xcomp, conj or a participle clause."""
    if depth > 5:
        return []
    subjects = [c for c in token.children if c.dep_ in SUBJ]
    if subjects:
        if subjects[0].tag_ in {"WDT", "WP"} and token.dep_ == "relcl":
            return [token.head]
        clause = token
        while clause.dep_ == "conj" and clause.head != clause:
            # "said the resignations were not enough and that they would continue": the same report
            clause = clause.head
        if subjects[0].lower_ in SPEAKER_PRONOUNS and clause.dep_ == "ccomp" and lemma_of(clause.head) in SPEECH:
            return subject_heads(clause.head, depth + 1) or subjects
        return subjects
    if any(c.dep_ in {"nsubjpass", "csubjpass"} for c in token.children):
        return []
    if token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.children):
        # "Tokayev arrived first and was received by Xi": the shared subject is done to, not doing
        return []
    # "allies agreed on Friday to expel": the parser hangs the decided act on the verb as an adverbial clause.
    decided = token.dep_ == "advcl" and has_to(token) and is_collective_decision(token.head)
    # "Bolivia became the first country to break ties": the parser hangs the act on the copula.
    decided = decided or (token.dep_ == "advcl" and has_to(token) and _names_its_subject(token.head))
    # "returned before the cameras to accuse Pakistan": whoever appeared says what was said.
    decided = decided or (token.dep_ == "advcl" and has_to(token) and lemma_of(token.head) in _APPEARING)
    decided = decided or _listed_verb(token)
    if token.dep_ in {"xcomp", "conj", "acomp"} or (token.dep_ in {"advcl"} and token.tag_ == "VBG") or decided:
        return subject_heads(token.head, depth + 1) if token.head != token else []
    joined = token.head.lower_ == "in" and lemma_of(token.head.head) == "join"  # "joined Britain in condemning"
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and (token.head.lower_ in _MANNER_PREPS or joined):
        # "Trump responded by ordering tariffs", "after meeting Erdogan, Putin said": the main subject acts.
        verb = token.head.head
        return subject_heads(verb, depth + 1) if verb.pos_ in {"VERB", "AUX"} and verb != token.head else []
    if token.dep_ in {"relcl", "acl"} and token.tag_ != "VBN":
        noun = token.head
        governor = noun.head
        if noun.dep_ in OBJ and governor.pos_ == "VERB" and governor != noun:
            return [noun, *subject_heads(governor, depth + 1)]
        if noun.dep_ == "attr" and governor != noun and _names_its_subject(governor):
            # "Chile was the second country to recall its envoy": the copula's subject did it.
            return [noun, *subject_heads(governor, depth + 1)]
        return [noun]
    return []


# "the first country to recognise", "the latest state to expel": a rank says the act was done.
_RANKS = {"first", "second", "third", "fourth", "fifth", "latest", "last", "only"}


def _ranked_doer(infinitive: Token) -> bool:
    """ "Bolivia became the first country to break ties", "Chile, the second state to recall its
    envoy": an infinitive on a ranked doer tells a done act, not an intent."""
    noun = infinitive.head
    if infinitive.dep_ == "advcl" and _names_its_subject(noun):
        predicates = [c for c in noun.children if c.dep_ == "attr"]
        predicates += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "among" for p in pobjs(c)]
        noun = predicates[0]
    elif infinitive.dep_ != "acl":
        return False
    if not any(c.dep_ == "amod" and c.lower_ in _RANKS for c in noun.children):
        return False
    # "is due to become the first Syrian head of state to visit": a rank still to be won tells a plan.
    copula = noun.head if noun.dep_ == "attr" else None
    return copula is None or not (copula.dep_ == "xcomp" and has_to(copula))


def _names_its_subject(verb: Token) -> bool:
    """ "became the first country", "is the latest state": a copula whose predicate noun is its subject
    again; session 19: so is "was among the first foreign leaders (to congratulate)"."""
    if lemma_of(verb) not in {"be", "become"}:
        return False
    among = (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for p in pobjs(c))
    return any(c.dep_ == "attr" for c in verb.children) or any(
        c.dep_ == "amod" and c.lower_ in _RANKS for p in among for c in p.children
    )


# Participles that stand before a title as adjectives, which the parser may read as verbs taking
# the person as their object: "met with visiting Nepali Prime Minister K.P. Sharma Oli".
_TITLE_PARTICIPLES = {"visiting", "outgoing", "incoming", "acting", "ruling", "governing"}


def pobjs(prep: Token) -> list[Token]:
    """What a preposition governs; for "with visiting Prime Minister Oli", parsed as a participle
    clause, the person the participle was taken to act on."""
    found = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    return [_titled(c) for c in found]


def _titled(word: Token) -> Token:
    if word.dep_ != "pcomp" or word.lower_ not in _TITLE_PARTICIPLES:
        return word
    return next((c for c in word.children if c.dep_ == "dobj"), word)


def deep_prep_targets(token: Token, preps: list[str], depth: int = 3) -> list[Token]:
    """Prepositional objects in a noun's phrase: 'a declaration of peace with Bahrain'."""
    found = prep_targets(token, preps)
    if depth > 1:
        for child in token.children:
            if child.dep_ in {"prep", "pobj", "conj", "appos", "dobj"}:
                found += deep_prep_targets(child, preps, depth - 1)
    return found


def prep_targets(token: Token, preps: list[str]) -> list[Token]:
    """Objects of the token's prepositions named in ``preps``, in the order of ``preps``."""
    heads = [child for child in token.children if child.dep_ in {"prep", "dative"}]
    if not heads:
        return []
    found = []
    lemmas = [child.lemma_.lower() for child in heads]
    for name in preps:
        for child, lemma in zip(heads, lemmas, strict=True):
            if lemma == name:
                found.extend(pobjs(child))
    return found


FUTURE_AUX: set[str] = {"will", "shall", "'ll", "wo"}


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


# Spans and series that only measure an act: "began ten days of drills", "held two rounds of talks".
_MEASURES = {"day", "week", "month", "hour", "year", "round", "wave", "series", "spate", "string", "night"}


# Nouns that only carry an act named as their modifier: "a mediation mission", "a strike campaign".
_CARRIERS = {"effort", "mission", "bid", "campaign", "drive", "initiative", "operation", "action"}


def measured(noun: Token) -> Token:
    """The measure phrase an act noun is counted in ("days" in "ten days of drills"), or the
    carrier noun it modifies ("mission" in "undertook a mediation mission"), else the noun itself."""
    head = noun.head
    if noun.dep_ == "compound" and head.lemma_.lower() in _CARRIERS:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _MEASURES:
        return head.head
    return noun


def is_reported_noun(token: Token) -> bool:
    """A nominal event is news when something is done with it, not when it is only named.

    "launched air strikes", "the strikes killed 12", "This is his first visit",
    "killed in an air strike": yes.  "since Russia's invasion", "the execution of
    a cleric" inside another clause: no, those name known events.
    """
    slot = measured(token)
    if slot.dep_ in OBJ and slot.head.pos_ == "VERB" and lemma_of(slot.head) in LIGHT_VERBS:
        return True
    head = token.head
    if token.dep_ in SUBJ | {"nsubjpass"} and head.pos_ == "VERB" and lemma_of(head) in _IMPACT:
        return True
    if token.dep_ == "attr" and head.lemma_ == "be":
        return True
    if token.dep_ == "pobj" and head.lower_ in _NOUN_PREPS and lemma_of(head.head) in _IMPACT:
        return True
    return token.dep_ == "ROOT"


def has_to(token: Token) -> bool:
    """A to-infinitive ('to disperse the protesters'), whose object is often the act's target."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def is_cumulative(token: Token) -> bool:
    """'have killed 1,300 people since the coup': a running total, not a new event.  A verb in the
    simple past with no count is one act, whatever since-clause the parser hangs on it: in
    "Zelenskyy accused Putin of breaking agreements since Moscow seized Crimea" the span belongs
    to the breaking, and the accusation is the day's news."""
    if token.pos_ == "VERB" and not (_is_perfect(token) or _counts_people(token)):
        return False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "since":
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children):
            return True
    return False


def _is_perfect(verb: Token) -> bool:
    """'have killed', 'had been detained', 'has been arrested': a perfect, which can sum a span."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "have" for c in verb.children)


def _counts_people(verb: Token) -> bool:
    """'killed 1,300 people', '300 were arrested': the act counts its victims, as a total does."""
    return any(
        c.dep_ in OBJ | {"nsubjpass"} and any(n.dep_ == "nummod" or n.like_num for n in c.subtree)
        for c in verb.children
    )


def is_future(token: Token) -> bool:
    """'will provide', and 'will continue to fight' through the complement chain."""
    node = token
    for _ in range(4):
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children):
            return True
        if node.dep_ != "xcomp" or node.head == node:
            return False
        node = node.head
    return False
