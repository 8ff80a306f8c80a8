"""Which office holders of a broad list does `people.jsonl` miss, and add them.

The list (`bench/office_holders.tsv`, written from public lists of office holders 2015-2026,
one role a line: name, aliases separated by ";", country, sector, title, start, end) is
compared with the dictionary by name: a person is known when their name or a multi-word alias,
folded to lower-case ASCII without hyphens, is a name or multi-word alias of a dictionary
person. A known person's role is covered when a role of the same country and sector overlaps
its dates. One-word aliases never decide identity (surnames are shared), so a missing person
whose surname is a known person's one-word alias in the same country is printed as a
possible duplicate to check by hand.

    python bench/people_coverage.py                 # counts by country and the missing
    python bench/people_coverage.py --write         # add the missing people and roles
"""

from __future__ import annotations

import argparse
import csv
import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = ROOT / "src/accord/data/people.jsonl"
LIST = ROOT / "bench/office_holders.tsv"
SECTORS = {"GOV", "MIL", "OPP", "REB", "IGO", "LEG", "JUD", "COP", "SPY", "CRM", "REL"}


def fold(text: str) -> str:
    """ASCII spelling news copy often uses: "Sebastián Piñera" -> "Sebastian Pinera"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def key(text: str) -> str:
    """Comparison key of a name: folded, lower case, hyphens and apostrophes as spaces."""
    text = fold(text).lower().replace("-", " ").replace("'", " ").replace(".", " ")
    return " ".join(text.split())


def full_date(text: str, *, end: bool = False) -> str | None:
    """'2019', '2019-06' or '2019-06-14' as an ISO date; a bare year ends on 31 December."""
    text = text.strip()
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31).isoformat() if end else date(parts[0], 1, 1).isoformat()
    if len(parts) == 2:
        return date(parts[0], parts[1], 1).isoformat()
    return date(parts[0], parts[1], parts[2]).isoformat()


@dataclass
class Candidate:
    """One person of the broad list with their roles."""

    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)


def read_list(path: Path) -> list[Candidate]:
    """The broad list, one role a line, grouped by name in file order."""
    people: dict[str, Candidate] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            name, aliases, country, sector, title, start, end = (cell.strip() for cell in row)
            if sector not in SECTORS:
                raise ValueError(f"{name}: sector {sector!r}")
            person = people.setdefault(name, Candidate(name))
            person.aliases += [a.strip() for a in aliases.split(";") if a.strip() and a.strip() not in person.aliases]
            role = {"country": country, "sector": sector, "title": title}
            role |= {"start": full_date(start), "end": full_date(end, end=True)}
            if role["start"] and role["end"] and role["end"] < role["start"]:
                raise ValueError(f"{name}: ends before it starts")
            person.roles.append(role)
    return list(people.values())


def phrases(record: dict[str, Any] | Candidate) -> list[str]:
    """Name and aliases of a dictionary record or a candidate."""
    if isinstance(record, Candidate):
        return [record.name, *record.aliases]
    return [record["name"], *record.get("aliases", [])]


def span(role: dict[str, Any]) -> tuple[date, date]:
    """First and last day of a role; an open start or end runs to the edge of the list's years."""
    start = date.fromisoformat(role["start"]) if role.get("start") else date(1990, 1, 1)
    end = date.fromisoformat(role["end"]) if role.get("end") else date.today()
    return start, max(start, end)


def shared_days(a: dict[str, Any], b: dict[str, Any]) -> int:
    """Days two roles share."""
    (a_start, a_end), (b_start, b_end) = span(a), span(b)
    return max(0, (min(a_end, b_end) - max(a_start, b_start)).days + 1)


def title_words(title: str) -> set[str]:
    """The words of a title that name the office, not its links ("of", "the")."""
    return {w for w in key(title).split() if len(w) > 3}


def covered(role: dict[str, Any], record: dict[str, Any]) -> bool:
    """The dictionary already places the person on most of the role's days in the same state, or in
    the same office (NATO's commander kept as a US officer): the sector it chose there stands."""
    start, end = span(role)
    days = (end - start).days + 1
    same_state = sum(shared_days(role, r) for r in record["roles"] if r["country"] == role["country"])
    if same_state * 2 >= days:
        return True
    words = title_words(role["title"])
    return any(len(words & title_words(r["title"])) >= 2 and shared_days(role, r) for r in record["roles"])


