"""speed13: the sentence filter's trigger test on string hashes, the masked Doc built from whole
columns, and the collector held off at start-up give exactly what the code they replace gave."""

from __future__ import annotations

import gc
from typing import Any

import pytest
from spacy.attrs import LOWER

from accord.pipeline import collector_paused, settle_start_up
from accord.stages.actors import ActorResolver

# Written for these tests: sentences the filter keeps (a trigger with what one of its patterns
# needs), look-alikes it must drop (the trigger word without its pattern's words, or no trigger),
# reported demands and verdicts, quotes, a glued pair and paragraphs.
NEWS = [
    "Russia launched a wave of drones at Kyiv overnight, Ukrainian officials said on Sunday. "
    "The weather was mild. Air defences shot down most of them, the air force said.\n\n"
    "Markets in Europe were calm on Monday.",
    "China's foreign ministry said Washington must stop arming Taiwan. The ministry's spokesman "
    "said the sale was a violation of the one-China principle. Tickets for the match sold out.",
    'Iran condemned the strike on Damascus. "We will respond at a time of our choosing," the '
    "Iranian envoy told reporters. Officials in Tehran said nothing more.\n\nRain fell all day.",
    "The president met his Kenyan counterpart in Nairobi on Tuesday.The two leaders signed a trade "
    "deal. He said the talks had gone well. It was sunny.",
    "Protesters gathered outside parliament in Tbilisi. Police fired tear gas and detained dozens. "
    "The crowd dispersed after midnight. The opposition accused the government of a crackdown.",
    "Fans cheered as the team took the lead. The coach said the players should rest. "
    "The club called on supporters to stay calm.",
]


@pytest.fixture(scope="module")
def coder() -> Any:
    from accord.api import default_coder

    return default_coder()


def test_trigger_test_on_hashes_agrees_with_the_test_on_words(coder: Any) -> None:
    filt = coder.filter
    verdicts = []
    for text in NEWS:
        doc = filt.tokens(text)
        lowers = doc.to_array(LOWER).tolist()
        for sent in doc.sents:
            by_words = filt._has_trigger(sent)
            assert filt._has_trigger_keys(set(lowers[sent.start : sent.end])) == by_words, sent.text
            verdicts.append(by_words)
    # Both answers occur in the texts above, so the comparison tests something.
    assert True in verdicts and False in verdicts


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Beijing said Washington must stop the arms sales.", True),  # a reporting verb with "must"
        ("The ministry said the raid was a violation of law.", True),  # a reporting verb with a verdict
        ("The ministry said the weather was mild.", False),  # a reporting verb alone
        ("Fans cheered in the stadium on Sunday.", False),  # no trigger
    ],
)
def test_hashed_trigger_test_keeps_and_drops(coder: Any, sentence: str, kept: bool) -> None:
    doc = coder.filter.tokens(sentence)
    assert coder.filter._has_trigger_keys(set(doc.to_array(LOWER).tolist())) is kept


def test_selection_and_masked_doc_match_a_fresh_tokenization(coder: Any) -> None:
    """The masked Doc built from the filter pass's columns is the tokenizer's Doc of the masked
    text (words, norms, spaces, offsets), for texts where some sentences are dropped."""
    dropped = 0
    for text in NEWS:
        tokens = coder.filter.tokens(text)
        selection = coder.filter.select(tokens, ActorResolver.for_doc(tokens, coder.actors, None).matches.keys())
        dropped += sum(not keep for _, _, keep in selection.spans)
        built = coder.filter.masked_doc(tokens, selection)
        fresh = coder.nlp.make_doc(selection.masked)
        assert built.text == selection.masked
        assert [(t.text, t.norm_, t.whitespace_, t.idx) for t in built] == [
            (t.text, t.norm_, t.whitespace_, t.idx) for t in fresh
        ]
    assert dropped > 0


def test_collector_paused_holds_off_the_collector_and_restores_it() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a failed load")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # off before, off after
    finally:
        gc.enable()


def test_settle_start_up_freezes_the_heap() -> None:
    try:
        settle_start_up()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_coder_codes_the_same_after_settling(coder: Any) -> None:
    """Freezing the heap changes nothing coded: the same events before and after."""
    from accord.model import Article

    def events() -> list[tuple[str, str, str, str]]:
        article = Article(id="speed13", text=NEWS[0] + "\n\n" + NEWS[4])
        coded = next(coder.code([article]))
        return [(e.source.country, e.target.country if e.target else "", e.info.code, e.sentence) for e in coded.events]

    before = events()
    try:
        settle_start_up()
        assert events() == before
    finally:
        gc.unfreeze()
    assert before


MISSPELT = [
    "The government of Ethopia rejected the report on Tuesday, and Sudanese officials said the "
    "Isreali envoy had left Khartoum. Indiana's governor said nothing.",
    "Troops from Ukrane and Poland held drills near Lviv. The Polish defence minister praised the "
    "Ukrainian soldiers. Moldovan and Romanian observers watched.",
]


@pytest.mark.parametrize("text", MISSPELT)
def test_title_names_are_the_tokens_the_misspelt_pass_can_take(coder: Any, text: str) -> None:
    from accord.stages.actors import _title_names

    doc = coder.nlp(text)
    slow = [t.i for t in doc if t.is_title and t.pos_ in {"PROPN", "ADJ"}]
    assert [t.i for t in _title_names(doc)] == slow
    assert slow


def test_a_misspelt_state_is_still_found(coder: Any) -> None:
    from accord.stages.actors import ActorResolver

    doc = coder.nlp(MISSPELT[0])
    resolver = ActorResolver.for_doc(doc, coder.actors, None, coder.gazetteer)
    ethopia = next(t.i for t in doc if t.text == "Ethopia")
    assert resolver.matches[ethopia].entries[0].country == "ETH"
    indiana = next(t.i for t in doc if t.text == "Indiana")
    assert indiana not in resolver.matches  # a US state, not India


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("The Foreign Office said on Monday that the envoy had been summoned.", True),
        ("The Foreign Ministry said on Monday that the envoy had been summoned.", False),
        ("Downing Street said on Monday that the envoy had been summoned.", False),
    ],
)
def test_shared_metonym_test_reads_words_only_for_two_word_metonyms(coder: Any, text: str, shared: bool) -> None:
    from accord.stages.actors import METONYM, Match, _is_shared_metonym

    doc = coder.nlp(text)
    found = list(coder.actors.find(doc))
    assert found
    verdicts = [_is_shared_metonym(doc, Match(s, e, tuple(entries))) for s, e, entries in found]
    slow = [
        tuple(t.lower_ for t in doc[s:e]) == ("foreign", "office") and all(x.kind == METONYM for x in entries)
        for s, e, entries in found
    ]
    assert verdicts == slow
    assert any(verdicts) is shared


def test_the_cli_s_default_store_name_is_the_store_s() -> None:
    from accord import cli_store, store

    assert cli_store.DEFAULT_NAME == store.DEFAULT_NAME


def test_coding_imports_no_store_but_accord_store_still_resolves() -> None:
    """``import accord.cli`` (what ``accord code`` loads) leaves duckdb out; ``accord.Store`` loads it."""
    import subprocess
    import sys

    probe = (
        "import sys, accord.cli; print('duckdb' in sys.modules); "
        "import accord; print(accord.Store.__module__, 'duckdb' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "accord.store", "True"]
