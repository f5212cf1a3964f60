"""Commands that neither train nor embed start without torch (issue 16: an instant CLI).

Each command runs in a fresh interpreter, on a store that holds entities (so that entity
resolution loads the fuzzy index), and reports the heavy modules it imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("torch", "sentence_transformers", "transformers")

_PROBE = """
import json, sys
from kg_memory.cli import cli
try:
    cli.main(sys.argv[1:], prog_name="kgmem", standalone_mode=False)
finally:
    print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)), file=sys.stderr)
"""


def _imported(store: Path, *args: str) -> list[str]:
    """The heavy modules ``kgmem ARGS --store STORE`` imported."""
    code = _PROBE.format(heavy=HEAVY)
    done = subprocess.run([sys.executable, "-c", code, args[0], "--store", str(store), *args[1:]],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stderr.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("no-torch") / "store"
    for fact in (("Zhang San", "livesIn", "Beijing"), ("Zoe", "worksFor", "Acme")):
        assert _imported(path, "add", *fact) == []
    return path


@pytest.mark.parametrize("args", [
    ("add", "Zoe", "livesIn", "Oslo"),
    ("add", "Zhang Sna", "livesIn", "Shanghai"),  # a fuzzy match through the entity index
    ("facts", "Zoe"),
    ("lookup", "zhang san"),
    ("stats",),
])
def test_command_does_not_import_torch(store: Path, args: tuple[str, ...]) -> None:
    assert _imported(store, *args) == []


def test_remember_with_rules_does_not_import_torch(store: Path, tmp_path: Path) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text("Anna: I live in Vienna and I work for Siemens.\n", encoding="utf-8")
    assert _imported(store, "remember", str(chat)) == []
