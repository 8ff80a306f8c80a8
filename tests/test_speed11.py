"""speed11: the array versions of the filter's sentence splitter, the set tests, the entity
look-up and the lexicon's last-Doc memory give exactly what the code they replace gave."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import SENT_START
from spacy.pipeline import Sentencizer

from accord.stages.arrays import member, sorted_keys
from accord.stages.lexicon import ActorLexicon, Entry
from accord.stages.parse import entities_in, paragraph_boundaries, sentencize

# Written for these tests: quotes, ellipses, abbreviations, brackets, questions, paragraphs.
NEWS = [
    "Ukraine's foreign minister said on Monday that talks had stalled. \"We will not give up "
    'territory," he told reporters in Kyiv. Russia denied the claim...',
    "The U.S. envoy arrived in Doha (the talks' host) on Tuesday!! Hamas officials did not "
    "comment. Would Israel accept the terms? Officials in Jerusalem declined to say.",
    "Protesters gathered outside parliament in Tbilisi.\n\nPolice fired tear gas at about 9 p.m. "
    "local time; dozens were detained.\u201cThis is a crackdown,\u201d an opposition leader said.",
    "...and then? (Nobody knew.) 'Fine.' OK",
]


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.blank("en")


@pytest.mark.parametrize("text", NEWS)
def test_sentencize_sets_what_spacys_sentencizer_sets(nlp: spacy.language.Language, text: str) -> None:
    spacy_doc = Sentencizer(overwrite=False)(paragraph_boundaries(nlp.make_doc(text)))
    ends = sorted_keys([nlp.vocab.strings.add(c) for c in Sentencizer.default_punct_chars])
    ours = sentencize(paragraph_boundaries(nlp.make_doc(text)), ends)
    assert ours.to_array([SENT_START]).tolist() == spacy_doc.to_array([SENT_START]).tolist()
    assert len(list(ours.sents)) >= 3


def test_sentencize_keeps_paragraph_starts(nlp: spacy.language.Language) -> None:
    # No full stop before "Police": only the blank line starts its sentence.
    doc = paragraph_boundaries(nlp.make_doc("Troops crossed the border\n\nPolice said nothing"))
    ends = sorted_keys([nlp.vocab.strings.add(".")])
    starts = [t.text for t in sentencize(doc, ends) if t.is_sent_start]
    assert starts == ["Troops", "Police"]


def test_member_agrees_with_isin() -> None:
    rng = np.random.default_rng(11)
    keys = rng.integers(0, 2**63, size=40, dtype=np.uint64) * np.uint64(2)
    values = np.concatenate([keys[::3], rng.integers(0, 2**63, size=200, dtype=np.uint64), [np.uint64(2**64 - 1)]])
    assert member(values, sorted_keys(keys)).tolist() == np.isin(values, keys).tolist()
    assert not member(values, sorted_keys([])).any()


def test_entities_in_a_sentence_only_its_own(nlp: spacy.language.Language) -> None:
    doc = nlp.make_doc("Blinken met Wang Yi in Beijing. Later Lavrov flew to Tehran and Ankara.")
    doc.set_ents(
        [
            doc.char_span(0, 7, label="PERSON"),
            doc.char_span(12, 19, label="PERSON"),
            doc.char_span(23, 30, label="GPE"),
            doc.char_span(38, 44, label="PERSON"),
            doc.char_span(53, 59, label="GPE"),
            doc.char_span(64, 70, label="GPE"),
        ]
    )
    second = doc.char_span(32, 71, alignment_mode="expand")
    assert second is not None
    assert [e.text for e in entities_in(second)] == ["Lavrov", "Tehran", "Ankara"]
    assert [e.text for e in entities_in(second, {"GPE"})] == ["Tehran", "Ankara"]
    assert [e.text for e in entities_in(doc[2:5])] == ["Wang Yi"]
    assert [e.text for e in entities_in(doc[3:6])] == ["Beijing"]  # "Yi in Beijing": Wang Yi is cut
    assert entities_in(doc[3:5]) == []
    assert [e.text for e in entities_in(doc)] == ["Blinken", "Wang Yi", "Beijing", "Lavrov", "Tehran", "Ankara"]


def test_lexicon_find_remembers_only_the_same_doc(nlp: spacy.language.Language) -> None:
    lexicon = ActorLexicon()
    lexicon.add_name("North Korea", Entry("country", "PRK", "", "North Korea"))
    lexicon.add_name("Seoul", Entry("capital", "KOR", "GOV", "South Korea"))
    lexicon.compile(nlp)
    doc = nlp.make_doc("North Korea fired a missile, Seoul said.")
    first = [(s, e) for s, e, _ in lexicon.find(doc)]
    assert first == [(0, 2), (6, 7)]
    assert [(s, e) for s, e, _ in lexicon.find(doc)] == first
    other = nlp.make_doc("Seoul protested.")
    assert [(s, e) for s, e, _ in lexicon.find(other)] == [(0, 1)]
    with doc.retokenize() as retokenizer:  # the same Doc with other tokens is read again
        retokenizer.merge(doc[0:2])
    assert [(s, e) for s, e, _ in lexicon.find(doc)] == [(5, 6)]
