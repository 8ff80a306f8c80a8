"""accord: turn news articles into political event data with evidence sentences.

The public surface is small on purpose: code text or files into :class:`Event`
records, and read articles with the same readers the CLI uses.
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from accord.api import code_paths, code_text, read_paths
from accord.errors import AccordError, InputError
from accord.model import Actor, Article, Event, Sentence

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    """``accord.Store`` on first use: the store module imports duckdb and pyarrow (a quarter of a
    second), which coding into a file never needs."""
    if name == "Store":
        from accord.store import Store

        return Store
    raise AttributeError(f"module 'accord' has no attribute {name!r}")
