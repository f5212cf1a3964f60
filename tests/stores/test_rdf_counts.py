"""Issue 16: the embedded store's stats() come from counts the writes keep up to date (no scan), and
they equal a full count after every kind of write, after a reopen and after a crash."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg_memory import Memory, Turn
from kg_memory.stores._rdf_counts import graph_key, scan
from kg_memory.stores._rdf_layout import graph_of
from kg_memory.stores.rdf import RdfStore


def _check(memory: Memory, namespace: str = "default") -> dict[str, int]:
    store = memory.store
    assert isinstance(store, RdfStore)
    kept = store.stats(namespace=namespace)
    assert kept == store._scan_stats(namespace), "kept counts differ from a full count"
    assert list(kept.values()) == scan(store.db, graph_of(namespace)), "the one-pass count differs"
    return kept


def _turns(conversation: str, texts: list[tuple[str, str]]) -> list[Turn]:
    return [Turn(conversation, str(i), who, text, datetime(2024, 3, 1 + i, tzinfo=UTC))
            for i, (who, text) in enumerate(texts)]


@pytest.mark.parametrize("persistent", [False, True])
def test_kept_counts_equal_a_full_count_after_every_write(tmp_path: Path, persistent: bool):
    memory = Memory(tmp_path / "s" if persistent else None)
    assert _check(memory) == dict.fromkeys(_check(memory), 0)
    turns = _turns("c1", [("Alice", "I live in Paris."), ("Bob", "I work for Acme."),
                          ("Alice", "I moved to Berlin."), ("Alice", "I am 30 years old.")])
    memory.remember(turns)
    _check(memory)
    memory.remember(turns)  # the same turns again: their times are stored in canonical form ("Z")
    _check(memory)
    memory.add("Zhang San", "livesIn", "Beijing")
    memory.add("San Zhang", "worksFor", "Huawei")  # a fuzzy merge: an alias
    memory.add("Zhang San", "livesIn", "Shanghai")  # closes the older value
    counts = _check(memory)
    assert counts["closed_facts"] >= 1 and counts["entities"] >= 6
    memory.split("San Zhang")
    _check(memory)
    fact = memory.facts("Zhang San")[0]
    memory.pin(fact)
    _check(memory)
    memory.forget(fact=fact.iri)
    _check(memory)
    memory.forget(entity="Bob")
    _check(memory)
    memory.forget(conversation="c1")
    _check(memory)
    memory.update("INSERT DATA { <https://example.org/x> <https://example.org/p> 'v' }")
    _check(memory)
    memory.ingest(io.BytesIO(b"<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n"),
                  format="nt")
    _check(memory)
    memory.add("Carol", "livesIn", "Rome", namespace="other")
    _check(memory, "other")
    memory.forget(everything=True, namespace="other")
    assert _check(memory, "other")["facts"] == 0
    memory.close()


def test_counts_survive_a_clean_close_and_not_a_crash(tmp_path: Path):
    path = tmp_path / "s"
    with Memory(path) as memory:
        memory.add("Alice", "livesIn", "Paris")
        before = _check(memory)
    store = RdfStore(path)
    store.open()
    assert store._counts.get(graph_key(graph_of("default"))) == list(before.values()), "counts not kept on disk"
    store.add([], namespace="default")
    memory = Memory(store)
    memory.add("Bob", "livesIn", "Rome")
    store.db.flush()
    store._db = None  # the process dies: no clean close, so the counts on disk are not trusted
    with Memory(path) as memory:
        assert memory.store._counts.get(graph_key(graph_of("default"))) is None  # type: ignore[attr-defined]
        counts = _check(memory)
        assert counts["facts"] == before["facts"] + 1


@pytest.mark.parametrize("persistent", [False, True])
def test_a_fact_removed_and_added_again_in_one_write_keeps_exact_counts(tmp_path: Path, persistent: bool):
    from kg_memory.types import Entity, Fact, Provenance

    store = RdfStore(tmp_path / "s" if persistent else None)
    alice = Entity("Alice", "Person", "https://w3id.org/kg-memory/id/person.alice")
    paris = Entity("Paris", "Place", "https://w3id.org/kg-memory/id/place.paris")
    seen = (Provenance("c1", "1", "Alice", datetime(2024, 3, 1, tzinfo=UTC)),)
    [stored] = store.add([Fact(alice, "livesIn", paris, confidence=0.8, sources=seen)],
                         turns=[Turn("c1", "1", "Alice", "I live in Paris.", datetime(2024, 3, 1, tzinfo=UTC))])
    before = store.stats()
    assert stored.iri is not None
    store.replace([stored.iri], [Fact(alice, "livesIn", paris, confidence=0.8, sources=seen)])
    assert store.stats() == store._scan_stats("default") == before
    assert [f.iri for f in store.facts(subject=alice.iri)] == [stored.iri]
    store.close()


_E = "https://w3id.org/kg-memory/id/"
_K = "https://w3id.org/kg-memory/ns#"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@pytest.mark.parametrize("persistent", [False, True])
def test_a_file_load_keeps_exact_counts_without_a_scan(tmp_path: Path, persistent: bool):
    """Issue 16: a bulk load counts what it adds while it checks the file, so the first stats()
    after it reads no data, and the counts equal a full count: into an empty graph, into a graph
    holding some of the file's triples, a subject labelled before, a blank node, a line twice in a
    file, and N-Quads naming several graphs (a graph the file does not name keeps its counts)."""
    store = RdfStore(tmp_path / "s" if persistent else None)
    alice = f"<{_E}person.alice>"
    first = (f'{alice} <{_LABEL}> "Alice" .\n{alice} <{_K}livesIn> <{_E}place.paris> .\n{alice} <{_K}knows> <{_E}person.bob> .\n'
             f'<{_E}place.paris> <{_LABEL}> "Paris" .\n_:b <{_K}age> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
             f'<https://w3id.org/kg-memory/fact/abc> <{_K}validTo> "2024-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n')
    second = (f'{alice} <{_K}livesIn> <{_E}place.paris> .\n{alice} <{_LABEL}> "Ally" .\n'  # one stored, one new label
              f'{alice} <{_K}age> "30"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
              f'<{_E}person.bob> <{_LABEL}> "Bob" .\n{alice} <{_K}knows> <{_E}person.bob> .\n')  # stored, apart
    twice = f'{alice} <{_K}age> "29"^^<http://www.w3.org/2001/XMLSchema#integer> .\n' * 2
    key = graph_key(graph_of("people"))
    for text in (first, second, twice):
        store.load(io.BytesIO(text.encode()), format="nt", namespace="people")
        if text != twice:  # a line twice in a file: counted in full when next asked
            assert store._counts.get(key) is not None, "a load left the counts unknown: the next stats() scans"
        assert store.stats(namespace="people") == store._scan_stats("people")
    assert store.stats(namespace="people")["entities"] == 3
    store.add([], namespace="other")
    from kg_memory.types import Entity, Fact

    store.add([Fact(Entity("Carol", "Person", f"{_E}person.carol"), "age", 5)], namespace="other")
    other = store.stats(namespace="other")
    quads = (f'{alice} <{_K}age> "31"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
             f'<{_E}person.dan> <{_LABEL}> "Dan" <https://example.org/g> .\n')
    store.load(io.BytesIO(quads.encode()), format="nq")
    for namespace in ("default", "people", "other"):
        assert store._counts.get(graph_key(graph_of(namespace))) is not None
        assert store.stats(namespace=namespace) == store._scan_stats(namespace)
    assert store.stats(namespace="other") == other
    assert store._counts.get("https://example.org/g") == scan(store.db, ox.NamedNode("https://example.org/g"))
    store.close()
