"""Actor phrases of wire copy: juntas, sponsored fighters, groups and bodies news names (bench/actor_probe.py)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text

WHEN = date(2023, 8, 1)


def dyads(text: str) -> set[tuple[str, str, str, str]]:
    """(source country, source sector, target country, target sector) of each event coded."""
    out = set()
    for e in code_text(text, date=WHEN):
        target = e.target
        out.add((e.source.country, e.source.sector, target.country if target else "", target.sector if target else ""))
    return out


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Myanmar's military government arrested dozens of opposition activists in Yangon on Sunday, "
            "a rights group said.",
            ("MMR", "MIL"),
        ),
        (
            "LIBREVILLE (Reuters) - The coup leaders detained President Ali Bongo at his residence on Wednesday.",
            ("GAB", "MIL"),
        ),
        ("KHARTOUM (Reuters) - Sudan's military rulers arrested the prime minister on Monday.", ("SDN", "MIL")),
        (
            "ENUGU, Nigeria (Reuters) - IPOB accused the Nigerian army of killing 12 civilians in a raid on Tuesday.",
            ("NGA", "REB"),
        ),
        (
            "The White Helmets accused Syrian government forces of shelling a hospital in Idlib province.",
            ("SYR", "NGO"),
        ),
        ("The Quad condemned North Korea's latest ballistic missile launch on Saturday.", ("IGO", "IGO")),
        (
            "NAIROBI (Reuters) - Kenya's electoral commission rejected the opposition's demand for a recount on Monday.",
            ("KEN", "GOV"),
        ),
        (
            "KYIV (Reuters) - Ukraine's military intelligence accused Russia of planning sabotage attacks in Moldova.",
            ("UKR", "SPY"),
        ),
        (
            "ADEN (Reuters) - Al Qaeda in the Arabian Peninsula attacked Yemeni soldiers in Abyan province on Friday.",
            ("YEM", "REB"),
        ),
        (
            "PORT-AU-PRINCE (Reuters) - The G9 gang alliance attacked a police station in the capital on Monday.",
            ("HTI", "CRM"),
        ),
        ("JERUSALEM (Reuters) - B'Tselem accused Israeli police of beating Palestinian detainees.", ("ISR", "NGO")),
    ],
)
def test_phrase_resolves_as_source(text: str, source: tuple[str, str]) -> None:
    assert source in {(s, ss) for s, ss, _, _ in dyads(text)}


def test_backer_is_not_the_fighters_state() -> None:
    """'Russian-backed', 'pro-Russian', 'Iranian-backed': the fighters are of the state they fight in."""
    sources = {
        s
        for s, _, _, _ in dyads(
            "KYIV (Reuters) - Pro-Russian separatists seized the regional administration building in Donetsk on Sunday."
        )
    }
    assert sources == {"UKR"}
    militias = dyads(
        "BAGHDAD (Reuters) - Iranian-backed militias fired rockets at a U.S. base in western Iraq on Tuesday."
    )
    assert ("IRQ", "REB", "USA", "") in militias
    assert not any(s == "IRN" for s, _, _, _ in militias)


def test_junta_possessive_keeps_its_state() -> None:
    found = dyads(
        "NIAMEY (Reuters) - Niger's junta ordered the French ambassador to leave the country within 48 hours, "
        "state television said on Friday."
    )
    assert ("NER", "MIL", "FRA", "GOV") in found


def test_western_governments_are_not_the_dateline_state() -> None:
    """'Western governments' in a Minsk story are not Belarus's government."""
    found = dyads("MINSK (Reuters) - Belarus accused Western governments and Poland of meddling in its affairs.")
    assert any(s == "BLR" and t == "POL" for s, _, t, _ in found)
    assert all(t != "BLR" for _, _, t, _ in found)


def test_foreign_ministry_is_still_a_ministry() -> None:
    """'foreign' names the portfolio, not foreign states."""
    found = dyads("NAIROBI (Reuters) - Kenya's foreign ministry summoned Uganda's ambassador on Thursday.")
    assert ("KEN", "GOV", "UGA", "GOV") in found


def test_west_bank_is_palestine_not_the_west() -> None:
    """'the West Bank' stays a place of Palestine; 'West' must not make it a Western actor."""
    found = dyads("ISTANBUL (Reuters) - Turkey condemned Israel over the raids in the West Bank on Tuesday.")
    assert found and {(s, t) for s, _, t, _ in found} == {("TUR", "ISR")}
