"""What ``remember`` pays before and besides extraction: an English conversation never loads the
Chinese rules, and importing the extractor compiles no pattern that a conversation may never use.

Each check runs in a fresh interpreter, so that what other tests imported does not count.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> object:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_english_conversation_never_loads_the_chinese_rules(tmp_path: Path) -> None:
    code = f"""
import json, sys
from datetime import datetime
from kg_memory import Memory, Turn
turns = [Turn("c1", "1", "Ann", "I live in Paris with my sister Kate.", datetime(2024, 1, 1)),
         Turn("c1", "2", "Bob", "My brother Tom works at Airbus.", datetime(2024, 1, 1))]
with Memory({str(tmp_path / "store")!r}) as memory:
    report = memory.remember(turns)
    facts = sorted((f.subject.label, f.predicate, getattr(f.object, "label", str(f.object))) for f in memory.facts())
print(json.dumps({{"facts": facts, "loaded": sorted(m for m in sys.modules
                  if m.startswith("kg_memory.extract.chinese") or m.startswith("jieba"))}}))
"""
    result = _run(code)
    assert isinstance(result, dict)
    assert ["Ann", "livesIn", "Paris"] in result["facts"]
    assert result["loaded"] == []


def test_chinese_segmenter_alone_does_not_load_the_chinese_rule_table() -> None:
    code = """
import json, sys
from kg_memory.extract.chinese.segment import object_list
print(json.dumps({"list": object_list("猫和狗"), "rules": "kg_memory.extract.chinese.rules" in sys.modules}))
"""
    assert _run(code) == {"list": ["猫", "狗"], "rules": False}


def test_chinese_rules_still_load_on_first_chinese_turn() -> None:
    code = """
import json
from kg_memory.extract import RuleExtractor
from kg_memory.extract.chinese import ChineseRules
from kg_memory.types import Turn
facts = RuleExtractor().extract([Turn("c", "1", "李雷", "我住在上海。")])
print(json.dumps({"facts": [(f.subject.label, f.predicate, getattr(f.object, "label", str(f.object))) for f in facts],
                  "cls": ChineseRules.__name__}))
"""
    assert _run(code) == {"facts": [["李雷", "livesIn", "上海"]], "cls": "ChineseRules"}


def test_importing_the_extractor_modules_compiles_no_pattern() -> None:
    """The speaker, name and plausibility checks compile their patterns on first use, not at import
    (most of ``kgmem remember``'s start-up was compiling patterns a conversation may never reach)."""
    code = """
import json
import re._compiler as compiler
import kg_memory.extract.framework, kg_memory.extract.lang, kg_memory.extract.aliases  # noqa: F401
compiled = []
original = compiler.compile
def counting(pattern, flags=0):
    compiled.append(pattern)
    return original(pattern, flags)
compiler.compile = counting
import kg_memory.extract.names, kg_memory.extract.speakers, kg_memory.extract.plausible  # noqa: F401
print(json.dumps(len(compiled)))
"""
    assert _run(code) == 0


_BLAS_VARIABLES = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def _kgmem(tmp_path: Path, **environment: str) -> dict[str, object]:
    """``kgmem remember`` of a two-turn chat in a fresh interpreter, whose environment names no BLAS
    thread count but ``environment``: BLAS's thread counts afterwards, and the variable OpenBLAS reads."""
    import os

    chat = tmp_path / "chat.jsonl"
    chat.write_text(json.dumps({"conversation": "c1", "turn": "1", "speaker": "Ann", "text": "I live in Paris.",
                                "time": "2024-01-01T10:00:00"}) + "\n", encoding="utf-8")
    code = f"""
import json, os, sys
from kg_memory.cli import main
sys.argv = ["kgmem", "remember", {str(chat)!r}, "--store", {str(tmp_path / "store")!r}, "-f", "json"]
try:
    main()
except SystemExit:
    pass
from threadpoolctl import threadpool_info
print(json.dumps({{"blas": [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"],
                  "variable": os.environ.get("OPENBLAS_NUM_THREADS")}}))
"""
    env = {k: v for k, v in os.environ.items() if k not in _BLAS_VARIABLES} | environment
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=env)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict)
    return result


def test_the_command_line_imports_numpy_only_when_a_command_runs() -> None:
    """So that ``main`` can choose NumPy's BLAS threads before NumPy loads."""
    assert _run("import json, sys\nimport kg_memory.cli\nprint(json.dumps('numpy' in sys.modules))") is False


def test_kgmem_runs_blas_on_one_thread(tmp_path: Path) -> None:
    """A second OpenBLAS thread only spun: about 0.06 CPU seconds of every ``kgmem remember`` (issue 16)."""
    assert _kgmem(tmp_path) == {"blas": [1], "variable": "1"}


def test_kgmem_leaves_a_blas_thread_count_it_is_given(tmp_path: Path) -> None:
    (tmp_path / "omp").mkdir()
    (tmp_path / "openblas").mkdir()
    assert _kgmem(tmp_path / "omp", OMP_NUM_THREADS="2")["variable"] is None
    assert _kgmem(tmp_path / "openblas", OPENBLAS_NUM_THREADS="2")["variable"] == "2"


def test_remember_leaves_recall_ranking_unloaded_until_a_recall(tmp_path: Path) -> None:
    """Remember keeps recall's entries up to date without loading what ranks them (fusion, the learned
    ranker, the question readers): a process that only remembers (``kgmem remember``) never needs them.
    The first recall loads them and finds what was remembered."""
    ranking = ("fusion", "ranker", "asking", "categories", "specific", "first_person")
    code = f"""
import json, sys
from datetime import datetime
from kg_memory import Memory, Turn
ranking = ["kg_memory.recall." + name for name in {ranking!r}]
turns = [Turn("c1", "1", "Ann", "I live in Paris with my sister Kate.", datetime(2024, 1, 1)),
         Turn("c1", "2", "Bob", "My brother Tom works at Airbus.", datetime(2024, 1, 1))]
with Memory({str(tmp_path / "store")!r}) as memory:
    memory.remember(turns)
    before = sorted(m for m in ranking if m in sys.modules)
    found = memory.recall("Where does Ann live?", k=3)
    after = sorted(m for m in ranking if m in sys.modules)
print(json.dumps({{"before": before, "after": after, "top": found[0].text if found else None}}))
"""
    result = _run(code)
    assert isinstance(result, dict)
    assert result["before"] == []
    assert result["after"] == sorted(f"kg_memory.recall.{name}" for name in ranking)
    assert "Paris" in result["top"]
