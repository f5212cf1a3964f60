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
