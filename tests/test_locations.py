"""Event locations: the gazetteer (no model), the store and eval plumbing, and real sentences (slow)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from accord.evaluation import GoldEvent, Report, Unit, score_unit
from accord.evaluation_locations import distance_km, is_same_city
from accord.export import action_geo
from accord.model import Actor, Article, Event
from accord.ontology import code_info
from accord.stages.ingest import article_from_record, read_file
from accord.stages.locations import Locator
from accord.stages.places import gazetteer, load_gazetteer, read_places
from accord.store import MIGRATIONS, STORE_VERSION, Store, location_fields

MOSCOW = {"name": "Moscow", "country": "RUS", "admin1": "RU.48", "lat": 55.752, "lon": 37.6178}


# -- gazetteer (no model) ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("China", "CHN"), ("USA", "USA"), ("U.S.", "USA"), ("Georgia", "GEO"), ("United States", "USA")],
)
def test_gazetteer_country_names_resolve_to_countries(name: str, iso3: str) -> None:
    place = gazetteer().resolve(name)
    assert place is not None and place.country == iso3 and place.precision == "country"


def test_gazetteer_country_has_centroid_not_capital() -> None:
    russia = gazetteer().resolve("Russia")
    assert russia is not None and russia.lat > 60 and russia.lon > 90  # Moscow is 55.75, 37.62


def test_gazetteer_every_country_has_centroid() -> None:
    gaz = gazetteer()
    assert len(gaz.countries) >= 250
    assert all(p.lat or p.lon for p in gaz.countries.values())


def test_gazetteer_georgia_in_us_story_is_the_state() -> None:
    place = gazetteer().resolve("Georgia", {"USA"})
    assert place is not None and (place.country, place.precision) == ("USA", "admin1")
    assert gazetteer().resolve("Georgia", {"USA", "GEO"}).country == "GEO"  # type: ignore[union-attr]


def test_gazetteer_prefers_article_countries() -> None:
    assert gazetteer().resolve("Tripoli", {"LBN"}).country == "LBN"  # type: ignore[union-attr]
    assert gazetteer().resolve("Tripoli").country == "LBY"  # type: ignore[union-attr]
    assert gazetteer().resolve("Odessa", {"UKR"}).country == "UKR"  # type: ignore[union-attr]


def test_gazetteer_exact_name_before_alternate_and_population() -> None:
    kyiv = gazetteer().resolve("Kyiv")
    assert kyiv is not None and kyiv.name == "Kyiv" and kyiv.is_exact
    moscow = gazetteer().resolve("Moscow")
    assert moscow is not None and moscow.country == "RUS"  # not Moscow, Idaho


def test_gazetteer_alternate_names_and_case() -> None:
    assert gazetteer().resolve("Kiev").name == "Kyiv"  # type: ignore[union-attr]
    assert gazetteer().resolve("MOSCOW").country == "RUS"  # type: ignore[union-attr]
    assert gazetteer().resolve("us") is None


def test_gazetteer_extra_places_and_qualified_names() -> None:
    gaz = gazetteer()
    assert gaz.resolve("Goa").country == "IND"  # type: ignore[union-attr]
    assert gaz.resolve("the Gaza Strip").precision == "admin1"  # type: ignore[union-attr]
    assert gaz.resolve("Atlanta, Georgia").country == "USA"  # type: ignore[union-attr]
    assert gaz.resolve("Kramatorsk, Ukraine").name == "Kramatorsk"  # type: ignore[union-attr]


def test_gazetteer_capitals_and_adjectives() -> None:
    gaz = gazetteer()
    assert gaz.capital("KAZ").name == "Astana"  # type: ignore[union-attr]
    assert gaz.country_of_adjective("Kazakh") == "KAZ"


def test_gazetteer_user_file_adds_places(tmp_path: Path) -> None:
    path = tmp_path / "places.tsv"
    path.write_text("# mine\nPsarades\tGRC\t\t40.83\t21.03\tcity\t100\tΨαράδες|Psarades village\n", encoding="utf-8")
    gaz = load_gazetteer(path)
    place = gaz.resolve("Psarades village")
    assert place is not None and place.country == "GRC" and place.is_extra


def test_gazetteer_user_file_errors_name_the_row(tmp_path: Path) -> None:
    path = tmp_path / "places.tsv"
    path.write_text("Nowhere\tXXX\t\tnorth\t21.0\tcity\t0\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="row 1"):
        read_places(path)


def test_distance_km_and_same_city() -> None:
    assert distance_km(55.75, 37.62, 55.75, 37.62) == 0
    assert 700 < distance_km(55.75, 37.62, 50.45, 30.52) < 800  # Moscow-Kyiv
    assert is_same_city("Nur-Sultan", "KAZ", {"name": "Astana", "country": "KAZ", "precision": "city",
                                             "lat": 51.18, "lon": 71.45})  # fmt: skip
    assert not is_same_city("Moscow", "RUS", {"name": "Russia", "country": "RUS", "precision": "country"})


# -- eval, store and export plumbing -------------------------------------------


def _event(location: dict[str, object] | None, sentence: str = "s") -> Event:
    return Event(
        "a1", None, date(2022, 6, 10), date(2022, 6, 10), Actor("RUS", "", "Russia", "Russia"),
        Actor("TKM", "", "Turkmenistan", "Turkmenistan"), code_info("057"), sentence, 0, 0, 1, 0.9,
        location=location,
    )  # fmt: skip


def test_eval_location_accuracy_counts_matched_events() -> None:
    gold = [
        GoldEvent("RUS", "", "TKM", "", "057", location=("Moscow", "RUS")),
        GoldEvent("RUS", "", "TKM", "", "042", location=("Ashgabat", "TKM")),  # not matched: not scored
        GoldEvent("TKM", "", "RUS", "", "057", location=("Russia", "RUS")),  # country only
    ]
    back = _event(dict(MOSCOW, precision="city", source="dateline"))
    mirror = replace(back, source=back.target, target=back.source)
    report = Report()
    score_unit(report, Unit("u", Article(id="a1", text="x"), gold), [back, mirror], plover=False)
    assert report.location.to_dict() == {"country_accuracy": 1.0, "city_accuracy": 1.0, "n_country": 2, "n_city": 1}
    assert "location" in report.to_dict()


def test_store_keeps_location_columns(tmp_path: Path) -> None:
    article = Article(id="a1", text="Body.", url="https://example.com/a", published=date(2022, 6, 10))
    article.events = [_event(dict(MOSCOW, precision="city", source="dateline"))]
    with Store(tmp_path / "s.duckdb") as store:
        store.add([article])
        row = store.events().to_pylist()[0]
        assert (row["location_name"], row["location_country"], row["location_precision"]) == ("Moscow", "RUS", "city")
        assert row["lat"] == pytest.approx(55.752)
        assert store.article_events("a1")[0].location == article.events[0].location


def test_store_migrates_version_1_locations(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)")
    for statement in MIGRATIONS[0].statements:
        con.execute(statement)
    con.execute("INSERT INTO schema_version VALUES (1, 'v1', current_timestamp)")
    con.execute(
        "INSERT INTO mentions (event_id, block, article_id, cameo, root, location) VALUES "
        "('e1', 'b', 'a', '057', '05', ?), ('e2', 'b', 'a', '057', '05', '[1, 2]')",
        [json.dumps(dict(MOSCOW, precision="city", source="dateline"))],
    )
    con.close()
    with Store(path) as store:
        assert store.version() == STORE_VERSION >= 2
        rows = store.con.execute("SELECT event_id, location_name, lat FROM mentions ORDER BY event_id").fetchall()
    assert rows == [("e1", "Moscow", pytest.approx(55.752)), ("e2", None, None)]


def test_location_fields_ignore_odd_values() -> None:
    assert location_fields(["x"]) == dict.fromkeys(location_fields(None))
    assert location_fields({"lat": "north", "name": 3})["lat"] is None


def test_gdelt_action_geo_columns() -> None:
    row = {**location_fields(dict(MOSCOW, precision="city")), "location_name": "Moscow"}
    assert action_geo(row) == ["4", "Moscow, Russia", "RS", "RS48", "", "55.7520", "37.6178", ""]
    country = location_fields({"name": "China", "country": "CHN", "lat": 35.86, "lon": 104.2, "precision": "country"})
    assert action_geo(country)[:3] == ["1", "China", "CH"]
    assert action_geo(location_fields(None)) == [""] * 8


# -- real sentences through the real model -------------------------------------


def _locate(coder, text: str, trigger: str, *, dateline: str | None = None, prefer=(), code: str = "190"):  # type: ignore[no-untyped-def]
    article = Article(id="t", text=text, dateline=dateline)
    doc = coder.nlp(text)
    sent = next(s for s in doc.sents if trigger in s.text)
    start = text.index(trigger)
    return Locator(article, prefer, coder.gazetteer).locate(sent, start, code)


def _coded(coder, text: str):  # type: ignore[no-untyped-def]
    article = article_from_record({"text": text, "date": "2023-05-01"}, "test")
    return next(iter(coder.code([article])))


@pytest.mark.slow
def test_locations_specimen_is_placed_in_moscow(coder, specimen_path: Path) -> None:  # type: ignore[no-untyped-def]
    articles = [a for a in read_file(specimen_path) if isinstance(a, Article)]
    coded = next(iter(coder.code(articles)))
    assert coded.events
    for event in coded.events:
        assert event.location is not None
        assert (event.location["name"], event.location["country"]) == ("Moscow", "RUS")
        assert event.location["source"] == "dateline" and event.location["precision"] == "city"


@pytest.mark.slow
def test_locations_dateline_only_article_uses_dateline_city(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(coder, "ISTANBUL - Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin.")
    assert coded.dateline == "Istanbul" and coded.events
    assert {(e.location or {}).get("name") for e in coded.events} == {"Istanbul"}
    assert all(e.location and e.location["source"] == "dateline" for e in coded.events)


@pytest.mark.slow
def test_locations_prepositional_phrase_near_bakhmut(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(coder, "KYIV - Russian forces shelled Ukrainian positions near Bakhmut on Monday.")
    located = [e.location for e in coded.events if e.location]
    assert located and located[0]["name"] == "Bakhmut" and located[0]["source"] == "sentence"


@pytest.mark.slow
def test_locations_prepositional_phrase_in_goa(coder) -> None:  # type: ignore[no-untyped-def]
    location = _locate(coder, "Indian police arrested 12 protesters in Goa on Tuesday.", "arrested", code="173")
    assert location is not None and (location["name"], location["country"]) == ("Goa", "IND")
    assert location["precision"] == "admin1"


@pytest.mark.slow
def test_locations_province_of_phrase(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Taliban fighters attacked a police checkpoint in the northern province of Kunduz on Sunday."
    location = _locate(coder, text, "attacked")
    assert location is not None and (location["name"], location["country"]) == ("Kunduz", "AFG")


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Delegations from both sides met in China on Monday.", "CHN"),
        ("Delegations from both sides met in the USA on Monday.", "USA"),
    ],
)
@pytest.mark.slow
def test_locations_country_names_are_countries(coder, text: str, iso3: str) -> None:  # type: ignore[no-untyped-def]
    location = _locate(coder, text, "met", code="040")
    assert location is not None and (location["country"], location["precision"]) == (iso3, "country")


@pytest.mark.slow
def test_locations_georgia_in_caucasus_story(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Russian troops were deployed in Georgia in 2008, and Moscow later recognised South Ossetia."
    location = _locate(coder, text, "deployed", prefer={"GEO", "RUS"}, code="150")
    assert location is not None and (location["country"], location["precision"]) == ("GEO", "country")


@pytest.mark.slow
def test_locations_other_place_in_sentence(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters gathered in Ankara on Monday, and police detained 40 of them."
    location = _locate(coder, text, "detained", code="173")
    assert location is not None and location["name"] == "Ankara" and location["source"] == "sentence"


@pytest.mark.slow
def test_locations_background_phrase_is_not_the_place(coder) -> None:  # type: ignore[no-untyped-def]
    text = "The European Union adopted new sanctions against Russia over the war in Ukraine."
    location = _locate(coder, text, "adopted", dateline="Brussels", code="163")
    assert location is not None and location["name"] == "Brussels" and location["source"] == "dateline"


@pytest.mark.slow
def test_locations_visit_object_is_the_place(coder) -> None:  # type: ignore[no-untyped-def]
    location = _locate(coder, "Chinese President Xi Jinping visited Moscow on Monday.", "visited", code="042")
    assert location is not None and (location["name"], location["source"]) == ("Moscow", "sentence")


@pytest.mark.slow
def test_locations_foreign_statement_is_placed_at_home(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Moscow blamed Kyiv for the attack."
    article = Article(id="t", text=text, dateline="Kyiv")
    doc = coder.nlp(text)
    location = Locator(article, (), coder.gazetteer).locate(next(iter(doc.sents)), 7, "112", speaker="RUS")
    assert location is not None and (location["name"], location["source"]) == ("Moscow", "actor")


@pytest.mark.slow
def test_locations_building_is_not_a_city(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Biden welcomed Modi at the White House on Thursday."
    location = _locate(coder, text, "welcomed", dateline="Washington", code="043")
    assert location is not None and location["name"] == "Washington"


@pytest.mark.slow
def test_locations_none_without_any_place(coder) -> None:  # type: ignore[no-untyped-def]
    assert _locate(coder, "The two leaders signed an agreement on Monday.", "signed", code="057") is None


@pytest.mark.slow
def test_article_main_city_stands_in_for_a_missing_dateline() -> None:
    from accord.api import code_text

    text = (
        "Negotiators from Russia and Ukraine gathered in Istanbul on Monday for a new round of prisoner talks. "
        "Turkish officials said the Istanbul meeting would last two days.\n\n"
        "Russia and Ukraine signed a prisoner exchange agreement on Tuesday."
    )
    events = code_text(text, date=date(2025, 6, 3))
    signed = [e for e in events if e.cameo == "057"]
    assert signed and signed[0].location is not None
    assert signed[0].location["name"] == "Istanbul" and signed[0].location["source"] == "article"


@pytest.mark.slow
def test_force_is_placed_where_its_targets_are() -> None:
    from accord.api import code_text

    events = code_text(
        "WASHINGTON - The United States and Britain launched strikes against Houthi military targets in Yemen on Friday.",
        date=date(2024, 1, 12),
    )
    strikes = [e for e in events if e.info.root == "19"]
    assert strikes and all(e.location is not None and e.location["country"] == "YEM" for e in strikes)


# -- rules added in session 2 ---------------------------------------------------------------------


def test_gazetteer_names_without_diacritics_are_exact() -> None:
    """News writes "Rafah" and "Itahari" for GeoNames' "Rafaḩ" and "Īṭaharī": the name itself."""
    for name, iso3 in (("Rafah", "EGY"), ("Itahari", "NPL"), ("Bogota", "COL")):
        place = gazetteer().resolve(name, {iso3})
        assert place is not None and place.country == iso3 and place.is_exact


