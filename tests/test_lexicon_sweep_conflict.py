"""The conflict half of the lexicon sweep (CAMEO roots 10-20): the verbs, particles and
light-verb idioms wire copy uses for demands, criticism, rejection, threats, protest, force
posture, reduced relations, coercion, assault, fighting and mass violence, each on a news
sentence; and sentences using the same words for something else, which must not code."""

from __future__ import annotations

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow


CODED = [
    # 10 demands: the demanded act in a that-clause
    ("Moscow demanded that Ukraine hand over the suspects.", ("RUS", "UKR", "1053")),
    ("Beijing demanded that Manila pull its coast guard vessels out of the lagoon.", ("CHN", "PHL", "1056")),
    # 11 criticism, accusation, complaint, lawsuit, verdict
    ("Pakistan lashed out at Afghanistan over the rising number of cross-border raids.", ("PAK", "AFG", "111")),
    ("Turkey hit back at France over the Armenian genocide bill.", ("TUR", "FRA", "111")),
    ("Brazil took a swipe at the United States over its farm subsidies.", ("BRA", "USA", "111")),
    ("Italy took issue with France's treatment of migrants at the border.", ("ITA", "FRA", "110")),
    ("Seoul raised objections to Tokyo's plan to list the mine as a heritage site.", ("KOR", "JPN", "110")),
    ("Athens chided Ankara over the survey ship's voyage.", ("GRC", "TUR", "111")),
    ("Iraq held Turkey responsible for the shelling of the resort.", ("IRQ", "TUR", "112")),
    ("Armenia pointed the finger at Azerbaijan over the border shooting.", ("ARM", "AZE", "112")),
    ("Baku charged that Yerevan had planted mines in the recovered districts.", ("AZE", "ARM", "112")),
    ("Ukraine brought a case against Russia at the International Court of Justice.", ("UKR", "RUS", "115")),
    ("A Moscow court found the American soldier guilty of theft.", ("RUS", "USA", "116")),
    ("Taipei called the Chinese military exercises a grave provocation.", ("TWN", "CHN", "111")),
    ("Warsaw labelled the Belarusian decision an unfriendly act.", ("POL", "BLR", "111")),
    ("The Czech foreign ministry handed the Russian ambassador a protest note.", ("CZE", "RUS", "114")),
    ("The European Commission took Hungary to task over its asylum law.", ("IGO", "HUN", "111")),
    # 12 rejection
    ("Kyiv ruled out negotiations with Moscow while its troops remain in Ukraine.", ("UKR", "RUS", "125")),
    ("Seoul brushed aside Pyongyang's offer of a summit.", ("KOR", "PRK", "120")),
    ("Iran stonewalled the European Union over the detained diplomats.", ("IRN", "IGO", "120")),
    ("Germany balked at France's plan for joint European debt.", ("DEU", "FRA", "120")),
    # 13 threats
    ("Iran vowed revenge against the United States for the killing of its commander.", ("IRN", "USA", "138")),
    ("Moscow warned Kyiv of a harsh response if it struck Crimea again.", ("RUS", "UKR", "138")),
    ("China threatened Lithuania with sanctions over the Taiwanese office.", ("CHN", "LTU", "1312")),
    ("North Korea threatened to launch strikes on South Korean warships.", ("PRK", "KOR", "138")),
    # 14 protest
    ("Thousands of Georgians took to the streets of Tbilisi to protest against the law.", ("GEO", "", "141")),
    ("Thousands of Britons took part in a march in London against the war in Gaza.", ("GBR", "GBR", "141")),
    ("French air traffic controllers went on strike over pension reform.", ("FRA", "", "143")),
    ("A jailed Bahraini activist went on a hunger strike in protest against his sentence.", ("BHR", "BHR", "142")),
    ("Nurses in Kenya walked off the job over unpaid salaries.", ("KEN", "KEN", "143")),
    ("Chilean protesters hurled stones at police in Santiago.", ("CHL", "CHL", "145")),
    # 15 force posture
    ("Russia called up 300,000 reservists to fight in Ukraine.", ("RUS", "UKR", "154")),
    ("China amassed warships near the Philippine coast.", ("CHN", "PHL", "154")),
    ("Poland beefed up its military presence on the border with Belarus.", ("POL", "BLR", "154")),
    ("North Korea unveiled a new solid-fuel missile in a warning to the United States.", ("PRK", "USA", "150")),
    # 16 reduced relations
    ("Niger revoked its defence agreement with France.", ("NER", "FRA", "160")),
    ("Mali pulled out of the regional security alliance with Niger.", ("MLI", "NER", "160")),
    ("Russia walked away from the grain corridor deal with Ukraine.", ("RUS", "UKR", "160")),
    ("Bolivia withdrew from the negotiations with Chile.", ("BOL", "CHL", "164")),
    ("Ukraine declared a Hungarian consul persona non grata.", ("UKR", "HUN", "161")),
    ("Russia shut off gas supplies to the Netherlands.", ("RUS", "NLD", "162")),
    ("Japan banned imports of Russian coal.", ("JPN", "RUS", "163")),
    ("Mali ordered the United Nations peacekeepers to leave the country.", ("MLI", "IGO", "1661")),
    ("Colombia put its peace talks with Venezuela on hold.", ("COL", "VEN", "164")),
    ("Washington put its military aid to Egypt on hold.", ("USA", "EGY", "162")),
    # 17 coercion
    ("Russia throttled access to YouTube.", ("RUS", "RUS", "1721")),
    ("Nicaragua stripped the former Sandinista commander of his citizenship.", ("NIC", "NIC", "172")),
    ("Kenyan police teargassed protesters in Nairobi.", ("KEN", "KEN", "175")),
    ("Sudanese security forces opened fire on protesters in Khartoum.", ("SDN", "SDN", "175")),
    ("Russia locked up dozens of Ukrainian activists in Crimea.", ("RUS", "UKR", "173")),
    ("Iran put the Swedish diplomat behind bars on spying charges.", ("IRN", "SWE", "173")),
    ("Libya sent back hundreds of Egyptian migrants.", ("LBY", "EGY", "174")),
    # 18 assault
    ("Hamas used Palestinian civilians as human shields.", ("PSE", "PSE", "184")),
    ("Congolese militiamen hacked Ugandan villagers to death in Ituri.", ("COD", "UGA", "1823")),
    # 19 fighting
    ("Thai and Cambodian troops traded fire along the disputed border.", ("THA", "KHM", "190")),
    ("Israeli forces pushed into the town of Jenin in the West Bank.", ("ISR", "PSE", "190")),
    ("Ukrainian troops came under fire from Russian artillery.", ("RUS", "UKR", "190")),
    ("Ukrainian forces repulsed a Russian assault near Kupiansk.", ("UKR", "RUS", "190")),
    ("Ukrainian troops liberated the village of Robotyne from Russian forces.", ("UKR", "RUS", "192")),
    ("Azerbaijani troops blocked the corridor to Armenia.", ("AZE", "ARM", "191")),
    ("Russia rained missiles on Ukrainian cities on New Year's Eve.", ("RUS", "UKR", "195")),
    ("Syrian rebels lobbed mortar shells into the government-held district of Aleppo.", ("SYR", "SYR", "194")),
    # 20 mass violence
    ("The Sudanese army drove thousands of villagers into Chad.", ("SDN", "TCD", "201")),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[e[2] + ":" + t[:40] for t, e in CODED])
def test_sweep_row_codes_the_event(text: str, event: tuple[str, str, str]) -> None:
    assert event in coded(text)


NOT_CODED = [
    # the same words in another sense, with states named so that a looser row would code them
    "Brazilian fans took to the streets of Rio to celebrate the World Cup win.",
    "A Turkish court found the Greek sailors innocent of smuggling.",
    "Russia called the meeting with China a great success.",
    "Kenya called the new railway with Ethiopia a historic milestone.",
    "Thousands of Japanese took part in a marathon in Tokyo on Sunday.",
    "The Kenyan champion beat the Ethiopian runner to the line in Nairobi.",
]


@pytest.mark.parametrize("text", NOT_CODED, ids=[t[:40] for t in NOT_CODED])
def test_sweep_row_ignores_other_senses(text: str) -> None:
    roots = {code[:2] for _, _, code in coded(text)}
    assert not roots & {"10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}


def test_hacked_to_death_is_a_killing_but_hacked_servers_are_damage() -> None:
    assert ("CHN", "IND", "171") in coded("Chinese hackers hacked the Indian power grid.")
    assert ("CHN", "IND", "1823") not in coded("Chinese hackers hacked the Indian power grid.")
