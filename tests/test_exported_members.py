import subprocess
import sys

import pytest

import kg_memory


def test_all_lists_the_public_names():
    public = {n for n in dir(kg_memory) if not n.startswith("_") and n[0].isupper()} | {"open_store"}
    assert set(kg_memory.__all__) == public


@pytest.mark.parametrize("name", ["Extractor", "RuleExtractor", "EntityResolver", "RecallConfig", "Recalled",
                                  "Merge", "GraphView", "Profile"])
def test_what_memory_takes_or_gives_is_exported(name: str):
    assert name in kg_memory.__all__
    assert getattr(kg_memory, name).__name__ == name


def test_import_does_not_load_torch():
    code = ("import sys, kg_memory; kg_memory.Memory(); "
            "print(sorted(m for m in ('torch', 'sentence_transformers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_lazy_names_are_imported_on_first_use():
    code = ("import sys, kg_memory; before = 'kg_memory.extract' in sys.modules; "
            "kg_memory.RuleExtractor; print(before, 'kg_memory.extract' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
