"""The pipeline multiplies through numpy's BLAS with one thread, and parses exactly as with blis."""

from __future__ import annotations

from pathlib import Path

import spacy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from accord.model import Article
from accord.stages.blas import use_numpy_blas
from accord.stages.ingest import read_file
from accord.stages.parse import resolve_model_name

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _parse(doc: spacy.tokens.Doc) -> list[tuple[str, str, str, int]]:
    return [(t.text, t.tag_, t.dep_, t.head.i) for t in doc]


def test_every_layer_of_the_coders_model_uses_numpy_blas(coder) -> None:
    layers = [node for _, pipe in coder.nlp.pipeline if hasattr(pipe, "model") for node in pipe.model.walk()]
    assert layers
    assert all(not node.ops.use_blis for node in layers if isinstance(node.ops, NumpyOps))


def test_same_tags_and_trees_as_blis() -> None:
    texts = [article.text for path in sorted(EXAMPLES.glob("*.txt")) for article in read_file(path)]
    with_blis = spacy.load(resolve_model_name(None), exclude=["ner", "lemmatizer", "attribute_ruler"])
    with_numpy = spacy.load(resolve_model_name(None), exclude=["ner", "lemmatizer", "attribute_ruler"])
    use_numpy_blas(with_numpy)
    tokens = 0
    for a, b in zip(with_blis.pipe(texts), with_numpy.pipe(texts), strict=True):
        assert _parse(a) == _parse(b)
        tokens += len(a)
    assert tokens > 1000


def _blas_threads() -> set[int]:
    return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}


def test_one_blas_thread_while_coding_and_the_callers_setting_after(coder) -> None:
    before = _blas_threads()
    text = (
        "ASHGABAT, June 10 (Reuters) - Turkmen President Serdar Berdimuhamedov flew to Moscow on "
        "Friday, where Russian President Vladimir Putin welcomed him at the Kremlin."
    )
    running = coder.code([Article(id="t1", url="https://example.org/t1", text=text)])
    article = next(running)
    assert article.events
    assert _blas_threads() <= {1}
    running.close()
    assert _blas_threads() == before
