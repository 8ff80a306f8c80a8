"""speed14: the trigger pass visits only adjectives, verbs and nouns (read off the POS column), and
the context tagger reads a sentence's words off the Doc's columns; both give exactly what the
Token-by-Token code they replace gave."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.tokens import Doc, Span

from accord.model import Article
from accord.stages.actors import ActorResolver
from accord.stages.contexts import ContextTagger, _words
from accord.stages.events import EventFinder

# Written for these tests: news sentences with verb and noun triggers, adjectives of feeling,
# naming verdicts, reported demands, holdouts, and plain sentences with none of them.
NEWS = [
    "Russia launched a wave of drones at Kyiv overnight, Ukrainian officials said on Sunday. "
    "Air defences shot down most of them, the air force said.\n\n"
    "Markets in Europe were calm on Monday.",
    "China's foreign ministry said Washington must stop arming Taiwan. The ministry's spokesman "
    "said the sale was a violation of the one-China principle. Tickets for the match sold out.",
    "Zelensky called the strike a war crime. Kyiv was shocked by the "
    "killings in Bucha, and the European Union imposed new sanctions on Moscow.",
    "Farmers said they would not end their blockade until the government scrapped the tax. "
    "Police fired tear gas at protesters outside parliament in Tbilisi on Thursday night.",
    "The president met his Kenyan counterpart in Nairobi on Tuesday. The two leaders signed a trade "
    "deal and agreed to cooperate on security. It was sunny.",
]


@pytest.fixture(scope="module")
def coder() -> Any:
    from accord.api import default_coder

    return default_coder()


def _parsed(coder: Any, text: str) -> tuple[Doc, Article]:
    article = Article(id="speed14", text=text, url="https://example.org/speed14", published=date(2024, 3, 2))
    return coder.nlp(text), article


def _finder(coder: Any, doc: Doc, article: Article) -> EventFinder:
    resolver = ActorResolver.for_doc(doc, coder.actors, article.published, coder.gazetteer)
    return EventFinder(coder.lexicon, resolver, article)


def _shape(found: tuple[list[Any], ...]) -> list[list[tuple[int, str, tuple[int, ...]]]]:
    """The candidates as comparable values: token, pattern code and consumed tokens of each trigger."""
    out = []
    for group in found:
        rows = []
        for item in group:
            if hasattr(item, "pattern"):
                rows.append((item.token.i, item.pattern.code, tuple(t.i for t in item.consumed)))
            else:
                rows.append((item.i, "", ()))
        out.append(rows)
    return out


def test_trigger_pass_on_content_words_agrees_with_every_token(coder: Any, monkeypatch: Any) -> None:
    fast, slow = [], []
    for text in NEWS:
        doc, article = _parsed(coder, text)
        for sent in doc.sents:
            fast.append(_shape(_finder(coder, doc, article)._candidates(sent)))
    # The slow path: every token of the sentence, as the trigger pass visited them before.
    monkeypatch.setattr(EventFinder, "_content_words", lambda self, doc, start, end: list(range(start, end)))
    for text in NEWS:
        doc, article = _parsed(coder, text)
        for sent in doc.sents:
            slow.append(_shape(_finder(coder, doc, article)._candidates(sent)))
    assert fast == slow
    # Triggers, naming verdicts, declaring verbs and holdouts all occur, so the comparison tests something.
    assert all(any(row[k] for row in fast) for k in range(4))


def test_content_words_are_the_adjectives_verbs_and_nouns(coder: Any) -> None:
    doc, article = _parsed(coder, "Police fired tear gas at protesters outside parliament in Tbilisi.")
    picked = [doc[i].text for i in _finder(coder, doc, article)._content_words(doc, 0, len(doc))]
    assert picked == [t.text for t in doc if t.pos_ in {"ADJ", "VERB", "NOUN", "PROPN"}]
    assert "fired" in picked and "at" not in picked and "." not in picked


def test_sentence_words_from_columns_agree_with_tokens(coder: Any) -> None:
    checked = 0
    for text in NEWS:
        doc, article = _parsed(coder, text)
        tagger = ContextTagger(doc, article)
        for sent in doc.sents:
            assert tagger._read_sentence(sent) == ([t.idx for t in sent], _words(sent)), sent.text
            checked += 1
    assert checked >= 10


def test_sentence_of_another_doc_is_read_off_its_tokens(coder: Any) -> None:
    doc, article = _parsed(coder, NEWS[0])
    other = coder.nlp("Iran condemned the strike on Damascus.")
    sent = Span(other, 0, len(other))
    assert ContextTagger(doc, article)._read_sentence(sent) == ([t.idx for t in sent], _words(sent))


def test_article_words_from_columns_agree_with_tokens(coder: Any) -> None:
    for text in NEWS:
        doc, article = _parsed(coder, text)
        tagger = ContextTagger(doc, article)
        lemmas, lowers, skip = tagger._read(0, len(doc))[1]
        assert (lemmas, lowers, skip) == _words(list(doc))
        assert tagger.lexicon.find_words(lemmas, lowers, skip) == tagger.lexicon.find(list(doc))
        assert True in skip and False in skip
