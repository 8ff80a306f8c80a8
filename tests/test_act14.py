"""Which state police, courts and troops with no state named are: the place their own act is in,
and not the reporter's dateline when the story is told from a bureau abroad (act14)."""

from __future__ import annotations

from coded_events import coded

# A story about Bolivia told from Mexico City, naming Mexico as the country that took Morales in.
_BOLIVIA_FROM_MEXICO = (
    "MEXICO CITY (AP) - Bolivia's interim government said on Monday it would hold new elections soon. "
    "Former Bolivian President Evo Morales flew to Mexico, which granted him asylum, and Bolivia "
    "accused him of sedition. "
)


def test_police_with_no_dateline_are_of_the_place_they_act_in() -> None:
    # No dateline and no state in focus: the city of the arrests says whose police they are.
    found = coded("Police arrested dozens of protesters in Warsaw on Saturday after clashes outside parliament.")
    assert ("POL", "POL", "173") in found
    found = coded("Riot police detained more than 40 people in Nairobi on Tuesday as crowds protested over taxes.")
    assert ("KEN", "KEN", "173") in found


def test_police_with_no_place_and_no_state_stay_unplaced() -> None:
    # Nothing says whose police: no event is better than a guessed state.
    assert not coded("Police arrested dozens of protesters on Saturday after clashes outside parliament.")
    # A state named as a party is no scene: this Congress is not Iran's.
    assert not any(s == "IRN" for s, _, _ in coded("Congress is asking Obama to help Iran."))
    # A named state wins over the place: Mexican police in La Paz stay Mexican.
    found = coded("Mexican police arrested three Bolivian smugglers in La Paz on Saturday, officials said.")
    assert any(s == "MEX" for s, _, c in found if c.startswith("17"))
    assert not any(s == "BOL" for s, _, c in found if c.startswith("17"))


def test_police_under_a_foreign_dateline_are_of_the_scene() -> None:
    # The clash happens in La Paz: Bolivian police, as source and as target, not the dateline's Mexico.
    found = coded(
        _BOLIVIA_FROM_MEXICO
        + "In La Paz, supporters of Morales marched toward the city centre and clashed with police, "
        "who fired tear gas to disperse them."
    )
    assert not any("MEX" in (s, t) for s, t, c in found if c[:2] in {"17", "18", "19"})
    assert any(s == "BOL" and t == "BOL" for s, t, c in found if c[:2] in {"17", "19"})


def test_police_at_home_keep_the_dateline_state() -> None:
    # A story told at home: the dateline's police, even with a foreign state named once in passing.
    found = coded(
        "QUITO, Ecuador (AP) - Ecuador's government declared a state of emergency on Thursday after "
        "gunmen attacked a prison. Ecuador's interior minister said the attackers had ties to a gang "
        "based in Mexico. Police later arrested six suspects in raids in Quito, prosecutors said."
    )
    assert ("ECU", "ECU", "173") in found
    assert not any(s == "MEX" for s, _, _ in found)
    # A statement's place is its speaker's: justices criticised from Washington stay Brazilian.
    found = coded(
        "BRASILIA, Brazil (AP) - Brazil's Supreme Court convicted former President Jair Bolsonaro on "
        "Thursday. Brazil's government welcomed the ruling. In Washington, U.S. Secretary of State "
        "Marco Rubio criticised the justices, calling the ruling a witch hunt."
    )
    assert not any(s == "USA" and t == "USA" for s, t, _ in found)


def test_police_reported_from_a_bureau_abroad_take_the_story_state() -> None:
    # Cambodia told from BANGKOK, Thailand never named: the police who arrest the opposition leader are
    # Cambodia's, not Thailand's.
    found = coded(
        "BANGKOK (AP) - Cambodia's government charged opposition leader Kem Sokha with treason on Monday. "
        "Cambodia's prime minister accused him of plotting with foreigners. Kem Sokha was arrested at "
        "midnight on Sunday by scores of police officers who searched his house, his daughter said."
    )
    assert ("KHM", "KHM", "173") in found
    assert not any("THA" in (s, t) for s, t, _ in found)
    # A story about Thailand itself under BANGKOK: its police are Thailand's.
    found = coded(
        "BANGKOK (AP) - Thailand's government extended a state of emergency on Monday. Thai officials said "
        "protests would not be tolerated. Police arrested 20 student protesters on Sunday night, "
        "a rights group said."
    )
    assert ("THA", "THA", "173") in found


