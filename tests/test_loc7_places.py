"""Branch loc7: the small-place tier's seats of divisions and alternate names (docs/PLACES.md,
villages and small towns).  News names front-line villages by spellings GeoNames keeps as
alternate names ("Marinka" for "Mar'yinka", "Huliaipole" for "Hulyaypole"), and GeoNames lists
many district seats (Tessalit, Deou) without a population."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text
from accord.stages.places import gazetteer, place_key

# -- gazetteer (no model) ------------------------------------------------------


def test_alternate_names_of_small_places_in_article_countries() -> None:
    gaz = gazetteer()
    for name, shown in (("Marinka", "Mar'yinka"), ("Huliaipole", "Hulyaypole"), ("Turmus Ayya", "Turmus‘ayyā")):
        place = gaz.resolve_small(name, {"UKR", "PSE"})
        assert place is not None and place.name == shown and not place.is_exact


def test_seats_of_divisions_without_a_population_are_known() -> None:
    gaz = gazetteer()
    for name, country in (("Tessalit", "MLI"), ("Deou", "BFA"), ("Adraskan", "AFG")):
        place = gaz.resolve_small(name, {country})
        assert place is not None and place.country == country and place.population == 0


def test_alternate_names_only_in_article_countries_and_never_for_a_dateline_abroad() -> None:
    gaz = gazetteer()
    assert gaz.resolve_small("Marinka", {"GBR"}) is None
    assert gaz.resolve_small("Marinka", anywhere=True) is None  # only main names count abroad
    assert gaz.resolve_small("Tessalit", anywhere=True) is not None


def test_a_main_name_beats_an_alternate_name_in_the_same_country() -> None:
    place = gazetteer().resolve_small("Maryinka", {"UKR"})
    assert place is not None and place.is_exact


def test_apostrophes_do_not_separate_spellings() -> None:
    assert place_key("Mar’yinka") == place_key("Mar'yinka") == place_key("Maryinka") == "maryinka"


# -- coded articles (model) ----------------------------------------------------


def places(text: str, trigger: str) -> list[str | None]:
    """The location name of each event whose trigger is ``trigger``."""
    return [(e.location or {}).get("name") for e in code_text(text, date=date(2024, 5, 2)) if e.trigger == trigger]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "KYIV - Russian forces shelled the town of Marinka on Tuesday, the regional governor said.",
            "shelled",
            "Mar'yinka",
        ),
        (
            "KYIV - Russian troops attacked Ukrainian positions near Huliaipole overnight, the general staff said.",
            "attacked",
            "Hulyaypole",
        ),
        (
            "BAMAKO - Suspected jihadists attacked an army camp in Tessalit on Sunday, the Malian army said.",
            "attacked",
            "Tessalit",
        ),
        (
            "RAMALLAH - Israeli settlers attacked Palestinian homes in Turmus Ayya on Friday, "
            "the Palestinian health ministry said.",
            "attacked",
            "Turmus‘ayyā",
        ),
    ],
)
def test_small_places_in_sentences(text: str, trigger: str, expected: str) -> None:
    assert places(text, trigger) == [expected]


@pytest.mark.slow
def test_a_person_named_like_a_village_is_no_place() -> None:
    """'Marinka' as a first name is a subject, not a locative phrase: the dateline places the act."""
    text = "KYIV - Marinka Petrenko, a Ukrainian lawmaker, accused Russia on Tuesday of deporting children."
    assert set(places(text, "accused")) <= {"Kyiv"}


@pytest.mark.slow
def test_an_alternate_name_of_a_village_abroad_is_no_place() -> None:
    """A Ukrainian village's alternate name in a British story is not taken."""
    text = "LONDON - British police arrested two men in Marinka on Tuesday, Scotland Yard said."
    assert "Mar'yinka" not in places(text, "arrested")
