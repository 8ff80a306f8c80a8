"""The compiled attribute ruler and the cached lemmatiser must give exactly what the model's own give."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc

from accord.stages.attributes import CachedLemmatizer, FastAttributeRuler, speed_up_attribute_ruler, speed_up_lemmatizer
from accord.stages.ingest import read_file
from accord.stages.parse import resolve_model_name

ROOT = Path(__file__).resolve().parent.parent

# Contractions, auxiliaries, "there is", pronouns and determiners: the ruler's word rules.
TRICKY = (
    "There's no deal yet, and I'd say they won't sign it, an official said. "
    "Y'all know we gotta wait; she'd had enough of it. Let's see whether it's done: "
    "nothing's been agreed, but the ministry does expect that those talks will resume."
)


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_same_annotations_as_the_models_ruler() -> None:
    texts = [TRICKY] + [
        article.text for path in sorted((ROOT / "examples").glob("*.txt")) for article in read_file(path)
    ]
    original = spacy.load(resolve_model_name(None), exclude=["ner"])
    fast = spacy.load(resolve_model_name(None), exclude=["ner"])
    speed_up_attribute_ruler(fast)
    speed_up_lemmatizer(fast)
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), CachedLemmatizer)
    assert fast.pipe_names == original.pipe_names
    tokens = 0
    # Twice: the second pass reads the lemmas from the cache.
    for a, b in zip(original.pipe(texts + texts), fast.pipe(texts + texts), strict=True):
        assert _annotations(a) == _annotations(b)
        tokens += len(a)
    assert tokens > 1000


def test_empty_doc() -> None:
    fast = spacy.load(resolve_model_name(None), exclude=["ner"])
    speed_up_attribute_ruler(fast)
    assert len(fast("")) == 0


def test_lemma_index_lookups_are_sets_with_the_same_lemmas() -> None:
    # Membership in a 57,528-word list was a linear scan for every new word's suffix rules.
    text = "Rebel militias shelled the villages while negotiators drafted ceasefires and envoys mediated talks."
    original = spacy.load(resolve_model_name(None), exclude=["ner"])
    fast = spacy.load(resolve_model_name(None), exclude=["ner"])
    speed_up_lemmatizer(fast)
    index = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(index[pos], frozenset) for pos in ("noun", "verb", "adj", "adv"))
    lemmas = [t.lemma_ for t in fast(text)]
    assert lemmas == [t.lemma_ for t in original(text)]
    assert lemmas[1:5] == ["militia", "shell", "the", "village"]
