"""Sides taken from the wrong state: regional blocs, groups placed by a defining clause, acts' places."""

from __future__ import annotations

from coded_events import coded


def test_regional_bloc_acts_as_an_international_body() -> None:
    # "West African leaders" at an ECOWAS summit, "European leaders" of the EU: IGO, not the state in focus.
    assert ("IGO", "MLI", "1312") in coded(
        "West African leaders threatened on Sunday to impose sanctions on Mali's junta."
    )
    assert ("IGO", "ETH", "0256") in coded(
        "East African heads of state urged Ethiopia to withdraw its troops from the border."
    )
    assert ("IGO", "RUS", "111") in coded("European leaders condemned Russia's annexation of the four regions.")


def test_country_adjectives_and_other_regions_are_no_bloc() -> None:
    # "South African" is a state's adjective; "North African", "Arab" leaders are no organisation.
    assert coded("South African police arrested two Mozambican smugglers near the border.") == {("ZAF", "MOZ", "173")}
    assert not any(s == "IGO" for s, _, _ in coded("North African leaders met Tunisia's president in Tunis on Monday."))
    assert not any(s == "IGO" for s, _, _ in coded("Arab leaders condemned Israel's strikes on Lebanon."))
    # One leader of a region is a person of some state, not a bloc.
    text = "Biden hosted Kenyan President William Ruto, the first African leader on a state visit in 15 years."
    assert not any("IGO" in (s, t) for s, t, _ in coded(text))


def test_defining_clause_places_a_group_of_no_named_state() -> None:
    # "the generals who seized power in Myanmar" are Myanmar's, not the sanctioning state's.
    assert ("USA", "MMR", "163") in coded(
        "The United States imposed sanctions on the generals who seized power in Myanmar."
    )
    assert ("FRA", "NER", "162") in coded("France suspended aid to the soldiers who took power in Niger on Wednesday.")


def test_named_state_and_placeless_clauses_keep_their_country() -> None:
    # A state named in the phrase wins over the clause's place; a clause with no "in" place says nothing.
    assert ("EGY", "SDN", "040") in coded("Egypt's army chief met the Sudanese generals who took power in Khartoum.")
    assert ("UKR", "UKR", "173") in coded("Ukraine arrested the soldiers who fought in Bakhmut.")
    assert not any(t == "MMR" for _, t, _ in coded("Britain imposed sanctions on the soldiers who fled to Myanmar."))


def test_family_name_first_is_remembered() -> None:
    # "Lai Ching-te", "Moon Jae-in": the later bare "Lai", "Moon" is the family name, the first token.
    text = (
        "Taiwan's President Lai Ching-te visited a navy base in Keelung on Thursday. Lai condemned the Chinese drills."
    )
    assert ("TWN", "CHN", "111") in coded(text)
    text = (
        "South Korean President Moon Jae-in arrived in Washington on Monday. On Tuesday, Moon met President Joe Biden."
    )
    assert ("KOR", "USA", "040") in coded(text)


def test_he_never_takes_up_a_thing() -> None:
    # The subject before is a warship: "he" is not it, so the warship's state does not accuse itself.
    text = (
        "Philippine President Ferdinand Marcos Jr. spoke in Manila on Friday. A Chinese warship sailed near the"
        " shoal on Saturday. He accused Beijing of bullying."
    )
    assert not any(s == "CHN" for s, _, _ in coded(text))
    # A person's title still is: "the defence minister ... He condemned".
    assert ("JPN", "CHN", "111") in coded(
        "Japan's defence minister toured the base on Monday. He condemned the Chinese drills."
    )
