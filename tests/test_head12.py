"""The lead of wire copy (head12): bylines that hid the dateline, and resignations told in the lede.

Sentences written for these tests; the parses are the real spaCy model's.
"""

from __future__ import annotations

import pytest
from coded_events import coded

from accord.api import code_text
from accord.stages.cleaning import is_noise_line
from accord.stages.ingest import article_from_record


@pytest.mark.parametrize(
    "line",
    [
        "By AMIR HASSAN and LAURA BECK Associated Press",
        "By Tomas Novak and Elif Demir",
        "By Grace Otieno, The Associated Press",
        "By PETRA LINDQVIST Reuters",
        "By Sandeep Rao, Anjali Mehta and Karim Aziz",
    ],
)
def test_bylines_of_authors_with_their_agency_are_furniture(line: str) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Sunday evening the shelling along the border had stopped, residents said.",
        "By Friday, both armies had pulled back from the frontier.",
        "By law the president must call an election within 90 days.",
    ],
)
def test_reporting_that_opens_with_by_stays(line: str) -> None:
    assert not is_noise_line(line)


def test_an_agency_byline_does_not_leave_the_dateline_in_the_lead_sentence() -> None:
    """Kept, the byline was the first paragraph; the dateline after it was then no longer at the
    start of the body and stayed glued to the lead sentence ("CAIRO (AP) - Egypt's ...")."""
    text = (
        "By AMIR HASSAN and LAURA BECK Associated Press\n\n"
        "CAIRO (AP) - Egypt recalled its ambassador to Israel on Sunday over the raid on the border crossing.\n\n"
        "The foreign ministry said the envoy would return for consultations."
    )
    article = article_from_record({"text": text, "date": "2024-05-12"}, "t")
    assert article.dateline == "Cairo"
    assert article.text.startswith("Egypt recalled its ambassador")
    events = code_text(text)
    assert any(e.sentence.startswith("Egypt recalled") for e in events)


@pytest.mark.parametrize(
    ("lede", "country"),
    [
        ("Peru's prime minister resigned on Friday after weeks of street protests against his government.", "PER"),
        (
            "Mongolian Prime Minister Luvsannamsrain Oyun-Erdene announced his resignation on Tuesday after "
            "weeks of protests in Ulaanbaatar.",
            "MNG",
        ),
        ("Bulgaria's prime minister resigned on Thursday, following nationwide protests over the budget.", "BGR"),
        ("Nepal's prime minister stepped down on Tuesday as protesters set fire to parliament.", "NPL"),
    ],
)
def test_a_resignation_in_the_lede_yields_to_the_protests_its_clause_names(lede: str, country: str) -> None:
    """The lede is the first sentence: no protest has been coded before it, so the protests that forced
    the resignation are read from its own clause."""
    assert (country, country, "0831") in coded(lede)


@pytest.mark.parametrize(
    "text",
    [
        # no protest: a scandal is no one's pressure to code
        "The Slovak defence minister resigned on Friday over a procurement scandal.",
        # the protests are there, the resignation is refused
        "Students staged protests in Lima on Monday, but Peru's education minister said he would not resign.",
    ],
)
def test_resignations_without_protests_in_their_clause_stay_uncoded(text: str) -> None:
    assert not any(code == "0831" for _, _, code in coded(text))


def test_protests_told_before_the_resignation_still_name_the_challengers() -> None:
    """The older rule (the latest opposition coded before) is unchanged."""
    text = (
        "Thousands of protesters marched in Ulaanbaatar on Monday. "
        "Mongolian Prime Minister Luvsannamsrain Oyun-Erdene announced his resignation on Tuesday."
    )
    assert ("MNG", "MNG", "0831") in coded(text)


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        ("Kenya's president withdrew the finance bill on Wednesday after protesters stormed parliament.", "0832"),
        # announced, the concession is an intent to yield (03x), still to the protesters
        (
            "Indian Prime Minister Narendra Modi on Friday announced that his government would repeal three farm "
            "laws that triggered a year of protests by farmers.",
            "0352",
        ),
    ],
)
def test_other_concessions_in_the_lede_yield_to_the_protests_their_clause_names(lede: str, expected: str) -> None:
    country = "KEN" if lede.startswith("Kenya") else "IND"
    assert (country, country, expected) in coded(lede)


def test_a_withdrawn_bill_with_no_protest_named_stays_uncoded() -> None:
    assert coded("Kenya's president withdrew the finance bill on Wednesday.") == set()
