"""What an agreement event agreed: kind of document, title, number of documents, spheres.

Part of the ``contexts`` stage (docs/CONTEXTS.md).  The evidence, in order:

1. the document nouns the trigger governs: its object ("signed a treaty"),
   the object of a complement verb ("agreed to sign a roadmap"), a passive
   subject ("a memorandum was signed"), a noun trigger itself ("the deal"),
   and the items of an ``including`` list ("15 documents, including the
   declaration and memoranda");
2. the title: the document noun with its modifiers and its ``on``/``of``
   complement; when the sentence gives only modifiers ("the strategic
   partnership declaration"), a fuller "declaration on ..." in the headline
   or body that shares a word with them;
3. the count: a number on a plural document noun in the sentence, else a
   "signed 15 bilateral documents" anywhere in the article;
4. the spheres: "(cooperation) in/on X, Y and Z", "in the fields of X and
   Y", "covering X and Y", "energy cooperation", in the sentence, else in
   another sentence of the article that names a document.

Fields the text does not give are None (``spheres`` is then an empty list).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Span, Token

from accord.model import Article, Event

__all__ = ["AGREEMENT_CODES", "DOCUMENT_KINDS", "describe_agreement", "is_agreement_code"]

# Codes whose events may be agreements: intent to cooperate, negotiations, signed
# agreements, material cooperation, ceasefires.  057 and 0871 always are.
AGREEMENT_CODES = ("03", "046", "057", "06", "0871")
_ALWAYS = {"057": None, "0871": "ceasefire"}
DOCUMENT_KINDS: dict[str, str] = {
    "declaration": "declaration",
    "treaty": "treaty",
    "memorandum": "memorandum",
    "memoranda": "memorandum",
    "memorandums": "memorandum",
    "mou": "memorandum",
    "agreement": "agreement",
    "accord": "agreement",
    "deal": "agreement",
    "pact": "agreement",
    "roadmap": "roadmap",
    "communique": "communique",
    "communiqué": "communique",
    "contract": "contract",
    "ceasefire": "ceasefire",
    "cease-fire": "ceasefire",
    "truce": "ceasefire",
    "armistice": "ceasefire",
    "protocol": "protocol",
    "convention": "convention",
    "charter": "charter",
    "statement": "joint statement",
    "plan": "plan",
    "programme": "programme",
    "program": "programme",
}
# Nouns that count documents without saying which: "signed 15 documents".
_GENERIC = {"document", "paper", "instrument", "text"}
_TWO_WORD = {("road", "map"): "roadmap", ("joint", "statement"): "joint statement", ("action", "plan"): "plan"}
_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "fifteen": 15,
    "twenty": 20,
}
_OBJECTS = {"dobj", "obj", "attr", "oprd", "nsubjpass", "pobj"}
_TITLE_PREPS = {"on", "of", "for", "about", "concerning", "regarding", "between"}
_SPHERE_HEADS = {"cooperation", "collaboration", "field", "area", "sphere", "sector", "domain", "partnership"}
_SPHERE_PREPS = {"in", "on", "of", "covering", "concerning", "regarding", "including"}
# A document's own "of" names it ("treaty of peace"), it does not list spheres.
_DOCUMENT_PREPS = {"on", "covering", "concerning", "regarding"}
_TIME_ENTS = {"DATE", "TIME"}
_SPHERE_VERBS = {"cover", "concern", "regard"}
_NOT_SPHERES = {"various", "other", "many", "several", "all", "number", "range", "variety", "total", "so", "etc"}
_TITLE_DROP = {"det", "nummod", "predet", "poss", "punct", "case"}
_VAGUE_TITLE = {"new", "bilateral", "several", "various", "other", "two", "first", "final", "historic"}
_SIGN = re.compile(r"\b(sign|signs|signed|signing|ink|inked|conclude|concluded|adopt|adopted|exchanged?)\b", re.I)
_COUNT = re.compile(
    r"\b(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a dozen)"
    r"(?:\s+[\w-]+){0,3}?\s+(?P<noun>documents|agreements|accords|deals|memoranda|memorandums|treaties|"
    r"contracts|declarations|MoUs|protocols|papers)\b",
    re.I,
)


def is_agreement_code(code: str) -> bool:
    """True for codes whose events can describe an agreement."""
    return code.startswith(AGREEMENT_CODES)


def describe_agreement(event: Event, sent: Span, doc: Doc, article: Article) -> dict[str, Any] | None:
    """The agreement record of an agreement event, or None for other events."""
    if not is_agreement_code(event.cameo):
        return None
    trigger = _token_at(doc, event.trigger_start)
    nouns = list(_document_nouns(trigger)) if trigger is not None else []
    if not nouns and event.cameo not in _ALWAYS:
        return None
    kind, head = _kind(nouns)
    kind = kind or _ALWAYS.get(event.cameo)
    return {
        "kind": kind,
        "title": _title(head, kind, doc, article) if head is not None else None,
        "count": _count(nouns, sent, article),
        "spheres": _spheres(sent, doc, nouns),
    }


def _token_at(doc: Doc, start: int) -> Token | None:
    if start < 0:
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _kind_of(token: Token) -> str | None:
    left = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    two = _TWO_WORD.get((left, token.lemma_.lower())) or _TWO_WORD.get((left, token.lower_))
    if two:
        return two
    if token.lemma_.lower() == "statement":
        return "joint statement" if left == "joint" else None
    return DOCUMENT_KINDS.get(token.lemma_.lower()) or DOCUMENT_KINDS.get(token.lower_)


def _is_document(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and (_kind_of(token) is not None or token.lemma_.lower() in _GENERIC)


def _document_nouns(trigger: Token) -> Iterator[Token]:
    """Document nouns the trigger governs, head objects first, then listed items."""
    heads: list[Token] = []
    if _is_document(trigger):
        heads.append(trigger)
    for verb in [trigger, *(c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB")]:
        for child in verb.children:
            if child.dep_ in _OBJECTS and _is_document(child):
                heads.append(child)
            elif child.dep_ == "prep" and child.lower_ in {"on", "to", "upon", "over"}:
                heads.extend(g for g in child.children if g.dep_ == "pobj" and _is_document(g))
    seen: set[int] = set()
    for head in heads:
        for token in [head, *_conjuncts(head), *_included(head), *_included(trigger)]:
            if token.i not in seen and _is_document(token):
                seen.add(token.i)
                yield token


def _conjuncts(token: Token) -> list[Token]:
    found = []
    for child in token.children:
        if child.dep_ in {"conj", "appos"}:
            found += [child, *_conjuncts(child)]
    return found


def _included(token: Token) -> list[Token]:
    """Items of an "including X and Y" attached to the token."""
    items: list[Token] = []
    for child in token.children:
        if child.lemma_.lower() == "include" and child.dep_ in {"prep", "acl", "advcl"}:
            for item in child.children:
                if item.dep_ in {"pobj", "dobj"}:
                    items += [item, *_conjuncts(item)]
    return items


def _kind(nouns: list[Token]) -> tuple[str | None, Token | None]:
    """The kind of document and the noun that names it; a plural umbrella defers to its items."""
    kinds = [(t, _kind_of(t)) for t in nouns]
    specific = [(t, k) for t, k in kinds if k is not None]
    if not specific:
        return None, None
    first, kind = specific[0]
    if first is nouns[0] and first.tag_ in {"NNS", "NNPS"} and len(specific) > 1:
        first, kind = specific[1]
    return kind, first


def _title(head: Token, kind: str | None, doc: Doc, article: Article) -> str | None:
    """The document's name: modifiers, noun and complement; a fuller form elsewhere in the article."""
    words = _title_tokens(head)
    own = " ".join(t.text for t in words) if words else ""
    has_complement = any(t.i > head.i for t in words)
    modifiers = {t.lower_ for t in words if t.i < head.i and t.is_alpha and t.lower_ not in _VAGUE_TITLE}
    if words and _cut_short(words[-1]):
        # "signed a declaration on strengthening the strategic...": a lead the page cut short names
        # the document in full in the headline or the body, if anywhere
        named = {t.lower_ for t in words if t.is_alpha and t.lower_ not in _VAGUE_TITLE and t.i != head.i}
        fuller = _fuller_title(head, named, article) if named else None
        if fuller:
            return fuller
    if not has_complement and modifiers:
        fuller = _fuller_title(head, modifiers, article)
        if fuller:
            return fuller
    if own.lower() in {head.lower_, f"joint {head.lower_}"} or not own:
        return None
    return own


