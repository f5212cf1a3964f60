"""The PersonaExt split, the data set readers and the mapping tables (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg_memory.extract.datasets import (
    TEST_SHARE,
    iter_gold_pairs,
    personaext_split,
    read_dialogre,
    read_mapping,
    read_personaext,
)
from kg_memory.vocab import Vocabulary

ROOT = Path(__file__).resolve().parents[2]
MAPPINGS = ROOT / "benchmarks" / "mappings"
DATA = ROOT.parent / "shared" / "data"

DIALOGRE_RELATIONS = {
    "per:positive_impression", "per:negative_impression", "per:acquaintance", "per:alumni", "per:boss",
    "per:subordinate", "per:client", "per:dates", "per:friends", "per:girl/boyfriend", "per:neighbor",
    "per:roommate", "per:children", "per:other_family", "per:parents", "per:siblings", "per:spouse",
    "per:place_of_residence", "per:place_of_birth", "per:visited_place", "per:origin", "per:employee_or_member_of",
    "per:schools_attended", "per:works", "per:age", "per:date_of_birth", "per:major", "per:place_of_work",
    "per:title", "per:alternate_names", "per:pet", "gpe:residents_of_place", "gpe:births_in_place",
    "gpe:visitors_of_place", "org:employees_or_members", "org:students", "unanswerable",
}


def test_the_split_is_a_fixed_function_of_the_text():
    texts = [f"i have {n} dogs and a cat named tom {n * 7}" for n in range(4000)]
    splits = [personaext_split(t) for t in texts]
    assert splits == [personaext_split(t) for t in texts]
    assert abs(splits.count("test") / len(texts) - TEST_SHARE) < 0.02
    # spacing, case and punctuation do not move a text to the other side
    assert all(personaext_split(t.upper() + " .") == s for t, s in zip(texts[:200], splits))
    # pinned: changing the hash would silently mix training and test data
    assert [personaext_split(t) for t in texts[:12]] == PINNED


PINNED = ["train", "test", "test", "train", "train", "train", "train", "train", "train", "train", "test", "train"]


def test_read_personaext_keeps_one_side(tmp_path: Path):
    path = tmp_path / "p.jsonl"
    rows = [{"text": f"i like tea number {n}", "head": "i", "relation": "like_drink", "tail": "tea"} for n in range(200)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    train, test = read_personaext(path, "train"), read_personaext(path, "test")
    assert len(train) + len(test) == 200 and test
    assert not {r.text for r in train} & {r.text for r in test}
    assert len(read_personaext(path)) == 200


def test_read_dialogre(tmp_path: Path):
    path = tmp_path / "train.json"
    data = [[["Speaker 1: Hi Ross!", "Speaker 2:", "Speaker 2, Speaker 3: Hey."],
             [{"x": "Speaker 2", "y": "Ross", "r": ["per:alternate_names"], "rid": [30], "t": [""]},
              {"x": "Speaker 1", "y": "tea", "r": ["unanswerable"], "rid": [37], "t": [""]}]]]
    path.write_text(json.dumps(data), encoding="utf-8")
    [dialogue] = read_dialogre(path, prefix="d")
    assert [(t.turn, t.speaker, t.text) for t in dialogue.turns] == [
        ("1", "Speaker 1", "Hi Ross!"), ("2", "Speaker 2, Speaker 3", "Hey.")]
    assert [(p.x, p.y) for _, p in iter_gold_pairs([dialogue])] == [("Speaker 2", "Ross")]


def test_mapping_directions(tmp_path: Path):
    path = tmp_path / "m.csv"
    path.write_text("# a comment\nrelation,predicate,direction,primary\nper:boss,boss,same,yes\n"
                    "per:boss,employee,reversed,no\nper:friends,friend,either,yes\nother,,,\n", encoding="utf-8")
    m = read_mapping(path)
    assert m.accepts("per:boss", "boss", reversed_=False) and not m.accepts("per:boss", "boss", reversed_=True)
    assert m.accepts("per:boss", "employee", reversed_=True)
    assert m.accepts("per:friends", "friend", True) and m.accepts("per:friends", "friend", False)
    assert m.predicates("other") == () and "other" in m.relations
    assert m.primary["per:boss"] == ("boss", "same")
    path.write_text("relation,predicate,direction,primary\nx,boss,up,yes\n", encoding="utf-8")
    with pytest.raises(ValueError, match="direction"):
        read_mapping(path)


@pytest.mark.parametrize("table", ["dialogre.csv", "personaext.csv"])
def test_mapping_tables_use_the_vocabulary(table: str):
    vocab = Vocabulary.load()
    m = read_mapping(MAPPINGS / table)
    for relation, accepted in m.accepted.items():
        for predicate, _ in accepted:
            vocab.predicate(predicate)
        assert relation in m.primary, f"{relation} has no primary predicate"
        assert m.primary[relation] in accepted


def test_dialogre_table_covers_every_label():
    m = read_mapping(MAPPINGS / "dialogre.csv")
    assert m.relations == DIALOGRE_RELATIONS
    assert set(m.accepted) == DIALOGRE_RELATIONS - {"unanswerable"}
    assert m.primary["per:parents"] == ("parent", "same")
    assert m.accepts("per:children", "parent", reversed_=True)
    assert m.primary["gpe:residents_of_place"] == ("livesIn", "reversed")


def test_personaext_table_covers_the_data():
    path = DATA / "personaext_dnli" / "personaext_union_devtest.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/personaext_dnli is absent")
    labels = {r.relation for r in read_personaext(path)}
    assert len(labels) == 76
    assert labels <= read_mapping(MAPPINGS / "personaext.csv").relations
