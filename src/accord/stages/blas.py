"""Matrix products through numpy's BLAS, one thread per process.

The model's tok2vec and parser spend most of their time in matrix products, which thinc's
``NumpyOps`` hands to blis.  On the machines this project runs on (AMD EPYC, 2 cores) numpy's
own BLAS (OpenBLAS, shipped inside the numpy wheel) computes the same float32 products in a third
to a half of the CPU time, one thread each (docs/PERFORMANCE.md has the figures and the command).
thinc supports this directly: ``NumpyOps(use_blis=False)`` sends ``gemm`` to ``numpy.dot``.  The
rounding differs in the last bits only; tags, heads and labels were identical on the 85,661
tokens of 300 benchmark articles.

OpenBLAS starts one thread per core by default.  accord scales with processes (``--workers``),
so each process is held to one BLAS thread while it parses, with threadpoolctl: threads of
their own would compete with the other workers for the same cores, and would make a
one-worker run use more than one core.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import lru_cache
from typing import cast

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

_OPS = NumpyOps(use_blis=False)


def use_numpy_blas(nlp: Language) -> None:
    """Give every CPU layer of the pipeline's models numpy's matrix product instead of blis."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps):
                node.ops = _OPS


def one_blas_thread() -> AbstractContextManager[object]:
    """While active, BLAS libraries in this process use one thread."""
    return cast(AbstractContextManager[object], _controller().limit(limits=1, user_api="blas"))


@lru_cache(maxsize=1)
def _controller() -> ThreadpoolController:
    """The process's BLAS libraries, found once: finding them costs milliseconds, a limit microseconds."""
    return ThreadpoolController()
