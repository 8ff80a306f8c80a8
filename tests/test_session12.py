"""Session 12: a court named by its head word after an international court is that court, and
what the parser coordinates with an act's thing is no side of the act."""

from __future__ import annotations

from datetime import date

from coded_events import coded


def test_the_court_after_the_icc_is_the_icc_under_its_own_dateline() -> None:
    text = (
        "THE HAGUE, Netherlands (AP) - The International Criminal Court's decision to seek the arrest of "
        "the Israeli prime minister drew fury in Jerusalem on Friday.\n\n"
        "A panel of three judges of the court issued the warrants on Thursday for Benjamin Netanyahu.\n\n"
        "On Friday, Hungary's prime minister branded the court's decision brazen and cynical."
    )
    found = coded(text, date(2024, 11, 22))
    assert ("IGO", "ISR", "173") in found
    assert any(s == "HUN" and t == "IGO" and c.startswith("11") for s, t, c in found)
    assert not any("NLD" in (s, t) for s, t, _ in found)


def test_a_domestic_court_named_since_takes_the_court_back() -> None:
    text = (
        "NAIROBI, Kenya (AP) - The International Criminal Court dropped its case against the deputy president "
        "in 2016.\n\n"
        "On Monday Kenya's Supreme Court annulled the presidential election. The court ordered a new vote "
        "within 60 days."
    )
    found = coded(text, date(2017, 9, 1))
    assert not any(s == "IGO" and c.startswith("1") for s, _, c in found if c != "")


def test_sanctions_on_a_court_official_and_her_aides_target_the_court() -> None:
    text = (
        "WASHINGTON (AP) - The Trump administration on Wednesday imposed sanctions on the chief prosecutor of "
        "the International Criminal Court and one of her senior aides, escalating its campaign against the "
        "Hague-based tribunal."
    )
    found = coded(text, date(2020, 9, 2))
    assert ("USA", "IGO", "163") in found
    assert not any(t == "USA" for _, t, _ in found)


def test_names_that_condemn_a_decision() -> None:
    text = (
        "Bolivia cut diplomatic ties with Israel on Tuesday over the war in Gaza.\n\n"
        "Israel's foreign ministry called Bolivia's decision a surrender to terrorism."
    )
    assert ("ISR", "BOL", "111") in coded(text, date(2023, 11, 1))
    found = coded("In a statement, Moscow called the Czech decision absurd and hostile.", date(2021, 4, 18))
    assert any(s == "RUS" and t == "CZE" and c == "111" for s, t, c in found)


def test_a_place_in_a_side_clause_of_another_subject_does_not_place_the_victims() -> None:
    text = (
        "While the Ukrainian president was in Sweden, a Russian ballistic missile struck the main square of "
        "the northern Ukrainian city of Chernihiv, killing seven people."
    )
    found = coded(text, date(2023, 8, 20))
    assert ("RUS", "UKR", "195") in found
    assert not any(t == "SWE" for _, t, _ in found)


def test_the_first_country_to_cut_ties_did_cut_them() -> None:
    text = "On Tuesday, Bolivia became the first country in Latin America to break diplomatic relations with Israel."
    assert ("BOL", "ISR", "161") in coded(text, date(2023, 11, 1))
    assert ("HND", "ISR", "161") in coded("Honduras is the latest country to recall its ambassador from Israel.")
    # The next one to act has not acted yet.
    assert not coded("Spain wants to be the next country to recognise a Palestinian state.")


def test_a_watchdog_declaring_a_state_in_breach_accuses_it() -> None:
    text = (
        "The board of governors of the International Atomic Energy Agency on Thursday declared Iran in breach "
        "of its nuclear safeguards obligations."
    )
    assert ("IGO", "IRN", "112") in coded(text, date(2025, 6, 12))


def test_halting_the_work_of_a_mission_cuts_relations() -> None:
    text = "Moscow is also halting the activity of NATO's military liaison mission in the Russian capital."
    assert ("RUS", "IGO", "161") in coded(text, date(2021, 10, 18))


def test_warplanes_promised_are_the_gift_not_the_target() -> None:
    text = (
        "The Netherlands and Denmark pledged on Sunday to give Ukraine fighter jets, with the Danish prime "
        "minister promising 19 of the warplanes."
    )
    found = coded(text, date(2023, 8, 20))
    assert ("DNK", "UKR", "033") in found
    assert not any(s == t for s, t, _ in found)


def test_who_asked_for_consultations_is_no_party_to_them() -> None:
    text = "In New York, the U.N. Security Council held closed-door consultations at Germany's request on Friday."
    assert not any("DEU" in (s, t) for s, t, _ in coded(text, date(2019, 4, 6)))
    # A host who invited is one.
    text = "Egypt's president visited Beijing at the invitation of his Chinese counterpart on Tuesday."
    assert any(s == "EGY" and t == "CHN" and c.startswith("04") for s, t, c in coded(text, date(2019, 4, 6)))


def test_what_both_sides_should_do_is_no_demand() -> None:
    text = "Xi said the two neighbours should strengthen communication and properly manage their differences."
    assert not any(c.startswith("10") for _, _, c in coded(text, date(2024, 10, 23)))
    text = "Blinken said Russia must withdraw its troops from the border."
    assert ("USA", "RUS", "100") in coded(text, date(2022, 1, 20))


def test_rebels_after_a_named_armed_group_are_that_group() -> None:
    text = (
        "JERUSALEM (AP) - Israeli warplanes struck the Houthi-held port of Hodeidah in western Yemen on "
        "Saturday, a day after a drone launched by the Iranian-backed rebels killed a man in Tel Aviv."
    )
    found = coded(text, date(2024, 7, 20))
    assert ("YEM", "ISR", "195") in found
    assert not any(s == "ISR" and t == "ISR" for s, t, _ in found)


def test_protesters_opposing_a_visit_protest_against_the_visitor() -> None:
    text = (
        "ULAANBAATAR (Reuters) - Russian President Vladimir Putin arrived in Mongolia on Tuesday for a state "
        "visit.\n\nA small group of protesters gathered in the capital on Monday to oppose the visit."
    )
    found = coded(text, date(2024, 9, 3))
    assert ("MNG", "RUS", "141") in found
    assert ("MNG", "MNG", "141") not in found
