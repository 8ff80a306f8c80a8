"""Branch loc13: event locations on fresh text (docs/PLACES.md, "Loc13").

- What a speaker reports is no place of the act: a place in a speech verb's complement clause that
  does not hold the trigger ("praised Bangladesh ... and said the solution lay in Myanmar") does
  not place it, not even over a dateline abroad.  A trigger inside that clause keeps its place.
- "the scene" ("Police arrested a suspect at the scene", "visited the scene") is where the last
  physical act before it was placed, not the last city the story named (often where the wounded
  were flown).
- A town or village that no gazetteer lists, written with its region after it the way news locates
  villages ("near Katari, Kaduna State", "in Hroza, Kharkiv region"), is placed under its own name at
  the region's point; a known city keeps its own place, and a region alone is not made a village.
- The killing that a strike leads to ("hit a bus near Bilopillia ..., killing nine civilians") is
  where the strike landed.
- A local official acts at the seat the title names ("The Kaduna State Governor", "Kharkiv Mayor
  Ihor Terekhov", "Belgorod regional governor"), not at the national capital or the dateline; a
  title that names a country ("Bank of England Governor") or no place changes nothing.
- An agreement, meeting or concession whose sentence names no place is placed at the venue of the
  talks that the next (or previous) sentence names ("sat down on the sidelines of a summit in the Uzbek
  city of Samarkand"); a gathering before or after the news (since, after, planned, will) is none.
- An institution whose name holds a venue's noun ("the General Court Martial in Kampala") is where
  it sits, like "the court in Kampala".
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def places(text: str, code_prefix: str) -> list[str | None]:
    """The location name of each event whose CAMEO code starts with ``code_prefix``."""
    events = code_text(text, date=date(2024, 5, 2))
    return [(e.location or {}).get("name") for e in events if e.cameo.startswith(code_prefix)]


# What a speaker reports


@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        (
            # session 19: the head of the UN speaks from New York unless the story puts him at the scene
            "COX'S BAZAR, Bangladesh (AFP) - Guterres, who toured the camps on Monday, praised Bangladesh for "
            "its generosity in sheltering the refugees, and said the ultimate solution lay in Myanmar.",
            "05",
            "Cox’s Bāzār",
        ),
        (
            "NAIROBI (Reuters) - Kenyan President William Ruto condemned the coup and said the soldiers who "
            "seized power in Niamey must return to their barracks.",
            "10",
            "Nairobi",
        ),
        (
            "ANKARA - Turkish President Tayyip Erdogan praised Qatar for its mediation and said the next "
            "round of talks would be more productive if it were held in Istanbul.",
            "05",
            "Ankara",
        ),
        (
            "LONDON - British Foreign Secretary David Lammy urged Israel to allow more aid into Gaza, and "
            "said conditions in Rafah were appalling and that the hospitals in Khan Younis had run out of fuel.",
            "02",
            "London",
        ),
    ],
)
def test_a_place_in_what_is_reported_does_not_place_the_act(text: str, prefix: str, expected: str) -> None:
    assert places(text, prefix) == [expected]


def test_an_act_inside_the_reported_clause_keeps_its_place() -> None:
    text = "KYIV - The military said Ukrainian forces had shelled Russian positions near Bakhmut overnight."
    assert places(text, "19") == ["Bakhmut"]


def test_where_the_speaker_speaks_still_places_the_act() -> None:
    text = "Speaking in Tokyo, Blinken praised Japan and said the alliance in the Pacific was strong."
    assert places(text, "05") == ["Tokyo"]


# "the scene"

_SHOOTING = (
    "BRATISLAVA, Slovakia (AP) - A gunman opened fire on Prime Minister Robert Fico outside a cultural "
    "centre in the central town of Handlova on Wednesday. Fico was flown by helicopter to a hospital in "
    "the city of Banska Bystrica. "
)


def test_the_scene_is_where_the_last_act_happened() -> None:
    text = _SHOOTING + "Police arrested a suspect at the scene."
    assert places(text, "17") == ["Handlová"]


def test_without_the_scene_the_last_city_named_is_still_taken() -> None:
    text = _SHOOTING + "Police arrested a suspect on Wednesday evening."
    assert places(text, "17") == ["Banská Bystrica"]


def test_the_political_scene_is_no_place() -> None:
    text = _SHOOTING + "Police arrested a man who had been active on the political scene."
    assert places(text, "17") == ["Banská Bystrica"]


# Local officials


@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        (
            "The Kaduna State Governor, Uba Sani, had on Monday ordered his own investigation into the bombing.",
            "09",
            "Kaduna",
        ),
        ("KYIV - Kharkiv Mayor Ihor Terekhov accused Russia of targeting civilians.", "11", "Kharkiv"),
        (
            "MOSCOW - Belgorod regional governor Vyacheslav Gladkov accused Ukraine of shelling the city.",
            "11",
            "Belgorod",
        ),
    ],
)
def test_a_local_official_acts_at_the_seat_the_title_names(text: str, prefix: str, expected: str) -> None:
    assert places(text, prefix) == [expected]


@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        ("LONDON - Bank of England Governor Andrew Bailey warned Russia against cutting gas supplies.", "13", "London"),
        ("KYIV - Ukrainian Foreign Minister Dmytro Kuleba accused Russia of targeting civilians.", "11", "Kyiv"),
    ],
)
def test_a_title_without_a_local_seat_changes_nothing(text: str, prefix: str, expected: str) -> None:
    assert places(text, prefix) == [expected]


# The venue of talks, named in the next sentence

_TRUCE = (
    "BISHKEK (AFP) - The presidents of Kyrgyzstan and Tajikistan agreed on Friday to order a ceasefire "
    "along their disputed border. "
)


def test_an_agreement_is_placed_where_the_talks_were_held() -> None:
    text = (
        _TRUCE + "Sadyr Japarov and Emomali Rahmon sat down together on the sidelines of a regional summit "
        "in the Uzbek city of Samarkand."
    )
    assert "Samarkand" in places(text, "08")


def test_a_truce_hammered_out_in_a_city_is_placed_there() -> None:
    text = (
        "BANGKOK (AP) - Myanmar's military government and an alliance of ethnic armed groups agreed to a "
        "ceasefire on Thursday. The truce was hammered out in the Chinese city of Kunming, the Chinese "
        "foreign ministry said."
    )
    assert set(places(text, "08")) == {"Kunming"}


@pytest.mark.parametrize(
    "second",
    [
        "It was the first such meeting since a session in Tashkent in April 2022.",
        "The two leaders will meet again at a summit in Tashkent next month.",
        "They had agreed days after their foreign ministers held talks in Tashkent.",
        "A planned meeting of their defence ministers in Tashkent was cancelled.",
    ],
)
def test_a_gathering_before_or_after_the_news_is_no_venue(second: str) -> None:
    assert "Tashkent" not in places(_TRUCE + second, "08")


# A village written with its region after it, and the killing that follows a strike


@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        (
            "ABUJA (Reuters) - Gunmen attacked a passenger train near Katari, Kaduna State, on Monday night.",
            "19",
            "Katari",
        ),
        ("KYIV - A Russian missile struck a cafe in Hroza, Kharkiv region, on Thursday.", "19", "Hroza"),
    ],
)
def test_a_village_no_gazetteer_lists_is_placed_by_the_region_after_it(text: str, prefix: str, expected: str) -> None:
    assert places(text, prefix) == [expected]


def test_a_known_city_before_a_region_is_still_the_city() -> None:
    text = "KYIV - Russian drones hit a bus near Bilopillia, Sumy region, killing nine civilians."
    assert places(text, "19") == ["Bilopillia"]


def test_a_region_alone_is_not_made_a_village() -> None:
    text = "ABUJA (Reuters) - Gunmen attacked a passenger train in Kaduna State on Monday night."
    assert places(text, "19") == ["Kaduna State"]


def test_the_killing_that_follows_a_strike_is_where_the_strike_landed() -> None:
    text = "KYIV - Russian drones hit a bus near Bilopillia in the Sumy region, killing nine civilians."
    assert places(text, "19") == ["Bilopillia"]


# A named institution's place


def test_a_court_named_by_its_title_is_where_it_sits() -> None:
    text = (
        "KAMPALA, Uganda - Opposition politician Kizza Besigye was charged before the General Court Martial "
        "in Kampala on Wednesday, four days after he disappeared in neighbouring Kenya."
    )
    assert places(text, "17") == ["Kampala"]
