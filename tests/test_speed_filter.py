"""The sentence filter: which sentences are parsed, and that offsets still index the body."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from accord.model import Article
from accord.ontology import Pattern
from accord.stages.parse import SentenceFilter, inflections, trigger_index

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev"

_RULES = {"verb": [["s", ""], ["ed", "e"], ["ed", ""], ["ing", ""]], "noun": [["s", ""]]}
_EXC = {"verb": {"met": ["meet"]}}


def _filter() -> SentenceFilter:
    nlp = spacy.blank("en")
    lexicon = {
        ("v", "meet"): [Pattern(code="036", kind="v", lemma="meet")],
        ("v", "hold"): [Pattern(code="046", kind="v", lemma="hold", obj=frozenset({"talks"}))],
    }
    return SentenceFilter(nlp, trigger_index(nlp, lexicon), frozenset({"said"}))


def test_inflections_invert_rules_and_exceptions() -> None:
    assert {"meet", "meets", "met", "meeting"} <= inflections("meet", _RULES, _EXC)
    assert "urged" in inflections("urge", _RULES, {})


def test_trigger_index_keeps_pattern_requirements() -> None:
    index = trigger_index(
        spacy.blank("en"), {("v", "hold"): [Pattern(code="046", kind="v", lemma="hold", obj=frozenset({"talk"}))]}
    )
    assert index["hold"] == [(frozenset({"talk"}),)]


def test_sentence_filter_keeps_actor_and_trigger_sentences() -> None:
    sentences = _filter()
    # A blank pipeline has no lemmatiser tables: only base forms are triggers here.
    text = "The weather was fine.\n\nRussia and Iran meet in Ashgabat. Prices rose. Kenya will hold a rally. Kenya and Uganda hold talks."
    doc = sentences.tokens(text)
    selection = sentences.select(doc, set())
    kept = [text[s:e] for s, e in selection.kept]
    assert kept == ["Russia and Iran meet in Ashgabat.", "Kenya and Uganda hold talks."]
    assert len(selection.masked) == len(text)
    for start, end in selection.kept:
        assert selection.masked[start:end] == text[start:end]
    assert selection.masked.count("\n") == text.count("\n")
    assert selection.masked[: len("The weather was fine.")].strip() == ""


def test_sentence_filter_keeps_demands() -> None:
    sentences = _filter()
    text = "He said the government must resign."
    assert sentences.select(sentences.tokens(text), set()).kept == [(0, len(text))]


def _dev_articles() -> list[Article]:
    from accord.stages.ingest import read_paths

    return [a for a in read_paths([DEV / "articles"]) if isinstance(a, Article)]


@pytest.mark.slow
def test_sentence_filter_keeps_every_codable_gold_quote(coder) -> None:
    """Recall of the filter on eval/dev: a gold quote is dropped only where no lexicon pattern can fire.

    Dropped gold sentences (7 of about 350 on the 80 articles, e.g. "Congress voted to remove
    President Castillo": no lexicon pattern for "vote" or "remove ... from office") give no event
    in a full parse either; what matters is that none of them is ``costly``.
    """
    import json

    gold = {}
    for line in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold[record["id"]] = [" ".join(e["quote"].split())[:60] for e in record.get("events", []) if e.get("quote")]
    coder.sentence_filter = False
    try:
        full = {a.id: [" ".join(e.sentence.split()) for e in a.events] for a in coder.code(_dev_articles())}
    finally:
        coder.sentence_filter = True
    missed, costly = [], []
    for article in _dev_articles():
        _, (_, prefilter) = coder.select(article)
        kept = [" ".join(article.text[s:e].split()) for s, e in prefilter.selection.kept]
        for head in gold.get(Path(article.origin or "").stem, []):
            if not any(head in k for k in kept):
                missed.append(head)
                costly += [head] if any(head in sentence for sentence in full[article.id]) else []
    assert costly == []
    total = sum(len(heads) for heads in gold.values())
    assert len(missed) <= 0.03 * total, missed


@pytest.mark.slow
def test_filtered_offsets_index_the_body(coder) -> None:
    """With the filter, sentences, events, triggers and actors index article.text exactly."""
    from accord.pipeline import Coder

    assert isinstance(coder, Coder)
    articles = list(coder.code(_dev_articles()))
    assert sum(len(a.events) for a in articles) > 100
    for article in articles:
        for sentence in article.sentences:
            assert article.text[sentence.start : sentence.end] == sentence.text
        for event in article.events:
            assert article.text[event.char_start : event.char_end] == event.sentence
            assert article.text[event.trigger_start : event.trigger_end] == event.trigger
            assert event.char_start <= event.trigger_start < event.char_end
            for actor in (event.source, event.target):
                if actor is not None and actor.start >= 0:
                    assert article.text[actor.start : actor.end] == actor.text


@pytest.mark.slow
def test_filter_gives_the_events_of_a_full_parse(coder) -> None:
    """On eval/dev the filtered run finds the same events as parsing every sentence, but a few.

    A masked sentence is context the parse no longer sees ("the government" takes its state from
    the sentences around it), so an event now and then resolves differently: 2 on the 140
    articles of session 5, 3 on the 180 of session 6 (Maoists opening fire in dev173, a criminal
    case in a Kyrgyz story, an accusation by a New Zealand party), and a fourth article since
    branch lex13 (dev79: "said Iran would not cooperate ... and rejected the resolution", now coded,
    takes its targets from the resolution's sponsors, named in a sentence the filter masks). Counted
    by article, one in forty at most: 9 of the 385 articles of session 17 (two of them new, dev371
    and dev383, written blind).
    """
    filtered = {a.id: {e.event_id for e in a.events} for a in coder.code(_dev_articles())}
    coder.sentence_filter = False
    try:
        full = {a.id: {e.event_id for e in a.events} for a in coder.code(_dev_articles())}
    finally:
        coder.sentence_filter = True
    lost = [k for k in full if full[k] - filtered[k]]
    assert len(lost) <= max(2, len(full) // 40), lost
