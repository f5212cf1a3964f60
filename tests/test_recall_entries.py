"""Recall's entries are made when memories are written, follow the store's rules, and are kept on disk
(issue 18 item 3, issue 14 item 3: an index that grows with the writes instead of being rebuilt)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kg_memory import Entity, Fact, Memory, Turn
from kg_memory.recall import RecallConfig, Recaller
from kg_memory.recall.contents import LOG_NAME
from kg_memory.recall.recaller import _cache_dir

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")

TURNS = [
    Turn("c1", "1", "Alice", "I live in Paris.", datetime(2023, 5, 1)),
    Turn("c1", "2", "Alice", "I work for Airbus and I like tea.", datetime(2023, 5, 1)),
    Turn("c2", "1", "Alice", "I moved to London.", datetime(2024, 1, 1)),
    Turn("c2", "2", "Alice", "I no longer work for Airbus. I dislike tea now.", datetime(2024, 1, 1)),
    Turn("c3", "1", "Bob", "My sister Carol lives in Rome.", datetime(2024, 2, 1)),
]


def _state(memory: Memory, recaller: Recaller) -> tuple[list[str], list[str]]:
    index = recaller.index(memory.namespace)
    return sorted(index.turn_docs), sorted(index.fact_docs)


def _rebuilt(memory: Memory) -> tuple[list[str], list[str]]:
    """The index as the store holds the namespace (read back, no entries followed)."""
    from kg_memory.recall.index import RecallIndex

    store = memory.store
    index = RecallIndex(list(store.turns(namespace=memory.namespace)),
                        list(store.facts(namespace=memory.namespace, history=True)))
    return sorted(index.turn_docs), sorted(index.fact_docs)


def test_entries_followed_batch_by_batch_match_the_store() -> None:
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        for turn in TURNS:  # one batch per turn: every rule applied to entries made earlier
            memory.remember([turn])
        memory.add("Alice", "livesIn", "Berlin", valid_from=datetime(2024, 6, 1))
        memory.add_facts([Fact(Entity("Dan", "Person"), "livesIn", Entity("Oslo", "Place"))])
        followed = memory._recall_engine()
        assert followed._contents  # the entries were made by the writes, before any recall
        assert _state(memory, followed) == _rebuilt(memory)
        top = memory.recall("Where does Alice live now?", 3)
        assert top[0].fact is not None and top[0].fact.object.label == "Berlin"  # type: ignore[union-attr]


def test_entries_are_kept_beside_the_store_and_read_by_a_new_process(store_dir: Path) -> None:
    with Memory(store_dir, recall_config=LEXICAL_ONLY) as memory:
        memory.remember(TURNS[:3])
        memory.remember(TURNS[3:])
        expected = _state(memory, memory._recall_engine())
        log = _cache_dir(memory.store, memory.namespace) / LOG_NAME  # type: ignore[operator]
        assert log.exists()
    with Memory(store_dir, recall_config=LEXICAL_ONLY) as reopened:
        recaller = reopened._recall_engine()
        assert _state(reopened, recaller) == expected == _rebuilt(reopened)
        found = reopened.recall("Where does Alice live?", 3)
        assert found[0].fact is not None and found[0].fact.object.label == "London"  # type: ignore[union-attr]
        reopened.remember([Turn("c4", "1", "Alice", "I moved to Madrid.", datetime(2024, 9, 1))])
    with Memory(store_dir, recall_config=LEXICAL_ONLY) as third:  # the appended batch is read back too
        assert _state(third, third._recall_engine()) == _rebuilt(third)
        assert third.recall("Where does Alice live?", 1)[0].fact.object.label == "Madrid"  # type: ignore[union-attr]


def test_a_write_the_entries_cannot_follow_makes_them_rebuilt(store_dir: Path) -> None:
    with Memory(store_dir, recall_config=LEXICAL_ONLY) as memory:
        memory.remember(TURNS)
        log = _cache_dir(memory.store, memory.namespace) / LOG_NAME  # type: ignore[operator]
        memory.update('DELETE WHERE { ?t :text "I live in Paris." }')
        assert not log.exists()
        assert _state(memory, memory._recall_engine()) == _rebuilt(memory)
        assert log.exists()  # rebuilt from the store, and kept again
        assert "Alice: I live in Paris." not in memory._recall_engine().index(memory.namespace).turn_docs


def test_drop_removes_forgotten_entries_without_a_rebuild(store_dir: Path) -> None:
    with Memory(store_dir, recall_config=LEXICAL_ONLY) as memory:
        memory.remember(TURNS)
        recaller = memory._recall_engine()
        facts = memory.facts("Bob", history=True) + memory.facts("Carol", history=True, incoming=True)
        ids = sorted({f.iri for f in facts if f.iri})
        contents = recaller.contents(memory.namespace)
        recaller.drop(memory.namespace, turns=[("c3", "1")], facts=ids)
        assert recaller.contents(memory.namespace) is contents  # followed, not rebuilt
        index = recaller.index(memory.namespace)
        assert "Bob: My sister Carol lives in Rome." not in index.turn_docs
        assert not [d for d in index.fact_docs if "Rome" in d]
