"""Coverage rules added from error analysis on the peer benchmarks, each on a realistic sentence."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def coded(text: str, published: date = date(2024, 3, 15)) -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO) of each event in a text."""
    return {(e.source.code, e.target.code if e.target else "", e.cameo) for e in code_text(text, date=published)}


def dyads(text: str, published: date = date(2024, 3, 15)) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of each event in a text."""
    return {
        (e.source.country, e.target.country if e.target else "", e.info.root) for e in code_text(text, date=published)
    }


def test_collective_head_takes_the_sector_of_its_role_word() -> None:
    found = coded("Opposition groups in Zimbabwe demanded that President Emmerson Mnangagwa resign.")
    assert any(s == "ZWEOPP" and t == "ZWEGOV" and c.startswith("10") for s, t, c in found)


def test_european_community_is_the_eu() -> None:
    found = dyads("The European Community gave Poland 70 million dollars in food aid.", date(1990, 3, 5))
    assert ("IGO", "POL", "07") in found


def test_people_throughout_a_country_are_of_that_country() -> None:
    found = dyads("Thousands of university students throughout Indonesia staged mass demonstrations on Saturday.")
    assert any(s == "IDN" and r == "14" for s, _, r in found)


def test_rejected_request_targets_the_state_that_made_it() -> None:
    assert ("YEM", "USA", "12") in dyads("Yemen has rejected a U.S. request to interrogate the detainees.")


def test_a_capital_in_an_agreement_name_is_no_owner() -> None:
    assert not any(t == "FRA" for _, t, _ in dyads("Kazakhstan rejected the Paris agreement on Monday."))


def test_own_forces_are_moved_not_targeted() -> None:
    assert ("SYR", "LBN", "03") in dyads("Syria says it is willing to withdraw its troops from neighboring Lebanon.")


def test_threat_targets_the_subject_of_its_condition() -> None:
    found = dyads("Russia has threatened to quit the arms talks if the United States deploys new missiles in Europe.")
    assert ("RUS", "USA", "13") in found


def test_announced_boycott_is_a_threat_to_boycott() -> None:
    found = coded("Palestinian leaders said they would boycott all official contact with the United States.")
    assert any(t == "USA" and c == "1312" for _, t, c in found)


def test_obligation_targets_the_one_told_to_act() -> None:
    found = dyads("The White House declared on Tuesday that China must drop its barriers to U.S. exports.")
    assert ("USA", "CHN", "10") in found


def test_call_for_an_act_targets_whom_the_act_is_against() -> None:
    assert ("ZAF", "NGA", "02") in dyads("South Africa on Sunday called for sanctions against Nigeria.")


def test_rejected_calls_by_someone_target_the_caller() -> None:
    found = dyads("Germany rejected recent calls by Belarus's rulers for immediate economic aid.")
    assert ("DEU", "BLR", "12") in found


def test_assurances_from_a_government_are_its_act() -> None:
    found = coded("Chilean opposition leaders received assurances from the government on Friday.")
    assert ("CHLGOV", "CHLOPP", "030") in found


def test_coordinated_states_seeking_cooperation_act_toward_each_other() -> None:
    found = dyads("Chile and Peru are seeking to expand their partnership in lithium mining.")
    assert {("CHL", "PER", "03"), ("PER", "CHL", "03")} <= found


def test_wanting_another_state_to_act_is_an_appeal_to_it() -> None:
    found = dyads("Japan wants China to help North Korea rebuild its economy.")
    assert ("JPN", "CHN", "02") in found
    assert not any(s == "JPN" and r == "03" for s, _, r in found)


def test_unidentified_gunmen_have_no_state() -> None:
    found = dyads("Gunmen on Thursday abducted more than 280 pupils from a school in Kaduna State, Nigeria.")
    assert ("", "NGA", "18") in found


def test_unclaimed_bombing_has_an_unknown_attacker() -> None:
    found = coded("At least three Iraqi civilians have been killed in a suicide car bombing in central Baghdad.")
    assert any(s == "---UAF" and t.startswith("IRQ") for s, t, _ in found)


def test_deaths_in_clashes_name_no_attacker() -> None:
    found = coded("Nine people were killed in clashes in Senegal after the opposition leader was sentenced.")
    assert not any(s == "---UAF" for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bangladesh contributed 800 troops to the UN mission in Sierra Leone.", ("BGD", "IGO", "074")),
        ("The United Nations reduced food supplies to Cambodian refugees in Thailand.", ("IGO", "KHM", "162")),
        (
            "The Latvian Constitutional Court cancelled restrictions on Russian-language broadcasters.",
            ("LVAJUD", "", "081"),
        ),
        ("Israel strengthened its forces in southern Lebanon on Friday.", ("ISR", "LBN", "154")),
        ("Indonesia forced the UN refugee agency out of the country.", ("IDN", "IGO", "1663")),
    ],
)
def test_lexicon_objects_added_from_error_analysis(text: str, expected: tuple[str, str, str]) -> None:
    found = coded(text)
    source, target, code = expected
    assert any(s.startswith(source) and t.startswith(target) and c == code for s, t, c in found), found


def test_unilateral_ceasefire_is_coded_without_a_target() -> None:
    found = coded("Hezbollah declared a unilateral ceasefire on Wednesday after twelve days of battles.")
    assert any(c == "0871" and t == "" for _, t, c in found)


def test_protesters_wrecking_property_riot() -> None:
    found = dyads("The Russian consulate was demolished by Ukrainian protesters on Sunday.")
    assert ("UKR", "RUS", "14") in found
    assert not any(r == "17" for _, _, r in found)


def test_an_accident_is_not_an_actor() -> None:
    found = dyads("Investigators will identify the victims killed by the Malaysia Airlines crash in eastern Ukraine.")
    assert not any(r == "19" for _, _, r in found)


def test_demand_noun_targets_the_subject_of_its_that_clause() -> None:
    found = dyads("The Hutu rebels insisted on their demands that Burundi's government grant the majority more rights.")
    assert any(t == "BDI" and r == "10" for _, t, r in found)


def test_what_a_demand_asks_for_has_not_happened() -> None:
    found = dyads("The European Union repeated its demand that Israel ease restrictions on Palestinian workers.")
    assert not any(s == "ISR" and r == "08" for s, _, r in found)


def test_being_opposed_to_mediation_is_its_rejection() -> None:
    found = coded("Israel is opposed to French mediation in peace negotiations with Syria, an aide said on Wednesday.")
    assert any(s == "ISR" and t.startswith("FRA") and c == "126" for s, t, c in found), found


def test_calling_an_act_a_crime_denounces_it() -> None:
    found = dyads("Poland called the Russian strike on the hospital a war crime.")
    assert ("POL", "RUS", "11") in found


def test_calling_an_act_a_goodwill_gesture_is_no_denunciation() -> None:
    found = dyads("The Polish foreign minister called Russia's decision an act of goodwill.")
    assert not any(r == "11" for _, _, r in found)


def test_state_coercing_unnamed_people_acts_on_its_own() -> None:
    assert ("KAZ", "KAZ", "17") in dyads("Kazakh police detained dozens in Almaty on Saturday.")


def test_state_arresting_its_opposition_leader_is_a_domestic_dyad() -> None:
    found = dyads("Senegalese police arrested opposition leader Ousmane Sonko in Dakar on Friday.")
    assert ("SEN", "SEN", "17") in found


def test_protest_naming_no_one_is_against_the_own_state() -> None:
    found = dyads("Tens of thousands of Armenians marched through the capital again on Monday, chanting slogans.")
    assert ("ARM", "ARM", "14") in found


def test_condemning_a_coup_targets_those_who_seized_power() -> None:
    text = (
        "LIBREVILLE, Gabon (AP) - Army officers in Gabon seized power on Wednesday and placed President Ali Bongo "
        "Ondimba under house arrest, minutes after he was declared the winner of Saturday's election.\n\n"
        "France, which keeps about 400 troops in the country, condemned the military takeover on Wednesday."
    )
    assert ("FRA", "GAB", "11") in dyads(text, date(2023, 8, 30))


def test_being_shocked_by_an_act_reacts_to_whoever_did_it() -> None:
    text = (
        "Police in Bangladesh opened fire on student protesters in Dhaka on Tuesday, killing at least six people.\n\n"
        "The U.N. rights office said it was shocked by the killings and urged restraint."
    )
    assert ("IGO", "BGD", "11") in dyads(text, date(2024, 7, 17))


def test_disappointment_told_as_an_adjective_still_reacts() -> None:
    found = dyads('Japan said it was "deeply disappointed" by China\'s decision to ban seafood imports.')
    assert ("JPN", "CHN", "11") in found, found


def test_a_shocking_act_with_no_one_feeling_it_is_no_event() -> None:
    assert not dyads("The abduction of the schoolgirls shocked Nigeria.")


def test_police_sent_on_a_mission_protect_rather_than_visit() -> None:
    found = dyads("A contingent of Rwandan police officers arrived in Mozambique on Friday to help restore order.")
    assert ("RWA", "MOZ", "07") in found and not any(r == "04" for _, _, r in found), found


def test_troops_on_the_move_make_no_visit() -> None:
    found = dyads("Russian troops arrived in Belarus on Monday ahead of joint exercises.")
    assert not any(r == "04" for _, _, r in found), found


def test_private_travellers_make_no_visit() -> None:
    found = dyads("The freed Venezuelan prisoners landed in Miami on Saturday.")
    assert not any(r == "04" for _, _, r in found), found


def test_flying_rescuers_in_is_relief() -> None:
    found = dyads("Japan flew a team of rescuers to Nepal on Monday.")
    assert ("JPN", "NPL", "07") in found and ("JPN", "NPL", "04") not in found, found


def test_an_official_arriving_abroad_still_visits() -> None:
    assert ("IND", "JPN", "04") in dyads("Indian Prime Minister Narendra Modi arrived in Tokyo on Monday for talks.")


def test_holding_out_until_another_side_acts_refuses_to_yield() -> None:
    found = dyads(
        "Thai opposition protesters said on Sunday that they would not leave Government House until "
        "Prime Minister Prayuth Chan-ocha resigned.",
        date(2020, 10, 18),
    )
    assert ("THA", "THA", "12") in found, found


def test_holding_out_until_demands_are_met_is_against_the_own_government() -> None:
    found = coded(
        "Kenyan union leaders said the pay offer was not enough and that they would continue the strike "
        "until all their demands were met."
    )
    assert ("KENLAB", "KENGOV", "124") in found, found


def test_until_with_no_actor_holding_out_is_no_refusal() -> None:
    found = dyads("Abbas said peace would not be achieved until Israel ends its occupation of Palestinian land.")
    assert not any(r == "12" for _, _, r in found), found


def test_a_state_freeing_its_own_prisoners_is_a_domestic_dyad() -> None:
    found = dyads("Cuba released 53 political prisoners on Monday, a church spokesman said.", date(2015, 1, 12))
    assert ("CUB", "CUB", "08") in found, found


def test_release_from_custody_without_agent_is_by_the_state() -> None:
    text = (
        "YEREVAN (Reuters) - Armenian police detained opposition leader Nikol Pashinian on Sunday.\n\n"
        "Pashinian and two other opposition lawmakers were released from custody on Monday."
    )
    assert ("ARM", "ARM", "08") in dyads(text, date(2018, 4, 23))


def test_warning_against_an_act_targets_the_one_who_would_do_it() -> None:
    found = dyads(
        "Iran's foreign ministry warned on Sunday that any strike by the Israeli air force on its nuclear sites "
        "would be regarded as an act of war."
    )
    assert ("IRN", "ISR", "13") in found, found


def test_warning_against_a_repeat_targets_who_did_it_before() -> None:
    text = (
        "Islamist militants attacked a police post in Pakistan's Khyber district on Tuesday.\n\n"
        "Pakistan's army warned on Wednesday that any further attack would be met with a severe response."
    )
    assert any(s == "PAK" and r == "13" for s, _, r in dyads(text)), dyads(text)


def test_resigning_yields_to_the_opposition_told_of_before() -> None:
    text = (
        "Thousands of Peruvian opposition protesters marched through Lima on Sunday, demanding new elections.\n\n"
        "Peru's prime minister resigned on Monday."
    )
    assert ("PERGOV", "PEROPP", "0831") in coded(text), coded(text)


def test_resigning_with_no_challenger_told_is_no_event() -> None:
    assert not any(c == "0831" for _, _, c in coded("Peru's prime minister resigned on Monday."))


def test_a_mediator_with_no_sides_named_mediates_between_the_states_told_of() -> None:
    found = dyads(
        "Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday, following talks mediated by "
        "Saudi Arabia, the two countries said.",
        date(2018, 9, 16),
    )
    assert {("SAU", "ETH", "04"), ("SAU", "ERI", "04")} <= found, found


def test_giving_people_days_to_leave_expels_them() -> None:
    found = coded("Kuwait and Bahrain gave Lebanese citizens ten days to leave their territory.")
    assert {("KWT", "LBNCVL", "174"), ("BHR", "LBNCVL", "174")} <= found, found


def test_giving_diplomats_days_to_leave_cuts_relations() -> None:
    found = dyads("Mali's junta gave the French ambassador 72 hours to leave the country.", date(2022, 1, 31))
    assert ("MLI", "FRA", "16") in found, found


def test_a_condemned_decision_is_not_someone_elses_rejection() -> None:
    text = (
        "CARACAS (Reuters) - A Venezuelan court on Monday issued an arrest warrant for opposition candidate "
        "Edmundo Gonzalez.\n\n"
        "The European Union's foreign policy chief said on Tuesday that the bloc rejected the warrant.\n\n"
        "The United States condemned the decision."
    )
    found = dyads(text, date(2024, 9, 3))
    assert ("USA", "IGO", "11") not in found, found


def test_drills_at_home_threaten_no_one_there() -> None:
    found = dyads("Poland's armed forces began large-scale military exercises in northern Poland on Monday.")
    assert ("POL", "POL", "15") not in found and any(s == "POL" and r == "15" for s, _, r in found), found


def test_an_act_counted_in_days_is_done_by_the_light_verbs_subject() -> None:
    found = dyads("China and Russia began five days of joint naval exercises near Japan's coast on Monday.")
    assert {("CHN", "JPN", "15"), ("RUS", "JPN", "15")} <= found, found


def test_a_role_word_before_an_act_noun_names_no_state() -> None:
    text = (
        "MINSK (Reuters) - Belarus hosted talks on Monday.\n\n"
        "China and Russia began five days of joint military exercises near Japan's coast on Monday."
    )
    assert not any(s == "BLR" and r == "15" for s, _, r in dyads(text)), dyads(text)


def test_ordering_ones_own_minister_to_act_is_acting() -> None:
    found = coded(
        "Brazil's president said he had ordered his trade minister to raise tariffs on imports from the United States."
    )
    assert ("BRAGOV", "USA", "163") in found, found


def test_ordering_another_state_to_act_is_not_its_act() -> None:
    found = dyads("The president ordered Russia to raise tariffs on imports from Kazakhstan.")
    assert not any(r == "16" for _, _, r in found), found


def test_authorising_force_is_not_using_it() -> None:
    found = dyads("Kazakhstan's president said he had authorised the army to open fire on armed protesters in Almaty.")
    assert not any(r == "19" for _, _, r in found), found


def test_accepting_offers_of_aid_allows_it_in() -> None:
    found = coded(
        "Nepal said on Sunday it had accepted offers of rescue teams from India and China after the earthquake."
    )
    assert {("NPL", "IND", "0863"), ("NPL", "CHN", "0863")} <= found, found


def test_accepting_an_offer_of_talks_is_still_cooperation() -> None:
    found = dyads("Armenia accepted an offer of talks from Azerbaijan on Tuesday.")
    assert not any(r == "08" for _, _, r in found), found


def test_condemning_an_attack_on_someone_targets_the_attackers() -> None:
    text = (
        "KINSHASA (Reuters) - Congolese protesters attacked the Belgian embassy in Kinshasa on Tuesday.\n\n"
        "Belgium's foreign minister condemned the attack on the embassy."
    )
    found = dyads(text, date(2025, 1, 28))
    assert ("BEL", "COD", "11") in found and ("BEL", "BEL", "11") not in found, found


def test_them_in_a_participle_clause_is_the_main_clause_object() -> None:
    found = dyads("Ethiopia expelled seven senior United Nations officials on Thursday, accusing them of meddling.")
    assert ("ETH", "IGO", "11") in found, found


def test_him_is_the_person_last_named() -> None:
    text = (
        "Serbian President Aleksandar Vucic met protest leaders on Monday.\n\n"
        "The opposition accused him of rigging the vote."
    )
    assert any(r == "11" and t == "SRB" for _, t, r in dyads(text, date(2024, 1, 8))), dyads(text, date(2024, 1, 8))


def test_restricting_access_to_social_media_represses_the_own_people() -> None:
    found = coded("The Ethiopian government restricted access to Facebook and Telegram on Tuesday.")
    assert ("ETHGOV", "ETHCVL", "1721") in found and not any(c.startswith("19") for _, _, c in found), found


def test_restricting_access_to_a_region_is_still_a_blockade() -> None:
    found = dyads("Israel restricted access to the Gaza Strip on Monday.")
    assert any(r == "19" for _, _, r in found), found


def test_hosting_a_foreign_base_is_no_visit() -> None:
    found = dyads("Djibouti hosts the largest American military base in Africa, at Camp Lemonnier.")
    assert not any(r == "04" for _, _, r in found), found


def test_pledging_for_ones_own_state_is_no_appeal() -> None:
    found = dyads(
        "The U.S. defence secretary visited Manila on Tuesday and pledged that Washington would not abandon "
        "its commitments to the Philippines."
    )
    assert not any(s == t == "USA" and r == "02" for s, t, r in found), found


def test_an_arrest_happens_at_the_place_nearest_the_act() -> None:
    found = dyads(
        "Philippine police took the 79-year-old into custody at Manila's international airport shortly after he arrived "
        "on a flight from Hong Kong."
    )
    assert ("PHL", "PHL", "17") in found and not any(t == "HKG" for _, t, _ in found), found


def test_people_killed_where_the_article_is_not_about_are_of_that_place() -> None:
    text = (
        "WASHINGTON (AP) - The United States pledged more aid on Wednesday.\n\n"
        "Russian forces shelled a train station in Kharkiv on Wednesday, killing at least 15 people."
    )
    found = dyads(text, date(2022, 8, 24))
    assert ("RUS", "UKR", "19") in found and ("RUS", "USA", "19") not in found, found
