"""Session 12 (issue 3, roots 10 and 13): what both sides should do is proposed, not demanded, and a
warning that describes a state of affairs threatens no one."""

from __future__ import annotations

from datetime import date

from coded_events import coded

DAY = date(2024, 10, 23)


def test_a_duty_named_by_a_clause_is_no_demand_on_the_listener() -> None:
    text = '"Keeping the border calm must remain our first task," Indian Prime Minister Narendra Modi told Xi Jinping.'
    assert not any(c.startswith("10") for _, _, c in coded(text, DAY))


def test_what_one_named_state_must_do_stays_a_demand() -> None:
    found = coded("U.S. Secretary of State Antony Blinken said Russia must pull its troops out of Ukraine.", DAY)
    assert any(s == "USA" and t == "RUS" and c.startswith("10") for s, t, c in found)


def test_a_warning_of_how_things_stand_threatens_no_one() -> None:
    text = (
        "United Nations agencies warned on Tuesday that half of the people of Sudan's Darfur region "
        "were close to starvation."
    )
    assert not any(c.startswith("13") for _, _, c in coded(text, DAY))


def test_a_warning_of_what_one_side_will_do_stays_a_threat() -> None:
    found = coded("Russia warned Finland on Tuesday that it would take military countermeasures.", DAY)
    assert any(s == "RUS" and t == "FIN" and c.startswith("13") for s, t, c in found)


def test_a_red_line_in_the_present_is_still_a_threat() -> None:
    found = coded("Iran warned Israel on Tuesday that any strike on its nuclear sites is a red line.", DAY)
    assert any(s == "IRN" and t == "ISR" and c.startswith("13") for s, t, c in found)


def test_a_pledge_to_work_with_another_state_is_one_sided() -> None:
    found = coded("Serbia said on Tuesday that it would work with China on a new high-speed railway.", DAY)
    assert ("SRB", "CHN", "031") in found
    assert not any(s == "CHN" and t == "SRB" for s, t, _ in found)


def test_two_sides_announcing_a_joint_act_still_act_on_each_other() -> None:
    found = coded("Russia and Turkmenistan said on Tuesday that they would sign a new treaty.", DAY)
    assert {("RUS", "TKM", "030"), ("TKM", "RUS", "030")} <= found


def test_a_vow_to_take_revenge_is_a_threat_of_force() -> None:
    found = coded(
        "Hezbollah's leader vowed on Tuesday to take revenge on Israel for the killing of its commander.", DAY
    )
    assert any(s == "LBN" and t == "ISR" and c == "138" for s, t, c in found)


def test_a_promise_to_exact_revenge_is_no_intent_to_cooperate() -> None:
    found = coded("Hezbollah promised on Tuesday to exact revenge on Israel for the killing of its commander.", DAY)
    assert any(s == "LBN" and t == "ISR" and c == "138" for s, t, c in found)
    assert not any(c.startswith("03") for _, _, c in found)
