"""Force with no named victim is done to the state where it happened (pipeline._victim_state)."""

from __future__ import annotations

from coded_events import coded


def test_rebels_taking_a_town_act_on_the_state_it_lies_in() -> None:
    text = (
        "M23 rebels took control of the town of Bunagana in the Democratic Republic of Congo on Monday, residents said."
    )
    assert ("COD", "COD", "192") in coded(text)


def test_gunmen_under_a_dateline_attack_the_dateline_state() -> None:
    text = (
        "MOGADISHU, Somalia (AP) - Gunmen stormed a beachfront hotel in the capital late on Friday "
        "and opened fire on diners, witnesses said."
    )
    assert ("", "SOM", "190") in coded(text)
