"""Issue 16: the embedded store shares the entities its readers read until the next write, so every
kind of write (a fact batch, a SPARQL update, a file load, forgetting) shows in the next read."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kg_memory.stores.rdf import RdfStore
from kg_memory.types import Entity, Fact

ALICE = Entity("Alice", "Person", "https://w3id.org/kg-memory/id/person.alice")
PARIS = Entity("Paris", "Place", "https://w3id.org/kg-memory/id/place.paris")


def _city(store: RdfStore) -> Entity:
    [fact] = store.facts(subject=ALICE.iri)
    assert isinstance(fact.object, Entity)
    return fact.object


@pytest.mark.parametrize("persistent", [False, True])
def test_each_write_shows_in_the_entities_read_next(tmp_path: Path, persistent: bool):
    store = RdfStore(tmp_path / "s" if persistent else None)
    store.add([Fact(ALICE, "livesIn", PARIS)])
    assert _city(store).aliases == ()
    store.add([Fact(Entity("Bob", "Person", "https://w3id.org/kg-memory/id/person.bob"), "visited",
                    Entity("Paris", "Place", PARIS.iri, aliases=("Paname",)))])
    assert _city(store).aliases == ("Paname",), "a fact batch"
    store.update(f"DELETE DATA {{ <{PARIS.iri}> rdfs:label 'Paris' }} ; "
                 f"INSERT DATA {{ <{PARIS.iri}> rdfs:label 'Paris, France' }}")
    assert _city(store).label == "Paris, France", "a SPARQL update"
    store.load(io.BytesIO(f'<{PARIS.iri}> <http://www.w3.org/2004/02/skos/core#altLabel> "Lutetia" .\n'.encode()),
               format="nt")
    assert _city(store).aliases == ("Lutetia", "Paname"), "a file load"
    store.remove_alias(PARIS.iri, "Lutetia")
    assert _city(store).aliases == ("Paname",), "an alias removed"
    store.close()
    if persistent:
        with RdfStore(tmp_path / "s") as reopened:
            assert _city(reopened).aliases == ("Paname",)


def test_a_current_fact_reads_the_same_from_its_triple_and_from_its_statement(tmp_path: Path):
    from datetime import UTC, date, datetime

    from kg_memory.types import Provenance, Turn

    store = RdfStore(tmp_path / "s")
    seen = [Provenance("c1", str(i), "Alice", datetime(2024, 3, i, tzinfo=UTC)) for i in (1, 2)]
    turns = [Turn("c1", str(i), "Alice", f"turn {i}", datetime(2024, 3, i, tzinfo=UTC)) for i in (1, 2)]
    [fact] = store.add([Fact(ALICE, "livesIn", PARIS, confidence=0.7, sources=tuple(seen),
                             valid_from=datetime(2020, 1, 1, tzinfo=UTC), occurred_at=date(2019, 12, 24))], turns=turns)
    assert fact.iri is not None
    store.pin([fact.iri])
    [listed] = store.facts(subject=ALICE.iri)
    assert listed == store.fact(fact.iri)
    assert (listed.confidence, listed.valid_from, listed.occurred_at, len(listed.sources)) == (
        0.7, datetime(2020, 1, 1, tzinfo=UTC), date(2019, 12, 24), 2)
    store.close()
