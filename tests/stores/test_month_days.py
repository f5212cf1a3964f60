"""A birthday without a year (an ``xsd:gMonthDay``, :class:`MonthDay`) is stored and read back as a month-day by every
backend: the embedded RDF stores, Neo4j (which keeps a literal as its lexical form and datatype) and a SPARQL endpoint."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from kg_memory import Memory, ids
from kg_memory.export import cytoscape_data
from kg_memory.stores import Store
from kg_memory.types import Entity, Fact, MonthDay, Provenance, Turn

T0 = datetime(2024, 3, 10, tzinfo=UTC)


def _alice() -> Entity:
    return Entity("Alice", "Person", ids.entity_iri("Alice", "Person"))


def test_a_birthday_without_a_year_comes_back_as_a_month_day(store: Store) -> None:
    alice = _alice()
    store.add([Fact(alice, "birthday", MonthDay(5, 5), 0.9, (Provenance("c1", "1", "Alice", T0),)),
               Fact(alice, "birthDate", date(1990, 5, 5))],
              turns=[Turn("c1", "1", "Alice", "My birthday is May 5th.", T0)])
    facts = {f.predicate: f.object for f in store.facts(subject=alice.iri)}
    assert facts == {"birthday": MonthDay(5, 5), "birthDate": date(1990, 5, 5)}
    assert isinstance(facts["birthday"], MonthDay)


def test_the_29th_of_february_and_a_repeated_birthday_are_kept_once(store: Store) -> None:
    alice = _alice()
    store.add([Fact(alice, "birthday", MonthDay(2, 29), 0.8, (Provenance("c1", "1", "Alice", T0),))])
    store.add([Fact(alice, "birthday", MonthDay(2, 29), 0.9, (Provenance("c2", "1", "Alice", T0),))])
    (fact,) = store.facts(subject=alice.iri)
    assert fact.object == MonthDay(2, 29) and len(fact.sources) == 2


def test_the_memory_reads_a_month_day_given_as_text_and_exports_it(tmp_path) -> None:
    with Memory(tmp_path / "store") as memory:
        fact = memory.add("Alice", "birthday", "--05-05")
        assert fact.object == MonthDay(5, 5)
        memory.add("Bob", "生日", "12-25")  # by its Chinese label, the lexical form without its dashes
        got = {(f.subject.label, f.predicate, f.object) for f in memory.facts()}
        assert got == {("Alice", "birthday", MonthDay(5, 5)), ("Bob", "birthday", MonthDay(12, 25))}
        rows = memory.query('SELECT ?d WHERE { ?p rdfs:label "Alice" ; :birthday ?d }').values()
        assert [str(r["d"]) for r in rows] == ["--05-05"]
        assert "--05-05" in json.dumps(cytoscape_data(memory.graph()), ensure_ascii=False)
        memory.export(tmp_path / "graph.graphml")
        assert "--05-05" in (tmp_path / "graph.graphml").read_text(encoding="utf-8")


def test_a_text_that_is_no_month_day_is_refused_for_a_birthday() -> None:
    with Memory() as memory, pytest.raises(ValueError):
        memory.add("Alice", "birthday", "--02-30")
