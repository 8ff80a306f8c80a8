"""accord: turn news articles into political event data with evidence sentences.

The public surface is small on purpose: code text or files into :class:`Event`
records, and read articles with the same readers the CLI uses.
"""

from __future__ import annotations

__version__ = "0.1.0"

from accord.api import code_paths, code_text, read_paths
from accord.errors import AccordError, InputError
from accord.model import Actor, Article, Event, Sentence
from accord.store import Store

__all__ = [
    "AccordError",
    "Actor",
    "Article",
    "Event",
    "InputError",
    "Sentence",
    "Store",
    "__version__",
    "code_paths",
    "code_text",
    "read_paths",
]