def test_locations_dateline_after_a_date_line(coder) -> None:  # type: ignore[no-untyped-def]
    """A scraped date line ("October 29, 2025") before "PORT SUDAN, Sudan -" leaves the dateline found."""
    text = (
        "October 29, 2025\n\nPORT SUDAN, Sudan - Sudan's army said on Wednesday it had arrested "
        "three officers accused of passing information to the paramilitary Rapid Support Forces."
    )
    article = article_from_record({"text": text, "date": "2025-10-29"}, "t")
    assert article.dateline == "Port Sudan" and not article.text.startswith("October")


def test_locations_town_the_model_calls_a_nationality(coder) -> None:  # type: ignore[no-untyped-def]
    """The model tags the rare town name "Itahari" NORP; in "the town of Itahari" it is the place."""
    text = "Police fired on protesters in the eastern town of Itahari on Tuesday, officials said."
    location = _locate(coder, text, "fired", dateline="Kathmandu", prefer={"NPL"}, code="180")
    assert (
        location is not None
        and location["country"] == "NPL"
        and "Itahari" in str(location["name"]).replace("Ī", "I").replace("ṭ", "t")
    )


def test_locations_seized_city_the_model_calls_an_organisation(coder) -> None:  # type: ignore[no-untyped-def]
    text = "The RSF took control of El Fasher, the army's last stronghold in Darfur, on Sunday."
    location = _locate(coder, text, "took", prefer={"SDN"}, code="192")
    assert location is not None and location["name"] == "El Fasher"


