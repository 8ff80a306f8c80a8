"""Who did it to whom, by general phenomena of news prose rather than single sentences.

Each test holds several short articles written for it; the coder's events are compared as
(source country, target country, CAMEO code) with tests/coded_events.py.
"""

from __future__ import annotations

from coded_events import coded


def test_a_reaction_to_an_act_told_before_targets_the_doer_named_then() -> None:
    """'France condemned the offensive' after 'Azerbaijan launched a military offensive'."""
    offensive = (
        "Azerbaijan launched a military offensive in the breakaway region on Tuesday. "
        "Thousands of residents fled towards the border. France condemned the offensive on Wednesday."
    )
    assert ("FRA", "AZE", "111") in coded(offensive)
    seizure = (
        "The seizure of the tanker by Houthi rebels in the Red Sea on Sunday alarmed shipping firms. "
        "Insurers raised premiums for the route. "
        "A State Department spokesman called the seizure a violation of international law."
    )
    assert ("USA", "YEM", "111") in coded(seizure)
    destruction = (
        "Kyiv said the destruction of the bridge by Russian forces had cut off the town. "
        "Officials said repairs would take months. The German foreign minister called the destruction a war crime."
    )
    assert ("DEU", "RUS", "111") in coded(destruction)


def test_the_attack_takes_up_weapons_fired_by_a_named_force() -> None:
    """'Britain condemned the attack' after 'missiles fired by Iran's Revolutionary Guards struck'."""
    strike = (
        "Ballistic missiles fired by Iran's Revolutionary Guards struck a residential district of Erbil "
        "late on Monday. Four civilians died, local officials said. "
    )
    assert ("GBR", "IRN", "111") in coded(strike + "Britain condemned the attack.")
    assert ("IRQ", "IRN", "111") in coded(strike + "Iraq's prime minister condemned what he called a cowardly attack.")


def test_an_attack_dated_years_back_is_not_the_one_condemned() -> None:
    """'the 2014 Taliban assault' is history: condemning today's bombing does not target its doers."""
    text = (
        "A suicide bomber killed 40 people at a mosque in Peshawar on Monday. "
        "The city has suffered many attacks, including the 2014 Taliban assault on an army school. "
        "UN Secretary-General Antonio Guterres condemned the attack."
    )
    assert not any(target == "AFG" for _, target, _ in coded(text))


def test_the_bare_institution_is_the_one_named_before_with_its_state() -> None:
    """'The ministry' after 'the Iraqi foreign ministry' is Iraq's, whatever states were named between."""
    ministry = (
        "The Iraqi foreign ministry called the missile strike on Erbil a violation of the country's sovereignty. "
        "Iran said it had targeted an Israeli spy base, and Israel did not comment. "
        "Iran's Revolutionary Guards claimed the attack. "
        "The ministry also summoned Iran's charge d'affaires in Baghdad."
    )
    assert ("IRQ", "IRN", "114") in coded(ministry)
    expulsion = (
        "Germany's foreign ministry expelled two Russian diplomats on Monday over a spying case. "
        "Russia and Belarus called the move hostile, and Moscow promised a response. "
        "The ministry also summoned Belarus's ambassador."
    )
    assert ("DEU", "BLR", "114") in coded(expulsion)
    army = (
        "The Kenyan army said on Sunday its troops had repelled an attack by al Shabaab fighters near the Somali "
        "border. Somalia's government said the militants had crossed from Somali territory, and Mogadishu "
        "promised to cooperate. The army later shelled militant camps inside Somalia."
    )
    assert ("KEN", "SOM", "194") in coded(army)
    military = (
        "Nigeria's military said on Friday it had rescued 40 hostages in Zamfara state. "
        "Niger and Chad have complained that gunmen cross from Nigeria, and Chad's president raised the issue "
        "at a summit. The military later arrested two Chadian smugglers."
    )
    assert ("NGA", "TCD", "173") in coded(military)


def test_a_gerund_after_by_after_or_before_is_done_by_the_clause_subject() -> None:
    """'China responded by imposing sanctions': the subject of 'responded' imposes them."""
    assert ("CHN", "USA", "163") in coded("China responded by imposing sanctions on three American defence firms.")
    assert ("POL", "RUS", "161") in coded("Poland reacted by expelling a Russian diplomat on Tuesday.")
    meeting = (
        "After meeting his Turkish counterpart in Ankara, Russian Foreign Minister Sergei Lavrov accused Ukraine "
        "of sabotaging the grain deal."
    )
    assert ("RUS", "TUR", "040") in coded(meeting)
    assert ("ISR", "PSE", "173") in coded(
        "Israeli troops raided the camp before arresting 15 Palestinians, the army said."
    )


def test_a_gerund_after_of_is_not_done_by_the_accuser() -> None:
    """'accused Britain of helping Ukraine': the helping is Britain's, never coded as the Kremlin's aid."""
    assert coded("The Kremlin accused Britain of helping Ukraine plan the attack.") == {("RUS", "GBR", "112")}


def test_a_weapon_that_acts_is_wielded_by_the_force_its_phrase_names() -> None:
    """'Missiles fired by Iran's Revolutionary Guards killed four civilians': the Guards killed them."""
    missiles = "Ballistic missiles fired by Iran's Revolutionary Guards killed four civilians in Erbil on Monday."
    # what killed is an aerial weapon: 195 (docs/ANNOTATION.md, "Air strikes, missiles and drones")
    assert ("IRN", "IRQ", "195") in coded(missiles)
    shells = "Artillery shells fired by Russian forces killed three people in Kherson on Sunday."
    assert ("RUS", "UKR", "190") in coded(shells)
    assert ("LBN", "ISR", "195") in coded("Rockets fired by Hezbollah hit a town in northern Israel.")
    drone = "A drone launched by Houthi rebels struck a tanker off the coast of Yemen on Tuesday."
    assert {source for source, _, _ in coded(drone)} == {"YEM"}


def test_the_three_countries_are_the_three_states_named_together_before() -> None:
    """'the three countries' takes up the last coordination naming three states, as 'the two sides' does two."""
    sanctions = (
        "Britain, France and Germany imposed sanctions on Iranian shipping firms on Thursday. "
        "Iran condemned the three countries on Friday."
    )
    assert {("IRN", "GBR", "111"), ("IRN", "FRA", "111"), ("IRN", "DEU", "111")} <= coded(sanctions)
    pact = "Kenya, Uganda and Tanzania signed a customs pact on Monday. Somalia urged all three governments to open their borders."
    assert {("SOM", "KEN", "020"), ("SOM", "UGA", "020"), ("SOM", "TZA", "020")} <= coded(pact)


def test_the_bloc_accused_of_an_act_is_still_the_bloc_named_before() -> None:
    """'accused the bloc of plotting': the gerund the parser hangs on 'bloc' does not make it another bloc."""
    text = (
        "The Economic Community of West African States, a 15-nation bloc, held an emergency summit in Abuja. "
        '"We should walk our talk," Nigerian President Bola Tinubu, the current ECOWAS chairman, told fellow '
        "leaders. In a statement read on state television late on Saturday, Niger junta spokesman Colonel "
        "Amadou Abdramane accused the bloc of plotting aggression against Niger."
    )
    assert ("NER", "IGO", "112") in coded(text)
