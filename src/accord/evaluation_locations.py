"""Location accuracy for ``accord eval`` on article gold (docs/PLACES.md).

Only gold events that accord found (matched at ``dyad_root``) and that carry a
gold ``location`` are scored, so this measures placing, not finding.  Country
accuracy compares ISO3 codes.  City accuracy is scored where the gold names a
city (a name the gazetteer does not know as a country or a region): the names
match after normalisation, or the gold name's place lies within 25 km of the
predicted coordinates.  The gold name is looked up in the gold country only
(the main gazetteer, then its villages and small towns), so that a same-name
place abroad neither counts nor hides the right one.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from accord.stages.places import Gazetteer, Place, gazetteer

if TYPE_CHECKING:
    from accord.evaluation import GoldEvent, Unit
    from accord.model import Event

__all__ = ["CITY_RADIUS_KM", "LocationScore", "gold_place", "score_locations"]

CITY_RADIUS_KM = 25.0


@dataclass(slots=True)
class LocationScore:
    """Correct and scored counts at country and city level."""

    country_ok: int = 0
    n_country: int = 0
    city_ok: int = 0
    n_city: int = 0

    @property
    def country_accuracy(self) -> float:
        return self.country_ok / self.n_country if self.n_country else 0.0

    @property
    def city_accuracy(self) -> float:
        return self.city_ok / self.n_city if self.n_city else 0.0

    def merge(self, other: LocationScore) -> None:
        """Add another score's counts (``accord eval`` with several gold files)."""
        self.country_ok += other.country_ok
        self.n_country += other.n_country
        self.city_ok += other.city_ok
        self.n_city += other.n_city

    def to_dict(self) -> dict[str, Any]:
        return {
            "country_accuracy": round(self.country_accuracy, 4),
            "city_accuracy": round(self.city_accuracy, 4),
            "n_country": self.n_country,
            "n_city": self.n_city,
        }

    def format(self) -> str:
        """One report line."""
        return (
            f"location (matched gold events): country {self.country_accuracy:.3f} "
            f"({self.country_ok}/{self.n_country}), city {self.city_accuracy:.3f} ({self.city_ok}/{self.n_city})"
        )


def score_locations(
    score: LocationScore, unit: Unit, events: list[Event], plover: bool, gaz: Gazetteer | None = None
) -> None:
    """Add one unit's located gold events that were matched at ``dyad_root`` to the score."""
    from accord.evaluation import event_key

    gaz = gaz or gazetteer()
    for gold in unit.events:
        if not gold.location or not gold.location[1]:
            continue
        key = gold.key("dyad_root", plover)
        matches = [e for e in events if event_key(e, "dyad_root", plover) == key]
        if not matches:
            continue
        predicted = _best(matches, gold).location or {}
        name, country = gold.location
        score.n_country += 1
        score.country_ok += predicted.get("country") == country
        if _is_city(name, country, gaz):
            score.n_city += 1
            score.city_ok += is_same_city(name, country, predicted, gaz)


def _best(matches: list[Event], gold: GoldEvent) -> Event:
    """The coded event whose sentence is the gold quote, else the most confident."""
    quote = _normal(gold.quote)
    if quote:
        for event in matches:
            if quote in _normal(event.sentence) or _normal(event.sentence) in quote:
                return event
    return max(matches, key=lambda e: e.confidence)


def _is_city(name: str, country: str, gaz: Gazetteer) -> bool:
    if not name:
        return False
    place = gold_place(name, country, gaz)
    return place is None or place.precision == "city"


def gold_place(name: str, country: str, gaz: Gazetteer) -> Place | None:
    """The place a gold location names, in the gold country: the main gazetteer's, else a village
    or small town of that country ("Jermuk", ARM: the main gazetteer only knows it as another name
    of Çermik, Turkey).  None when neither knows it there."""
    place = gaz.resolve(name, {country})
    if place is not None and place.country == country:
        return place
    return gaz.resolve_small(name, {country})


def is_same_city(name: str, country: str, predicted: dict[str, Any], gaz: Gazetteer | None = None) -> bool:
    """Same name after normalisation, or the gold place within 25 km of the predicted point."""
    if not predicted or predicted.get("country") != country:
        return False
    shown = _normal(str(predicted.get("name") or ""))
    # An airport is named by its town in gold: "Argyle" for Argyle International Airport.
    if _normal(name) in {shown, shown.removesuffix("airport").removesuffix("international")}:
        return True
    place = gold_place(name, country, gaz or gazetteer())
    lat, lon = predicted.get("lat"), predicted.get("lon")
    if place is None or lat is None or lon is None or predicted.get("precision") != "city":
        return False
    return distance_km(place.lat, place.lon, float(lat), float(lon)) <= CITY_RADIUS_KM


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _normal(text: str) -> str:
    """Casefolded letters and digits without accents: 'Brasília' == 'Brasilia', 'Nur-Sultan' == 'nur sultan'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed.casefold() if c.isalnum())
