"""People and organisations added in session people15: knowledge, not phrasing.

Unseen news names spokespeople, army and police chiefs, spy chiefs, opposition and
armed-group leaders and the heads of international bodies; when the dictionary does
not know them, the side of their act falls back to guesses or is lost. Each sentence
below names its actor by name alone, so that only the dictionary can give its state.
"""

from __future__ import annotations

from datetime import date

from coded_events import coded


def _dyads(text: str, published: date) -> set[tuple[str, str]]:
    return {(source, target) for source, target, _ in coded(text, published=published)}


def test_a_houthi_spokesman_named_alone_is_yemeni() -> None:
    text = "Yahya Saree accused the United States of attacking fishing boats off Hodeidah."
    assert ("YEM", "USA") in _dyads(text, date(2024, 1, 10))


def test_an_opposition_leader_is_of_his_state() -> None:
    text = "Kem Sokha called on the European Union to press the government to free political prisoners."
    assert ("KHM", "IGO") in _dyads(text, date(2019, 11, 12))


def test_chiefs_of_spies_police_and_armies_are_known() -> None:
    cases = [
        ("Mike Burgess accused China of spying on Australian politicians.", date(2024, 2, 28), ("AUS", "CHN")),
        ("Viktor Khrenin accused Poland of massing troops near the border.", date(2023, 8, 2), ("BLR", "POL")),
        (
            "Christopher Cavoli warned that Russia would rebuild its forces within a few years.",
            date(2024, 3, 2),
            ("USA", "RUS"),
        ),
        ("Kayode Egbetokun ordered the arrest of the protest leaders in Abuja.", date(2024, 8, 5), ("NGA", "NGA")),
    ]
    for text, published, dyad in cases:
        assert dyad in _dyads(text, published), text


def test_a_namesake_first_name_is_not_the_palestinian_president() -> None:
    """ "Abbas" alone is Mahmoud Abbas; Iran's spokesman Abbas Mousavi is named in full and is Iranian,
    and an unknown Abbas is nobody's."""
    known = _dyads("Abbas Mousavi condemned the new American sanctions as economic terrorism.", date(2019, 11, 5))
    assert ("IRN", "USA") in known
    unknown = _dyads("Abbas Karimzadeh condemned the new American sanctions as economic terrorism.", date(2019, 11, 5))
    assert not any(source == "PSE" for source, _ in unknown)


def test_an_office_abroad_after_one_at_home() -> None:
    """A former Algerian foreign minister who became the UN's envoy for Sudan speaks for the UN then."""
    text = "Ramtane Lamamra urged Sudan's warring parties to agree to a ceasefire."
    assert any(source == "IGO" for source, _ in _dyads(text, date(2024, 6, 2)))
    assert any(source == "DZA" for source, _ in _dyads(text, date(2022, 6, 2)))


def test_named_parties_and_armed_groups_are_of_their_state() -> None:
    cases = [
        ("FARDC soldiers clashed with M23 rebels near Goma.", date(2023, 10, 20), ("COD", "COD")),
        (
            "Otzma Yehudit threatened to quit the government if the ceasefire went ahead.",
            date(2025, 1, 15),
            ("ISR", "ISR"),
        ),
        (
            "Renamo fighters attacked a police station in Sofala province, killing two officers.",
            date(2019, 8, 20),
            ("MOZ", ""),
        ),
    ]
    for text, published, dyad in cases:
        assert dyad in _dyads(text, published), text


def test_a_first_name_shared_with_a_movement_is_no_party() -> None:
    """ "Amal Movement" is known, not the bare word: Amal Clooney is no Lebanese party."""
    found = _dyads("Amal Clooney accused Russia of persecuting journalists.", date(2022, 5, 5))
    assert not any(source == "LBN" for source, _ in found)
