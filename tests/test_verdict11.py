"""Verdicts passed on an act, aimed at whoever did it (branch verdict11): "branded the ruling a witch
hunt", "called the strike a deliberate killing of civilians", "called Russia's behaviour reckless",
"condemned the war games as a provocation", "lashed out at what he called an act of terror"."""

from __future__ import annotations

from coded_events import coded


def denounced(text: str) -> set[tuple[str, str]]:
    """(source, target) of each CAMEO 111 event coded in a text."""
    return {(src, tgt) for src, tgt, code in coded(text) if code == "111"}


# Labels the parser does not make an 'oprd': a second object, an adjective after the noun, an adjective on 'as'.


def test_witch_hunt_as_second_object_denounces_the_court_state() -> None:
    text = (
        "A court in Ankara convicted the opposition mayor of corruption on Tuesday. "
        "German Foreign Minister Annalena Baerbock branded the verdict a witch hunt."
    )
    assert ("DEU", "TUR") in denounced(text)


def test_adjective_after_the_object_denounces_its_owner() -> None:
    assert ("JPN", "CHN") in denounced("Japan's defence minister called China's conduct reckless and dangerous.")


def test_adjective_on_as_denounces_the_act() -> None:
    text = (
        "Israeli troops raided the offices of Al Jazeera in Ramallah on Sunday. "
        "Qatar's foreign ministry denounced the raid as illegal and immoral."
    )
    assert ("QAT", "ISR") in denounced(text)


def test_killing_of_civilians_as_a_label() -> None:
    text = (
        "Russian artillery shelled a market in Kostiantynivka on Wednesday, killing 16 people. "
        "Ukraine's foreign minister called the shelling a deliberate killing of civilians."
    )
    assert ("UKR", "RUS") in denounced(text)


def test_coup_attempt_as_a_label() -> None:
    text = (
        "Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday. "
        "The leader of the opposition People's Party described the detention as a coup attempt."
    )
    assert ("TUR", "TUR") in denounced(text)


def test_criminal_with_the_act_as_its_compound() -> None:
    text = (
        "Israeli jets bombed a residential compound in Doha on Tuesday. "
        "The Saudi foreign ministry called the bombing criminal."
    )
    assert ("SAU", "ISR") in denounced(text)


# Acts whose doer the article told of: drills, rulings, a name given in 'what he called'.


def test_condemned_war_games_target_whoever_held_them() -> None:
    text = (
        "China began large-scale war games around Taiwan on Monday, sending warships and jets. "
        "Taiwan's presidential office condemned the war games as an irrational provocation."
    )
    assert ("TWN", "CHN") in denounced(text)


def test_ruling_of_an_unparsed_court_falls_to_the_state_the_story_is_about() -> None:
    text = (
        "Georgia's Constitutional Court annulled the results of the local elections on Friday. "
        "The U.S. State Department condemned the ruling as illegal."
    )
    assert ("USA", "GEO") in denounced(text)


def test_lashed_out_at_what_it_called_an_act_of_terror() -> None:
    text = (
        "A Russian missile struck an apartment block in Dnipro on Saturday, killing 40 people. "
        "Ukraine's foreign ministry lashed out at what it called a deliberate act of terror."
    )
    assert ("UKR", "RUS") in denounced(text)


# Look-alikes: the same shapes with words that do not condemn.


def test_praising_adjective_after_the_object_denounces_nobody() -> None:
    assert not denounced("Japan's defence minister called China's conduct responsible and constructive.")


def test_routine_drills_denounce_nobody() -> None:
    text = (
        "China began large-scale war games around Taiwan on Monday, sending warships and jets. "
        "Taiwan's presidential office described the war games as routine."
    )
    assert not denounced(text)


def test_a_ruling_called_a_victory_denounces_nobody() -> None:
    text = (
        "Georgia's Constitutional Court annulled the results of the local elections on Friday. "
        "The opposition called the ruling a victory for democracy."
    )
    assert not denounced(text)


def test_a_bare_game_is_not_a_show_of_force() -> None:
    text = (
        "China's army held large drills near Taiwan on Monday. "
        "The Japanese coach condemned the game as a disgrace after his team lost to Australia."
    )
    assert ("JPN", "CHN") not in denounced(text)


# Displeasure told with a plain adjective: "was very unhappy with the strike".


def test_unhappy_with_the_strike_denounces_the_striker() -> None:
    text = (
        "Israeli jets struck a Hamas office in Doha on Tuesday. "
        "The U.S. president said on Wednesday he was very unhappy with the strike."
    )
    assert ("USA", "ISR") in denounced(text)


def test_angry_over_the_raid_denounces_the_raiders() -> None:
    text = (
        "Indian police raided the offices of a Pakistani charity on Monday. "
        "Pakistan's foreign ministry said it was angry over the raid."
    )
    assert ("PAK", "IND") in denounced(text)


def test_unhappy_with_the_pace_of_talks_denounces_nobody() -> None:
    text = (
        "Ukrainian and Russian negotiators met in Istanbul on Friday. "
        "The Turkish foreign minister said he was unhappy with the pace of the talks."
    )
    assert not denounced(text)


# A quoted noun verdict on 'this' or 'it' judges the latest act of another state the story told of.


def test_quoted_act_of_provocation_denounces_the_latest_foreign_act() -> None:
    text = (
        "North Korea fired a ballistic missile into the sea off its east coast on Thursday. "
        '"This is an act of provocation that threatens peace on the peninsula," a South Korean military '
        "official told reporters."
    )
    assert ("KOR", "PRK") in denounced(text)


def test_quoted_violation_on_it_denounces_the_latest_foreign_act() -> None:
    text = (
        "Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday. "
        '"It is a clear violation of international law," the Philippine foreign ministry said.'
    )
    assert ("PHL", "CHN") in denounced(text)


def test_quoted_adjective_on_it_denounces_nobody() -> None:
    text = (
        "North Korea fired a ballistic missile into the sea off its east coast on Thursday. "
        '"It is unacceptable that the council has not met," Japan\'s defence minister said.'
    )
    assert not denounced(text)


def test_quoted_verdict_on_the_speakers_own_act_denounces_nobody() -> None:
    text = (
        "South Korean and U.S. forces began joint drills near the border on Monday. "
        '"This is an act of self-defence, not a provocation," a South Korean military official said.'
    )
    assert ("KOR", "KOR") not in denounced(text) and ("KOR", "USA") not in denounced(text)


# "condemned what X called Y": whoever gave the name is no side; the name's owner or 'by' phrase is.


def test_the_namer_of_the_act_is_not_its_target() -> None:
    text = "Britain condemned what Foreign Secretary David Lammy called Iran's reckless drone attacks."
    assert ("GBR", "IRN") in denounced(text) and ("GBR", "GBR") not in denounced(text)


def test_a_name_parsed_as_an_object_keeps_its_by_phrase() -> None:
    text = "Japan condemned what Prime Minister Fumio Kishida called a provocation by North Korea."
    assert ("JPN", "PRK") in denounced(text) and ("JPN", "JPN") not in denounced(text)
