"""Events lost for want of a target or an actor (tgt11): rules checked on sentences written for the test."""

from __future__ import annotations

from coded_events import coded


def _reactions(text: str) -> set[tuple[str, str, str]]:
    """The condemnations and rejections (CAMEO 11, 12) coded in a text."""
    return {e for e in coded(text) if e[2][:2] in {"11", "12"}}


def test_the_deal_takes_up_a_signed_pact() -> None:
    """'signed a security agreement ... lashed out at the deal': another noun of the same act, its signers."""
    text = (
        "India and Australia signed a maritime security agreement in Canberra on Tuesday. "
        "China's foreign ministry lashed out at the deal, saying it threatened regional stability."
    )
    assert {("CHN", "IND", "111"), ("CHN", "AUS", "111")} <= coded(text)


def test_the_deal_with_no_signing_told_codes_nothing() -> None:
    """Look-alike: nothing signed before, so 'the deal' names no one."""
    text = "China's foreign ministry lashed out at the deal, saying it threatened regional stability."
    assert not _reactions(text)


def test_the_verdict_takes_up_a_conviction() -> None:
    """'condemned the verdict' after a court convicted someone: the court's state, not the convicted."""
    text = (
        "A Russian court convicted American journalist Evan Gershkovich of espionage on Friday. "
        "U.S. Secretary of State Antony Blinken condemned the verdict."
    )
    assert ("USA", "RUS", "111") in coded(text)


def test_the_ruling_is_no_sanction() -> None:
    """Look-alike: 'the ruling' after tariffs takes up no court's act, so the tariff-maker is not condemned."""
    text = (
        "Washington imposed new tariffs on Brazilian steel on Monday. Brazil's foreign ministry condemned the ruling."
    )
    assert ("BRA", "USA", "111") not in coded(text)


def test_a_noun_takes_up_the_verb_that_told_the_act() -> None:
    """'forced a flight to divert ... condemned the diversion': the noun's own verb names the doer."""
    text = (
        "Belarus forced a Ryanair flight to divert to Minsk on Sunday and arrested a dissident journalist on board. "
        "Ireland's foreign minister condemned the diversion as piracy."
    )
    assert ("IRL", "BLR", "111") in coded(text)
    # The verb must be the noun's own: a flight that landed is no diversion. (Since session 21 a state
    # the story names twice takes a judged act no rule traces, so here no state is named twice.)
    other = (
        "A Ryanair flight from Athens to Vilnius landed in Minsk on Sunday. "
        "Ireland's foreign minister condemned the diversion as piracy."
    )
    assert ("IRL", "BLR", "111") not in coded(other)


def test_the_comment_takes_up_the_latest_speaker() -> None:
    """'rebuffed the comment': whoever said what the article told last is rebuffed."""
    text = (
        "U.S. Secretary of State Marco Rubio criticised the court and said Washington would respond. "
        "Brazil's foreign ministry rebuffed the comment within hours."
    )
    assert ("BRA", "USA", "120") in coded(text)
    assert not _reactions("Brazil's foreign ministry rebuffed the comment within hours.")


def test_what_he_called_an_act_takes_up_the_act() -> None:
    """'lashed out at what he called a deliberate act of terror': the label names the act reacted to."""
    text = (
        "Russian drones struck a hospital in Kharkiv on Saturday. "
        "Zelenskiy lashed out at what he called a deliberate act of terror."
    )
    assert ("UKR", "RUS", "111") in coded(text)
    assert not _reactions("Zelenskiy lashed out at what he called a deliberate act of terror.")


def test_a_ceasefire_between_two_sides_holds_both_ways() -> None:
    """'A ceasefire between Israel and Hezbollah took hold': each side the phrase names ceases fire (0871)."""
    text = "A ceasefire between Israel and Hezbollah took hold at dawn on Wednesday."
    assert {("ISR", "LBN", "0871"), ("LBN", "ISR", "0871")} <= coded(text)
    # Look-alike: a ceasefire in a place names no sides, and one side's own truce stays one-sided.
    assert not any(e[2] == "0871" for e in coded("The ceasefire in Gaza held overnight, Israeli officials said."))
    one_sided = coded("Russia's unilateral Easter truce ended at midnight, and Ukraine accused Moscow of violating it.")
    assert ("UKR", "RUS", "0871") not in one_sided


def test_a_first_person_quote_is_the_speakers_act() -> None:
    """'"I condemn this attack," Tajani said': the quoted 'I' is whoever said it, as 'we' already was."""
    strike = "Russian missiles struck central Kyiv on Monday. "
    assert ("ITA", "RUS", "111") in coded(strike + '"I condemn this attack in the strongest terms," Tajani said.')
    assert ("FRA", "IRN", "026") in coded(
        '"I urge Iran to return to the talks," French President Emmanuel Macron said.'
    )
    # Look-alike: an opinion in the first person is no act.
    assert not coded('"I think Russia wants a ceasefire," Macron said.')


def test_a_verb_hung_on_the_reported_clause_is_the_speakers() -> None:
    """'said the evidence pointed to an attack and called on Russia': the parser joins 'called' to the
    reported clause, whose subject is no actor; the speaker is the one who calls."""
    text = (
        "The European Union said the evidence pointed to another chemical attack and called on Russia "
        "and Iran to use their influence."
    )
    assert {("IGO", "RUS", "020"), ("IGO", "IRN", "020")} <= coded(text)
    text = (
        "Pakistan's foreign ministry said in a statement that the country remained committed to the "
        "ceasefire and blamed Indian forces for the violations."
    )
    assert ("PAK", "IND", "112") in coded(text)


def test_a_reported_actor_keeps_its_own_verbs() -> None:
    """Look-alikes: an actor named in the reported clause keeps its verbs, and force is never the speaker's."""
    assert ("IRN", "GBR", "1711") in coded("Britain said Iran had seized the tanker and accused Tehran of piracy.")
    text = "The Japanese foreign ministry said the situation remained tense and troops fired on protesters in Yangon."
    assert not any(e[0] == "JPN" for e in coded(text))


def test_war_games_are_the_drills_the_article_told() -> None:
    """'condemned the war games': a noun the lexicon lacks is the kind of act its kin are (drills, 150)."""
    games = "China sent warships and fighter jets around Taiwan on Thursday in two days of war games. "
    assert ("TWN", "CHN", "111") in coded(games + "Taiwan's defence ministry condemned the war games as a provocation.")
    # Look-alikes: no games told before, or a noun of another kind of act.
    assert not _reactions("Taiwan's defence ministry condemned the war games as a provocation.")
    assert ("TWN", "CHN", "111") not in coded(
        games + "Taiwan's defence ministry condemned the treaty as a provocation."
    )
