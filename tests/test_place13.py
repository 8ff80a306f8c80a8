"""Event locations on unseen text, session 13 (docs/PLACES.md, "Session 13")."""

from __future__ import annotations

from datetime import date

from accord.api import code_text


def _places(text: str) -> dict[str, str]:
    """trigger -> location name of every event coded from ``text``."""
    return {e.trigger: (e.location or {}).get("name", "") for e in code_text(text, date=date(2024, 2, 11))}


def test_a_seat_of_power_is_in_its_capital() -> None:
    # Filed from a third country: the talks at the Kremlin are in Moscow, not Nairobi.
    places = _places(
        "NAIROBI (Reuters) - Kenya's president is on a tour of Europe and Asia. "
        "On Tuesday he was received by President Vladimir Putin at the Kremlin, where the two leaders "
        "discussed grain exports."
    )
    assert places["discussed"] == "Moscow"


def test_a_meeting_in_the_oval_office_under_a_foreign_dateline() -> None:
    places = _places(
        "SEOUL (AP) - South Korean President Lee Jae-myung met U.S. President Donald Trump "
        "in the Oval Office on Monday."
    )
    assert places["met"] == "Washington"


def test_an_unlisted_dateline_is_a_town_of_the_country_printed_after_it() -> None:
    # "JASIONKA, Poland": a village by the Rzeszow airport that no gazetteer lists; the story's acts
    # are there, in Poland, not at the city the story names most (Kyiv, the visitor's capital).
    events = code_text(
        "JASIONKA, Poland (AP) - Polish President Andrzej Duda welcomed Ukrainian President Volodymyr "
        "Zelenskyy on Saturday and promised more air defence systems. Zelenskyy later returned to Kyiv, "
        "where he met Ukrainian commanders. Kyiv has asked for more systems.",
        date=date(2024, 2, 10),
    )
    welcomed = next(e for e in events if e.trigger == "welcomed")
    assert welcomed.location is not None
    assert (welcomed.location["name"], welcomed.location["country"]) == ("Jasionka", "POL")


def test_a_leader_who_arrived_in_the_datelines_country_speaks_there() -> None:
    # Not from N'Djamena: the story has brought him to Abuja.
    places = _places(
        "ABUJA (Reuters) - Chadian President Mahamat Deby arrived in Abuja on Saturday for a summit of "
        "regional leaders. Deby called on rebel groups to lay down their arms."
    )
    assert places["called"] == "Abuja"


def test_a_leader_at_home_still_speaks_from_his_capital() -> None:
    # The visitor arrived; the Chadian leader who speaks did not: his appeal is made at home.
    places = _places(
        "ABUJA (Reuters) - Nigerian President Bola Tinubu arrived in Abuja on Saturday from a summit in "
        "Paris. Chadian President Mahamat Deby called on rebel groups to lay down their arms."
    )
    assert places["called"] == "N'Djamena"


def test_a_district_named_after_its_small_seat() -> None:
    # Sukma (14,000 people) is only in the villages' tier; "Sukma district" is its district, not the
    # dateline's city.
    events = code_text(
        "RAIPUR (Reuters) - Maoist rebels attacked a police camp in Sukma district on Wednesday, "
        "killing three officers, police said.",
        date=date(2024, 2, 11),
    )
    attacked = next(e for e in events if e.trigger == "attacked")
    assert attacked.location is not None
    assert (attacked.location["name"], attacked.location["precision"]) == ("Sukma district", "admin1")


def test_a_village_in_a_district_is_the_village() -> None:
    places = _places(
        "KYIV (Reuters) - Russian troops shelled the village of Hroza in Kharkiv region on Thursday, "
        "killing 52 people, officials said."
    )
    assert places["shelled"] == "Hroza"


def test_an_unlisted_province_is_placed_in_the_datelines_country() -> None:
    events = code_text(
        "N'DJAMENA (Reuters) - Rebels attacked a Chadian army post in Tibesti province on Sunday, the army said.",
        date=date(2024, 2, 11),
    )
    attacked = next(e for e in events if e.trigger == "attacked")
    assert attacked.location is not None
    assert (attacked.location["name"], attacked.location["country"]) == ("Tibesti", "TCD")


def test_an_unlisted_pass_takes_the_possessors_region() -> None:
    places = _places(
        "ISLAMABAD (Reuters) - Separatist fighters ambushed a military convoy in Balochistan's Kojak Pass "
        "on Monday, killing six soldiers, the army said."
    )
    assert places["ambushed"] == "Kojak Pass"


def test_a_word_in_a_time_clause_is_not_placed_by_the_main_clause() -> None:
    places = _places(
        "ISLAMABAD (Reuters) - Pakistani troops shelled Afghan border posts in the Kojak Pass on Sunday, "
        "security sources said, a day after Islamabad accused Kabul of sheltering militants."
    )
    assert places["shelled"] == "Kojak Pass"
    assert places["accused"] == "Islamabad"


def test_a_threat_is_not_placed_where_its_object_is() -> None:
    # "who seized power in Niger" says who the generals are, not where the threat was made.
    places = _places(
        "WASHINGTON (Reuters) - The United States threatened the generals who seized power in Niger with sanctions on Monday."
    )
    assert places["threatened"] == "Washington"


def test_a_visit_is_in_the_hosts_country() -> None:
    events = code_text(
        "BRUSSELS (Reuters) - Ukrainian President Volodymyr Zelenskiy visited Poland and Lithuania this week, "
        "and Polish President Andrzej Duda hosted him at a dinner on Sunday, officials said.",
        date=date(2024, 2, 11),
    )
    for event in events:
        if event.cameo in {"042", "043"}:
            host = event.target if event.cameo == "042" else event.source
            assert host is not None and event.location is not None
            assert event.location["country"] == host.country, (event.trigger, event.cameo)
