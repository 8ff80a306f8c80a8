"""Documentation stays true: the CLI reference matches --help, the README commands exist, the lexicon count."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _reference_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "scripts" / "cli_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current() -> None:
    current = (ROOT / "docs" / "CLI.md").read_text(encoding="utf-8")
    assert current == _reference_module().reference(), "run: python scripts/cli_reference.py"


def test_readme_starts_with_setup_and_test_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```")[0].strip() for b in readme.split("```bash")[1:3]]
    assert blocks[0].startswith("pip install") and "accord code examples/" in blocks[0]
    assert "pytest" in blocks[1]
    assert "pytest" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_lexicon_doc_counts_the_patterns() -> None:
    rows = (ROOT / "src" / "accord" / "data" / "verbs.tsv").read_text(encoding="utf-8").splitlines()
    patterns = [r for r in rows[1:] if r.strip() and not r.startswith("#")]
    doc = (ROOT / "docs" / "LEXICON.md").read_text(encoding="utf-8")
    assert f"{len(patterns):,} patterns" in doc, "update the pattern count in docs/LEXICON.md"
