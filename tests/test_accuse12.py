"""Disapproval told in reported speech with no verb of accusing (session 12, branch accuse): "said
Pakistan had violated the ceasefire", "said Kurti alone was to blame", "said Russia was responsible
for the blasts" accuse (112) the side the clause lays the wrong on; "said the decision set a dangerous
precedent" is a verdict (111) on whoever took the decision."""

from __future__ import annotations

from coded_events import coded


def disapproved(text: str) -> set[tuple[str, str, str]]:
    """(source, target, code) of each root-11 event coded in a text."""
    return {(src, tgt, code) for src, tgt, code in coded(text) if code.startswith("11")}


def test_violation_laid_on_a_named_side_accuses_it() -> None:
    text = "The Indian army said Pakistan had violated the ceasefire along the Line of Control overnight."
    assert ("IND", "PAK", "112") in disapproved(text)


def test_blame_laid_on_a_leader_accuses_his_state() -> None:
    text = "Serbian President Aleksandar Vucic said Kosovo Prime Minister Albin Kurti alone was to blame."
    assert ("SRB", "XKX", "112") in disapproved(text)


def test_responsibility_for_an_act_accuses() -> None:
    assert ("RUS", "UKR", "112") in disapproved("The Kremlin said Ukraine was responsible for the blasts.")


def test_that_clause_hung_on_the_statement_is_read() -> None:
    text = (
        "Ecuador's presidency said in a statement that Mexico had abused the immunities granted "
        "to its diplomatic mission."
    )
    assert ("ECU", "MEX", "112") in disapproved(text)


def test_responsibility_for_a_duty_is_no_accusation() -> None:
    assert not disapproved("The ministry said Russia was responsible for security at the plant.")


def test_an_open_question_is_no_accusation() -> None:
    assert not disapproved("The Kremlin said it was unclear whether Ukraine was behind the attack.")


def test_a_denied_violation_is_no_accusation() -> None:
    assert not disapproved("The Indian army said Pakistan had not violated the ceasefire.")


def test_a_dangerous_precedent_judges_the_act() -> None:
    text = (
        "The International Criminal Court issued an arrest warrant for the prime minister on Thursday. "
        "Israel's foreign minister said the warrant set a dangerous precedent."
    )
    assert ("ISR", "IGO", "111") in disapproved(text)


def test_a_plain_precedent_is_no_verdict() -> None:
    text = (
        "The International Criminal Court issued an arrest warrant for the prime minister on Thursday. "
        "Israel's foreign minister said the warrant set a precedent."
    )
    assert ("ISR", "IGO", "111") not in disapproved(text)
