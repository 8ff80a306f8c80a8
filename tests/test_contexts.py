"""Contexts, mode and agreement details (issue 8): rules, store, query filters, scoring."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_data import RUSSIA, TURKMENISTAN, make_article, make_event

from accord.cli import main
from accord.evaluation_contexts import ContextReport, gold_contexts
from accord.model import Article
from accord.ontology import code_info
from accord.query import Filters
from accord.stages.contexts import (
    CONTEXTS,
    context_lexicon,
    event_mode,
    normalise_context,
    prior_contexts,
    split_contexts,
)
from accord.stages.ingest import article_from_record, read_file
from accord.store import Store

AGREEMENT = {"kind": "declaration", "title": "declaration on partnership", "count": 2, "spheres": ["trade"]}

# -- vocabulary, prior and mode (no model) --------------------------------------


def test_normalise_context_maps_table_and_gold_spellings() -> None:
    assert normalise_context("executive") == ("government",)
    assert normalise_context("rights_freedoms") == ("rights",)
    assert normalise_context("Refugees") == ("refugee",)
    assert normalise_context("energy") == ("resource", "energy")
    assert normalise_context("historical") == ()
    assert split_contexts("diplomatic, military; legal") == ["diplomatic", "military", "legal"]


def test_prior_contexts_come_from_the_cameo_table() -> None:
    assert prior_contexts(code_info("0311")) == ("economic",)
    assert prior_contexts(code_info("091")) == ("legal", "corruption")
    assert prior_contexts(code_info("0343")) == ("rights",)
    assert prior_contexts(code_info("010")) == ()


def test_event_mode_is_the_table_mode_and_never_a_context() -> None:
    assert event_mode(code_info("0871")) == "ceasefire"
    assert event_mode(code_info("042")) == "visit"
    assert event_mode(code_info("057")) == ""
    assert event_mode(code_info("175")) == ""  # the table has a context in this mode cell


def test_context_lexicon_uses_only_known_contexts() -> None:
    lexicon = context_lexicon()
    assert lexicon.terms[("trade",)] == ("economic",)
    assert lexicon.terms[("money", "laundering")] == ("legal", "corruption")
    assert {c for cs in lexicon.terms.values() for c in cs} <= set(CONTEXTS)


def test_gold_contexts_fold_refinements() -> None:
    assert gold_contexts("diplomatic, refugees") == ("diplomatic", "refugee")
    assert gold_contexts(["energy", "military"]) == ("military", "resource")
    assert gold_contexts("unknown") == ()


def test_context_report_counts_per_context() -> None:
    report = ContextReport()
    report.add(("military",), ("diplomatic", "military"))
    report.add(("economic",), ())
    assert report.per_context["military"].tp == 1 and report.per_context["diplomatic"].fp == 1
    assert report.per_context["economic"].fn == 1
    assert report.micro.precision == 0.5 and report.micro.recall == 0.5
    assert report.to_dict()["per_context"]["military"]["f1"] == 1.0


# -- store, query filters and exports ---------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store with a tagged agreement and an untagged visit."""
    path = tmp_path / "events.duckdb"
    pact = make_article(
        "https://example.com/pact",
        None,
        "Russian President signed a declaration with Turkmenistan.\n\nTurkmen leader visited Moscow.",
    )
    signed = make_event(pact, RUSSIA, TURKMENISTAN, "057", None, "Russian President signed a declaration")
    signed = replace(signed, contexts=("diplomatic", "resource", "energy"), agreement=AGREEMENT)
    visit = make_event(pact, TURKMENISTAN, RUSSIA, "057", None, "Turkmen leader visited Moscow.")
    visit = replace(visit, info=code_info("042"), contexts=("diplomatic",), mode="visit")
    pact.events = [signed, visit]
    with Store(path) as store:
        store.add([pact])
    return path


def test_store_round_trips_contexts_mode_and_agreement(db: Path) -> None:
    with Store(db, read_only=True) as store:
        assert store.version() == 3
        events = {e.cameo: e for e in store.article_events(store.events().to_pylist()[0]["article_id"])}
        records = {r["cameo"]: r for r in store.event_records()}
    assert events["057"].contexts == ("diplomatic", "resource", "energy")
    assert events["057"].agreement == AGREEMENT and events["042"].agreement is None
    assert events["042"].mode == "visit"
    assert records["057"]["agreement"] == AGREEMENT and records["042"]["contexts"] == ["diplomatic"]


def test_query_filters_by_context_and_agreement(db: Path) -> None:
    with Store(db, read_only=True) as store:
        assert [r["cameo"] for r in store.events(context="energy").to_pylist()] == ["057"]
        assert len(store.events(context="diplomatic,military").to_pylist()) == 2
        assert [r["cameo"] for r in store.events(agreement=True).to_pylist()] == ["057"]
    assert Filters.of(context="Energy").context == ("energy",)


