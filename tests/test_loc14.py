"""Branch loc14: events told under a news bureau's dateline (docs/PLACES.md, "Loc14").

Wire services file a region's news from a few bureaux (JOHANNESBURG for Zimbabwe, DUBAI for
Pakistan, DAKAR for the Sahel).  A dateline whose city and country the body never names, outside the
credit lines, is such a bureau: an act whose sides are all of other countries, and that nothing else
places, is not placed there but

- at the speaker's capital when it is a state's own word or decision (a statement, an intention, a
  rejection, praise), not an agreement the sides settle together;
- else, for talks, agreements and concessions, at the first city of the sides' countries where the
  article says they met ("negotiated in the Chinese city of Kunming");
- else at the city of the sides' countries that the article names most.

A dateline at home, a dateline the body names as a place, and a gathering the sentence puts the
actor at ("at a donors' conference") keep the dateline.  Force is left to the theatre rule.

A leader who met, was visited or signed in the dateline's country speaks there, not from home: the
speaker's-capital rule is undone for a statement by a person named in such an encounter's sentence,
or by a leader or person of a state whose leader took part; not for a ministry or a government.

Praise and verbal defence (051, 052) by a state are placed like its statements: at its capital under
a dateline abroad ("MEXICO CITY - ... U.S. President Joe Biden praised the Bolivian military"), unless
the speaker took part in an encounter there ("Ruto thanked Biden" after a White House visit).

A gazetteer name that heads a longer proper name it does not span ("University" of "the American
University of Afghanistan", a Florida town by itself) is no place of the article.

A meeting whose "in" phrase the parser hangs on the person met ("met Fiji's prime minister, Sitiveni
Rabuka, and his wife in Suva") took place there.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def places(text: str, code_prefix: str) -> list[str | None]:
    """The location name of each event whose CAMEO code starts with ``code_prefix``."""
    events = code_text(text, date=date(2024, 5, 2))
    return [(e.location or {}).get("name") for e in events if e.cameo.startswith(code_prefix)]


# Bureau datelines: the act is placed where its sides are


def test_a_domestic_statement_told_from_a_bureau_is_at_the_sides_main_city() -> None:
    text = (
        "NAIROBI (AP) - Ethiopian police in Addis Ababa arrested dozens of opposition supporters on Tuesday "
        "night, accusing them of plotting unrest.\n\n"
        "Ethiopia's main opposition party said its members had done nothing wrong and condemned the arrests."
    )
    assert places(text, "111") == ["Addis Ababa"]


def test_a_governments_announcement_told_from_a_bureau_is_at_its_capital() -> None:
    text = (
        "DAKAR, Senegal (Reuters) - Germany will withdraw its troops from Mali by the end of the year, the "
        "German defence ministry said on Tuesday.\n\n"
        "Mali's junta had asked foreign forces to leave.\n\n"
        "Reporting by Dakar newsroom; Editing by John Smith"
    )
    assert places(text, "03") == ["Berlin"]


def test_praise_by_a_government_told_from_a_bureau_is_at_its_capital() -> None:
    text = (
        "NAIROBI (Reuters) - Soldiers seized power in Gabon on Wednesday and placed President Ali Bongo under "
        "house arrest.\n\n"
        "Russia's foreign ministry praised the soldiers for restoring order."
    )
    found = places(text, "051")
    assert found and set(found) == {"Moscow"}


def test_a_signing_told_from_a_bureau_is_where_the_visit_was() -> None:
    text = (
        "DUBAI (Reuters) - Chinese Premier Li Qiang arrived in Islamabad on Monday for a two-day visit, his "
        "first to Pakistan.\n\n"
        "Pakistan's prime minister greeted him at the airport and drove him to his residence.\n\n"
        "The two governments signed five agreements on energy and mining on Monday night."
    )
    found = places(text, "057")
    assert found and set(found) == {"Islamabad"}


def test_mediation_told_from_a_bureau_is_at_the_venue_of_the_talks() -> None:
    text = (
        "BANGKOK (AP) - Myanmar's military and three ethnic armed groups agreed to a ceasefire, officials said "
        "on Friday.\n\n"
        "The truce was negotiated in the Chinese city of Kunming on Wednesday and Thursday, a spokesperson said "
        "in Beijing.\n\n"
        "Fighting had forced tens of thousands of people from their homes in Shan state since October.\n\n"
        "China mediated the talks between the two sides, she said."
    )
    assert places(text, "045") == ["Kunming"]


# Look-alikes: the dateline stands


def test_a_dateline_at_home_still_places_the_statement() -> None:
    text = (
        "ADDIS ABABA (AP) - Ethiopian police arrested dozens of opposition supporters on Tuesday night.\n\n"
        "Ethiopia's main opposition party said its members had done nothing wrong and condemned the arrests."
    )
    assert places(text, "111") == ["Addis Ababa"]


def test_a_dateline_the_body_names_is_a_scene_not_a_bureau() -> None:
    text = (
        "DAKAR, Senegal (Reuters) - Germany will withdraw its troops from Mali by the end of the year, the "
        "German defence ministry said on Tuesday.\n\n"
        "Senegal's government said it would take in some of the equipment."
    )
    assert places(text, "03") == ["Dakar"]


def test_a_place_of_the_datelines_country_makes_it_a_scene() -> None:
    text = (
        "KINGSTOWN (Reuters) - The presidents of Guyana and Venezuela met for hours at the Argyle International "
        "Airport on Thursday.\n\n"
        "The two sides also pledged to set up a joint commission of foreign ministers."
    )
    found = places(text, "03")
    assert found and "Caracas" not in found and "Georgetown" not in found


def test_a_pledge_at_a_conference_is_where_the_reporter_is() -> None:
    text = (
        "BRUSSELS (Reuters) - Japan pledged $200 million in aid to Ukraine at a donors' conference on Monday.\n\n"
        "Ukraine's foreign minister thanked its partners."
    )
    assert places(text, "03") == ["Brussels"]


def test_an_organisation_without_a_state_keeps_the_dateline() -> None:
    text = (
        "BANGKOK (AP) - Police in Cambodia arrested opposition leader Kem Sokha at his home in Phnom Penh on "
        "Sunday.\n\nThe Group of Seven called for his release on Monday."
    )
    assert places(text, "02") == ["Bangkok"]
    # A body with a seat (organizations.jsonl "seat", session 11) speaks there instead.
    assert places(text.replace("The Group of Seven", "The European Union"), "02") == ["Brussels"]


# A meeting's place, hung on the person met


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CANBERRA (Reuters) - Prime Minister Anthony Albanese met Fiji's prime minister, Sitiveni Rabuka, and "
            "his wife in Suva on Monday.",
            {"Suva"},
        ),
        (
            "WASHINGTON (AP) - President Joe Biden on Friday met the wife of a jailed American journalist, Ann "
            "Smith, and her son Tom in Chicago, the White House said.",
            {"Chicago"},
        ),
        # look-alike: where the people met were held is no place of the meeting
        (
            "WASHINGTON (AP) - President Joe Biden on Friday met relatives of Americans held in Russia, the White "
            "House said.",
            {"Washington"},
        ),
    ],
)
def test_a_meeting_is_where_the_person_met_was(text: str, expected: set[str]) -> None:
    found = places(text, "04")
    assert found and set(found) == expected


# Leaders at an encounter abroad speak there


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WASHINGTON (AP) - The presidents of Kenya and Ghana signed a trade pact at the White House on "
            "Monday.\n\nKenyan President William Ruto urged the World Bank to ease debt terms for African "
            "countries.",
            "Washington",
        ),
        (
            "DOHA (Reuters) - Turkish President Tayyip Erdogan met the emir of Qatar in Doha on Tuesday.\n\n"
            "Erdogan condemned Israel's strike on Hamas leaders as a violation of Qatari sovereignty.",
            "Doha",
        ),
        # look-alikes: a ministry speaks at home; a leader who was not at the signing too
        (
            "WASHINGTON (AP) - The presidents of Kenya and Ghana signed a trade pact at the White House on "
            "Monday.\n\nKenya's foreign ministry urged the World Bank to ease debt terms for African countries.",
            "Nairobi",
        ),
        (
            "WASHINGTON (AP) - The foreign ministers of Kenya and Ghana signed a trade pact at the White House "
            "on Monday.\n\nKenyan President William Ruto urged the World Bank to ease debt terms for African "
            "countries.",
            "Nairobi",
        ),
    ],
)
def test_a_leader_at_an_encounter_abroad_speaks_there(text: str, expected: str) -> None:
    events = code_text(text, date=date(2024, 5, 2))
    said = [(e.location or {}).get("name") for e in events if e.cameo[:2] in {"01", "02", "10", "11", "12", "13"}]
    assert said == [expected]


# Praise is a statement


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MEXICO CITY (AP) - Bolivia's former president Evo Morales arrived in Mexico on Tuesday after the "
            "Mexican government granted him asylum.\n\nU.S. President Joe Biden praised the Bolivian military "
            "for protecting democracy.",
            ["Washington"],
        ),
        # look-alikes: a guest thanks his host where they met; a dateline at home stays
        (
            "WASHINGTON (AP) - President Joe Biden hosted Kenyan President William Ruto at the White House on "
            "Thursday.\n\nRuto thanked Biden for his personal commitment to Africa.",
            ["Washington"],
        ),
        (
            "KYIV (Reuters) - Ukrainian President Volodymyr Zelenskiy praised Germany for its decision to send "
            "more air defence systems.",
            ["Kyiv"],
        ),
    ],
)
def test_praise_by_a_state_is_placed_like_its_statements(text: str, expected: list[str]) -> None:
    assert places(text, "051") == expected


# A name inside an institution's name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ISLAMABAD (AP) - The Taliban freed an American professor on Tuesday, officials said.\n\nThe "
            "professor, who taught at the American University of Afghanistan, had been abducted outside the "
            "campus in Kabul in 2016.",
            "Kabul",
        ),
        # look-alike: a place named whole still places the release
        (
            "ISLAMABAD (AP) - The Taliban freed an American professor on Tuesday, officials said.\n\nHe was "
            "handed over to U.S. forces in the southern city of Kandahar.",
            "Kandahār",
        ),
    ],
)
def test_a_name_inside_an_institutions_name_is_no_place(text: str, expected: str) -> None:
    events = code_text(text, date=date(2019, 11, 19))
    freed = [(e.location or {}).get("name") for e in events if e.cameo.startswith("084")]
    assert freed == [expected]


def test_a_long_paragraph_that_opens_like_a_byline_still_names_the_dateline() -> None:
    text = (
        "DAKAR, Senegal (Reuters) - Germany will withdraw its troops from Mali by the end of the year, the "
        "German defence ministry said on Tuesday.\n\n"
        "By contrast, staff at the French embassy in Dakar said France had no plans to move its own soldiers "
        "out of the region before the rainy season, when operations usually slow down."
    )
    assert places(text, "03") == ["Dakar"]
