"""Branch loc17: right country, wrong city (docs/PLACES.md, "Loc17").

Force and arrests reach their target where it is, so a place in a relative clause of the target
places the act; a blame or a condemnation of an attack, by police, soldiers or residents, is told
from the town the attack struck, while a government speaks from its seat.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

pytestmark = pytest.mark.slow


def located(text: str, code_prefix: str, source: str = "") -> list[str]:
    """The location name of each event whose CAMEO code starts with ``code_prefix`` (and whose
    source actor code starts with ``source``)."""
    events = code_text(text, date=date(2024, 5, 7))
    return [
        str((e.location or {}).get("name"))
        for e in events
        if e.cameo.startswith(code_prefix) and e.source.code.startswith(source)
    ]


@pytest.mark.parametrize(
    ("text", "code", "city"),
    [
        (
            "LIMA, Peru (Reuters) - Soldiers opened fire on demonstrators who stormed the airport in the southern "
            "city of Ayacucho on Thursday, killing seven people.",
            "17",
            "Ayacucho",
        ),
        (
            "QUITO, Ecuador (Reuters) - Police fired tear gas at protesters who had gathered outside the governor's "
            "office in Guayaquil on Monday.",
            "17",
            "Guayaquil",
        ),
        (
            "QUITO, Ecuador (Reuters) - Police arrested dozens of students who had gathered in Guayaquil on Monday.",
            "17",
            "Guayaquil",
        ),
    ],
)
def test_force_on_a_target_is_where_its_relative_clause_puts_the_target(text: str, code: str, city: str) -> None:
    found = located(text, code, "ECUCOP" if "Police" in text else "PER")
    assert found and all(name == city for name in found)


def test_the_agent_of_a_passive_is_not_the_target() -> None:
    text = (
        "GAZA CITY (Reuters) - Israeli troops killed 12 civilians on Sunday, and Israel says some of the civilians "
        "were killed by Islamic Jihad rockets that fell short in Beit Lahiya."
    )
    found = located(text, "195")
    assert found and "Beit Lahiya" not in found


def test_police_blame_for_an_attack_is_told_from_the_town_it_struck() -> None:
    text = (
        "KAMPALA (Reuters) - Rebels killed 37 people at a school in the border town of Mpondwe on Friday, the army "
        "said. Police blamed the Allied Democratic Forces for the raid."
    )
    found = located(text, "11", "UGA")
    assert found and all(name == "Mpondwe" for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "KAMPALA (Reuters) - Rebels killed 37 people at a school in the border town of Mpondwe on Friday. The "
        "Ugandan foreign ministry condemned the attack.",
        "KAMPALA (Reuters) - Rebels killed 37 people at a school in the border town of Mpondwe on Friday. Police "
        "blamed the opposition for rising prices.",
    ],
)
def test_a_government_or_a_grievance_without_an_attack_stays_at_the_dateline(text: str) -> None:
    found = located(text, "11", "UGA")
    assert found and all(name == "Kampala" for name in found)
