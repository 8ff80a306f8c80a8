"""Probe: events whose place is named in an earlier sentence, not in their own (branch loc7).

Each passage is two or three sentences written for this probe; the expected place is the one a
reader takes from the earlier sentence (the scene rule, docs/PLACES.md rule 7a, the country
sharpened to the article's city, "the town"), or the dateline where the earlier place should not
carry over (a statement, a capital named for its government).  Prints each miss and the share
placed right.  Run: ``PYTHONPATH=src python bench/place_probe.py``.
"""

from __future__ import annotations

import sys
from datetime import date

from accord.api import code_text

# (passage, trigger, expected location name)
PROBES: list[tuple[str, str, str]] = [
    # the scene: force, arrests and protests after a lead that names the town
    (
        "KYIV - Russian drones hit the town of Marinka overnight. Russian forces killed three civilians, "
        "the governor said.",
        "killed",
        "Mar'yinka",
    ),
    (
        "BAMAKO - Jihadists overran an army post near Tessalit on Sunday. The militants killed six soldiers, "
        "the army said.",
        "killed",
        "Tessalit",
    ),
    (
        "OUAGADOUGOU - Gunmen stormed a market in Djibo on Saturday. The attackers killed 20 traders, residents said.",
        "killed",
        "Djibo",
    ),
    (
        "RAMALLAH - Israeli troops raided Huwara before dawn. Soldiers arrested 15 Palestinians, "
        "the Palestinian prisoners' society said.",
        "arrested",
        "Huwara",
    ),
    (
        "BELGRADE - A gunman opened fire in a cafe in Novi Sad late on Saturday. Serbian police arrested "
        "two suspects on Sunday.",
        "arrested",
        "Novi Sad",
    ),
    (
        "TBILISI - Thousands of people rallied in Batumi on Sunday. Police detained 30 protesters, "
        "the interior ministry said.",
        "detained",
        "Batumi",
    ),
    (
        "DHAKA - Students blocked roads in Chittagong on Monday. Police fired tear gas at the protesters, "
        "witnesses said.",
        "fired",
        "Chattogram",  # GeoNames' name of Chittagong (loc8: the probe compared the spelling)
    ),
    (
        "ABUJA - Gunmen abducted villagers in Kuriga, Kaduna state, on Thursday. Nigerian troops clashed "
        "with the kidnappers on Friday, the army said.",
        "clashed",
        "Kaduna",
    ),
    (
        "KYIV - Explosions rocked Kharkiv overnight. Russian missiles struck an apartment block, the mayor said.",
        "struck",
        "Kharkiv",
    ),
    (
        "KYIV - Fighting raged around Pokrovsk on Tuesday. Ukrainian forces repelled 40 Russian assaults, "
        "the general staff said.",
        "repelled",
        "Pokrovsk",
    ),
    (
        "ISLAMABAD - A suicide bomber struck a police station in Peshawar on Friday. Pakistani police "
        "arrested four suspects, officials said.",
        "arrested",
        "Peshawar",
    ),
    (
        "NAIROBI - Protesters marched in Mombasa on Tuesday. Kenyan police arrested 40 people, "
        "a police spokesman said.",
        "arrested",
        "Mombasa",
    ),
    (
        "JERUSALEM - Rockets were fired at Sderot on Monday. The Israeli military struck Hamas targets "
        "in response, it said.",
        "struck",
        # not Sderot; loc8: Israeli fire on Hamas told from Jerusalem is in the target's country (rule 6)
        "Palestinian Territory",
    ),
    (
        "BEIRUT - An Israeli drone hit a car near Tyre on Monday. The strike killed two Hezbollah members, "
        "a security source said.",
        "killed",
        "Tyre",
    ),
    (
        "KHARTOUM - The Rapid Support Forces besieged El Fasher for weeks. RSF fighters shelled "
        "a hospital on Sunday, the WHO said.",
        "shelled",
        "El Fasher",
    ),
    # loc8: the place of an earlier act, however it was named (a village, an object, "the town")
    (
        "KYIV - Russian troops shelled Huliaipole on Tuesday. Russian forces killed two civilians, "
        "the regional governor said.",
        "killed",
        "Hulyaypole",
    ),
    (
        "LIMA - Thousands of protesters marched in Juliaca on Monday. Peruvian police arrested 25 demonstrators, "
        "officials said.",
        "arrested",
        "Juliaca",
    ),
    (
        "KYIV - Explosions rocked Zaporizhzhia overnight. Russian drones struck an energy facility, the governor said.",
        "struck",
        "Zaporizhzhya",
    ),
    (
        "KYIV - Russian forces pushed into Chasiv Yar in April. Russian troops shelled the town again on Sunday, "
        "the army said.",
        "shelled",
        "Chasiv Yar",
    ),
    (
        "RAMALLAH - Israeli settlers attacked the village of Turmus Ayya on Friday. Israeli troops later raided "
        "the village.",
        "raided",
        "Turmus‘ayyā",
    ),
    (
        "DHAKA - Protesters clashed with police in Sylhet on Sunday. Police fired tear gas in response, "
        "witnesses said.",
        "fired",
        "Sylhet",
    ),
    # loc8: where it must not carry: a reprisal, another place named, a statement
    (
        "JERUSALEM - Hezbollah fired rockets at Kiryat Shmona on Sunday. Israeli troops raided Hezbollah "
        "positions in response, the military said.",
        "raided",
        "Jerusalem",
    ),
    (
        "KYIV - Russian drones hit Odesa overnight. Russian missiles also struck Dnipro, the air force said.",
        "struck",
        "Dnipro",
    ),
    (
        "MOGADISHU - Al Shabaab militants stormed a hotel in Kismayo on Friday. Somalia's president condemned "
        "the group, his office said.",
        "condemned",
        "Mogadishu",
    ),
    (
        "KYIV - Russian forces pushed into Chasiv Yar in April. Ukraine's defence minister accused Russia "
        "of war crimes.",
        "accused",
        "Kyiv",
    ),
    # the country of the sentence sharpened to the article's city
    (
        "WELLINGTON - New Zealand's prime minister arrived in Shanghai on Tuesday. He met Chinese Premier "
        "Li Qiang during his visit to China.",
        "met",
        "Shanghai",
    ),
    (
        "WASHINGTON - Russian missiles hit apartment blocks in Kharkiv overnight. Russian forces killed "
        "11 civilians in Ukraine, officials said.",
        "killed",
        "Kharkiv",
    ),
    # "the city", "the town"
    (
        "KYIV - Russian troops advanced on Vuhledar in October. Ukrainian forces withdrew from the town "
        "on Wednesday, the army said.",
        "withdrew",
        "Vuhledar",
    ),
    (
        "BAGHDAD - Militants seized parts of Tal Afar in June. Iraqi forces retook the city on Sunday, officials said.",
        "retook",
        "Tal Afar",
    ),
    # where the earlier place must not carry over
    (
        "KYIV - Russian drones struck energy facilities in Odesa overnight. Ukraine's president condemned "
        "Russia on Tuesday.",
        "condemned",
        "Kyiv",
    ),
    (
        "ISLAMABAD - Pakistan accused the Taliban government in Kabul of sheltering militants. Pakistani "
        "police arrested 12 suspected militants on Sunday.",
        "arrested",
        "Islamabad",
    ),
    (
        "KYIV - Russian forces shelled Kherson on Monday. Ukraine's foreign minister urged allies "
        "to send more air defences.",
        "urged",
        "Kyiv",
    ),
    (
        "BEIRUT - An Israeli strike hit a building in Tyre on Monday. Lebanon's prime minister "
        "condemned Israel, his office said.",
        "condemned",
        "Beirut",
    ),
    (
        "NAIROBI - Protesters marched in Mombasa on Tuesday. Kenya's president accused the opposition "
        "of inciting violence.",
        "accused",
        "Nairobi",
    ),
    (
        "BAMAKO - Jihadists attacked a convoy near Gao on Sunday. Mali's junta thanked Russia for "
        "its support, state television said.",
        "thanked",
        "Bamako",
    ),
    (
        "JERUSALEM - Militants fired rockets from Gaza on Monday. Israel's prime minister warned Hamas "
        "of a harsh response.",
        "warned",
        "Jerusalem",
    ),
    (
        "KYIV - Russian drones struck Lviv overnight. Ukraine asked its allies for more Patriot systems.",
        "asked",
        "Kyiv",
    ),
    (
        "DHAKA - Students blocked roads in Chittagong on Monday. Bangladesh's interior minister promised an inquiry.",
        "promised",
        "Dhaka",
    ),
    (
        "TBILISI - Thousands of people rallied in Batumi on Sunday. Georgia's prime minister "
        "criticised the protest organisers.",
        "criticised",
        "Tbilisi",
    ),
    (
        "ABUJA - Gunmen abducted 30 villagers in Zamfara on Friday. Nigeria's president ordered the "
        "security forces to rescue them.",
        "ordered",
        "Abuja",
    ),
]


def placed(text: str, trigger: str) -> list[str | None]:
    """The location name of each event whose trigger is ``trigger``."""
    return [(e.location or {}).get("name") for e in code_text(text, date=date(2024, 5, 2)) if e.trigger == trigger]


def main() -> int:
    right = coded = 0
    for text, trigger, expected in PROBES:
        got = placed(text, trigger)
        coded += bool(got)
        if expected in got:
            right += 1
        else:
            print(f"miss: {trigger!r} expected {expected!r} got {got} | {text[:90]}")
    print(f"{right}/{len(PROBES)} placed right ({coded} with an event of that trigger)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
