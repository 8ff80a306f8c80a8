"""Start-up tables kept between runs in the user's cache folder, keyed by everything they are built from.

Why: every process that codes (``accord code``, each of its workers, every eval) builds the same
tables from the same files, and the gazetteer's index alone took about a second of CPU of a
three-second start-up (docs/PERFORMANCE.md, session 11).  Read back from a :mod:`marshal` file it
takes a fraction of that.  The key is a SHA-256 over the builder's own source, its data files, the
versions involved and Python's, so a changed file or a changed rule builds afresh; a missing,
unreadable or unwritable cache only means building as before.

The folder is ``$ACCORD_CACHE_DIR``, else ``$XDG_CACHE_HOME/accord``, else ``~/.cache/accord``;
``ACCORD_CACHE_DIR=off`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

__all__ = ["cache_dir", "fingerprint", "load", "store"]

_OFF = {"off", "0", "no", "none"}


def cache_dir() -> Path | None:
    """The cache folder, or None when the user turned the cache off."""
    chosen = os.environ.get("ACCORD_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in _OFF or not chosen.strip() else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "accord"


def fingerprint(*parts: bytes | str) -> str:
    """A key over the given parts (file contents, versions, settings) and this Python's marshal format."""
    digest = hashlib.sha256(f"{sys.version_info[:2]} marshal {marshal.version}".encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()[:32]


def _path(name: str, key: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{name}-{key}.marshal"


def load(name: str, key: str) -> object | None:
    """The value stored under (name, key), or None when there is none or it cannot be read."""
    path = _path(name, key)
    if path is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        value: object = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        log.debug("cache: unreadable %s, building afresh", path)
        return None
    return value


def store(name: str, key: str, value: Any) -> None:
    """Keep a value (only marshal's types: str, int, float, bool, tuple, list, dict) under (name, key).

    Written to a temporary file and renamed, so a reader never sees half a file; any failure
    (read-only home, full disk) is logged and ignored: the next process builds again.
    """
    path = _path(name, key)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                marshal.dump(value, out)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(path.parent, name)
    except (OSError, ValueError) as exc:
        log.debug("cache: cannot write %s: %s", path, exc)


def _prune(folder: Path, name: str) -> None:
    """Keep the few most recently written files of a table: each edit of a dictionary or of a
    builder's rules makes a new key, and the old files (up to 9 MB each) would pile up."""
    files = sorted(folder.glob(f"{name}-*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in files[_KEEP:]:
        old.unlink(missing_ok=True)


# Files kept per table: a few worktrees or installed versions side by side each keep theirs.
_KEEP = 4
