"""Scale-out: local worker processes and the Dask engine give what a plain local run gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "eval" / "dev" / "articles"


def test_input_files_walks_folders_like_a_local_run(tmp_path: Path) -> None:
    from accord.scale import input_files

    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.jsonl", ".hidden.txt", "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert input_files([tmp_path]) == [str(tmp_path / "a.jsonl"), str(tmp_path / "b" / "2.txt")]


def _subset(tmp_path: Path, count: int = 12) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(ARTICLES.glob("*.txt"))[:count]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "broken.txt").write_text("no header here\n", encoding="utf-8")
    return folder


def _store_rows(db: Path) -> tuple[dict[str, int], list[tuple]]:
    from accord.store import Store

    with Store(db, read_only=True) as store:
        counts = store.counts()
        rows = store.con.execute(
            "SELECT event_id, article_id, cameo, char_start, char_end, trigger_start, sentence FROM mentions ORDER BY ALL"
        ).fetchall()
    return counts, rows


@pytest.mark.slow
def test_dask_run_equals_local_run(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from click.testing import CliRunner

    from accord.cli import main

    folder = _subset(tmp_path)
    runner = CliRunner()
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    local = runner.invoke(main, ["-q", "code", str(folder), "--db", str(local_db)], obj={})
    assert local.exit_code == 1, local.output  # the broken file is counted, not fatal
    args = ["-q", "code", str(folder), "--db", str(dask_db), "--engine", "dask", "--workers", "2"]
    args += ["--partition-files", "4"]
    distributed = runner.invoke(main, args, obj={})
    assert distributed.exit_code == 1, distributed.output
    local_counts, local_rows = _store_rows(local_db)
    dask_counts, dask_rows = _store_rows(dask_db)
    assert local_counts == dask_counts
    assert local_rows == dask_rows and len(local_rows) > 10


@pytest.mark.slow
def test_dask_output_file_equals_local_output(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from click.testing import CliRunner

    from accord.cli import main

    folder = _subset(tmp_path, 6)
    runner = CliRunner()
    local_out, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    runner.invoke(main, ["-q", "code", str(folder), "-o", str(local_out)], obj={})
    args = ["-q", "code", str(folder), "-o", str(dask_out), "--engine", "dask", "--workers", "2"]
    result = runner.invoke(main, args, obj={})
    assert result.exit_code == 1, result.output
    local = [json.loads(line) for line in local_out.read_text(encoding="utf-8").splitlines()]
    assert local and local == [json.loads(line) for line in dask_out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_worker_processes_equal_one_process(coder) -> None:
    from accord.stages.ingest import read_paths

    paths = sorted(ARTICLES.glob("*.txt"))[:8]
    one = list(coder.code(a for a in read_paths(paths) if not hasattr(a, "message")))
    coder.workers = 2
    try:
        two = list(coder.code(a for a in read_paths(paths) if not hasattr(a, "message")))
    finally:
        coder.workers = 1
    assert [a.id for a in one] == [a.id for a in two]
    assert [a.events for a in one] == [a.events for a in two]


@pytest.mark.slow
def test_cli_workers_equal_one_process_and_parent_loads_no_model(tmp_path: Path) -> None:
    """``accord code --workers 2`` writes what one process writes; the parent only dispatches."""
    from click.testing import CliRunner

    from accord.cli import _coder, main
    from accord.scale import ProcessCoder

    assert isinstance(_coder(None, "rules", 32, 2, True), ProcessCoder)
    folder = _subset(tmp_path, 6)
    runner = CliRunner()
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    runner.invoke(main, ["-q", "code", str(folder), "-o", str(one)], obj={})
    runner.invoke(main, ["-q", "code", str(folder), "-o", str(two), "--workers", "2"], obj={})
    first = [json.loads(line) for line in one.read_text(encoding="utf-8").splitlines()]
    assert first and first == [json.loads(line) for line in two.read_text(encoding="utf-8").splitlines()]
