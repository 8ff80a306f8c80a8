"""Session 15 rules, on sentences written in the style of wire copy, parsed by the real model."""

from __future__ import annotations

from datetime import date

from accord.api import code_text, default_coder
from accord.stages.ingest import article_from_record


def _keys(text: str, day: date = date(2025, 10, 30)) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of every event coded from ``text``."""
    return {(e.source.country, e.target.country if e.target else "", e.cameo[:2]) for e in code_text(text, date=day)}


def test_a_first_meeting_since_a_year_is_todays_meeting() -> None:
    # "since 2019" dates the record the meeting breaks, not the meeting.
    keys = _keys(
        "SEOUL (Reuters) - Japanese Prime Minister Shigeru Ishiba said on Friday he had agreed with South Korean "
        "President Lee Jae-myung to deepen cooperation, after the two leaders held talks and met for the first "
        "time since the election."
    )
    assert ("JPN", "KOR", "04") in keys and ("KOR", "JPN", "04") in keys
    keys = _keys(
        "BRASILIA (Reuters) - Argentine President Javier Milei said he had agreed with Brazilian President Luiz "
        "Inacio Lula da Silva to reopen trade talks, after the two leaders met for the first time since 2023."
    )
    assert ("ARG", "BRA", "04") in keys and ("BRA", "ARG", "04") in keys


def test_a_since_date_on_a_running_total_still_marks_background() -> None:
    keys = _keys(
        "KHARTOUM - Talks stalled on Monday. Paramilitary fighters have killed more than 2,000 civilians "
        "in the city since 2023, a monitoring group said."
    )
    assert not any(root in {"18", "19", "20"} for _, _, root in keys)


def test_two_leaders_who_talked_held_talks() -> None:
    keys = _keys(
        "ISTANBUL (AP) - Turkish President Recep Tayyip Erdogan hosted Iraqi Prime Minister Mohammed Shia "
        "al-Sudani on Tuesday. Erdogan and al-Sudani talked for nearly three hours about water and security, "
        "officials said."
    )
    assert ("TUR", "IRQ", "04") in keys and ("IRQ", "TUR", "04") in keys


def test_one_speaker_who_talked_at_a_rally_meets_no_one() -> None:
    keys = _keys("COLUMBUS, Ohio (AP) - Trump talked for an hour at a rally on Saturday about jobs and inflation.")
    assert not any(root == "04" for _, _, root in keys)


def test_a_junta_accusing_another_state_is_the_datelines_junta() -> None:
    keys = _keys(
        "NIAMEY, Niger (AP) - Niger's ruling generals suspended French broadcasters on Saturday, and France said "
        "it would evacuate its citizens. On Sunday the junta accused Paris of plotting to restore the ousted president.",
        date(2023, 8, 6),
    )
    assert ("NER", "FRA", "11") in keys
    assert ("FRA", "FRA", "11") not in keys


def test_stones_thrown_while_attacking_an_embassy_are_the_same_attack() -> None:
    keys = _keys(
        "KHARTOUM (Reuters) - Hundreds of protesters attacked the Egyptian Embassy in the capital on Friday, "
        "throwing stones and setting fires along its walls.",
        date(2024, 2, 9),
    )
    assert ("SDN", "EGY", "14") in keys
    assert not {k for k in keys if k[0] == "SDN" and k[1] in {"SDN", ""}}


def test_a_signing_that_closes_an_agreement_is_still_a_signing() -> None:
    keys = _keys(
        "ANKARA (Reuters) - Kenya and Ethiopia agreed on Thursday to end a dispute over grazing land, signing "
        "a declaration after talks hosted by the Turkish president.",
        date(2024, 12, 12),
    )
    assert ("KEN", "ETH", "05") in keys and ("ETH", "KEN", "05") in keys


def test_an_extradition_is_judicial_cooperation_with_the_receiving_state() -> None:
    keys = _keys(
        "GUATEMALA CITY (AP) - Guatemala on Wednesday extradited a former interior minister to the United "
        "States, where he faces drug trafficking charges.",
        date(2023, 5, 17),
    )
    assert ("GTM", "USA", "06") in keys


def test_lifting_sanctions_imposed_on_a_state_eases_them_for_that_state() -> None:
    keys = _keys(
        "BRUSSELS (Reuters) - The European Union on Monday lifted the sanctions it imposed on Belarusian "
        "potash producers in 2021, diplomats said.",
        date(2024, 2, 26),
    )
    assert ("IGO", "BLR", "08") in keys


def test_welcoming_a_resolution_praises_the_body_that_adopted_it() -> None:
    keys = _keys(
        "UNITED NATIONS (Reuters) - The U.N. Security Council on Friday unanimously imposed new sanctions on "
        "North Korea over its latest missile launch. Japan's foreign minister, Taro Kono, welcomed the vote.",
        date(2017, 12, 22),
    )
    assert ("JPN", "IGO", "05") in keys


def test_condemned_strikes_by_two_states_condemn_both() -> None:
    keys = _keys(
        "BRUSSELS (Reuters) - NATO Secretary-General Jens Stoltenberg on Friday condemned what he called the "
        "reckless air strikes by the Syrian government and Russia in Idlib province.",
        date(2020, 2, 28),
    )
    assert ("IGO", "SYR", "11") in keys and ("IGO", "RUS", "11") in keys


def test_troops_who_came_to_blows_fought() -> None:
    keys = _keys(
        "NEW DELHI (Reuters) - Indian and Chinese troops came to blows on Friday along their disputed "
        "border in Arunachal Pradesh, the Indian army said.",
        date(2022, 12, 13),
    )
    assert ("IND", "CHN", "19") in keys and ("CHN", "IND", "19") in keys


def test_a_place_two_letters_from_a_state_is_no_misspelt_state() -> None:
    # "Tawang" and "Taiwan" share a deletion ("Tawan") but are two edits apart; "Ethopia" is one.
    lexicon = default_coder().actors
    assert lexicon.near_name("Tawang") == []
    assert {e.country for e in lexicon.near_name("Ethopia")} == {"ETH"}
    assert {e.country for e in lexicon.near_name("Isreali")} == {"ISR"}


def test_a_strike_by_named_forces_that_killed_soldiers_is_those_forces_attack() -> None:
    keys = _keys(
        "ISTANBUL (Reuters) - An air strike by Syrian government forces killed 33 Turkish soldiers in Idlib "
        "province late on Thursday, Turkish officials said.",
        date(2020, 2, 28),
    )
    assert ("SYR", "TUR", "19") in keys


def test_a_loan_secured_from_a_lender_is_the_lenders_aid() -> None:
    keys = _keys("ISLAMABAD (Reuters) - Pakistan secured a $3 billion loan from the IMF on Friday.", date(2023, 6, 30))
    assert ("IGO", "PAK", "07") in keys
    keys = _keys("KYIV (Reuters) - Ukraine won fresh security guarantees from Britain on Thursday.", date(2024, 1, 12))
    assert ("GBR", "UKR", "03") in keys


def test_a_court_that_ruled_a_state_violated_rights_accuses_it() -> None:
    keys = _keys(
        "WASHINGTON (Reuters) - A federal judge ruled on Monday that the Trump administration had violated a "
        "court order by deporting the men to El Salvador.",
        date(2025, 4, 14),
    )
    assert ("USA", "USA", "11") in keys


def test_leaders_who_adopted_a_joint_declaration_signed_it_with_each_other() -> None:
    keys = _keys(
        "TOKYO (Kyodo) - The leaders of Japan, China and South Korea held talks in Tokyo on Sunday and adopted a "
        "joint declaration on trade and disaster relief.",
        date(2018, 5, 9),
    )
    assert {("JPN", "CHN", "05"), ("CHN", "KOR", "05"), ("KOR", "JPN", "05")} <= keys


def test_a_state_that_has_to_act_is_told_to() -> None:
    keys = _keys("BERLIN (Reuters) - Scholz said on Friday that Russia has to withdraw its troops from Ukraine.")
    assert ("DEU", "RUS", "10") in keys
    keys = _keys("BERLIN (Reuters) - Scholz said on Friday that Russia did not have to give up anything.")
    assert ("DEU", "RUS", "10") not in keys


def test_a_flagged_ship_is_its_flags_state_not_its_destination() -> None:
    keys = _keys(
        "DUBAI (Reuters) - Iran's navy seized a Marshall Islands-flagged oil tanker bound for the United States "
        "in the Gulf of Oman on Thursday, the U.S. Navy said.",
        date(2023, 4, 27),
    )
    assert ("IRN", "MHL", "17") in keys and ("IRN", "USA", "17") not in keys


def test_a_numbered_fleet_is_the_us_navy() -> None:
    keys = _keys(
        "DUBAI (Reuters) - Iran's navy seized an oil tanker in the Gulf of Oman on Thursday. In a statement, the "
        "5th Fleet demanded that Tehran release the tanker immediately.",
        date(2023, 4, 27),
    )
    assert ("USA", "IRN", "10") in keys


def test_the_sentence_filter_keeps_a_reported_have_to() -> None:
    # The obligation is told with "had to", no "must": the filter must still parse the sentence.
    coder = default_coder()
    article = article_from_record(
        {
            "text": "MEXICO CITY (Reuters) - Mexico's president spoke on Friday. Sheinbaum said the U.S. "
            "government had to hand over a complete report on the raid.",
            "date": "2024-07-27",
        },
        "have-to",
    )
    _, (_, prefilter) = coder.select(article)
    kept = [article.text[s:e] for s, e in prefilter.selection.kept]
    assert any("had to hand over" in k for k in kept)


def test_condemning_a_killing_by_unknown_gunmen_condemns_the_gunmen() -> None:
    keys = _keys(
        "OWO, Nigeria (AP) - Gunmen armed with explosives and rifles stormed a Catholic church in southwestern "
        "Nigeria on Sunday, killing dozens of worshippers. President Muhammadu Buhari condemned what he called "
        "the heinous killing of the worshippers.",
        date(2022, 6, 6),
    )
    assert ("NGA", "", "11") in keys


def test_a_state_that_did_the_act_is_condemned_before_unknown_attackers() -> None:
    keys = _keys(
        "BAGHDAD (Reuters) - U.S. aircraft struck militia positions near al-Qaim on Friday. Unidentified "
        "gunmen later killed two policemen in Baghdad. Iran's foreign ministry condemned the strikes.",
        date(2024, 2, 3),
    )
    assert ("IRN", "USA", "11") in keys
