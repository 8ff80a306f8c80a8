"""The public Python API."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import accord


def test_exported_members_are_the_documented_surface() -> None:
    assert set(accord.__all__) >= {"code_text", "code_paths", "read_paths", "Event", "Article", "Actor", "__version__"}
    for name in accord.__all__:
        assert hasattr(accord, name), name


@pytest.mark.slow
def test_code_text_and_to_dict() -> None:
    events = accord.code_text(
        "Indian troops clashed with Chinese soldiers in the Galwan Valley on Monday.",
        date=date(2020, 6, 16),
        url="https://example.in/galwan",
    )
    assert events and all(isinstance(e, accord.Event) for e in events)
    record = events[0].to_dict()
    assert record["url"] == "https://example.in/galwan" and record["published"] == "2020-06-16"


@pytest.mark.slow
def test_code_paths_streams_events(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        " date 2023-06-19 https://example.org/blinken\n\nBlinken in Beijing\n\n"
        "BEIJING - U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday.\n",
        encoding="utf-8",
    )
    events = list(accord.code_paths([tmp_path]))
    assert any(e.source.country == "USA" and e.target and e.target.country == "CHN" for e in events)
