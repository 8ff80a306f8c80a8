"""Session 11 (start-up): the gazetteer read back from the user's cache is the one built from the
files, a changed input is built afresh, a broken or disabled cache only means building; the village
table's line starts and the collector's generations give what the code they replace gave."""

from __future__ import annotations

import gc
import os
from array import array
from itertools import accumulate
from pathlib import Path

import pytest
from spacy.attrs import LOWER, ORTH
from spacy.language import Language

from accord import cache
from accord.pipeline import collector_paused
from accord.stages import places
from accord.stages.lexicon import phrase_docs
from accord.stages.places import Gazetteer, Place, line_starts, load_gazetteer

_TABLES = ("exact", "folded", "countries", "iso3", "fips", "capitals", "adjectives")


def _sharing(gaz: Gazetteer) -> list[int]:
    """Which entries are the same Place object, in key order (dict order follows str hashes)."""
    seen: dict[int, int] = {}
    shared = []
    for table in (gaz.exact, gaz.folded, gaz.countries, gaz.capitals):
        for key in sorted(table):
            value = table[key]  # type: ignore[index]
            for place in value if isinstance(value, list) else [value]:
                shared.append(seen.setdefault(id(place), len(seen)))
    return shared


@pytest.fixture(scope="module")
def nlp() -> Language:
    from accord.stages.parse import load_model

    return load_model()


@pytest.fixture(scope="module")
def built() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.slow
def test_the_cached_gazetteer_is_the_built_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built: Gazetteer
) -> None:
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    first = places.gazetteer.__wrapped__()  # builds and stores
    assert len(list(tmp_path.glob("gazetteer-*.marshal"))) == 1
    second = places.gazetteer.__wrapped__()  # reads back
    for gaz in (first, second):
        for table in _TABLES:
            assert getattr(gaz, table) == getattr(built, table), table
    assert _sharing(second) == _sharing(built)
    # Resolution reads the same tables: a capital, a city under an alternate name, a folded dateline.
    for name, prefer in (("Kyiv", set()), ("Kiev", set()), ("MOSCOW", set()), ("Tripoli", {"LBN"})):
        assert second.resolve(name, prefer) == built.resolve(name, prefer)
    assert isinstance(second.resolve("Kyiv"), Place)


@pytest.mark.slow
def test_a_changed_user_file_is_a_new_key(tmp_path: Path) -> None:
    extra = tmp_path / "places.tsv"
    extra.write_text("Lower Zvorn\tSRB\t\t44.1\t19.2\tcity\t100\t\n", encoding="utf-8")
    before = places._gazetteer_key(extra)
    assert before != places._gazetteer_key(None)
    extra.write_text("Lower Zvorn\tSRB\t\t44.1\t19.3\tcity\t100\t\n", encoding="utf-8")
    assert places._gazetteer_key(extra) != before


def test_a_broken_cache_file_reads_as_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    cache.store("probe", "k1", {"Kyiv": [1, 2]})
    assert cache.load("probe", "k1") == {"Kyiv": [1, 2]}
    (tmp_path / "probe-k1.marshal").write_bytes(b"\x00not marshal")
    assert cache.load("probe", "k1") is None
    assert cache.load("probe", "other") is None


@pytest.mark.slow
def test_a_malformed_stored_gazetteer_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built: Gazetteer
) -> None:
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    cache.store("gazetteer", places._gazetteer_key(None), ("not", "a", "gazetteer"))
    gaz = places.gazetteer.__wrapped__()
    assert gaz.exact == built.exact


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_CACHE_DIR", "off")
    assert cache.cache_dir() is None
    cache.store("probe", "k1", [1])
    assert cache.load("probe", "k1") is None
    monkeypatch.delenv("ACCORD_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "accord"


def test_keys_change_with_any_part() -> None:
    assert cache.fingerprint(b"ab", b"c") != cache.fingerprint(b"a", b"bc")
    assert cache.fingerprint("Kyiv") == cache.fingerprint(b"Kyiv")


@pytest.mark.parametrize("data", [b"", b"a", b"a\n", b"ab\ncd\n", b"\n\n", b"x\ny", "Kyiv\tUKR\nL\u2019viv\n".encode()])
def test_line_starts_are_those_of_split(data: bytes) -> None:
    expected = array("I", accumulate((len(line) + 1 for line in data.split(b"\n")), initial=0))
    assert line_starts(data) == expected


def test_the_pause_leaves_the_collector_as_it_was_and_nothing_frozen() -> None:
    enabled = gc.isenabled()
    try:
        gc.enable()
        with collector_paused():
            tables = [{"name": [i]} for i in range(1000)]
            assert not gc.isenabled()
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0
        # The objects made while paused went straight to the oldest generation.
        oldest = {id(o) for o in gc.get_objects(generation=2)}
        assert id(tables[0]) in oldest and id(tables[-1]) in oldest
        assert len(tables) == 1000
    finally:
        if not enabled:
            gc.disable()


def test_old_files_of_a_table_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    for n in range(7):
        cache.store("probe", f"k{n}", [n])
        second = (n + 1) * 1_000_000_000  # distinct times, older than the next file's "now"
        os.utime(tmp_path / f"probe-k{n}.marshal", ns=(second, second))
    cache.store("other", "k0", [0])
    assert len(list(tmp_path.glob("probe-*.marshal"))) == cache._KEEP
    assert cache.load("probe", "k6") == [6]
    assert cache.load("other", "k0") == [0]


# Dictionary phrases whose tokens the tokenizer's special cases, prefixes, suffixes and infixes decide.
PHRASES = [
    "U.S.",
    "the U.S. State Department",
    "Côte d'Ivoire",
    "al-Shabaab",
    "St. Petersburg",
    "Democratic Republic of the Congo",
    "Hay'at Tahrir al-Sham",
    "ex-president",
    "Sen. Bernie Sanders",
    "G7",
    "prime minister",
]


@pytest.mark.slow
def test_cached_phrase_tokens_are_the_tokenizers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp: Language
) -> None:
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    made = phrase_docs(nlp, PHRASES)  # tokenizes and stores
    read = phrase_docs(nlp, PHRASES)  # from the stored words and spaces
    assert len(list(tmp_path.glob("phrases-*.marshal"))) == 1
    for phrase, first, second in zip(PHRASES, made, read, strict=True):
        expected = nlp.make_doc(phrase)
        for doc in (first, second):
            assert doc.text == phrase
            assert doc.to_array([ORTH, LOWER]).tolist() == expected.to_array([ORTH, LOWER]).tolist()
    assert phrase_docs(nlp, PHRASES[:3])[2].text == "Côte d'Ivoire"  # another list: another key
