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
