"""The pin flag and turn stripping of the Store contract, on every backend (used by compaction)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg_memory import ids
from kg_memory.stores import Store
from kg_memory.types import Fact
from tests.stores.backends import BACKENDS, make_store
from tests.stores.test_contract import FUNCTIONAL, T0, T1, person, place, src, turn


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[Store]:
    s = make_store(request.param, request, tmp_path)
    with s:
        yield s


def _facts(store: Store) -> list[Fact]:
    return sorted(store.facts(history=True), key=lambda f: str(f.object))


def test_pin_survives_a_new_observation_and_the_closing_of_the_fact(store: Store):
    alice = person("Alice")
    store.add([Fact(alice, "livesIn", place("Paris"), 0.9, src("c1", 1, "Alice"), valid_from=T0)],
              turns=[turn("c1", 1, "Alice", "I live in Paris.")], functional=FUNCTIONAL)
    (paris,) = _facts(store)
    t1 = ids.turn_iri("c1", "1")
    assert store.pin([paris.iri, t1, ids.turn_iri("c1", "99")]) == 2  # the unknown turn is not counted
    assert store.pinned() == {paris.iri, t1}
    store.add([Fact(alice, "livesIn", place("Paris"), 0.9, src("c1", 2, "Alice"))],
              turns=[turn("c1", 2, "Alice", "Still in Paris.")], functional=FUNCTIONAL)
    store.add([Fact(alice, "livesIn", place("Rome"), 0.9, src("c1", 3, "Alice", T1), valid_from=T1)],
              turns=[turn("c1", 3, "Alice", "I moved to Rome.", T1)], functional=FUNCTIONAL)
    closed = next(f for f in _facts(store) if not f.is_current)
    assert closed.object.label == "Paris"
    assert closed.iri in store.pinned() and t1 in store.pinned()
    assert store.pin([closed.iri, t1], pinned=False) == 2
    assert store.pinned() == set()


def test_strip_turns_keeps_facts_and_a_stub_of_the_turns_they_cite(store: Store):
    alice = person("Alice")
    store.add([Fact(alice, "livesIn", place("Paris"), 0.9, src("c1", 1, "Alice"))],
              turns=[turn("c1", 1, "Alice", "I live in Paris."), turn("c1", 2, "Alice", "Lovely weather today.")],
              functional=FUNCTIONAL)
    assert store.strip_turns([ids.turn_iri("c1", "1"), ids.turn_iri("c1", "2"), ids.turn_iri("c9", "1")]) == 2
    (stub,) = store.turns()
    assert (stub.turn, stub.speaker, stub.text, stub.time) == ("1", "Alice", "", T0)
    (fact,) = store.facts()
    assert [(s.conversation, s.turn, s.speaker) for s in fact.sources] == [("c1", "1", "Alice")]
    assert store.strip_turns([]) == 0
