"""Session 16 rules, on sentences written in the style of wire copy, parsed by the real model."""

from __future__ import annotations

from datetime import date

from accord.api import code_text
from accord.model import Event


def _events(text: str, day: date) -> list[Event]:
    return code_text(text, date=day)


def _keys(text: str, day: date = date(2024, 10, 2)) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of every event coded from ``text``."""
    return {(e.source.country, e.target.country if e.target else "", e.cameo[:2]) for e in _events(text, day)}


def test_a_hypothetical_counter_attack_is_not_the_attack_condemned() -> None:
    keys = _keys(
        "JERUSALEM (Reuters) - Iran fired about 180 ballistic missiles at Israel on Tuesday night in its second "
        "direct assault on the country this year.\n\n"
        "Iran's armed forces chief warned the United States that its bases in the region would be hit if they "
        "were used to support any Israeli counter-attack.\n\n"
        "British Prime Minister Keir Starmer condemned the attack in the strongest terms."
    )
    assert ("GBR", "IRN", "11") in keys
    assert ("GBR", "ISR", "11") not in keys


def test_an_act_its_doer_never_owned_up_to_is_not_the_attack_condemned() -> None:
    keys = _keys(
        "BEIRUT (AP) - Iran launched drones and missiles at Israel overnight, and Israeli jets intercepted most "
        "of them.\n\n"
        "Tehran called the barrage retaliation for the bombing of its consulate in Damascus. Israel has never "
        "confirmed it carried out that strike.\n\n"
        "German Chancellor Olaf Scholz condemned the attack on Sunday.",
        date(2024, 4, 14),
    )
    assert ("DEU", "IRN", "11") in keys
    assert ("DEU", "ISR", "11") not in keys


def test_the_strikes_condemned_are_the_ones_told_with_that_word() -> None:
    keys = _keys(
        "DUBAI (Reuters) - Iran fired more than a dozen ballistic missiles at two bases in Iraq housing U.S. "
        "troops on Wednesday, striking back for the U.S. drone attack that killed its top general last week.\n\n"
        "Iraq's foreign ministry later denounced the strikes as a violation of its sovereignty.",
        date(2020, 1, 8),
    )
    assert ("IRQ", "IRN", "11") in keys
    assert ("IRQ", "USA", "11") not in keys


_SOMALIA_FROM_NAIROBI = (
    " date 2024-08-03 https://www.example-wire.com/world/africa/mogadishu-beach-attack\n\n"
    "Gunmen kill dozens on Mogadishu beach\n\n"
    "NAIROBI, Aug 3 (Reuters) - At least 30 people were killed when a suicide bomber and gunmen attacked "
    "crowds on Mogadishu's Lido beach on Friday evening, Somali police said.\n\n"
    "A police spokesman said security forces had killed all of the attackers and had captured another man "
    "near the Beach View Hotel.\n\n"
    "The U.N. envoy for Somalia condemned the abhorrent act and said the world body stood with the Somali "
    "people.\n\n"
    "(Reporting by the Mogadishu newsroom; Writing by the Nairobi bureau)\n"
)


def _coded_file(tmp_path: object, text: str) -> list[Event]:
    from pathlib import Path

    from accord.model import Article
    from accord.pipeline import Coder
    from accord.stages.ingest import read_paths

    path = Path(str(tmp_path)) / "article.txt"
    path.write_text(text, encoding="utf-8")
    articles = [a for a in read_paths([path]) if isinstance(a, Article)]
    return [e for a in Coder().code(articles) for e in a.events]


def test_a_dateline_named_only_in_the_credit_line_is_a_bureau(tmp_path: object) -> None:
    # Nairobi appears in the body only as the bureau that wrote the story: the forces are Somalia's.
    events = _coded_file(tmp_path, _SOMALIA_FROM_NAIROBI)
    countries = {a.country for e in events for a in (e.source, e.target) if a is not None}
    assert "SOM" in countries and "KEN" not in countries
    # The police's answer to the attack is not the act the envoy condemned.
    condemned = [e for e in events if e.trigger == "condemned"]
    assert condemned and all(e.target is None or e.target.sector != "COP" for e in condemned)
    # "Mogadishu's Lido beach" is no Lido in Italy.
    assert all((e.location or {}).get("country") != "ITA" for e in events)


def test_an_act_weeks_before_the_news_is_background() -> None:
    keys = _keys(
        "HARARE (Reuters) - Southern African leaders on Thursday ended their military mission in eastern "
        "Congo, less than two months after M23 rebels overran Goma and killed thousands of people.",
        date(2025, 3, 14),
    )
    assert ("IGO", "COD", "16") in keys
    assert not any(root == "19" for _, _, root in keys)
    # Days before is still the news: the attack is coded.
    keys = _keys(
        "LAGOS (AP) - Nigerian police arrested two suspects on Friday, three days after gunmen attacked a "
        "church in the city of Owo.",
        date(2022, 6, 10),
    )
    assert any(root in {"18", "19"} for _, _, root in keys)


def test_aid_no_longer_given_is_aid_stopped() -> None:
    events = _events(
        '"We are no longer transferring weapons to Ukraine, because we are now arming Poland with more modern '
        'weapons," Polish Prime Minister Mateusz Morawiecki told the broadcaster Polsat.',
        date(2023, 9, 20),
    )
    codes = {(e.source.country, e.target.country if e.target else "", e.cameo) for e in events}
    assert ("POL", "UKR", "1622") in codes
    assert not any(code.startswith("07") for _, _, code in codes)


def test_a_measure_that_targets_a_business_is_no_attack() -> None:
    keys = _keys(
        "BRUSSELS (AP) - The European Union adopted its 14th package of sanctions against Russia on Monday, "
        "targeting Moscow's liquefied natural gas business for the first time.",
        date(2024, 6, 24),
    )
    assert ("IGO", "RUS", "16") in keys
    assert not any(root == "19" for _, _, root in keys)


def test_criticised_expulsions_of_people_are_aimed_at_the_expelling_state() -> None:
    keys = _keys(
        "ISLAMABAD (Reuters) - Pakistani police began arresting undocumented Afghans on Wednesday and moving "
        "them to holding centres before deportation.\n\n"
        "The Taliban administration in Kabul criticised the expulsions.",
        date(2023, 11, 1),
    )
    assert ("AFG", "PAK", "11") in keys


def test_an_appearance_made_to_accuse_is_an_accusation() -> None:
    keys = _keys(
        "NEW DELHI (Reuters) - Late on Saturday Indian Foreign Secretary Vikram Misri returned before the "
        "cameras to accuse Pakistan of repeated violations of the understanding reached that afternoon.",
        date(2025, 5, 10),
    )
    assert ("IND", "PAK", "11") in keys


def test_a_protest_at_an_act_by_named_officers_aims_at_their_state() -> None:
    events = _events(
        "TAIPEI (Reuters) - Taiwan on Tuesday protested the boarding of a Taiwanese sightseeing boat by "
        "Chinese coast guard officers near the Kinmen islands.",
        date(2024, 2, 20),
    )
    codes = {(e.source.country, e.target.country if e.target else "", e.cameo) for e in events}
    assert ("TWN", "CHN", "111") in codes
    # People who protest still demonstrate (140).
    keys = _keys("WARSAW (AP) - Thousands of farmers protested the new grain rules outside parliament on Friday.")
    assert any(root == "14" for _, _, root in keys)


def test_violence_against_an_embassy_is_aimed_at_the_violent() -> None:
    keys = _keys(
        "OUAGADOUGOU, Burkina Faso (AP) - Protesters attacked the French embassy in Ouagadougou on Saturday, "
        "setting fires at its gates.\n\n"
        "Paris condemned the violence against its embassy in the strongest terms.",
        date(2022, 10, 1),
    )
    assert ("FRA", "BFA", "11") in keys
    assert ("FRA", "FRA", "11") not in keys


def test_a_bare_congo_is_the_democratic_republic() -> None:
    keys = _keys(
        "HARARE (Reuters) - Southern African leaders on Thursday ended their military mission in eastern Congo "
        "and ordered the soldiers home in stages.",
        date(2025, 3, 14),
    )
    assert ("IGO", "COD", "16") in keys
    assert not any("COG" in (s, t) for s, t, _ in keys)


def test_the_state_across_a_border_crossing_is_no_party_to_an_agreement() -> None:
    keys = _keys(
        "PORT SUDAN (Reuters) - Sudan's army-led government agreed on Thursday to reopen the Adre border crossing "
        "with Chad for three months so that aid can reach Darfur.",
        date(2024, 8, 16),
    )
    assert not any("TCD" in (s, t) for s, t, _ in keys)


def test_a_verdict_told_with_as_disapproves() -> None:
    keys = _keys(
        "NEW YORK (AP) - The U.N. General Assembly voted on Thursday to suspend Russia from the Human Rights "
        "Council. Moscow regarded the decision as an illegitimate step.",
        date(2022, 4, 7),
    )
    assert ("RUS", "IGO", "11") in keys
    # A verdict of praise is none.
    keys = _keys("ANKARA (Reuters) - The Turkish foreign minister described the talks with Greece as constructive.")
    assert not any(root == "11" for _, _, root in keys)


def test_a_headline_infinitive_is_an_intent() -> None:
    events = _events("Putin to visit North Korea for first time in 24 years", date(2024, 6, 17))
    assert events and all(e.cameo[:2] == "03" for e in events)


def test_a_rank_still_to_be_won_is_a_plan() -> None:
    keys = _keys(
        "UNITED NATIONS (Reuters) - The Security Council voted on Thursday to lift sanctions on Syrian President "
        "Ahmed al-Sharaa, four days before Sharaa is due to become the first Syrian head of state to visit the "
        "White House.",
        date(2025, 11, 6),
    )
    assert ("IGO", "SYR", "08") in keys
    assert not any(root == "04" for _, _, root in keys)


def test_a_bare_surname_is_the_namesake_the_article_introduced() -> None:
    events = _events(
        "GUATEMALA CITY (Reuters) - The government of President Jimmy Morales defended the migration deal on "
        "Saturday.\n\n"
        "Morales thanked the United States for its help in fighting smuggling gangs on the border.",
        date(2019, 7, 27),
    )
    sources = {e.source.name for e in events if e.trigger == "thanked"}
    assert sources == {"Jimmy Morales"}


def test_recognition_no_longer_given_breaks_ties() -> None:
    events = _events(
        "YAREN (Reuters) - Nauru's government said on Monday that it would no longer recognise Taiwan as a "
        "separate country.",
        date(2024, 1, 15),
    )
    codes = {(e.source.country, e.target.country if e.target else "", e.cameo) for e in events}
    assert ("NRU", "TWN", "161") in codes


def test_a_past_tense_joined_to_a_modal_passive_is_its_own_clause() -> None:
    keys = _keys(
        "NEW YORK (Reuters) - President Masoud Pezeshkian said Tehran would not be pushed into a new deal "
        "under pressure and accused the United States and Israel of using sanctions to weaken the Islamic "
        "republic.",
        date(2025, 9, 27),
    )
    assert ("IRN", "USA", "11") in keys and ("IRN", "ISR", "11") in keys


def test_new_lexicon_rows_of_the_session() -> None:
    # a draft thrown out is rejected, by whom the attempt was made
    keys = _keys(
        "TEHRAN (Reuters) - Iran recalled its ambassadors hours after the UN Security Council threw out a "
        "last-ditch attempt by Russia and China to delay the return of sanctions.",
        date(2025, 9, 27),
    )
    assert ("IGO", "RUS", "12") in keys and ("IGO", "CHN", "12") in keys
    # a missile that slams into a building
    keys = _keys(
        "KYIV (Reuters) - A Russian cruise missile slammed into Ukraine's largest children's hospital on Monday.",
        date(2024, 7, 8),
    )
    assert ("RUS", "UKR", "19") in keys
    # bail refused keeps the accused in jail
    events = _events(
        "DHAKA (Reuters) - A court in the port city of Chattogram refused bail on Tuesday to a Hindu leader "
        "charged with sedition.",
        date(2024, 11, 26),
    )
    assert [e.cameo for e in events] == ["173"]


def test_a_threat_that_will_not_hesitate_is_a_threat_of_force() -> None:
    keys = _keys(
        "SANAA (Reuters) - Houthi military spokesman Yahya Saree said the rebels would not hesitate to strike "
        "vital Israeli targets.",
        date(2024, 7, 21),
    )
    assert ("YEM", "ISR", "13") in keys
    # told in the past, the hesitation threatens nothing
    keys = _keys("BEIRUT (AP) - Israel did not hesitate to strike Hezbollah positions in southern Lebanon on Monday.")
    assert not any(root == "13" for _, _, root in keys)


def test_practice_and_launches_over_a_state_are_no_attacks() -> None:
    events = _events(
        "TOKYO (AP) - North Korea fired a ballistic missile over Japan on Tuesday, its first such flight over "
        "the Japanese islands since 2017.",
        date(2022, 10, 4),
    )
    assert [(e.source.country, e.target.country if e.target else "", e.cameo) for e in events] == [
        ("PRK", "JPN", "150")
    ]
    keys = _keys(
        "SEOUL (Reuters) - South Korean F-15K fighters, flying alongside U.S. F-16s, dropped precision-guided "
        "bombs on an uninhabited island target off the west coast, Seoul's Joint Chiefs of Staff said, in a "
        "drill meant to show the allies could strike the North.",
        date(2022, 10, 4),
    )
    assert not any(root == "19" for _, _, root in keys)
    # bombs dropped over a city are a bombing
    keys = _keys("BEIRUT (Reuters) - Russian jets dropped bombs over Aleppo on Sunday, a monitoring group said.")
    assert any(root == "19" for _, _, root in keys)


def test_leaders_who_agree_on_a_view_pledge_nothing() -> None:
    keys = _keys(
        "TOKYO (Reuters) - Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden spoke by phone "
        "on Tuesday and agreed the launch was a danger to the people of Japan.",
        date(2022, 10, 4),
    )
    assert ("JPN", "USA", "04") in keys
    assert not any(root == "03" for _, _, root in keys)


def test_fighters_who_loot_seize_property() -> None:
    events = _events(
        "KHARTOUM (Reuters) - Local activists said Rapid Support Forces fighters looted homes and shops in the "
        "village after the attack.",
        date(2024, 6, 6),
    )
    assert any(e.cameo == "171" for e in events)


def test_talks_a_speaker_held_before_speaking_are_coded() -> None:
    keys = _keys(
        "BUDAPEST (Reuters) - Hungary will buy four more Swedish-made Gripen fighter jets, Prime Minister Viktor "
        "Orban said on Friday after talks in Budapest with his Swedish counterpart Ulf Kristersson.",
        date(2024, 2, 23),
    )
    assert ("HUN", "SWE", "04") in keys and ("SWE", "HUN", "04") in keys


def test_what_a_speaker_calls_a_provocation_or_describes_as_a_decision() -> None:
    keys = _keys(
        "TOKYO (AP) - North Korea fired a ballistic missile over Japan on Tuesday.\n\n"
        "In Seoul, President Yoon Suk Yeol denounced what he called a reckless provocation. U.S. national "
        "security adviser Jake Sullivan condemned what he described as a reckless decision by Pyongyang.",
        date(2022, 10, 4),
    )
    assert ("KOR", "PRK", "11") in keys and ("USA", "PRK", "11") in keys


def test_a_states_allies_are_not_that_state() -> None:
    keys = _keys(
        "KYIV (Reuters) - Russia fired dozens of cruise missiles at cities across Ukraine on Monday.\n\n"
        "Ukraine's Western allies condemned the attacks.",
        date(2022, 10, 10),
    )
    assert ("RUS", "UKR", "19") in keys
    assert ("UKR", "RUS", "11") not in keys


def test_officials_given_hours_to_leave_and_consulates_ordered_shut() -> None:
    keys = _keys(
        "PARIS (AFP) - Foreign Minister Jean-Noel Barrot said Algiers had given 12 French officials 48 hours to leave.",
        date(2025, 4, 15),
    )
    assert ("DZA", "FRA", "16") in keys
    keys = _keys(
        "BEIJING (Reuters) - China on Friday ordered the United States to close its consulate general in the "
        "southwestern city of Chengdu.",
        date(2020, 7, 24),
    )
    assert ("CHN", "USA", "16") in keys


def test_all_three_takes_up_the_three_states_named_before() -> None:
    keys = _keys(
        "KYIV (Reuters) - Poland, Hungary and Slovakia imposed their own bans on Ukrainian grain. On Monday, "
        "Ukraine lodged complaints against all three with the World Trade Organization.",
        date(2023, 9, 18),
    )
    assert {("UKR", "POL", "11"), ("UKR", "HUN", "11"), ("UKR", "SVK", "11")} <= keys
    assert ("UKR", "IGO", "11") not in keys