def test_locations_general_assembly_votes_in_new_york(coder) -> None:  # type: ignore[no-untyped-def]
    """A deliberative body decides at its seat, whatever the dateline."""
    text = (
        "THE HAGUE - The U.N. General Assembly on Wednesday adopted a resolution demanding that Russia "
        "immediately withdraw its troops from Ukraine."
    )
    coded = _coded(coder, text)
    demands = [e for e in coded.events if e.source.country == "IGO" and e.cameo.startswith("10")]
    assert demands and all(e.location and e.location["country"] == "USA" for e in demands)
    assert demands[0].location is not None and demands[0].location["source"] == "actor"


def test_locations_aid_sent_to_a_country(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "BRUSSELS - The European Union has sent more than two dozen search and rescue teams to Turkey "
        "after Monday's earthquake, the EU's crisis management commissioner said."
    )
    location = _locate(coder, text, "sent", dateline="Brussels", prefer={"TUR"}, code="073")
    assert location is not None and location["country"] == "TUR"


# -- rules added in session 3 ---------------------------------------------------------------------


def test_locations_speaker_who_travelled_is_there(coder) -> None:  # type: ignore[no-untyped-def]
    """ "who flew to Brussels for the summit" places the speaker, before the speaker's capital."""
    text = (
        "Hungarian Prime Minister Viktor Orban, who flew to Brussels for the summit, criticised the "
        "European Commission's migration plan on Thursday."
    )
    article = Article(id="t", text=text, dateline="Vienna")
    sent = next(iter(coder.nlp(text).sents))
    location = Locator(article, (), coder.gazetteer).locate(sent, text.index("criticised"), "111", speaker="HUN")
    assert location is not None and (location["name"], location["source"]) == ("Brussels", "sentence")