def _title_tokens(head: Token) -> list[Token]:
    """The head with its left modifiers and its on/of complement (not its determiner or number)."""
    keep = [head]
    for child in head.lefts:
        if child.dep_ not in _TITLE_DROP and child.lower_ not in _VAGUE_TITLE:
            keep += list(child.subtree)
    # "signed a declaration on strengthening ...": the parser often hangs the complement on the verb
    following = [c for c in head.head.rights if c.i == head.right_edge.i + 1] if head.head != head else []
    for child in [*head.rights, *following]:
        if child.dep_ == "prep" and child.lower_ in _TITLE_PREPS and not _is_time(child):
            keep += [t for t in child.subtree if not (_is_sphere_cut(t) or t.is_space or t.text in _ELLIPSES)]
    kept = sorted({t.i: t for t in keep}.values(), key=lambda t: t.i)
    return _contiguous(kept, head)


_ELLIPSES = {"...", "\u2026"}


def _cut_short(last: Token) -> bool:
    """Whether the text stops right after this token with an ellipsis (a lead the page cut short)."""
    following = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return following is not None and following.text in _ELLIPSES


def _is_time(prep: Token) -> bool:
    return any(g.ent_type_ in _TIME_ENTS for g in prep.children if g.dep_ == "pobj")


def _is_sphere_cut(token: Token) -> bool:
    return token.dep_ == "punct" and token.text in {",", ";", "(", ")"}


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The run of consecutive tokens around the head (drops the far end of long subtrees)."""
    index = next(i for i, t in enumerate(tokens) if t.i == head.i)
    start = end = index
    while start > 0 and tokens[start - 1].i == tokens[start].i - 1:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].i == tokens[end].i + 1:
        end += 1
    return tokens[start : end + 1]


def _fuller_title(head: Token, modifiers: set[str], article: Article) -> str | None:
    """A "<noun> on/of ..." in the headline or body that shares a modifier word."""
    lemma = head.lemma_.lower()
    stem = lemma[:-2] if lemma.endswith("um") else lemma
    pattern = re.compile(rf"\b({re.escape(stem)}\w*)\s+(on|of|for|about)\s+([^.,;:!?\n()\"]+)", re.I)
    for text in (article.title or "", article.text):
        for match in pattern.finditer(text):
            tail = match.group(3).strip().rstrip(".…").strip()
            words = {w.lower() for w in re.findall(r"[\w-]+", tail)}
            if words & modifiers:
                title = f"{match.group(1)} {match.group(2)} {tail}"
                return title.lower() if _is_title_case(text) else title
    return None


def _is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _count(nouns: list[Token], sent: Span, article: Article) -> int | None:
    """Documents signed: a number on a plural document noun here, else one in the article."""
    for noun in nouns:
        if noun.tag_ in {"NNS", "NNPS"}:
            for child in noun.children:
                if child.dep_ == "nummod":
                    value = _number(child.text)
                    if value is not None:
                        return value
    for text in (sent.text, *re.split(r"(?<=[.!?])\s+", article.text)):
        if _SIGN.search(text):
            for match in _COUNT.finditer(text):
                value = _number(match.group("n"))
                if value is not None and value > 1:
                    return value
    return None


def _number(text: str) -> int | None:
    text = text.lower().removeprefix("a ").replace(",", "")
    if text.isdigit():
        return int(text)
    return _NUMBERS.get(text)


def _spheres(sent: Span, doc: Doc, nouns: list[Token]) -> list[str]:
    """What the documents cover, from the sentence, else another sentence naming a document."""
    found = _sphere_lists(sent, nouns)
    if found:
        return found
    for other in doc.sents:
        if other.start != sent.start and any(_is_document(t) and t.tag_ != "NNP" for t in other):
            if _SIGN.search(other.text):
                found = _sphere_lists(other, [t for t in other if _is_document(t)])
                if found:
                    return found
    return []


def _sphere_lists(sent: Span, nouns: list[Token]) -> list[str]:
    spheres: list[str] = []
    anchors = [*nouns, *(t for t in sent if t.lemma_.lower() in _SPHERE_HEADS and _near_document(t, nouns))]
    for anchor in anchors:
        for item in _sphere_items(anchor):
            if item not in spheres:
                spheres.append(item)
    return spheres


def _near_document(token: Token, nouns: list[Token]) -> bool:
    """A sphere head that a document noun, or the verb of one, governs ("signed memoranda on cooperation in")."""
    head = token.head
    while head.dep_ == "prep" and head.head is not head:
        head = head.head
    return any(a in nouns for a in token.ancestors) or any(head == n.head for n in nouns)


def _sphere_items(anchor: Token) -> list[str]:
    items: list[str] = []
    if anchor.lemma_.lower() in _SPHERE_HEADS:
        items += [_phrase(c) for c in anchor.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
    for child in anchor.children:
        objects: list[Token] = []
        preps = _SPHERE_PREPS if anchor.lemma_.lower() in _SPHERE_HEADS else _DOCUMENT_PREPS
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in _TIME_ENTS]
        elif child.lemma_.lower() in _SPHERE_VERBS:
            objects = [g for g in child.children if g.dep_ in {"dobj", "pobj"}]
        for obj in objects:
            if obj.lemma_.lower() in _SPHERE_HEADS or obj.lemma_.lower() in _NOT_SPHERES:
                items += _sphere_items(obj)
                continue
            items += [_phrase(t) for t in [obj, *_conjuncts(obj)] if _is_sphere(t)]
    return [i for i in items if i]


def _is_sphere(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"} and token.lower_ not in _NOT_SPHERES and token.is_alpha


def _phrase(token: Token) -> str:
    words = [c for c in token.lefts if c.dep_ == "compound"] + [token]
    return " ".join(w.text for w in words)
