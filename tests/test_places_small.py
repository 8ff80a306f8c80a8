"""Villages and small towns, seas and straits, Gaza, airports: the gazetteer's fallbacks (docs/PLACES.md)."""

from __future__ import annotations

import pytest

from accord.evaluation_locations import gold_place, is_same_city
from accord.model import Article
from accord.stages.ingest import article_from_record
from accord.stages.locations import Locator
from accord.stages.places import SmallPlaces, gazetteer, place_key

# -- gazetteer (no model) ------------------------------------------------------


def test_small_place_only_in_an_article_country() -> None:
    gaz = gazetteer()
    assert gaz.resolve("Velyka Novosilka") is None  # below 15,000 people: not in the main index
    place = gaz.resolve_small("Velyka Novosilka", {"UKR"})
    assert place is not None and (place.country, place.precision) == ("UKR", "city")
    assert gaz.resolve_small("Velyka Novosilka", {"USA"}) is None
    assert gaz.resolve_small("VELYKA NOVOSILKA", {"UKR"}) is not None  # a dateline in capitals


def test_small_place_anywhere_only_when_unique() -> None:
    gaz = gazetteer()
    assert gaz.resolve_small("Sudzha", anywhere=True) is not None
    assert gaz.resolve_small("Sudzha") is None  # no article country, no dateline: not taken


def test_small_places_leave_out_english_words() -> None:
    """Congress, Arizona and Liberty, Texas are villages; in a sentence they are words."""
    gaz = gazetteer()
    assert gaz.resolve_small("Congress", {"USA"}) is None
    assert gaz.resolve_small("Liberty", {"USA"}) is None


def test_small_places_key_and_missing_name() -> None:
    assert place_key("  Sveti  Nikolé ") == "sveti nikole"
    assert SmallPlaces().lookup("Nowhereville Xq") == []
    assert SmallPlaces().lookup("Ab") == []  # too short to trust


def test_gaza_alone_is_the_strip_gaza_city_the_city() -> None:
    strip, city = gazetteer().resolve("Gaza"), gazetteer().resolve("Gaza City")
    assert strip is not None and (strip.name, strip.country, strip.precision) == ("Gaza Strip", "PSE", "admin1")
    assert city is not None and (city.country, city.precision) == ("PSE", "city")


def test_seas_and_straits_are_regions() -> None:
    strait = gazetteer().resolve("the Strait of Hormuz")
    assert strait is not None and (strait.country, strait.precision) == ("IRN", "admin1")
    sea = gazetteer().resolve("Black Sea")
    assert sea is not None and sea.country == "" and sea.precision == "admin1"


def test_airports_by_full_name_only() -> None:
    gaz = gazetteer()
    airport = gaz.resolve("Sheremetyevo Airport")
    assert airport is not None and airport.country == "RUS" and airport.name.endswith("International Airport")
    assert gaz.resolve("Argyle International Airport").country == "VCT"  # type: ignore[union-attr]


def test_scorer_looks_gold_names_up_in_the_gold_country() -> None:
    """'Chasiv Yar' (UKR) is a town of 12,000; 'Zzyzx Flats' is known nowhere."""
    gaz = gazetteer()
    place = gold_place("Chasiv Yar", "UKR", gaz)
    assert place is not None and place.country == "UKR"
    assert gold_place("Chasiv Yar", "POL", gaz) is None
    near = {"name": "somewhere", "country": "UKR", "lat": place.lat + 0.05, "lon": place.lon, "precision": "city"}
    assert is_same_city("Chasiv Yar", "UKR", near, gaz)


def test_scorer_airport_is_its_town() -> None:
    predicted = {"name": "Argyle International Airport", "country": "VCT", "lat": 13.16, "lon": -61.15}
    assert is_same_city("Argyle", "VCT", dict(predicted, precision="city"))


# -- real sentences (model) ----------------------------------------------------


def _locate(coder, text: str, trigger: str, dateline: str | None, prefer: set[str], code: str):  # type: ignore[no-untyped-def]
    article = Article(id="t", text=text, dateline=dateline)
    doc = coder.nlp(text)
    sent = next(s for s in doc.sents if trigger in s.text)
    return Locator(article, prefer, coder.gazetteer, doc).locate(sent, text.index(trigger), code)