def test_troops_reported_from_a_bureau_abroad_are_not_the_bureau_states() -> None:
    # Myanmar told from BANGKOK: a fighter jet and troops with no state are not Thai.
    found = coded(
        "BANGKOK (AFP) - Myanmar's military bombed a village in the Sagaing region, killing dozens of "
        "people, witnesses said on Wednesday. A fighter jet dropped bombs on the gathering on Tuesday, "
        "and troops later burned houses in the village, residents said."
    )
    assert not any(s == "THA" for s, _, _ in found)
    # The dateline's own troops when the story names its state: Thai troops at the border stay Thai.
    found = coded(
        "BANGKOK (AP) - Thailand and Cambodia traded accusations on Thursday over a border clash. "
        "Thailand said Cambodian soldiers had opened fire first. Troops shelled Cambodian positions "
        "near the temple on Thursday, the Thai army said."
    )
    assert any(s == "THA" and t == "KHM" for s, t, c in found if c.startswith("19"))


_BASE = (
    "BAMAKO (Reuters) - Protesters gathered outside a U.N. base in Gao on Tuesday, demanding that the "
    "peacekeepers leave Mali. "
)
_ATTACK = "The protesters attacked the base with stones on Wednesday, witnesses said."
# Sentences with no act, which the sentence filter blanks before parsing.
_FILLER = " ".join(
    ["The weather in the region was hot and dry for most of the week, residents said, and markets stayed open."] * 9
)


def test_the_base_is_the_one_named_shortly_before_as_a_full_parse_would_reach() -> None:
    # "the base" right after "a U.N. base" is the UN's.
    assert ("MLI", "IGO", "145") in coded(_BASE + _ATTACK)
    # A thousand characters of other news between them: too far back for a full parse's reach, and
    # blanked sentences (fewer tokens) must not stretch it.
    found = coded(_BASE + _FILLER + " " + _ATTACK)
    assert ("MLI", "IGO", "145") not in found


def test_the_region_after_a_dateline_says_which_state_it_is_in() -> None:
    # Windsor, England, not Windsor, Ontario, nor a US Windsor of the visiting president's state.
    found = coded(
        "WINDSOR, England (AP) - King Charles hosted U.S. President Donald Trump at Windsor Castle on "
        "Wednesday. Britain laid on a state banquet. Police arrested four people on Tuesday night after "
        "images were projected onto the castle, officials said."
    )
    assert ("GBR", "GBR", "173") in found
    assert not any(s in {"USA", "CAN"} for s, _, c in found if c.startswith("17"))
    # AP's abbreviation of a US state.
    found = coded(
        "SANTA CLARA, Calif. (AP) - Police arrested 20 protesters outside the stadium on Tuesday, officials said."
    )
    assert found == {("USA", "USA", "173")}


def test_a_region_named_like_a_state_keeps_the_place_inside_it() -> None:
    # "ATLANTA, Georgia" is the US state; "TBILISI, Georgia" the country.
    found = coded("ATLANTA, Georgia (AP) - Police arrested 20 protesters outside the state capitol on Tuesday.")
    assert found == {("USA", "USA", "173")}
    found = coded("TBILISI, Georgia (AP) - Police arrested 20 protesters outside parliament on Tuesday.")
    assert found == {("GEO", "GEO", "173")}


def test_the_venue_of_a_signing_between_two_states_is_no_party() -> None:
    # Two states sign at the host's seat of power: each is the other's partner, the White House is where.
    found = coded("The leaders of Armenia and Azerbaijan signed a peace declaration at the White House on Friday.")
    assert found == {("ARM", "AZE", "057"), ("AZE", "ARM", "057")}
    found = coded("Indian and Pakistani officials held talks at the White House on Friday.")
    assert not any("USA" in (s, t) for s, t, _ in found)
    assert ("IND", "PAK", "040") in found


def test_a_host_named_as_a_partner_or_with_one_state_stays_a_party() -> None:
    # "with the United States" names a partner; one state's officials at the White House talk with the host.
    found = coded("Armenia and Azerbaijan signed a peace declaration with the United States on Friday.")
    assert ("ARM", "USA", "057") in found
    found = coded("Indian officials held talks at the White House on Friday.")
    assert ("IND", "USA", "040") in found


def test_police_named_earlier_with_their_state_stay_that_state() -> None:
    # Told from Washington, which the story names: the riot police of the later paragraph are the
    # Georgian police of the lead, not the dateline's.
    found = coded(
        "WASHINGTON (AP) - The United States on Saturday suspended its strategic partnership with Georgia "
        "after Georgian police used water cannons against protesters in Tbilisi. "
        "The protests began after the prime minister shelved talks on joining the European Union. "
        "Riot police pushed demonstrators away from the parliament building in the capital, firing "
        "water cannons, and detained dozens of people."
    )
    assert any(s == "GEO" for s, _, c in found if c[:2] == "17")
    assert not any(s == "USA" and t == "USA" for s, t, _ in found)
