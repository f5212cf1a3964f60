"""Updates people mean, through every backend (the write rules of kg_memory.stores.write_plan):
an ending closes the current fact, an ending without object closes every value, the opposite
preference closes the older one, an older value goes to history, untimed batches keep turn order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg_memory.stores import Store
from kg_memory.types import Entity, Fact, Provenance
from kg_memory.vocab import KGM
from tests.stores.backends import BACKENDS, make_store
from tests.stores.test_contract import T0, T1, person, place, src


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path) -> Iterator[Store]:
    """Each backend of the contract suite, over an empty store."""
    s = make_store(request.param, request, tmp_path)
    with s:
        yield s


FUNCTIONAL = {KGM + "livesIn", KGM + "spouse"}


def current(store: Store, who: Entity, predicate: str) -> list[str]:
    return sorted(str(getattr(f.object, "label", f.object)) for f in store.facts(subject=who.iri, predicate=predicate))


def closed(store: Store, who: Entity, predicate: str) -> list[tuple[str, object]]:
    return sorted((str(getattr(f.object, "label", f.object)), f.valid_to)
                  for f in store.facts(subject=who.iri, predicate=predicate, history=True) if f.valid_to is not None)


def test_endings_close_facts_in_every_store(backend: Store):
    store = backend
    alice, bob = person("Alice"), person("Bob")
    store.add([Fact(alice, "spouse", bob, 0.9, src("c1", 1, "Alice", T0)),
               Fact(alice, "livesIn", place("Paris"), 0.9, src("c1", 1, "Alice", T0))], functional=FUNCTIONAL)
    store.add([Fact(alice, "spouse", bob, 0.8, src("c1", 2, "Alice", T1), ended=True),
               Fact(alice, "livesIn", alice, 0.8, src("c1", 2, "Alice", T1), ended=True)], functional=FUNCTIONAL)
    assert current(store, alice, "spouse") == [] and closed(store, alice, "spouse") == [("Bob", T1)]
    assert current(store, alice, "livesIn") == [] and closed(store, alice, "livesIn") == [("Paris", T1)]


def test_dated_endings_in_a_later_batch_close_at_their_time_in_every_store(backend: Store):
    # "I quit my job last week", "we split up in June": each closes the stored fact when it happened,
    # never before it began (the fact began at T0, so an ending dated earlier closes it at T0).
    store = backend
    alice, bob = person("Alice"), person("Bob")
    store.add([Fact(alice, "spouse", bob, 0.9, src("c1", 1, "Alice", T0)),
               Fact(alice, "livesIn", place("Paris"), 0.9, src("c1", 1, "Alice", T0))], functional=FUNCTIONAL)
    ended_at, before = T0 + (T1 - T0) / 2, T0 - (T1 - T0)
    store.add([Fact(alice, "spouse", bob, 0.8, src("c2", 1, "Alice", T1), valid_to=ended_at, ended=True),
               Fact(alice, "livesIn", alice, 0.8, src("c2", 1, "Alice", T1), valid_to=before, ended=True)],
              functional=FUNCTIONAL)
    assert current(store, alice, "spouse") == [] and closed(store, alice, "spouse") == [("Bob", ended_at)]
    assert current(store, alice, "livesIn") == [] and closed(store, alice, "livesIn") == [("Paris", T0)]


def test_a_restated_fact_with_an_earlier_start_moves_its_start_in_every_store(backend: Store):
    # "I live in Oslo" (T1), then "I've lived in Oslo since 2015": one fact, held since 2015
    store = backend
    alice, since = person("Alice"), T0 - (T1 - T0) * 10
    store.add([Fact(alice, "livesIn", place("Oslo"), 0.9, src("c1", 1, "Alice", T1))], functional=FUNCTIONAL)
    store.add([Fact(alice, "livesIn", place("Oslo"), 0.8, src("c1", 2, "Alice", T1), valid_from=since)],
              functional=FUNCTIONAL)
    (fact,) = store.facts(subject=alice.iri, predicate="livesIn", history=True)
    assert (fact.valid_from, fact.valid_to, len(fact.sources)) == (since, None, 2)


def test_opposite_preferences_and_older_values_in_every_store(backend: Store):
    store = backend
    alice = person("Alice")
    store.add([Fact(alice, "likes", "tea", 0.9, src("c1", 1, "Alice", T0))], functional=FUNCTIONAL)
    store.add([Fact(alice, "dislikes", "tea", 0.9, src("c1", 2, "Alice", T1))], functional=FUNCTIONAL)
    assert current(store, alice, "likes") == [] and closed(store, alice, "likes") == [("tea", T1)]
    store.add([Fact(alice, "livesIn", place("London"), 0.9, src("c2", 1, "Alice", T1))], functional=FUNCTIONAL)
    store.add([Fact(alice, "livesIn", place("Paris"), 0.9, src("c1", 3, "Alice", T0))], functional=FUNCTIONAL)
    assert current(store, alice, "livesIn") == ["London"] and closed(store, alice, "livesIn") == [("Paris", T1)]


def test_an_untimed_batch_closes_in_turn_order_in_every_store(backend: Store):
    store = backend
    alice = person("Alice")
    said = [Provenance("c1", str(i), "Alice", None) for i in (1, 2, 3)]
    store.add([Fact(alice, "livesIn", place("Paris"), 0.9, (said[0],)),
               Fact(alice, "livesIn", place("London"), 0.9, (said[1],)),
               Fact(alice, "livesIn", place("Berlin"), 0.9, (said[2],))], functional=FUNCTIONAL)
    history = {f.object.label: f for f in store.facts(subject=alice.iri, predicate="livesIn", history=True)}
    assert history["Paris"].valid_to < history["London"].valid_to and history["Berlin"].valid_to is None
    assert history["London"].valid_from == history["Paris"].valid_to


def test_a_state_of_a_past_period_goes_to_history_in_every_store(backend: Store):
    # "我住在上海" (T0), then "2019年我住在巴黎" (T1): Paris held in 2019 only; Shanghai stays current
    store = backend
    alice, start, end = person("Alice"), T0 - (T1 - T0) * 10, T0 - (T1 - T0) * 8
    store.add([Fact(alice, "livesIn", place("Shanghai"), 0.9, src("c1", 1, "Alice", T0))], functional=FUNCTIONAL)
    store.add([Fact(alice, "livesIn", place("Paris"), 0.9, src("c1", 2, "Alice", T1), valid_from=start,
                    valid_to=end)], functional=FUNCTIONAL)
    assert current(store, alice, "livesIn") == ["Shanghai"] and closed(store, alice, "livesIn") == [("Paris", end)]


def test_an_ending_of_a_value_the_batch_just_closed_keeps_one_record_in_every_store(backend: Store):
    # "I live in Seattle" (T0), then "we moved from Seattle to Austin" (T1): Austin closes Seattle, and the
    # ending of Seattle in the same turn joins that record instead of adding a second one
    store = backend
    alice = person("Alice")
    store.add([Fact(alice, "livesIn", place("Seattle"), 0.9, src("c1", 1, "Alice", T0))], functional=FUNCTIONAL)
    store.add([Fact(alice, "livesIn", place("Austin"), 0.9, src("c1", 2, "Alice", T1)),
               Fact(alice, "livesIn", place("Seattle"), 0.8, src("c1", 2, "Alice", T1), ended=True)],
              functional=FUNCTIONAL)
    (seattle,) = [f for f in store.facts(subject=alice.iri, predicate="livesIn", history=True)
                  if f.object.label == "Seattle"]
    assert (seattle.valid_from, seattle.valid_to, len(seattle.sources)) == (T0, T1, 2)
