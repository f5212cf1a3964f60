"""Issue 16: a write batch builds less. An entity the store holds already adds no triple, and a new current fact's plain triple goes into the
statement's N-Triples text instead of the pending inserts; the data and the counts stay exact."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg_memory.stores.rdf import RdfStore
from kg_memory.types import Entity, Fact, Provenance

_E = "https://w3id.org/kg-memory/id/"
_K = "https://w3id.org/kg-memory/ns#"
AGE = _K + "age"
ALICE = Entity("Alice", "Person", _E + "person.alice")
PARIS = Entity("Paris", "Place", _E + "place.paris")


def _exact(store: RdfStore, namespace: str = "default") -> dict[str, int]:
    kept = store.stats(namespace=namespace)
    assert kept == store._scan_stats(namespace)
    return kept


def test_an_entity_the_store_holds_adds_no_triple(tmp_path: Path):
    store = RdfStore(tmp_path / "s")
    store.add([Fact(ALICE, "livesIn", PARIS)])
    batch = store._batch("default")
    batch.add_entity(ALICE)
    assert batch.inserts == {}  # its type and label are stored: nothing to write again
    batch.add_entity(Entity("Alice", "Thing", ALICE.iri))  # a new type is written
    assert list(batch.inserts) == [(ox.NamedNode(ALICE.iri), ox.NamedNode(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(_K + "Thing"))]
    store.close()


def test_a_new_facts_plain_triple_is_written_as_text(tmp_path: Path):
    store = RdfStore(tmp_path / "s")
    batch = store._batch("default")
    batch.add_facts([Fact(ALICE, "livesIn", PARIS), Fact(ALICE, "age", 30)], {AGE})
    plain = {(s.value, p.value) for s, p, _ in batch.inserts if p.value.startswith(_K)}
    assert plain == {(ALICE.iri, AGE)}  # a typed literal (other stored forms) stays a pending insert
    assert batch.written_facts == 1 and f"<{ALICE.iri}> <{_K}livesIn> <{PARIS.iri}> ." in batch.nquads().decode()
    store._commit(batch)
    assert {f.predicate for f in store.facts(subject=ALICE.iri)} == {"livesIn", "age"}
    _exact(store)
    store.close()


@pytest.mark.parametrize("persistent", [False, True])
def test_a_value_closed_and_said_again_in_one_batch_keeps_its_triple_and_exact_counts(tmp_path: Path,
                                                                                       persistent: bool):
    store = RdfStore(tmp_path / "s" if persistent else None)
    lives = _K + "livesIn"
    berlin = Entity("Berlin", "Place", _E + "place.berlin")
    t = [(Provenance("c1", str(i), "Alice", datetime(2024, 3, 1 + i, tzinfo=UTC)),) for i in range(4)]
    store.add([Fact(ALICE, "livesIn", PARIS, sources=t[0])], functional={lives})
    # Paris closed by Berlin, then said again: a new statement at the IRI the stored one leaves
    store.add([Fact(ALICE, "livesIn", berlin, sources=t[1]), Fact(ALICE, "livesIn", PARIS, sources=t[2])],
              functional={lives})
    assert [f.object.iri for f in store.facts(subject=ALICE.iri, predicate="livesIn")] == [PARIS.iri]
    counts = _exact(store)
    assert counts["closed_facts"] == 2 and counts["facts"] == 1
    [stored] = store.facts(subject=ALICE.iri, predicate="livesIn")
    assert stored.iri is not None
    store.replace([stored.iri], [Fact(ALICE, "livesIn", PARIS, sources=t[2])])  # removed and added again
    assert [f.object.iri for f in store.facts(subject=ALICE.iri, predicate="livesIn")] == [PARIS.iri]
    assert _exact(store) == counts
    store.close()
