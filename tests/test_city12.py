"""Session 12, second round (city12): the right city on unseen text (docs/PLACES.md).

A capital named as the subject stands for the government that sits there: what it does or reports
is done there, whatever the dateline or the other places of the sentence.
"""

from __future__ import annotations

from datetime import date

from accord.api import code_text


def _places(text: str, day: date) -> dict[tuple[str, str], str]:
    """(cameo, trigger) -> the location's name of every event coded from ``text``."""
    return {(e.cameo, e.trigger): (e.location or {}).get("name", "") for e in code_text(text, date=day)}


def test_a_posted_speaker_still_places_what_he_reports() -> None:
    """'The U.S. ambassador in X said Washington rejected ...': the words are said where he is posted."""
    text = (
        "QUITO (Reuters) - The U.S. ambassador in Quito, Michael Fitzpatrick, said on Tuesday that "
        "Washington categorically rejected any unconstitutional act by the president to stop the National "
        "Assembly from doing its work."
    )
    places = [(e.location or {}).get("name") for e in code_text(text, date=date(2023, 5, 16)) if e.cameo[:2] == "12"]
    assert places and all(p == "Quito" for p in places)


def test_a_capital_that_fires_does_not_stay_home() -> None:
    """Force lands elsewhere: 'Moscow launched missiles at Kharkiv' is in Kharkiv."""
    text = "KYIV (Reuters) - Moscow launched a barrage of missiles at Kharkiv on Sunday, killing four people."
    events = [e for e in code_text(text, date=date(2024, 5, 12)) if e.cameo[:2] in {"18", "19", "20"}]
    assert events and all((e.location or {}).get("name") != "Moscow" for e in events)


def test_a_court_in_a_countrys_capital_sits_there() -> None:
    """ "Moldova's capital" is Chisinau, and the convict's title names his office, not the court's seat."""
    text = (
        "A court in Georgia's capital on Friday sentenced Giorgi Beridze, the mayor of the Black Sea "
        "port of Batumi, to five years in prison for bribery."
    )
    places = [(e.location or {}).get("name") for e in code_text(text, date=date(2024, 3, 1)) if e.cameo[:2] == "17"]
    assert places and all(p == "Tbilisi" for p in places)


def test_police_in_a_countrys_capital_act_there() -> None:
    text = "Police in Kenya's capital fired tear gas at protesters on Tuesday."
    places = [(e.location or {}).get("name") for e in code_text(text, date=date(2024, 6, 25))]
    assert places and all(p == "Nairobi" for p in places)


def test_an_administrative_capital_is_not_the_listed_one() -> None:
    """Putrajaya, not Kuala Lumpur: a qualified capital is left to the other rules."""
    text = (
        "PUTRAJAYA (Reuters) - Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister "
        "Phumtham Wechayachai met for several hours at Anwar's official residence in Malaysia's "
        "administrative capital on Monday."
    )
    places = [(e.location or {}).get("name") for e in code_text(text, date=date(2025, 7, 28))]
    assert places and "Kuala Lumpur" not in places


_PALMA = (
    "MAPUTO, Mozambique (AP) - Dozens of people have been killed in an attack by insurgents on the "
    "northern Mozambican town of Palma, the government said Sunday.\n\n"
    '"A group of terrorists infiltrated the town of Palma and killed dozens of people," army spokesman '
    "Omar Saranga told reporters in Maputo.\n\n"
    "Mozambican troops were still battling the insurgents in parts of the town on Sunday, Saranga said."
)


def test_a_town_framed_in_another_country_than_its_namesake() -> None:
    """ "the Mozambican town of Palma" is no city of Spain, and later bare mentions are that town."""
    events = code_text(_PALMA, date=date(2021, 3, 28))
    palma = [e.location for e in events if e.location and e.location.get("name") == "Palma"]
    assert palma and all(where.get("country") == "MOZ" for where in palma)


def test_the_town_is_not_where_the_press_was_told() -> None:
    """ "told reporters in Maputo" names where a speaker was; "the town" is the story's Palma."""
    events = [e for e in code_text(_PALMA, date=date(2021, 3, 28)) if e.trigger == "battling"]
    assert events and all((e.location or {}).get("name") == "Palma" for e in events)


def test_a_community_the_article_placed_is_where_the_visitor_went() -> None:
    """ "X, a community in ... State" frames an unlisted village; "travelled to X" later is that village."""
    text = (
        "ABUJA, Nigeria (Reuters) - A military airstrike killed at least 30 villagers in Kwanar Dutse, a "
        "community in the Maru Local Government Area of Zamfara State, on Sunday.\n\n"
        "Nigeria's Chief of Army Staff travelled to Kwanar Dutse on Tuesday and apologised to the families "
        "of the victims."
    )
    events = [e for e in code_text(text, date=date(2024, 5, 7)) if e.cameo.startswith("05")]
    assert events and all((e.location or {}).get("name") == "Kwanar Dutse" for e in events)
