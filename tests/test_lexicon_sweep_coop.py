"""The lexicon sweep over CAMEO roots 01-09: the everyday wire phrasings of statements, appeals,
intents, consultation, cooperation, aid, yielding and investigation, each on a news sentence,
and sentences with the same words that must code nothing."""

from __future__ import annotations

import pytest
from coded_events import coded

pytestmark = pytest.mark.slow


def test_statements_of_concern_responsibility_and_denial() -> None:
    # Session 17: concern about another's act is disapproval (111), as annotators code it; worry stays 012
    assert ("IDN", "AUS", "111") in coded(
        "Indonesia said it was deeply concerned about Australia's plan to buy submarines."
    )
    assert ("DEU", "CHN", "012") in coded("Germany is worried about China's support for Russia.")
    assert ("", "AFG", "015") in coded("The Islamic State group claimed the attack on the Kabul airport.")
    assert ("DEU", "CHN", "111") in coded("Germany raised concerns with China over its military buildup on Tuesday.")
    assert ("ISR", "IRN", "015") in coded("Israel took responsibility for the strike on the Iranian consulate.")
    assert ("RUS", "UKR", "016") in coded("Russia refuted claims by Ukraine that it had shelled the plant.")
    assert ("PAK", "IND", "016") in coded("Pakistan brushed aside allegations by India of backing militants.")
    # rebuffing an offer stays a rejection (120); rebuffing an accusation is a denial
    assert ("CHN", "USA", "016") in coded("Beijing rebuffed the accusations from Washington.")


def test_condolences_extended_or_conveyed() -> None:
    assert ("USA", "MAR", "018") in coded("President Biden extended his condolences to Morocco after the earthquake.")
    assert ("IND", "NPL", "018") in coded("The Indian president conveyed condolences to Nepal over the plane crash.")
    assert ("RUS", "CHN", "051") in coded("Putin extended his congratulations to Xi on his re-election.")


def test_what_an_appeal_is_for_names_its_kind() -> None:
    assert ("CHN", "ISR", "0256") in coded("China called for a ceasefire between Israel and Hamas.")
    assert ("FRA", "IRN", "0253") in coded("France called for the release of the journalist held by Iran.")
    assert ("EGY", "ETH", "027") in coded("Egypt called for a peaceful settlement of its dispute with Ethiopia.")
    assert ("UKR", "DEU", "0232") in coded("Ukraine appealed to Germany for more weapons.")
    assert ("PAK", "CHN", "023") in coded("Pakistan asked China for a loan to shore up its reserves.")
    assert ("TUR", "SWE", "0213") in coded("Turkey asked Sweden to extradite dozens of Kurdish militants.")


def test_a_weekday_after_call_is_no_appeal() -> None:
    # "called X on Monday" is a phone call or a visit, not "called on X"
    assert not {c for c in coded("Modi called Zelensky on Monday.") if c[2].startswith("02")}
    assert ("IRL", "ISR", "0256") in coded(
        "The Irish foreign minister called on Israel on Monday to halt the offensive."
    )


def test_intents_signalled_vowed_and_offered() -> None:
    assert ("DEU", "UKR", "032") in coded("Germany vowed support for Ukraine on Friday.")
    assert ("USA", "VEN", "0354") in coded("The United States offered to ease sanctions on Venezuela.")


def test_calls_talks_and_journeys() -> None:
    assert ("RUS", "TUR", "041") in coded("Putin had a telephone conversation with Erdogan on Friday.")
    # talks had or held are consultations (docs/ANNOTATION.md, "Talks held"); talks on a deal negotiate
    assert ("RUS", "TUR", "040") in coded("Putin had talks with Erdogan in Sochi.")
    assert ("RUS", "TUR", "046") in coded("Putin had talks with Erdogan on a grain deal in Sochi.")
    assert ("USA", "CHN", "041") in coded("Blinken spoke by phone with Wang Yi on Tuesday.")
    assert ("EGY", "ISR", "045") in coded("Egypt facilitated talks between Israel and Hamas.")


def test_assurances_given_concessions_made_envoys_sent() -> None:
    assert ("USA", "KOR", "030") in coded("The United States gave South Korea assurances that its troops would stay.")
    assert ("COL", "COL", "080") in coded("The Colombian government made concessions to the striking miners.")
    assert ("CHN", "UKR", "042") in coded("China sent an envoy to Ukraine and Russia.")
    assert ("RUS", "UKR", "0841") in coded("Russia and Ukraine carried out a prisoner exchange on Friday.")


def test_diplomatic_cooperation_and_agreements() -> None:
    assert ("HUN", "RUS", "052") in coded("Hungary came to the defence of Russia at the EU summit.")
    assert ("SAU", "IRN", "054") in coded("Saudi Arabia and Iran resumed diplomatic relations after seven years.")
    assert ("IRN", "SAU", "057") in coded("Iran and Saudi Arabia clinched a deal in Beijing.")
    assert ("SRB", "XKX", "057") in coded("Serbia and Kosovo initialled an agreement on number plates.")
    assert ("CHN", "RUS", "060") in coded("China and Russia stepped up military cooperation.")


def test_money_and_arms_by_their_verbs() -> None:
    assert ("IGO", "EGY", "071") in coded("The IMF disbursed 700 million dollars to Egypt.")
    assert ("CHN", "LKA", "071") in coded("China extended a credit line to Sri Lanka.")
    assert ("CHN", "PAK", "071") in coded("China bailed out Pakistan with a 2 billion dollar loan.")
    assert ("USA", "UKR", "072") in coded("The United States shipped artillery shells to Ukraine.")
    assert ("IRN", "RUS", "072") in coded("Iran supplied Russia with drones.")
    assert ("USA", "UKR", "072") in coded("The United States provided Ukraine with long-range missiles.")
    assert ("USA", "TUR", "072") in coded("The US approved the sale of F-16 jets to Turkey.")


def test_relief_and_refuge() -> None:
    assert ("ARE", "PSE", "073") in coded("The UAE distributed food parcels to Palestinians in Gaza.")
    assert ("IND", "LKA", "073") in coded("India rushed relief materials to Sri Lanka after the cyclone.")
    assert ("TUR", "SYR", "075") in coded("Turkey took in millions of Syrian refugees.")


def test_yielding_by_agreement_waiver_and_restoration() -> None:
    # "agreed to a ceasefire" declares the truce (0871, ANNOTATION.md "Agreed ceasefires")
    assert ("AZE", "ARM", "0871") in coded("Azerbaijan and Armenia agreed to a ceasefire on Tuesday.")
    assert ("ISR", "PSE", "083") in coded("Israel agreed to the demands of Hamas on the order of the releases.")
    assert ("USA", "IRQ", "085") in coded("The United States waived sanctions on Iraq's electricity imports from Iran.")
    assert ("IRN", "IRN", "0811") in coded("Iran restored internet access after the protests.")


def test_same_words_outside_politics_code_nothing() -> None:
    for text in [
        "The Brazilian striker signed autographs for fans in Tokyo.",
        "Indian shares hit the market on Monday.",
        "The German central bank raised interest rates again.",
        "The Chinese company shipped cars to Germany.",
        "The Japanese firm transferred shares to its Chinese partner.",
        "The Russian central bank supplied banks with liquidity.",
        "The Turkish foreign ministry provided journalists with a statement.",
        "The British minister paid the price for the scandal.",
        "The dispute concerns the islands claimed by Japan and China.",
        "Apple encouraged users to update their phones.",
        "The Japanese company made a commitment to its shareholders.",
        "Students took part in an exchange programme between Japan and Korea.",
    ]:
        assert coded(text) == set(), text
