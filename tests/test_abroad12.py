"""Session 12 (abroad12): objects of force placed abroad (docs/ACCURACY.md, "Force abroad (session 12)").

Unnamed forces or arms ("warplanes") and targetless strikes take the state of the place the act's
own phrase names, not the dateline's or the state named as the owner of the speaker.
"""

from __future__ import annotations

from datetime import date

from accord.api import code_text


def _pairs(text: str, root: str) -> set[tuple[str, str]]:
    events = code_text(text, date=date(2025, 3, 10))
    return {(e.source.country, e.target.country if e.target else "") for e in events if e.cameo.startswith(root)}


def test_warplanes_hit_in_the_clause_a_participle_continues_are_of_that_state() -> None:
    text = (
        "Ukraine's military intelligence agency said Monday it attacked two airfields "
        "deep inside Russia overnight, destroying nine warplanes and a radar."
    )
    pairs = {p for root in ("17", "18", "19", "20") for p in _pairs(text, root)}
    assert ("UKR", "RUS") in pairs
    assert ("UKR", "UKR") not in pairs


def test_a_place_named_before_its_region_is_in_the_act_phrase() -> None:
    """ "in Pakistan and Pakistani Kashmir": the parser hangs the first name on the region."""
    text = "India fired missiles at what it called militant camps in Pakistan and Pakistani Kashmir on Tuesday."
    assert ("IND", "PAK") in _pairs(text, "19")


def test_a_place_in_the_subject_phrase_still_names_the_scene() -> None:
    """ "Police in Harare": a place joined by a preposition is where the actor is, not its owner."""
    text = "Police in Harare fired tear gas at protesters on Wednesday, witnesses said."
    assert ("ZWE", "ZWE") in _pairs(text, "1")


def test_a_speakers_state_other_than_the_actors_still_places_the_victims() -> None:
    """Only the acting state's own name as an owner is skipped: the speaker's state is the scene."""
    text = "Russian forces killed at least 11 civilians and wounded dozens more, Ukraine's interior minister said."
    assert ("RUS", "UKR") in _pairs(text, "19")
