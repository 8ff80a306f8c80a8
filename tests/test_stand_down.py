"""Acts coded only where the news tells them: a truce or a pullback facing no one named in the lede
only, and a breach told by an accuser as the accusation only (session 13)."""

from __future__ import annotations

from datetime import date

from coded_events import coded

from accord.api import code_text


def test_unilateral_ceasefire_in_the_lede_is_coded_and_a_recalled_one_is_not() -> None:
    text = (
        "ADDIS ABABA (Reuters) - Ethiopia's government declared a unilateral ceasefire in the Tigray "
        "region on Monday. Officials said aid convoys would follow within days. Months later the "
        "government again declared a ceasefire, a spokesman recalled."
    )
    truces = [e for e in code_text(text, date=date(2024, 1, 5)) if e.cameo == "0871"]
    assert [e.sentence_index for e in truces] == [0]


def test_a_pullback_in_the_lede_stays_coded() -> None:
    found = coded(
        "SEOUL (AP) - South Korean troops pulled back from the National Assembly before dawn on "
        "Wednesday, hours after President Yoon Suk Yeol lifted martial law."
    )
    assert any(s == "KOR" and c == "0874" for s, _, c in found)


def test_a_mutual_ceasefire_later_in_the_story_stays_coded() -> None:
    found = coded(
        "NEW DELHI (Reuters) - Indian and Pakistani troops exchanged fire along the Line of Control on "
        "Friday, officials said. On Saturday evening India and Pakistan agreed to an immediate ceasefire."
    )
    assert ("IND", "PAK", "0871") in found or ("PAK", "IND", "0871") in found


def test_a_breach_told_by_an_accuser_is_the_accusation_only() -> None:
    found = coded(
        "BEIJING - In a statement on Saturday, China's commerce ministry said Canada's surtaxes seriously "
        "violated World Trade Organization rules."
    )
    assert ("CHN", "CAN", "112") in found
    assert not any(c == "128" for _, _, c in found)
    # Told by the writer, the breach is coded.
    assert ("PRK", "IGO", "128") in coded("North Korea violated UN sanctions on Tuesday.")


def test_an_act_aimed_at_no_state_past_the_lede_is_not_coded() -> None:
    text = (
        "NAIROBI (Reuters) - Kenya's President William Ruto said on Tuesday that Kenyan police would "
        'deploy to Haiti within weeks. "This mission is about the people of Haiti," Ruto told '
        "reporters, brushing aside questions about repeated delays."
    )
    events = code_text(text, date=date(2024, 6, 25))
    assert not any(e.info.root == "12" for e in events if e.sentence_index >= 1)
    # In the lede, the same act aimed at no state stays coded.
    lede = code_text(
        "NAIROBI (Reuters) - Kenya's President William Ruto on Tuesday brushed aside questions from "
        "reporters about repeated delays to the police mission.",
        date=date(2024, 6, 25),
    )
    assert any(e.info.root == "12" and e.source.country == "KEN" for e in lede)
