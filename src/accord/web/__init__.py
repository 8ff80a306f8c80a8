"""``accord serve``: a read-only JSON API and a dashboard over the event store.

Needs the ``web`` extra (FastAPI, uvicorn, Jinja2, plotly): ``pip install 'accord[web]'``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["INSTALL_HINT", "create_app", "missing"]

INSTALL_HINT = "accord serve needs the web extra: pip install 'accord[web]'"
_NEEDED = ("fastapi", "uvicorn", "jinja2", "plotly", "multipart")


def missing() -> list[str]:
    """The packages of the ``web`` extra that cannot be imported."""
    import importlib.util

    absent = []
    for name in _NEEDED:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            absent.append(name)
    return absent


def create_app(*args: Any, **kwargs: Any) -> Any:
    """:func:`accord.web.app.create_app`; raises ImportError with the install command when the extra is missing."""
    absent = missing()
    if absent:
        raise ImportError(f"{INSTALL_HINT} (missing: {', '.join(absent)})")
    from accord.web.app import create_app as build

    return build(*args, **kwargs)
