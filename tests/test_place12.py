"""Session 12 (place12): event locations on unseen text (docs/PLACES.md, "Session 12").

A dateline printed below a deck, a shorter repeat of the title or a credit line, or in ordinary case
with the wire's name in parentheses, is still the article's place: missed, the article had none and
its events fell to the main-place rule, or, for a leader's words on a visit, to the leader's capital.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text
from accord.stages.cleaning import find_dateline
from accord.stages.ingest import article_from_record


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("N'Djamena (AFP) - Chad's army said on Monday", "N'Djamena", "AFP"),
        ("Kabul (AFP) - Taliban authorities on Sunday", "Kabul", "AFP"),
        ("Ankara (AA) - Turkish Foreign Minister", "Ankara", "AA"),
    ],
)
def test_a_dateline_in_ordinary_case_with_its_wire(text: str, place: str, agency: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.place == place and found.agency == agency


def test_a_sentence_that_opens_with_a_name_is_no_dateline() -> None:
    """Without a wire in parentheses an ordinary-case place is a sentence's subject."""
    assert find_dateline("Kabul - which denies sheltering militants - said on Sunday") is None
    assert find_dateline("Kabul (the capital) - the talks went on") is None


def test_a_deck_and_a_credit_line_do_not_hide_the_dateline() -> None:
    text = (
        "Memorandum on water sharing also signed; both sides name smuggling a common threat\n\n"
        "Agency Staff | 14.03.2024 - Update : 14.03.2024\n\n"
        "AMMAN (AA) - Iraqi Prime Minister Mohammed Shia al-Sudani arrived in the Jordanian capital on Thursday "
        "for an official visit."
    )
    article = article_from_record({"text": text, "date": "2024-03-14"}, "t")
    assert article.dateline == "Amman"
    assert article.text.startswith("Iraqi Prime Minister")


def test_a_sentence_above_a_late_dateline_is_kept() -> None:
    """Only lines without a sentence's end are dropped as furniture; a short sentence above stays."""
    text = (
        "Iraq's prime minister visits Jordan.\n\n"
        "AMMAN (AA) - Iraqi Prime Minister Mohammed Shia al-Sudani arrived in the Jordanian capital on Thursday."
    )
    article = article_from_record({"text": text, "date": "2024-03-14"}, "t")
    assert article.dateline == "Amman" and article.text.startswith("Iraq's prime minister visits Jordan.")


def test_a_shorter_repeat_of_the_title_does_not_hide_the_dateline() -> None:
    text = (
        "Peru declares emergency in southern regions\n\n"
        "CUSCO, Peru (AP) - Peru's government declared a state of emergency in three southern regions on Monday."
    )
    article = article_from_record({"text": text, "date": "2023-01-16"}, "t")
    assert article.dateline == "Cusco" and article.dateline_region == "Peru"


def test_a_dateline_like_line_after_the_lead_is_not_the_dateline() -> None:
    """Only short lines may stand above a dateline: after a full lead paragraph, a later paragraph that
    opens like one is part of the story, not the article's place."""
    lead = (
        "Iraqi Prime Minister Mohammed Shia al-Sudani arrived in the Jordanian capital on Thursday for an "
        "official visit, his first since taking office, and was received by King Abdullah at the Royal Court, "
        "where the two discussed water, trade and the border."
    )
    text = f"{lead}\n\nBAGHDAD (AFP) - The Iraqi government said on Friday that the visit had been a success."
    article = article_from_record({"text": text, "date": "2024-03-14"}, "t")
    assert article.dateline is None


@pytest.mark.slow
def test_a_visiting_leaders_praise_under_a_late_dateline_is_where_he_is() -> None:
    """Found, the dateline places the visitor's words where he is, not at his capital."""
    text = (
        "Turkey and Iraq sign 12 agreements during Erdogan's visit\n\n"
        "Anadolu Staff | 22.04.2024 - Update : 22.04.2024\n\n"
        "BAGHDAD (AA) - President Recep Tayyip Erdogan arrived in the Iraqi capital on Monday for an official "
        "visit.\n\n"
        "Erdogan praised Iraq's decision to ban the PKK."
    )
    events = code_text(text, date=date(2024, 4, 22))
    praise = [e for e in events if e.cameo.startswith("05") and e.source.code.startswith("TUR")]
    assert praise and all((e.location or {}).get("country") == "IRQ" for e in praise)


def _places(text: str, code_prefix: str, day: date) -> list[str]:
    events = code_text(text, date=day)
    return [str((e.location or {}).get("name")) for e in events if e.cameo.startswith(code_prefix)]


@pytest.mark.slow
def test_a_place_in_what_the_act_means_does_not_place_a_sanction() -> None:
    """The participle after the act says what it means; its places are not where the state decided."""
    text = (
        "WASHINGTON (AP) - The Biden administration on Monday imposed sanctions on three Israeli settlers, "
        "stepping up pressure over violence against Palestinians in the West Bank."
    )
    assert _places(text, "16", date(2024, 2, 1)) == ["Washington"]


@pytest.mark.slow
def test_a_trailing_participle_that_puts_the_speaker_somewhere_still_places() -> None:
    text = (
        "BEIJING (Reuters) - Russian Foreign Minister Sergei Lavrov criticised Washington on Friday, speaking "
        "in Vientiane."
    )
    assert "Vientiane" in _places(text, "11", date(2024, 7, 26))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "LVIV, Ukraine (AP) - Ukraine's Foreign Ministry summoned Hungary's ambassador on Tuesday to protest "
            "against remarks by a Hungarian minister.",
            "Kyiv",
        ),
        (
            "BRUSSELS (Reuters) - Polish Foreign Minister Radoslaw Sikorski summoned Russia's ambassador, "
            "Sergei Andreyev, on Wednesday over the sabotage of a railway line.",
            "Warsaw",
        ),
    ],
)
def test_a_summons_is_at_the_foreign_ministry_in_the_capital(text: str, city: str) -> None:
    """The diplomat is called to the ministry, in the capital, wherever the reporter files from; the
    minister who summons is not taken for an envoy because the envoy's title is near his name."""
    assert _places(text, "114", date(2024, 11, 19)) == [city]
