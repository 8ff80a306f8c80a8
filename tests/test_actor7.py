"""Actors that went unresolved: short names of bodies named in full earlier, juntas placed by an
"in" phrase, British-style offices and criminal investigation departments, and a few dated people."""

from __future__ import annotations

from datetime import date

from accord.api import code_text


def _sources(text: str, published: date = date(2024, 3, 2)) -> set[tuple[str, str]]:
    return {(e.source.country, e.source.sector) for e in code_text(text, date=published)}


def test_guards_after_the_full_name_are_that_corps() -> None:
    text = (
        "BAGHDAD (Reuters) - Iraq recalled its ambassador on Tuesday after missiles launched by Iran's "
        "Islamic Revolutionary Guard Corps hit a house in Erbil. The Guards said they had struck a spy "
        "base in Erbil."
    )
    assert ("IRN", "MIL") in _sources(text)


def test_front_after_the_polisario_front_is_that_front() -> None:
    text = (
        "RABAT (Reuters) - The Polisario Front said on Monday it would resume its armed struggle. "
        "Two days later the Front attacked Moroccan positions near the berm."
    )
    fronts = {(e.source.country, e.source.sector) for e in code_text(text) if e.source.text == "the Front"}
    assert fronts == {("ESH", "REB")}


def test_lower_case_guards_and_unnamed_court_take_no_earlier_body() -> None:
    text = (
        "TEHRAN (Reuters) - Iran's Islamic Revolutionary Guard Corps held drills near the Gulf on Monday. "
        "In Kabul, the guards attacked the protesters outside the ministry."
    )
    assert all(e.source.text != "the guards" or e.source.country != "IRN" for e in code_text(text))


def test_sentence_initial_short_name_is_not_taken_for_the_body() -> None:
    text = (
        "KHARTOUM (Reuters) - The Rapid Support Forces shelled El Fasher on Monday. "
        "Forces loyal to the army repelled the attack, officials said."
    )
    sides = {(e.source.text, e.source.country, e.source.sector) for e in code_text(text)}
    assert not any(t.startswith("Forces loyal") and s == "REB" for t, _, s in sides)


def test_junta_in_a_capital_is_that_capitals_junta() -> None:
    text = (
        "NAIROBI (Reuters) - Kenya's parliament met on Monday. "
        "The junta in Bamako expelled the French ambassador on Tuesday."
    )
    assert ("MLI", "MIL") in _sources(text)


def test_junta_without_a_place_stays_with_the_state_in_focus() -> None:
    text = (
        "NIAMEY (Reuters) - Niger's military leaders met envoys on Monday. "
        "The junta expelled the French ambassador on Tuesday."
    )
    assert ("NER", "MIL") in _sources(text)


def test_home_office_is_government() -> None:
    text = "LONDON (Reuters) - Britain's Home Office deported 20 migrants to Albania on Tuesday."
    assert ("GBR", "GOV") in _sources(text)


def test_criminal_investigations_directorate_is_police_not_criminals() -> None:
    text = "NAIROBI (Reuters) - Kenya's Directorate of Criminal Investigations arrested three suspects on Monday."
    assert ("KEN", "COP") in _sources(text)


def test_national_defense_force_is_military() -> None:
    text = "ADDIS ABABA (Reuters) - The Ethiopian National Defense Force shelled rebel positions on Monday."
    assert ("ETH", "MIL") in _sources(text)


def test_dated_people_resolve_by_surname() -> None:
    text = (
        "MAPUTO (AP) - Police fired tear gas at opposition candidate Venancio Mondlane on Monday. "
        "Mondlane accused the police of killing two of his allies."
    )
    assert ("MOZ", "OPP") in _sources(text, date(2024, 10, 28))
    text = "ISLAMABAD (Reuters) - Shafqat Ali Khan urged the Afghan government to act against militants."
    assert ("PAK", "GOV") in _sources(text, date(2025, 3, 14))
    assert ("PAK", "GOV") not in _sources(text, date(2023, 3, 14))