def test_locations_travel_not_made_is_not_the_place(coder) -> None:  # type: ignore[no-untyped-def]
    text = "The chancellor, who has not travelled to Kyiv since the invasion, promised more air defence systems."
    location = _locate(coder, text, "promised", dateline="Berlin", code="030")
    assert location is not None and location["name"] == "Berlin"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Both delegations agreed on Tuesday to meet again in Geneva within three months.", "agreed"),
        ("The foreign ministers said they would meet again in Doha next month.", "said"),
    ],
)
def test_locations_planned_meeting_place_is_not_the_place(coder, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """Where a plan would happen ("to meet again in Geneva") is not where it was agreed."""
    location = _locate(coder, text, trigger, dateline="Vienna", code="036")
    assert location is not None and (location["name"], location["source"]) == ("Vienna", "dateline")


@pytest.mark.parametrize(
    ("name", "prefer", "iso3"),
    [
        ("Geneva", {"USA", "RUS"}, "CHE"),  # not Geneva, Illinois
        ("Vienna", {"USA", "IRN"}, "AUT"),  # not Vienna, Virginia
        ("Paris", {"USA", "IRN"}, "FRA"),
        ("Sydney", {"USA", "QAT"}, "AUS"),  # not Sidney, Ohio (an alternate name)
        ("Tripoli", {"LBN"}, "LBN"),  # a city of the article's country that is not dwarfed
        ("Odessa", {"UKR"}, "UKR"),
    ],
)
def test_gazetteer_article_country_town_does_not_hide_a_much_larger_city(
    name: str, prefer: set[str], iso3: str
) -> None:
    place = gazetteer().resolve(name, prefer)
    assert place is not None and place.country == iso3


def test_gazetteer_same_country_names_keep_exact_first() -> None:
    """The size rule compares with cities abroad only: "New Delhi" is not Delhi."""
    assert gazetteer().resolve("New Delhi", {"IND"}).name == "New Delhi"  # type: ignore[union-attr]


def test_locations_venue_dateline_in_a_us_story(coder) -> None:  # type: ignore[no-untyped-def]
    text = "U.S. and Russian negotiators held a second day of talks on Tuesday."
    location = _locate(coder, text, "held", dateline="Geneva", prefer={"USA", "RUS"}, code="040")
    assert location is not None and (location["name"], location["country"]) == ("Geneva", "CHE")


def test_locations_gathering_names_the_place(coder) -> None:  # type: ignore[no-untyped-def]
    """A meeting's place ("a security conference in Munich") is where its participants act."""
    text = (
        "On the sidelines of a security conference in Munich, the Chinese foreign minister accused "
        "Washington of hypocrisy."
    )
    article = Article(id="t", text=text, dateline="Berlin")
    sent = next(iter(coder.nlp(text).sents))
    location = Locator(article, (), coder.gazetteer).locate(sent, text.index("accused"), "112", speaker="CHN")
    assert location is not None and (location["name"], location["source"]) == ("Munich", "sentence")


def _spoken(coder, text: str, trigger: str, dateline: str, code: str, speaker: str):  # type: ignore[no-untyped-def]
    article = Article(id="t", text=text, dateline=dateline)
    sent = next(iter(coder.nlp(text).sents))
    return Locator(article, (), coder.gazetteer).locate(sent, text.index(trigger), code, speaker=speaker)


def test_locations_speaker_posted_abroad_speaks_there(coder) -> None:  # type: ignore[no-untyped-def]
    """ "The Russian ambassador in Ankara said Moscow condemned ..." is said in Ankara, not Moscow."""
    text = "The Russian ambassador in Ankara, Alexei Yerkhov, said on Tuesday that Moscow condemned the attack."
    location = _spoken(coder, text, "condemned", "Istanbul", "111", "RUS")
    assert location is not None and (location["name"], location["source"]) == ("Ankara", "sentence")


def test_locations_speaker_at_a_gathering_is_not_at_home(coder) -> None:  # type: ignore[no-untyped-def]
    text = "China's envoy at the talks accused Washington of bad faith on Wednesday."
    location = _spoken(coder, text, "accused", "Vienna", "112", "CHN")
    assert location is not None and (location["name"], location["source"]) == ("Vienna", "dateline")


def test_locations_subject_country_adds_nothing_to_the_dateline(coder) -> None:  # type: ignore[no-untyped-def]
    location = _spoken(
        coder, "Police in Nepal detained 30 protesters on Sunday.", "detained", "Kathmandu", "173", "NPL"
    )
    assert location is not None and location["name"] == "Kathmandu"


def _in_article(coder, text: str, trigger: str, dateline: str, prefer: set[str], code: str):  # type: ignore[no-untyped-def]
    """Locate with the whole article's Doc, as the pipeline does (earlier sentences count)."""
    article = Article(id="t", text=text, dateline=dateline)
    doc = coder.nlp(text)
    sent = next(s for s in doc.sents if trigger in s.text)
    return Locator(article, prefer, coder.gazetteer, doc).locate(sent, text.index(trigger), code)


def test_locations_the_city_is_the_city_named_before(coder) -> None:  # type: ignore[no-untyped-def]
    """ "withdrawn from the city": the city named last; withdrawals take their "from" phrase."""
    text = (
        "M23 rebels captured the city of Bukavu on Sunday. The army said on Monday that its troops had "
        "withdrawn from the city to spare civilians."
    )
    location = _in_article(coder, text, "withdrawn", "Kinshasa", {"COD"}, "0874")
    assert location is not None and (location["name"], location["source"]) == ("Bukavu", "sentence")


def test_locations_the_territory_named_earlier_in_its_sentence(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Israel sealed every crossing into Gaza on Monday and imposed a full blockade on the territory."
    location = _in_article(coder, text, "imposed", "Jerusalem", {"ISR", "PSE"}, "191")
    assert location is not None and location["country"] == "PSE"


def test_locations_troops_leaving_a_country(coder) -> None:  # type: ignore[no-untyped-def]
    text = "The last French soldiers left Niger on Friday, ending a decade-long deployment."
    location = _in_article(coder, text, "left", "Paris", {"FRA", "NER"}, "0874")
    assert location is not None and location["country"] == "NER"


def test_locations_participle_of_an_object_is_background(coder) -> None:  # type: ignore[no-untyped-def]
    """ "aid workers held by militants in Mogadishu" says where they are held, not where she spoke."""
    text = "The secretary-general demanded the release of aid workers held by militants in Mogadishu."
    location = _in_article(coder, text, "demanded", "Nairobi", {"SOM", "KEN"}, "1053")
    assert location is not None and location["name"] == "Nairobi"


def test_locations_town_of_phrase_names_the_town_not_its_region(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Russian missiles struck the eastern Donetsk town of Kramatorsk on Thursday, officials said."
    location = _locate(coder, text, "struck", dateline="Kyiv", prefer={"UKR", "RUS"}, code="190")
    assert location is not None and location["name"] == "Kramatorsk"


def test_locations_host_country_sanctions_under_a_un_dateline(coder) -> None:  # type: ignore[no-untyped-def]
    """Under UNITED NATIONS the host's Treasury still sanctions from Washington, not New York."""
    text = "The U.S. Treasury Department imposed sanctions on three Iranian officials on Friday."
    location = _spoken(coder, text, "imposed", "United Nations", "163", "USA")
    assert location is not None and (location["name"], location["source"]) == ("Washington", "actor")


def test_article_main_city_ignores_capitals_that_stand_for_governments() -> None:
    """ "Washington said ..." names the government: only places where things happen count."""
    from accord.api import code_text

    text = (
        "Washington has pressed Tehran for months to free the detained Americans, and Washington said on Sunday "
        "that it welcomed Qatar's mediation. Negotiators from both sides met in Doha on Saturday.\n\n"
        "Iran and the United States signed a prisoner exchange agreement on Monday."
    )
    signed = [e for e in code_text(text, date=date(2023, 9, 18)) if e.cameo == "057"]
    assert signed and all(e.location is not None and e.location["name"] == "Doha" for e in signed)


def test_locations_speaker_on_a_visit_is_there(coder) -> None:  # type: ignore[no-untyped-def]
    """ "on a two-day visit to Ankara" places the visitor; "postponed his trip to Beijing" does not."""
    text = (
        "Russian Foreign Minister Sergei Lavrov, on a two-day visit to Ankara, accused the West of prolonging the war."
    )
    location = _spoken(coder, text, "accused", "Ankara", "112", "RUS")
    assert location is not None and (location["name"], location["source"]) == ("Ankara", "sentence")
    text = "The president, who postponed his trip to Beijing, criticised the tariffs on Monday."
    location = _spoken(coder, text, "criticised", "Brasilia", "111", "BRA")
    assert location is not None and location["source"] == "dateline"


def test_locations_audience_places_the_speaker(coder) -> None:  # type: ignore[no-untyped-def]
    """ "told a briefing in Kyiv": whoever addresses an audience is where it is."""
    text = "The minister told a briefing in Kyiv that Moscow had rejected the offer."
    location = _spoken(coder, text, "rejected", "Warsaw", "120", "RUS")
    assert location is not None and (location["name"], location["source"]) == ("Kyiv", "sentence")


def test_locations_visiting_speaker_is_at_the_dateline(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Visiting U.S. Secretary of State Antony Blinken urged Beijing on Monday to restore military talks."
    location = _spoken(coder, text, "urged", "Beijing", "020", "USA")
    assert location is not None and (location["name"], location["source"]) == ("Beijing", "dateline")


@pytest.mark.parametrize(
    ("dateline", "expected"), [("Washington", ("Ukraine", "actor")), ("Kyiv", ("Kyiv", "dateline"))]
)
def test_locations_force_under_a_dateline_abroad(coder, dateline: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Force reported from a third country happens in the target's country; at home, at the dateline."""
    text = "Russian missiles killed at least 15 people overnight, officials said."
    article = Article(id="t", text=text, dateline=dateline)
    sent = next(iter(coder.nlp(text).sents))
    location = Locator(article, (), coder.gazetteer).locate(sent, text.index("killed"), "190", sides=("RUS", "UKR"))
    assert location is not None and (location["name"], location["source"]) == expected


def test_locations_force_when_the_main_city_is_abroad(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Western envoys met in Washington on Monday to discuss air defences. "
        "Russian missiles killed at least 15 people overnight, officials said."
    )
    article = Article(id="t", text=text)
    doc = coder.nlp(text)
    sent = next(s for s in doc.sents if "missiles" in s.text)
    locator = Locator(article, (), coder.gazetteer, doc)
    location = locator.locate(sent, text.index("killed"), "190", sides=("RUS", "UKR"))
    assert location is not None and location["name"] == "Ukraine"


def test_locations_lower_case_word_tagged_proper_is_no_place() -> None:
    """The tagger sometimes calls "the bush" a proper noun; GeoNames has a Būsh (alternate "Bush")."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from accord.stages.locations import _is_proper

    doc = Doc(Vocab(), words=["herded", "pupils", "into", "the", "bush", "near", "Kaduna"],
              pos=["VERB", "NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN"])  # fmt: skip
    assert not _is_proper(doc[4]) and _is_proper(doc[6])


def test_locations_domestic_coercion_reported_from_abroad(coder) -> None:  # type: ignore[no-untyped-def]
    """A state's coercion of its own people happens at home; talks between compatriots may not."""
    text = "The president declared a three-month state of emergency in the affected provinces."
    article = Article(id="t", text=text, dateline="Brussels")
    sent = next(iter(coder.nlp(text).sents))
    locator = Locator(article, (), coder.gazetteer)
    location = locator.locate(sent, text.index("declared"), "1724", sides=("TUR", "TUR"))
    assert location is not None and (location["name"], location["source"]) == ("Turkey", "actor")
    location = locator.locate(sent, text.index("declared"), "057", sides=("COL", "COL"))
    assert location is not None and location["source"] == "dateline"
