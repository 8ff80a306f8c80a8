"""'The two sides' and 'its': who is meant (branch two10), on sentences written for these tests."""

from __future__ import annotations

from tests.coded_events import coded

PEACE = (
    "Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday, ending two decades of hostility. "
    "Saudi Arabia hosted the ceremony and the United States sent an envoy. "
    "Saudi officials said the kingdom would fund new roads, and American officials praised the kingdom. "
    "Kenyan President William Ruto congratulated both countries on their courage."
)


def test_both_countries_take_up_the_last_pair_however_far_back() -> None:
    events = coded(PEACE)
    assert any(e[:2] == ("KEN", "ETH") for e in events)
    assert any(e[:2] == ("KEN", "ERI") for e in events)
    assert not any(e[0] == "KEN" and e[1] in {"SAU", "USA"} for e in events)


def test_no_pair_named_leaves_both_countries_to_the_states_in_focus() -> None:
    text = (
        "Saudi Arabia hosted envoys from Ethiopia on Sunday. Kenyan President William Ruto congratulated both "
        "countries on the talks."
    )
    assert not any(e[:2] == ("KEN", "ERI") for e in coded(text))


SUMMIT = (
    "The presidents of Armenia and Azerbaijan met in Prague on Thursday in talks hosted by the Czech prime minister. "
    "The two governments agreed to set up a joint commission of Czech and Armenian experts to mark the border."
)


def test_two_governments_agreeing_agree_with_each_other_not_the_host() -> None:
    events = coded(SUMMIT)
    agreed = {e[:2] for e in events if e[2].startswith("03")}
    assert ("ARM", "AZE") in agreed and ("AZE", "ARM") in agreed
    assert not any("CZE" in pair for pair in agreed)


def test_a_named_pair_agreeing_on_a_third_state_keeps_it() -> None:
    text = "Armenia and Azerbaijan agreed on Thursday to ask France to monitor the border."
    assert not any(e[:2] == ("ARM", "AZE") and e[2] == "0256" for e in coded(text))


ITS = (
    "Serbia and Hungary signed an energy deal on Monday, and Serbia praised Hungary for its support. "
    "Hungarian officials welcomed the deal. "
    "The Croatian Defence Ministry said its soldiers had arrested three Serbian smugglers near the border."
)


def test_its_is_the_subject_that_reports() -> None:
    events = coded(ITS)
    arrests = {e[:2] for e in events if e[2].startswith("17")}
    assert ("HRV", "SRB") in arrests
    assert not any(source in {"SRB", "HUN"} for source, _ in arrests)


def test_its_in_a_clause_with_its_own_named_subject_is_not_taken_up() -> None:
    text = (
        "Serbia and Hungary signed an energy deal on Monday, and Serbia praised Hungary for its support. "
        "Hungarian officials welcomed the deal. "
        "The Croatian Defence Ministry said Serbian police had arrested three of its soldiers near the border."
    )
    arrests = {e[:2] for e in coded(text) if e[2].startswith("17")}
    assert not any(source == "HRV" for source, _ in arrests)


def test_its_relative_clause_states_are_not_the_owner() -> None:
    text = (
        "Iran and Israel traded threats on Saturday. Iraq, which lies between Iran and Syria, said its army had "
        "arrested ten Iranian fighters near the border."
    )
    arrests = {e[:2] for e in coded(text) if e[2].startswith("17")}
    assert ("IRQ", "IRN") in arrests
