"""Recall's dense fact channel: the key-value memory read for a question's facts, kept in step and saved."""

from __future__ import annotations

import subprocess
import sys
import time

import numpy as np
import pytest

from kg_memory import Entity, Fact, Memory
from kg_memory.recall import RecallConfig
from kg_memory.recall.fusion import ranked

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")  # no sentence model to load: fast tests


@pytest.fixture(autouse=True)
def _torch_loaded() -> None:
    """Torch imported, as these tests expect: a small key-value memory is then built at once. Without
    torch loaded it is built in the background (the subprocess tests below check that)."""
    import torch  # noqa: F401


def _facts() -> list[Fact]:
    people = ["Anna Smith", "Boris Okafor", "Chloe Tanaka", "Dmitri Novak", "Elena Moreau", "Farid Haddad"]
    cities = ["Lisbon", "Porto", "Nairobi", "Osaka", "Quito", "Tromso"]
    return ([Fact(Entity(p, "Person"), "livesIn", Entity(c, "Place")) for p, c in zip(people, cities)]
            + [Fact(Entity(p, "Person"), "worksFor", Entity("Acme", "Organization")) for p in people[:3]])


def _neural_rank(memory: Memory, question: str, label: str) -> int | None:
    """The rank the ``neural`` channel gave the recalled fact whose object is ``label``."""
    for r in memory.recall(question, 10):
        if r.fact is not None and getattr(r.fact.object, "label", None) == label:
            ranks = [int(w.split("#")[1]) for w in r.why if w.startswith("neural#")]
            return ranks[0] if ranks else None
    return None


def test_recall_reads_the_key_value_memory_as_its_fact_channel() -> None:
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.add_facts(_facts())
        assert _neural_rank(memory, "Where does Chloe Tanaka live?", "Nairobi") == 1
        # a misspelt name: no exact link, the attention over name vectors still reads the fact
        found = memory.recall("Where does Chloe Tanaak live?", 3)
        assert found[0].fact is not None and getattr(found[0].fact.object, "label", None) == "Nairobi"
        assert any(w.startswith("neural#") for w in found[0].why)
        # the channel's memory is the one Memory.neural() returns
        assert {f.subject.label for f in memory.neural().facts} == {f.subject.label for f in _facts()}
        assert memory.neural() is memory.neural()


def test_the_channel_follows_writes_closed_and_forgotten_facts_leave() -> None:
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.add_facts(_facts())
        assert _neural_rank(memory, "Where does Anna Smith live?", "Lisbon") == 1
        memory.add("Anna Smith", "livesIn", "Madrid")  # closes Lisbon
        memory.add("Gus Lind", "livesIn", "Zagreb")
        assert _neural_rank(memory, "Where does Anna Smith live?", "Madrid") == 1
        assert _neural_rank(memory, "Where does Gus Lind live?", "Zagreb") == 1
        assert "Lisbon" not in {getattr(f.object, "label", "") for f in memory.neural().facts}
        memory.forget(entity="Gus Lind")
        assert "Gus Lind" not in {f.subject.label for f in memory.neural().facts}
        assert not any(r.fact is not None and r.fact.subject.label == "Gus Lind"
                       for r in memory.recall("Where does Gus Lind live?", 10))


def test_the_channel_can_be_switched_off() -> None:
    with Memory(recall_config=LEXICAL_ONLY.without("neural")) as memory:
        memory.add_facts(_facts())
        found = memory.recall("Where does Chloe Tanaka live?", 10)
        assert found and not any(w.startswith("neural#") for r in found for w in r.why)


def test_a_store_on_disk_keeps_the_memory_and_a_new_process_encodes_only_what_changed(tmp_path) -> None:
    path = tmp_path / "store"
    with Memory(path, recall_config=LEXICAL_ONLY) as memory:
        memory.add_facts(_facts())
        assert _neural_rank(memory, "Where does Boris Okafor live?", "Porto") == 1
    assert list(path.glob("recall/*/kv.pt")), "the key-value memory is saved beside the store"
    with Memory(path, recall_config=LEXICAL_ONLY) as memory:
        assert _neural_rank(memory, "Where does Boris Okafor live?", "Porto") == 1
        dense = memory._recall_engine().dense(memory.namespace)
        assert dense.last_update == (0, 0)  # loaded, nothing encoded again
        memory.add("Boris Okafor", "livesIn", "Quito")  # one fact joins, one leaves
        assert _neural_rank(memory, "Where does Boris Okafor live?", "Quito") == 1
        assert dense.last_update == (1, 1)


def test_a_torn_saved_memory_is_built_again(tmp_path) -> None:
    path = tmp_path / "store"
    with Memory(path, recall_config=LEXICAL_ONLY) as memory:
        memory.add_facts(_facts())
        memory.recall("Where does Boris Okafor live?")
    for saved in path.glob("recall/*/kv.pt"):
        saved.write_bytes(saved.read_bytes()[:100])
    with Memory(path, recall_config=LEXICAL_ONLY) as memory:
        assert _neural_rank(memory, "Where does Boris Okafor live?", "Porto") == 1


