"""Session 14 rules, on sentences written in the style of wire copy, parsed by the real model."""

from __future__ import annotations

from datetime import date

from accord.api import code_text


def _keys(text: str, day: date = date(2024, 3, 12)) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of every event coded from ``text``."""
    return {(e.source.country, e.target.country if e.target else "", e.cameo[:2]) for e in code_text(text, date=day)}


def test_a_since_clause_on_a_simple_past_accusation_is_no_running_total() -> None:
    # The parser hangs "since Moscow seized Crimea" on "accused"; the span is the breaking's, and the
    # accusation is the day's news.
    keys = _keys(
        "KYIV (Reuters) - Ukrainian President Volodymyr Zelenskiy accused Russian President Vladimir Putin "
        "of breaking agreements again and again since Moscow first seized Crimea in 2014."
    )
    assert ("UKR", "RUS", "11") in keys


def test_a_perfect_with_a_since_clause_is_still_a_running_total() -> None:
    keys = _keys(
        "YANGON - Myanmar's ruling generals faced new sanctions on Tuesday. "
        "Security forces have killed more than 1,300 protesters since the army seized power, a monitoring group said."
    )
    assert not any(root in {"18", "19", "20", "17"} for _, _, root in keys)


def test_a_count_of_victims_with_a_since_clause_is_a_running_total() -> None:
    keys = _keys(
        "KHARTOUM - Talks between the army and the paramilitary force stalled on Monday. "
        "The fighting killed at least 400 civilians since the war broke out in the capital, doctors said."
    )
    assert not any(root in {"18", "19", "20"} for _, _, root in keys)


def test_condemning_the_attack_told_before_criticises_its_doers() -> None:
    keys = _keys(
        "KYIV (AP) - Russian missiles struck a children's hospital in Kyiv on Monday, killing two people, "
        "Ukrainian officials said. French President Emmanuel Macron condemned the attack in a post on X."
    )
    assert ("FRA", "RUS", "11") in keys


def test_condemning_an_attack_with_its_doer_named_keeps_that_doer() -> None:
    # "by" names the doer, which the usual target rules take: no borrowing from the story.
    keys = _keys(
        "MOGADISHU - Two car bombs exploded near the education ministry on Saturday, killing dozens. "
        "Turkey condemned the attack by al Shabaab militants and offered to send medical teams."
    )
    assert ("TUR", "SOM", "11") in keys
