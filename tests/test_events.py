"""Event coding on realistic news sentences with the real English model."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.api import code_paths, code_text
from accord.model import Event

pytestmark = pytest.mark.slow


def triples(events: list[Event]) -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO) of each event."""
    return {(e.source.code, e.target.code if e.target else "", e.cameo) for e in events}


def dyads(events: list[Event]) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of each event."""
    return {(e.source.country, e.target.country if e.target else "", e.info.root) for e in events}


def test_specimen_done_when(specimen_path: Path) -> None:
    events = list(code_paths([specimen_path]))
    found = dyads(events) | {
        (s, t, c) for s, t, c in ((e.source.country, e.target.country if e.target else "", e.cameo) for e in events)
    }
    for expected in [("RUS", "TKM", "057"), ("TKM", "RUS", "057"), ("TKM", "RUS", "042"), ("RUS", "TKM", "043")]:
        assert expected in found, expected
    assert all(e.date == date(2022, 6, 10) for e in events)
    assert all(e.source.country for e in events)
    for event in events:
        assert event.sentence and event.char_end > event.char_start
        assert (
            event.url
            == "https://sputniknews.com/20220610/russian-turkmen-presidents-sign-declaration-on-strengthening-strategic-partnership-1096198686.html"
        )
    visit = next(e for e in events if e.cameo == "042")
    assert visit.source.name == "Serdar Berdimuhamedov" and visit.source.sector == "GOV"
    # the lead the page cut short is the only sentence with the two presidents signing
    signed = {(e.source.code, e.target.code if e.target else "") for e in events if e.cameo == "057"}
    assert {("RUSGOV", "TKMGOV"), ("TKMGOV", "RUSGOV")} <= signed


def test_evidence_offsets_index_the_body() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan held a phone call with Russian President Vladimir Putin on Thursday. "
        "The two leaders discussed grain exports."
    )
    events = code_text(text, date=date(2023, 1, 5))
    call = next(e for e in events if e.source.country == "TUR")
    assert text[call.char_start : call.char_end] == call.sentence
    assert text[call.trigger_start : call.trigger_end] == call.trigger
    assert (call.source.code, call.target.code if call.target else "") == ("TURGOV", "RUSGOV")
    assert call.source.text == "Turkish President Recep Tayyip Erdogan"
    assert call.date == date(2022, 12, 29) or call.date <= date(2023, 1, 5)


def test_coordinated_subjects_sign_both_ways() -> None:
    events = code_text(
        "Azerbaijan and Armenia signed a peace agreement in Washington on Friday.", date=date(2025, 8, 8)
    )
    assert {("AZE", "ARM", "05"), ("ARM", "AZE", "05")} <= dyads(events)
    assert {e.cameo for e in events} == {"057"}


def test_passive_swaps_roles() -> None:
    events = code_text(
        "A Ukrainian military convoy was attacked by Russian drones near Kharkiv on Monday.", date=date(2024, 5, 13)
    )
    assert ("RUS", "UKR", "19") in dyads(events)
    assert ("UKR", "RUS", "19") not in dyads(events)


def test_reported_speech_codes_the_reported_act() -> None:
    events = code_text(
        "The Syrian foreign ministry said Israeli warplanes struck targets near Damascus airport on Sunday.",
        date=date(2023, 6, 11),
    )
    assert ("ISR", "SYR", "19") in dyads(events)
    assert all(e.info.root != "19" or e.source.country == "ISR" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan did not sign the agreement with India on Tuesday.",
        "Officials warned that Iran may attack shipping in the Gulf.",
        "If talks fail, Serbia could expel the Croatian ambassador.",
        "Will China invade Taiwan?",
    ],
)
def test_negation_modality_conditionals_questions_code_nothing(text: str) -> None:
    events = code_text(text, date=date(2023, 3, 1))
    assert not [e for e in events if e.info.root in {"05", "16", "19"}]


def test_threatened_to_attack_is_a_threat_not_an_attack() -> None:
    events = code_text(
        "North Korea threatened on Tuesday to attack South Korean warships near the disputed border.",
        date=date(2023, 7, 11),
    )
    roots = {e.info.root for e in events if e.source.country == "PRK"}
    assert "13" in roots and "19" not in roots


def test_on_friday_resolves_to_the_friday_before_publication() -> None:
    events = code_text("Japanese Prime Minister Fumio Kishida visited Kyiv on Friday.", date=date(2023, 3, 22))
    visit = next(e for e in events if e.cameo == "042")
    assert visit.date == date(2023, 3, 17)
    assert visit.target is not None and visit.target.country == "UKR"


def test_background_history_is_not_news() -> None:
    text = (
        "Ethiopia and Eritrea signed a peace deal in Jeddah in 2018. "
        "On Monday, Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto in Nairobi."
    )
    events = code_text(text, date=date(2023, 11, 13))
    assert not [e for e in events if e.cameo == "057"]
    assert ("ETH", "KEN", "04") in dyads(events)


def test_leader_by_date_and_article_memory() -> None:
    old = code_text("Berdimuhamedov visited Beijing on Tuesday.", date=date(2015, 3, 10))
    assert any(e.source.name.startswith("Gurbanguly") for e in old)
    new = code_text("Berdimuhamedov visited Beijing on Tuesday.", date=date(2022, 11, 8))
    assert any(e.source.name == "Serdar Berdimuhamedov" for e in new)
    later = code_text("Berdimuhamedov visited Beijing on Tuesday.", date=date(2024, 11, 5))
    assert any(e.source.name == "Serdar Berdimuhamedov" and e.source.sector == "GOV" for e in later)


def test_in_article_memory_teaches_unknown_people() -> None:
    text = (
        "Chadian Foreign Minister Abderaman Koulamallah met French envoy Jean-Marie Bockel in N'Djamena on Monday. "
        "Koulamallah later accused Sudan of arming rebels."
    )
    events = code_text(text, date=date(2024, 3, 4))
    accuse = [e for e in events if e.info.root == "11"]
    assert accuse and accuse[0].source.code == "TCDGOV" and accuse[0].target is not None
    assert accuse[0].target.country == "SDN"


def test_metonyms_organisations_and_armed_groups() -> None:
    events = code_text(
        "The Kremlin condemned NATO on Wednesday, while Houthi rebels fired missiles at a British tanker.",
        date=date(2024, 1, 24),
    )
    codes = triples(events)
    assert any(s == "RUSGOV" and t == "IGO" and c.startswith("11") for s, t, c in codes)
    assert any(s == "YEMREB" and c.startswith("19") for s, t, c in codes)


def test_companies_are_business_actors() -> None:
    events = code_text("Gazprom signed a gas supply contract with China's CNPC on Tuesday.", date=date(2024, 2, 6))
    assert any(e.source.code == "RUSBUS" and e.cameo == "057" for e in events)


def test_no_event_without_a_source_actor() -> None:
    events = code_text(
        "The talks were held behind closed doors on Monday, and a deal was signed.", date=date(2023, 5, 1)
    )
    assert events == []


def test_to_dict_matches_the_documented_schema(specimen_path: Path) -> None:
    record = next(iter(code_paths([specimen_path]))).to_dict()
    for key in [
        "event_id",
        "article_id",
        "url",
        "published",
        "date",
        "source",
        "target",
        "cameo",
        "root",
        "plover",
        "quad_class",
        "goldstein",
        "sentence",
        "sentence_index",
        "char_start",
        "char_end",
        "confidence",
    ]:
        assert key in record
    assert set(record["source"]) >= {"code", "country", "sector", "name", "text"}
    assert isinstance(record["cameo"], str) and isinstance(record["goldstein"], float)
