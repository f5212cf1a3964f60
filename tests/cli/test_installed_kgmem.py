"""The installed ``kgmem`` console script, run as a user would in a shell."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

KGMEM = shutil.which("kgmem", path=os.path.dirname(sys.executable)) or shutil.which("kgmem")


@pytest.fixture
def kgmem():
    assert KGMEM, "kgmem is not installed (pip install -e .)"

    def call(*args: str, input: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
        out = subprocess.run([KGMEM, *args], capture_output=True, text=True, input=input, timeout=300)
        if check:
            assert out.returncode == 0, out.stderr
        return out

    return call


def test_installed_commands_work_together(kgmem, tmp_path: Path):
    store = str(tmp_path / "store")
    kgmem("add", "--store", store, "Alice", "livesIn", "Paris")
    kgmem("ingest", "--store", store, "-", "--input-format", "nt",
          input="<https://ex.org/a> <https://w3id.org/kg-memory/ns#livesIn> <https://ex.org/b> .\n")
    out = kgmem("query", "--store", store, "SELECT (COUNT(*) AS ?n) WHERE { ?s :livesIn ?o }", "-f", "csv").stdout
    assert out.splitlines() == ["n", "2"]
    assert "facts" in kgmem("stats", "--store", store).stdout
    assert "kgm:livesIn" in kgmem("dump", "--store", store).stdout


def test_store_from_the_environment(kgmem, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KGMEM_STORE", str(tmp_path / "env-store"))
    kgmem("add", "Bob", "age", "41")
    assert (tmp_path / "env-store" / "kgmem.json").exists()


def test_errors_exit_non_zero_without_traceback(kgmem, tmp_path: Path):
    out = kgmem("query", "--store", str(tmp_path / "s"), "SELECT WHERE", check=False)
    assert out.returncode == 1 and "Error" in out.stderr and "Traceback" not in out.stderr
