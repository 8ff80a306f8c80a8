"""The ``accord code`` command: outputs, summary and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from accord.cli import main

pytestmark = pytest.mark.slow

ARTICLE = """ date 2024-11-30 https://www.example-news.ge/politics/2024/11/30/tbilisi-protests

Police Detain Protesters in Tbilisi

TBILISI (AP) - Georgian police detained dozens of protesters outside parliament on Friday night, the Interior Ministry said.

The European Union condemned the crackdown on Saturday.
"""


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_code_writes_jsonl_and_summary(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, ["code", str(_folder(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert any(r["source"]["country"] == "GEO" and r["root"] == "17" for r in records)
    assert "1 articles" in result.stderr and "0 failed" in result.stderr


def test_code_stdout_with_dash(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["code", str(_folder(tmp_path)), "-o", "-"])
    assert result.exit_code == 0
    assert all(json.loads(line)["url"].startswith("https://") for line in result.stdout.splitlines())


def test_code_csv_and_parquet(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    csv_out, pq_out = tmp_path / "e.csv", tmp_path / "e.parquet"
    assert CliRunner().invoke(main, ["code", str(folder), "-o", str(csv_out)]).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(csv_out.read_text())))
    assert rows and rows[0]["source_country"] and rows[0]["cameo"]
    assert CliRunner().invoke(main, ["code", str(folder), "-o", str(pq_out)]).exit_code == 0
    import pyarrow.parquet as pq

    table = pq.read_table(pq_out)
    assert table.num_rows == len(rows) and "goldstein" in table.column_names


def test_failed_item_gives_exit_1_and_batch_goes_on(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x01binary")
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, ["code", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert "broken.txt" in result.stderr and "1 failed" in result.stderr
    assert out.read_text().strip()


def test_usage_error_exit_2(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["code"]).exit_code == 2
    result = CliRunner().invoke(main, ["code", str(_folder(tmp_path)), "-o", "events.xlsx"])
    assert result.exit_code == 2


def test_stdin(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["code", "-", "-o", "-"], input=ARTICLE)
    assert result.exit_code == 0
    assert result.stdout.strip()


def test_every_command_has_help_with_example() -> None:
    for name, command in main.commands.items():
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output, f"{name} --help lacks an example"
        assert command.help
