"""Session 17 rules, on sentences written in the style of wire copy, parsed by the real model."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def _keys(text: str, day: date = date(2025, 7, 10)) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO code) of every event coded from ``text``."""
    return {(e.source.country, e.target.country if e.target else "", e.cameo) for e in code_text(text, date=day)}


def test_an_envoy_called_in_is_summoned() -> None:
    keys = _keys(
        "BRASILIA (Reuters) - Brazil's foreign ministry called in the U.S. charge d'affaires on Wednesday "
        "over the tariff letter, officials said."
    )
    assert ("BRA", "USA", "114") in keys
    # a call for an envoy to act is no summons
    assert ("BRA", "USA", "114") not in _keys("Brazil called on the U.S. ambassador to explain the tariff letter.")


def test_a_threatened_act_with_no_object_is_aimed_at_whom_its_condition_names() -> None:
    keys = _keys(
        "WASHINGTON (AP) - A senior U.S. official said on Tuesday that the Taliban had broken their word by "
        "sheltering the al-Qaida leader, and warned that the United States would act again if threats "
        "emerged from Afghanistan.",
        date(2022, 8, 2),
    )
    assert ("USA", "AFG", "130") in keys


def test_a_legislature_voting_to_remove_a_leader_from_office() -> None:
    keys = _keys(
        "LIMA, Peru (AP) - Peru's Congress voted in the early hours of Friday to remove President Dina "
        "Boluarte from office for what lawmakers called permanent moral incapacity.",
        date(2025, 10, 10),
    )
    assert ("PER", "PER", "172") in keys
    # troops removed from a border are a withdrawal, not an official removed
    assert not any(code == "172" for _, _, code in _keys("Peru removed its troops from the border on Friday."))


def test_concern_about_another_state_s_act_is_disapproval() -> None:
    keys = _keys(
        "Indonesia said on Thursday it was deeply concerned about Australia's plan to acquire "
        "nuclear-powered submarines.",
        date(2021, 9, 17),
    )
    assert ("IDN", "AUS", "111") in keys
    # doubt about how talks will go is still a pessimistic comment, not a rebuke
    assert not any(
        code.startswith("11")
        for _, _, code in _keys("The Qatari envoy expressed doubt that the talks would resume this month.")
    )


def test_words_of_diplomatic_criticism_are_verdicts() -> None:
    assert ("ITA", "FRA", "111") in _keys(
        "ROME (Reuters) - Italy's Foreign Minister Antonio Tajani called the French response disproportionate "
        "on Friday, after Paris froze its pledge to take in migrants.",
        date(2022, 11, 11),
    )
    # the same adjective of something no one did judges no one
    assert not any(
        code.startswith("11")
        for _, _, code in _keys("Italy's Foreign Minister Antonio Tajani called the waves disproportionate on Friday.")
    )


def test_a_reported_clause_that_lays_an_undermining_on_a_state_accuses_it() -> None:
    keys = _keys("Russia's foreign ministry said on Monday that Washington had undermined the talks on Ukraine.")
    assert ("RUS", "USA", "112") in keys
    assert ("RUS", "USA", "112") not in _keys(
        "Russia's foreign ministry said on Monday that nobody had undermined the talks on Ukraine."
    )


def test_a_town_s_namesake_abroad_makes_no_foreign_state_a_target() -> None:
    keys = _keys(
        "MAPUTO, Mozambique (Reuters) - Islamist insurgents stormed the northern Mozambican town of Palma "
        "on Wednesday, Mozambique's defence ministry said, and fighting went on for three days.\n\n"
        "The insurgents attacked Palma from three directions, the ministry said. South Africa sent a "
        "navy vessel to help evacuate foreign workers.",
        date(2021, 3, 29),
    )
    assert not any(target == "ESP" for _, target, _ in keys)
    # a story that names only the attacker leaves the other side to the place: Kherson is Ukraine's
    assert ("RUS", "UKR", "190") in _keys("Artillery shells fired by Russian forces killed three people in Kherson.")


def test_a_person_s_own_spokesman_or_lawyer_speaks_for_that_person_s_side() -> None:
    keys = _keys(
        "LONDON (Reuters) - Former Pakistani Prime Minister Imran Khan was sentenced to 14 years in prison "
        "on Friday.\n\nHis spokesman thanked Britain for its support.",
        date(2025, 1, 17),
    )
    assert ("PAK", "GBR", "051") in keys
    # an aide named with no one before is nobody's
    assert not any(
        source == "PAK" for source, _, _ in _keys("LONDON (Reuters) - His spokesman thanked Britain for its support.")
    )


def test_leaders_who_witness_the_signing_of_documents_agree() -> None:
    keys = _keys(
        "BEIJING, April 14 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian President Luiz "
        "Inacio Lula da Silva in Beijing on Friday.\n\nAfter the talks, the two presidents witnessed the "
        "signing of 15 cooperation documents covering trade and investment.",
        date(2023, 4, 14),
    )
    assert {("CHN", "BRA", "057"), ("BRA", "CHN", "057")} <= keys
    # witnessing a crime is no agreement
    assert not any(
        code == "057" for _, _, code in _keys("Chinese tourists witnessed the shooting in Brasilia on Friday.")
    )


def test_support_for_measures_taken_by_a_state_is_aimed_at_that_state() -> None:
    keys = _keys(
        "PYONGYANG (KCNA) -- North Korean leader Kim Jong Un said his government fully supports the measures "
        "taken by the Russian government to defend its sovereignty.",
        date(2023, 9, 14),
    )
    assert ("PRK", "RUS", "051") in keys


def test_countermeasures_announced_against_a_body_are_sanctions() -> None:
    keys = _keys(
        "BEIJING (Global Times) -- The Chinese Foreign Ministry on Friday announced countermeasures against "
        "the Hudson Institute, a US think tank.",
        date(2023, 4, 7),
    )
    assert ("CHN", "USA", "163") in keys
