"""``kgmem remember --document``, ``summary``, ``pin``, ``unpin`` and ``compact``, checked through the API."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg_memory import Memory
from kg_memory.cli import cli

ARTICLE = """# Acme names a new chief engineer

Maria Lopez works for Acme Corp. She lives in Madrid.

Analysts said the move was expected. The weather was mild.
"""


def _run(runner: CliRunner, store: Path, *args: str, code: int = 0):
    result = runner.invoke(cli, [*args, "--store", str(store)])
    assert result.exit_code == code, result.output
    return result


def test_remember_a_document_then_summarise_pin_and_compact(runner: CliRunner, store_dir: Path, tmp_path: Path):
    article = tmp_path / "acme.md"
    article.write_text(ARTICLE, encoding="utf-8")
    rows = json.loads(_run(runner, store_dir, "remember", "--document", str(article), "-f", "json").stdout)
    assert rows == [{"file": str(article), "document": "doc:acme.md", "sentences": 4, "facts": 2}]
    summary = json.loads(_run(runner, store_dir, "summary", "acme.md", "-f", "json").stdout)
    assert [r["fact"] for r in summary] == ["Maria Lopez works for Acme Corp", "Maria Lopez lives in Madrid"]
    assert "Maria Lopez works for Acme Corp" in _run(runner, store_dir, "summary", "acme.md").output

    assert "pinned 1 of 1" in _run(runner, store_dir, "pin", "doc:acme.md#4").output  # "The weather was mild."
    report = json.loads(_run(runner, store_dir, "compact", "--max-turns", "2", "-f", "json").stdout)
    assert [r["id"] for r in report["removed"]] == ["doc:acme.md#3", "doc:acme.md#2", "doc:acme.md#0"]
    assert report["turns_after"] == 2 and report["reached"]
    with Memory(store_dir) as m:
        assert [t.turn for t in m.turns() if t.text] == ["1", "4"]
        assert {f.object.label for f in m.facts("Maria Lopez")} == {"Acme Corp", "Madrid"}

    assert json.loads(_run(runner, store_dir, "unpin", "doc:acme.md#4", "-f", "json").stdout) == [
        {"unpinned": 1, "given": 1}]
    table = _run(runner, store_dir, "compact", "--max-turns", "0", "--dry-run").output
    assert "would remove 2" in table
    with Memory(store_dir) as m:
        assert len([t for t in m.turns() if t.text]) == 2


def test_errors_are_one_line(runner: CliRunner, store_dir: Path, tmp_path: Path):
    _run(runner, store_dir, "remember", "--document", str(tmp_path / "missing.md"), code=2)
    empty = tmp_path / "empty.md"
    empty.write_text("\n\n", encoding="utf-8")
    assert "no text" in _run(runner, store_dir, "remember", "--document", str(empty), code=1).output
    assert "not found" in _run(runner, store_dir, "pin", "nowhere#1", code=1).output
    _run(runner, store_dir, "compact", code=2)  # neither --max-turns nor --max-bytes
    assert "no entity" in _run(runner, store_dir, "summary", "nobody", code=1).output