_NO_TORCH = """
import sys
from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig

class NoFacts:
    def extract(self, turns):
        return []

with Memory(recall_config=RecallConfig().without("semantic", "dialogue")) as memory:
    assert memory.recall("Where does Ann live?") == []
    memory.remember([Turn("c1", "1", "Ann", "I painted a sunrise over the lake.")], extractor=NoFacts())
    assert memory.recall("Where does Ann live?", 3)[0].kind == "turn"
    assert memory.recall("Who painted a sunrise?", 3)[0].kind == "turn"
print("torch" in sys.modules)
"""


def test_recall_without_facts_does_not_load_torch() -> None:
    out = subprocess.run([sys.executable, "-c", _NO_TORCH], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "False", out.stderr


_FIRST_RECALL = """
import sys
from kg_memory import Memory
from kg_memory.recall import RecallConfig
memory = Memory(recall_config=RecallConfig().without("semantic", "dialogue"))
memory.add("Ann", "livesIn", "Lisbon")
memory.add("Bob", "livesIn", "Porto")
first = memory.recall("Where does Bob live?", 3)[0]
print(first.fact.object.label, any(w.startswith("neural") for w in first.why))
memory.neural()  # waits for the memory
again = memory.recall("Where does Bob live?", 3)[0]
print(again.fact.object.label, any(w.startswith("neural") for w in again.why))
"""


def test_the_first_recall_answers_without_waiting_for_torch() -> None:
    out = subprocess.run([sys.executable, "-c", _FIRST_RECALL], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split("\n")[:2] == ["Porto False", "Porto True"], out.stderr


@pytest.mark.parametrize("seed", range(20))
def test_the_top_rows_are_those_of_a_full_stable_sort(seed: int) -> None:
    rng = np.random.default_rng(seed)
    scores = rng.integers(0, 4, size=int(rng.integers(1, 300))).astype(float)  # many ties
    allowed = rng.random(len(scores)) < 0.8
    for positive in (True, False):
        keep = allowed & (scores > 0) if positive else allowed
        rows = np.flatnonzero(keep)
        full = rows[np.argsort(-scores[rows], kind="stable")]
        for depth in (1, 5, 50, 1000):
            assert ranked(scores, allowed, depth, positive=positive).tolist() == full[:depth].tolist()


def test_forgetting_leaves_no_copy_in_the_saved_memory(tmp_path) -> None:
    path = tmp_path / "store"
    with Memory(path, recall_config=LEXICAL_ONLY) as memory:
        memory.add_facts(_facts())
        memory.add("Mallory Quince", "livesIn", "Zagreb")
        assert _neural_rank(memory, "Where does Mallory Quince live?", "Zagreb") == 1
        assert list(path.glob("recall/*/kv.pt"))
        memory.forget(entity="Mallory Quince", purge=True)
        on_disk = b"".join(p.read_bytes() for p in path.rglob("*") if p.is_file())
        assert b"Mallory" not in on_disk
        assert _neural_rank(memory, "Where does Boris Okafor live?", "Porto") == 1  # built again, without her
        assert "Mallory Quince" not in {f.subject.label for f in memory.neural().facts}


def test_a_large_memory_takes_a_relation_questions_facts_from_the_dense_channel_alone() -> None:
    scan = LEXICAL_ONLY
    dense = RecallConfig(semantic=0.0, dialogue=0.0, dense_from=1)  # every memory counts as large
    for config, lexical_facts in ((scan, True), (dense, False)):
        with Memory(recall_config=config) as memory:
            memory.add_facts(_facts())
            found = memory.recall("Where does Chloe Tanaka live?", 10)
            assert getattr(found[0].fact.object, "label", None) == "Nairobi"
            assert any(w.startswith("lexical#") for r in found for w in r.why) == lexical_facts
            # a question the key-value memory does not read still scans the facts
            assert any(w.startswith("lexical#") for r in memory.recall("Tanaka Nairobi", 5) for w in r.why)


def test_a_large_memory_is_built_in_the_background_and_recall_does_not_wait(monkeypatch):
    from kg_memory.recall import dense as dense_module

    monkeypatch.setattr(dense_module, "BACKGROUND_FROM", 2)
    build = dense_module.DenseFacts._build

    def slow_build(self, index):  # a loaded machine: the thread starts late
        time.sleep(0.5)
        build(self, index)

    monkeypatch.setattr(dense_module.DenseFacts, "_build", slow_build)
    memory = Memory()
    memory.add("Ann", "livesIn", "Lisbon")
    memory.add("Bob", "livesIn", "Porto")
    found = memory.recall("Where does Bob live?", 3)  # answered by the other channels meanwhile
    assert found and found[0].fact is not None and found[0].fact.object.label == "Porto"
    assert not any(w.startswith("neural") for w in found[0].why)
    kv = memory.neural()  # waits for the build
    assert len(kv) == 2
    found = memory.recall("Where does Bob live?", 3)
    assert found[0].fact.object.label == "Porto" and any(w.startswith("neural") for w in found[0].why)
