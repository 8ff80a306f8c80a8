"""CAMEO and PLOVER tables and the verb lexicon, loaded from package data.

Sources of the facts (codes, Goldstein values, PLOVER mapping):
the CAMEO 1.1b3 codebook, the GDELT Goldstein lookup and the PLOVER
CAMEO2PLOVER-2021 table (see docs/ONTOLOGY.md).  The files are ours.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from accord.errors import ConfigError
from accord.model import CodeInfo

ONTOLOGY_VERSION = "CAMEO-1.1b3/PLOVER-2021"
QUAD_NAMES = {1: "Verbal Cooperation", 2: "Material Cooperation", 3: "Verbal Conflict", 4: "Material Conflict"}


def data_path(name: str) -> Path:
    """Path of a bundled data file."""
    return Path(str(resources.files("accord") / "data" / name))


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CodeInfo]:
    """Every CAMEO code with root, QuadClass, Goldstein and PLOVER category."""
    table: dict[str, CodeInfo] = {}
    with data_path("cameo.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = row["code"].strip()
            table[code] = CodeInfo(
                code=code,
                name=row["name"].strip(),
                root=row["root"].strip(),
                quad_class=int(row["quad_class"]),
                goldstein=float(row["goldstein"]),
                plover=row["plover"].strip(),
                mode=(row.get("mode") or "").strip(),
                context=(row.get("context") or "").strip(),
            )
    return table


def code_info(code: str) -> CodeInfo:
    """Look up one code; unknown codes are a data error, not a silent default."""
    try:
        return cameo_table()[code]
    except KeyError as exc:
        raise ConfigError(f"unknown CAMEO code {code!r}") from exc


@dataclass(slots=True, frozen=True)
class Pattern:
    """One lexicon line: a trigger lemma, constraints and the code it gives."""

    code: str
    kind: str  # "v" verb or "n" noun
    lemma: str
    obj: frozenset[str] | None = None
    not_obj: frozenset[str] = frozenset()
    not_prep: frozenset[str] = frozenset()
    prt: frozenset[str] | None = None
    prep: frozenset[str] | None = None
    xcomp: frozenset[str] | None = None
    pobj: frozenset[str] | None = None
    xobj: frozenset[str] | None = None
    subj: frozenset[str] | None = None
    symmetric: bool = False
    intent: bool = False
    reverse: bool = False
    line: int = 0

    @property
    def specificity(self) -> int:
        """How many constraints the pattern has: more specific patterns win."""
        constraints = (self.obj, self.prt, self.prep, self.xcomp, self.pobj, self.xobj, self.subj)
        return sum(x is not None for x in constraints)


# The nouns whose kind ``obj=criminal-inquiry`` names (stages.triggers reads it, stages.parse
# prefilters on it): "a criminal investigation", "a murder probe", "a criminal case".
INQUIRIES = frozenset({"investigation", "probe", "inquiry", "enquiry", "case"})


def _values(text: str) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in text.split("|") if v.strip())


_CONSTRAINTS = {"obj", "not_obj", "not_prep", "prt", "prep", "xcomp", "pobj", "xobj", "subj"}


def parse_pattern(code: str, trigger: str, constraints: str, flags: str, line: int = 0) -> Pattern:
    """Build a Pattern from the four lexicon columns (see docs/LEXICON.md)."""
    kind, _, lemma = trigger.partition(":")
    if kind not in {"v", "n"} or not lemma:
        raise ConfigError(f"verbs.tsv line {line}: trigger {trigger!r} must be v:LEMMA or n:LEMMA")
    fields: dict[str, frozenset[str]] = {}
    for item in constraints.split():
        key, sep, value = item.partition("=")
        if not sep or key not in _CONSTRAINTS:
            raise ConfigError(f"verbs.tsv line {line}: bad constraint {item!r}")
        fields[key] = _values(value)
    flag_set = {f.strip() for f in flags.split(",") if f.strip()}
    code_info(code)
    return Pattern(
        code=code,
        kind=kind,
        lemma=lemma.lower(),
        obj=fields.get("obj"),
        not_obj=fields.get("not_obj", frozenset()),
        not_prep=fields.get("not_prep", frozenset()),
        prt=fields.get("prt"),
        prep=fields.get("prep"),
        xcomp=fields.get("xcomp"),
        pobj=fields.get("pobj"),
        xobj=fields.get("xobj"),
        subj=fields.get("subj"),
        symmetric="sym" in flag_set,
        intent="intent" in flag_set,
        reverse="reverse" in flag_set,
        line=line,
    )


def load_lexicon(extra: Path | None = None) -> dict[tuple[str, str], list[Pattern]]:
    """Patterns grouped by (kind, lemma), in file order; a user file is read first so it wins."""
    groups: dict[tuple[str, str], list[Pattern]] = {}
    files = ([extra] if extra else []) + [data_path("verbs.tsv")]
    for path in files:
        with path.open(encoding="utf-8") as handle:
            reader = csv.reader(handle, delimiter="\t")
            for number, row in enumerate(reader, start=1):
                if number == 1 and row and row[0] == "code" or not row or row[0].startswith("#"):
                    continue
                row = (row + ["", "", "", ""])[:4]
                pattern = parse_pattern(row[0].strip(), row[1].strip(), row[2], row[3], number)
                groups.setdefault((pattern.kind, pattern.lemma), []).append(pattern)
    return groups
