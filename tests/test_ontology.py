"""CAMEO table, verb lexicon and actor dictionaries as data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.errors import ConfigError
from accord.ontology import cameo_table, code_info, data_path, load_lexicon, parse_pattern


def test_cameo_table_covers_every_root_with_real_values() -> None:
    table = cameo_table()
    assert {info.root for info in table.values()} == {f"{n:02d}" for n in range(1, 21)}
    sign = code_info("057")
    assert (sign.root, sign.quad_class, sign.goldstein) == ("05", 1, 8.0)
    assert code_info("190").quad_class == 4 and code_info("190").goldstein < 0
    assert code_info("042").plover and code_info("173").quad_class == 4


def test_cameo_table_agrees_with_peer_goldstein(peers_dir: Path) -> None:
    lines = (peers_dir / "cameo_goldstein_gdelt.tsv").read_text().splitlines()[1:]
    for line in lines:
        code, value = line.split("\t")
        assert cameo_table()[code].goldstein == pytest.approx(float(value)), code


def test_lexicon_size_and_coverage() -> None:
    groups = load_lexicon()
    patterns = [p for group in groups.values() for p in group]
    assert len(patterns) >= 400
    assert {p.code[:2] for p in patterns} == {f"{n:02d}" for n in range(1, 21)}
    sign = [p for p in groups[("v", "sign")] if p.obj and "declaration" in p.obj]
    assert sign and sign[0].code == "057" and sign[0].symmetric


def test_pattern_parser_rejects_bad_lines() -> None:
    with pytest.raises(ConfigError):
        parse_pattern("057", "sign", "", "")
    with pytest.raises(ConfigError):
        parse_pattern("057", "v:sign", "object=deal", "")
    with pytest.raises(ConfigError):
        parse_pattern("999", "v:sign", "", "")


def test_actor_data_files_are_consistent() -> None:
    countries = [json.loads(line) for line in data_path("countries.jsonl").read_text().splitlines() if line.strip()]
    codes = [c["iso3"] for c in countries]
    assert len(codes) == len(set(codes)) >= 195
    people = [json.loads(line) for line in data_path("people.jsonl").read_text().splitlines() if line.strip()]
    assert len(people) >= 500
    for person in people:
        for role in person["roles"]:
            assert role["start"] and (role["end"] is None or role["start"] <= role["end"]), person["name"]
