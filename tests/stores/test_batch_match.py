"""Issue 16: a write batch answers a pattern from what it read and what it has pending, without
building a set when nothing is pending for the subject; what it answers is what the store holds once
the batch is committed."""

from __future__ import annotations

import random

import pyoxigraph as ox

from kg_memory.stores.rdf import RdfStore

EX = "https://example.org/"
NODES = [ox.NamedNode(f"{EX}n{i}") for i in range(4)]
PREDICATES = [ox.NamedNode(f"{EX}p{i}") for i in range(3)]
OBJECTS = [*NODES[:2], ox.Literal("a"), ox.Literal("b"), ox.Literal("b", language="en")]


def _patterns() -> list[tuple[object, object, object]]:
    out: list[tuple[object, object, object]] = []
    for s in NODES:
        out.append((s, None, None))
        for p in PREDICATES:
            out.append((s, p, None))
            out += [(s, p, o) for o in OBJECTS]
        out += [(s, None, o) for o in OBJECTS]
    return out + [(None, p, None) for p in PREDICATES]


def test_what_a_batch_matches_is_what_the_store_holds_after_it(tmp_path):
    rng = random.Random(7)
    triples = [(s, p, o) for s in NODES for p in PREDICATES for o in OBJECTS]
    store = RdfStore(tmp_path / "s")
    for round_ in range(6):
        batch = store._batch("default")
        for _ in range(25):
            s, p, o = rng.choice(triples)
            if rng.random() < 0.4:
                batch.match(s, p if rng.random() < 0.5 else None, None)  # reads interleaved with writes
            if rng.random() < 0.55:
                batch.insert(s, p, o)
            else:
                batch.delete(s, p, o)
        seen = {pattern: sorted(map(str, batch.match(*pattern))) for pattern in _patterns()}
        store._commit(batch)
        for (s, p, o), found in seen.items():
            stored = sorted(str((q.subject, q.predicate, q.object))
                            for q in store.db.quads_for_pattern(s, p, o, ox.DefaultGraph()))
            assert found == stored, (round_, s, p, o)
    store.close()


def test_a_match_of_stored_triples_leaves_out_the_deleted_ones(tmp_path):
    store = RdfStore(tmp_path / "s")
    s, p = NODES[0], PREDICATES[0]
    store.db.extend([ox.Quad(s, p, o, ox.DefaultGraph()) for o in OBJECTS])
    batch = store._batch("default")
    batch.delete(s, p, ox.Literal("a"))
    assert sorted(map(str, batch.match(s, p, None))) == sorted(str((s, p, o)) for o in OBJECTS
                                                               if o != ox.Literal("a"))
    assert batch.match(s, p, ox.Literal("a")) == []
    store.close()
