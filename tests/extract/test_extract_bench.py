"""benchmarks/extract.py: argument matching, pluggable extractors, and a short run on the shared data."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kg_memory.extract.datasets import DialogRE, Relation, read_mapping
from kg_memory.types import Entity, Fact, Turn

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("extract_bench", ROOT / "benchmarks" / "extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("gold", "name", "expected"), [
    ("Chandler Bing", "Chandler", True),
    ("Chandler", "chandler bing", True),
    ("Mrs. Potter", "Potter", True),
    ("钱德勒·宾", "钱德勒", True),
    ("twenty-six", "26", True),
    ("student", "a student", True),
    ("New York", "York", False),
    ("Speaker 1", "Speaker 12", False),
    ("Speaker 1", "Speaker 1's mom", False),
    ("Monica", "Ross", False),
])
def test_names_match(bench, gold: str, name: str, expected: bool):
    assert bench.names_match(gold, [name]) is expected


def _dialogue() -> DialogRE:
    turns = (Turn("d", "1", "Speaker 1", "x"), Turn("d", "2", "Speaker 2", "y"))
    pairs = (Relation("Speaker 2", "Chandler Bing", ("per:alternate_names",)),
             Relation("Speaker 1", "Speaker 2", ("per:roommate",)),
             Relation("Emma", "Speaker 1", ("per:parents",)),
             Relation("Speaker 1", "tea", ("unanswerable",)))
    return DialogRE("d", turns, pairs)


def test_pairs_are_matched_through_the_extractors_own_names(bench):
    s1, s2 = Entity("Speaker 1", "Person"), Entity("Speaker 2", "Person")
    facts = [
        Fact(s2, "name", "Chandler", 0.9),                               # Speaker 2 is Chandler
        Fact(s1, "roommate", Entity("Chandler", "Person"), 0.9),         # the roommate, through the name
        Fact(s1, "child", Entity("Emma", "Person"), 0.9),                # (Emma, parents, Speaker 1) reversed: right
        Fact(s1, "likes", Entity("tea"), 0.9),                           # an unanswerable pair: not judged
    ]
    scores = bench.score_dialogre(lambda turns: facts, [_dialogue()], read_mapping(ROOT / "benchmarks" / "mappings" / "dialogre.csv"))
    assert scores["pairs"] == 3
    assert scores["pair_recall"] == 1.0
    assert scores["pair_predicate_recall"] == 1.0
    assert scores["predicate_precision"] == 1.0 and scores["judged_facts"] == 3
    assert scores["facts_per_turn"] == 2.0


def test_a_wrong_predicate_or_direction_is_not_right(bench):
    s1 = Entity("Speaker 1", "Person")
    facts = [Fact(s1, "parent", Entity("Emma", "Person"), 0.9),         # Emma is Speaker 1's child, not parent
             Fact(s1, "friend", Entity("Speaker 2", "Person"), 0.9)]     # roommates, said to be friends
    scores = bench.score_dialogre(lambda turns: facts, [_dialogue()], read_mapping(ROOT / "benchmarks" / "mappings" / "dialogre.csv"))
    assert scores["pair_recall"] == pytest.approx(2 / 3)
    assert scores["pair_predicate_recall"] == 0.0
    assert scores["predicate_precision"] == 0.0


def test_extractors_plug_in_by_name(bench):
    assert bench.load_extractor("kg_memory.extract:NullExtractor")([Turn("c", "1", "A", "I live in Paris.")]) == []
    facts = bench.load_extractor("baseline")([Turn("c", "1", "A", "I live in Paris."), Turn("c", "2", "B", "我喜欢咖啡。")])
    assert [(f.subject.label, f.predicate, f.object.label) for f in facts] == [("A", "livesIn", "paris"), ("B", "likes", "咖啡")]
    with pytest.raises(SystemExit):
        bench.load_extractor("nonsense")


def test_a_short_run_on_the_shared_data(bench, capsys):
    if not (DATA / "dialogre" / "en" / "train.json").exists() or not (DATA / "personaext_dnli").exists():
        pytest.skip("../shared/data is absent")
    assert bench.main(["--data", str(DATA), "--limit", "20", "--format", "json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert [(r["dataset"], r["extractor"]) for r in results] == [
        (d, e) for e in bench.EXTRACTORS for d in ("personaext", "dialogre-en", "dialogre-zh")]
    by = {(r["dataset"], r["extractor"]): r for r in results}
    assert by[("personaext", "rules")]["items"] == 20
    assert by[("personaext", "rules")]["pair_predicate_recall"] > by[("personaext", "baseline")]["pair_predicate_recall"]
    assert by[("dialogre-en", "rules")]["pairs"] > 20
    assert all(r["turns_per_s"] > 0 for r in results)


def test_the_projects_own_scenes_are_scored_like_dialogre(bench):
    """scenes-en / scenes-zh ship in the repository: every label is one the mapping scores, every
    "Speaker N" argument speaks in its scene, and the rules find some of the pairs."""
    import re

    mapping = read_mapping(ROOT / "benchmarks" / "mappings" / "dialogre.csv")
    for language in ("en", "zh"):
        scenes = json.loads((ROOT / "benchmarks" / "data" / "scenes" / f"{language}.json").read_text(encoding="utf-8"))
        assert len(scenes) >= 150
        for lines, relations in scenes:
            speakers = {re.match(r"(Speaker \d+)[:：]", line).group(1) for line in lines}
            for relation in relations:
                assert set(relation["r"]) <= mapping.relations, relation
                for argument in (relation["x"], relation["y"]):
                    assert not re.fullmatch(r"Speaker \d+", argument) or argument in speakers, relation
    results = bench.run(["rules"], ["scenes-en", "scenes-zh"], DATA, limit=10)
    assert [r["dataset"] for r in results] == ["scenes-en", "scenes-zh"]
    assert all(r["items"] == 10 and r["pairs"] > 50 and r["pair_predicate_recall"] > 0.1 for r in results), results
