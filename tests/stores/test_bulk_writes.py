"""Issue 16: a large write on disk goes through the journal and Oxigraph's bulk loader; it leaves the
same data as the transactional path, and a crash in the middle is completed at the next open."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kg_memory import ids
from kg_memory.stores.rdf import _BULK_QUADS, RdfStore
from kg_memory.types import Entity, Fact, Provenance, Turn
from kg_memory.vocab import Vocabulary

FUNCTIONAL = {p.iri for p in Vocabulary.load().predicates.values() if p.functional}


def _person(i: int) -> Entity:
    return Entity(f"Person {i}", "Person", ids.entity_iri(f"Person {i}", "Person"))


def _facts(n: int, seed: int, day: int) -> list[Fact]:
    rng = random.Random(seed)
    cities = [Entity(f"City {i}", "Place", ids.entity_iri(f"City {i}", "Place")) for i in range(30)]
    when = datetime(2024, 1, day, tzinfo=UTC)
    out = []
    for i in range(n):
        who = _person(rng.randrange(n // 4))
        source = Provenance("c1", str(i % 50), "Ann", when)
        if rng.random() < 0.5:
            out.append(Fact(who, "livesIn", rng.choice(cities), confidence=0.9, sources=(source,)))  # functional
        else:
            out.append(Fact(who, "age", rng.randrange(1, 90), confidence=0.8, sources=(source,)))
    return out


def _nquads(store: RdfStore) -> list[str]:
    out = io.BytesIO()
    store.dump(out, format="nq")
    return sorted(out.getvalue().decode().splitlines())


def _write(store: RdfStore, batches: list[list[Fact]]) -> None:
    turns = [Turn("c1", str(i), "Ann", f"turn {i}", datetime(2024, 1, 1, tzinfo=UTC)) for i in range(50)]
    for batch in batches:
        store.add(batch, namespace="ns", turns=turns, functional=FUNCTIONAL)


BATCHES = [_facts(4000, 1, 1), _facts(4000, 2, 2)]  # the second closes values of the first


def test_a_large_batch_on_disk_leaves_what_the_transaction_leaves(tmp_path: Path):
    reference = RdfStore()  # in memory: every write is one transaction
    _write(reference, BATCHES)
    with RdfStore(tmp_path / "s") as store:
        _write(store, BATCHES)
        assert _nquads(store) == _nquads(reference)
        assert len(_nquads(store)) > 2 * _BULK_QUADS
        assert store.stats(namespace="ns") == reference.stats(namespace="ns")
    assert not list((tmp_path / "s" / "journal").iterdir()), "the journal was not emptied"


class _CrashingDb:
    """A database whose bulk loader dies (the process is killed while loading)."""

    def __init__(self, db: Any) -> None:
        self.db = db

    def bulk_load(self, *args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt("killed")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.db, name)


def test_a_large_batch_cut_short_is_completed_at_the_next_open(tmp_path: Path):
    reference = RdfStore()
    _write(reference, BATCHES)
    store = RdfStore(tmp_path / "s")
    _write(store, BATCHES[:1])
    real = store.db
    store._db = _CrashingDb(real)  # type: ignore[assignment]
    with pytest.raises(KeyboardInterrupt):
        _write(store, BATCHES[1:])
    assert list((tmp_path / "s" / "journal").glob("*.json")), "the batch was not journaled"
    real.flush()
    del real
    store._db = None
    with RdfStore(tmp_path / "s") as reopened:
        assert _nquads(reopened) == _nquads(reference)
    assert not list((tmp_path / "s" / "journal").iterdir())


@pytest.mark.parametrize("persistent", [False, True])
def test_a_write_keeps_its_blank_nodes(tmp_path: Path, persistent: bool):
    import pyoxigraph as ox

    store = RdfStore(tmp_path / "s" if persistent else None)
    batch = store._batch("default")
    node, p, blank = ox.NamedNode("https://example.org/a"), ox.NamedNode("https://example.org/p"), ox.BlankNode("b1")
    batch.insert(node, p, blank)
    store._commit(batch)
    assert [q.object for q in store.db.quads_for_pattern(node, p, None, ox.DefaultGraph())] == [blank]
    store.close()
