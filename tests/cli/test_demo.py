"""``kgmem demo`` leaves the current directory as it found it."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_memory.cli import cli


def test_demo_writes_its_page_to_a_temporary_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    cwd, temp = tmp_path / "cwd", tmp_path / "temp"
    cwd.mkdir()
    temp.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    result = CliRunner().invoke(cli, ["demo"])
    assert result.exit_code == 0, result.output
    assert list(cwd.iterdir()) == []
    written = re.search(r"Interactive graph written to (.+)$", result.output, re.M)
    assert written is not None
    page = Path(written.group(1).strip())
    assert page.is_relative_to(temp) and page.name == "kgmem-demo.html" and page.stat().st_size > 10_000


@pytest.fixture(scope="module")
def demo_output(tmp_path_factory: pytest.TempPathFactory) -> str:
    page = tmp_path_factory.mktemp("demo") / "demo.html"
    result = CliRunner().invoke(cli, ["demo", "-o", str(page)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    return result.output


def test_demo_counts_what_it_lists_and_fits_80_columns(demo_output: str):
    out = demo_output
    counts = re.search(r"From (\d+) turns: (\d+) facts, (\d+) current and (\d+) closed", out)
    assert counts is not None, out
    turns, total, current, closed = map(int, counts.groups())
    listed = out.split("Current facts", 1)[1].split("SPARQL:", 1)[0]
    rows = [line for line in listed.splitlines() if line.startswith("│")]
    assert len(rows) == current and total == current + closed and turns == 6
    history = out.split("History of Alice's residence:", 1)[1].split("Recall:", 1)[0]
    assert len([line for line in history.splitlines() if line.startswith("│")]) == closed + 1
    wide = [line for line in out.splitlines() if len(line) > 80 and not line.startswith("Interactive graph written")]
    assert not wide, wide


def test_demo_recalls_where_alice_lives_now_with_its_source_turn(demo_output: str):
    recall = demo_output.split("Recall: Where does Alice live now?", 1)[1].splitlines()
    assert recall[1].strip().startswith("1. Alice lives in London")
    assert "demo#5" in recall[2] and "I moved to London last month" in recall[2]


def test_demo_has_no_likes_bobs_dog_beside_has_pet_rex(demo_output: str):
    listed = demo_output.split("Current facts", 1)[1].split("SPARQL:", 1)[0]
    assert "Rex" in listed and "Bob's dog" not in listed


def test_demo_summarises_a_news_article(demo_output: str):
    summary = demo_output.split("Document summary", 1)[1].split("Interactive graph", 1)[0]
    assert "works for Airbus" in summary and "Lyon" in summary
