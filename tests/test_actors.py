"""Actor resolution of noun phrases and of actors in news sentences, with the real English model."""

from __future__ import annotations

from datetime import date

import pytest

from accord.api import code_text
from accord.model import Actor
from accord.pipeline import Coder
from accord.stages.actors import ActorResolver

pytestmark = pytest.mark.slow


def resolve(coder: Coder, text: str, when: date = date(2023, 6, 1)) -> Actor | None:
    """The first actor of a short text's root noun phrase (as `accord eval` does for NGEC cases)."""
    doc = coder.nlp(text)
    resolver = ActorResolver.for_doc(doc, coder.actors, when, coder.gazetteer)
    root = next(t for t in doc if t.head == t)
    actors = resolver.resolve(root)
    return actors[0] if actors else None


def code(coder: Coder, text: str, when: date = date(2023, 6, 1)) -> tuple[str, str]:
    actor = resolve(coder, text, when)
    return (actor.country, actor.sector) if actor else ("", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the U.S. Drug Enforcement Administration", ("USA", "COP")),
        ("Russia's Northern Fleet", ("RUS", "MIL")),
        ("the Zetas cartel", ("MEX", "CRM")),
        ("the opposition PRI", ("MEX", "PTY")),
        ("South Africa's SANDF", ("ZAF", "MIL")),
        ("the State Bank of Pakistan", ("PAK", "GOV")),
        ("Harvard University", ("USA", "EDU")),
        ("the Proud Boys", ("USA", "UAF")),
        ("Italy's Carabinieri", ("ITA", "COP")),
        ("Hungary's ruling Fidesz party", ("HUN", "PTY")),
    ],
)
def test_national_agencies_parties_and_groups(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil's Justice Department", ("BRA", "GOV")),
        ("the Chilean Ombudsman's Office", ("CHL", "GOV")),
        ("a Kenyan attorney", ("KEN", "JUD")),
        ("a crime syndicate", ("", "CRM")),
        ("Turkish immigration officers", ("TUR", "COP")),
        ("German experts", ("DEU", "EDU")),
        ("the families of political prisoners", ("", "CVL")),
        ("a senior intelligence agency officer", ("", "SPY")),
        ("Ukraine's special services", ("UKR", "SPY")),
        ("Indian border posts", ("IND", "MIL")),
        ("Iran's representative at the session", ("IRN", "GOV")),
    ],
)
def test_role_words(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_metonym_beats_the_country_name_before_it(coder: Coder) -> None:
    """'the U.S. Treasury Department' is the government, not the whole state."""
    assert code(coder, "the U.S. Treasury Department") == ("USA", "GOV")


def test_country_from_an_in_phrase_and_a_quantity(coder: Coder) -> None:
    assert code(coder, "Several of the biggest trade unions in Sweden") == ("SWE", "LAB")
    assert code(coder, "Christian leaders in Nigeria") == ("NGA", "REL")
    assert code(coder, "hundreds of protesters in Paris")[0] == "FRA"


def test_former_officials_are_elites(coder: Coder) -> None:
    assert code(coder, "a former Pentagon official") == ("USA", "ELI")
    assert code(coder, "a former Russian defence minister") == ("RUS", "ELI")


def test_title_of_an_institution_takes_its_sector(coder: Coder) -> None:
    """The president of a parliament is a legislator; the president of a country is not."""
    assert code(coder, "the president of the Bundestag") == ("DEU", "LEG")
    assert code(coder, "the president of France") == ("FRA", "GOV")


def test_un_officials_stay_igo_but_un_troops_are_military(coder: Coder) -> None:
    assert code(coder, "senior United Nations officials") == ("IGO", "IGO")
    assert code(coder, "UN Under-Secretary-General Martin Griffiths") == ("IGO", "IGO")
    assert code(coder, "UN peacekeepers") == ("IGO", "MIL")


def test_forces_of_a_ruling_movement_are_the_army(coder: Coder) -> None:
    """The Taliban rule Afghanistan since August 2021: their forces and fighters are its military."""
    assert code(coder, "Taliban forces", date(2024, 1, 10)) == ("AFG", "MIL")
    assert code(coder, "Taliban fighters", date(2024, 1, 10)) == ("AFG", "MIL")
    assert code(coder, "Taliban fighters", date(2019, 1, 10)) == ("AFG", "REB")


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("Gitanas Nauseda", date(2022, 3, 1), ("LTU", "GOV")),
        ("Ukhnaagiin Khurelsukh", date(2023, 6, 1), ("MNG", "GOV")),
        ("Albin Kurti", date(2021, 10, 1), ("XKX", "GOV")),
        ("Hashim Thaci", date(2023, 6, 1), ("XKX", "ELI")),
        ("CIA Director William Burns", date(2022, 10, 1), ("USA", "SPY")),
        ("General Thierry Burkhard", date(2022, 3, 1), ("FRA", "MIL")),
        ("Jüri Ratas", date(2022, 3, 1), ("EST", "LEG")),
    ],
)
def test_leaders_by_date(coder: Coder, text: str, when: date, expected: tuple[str, str]) -> None:
    assert code(coder, text, when) == expected