@pytest.mark.slow
def test_village_in_a_locative_phrase(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Russian artillery shelled residential streets in Velyka Novosilka on Tuesday, wounding four people."
    location = _locate(coder, text, "shelled", "Kyiv", {"UKR", "RUS"}, "190")
    assert location is not None and (location["name"], location["country"]) == ("Velyka Novosilka", "UKR")


@pytest.mark.slow
def test_village_of_phrase(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Armed men attacked a police post in the village of Sotk late on Friday, officials said."
    location = _locate(coder, text, "attacked", "Yerevan", {"ARM", "AZE"}, "190")
    assert location is not None and (location["name"], location["country"]) == ("Sotk", "ARM")


@pytest.mark.slow
def test_village_abroad_is_not_taken(coder) -> None:  # type: ignore[no-untyped-def]
    """A village of a country the article is not about is no evidence: the dateline stands."""
    text = "Protesters marched in Sotk on Saturday, the organisers said."
    location = _locate(coder, text, "marched", "Lima", {"PER"}, "141")
    assert location is None or location["country"] == "PER"


@pytest.mark.slow
def test_common_word_that_is_a_village_is_not_a_place(coder) -> None:  # type: ignore[no-untyped-def]
    """Limbo is a Philippine town of 4,800 people; a title-case headline means the word."""
    text = "Government Suspends Talks With Rebels, Leaving Peace Deal in Limbo"
    location = _locate(coder, text, "Suspends", "Manila", {"PHL"}, "16")
    assert location is not None and location["name"] == "Manila"


@pytest.mark.slow
def test_dateline_only_article_from_a_small_town(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "SUDZHA, Russia (Reuters) - Ukrainian drones struck a fuel depot on the edge of the town overnight, "
        "the regional governor said on Wednesday."
    )
    coded = next(iter(coder.code([article_from_record({"text": text, "date": "2024-08-10"}, "test")])))
    assert coded.dateline and coded.dateline.casefold() == "sudzha"
    assert coded.events
    assert all(e.location and (e.location["name"], e.location["country"]) == ("Sudzha", "RUS") for e in coded.events)


@pytest.mark.slow
def test_event_in_the_taiwan_strait(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Chinese warships held live-fire drills in the Taiwan Strait on Monday, Taiwan's defence ministry said."
    location = _locate(coder, text, "drills", "Taipei", {"CHN", "TWN"}, "152")
    assert location is not None and (location["name"], location["precision"]) == ("Taiwan Strait", "admin1")


@pytest.mark.slow
def test_gaza_means_the_strip(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Israeli air strikes killed at least 12 people in Gaza overnight, local health officials said."
    location = _locate(coder, text, "killed", "Jerusalem", {"ISR", "PSE"}, "190")
    assert location is not None and (location["name"], location["country"]) == ("Gaza Strip", "PSE")


@pytest.mark.slow
def test_gaza_city_is_the_city(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Israeli tanks pushed into the western districts of Gaza City on Tuesday, residents said."
    location = _locate(coder, text, "pushed", "Jerusalem", {"ISR", "PSE"}, "190")
    assert location is not None and (location["name"], location["precision"]) == ("Gaza City", "city")


@pytest.mark.slow
def test_sea_without_a_country_places_nothing(coder) -> None:  # type: ignore[no-untyped-def]
    """'the Black Sea' borders six countries: the dateline stands."""
    text = "Russian jets intercepted a British reconnaissance plane over the Black Sea on Friday."
    location = _locate(coder, text, "intercepted", "Moscow", {"RUS", "GBR"}, "190")
    assert location is not None and location["name"] == "Moscow"


@pytest.mark.slow
def test_meeting_at_an_airport(coder) -> None:  # type: ignore[no-untyped-def]
    text = "The two presidents met for three hours at Argyle International Airport on Thursday."
    location = _locate(coder, text, "met", "Kingstown", {"VCT", "GUY", "VEN"}, "040")
    assert location is not None and (location["name"], location["country"]) == ("Argyle International Airport", "VCT")
