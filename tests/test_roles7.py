"""Sides that news leaves to earlier sentences: whom a denial answers, whose raid is condemned, whose
national is investigated (branch roles7).

Each test holds short articles written for it; the coder's events are compared as (source country,
target country, CAMEO code) with tests/coded_events.py.
"""

from __future__ import annotations

from coded_events import coded


def test_a_denial_answers_the_accuser_told_before() -> None:
    """'Minsk rejected the accusations' after 'Poland accused Belarus of ...'."""
    accused = "Poland accused Belarus on Monday of pushing migrants across the border. Minsk rejected the accusations as absurd."
    assert ("BLR", "POL", "016") in coded(accused)


def test_a_denial_answers_the_state_that_acted_against_the_denier() -> None:
    """The charge itself is reported speech; the expulsion that came with it is what the article coded."""
    expelled = (
        "Germany expelled two Russian diplomats on Wednesday after prosecutors linked a plot to Moscow. "
        "The Russian ambassador rejected the accusations and said Moscow would respond."
    )
    assert ("RUS", "DEU", "016") in coded(expelled)


def test_a_standing_denial_or_one_with_nobody_before_codes_nothing() -> None:
    """'Rwanda denies arming the rebels' is a position repeated as background, not a new denial."""
    assert not any(
        code == "016"
        for _, _, code in coded("Rwanda denies arming the rebels and says its troops act in self-defence.")
    )
    assert not any(code == "016" for _, _, code in coded("The ministry rejected the accusations on Monday."))
    # the denier's own act against others names no accuser
    own_act = (
        "Russian missiles struck a shopping centre in Kharkiv on Sunday, killing six people. "
        "The Kremlin has denied targeting civilians."
    )
    assert not any(code == "016" for _, _, code in coded(own_act))


def test_the_raid_takes_up_a_raid_coded_as_an_arrest() -> None:
    """'Brazil condemned the raid' after 'police stormed the embassy and arrested ...' (a raid is force or coercion)."""
    embassy = (
        "Ecuadorian police stormed the Mexican embassy in Quito on Friday and arrested a former vice president "
        "who had sheltered there. Brazil condemned the raid on Saturday."
    )
    assert ("BRA", "ECU", "111") in coded(embassy)
    newspaper = (
        "Police in Kenya raided the offices of an opposition newspaper in Nairobi on Tuesday and detained six "
        "journalists. The United States condemned the raid."
    )
    assert ("USA", "KEN", "111") in coded(newspaper)


def test_a_raid_with_no_known_doer_gives_no_target() -> None:
    """Nobody coded as raiding anyone: the condemnation has no one to be aimed at."""
    mosque = "A raid on a mosque in the capital killed four worshippers. The government condemned the raid."
    assert not any(code.startswith("11") for _, _, code in coded(mosque))


def test_an_investigation_into_a_named_person_of_no_known_state_is_domestic() -> None:
    """'prosecutors opened an investigation into Zuniga': the investigated are the investigator's own.
    (Criminal investigations are 091 since conv12: docs/ANNOTATION.md, "Criminal investigations".)"""
    general = "Prosecutors in Bolivia said they had opened an investigation into Juan Jose Zuniga for armed rebellion."
    assert ("BOL", "BOL", "091") in coded(general)
    mayor = "Turkish prosecutors launched an investigation into Ekrem Imamoglu on charges of corruption."
    assert ("TUR", "TUR", "091") in coded(mayor)
    radio = "The Kyrgyz Interior Ministry opened a criminal case over reports by Radio Azattyk."
    assert ("KGZ", "KGZ", "091") in coded(radio)


def test_an_investigation_into_an_act_or_unnamed_people_keeps_no_target() -> None:
    """Acts and common nouns ('the crew', 'the killing') may be foreign: coders leave no target."""
    assert ("KEN", "", "091") in coded("Kenyan police opened an investigation into the killing of a lawyer in Nairobi.")
    assert ("FIN", "", "090") in coded("Finnish police said they were investigating the crew of the tanker.")