def test_bosnian_serb_leader_in_a_sentence() -> None:
    events = code_text(
        "The United States on Wednesday imposed new sanctions on Milorad Dodik, accusing him of undermining "
        "the Dayton peace agreement.",
        date=date(2023, 7, 20),
    )
    sanction = next(e for e in events if e.cameo.startswith("16"))
    assert sanction.target is not None and sanction.target.country == "BIH"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shanghai police", ("CHN", "COP")),
        ("the Kano State government", ("NGA", "GOV")),
        ("the Madras High Court", ("IND", "JUD")),
    ],
)
def test_town_or_province_gives_the_country_of_a_role_noun(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_member_or_unit_of_an_agency(coder: Coder) -> None:
    assert code(coder, "members of SANDF") == ("ZAF", "MIL")
    assert code(coder, "the Black Sea Fleet's naval aviation group") == ("RUS", "MIL")


def test_a_name_that_goes_on_is_not_a_shorter_namesake(coder: Coder) -> None:
    """'Juan Carlos' (the former Spanish king) is only the start of 'Minister Juan Carlos Jobet'."""
    assert code(coder, "Minister Juan Carlos Jobet", date(2021, 6, 1)) == ("", "GOV")


def test_acronym_tagged_as_a_verb_is_still_a_name(coder: Coder) -> None:
    assert code(coder, "FDLR") == ("RWA", "REB")


def test_police_of_a_city_in_a_sentence() -> None:
    events = code_text("Shanghai police detained two foreign journalists on Tuesday.", date=date(2022, 4, 12))
    arrest = next(e for e in events if e.cameo.startswith("17"))
    assert (arrest.source.country, arrest.source.sector) == ("CHN", "COP")


def test_unidentified_gunmen_are_of_no_state() -> None:
    """The article's state fills "protesters" or "villagers", not attackers nobody has identified."""
    events = code_text(
        "Burkina Faso declared three days of mourning on Monday. "
        "Gunmen killed at least 12 villagers in the north of the country on Sunday, officials said.",
        date=date(2023, 4, 17),
    )
    attack = next(e for e in events if e.cameo.startswith(("18", "19")))
    assert (attack.source.country, attack.source.sector) == ("", "UAF")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rakhine rebels", ("MMR", "REB")),
        ("Chechen fighters", ("RUS", "REB")),
        ("the Scottish government", ("GBR", "GOV")),
    ],
)
def test_regions_and_peoples_of_one_state(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_compound_peoples_and_ethnic_groups(coder: Coder) -> None:
    assert code(coder, "Bosnian Serbs") == ("BIH", "CVL")
    assert code(coder, "Turkish Cypriot leaders") == ("CYP", "GOV")
    assert code(coder, "ethnic Albanians in southern Serbia") == ("SRB", "CVL")


def test_ethnic_minority_in_a_sentence_is_of_the_state_in_focus() -> None:
    events = code_text(
        "Serbia's government has promised more investment in the south. "
        "Hundreds of ethnic Albanians protested on Tuesday against the closure of a border crossing.",
        date=date(2023, 3, 7),
    )
    protest = next(e for e in events if e.cameo.startswith("14"))
    assert protest.source.country == "SRB"


def test_the_bloc_is_the_international_organisation_named_before() -> None:
    events = code_text(
        "The European Union's foreign policy chief said on Monday that the bloc rejected Belarus's "
        "presidential election result.",
        date=date(2020, 8, 19),
    )
    assert any(e.source.country == "IGO" and e.cameo.startswith("12") for e in events), events


def test_the_agency_after_a_national_body_is_no_organisation() -> None:
    events = code_text(
        "Qatar's state news agency published the remarks on Tuesday. Doha said the agency had been hacked.",
        date=date(2017, 5, 24),
    )
    assert not any(e.source.country == "IGO" or (e.target and e.target.country == "IGO") for e in events)


def test_a_group_sent_abroad_is_of_its_members() -> None:
    events = code_text("A contingent of Kenyan police officers arrived in Haiti on Tuesday to lead a UN mission.")
    assert any(e.source.code == "KENCOP" for e in events), events


def test_an_aide_is_of_the_side_of_the_person_served() -> None:
    events = code_text(
        "Turkish President Tayyip Erdogan spoke to Vladimir Putin on Friday.\n\n"
        "Ibrahim Kalin, a spokesman for Erdogan, said Russia must stop the attacks on civilians.",
        date=date(2022, 3, 4),
    )
    demand = next(e for e in events if e.cameo == "100")
    assert demand.source.country == "TUR" and demand.target is not None and demand.target.country == "RUS"


def test_an_adviser_to_a_known_leader_is_of_that_state() -> None:
    events = code_text(
        "Mykhailo Podolyak, an adviser to President Volodymyr Zelenskiy, said Russia must leave the occupied "
        "territories.",
        date=date(2023, 1, 6),
    )
    assert any(e.source.country == "UKR" and e.target and e.target.country == "RUS" for e in events), events


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("Ali Bongo Ondimba", date(2020, 5, 1), ("GAB", "GOV")),
        ("Ariel Henry", date(2023, 2, 1), ("HTI", "GOV")),
        ("Ousmane Sonko", date(2023, 6, 1), ("SEN", "OPP")),
        ("Ousmane Sonko", date(2024, 9, 1), ("SEN", "GOV")),
        ("Hun Manet", date(2024, 1, 10), ("KHM", "GOV")),
        ("Alexandre de Moraes", date(2023, 1, 9), ("BRA", "JUD")),
    ],
)
def test_leaders_added_with_dated_roles(coder: Coder, text: str, when: date, expected: tuple[str, str]) -> None:
    assert code(coder, text, when) == expected
