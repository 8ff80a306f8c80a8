"""Background and earlier events (session 13): acts told inside background clauses, since-clauses,
counted wars, former governments, eras and "Weeks later" openings are not news; their news-day
counterparts still are."""

from __future__ import annotations

from datetime import date

from coded_events import coded_roots

from accord.stages.dates import resolve_expression

PUBLISHED = date(2024, 6, 10)


def roots(text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of each coded event, published on 10 June 2024."""
    return coded_roots(text, PUBLISHED)


def test_act_under_an_undated_pluperfect_is_background() -> None:
    text = "Until Friday, Turkey had kept out of the dispute while it fought Kurdish militants in Syria."
    assert not any(code == "19" for _, _, code in roots(text))


def test_same_act_under_a_dated_simple_past_is_news() -> None:
    text = "Turkey kept out of the dispute on Friday while it fought Kurdish militants in Syria."
    assert ("TUR", "SYR", "19") in roots(text)


def test_what_a_pluperfect_lasted_until_is_news() -> None:
    text = "Tensions had been rising for weeks before Egypt expelled the Sudanese ambassador."
    assert ("EGY", "SDN", "16") in roots(text)


def test_act_under_a_standing_habit_is_background() -> None:
    text = "The two countries have clashed for years, including a raid that Armenia blamed on Azerbaijan."
    assert ("ARM", "AZE", "11") not in roots(text)


def test_act_the_news_comes_after_is_background() -> None:
    assert ("PAK", "AFG", "16") not in roots("The visit comes days after Pakistan expelled five Afghan diplomats.")


def test_act_the_news_comes_as_is_news() -> None:
    assert ("PAK", "AFG", "16") in roots("The protest comes as Pakistan expels five Afghan diplomats.")


def test_since_clause_is_background() -> None:
    text = "Ukraine has demanded compensation since Russia seized the Zaporizhzhia nuclear plant."
    assert not any(source == "RUS" for source, _, _ in roots(text))


def test_counted_wars_are_history() -> None:
    assert not any(code == "19" for _, _, code in roots("India and Pakistan fought three wars over Kashmir."))


def test_fighting_on_a_news_day_is_news() -> None:
    assert ("IND", "PAK", "19") in roots("Indian and Pakistani troops fought along the border on Tuesday.")


def test_act_under_a_former_government_is_history() -> None:
    text = "Relations worsened under the former president, when Brazil imposed tariffs on Argentine wheat."
    assert ("BRA", "ARG", "16") not in roots(text)


def test_same_act_on_a_news_day_is_news() -> None:
    text = "Relations worsened on Monday, when Brazil imposed tariffs on Argentine wheat."
    assert ("BRA", "ARG", "16") in roots(text)


def test_wars_and_decades_date_acts_as_history() -> None:
    assert not roots("Germany occupied Greece during World War II.")
    assert not roots("Vietnam fought a border war with China in the late 1970s.")


def test_weeks_later_opening_is_background() -> None:
    assert not roots("Months later, Kenya recalled its ambassador from Somalia.")


def test_hours_later_opening_is_news() -> None:
    assert ("KEN", "SOM", "16") in roots("Hours later, Kenya recalled its ambassador from Somalia.")


def test_when_clause_on_late_may_is_background() -> None:
    assert not roots("Relations have been tense since late May, when Qatar criticised Saudi Arabia.")


def test_era_expressions_resolve() -> None:
    early_nineties = resolve_expression("the early 1990s", PUBLISHED)
    assert early_nineties is not None and early_nineties.is_background
    assert resolve_expression("the 2020s", PUBLISHED) is None
    cold_war = resolve_expression("the Cold War", PUBLISHED)
    assert cold_war is not None and cold_war.date == date(1991, 12, 26)
    world_war = resolve_expression("World War II", PUBLISHED)
    assert world_war is not None and world_war.date.year == 1945


_LEAD = (
    "Turkey's foreign minister visited Kyiv on Monday. He met officials there. The two sides discussed "
    "grain exports. The talks lasted three hours. Officials described them as frank. "
)
_PERFECT = "Ankara has also supplied Ukraine with armed drones while refusing to join Western sanctions against Russia."


def test_participle_of_a_perfect_past_the_lead_is_history() -> None:
    assert not any(s == "TUR" and code == "12" for s, _, code in roots(_LEAD + _PERFECT))


def test_participle_of_a_perfect_in_the_lead_is_news() -> None:
    assert any(s == "TUR" and code == "12" for s, _, code in roots(_PERFECT))
