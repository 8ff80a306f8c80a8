"""Which state a side is: groups of people with no state named, reported from a dateline abroad or
placed by their own sentence, and places that are a protest's grievance rather than its scene."""

from __future__ import annotations

from coded_events import coded

# A story about Australia (named twice before the crowd) whose crowds act in the Solomon Islands.
_AUSTRALIA = (
    "Australia said on Thursday it would send police officers to the Solomon Islands. "
    "Australian Prime Minister Scott Morrison said the troops would leave within weeks. "
)


def test_a_crowd_is_of_the_place_its_own_sentence_names() -> None:
    # "In Honiara, crowds looted": the Solomon Islands' crowd, not Australia's, the state in focus.
    found = coded(_AUSTRALIA + "In Honiara, crowds looted shops and torched a bank branch on Thursday.")
    assert ("SLB", "SLB", "145") in found
    assert not any(s == "AUS" and c.startswith("14") for s, _, c in found)


def test_a_crowd_keeps_its_state_when_the_place_is_the_targets_or_unknown() -> None:
    # The place of the target's own phrase is whose embassies they are, not where the crowd is from.
    found = coded(
        "KINSHASA (Reuters) - Congolese protesters angry at the fall of Goma marched on Tuesday. "
        "Crowds also attacked the embassies of Belgium and Kenya in Kinshasa on Tuesday."
    )
    assert ("COD", "BEL", "145") in found
    assert not any(s == "BEL" for s, _, _ in found)
    # "a U.S. base" names whose base it is: the militias firing at it are not American.
    found = coded("BAGHDAD (Reuters) - Militias fired rockets at a U.S. base in western Iraq on Tuesday.")
    assert not any(s == "USA" for s, _, _ in found)
    # No place in the sentence: the crowd stays with the state in focus.
    found = coded(_AUSTRALIA + "Crowds looted shops and torched a bank branch on Thursday.")
    assert not any(s == "SLB" and c.startswith("14") for s, _, c in found)


def test_a_group_reported_from_a_dateline_abroad_takes_the_story_state() -> None:
    # Wires report Myanmar from BANGKOK: the rebel alliance is Myanmar's, not Thailand's.
    found = coded(
        "BANGKOK (AP) - Myanmar's military government and an alliance of three ethnic armed groups "
        "agreed to a ceasefire on Thursday at talks hosted by China."
    )
    assert ("MMR", "MMR", "0871") in found
    assert not any("THA" in (s, t) for s, t, _ in found)
    # ... and Somalia from NAIROBI: the militants are Somali.
    found = coded(
        "NAIROBI (Reuters) - Somalia's government said on Monday that militants had attacked an army base "
        "near Mogadishu."
    )
    assert any(s == "SOM" and c.startswith("19") for s, _, c in found)


def test_a_group_under_its_own_dateline_keeps_it() -> None:
    # The story names the dateline's state: the protesters are Thai.
    found = coded(
        "BANGKOK (AP) - Thousands of protesters rallied in central Bangkok on Sunday and demanded the "
        "resignation of Thai Prime Minister Srettha Thavisin."
    )
    assert ("THA", "THA", "1041") in found
    # Hostages under JERUSALEM in a story that names Israel stay Israeli, held in Gaza or not.
    found = coded(
        "JERUSALEM - Hamas handed over 24 hostages held in Gaza to the Red Cross on Friday, and Israel "
        "freed 39 Palestinian prisoners from its jails."
    )
    assert ("PSE", "ISR", "0841") in found


def test_a_grievance_place_is_not_where_a_protest_is() -> None:
    # "protesting against the war in Ukraine" in Berlin: no Ukrainian side.
    found = coded("Thousands of students marched through Berlin on Saturday, protesting against the war in Ukraine.")
    assert not any("UKR" in (s, t) for s, t, _ in found)
    assert any(s == "DEU" for s, _, _ in found)
    # With no dateline, a rally against the war in Gaza does not make the crowd Palestinian.
    found = coded("Protesters rallied against the war in Gaza outside the White House on Saturday.")
    assert not any(s == "PSE" for s, _, _ in found)


def test_a_place_the_act_happens_over_or_in_is_kept() -> None:
    # "over Kyiv" names where the drones flew; "in Kyiv" where the crowd is.
    assert ("RUS", "UKR", "195") in coded(
        "Russian drones flew over Kyiv overnight and struck a power plant, Ukrainian officials said."
    )
    found = coded("Thousands of people rallied in Kyiv on Sunday against corruption.")
    assert any(s == "UKR" and c.startswith("14") for s, _, c in found)


def test_the_base_is_of_the_owner_named_before() -> None:
    # "the base" after "a U.N. base": the UN's, not the town the sentence places it in.
    found = coded(
        "GOMA (Reuters) - Protesters attacked a U.N. base in Goma on Monday. "
        "In Butembo, the protesters had attacked the base with stones and gunfire on Tuesday."
    )
    assert ("COD", "IGO", "145") in found
    assert ("COD", "COD", "145") not in found


def test_a_base_with_its_own_owner_or_place_keeps_it() -> None:
    # "the army's base", "the base in Helmand": their own phrase says whose or where.
    found = coded(
        "KABUL (Reuters) - Protesters attacked a U.N. base in Kabul on Monday. "
        "On Tuesday, Taliban fighters attacked the army's base near Kandahar."
    )
    assert not any(s == "AFG" and t == "IGO" and c.startswith("19") for s, t, c in found)


def test_the_military_is_the_one_named_before_even_as_a_modifier() -> None:
    # "the military" after "Myanmar's military government", with China (the mediator) named more since.
    text = (
        "BANGKOK (AP) - Myanmar's military government agreed to a ceasefire at talks hosted by China. "
        "China said it hoped the truce would hold. Chinese officials urged calm. "
        "Hours later, the TNLA accused the military of breaking the truce."
    )
    found = coded(text)
    assert ("MMR", "MMR", "112") in found
    assert ("MMR", "CHN", "112") not in found
    # A military that names its own state keeps it.
    found = coded(text.replace("accused the military of", "accused the Chinese military of"))
    assert ("MMR", "CHN", "112") in found