def with_ascii(names: list[str]) -> list[str]:
    """Each name and its ASCII spelling when that differs, in order, once."""
    out: list[str] = []
    for name in names:
        for variant in (name, fold(name)):
            if variant and variant not in out:
                out.append(variant)
    return out


@dataclass
class Index:
    """The dictionary's names: multi-word phrases and names by key, one-word aliases by state."""

    by_key: dict[str, int] = field(default_factory=dict)
    surnames: dict[tuple[str, str], str] = field(default_factory=dict)
    taken: dict[str, str] = field(default_factory=dict)


def index(records: list[dict[str, Any]]) -> Index:
    """Index the dictionary people by the phrases that decide identity."""
    found = Index()
    for number, record in enumerate(records):
        for phrase in phrases(record):
            found.taken.setdefault(phrase, record["name"])
            if " " in phrase.strip() or phrase == record["name"]:
                found.by_key.setdefault(key(phrase), number)
            else:
                for role in record["roles"]:
                    found.surnames[(key(phrase), role["country"])] = record["name"]
    return found


def known_as(person: Candidate, names: Index) -> int | None:
    """The dictionary line of a listed person, by name or multi-word alias."""
    keys = [key(p) for p in phrases(person) if " " in p or p == person.name]
    return next((names.by_key[k] for k in keys if k in names.by_key), None)


@dataclass
class Gap:
    """What the dictionary lacks of the list."""

    people: list[Candidate] = field(default_factory=list)
    roles: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    listed: Counter[str] = field(default_factory=Counter)
    missing: Counter[str] = field(default_factory=Counter)


def compare(candidates: list[Candidate], records: list[dict[str, Any]], names: Index) -> Gap:
    """Missing people and missing roles of known people, counted by state."""
    gap = Gap()
    for person in candidates:
        line = known_as(person, names)
        for role in person.roles:
            gap.listed[role["country"]] += 1
            if line is None or not covered(role, records[line]):
                gap.missing[role["country"]] += 1
                if line is not None:
                    gap.roles.append((line, role))
        if line is None:
            gap.people.append(person)
            surname = key(person.name).split()[-1]
            for role in person.roles:
                if (surname, role["country"]) in names.surnames:
                    print(
                        f"check: {person.name} ({role['country']}) beside {names.surnames[(surname, role['country'])]}"
                    )
    return gap


def report(candidates: list[Candidate], records: list[dict[str, Any]], names: Index, gap: Gap) -> None:
    """Counts, then each missing person (with phrases another entry has) and role."""
    roles = sum(len(p.roles) for p in gap.people)
    print(f"list: {len(candidates)} people, {sum(gap.listed.values())} roles")
    print(f"missing: {len(gap.people)} people ({roles} roles), {len(gap.roles)} roles of known people")
    counts = ", ".join(f"{c} {gap.missing[c]}/{gap.listed[c]}" for c in sorted(gap.listed))
    print("missing roles by country (of listed):", counts)
    for person in gap.people:
        clash = [p for p in with_ascii(phrases(person)) if p in names.taken]
        note = f"  [phrase taken: {', '.join(f'{p} ({names.taken[p]})' for p in clash)}]" if clash else ""
        print(f"new: {person.name}: {'; '.join(r['country'] + ' ' + r['title'] for r in person.roles)}{note}")
    for line, role in gap.roles:
        print(f"role: {records[line]['name']}: {role['country']} {role['sector']} {role['title']} {role['start']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", type=Path, default=LIST)
    parser.add_argument("--people", type=Path, default=PEOPLE)
    parser.add_argument("--write", action="store_true", help="add the missing people and roles to --people")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.people.read_text(encoding="utf-8").splitlines() if line.strip()]
    names = index(records)
    candidates = read_list(args.list)
    gap = compare(candidates, records, names)
    report(candidates, records, names, gap)
    if args.write:
        write(args.people, records, gap)


def write(path: Path, records: list[dict[str, Any]], gap: Gap) -> None:
    """Append the new roles to known people and the new people at the end, one line each."""
    for line, role in gap.roles:
        records[line]["roles"].append(role)
        records[line]["roles"].sort(key=lambda r: r.get("start") or "")
    for person in gap.people:
        names = with_ascii(phrases(person))
        records.append({"name": names[0], "aliases": names[1:], "roles": person.roles})
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path}: {len(records)} people")


if __name__ == "__main__":
    main()
