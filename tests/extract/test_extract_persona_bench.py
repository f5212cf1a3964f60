"""The persona benchmark runs end to end on a slice of the shared data."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import kg_memory.extract as extract

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"


def test_public_names_exist():
    for name in extract.__all__:
        assert getattr(extract, name) is not None
    assert sorted(extract.__all__) == extract.__all__


def test_benchmark_beats_the_baseline(capsys):
    if not (DATA / "personaext_dnli" / "personaext_union_devtest.jsonl").exists():
        pytest.skip("../shared/data/personaext_dnli is absent")
    spec = importlib.util.spec_from_file_location("extract_persona_bench", ROOT / "benchmarks" / "extract_persona.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert set(bench.RELATIONS) >= {"like_activity", "have_pet", "live_in_general"}
    assert bench.main(["--data", str(DATA), "--limit", "300", "--format", "json"]) == 0
    rules, baseline = json.loads(capsys.readouterr().out)
    assert rules["found"] > baseline["found"]
    assert rules["utterances"] == 300
