"""The lead of wire copy (head12): bylines that hid the dateline.

Sentences written for these tests; the parses are the real spaCy model's.
"""

from __future__ import annotations

import pytest

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
