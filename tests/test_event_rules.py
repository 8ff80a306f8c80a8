"""The coding rules beyond plain subject-verb-object, each on a realistic sentence with the real model."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text
from accord.model import Event

pytestmark = pytest.mark.slow


def coded(text: str, published: date = date(2024, 3, 15)) -> list[tuple[str, str, str]]:
    """(source code, target code, CAMEO) of each event in a text."""
    return [(e.source.code, e.target.code if e.target else "", e.cameo) for e in code_text(text, date=published)]


def roots(events: list[Event]) -> set[str]:
    return {e.info.root for e in events}


def test_reported_future_is_an_intent() -> None:
    events = code_text(
        "Israel announced it would free 150 Palestinian prisoners by the end of the month.", date=date(2024, 3, 15)
    )
    assert any(e.info.root == "03" and e.source.country == "ISR" for e in events)
    assert not any(e.info.root == "08" for e in events)


def test_negated_promise_is_a_refusal() -> None:
    events = code_text("President Biden said he would not provide fighter jets to Ukraine.", date=date(2023, 1, 31))
    assert any(e.info.root == "12" and e.source.country == "USA" for e in events)


def test_announced_force_is_a_threat() -> None:
    events = code_text(
        "Iran said it will strike Israeli targets if attacks on its soil continue.", date=date(2024, 4, 10)
    )
    assert all(e.info.root != "19" for e in events)


def test_must_in_reported_speech_is_a_demand() -> None:
    assert ("GBRGOV", "LBY", "100") in coded(
        "British Foreign Secretary David Cameron said Libya must hand over the suspects without delay."
    )


def test_reaction_targets_the_perpetrator_of_the_act_it_names() -> None:
    text = (
        "Russian forces fired missiles at Kharkiv on Thursday, killing four people.\n\n"
        "The European Union condemned the strikes on Friday."
    )
    condemn = [e for e in code_text(text, date=date(2024, 5, 24)) if e.info.root == "11"]
    assert condemn and condemn[0].target is not None and condemn[0].target.country == "RUS"


def test_crowd_violence_is_rioting() -> None:
    events = code_text(
        "NAIROBI - Protesters stormed the parliament building and set part of it on fire on Tuesday.",
        date=date(2024, 6, 25),
    )
    assert events and all(e.cameo == "145" for e in events if e.source.sector in {"OPP", "CVL"})


def test_security_forces_firing_on_protesters_is_repression() -> None:
    events = code_text(
        "LAGOS - Soldiers opened fire on peaceful protesters at the Lekki toll gate on Tuesday night.",
        date=date(2020, 10, 21),
    )
    assert any(e.cameo == "175" and e.source.code == "NGAMIL" for e in events)


def test_police_shooting_into_a_crowd_of_their_own_state_is_repression_not_a_fight() -> None:
    events = code_text(
        "YANGON - Police in the capital fired rubber bullets and live rounds on Tuesday to break up a crowd "
        "of Myanmar citizens, critically wounding a 19-year-old woman, witnesses said.",
        date=date(2021, 2, 10),
    )
    force = [e for e in events if e.source.code == "MMRCOP" and e.target is not None and e.target.country == "MMR"]
    assert force and all(e.cameo == "175" for e in force)
    # An air strike by a state's army on its own villagers keeps its code.
    events = code_text(
        "Myanmar's military bombed a village in the Sagaing region on Tuesday, killing dozens of civilians, "
        "residents said.",
        date=date(2023, 4, 12),
    )
    assert not any(e.cameo == "175" for e in events)
    # Filed from Kyiv, civilians of no named state killed by Russian forces are no Russian public.
    events = code_text(
        "KYIV - Russian troops shelled Huliaipole on Tuesday. Russian forces killed two civilians, "
        "the regional governor said.",
        date=date(2024, 1, 5),
    )
    assert not any(e.cameo == "175" for e in events)


def test_passive_arrest_without_agent_is_by_the_state() -> None:
    events = code_text(
        "Opposition leader Alexei Navalny was detained on Sunday at a Moscow airport.", date=date(2021, 1, 18)
    )
    arrest = [e for e in events if e.info.root == "17"]
    assert arrest and arrest[0].source.country == "RUS"


def test_curfew_falls_on_the_state_own_people() -> None:
    assert any(
        s.startswith("NGA") and t == "NGACVL" and c.startswith("172")
        for s, t, c in coded(
            "LAGOS - Lagos Governor Babajide Sanwo-Olu imposed a 24-hour curfew across the state on Tuesday.",
            date(2020, 10, 20),
        )
    )


def test_running_totals_are_not_news() -> None:
    events = code_text(
        "More than 1,300 people have been killed by security forces since the coup, a monitoring group said.",
        date=date(2021, 12, 27),
    )
    assert not [e for e in events if e.info.root in {"18", "19"}]


def test_the_two_sides_are_the_states_the_article_is_about() -> None:
    text = (
        "Chinese President Xi Jinping arrived in Astana on Wednesday for talks with Kazakh President "
        "Kassym-Jomart Tokayev. China and Kazakhstan are close partners.\n\n"
        "The two leaders signed a joint statement on deepening their partnership."
    )
    pairs = {
        (e.source.country, e.target.country if e.target else "")
        for e in code_text(text, date=date(2022, 9, 14))
        if e.cameo == "057"
    }
    assert pairs == {("CHN", "KAZ"), ("KAZ", "CHN")}


def test_acts_someone_is_urged_to_stop_are_not_coded() -> None:
    events = code_text("Western diplomats urged both generals to stop fighting on Sunday.", date=date(2023, 4, 16))
    assert not [e for e in events if e.info.root == "19"]
