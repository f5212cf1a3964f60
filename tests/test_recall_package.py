"""The recall package's surface: cheap to import, configured through Memory, honest install hints."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig

REPO = Path(__file__).resolve().parents[1]


def test_config_and_results_import_without_numpy_or_torch() -> None:
    code = ("import sys, kg_memory; before = set(sys.modules)\n"
            "from kg_memory.recall import RecallConfig, Recalled, format_context\n"
            "print(sorted(m for m in set(sys.modules) - before if m.split('.')[0] in "
            "('numpy', 'torch', 'sentence_transformers', 'bm25s')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "[]"


def test_memory_takes_a_recall_config() -> None:
    config = RecallConfig().without("semantic", "dialogue")
    with Memory(recall_config=config) as memory:
        memory.remember([Turn("c1", "1", "Ann", "I live in Lisbon."), Turn("c1", "2", "Bob", "I bought a bike.")])
        found = memory.recall("Where does Ann live?", 3)
    assert found[0].text.startswith("Ann lives in Lisbon")
    assert not any(w.startswith("semantic") for r in found for w in r.why)


def test_install_hints_name_extras_that_exist() -> None:
    extras = set(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
                 .get("optional-dependencies", {}))
    named = {(path.name, extra) for path in (REPO / "kg_memory").rglob("*.py")
             for extra in re.findall(r"kg-memory\[(\w+)\]", path.read_text(encoding="utf-8"))}
    assert {(name, extra) for name, extra in named if extra not in extras} == set()
