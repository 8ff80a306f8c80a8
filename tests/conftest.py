"""Shared fixtures: the real spaCy model (loaded once), paths to shared/ data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ACCORD_SHARED", ROOT.parent / "shared"))
SPECIMEN = SHARED / "specimen.txt"
PEERS = SHARED / "peers"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def coder():
    """The real Coder with the real English pipeline (slow: loaded once per session)."""
    from accord.api import default_coder

    return default_coder()


@pytest.fixture
def specimen_path() -> Path:
    """The specimen article; tests using it skip where shared/ is absent."""
    if not SPECIMEN.exists():
        pytest.skip("shared/specimen.txt is not available")
    return SPECIMEN


@pytest.fixture
def peers_dir() -> Path:
    """Peer test data; tests using it skip where shared/ is absent."""
    if not PEERS.exists():
        pytest.skip("shared/peers is not available")
    return PEERS