def test_cli_query_context_and_agreement_flags(db: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["query", "--db", str(db), "--context", "energy", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["agreement"]["kind"] == "declaration" and "energy" in record["contexts"]
    result = runner.invoke(main, ["query", "--db", str(db), "--agreement", "--format", "jsonl"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1


def test_exports_carry_contexts_mode_and_agreement(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "plover"])
    assert result.exit_code == 0, result.output
    records = {r["cameo"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert records["057"]["context"] == ["diplomatic", "resource", "energy"]
    assert records["057"]["agreement"] == AGREEMENT and records["042"]["mode"] == "visit"
    out = tmp_path / "e.csv"
    assert runner.invoke(main, ["export", "--db", str(db), "--format", "csv", "-o", str(out)]).exit_code == 0
    assert "diplomatic;resource;energy" in out.read_text(encoding="utf-8")


def test_store_migrates_version_2_to_3(tmp_path: Path) -> None:
    import duckdb

    from accord.store import MIGRATIONS

    path = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)")
    for step in MIGRATIONS[:2]:
        for statement in step.statements:
            con.execute(statement)
        con.execute("INSERT INTO schema_version VALUES (?, 'old', current_timestamp)", [step.version])
    con.execute(
        "INSERT INTO mentions (event_id, block, article_id, cameo, root, mode) VALUES ('e', 'b', 'a', '042', '04', 'visit')"
    )
    con.close()
    with Store(path) as store:
        assert store.version() == 3
        assert store.con.execute("SELECT contexts, agreement FROM mentions").fetchall() == [(None, None)]


# -- real sentences through the real model ----------------------------------------


def _coded(coder, text: str, title: str | None = None) -> Article:  # type: ignore[no-untyped-def]
    article = article_from_record({"text": text, "date": "2023-05-01", "title": title}, "test")
    return next(iter(coder.code([article])))


def _by_code(article: Article, prefix: str):  # type: ignore[no-untyped-def]
    found = [e for e in article.events if e.cameo.startswith(prefix)]
    assert found, [(e.cameo, e.trigger) for e in article.events]
    return found[0]


@pytest.mark.slow
def test_contexts_specimen_agreement(coder, specimen_path: Path) -> None:  # type: ignore[no-untyped-def]
    articles = [a for a in read_file(specimen_path) if isinstance(a, Article)]
    coded = next(iter(coder.code(articles)))
    signed = [e for e in coded.events if e.cameo == "057"]
    assert signed
    for event in signed:
        agreement = event.agreement
        assert agreement is not None and agreement["kind"] == "declaration"
        assert "strategic partnership" in agreement["title"] and agreement["count"] == 15
        assert {"trade", "transit", "IT", "banking"} <= set(agreement["spheres"])
        assert {"diplomatic", "economic"} <= set(event.contexts)
    assert all(e.agreement is None for e in coded.events if e.cameo.startswith("04"))


@pytest.mark.slow
def test_contexts_lexicon_beats_the_weak_diplomatic_prior(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(coder, "Jordan and Britain have agreed to undertake joint military exercises this month.")
    assert _by_code(coded, "03").contexts == ("military",)


@pytest.mark.slow
def test_contexts_weak_prior_stands_when_sentence_is_silent(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(coder, "Iraqi President Saddam Hussein arrived in Amman on Wednesday.")
    event = _by_code(coded, "04")
    assert event.contexts == ("diplomatic",) and event.mode == "visit"


@pytest.mark.slow
def test_contexts_ignore_the_actors_own_names(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(coder, "The Russian Defence Ministry praised the Turkmen government on Monday.")
    assert "military" not in _by_code(coded, "05").contexts


@pytest.mark.slow
def test_contexts_fall_back_to_the_article(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Oil prices rose after the pipeline talks. Gas exports from Turkmenistan will double.\n\n"
        "Turkmenistan criticized Russia on Friday."
    )
    event = _by_code(_coded(coder, text), "11")
    assert event.contexts == ("resource",)  # refinements do not stand in for a silent sentence


@pytest.mark.slow
def test_agreement_ceasefire_without_dates(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(coder, "Russia and Ukraine agreed to a ceasefire on Friday.")
    event = _by_code(coded, "0871")
    assert event.agreement == {"kind": "ceasefire", "title": None, "count": None, "spheres": []}
    assert event.contexts == ("military",)


@pytest.mark.slow
def test_agreement_treaty_title_from_its_complement(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(coder, "Israel and the United Arab Emirates signed a treaty of peace on Tuesday.")
    agreement = _by_code(coded, "057").agreement
    assert agreement == {"kind": "treaty", "title": "treaty of peace", "count": None, "spheres": []}


@pytest.mark.slow
def test_agreement_count_and_spheres_from_the_article(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kyrgyzstan and Tajikistan signed a border treaty on Thursday.\n\n"
        "In all, the leaders signed seven documents on cooperation in transport, energy and water use."
    )
    agreement = _by_code(_coded(coder, text), "057").agreement
    assert agreement is not None and agreement["kind"] == "treaty" and agreement["count"] == 7
    assert agreement["spheres"] == ["transport", "energy", "water use"]


@pytest.mark.slow
def test_agreement_fuller_title_from_the_headline(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(
        coder,
        "Russia and Turkmenistan signed the partnership declaration on Friday.",
        title="Russia, Turkmenistan Sign Declaration on Deepening Partnership",
    )
    agreement = _by_code(coded, "057").agreement
    assert agreement is not None and agreement["title"] == "declaration on deepening partnership"


@pytest.mark.slow
def test_agreement_none_for_cooperation_without_document(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(coder, "Russia and Turkmenistan agreed to establish relations of stronger strategic partnership.")
    assert _by_code(coded, "03").agreement is None
