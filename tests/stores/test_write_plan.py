"""The write rules, once for every backend (kg_memory.stores.write_plan): pure, so tested without a store."""

from __future__ import annotations

from datetime import UTC, datetime

from kg_memory import ids
from kg_memory.stores.write_plan import PlannedFact, WritePlan, touched
from kg_memory.types import Entity, Fact, Provenance
from kg_memory.vocab import KGM

ALICE = Entity("Alice", "Person", ids.entity_iri("Alice", "Person"))
LIVES, AGE = KGM + "livesIn", KGM + "age"
PARIS, LONDON = "<https://w3id.org/kg-memory/id/place.paris>", "<https://w3id.org/kg-memory/id/place.london>"
T0, T1 = datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 6, 1, tzinfo=UTC)
S = ALICE.iri or ""


def fact(obj: str = PARIS, confidence: float = 1.0, turn: str | None = None, **kw: object) -> Fact:
    sources = (Provenance("c1", turn, "Alice", None),) if turn else ()
    return Fact(ALICE, "livesIn", Entity(obj, iri=obj[1:-1]), confidence, sources, **kw)  # type: ignore[arg-type]


def stored(obj: str = PARIS, **kw: object) -> PlannedFact:
    return PlannedFact(S, LIVES, obj, ids.fact_iri(S, LIVES, obj), handle="stored", **kw)  # type: ignore[arg-type]


def test_a_new_fact_is_written_under_its_iri():
    plan = WritePlan([], set())
    record = plan.add(fact(confidence=0.81234, turn="1"), LIVES, PARIS)
    assert plan.written == [record]
    assert record.iri == ids.fact_iri(S, LIVES, PARIS) and record.current
    assert record.confidence == 0.8123 and record.observations == [ids.turn_iri("c1", "1")]


def test_an_equal_fact_keeps_the_higher_confidence_and_merges_observations():
    old = stored(confidence=0.9, observations=[ids.turn_iri("c1", "1")])
    plan = WritePlan([old], set())
    plan.add(fact(confidence=0.5, turn="1"), LIVES, PARIS)
    assert plan.written == []  # nothing new
    plan.add(fact(confidence=0.5, turn="2"), LIVES, PARIS)
    assert plan.written == [old] and old.confidence == 0.9 and len(old.observations) == 2
    plan.add(fact(confidence=0.95), LIVES, PARIS)
    assert old.confidence == 0.95


def test_a_functional_value_closes_the_old_one_at_the_new_start():
    old = stored(valid_from=T0)
    plan = WritePlan([old], {LIVES})
    new = plan.add(fact(LONDON, valid_from=T1), LIVES, LONDON)
    assert (old.valid_to, old.iri) == (T1, ids.fact_iri(S, LIVES, PARIS, T0.isoformat()))
    assert new.current and plan.written == [old, new] and plan.deleted == []


def test_closing_onto_a_stored_history_fact_merges_into_it():
    history = stored(valid_from=T0, valid_to=T1, observations=["t1"])
    history.iri = ids.fact_iri(S, LIVES, PARIS, T0.isoformat())
    current = stored(valid_from=T0, observations=["t2"])
    plan = WritePlan([history, current], {LIVES})
    plan.add(fact(LONDON, valid_from=T1), LIVES, LONDON)
    assert plan.deleted == [current]
    assert history.observations == ["t1", "t2"] and current not in plan.facts


def test_re_adding_a_closed_fact_updates_the_one_record():
    plan = WritePlan([], set())
    first = plan.add(fact(confidence=0.5, valid_from=T0, valid_to=T1), LIVES, PARIS)
    again = plan.add(fact(confidence=0.9, valid_from=T0, valid_to=T1), LIVES, PARIS)
    assert first is again and first.confidence == 0.9 and len(plan.facts) == 1


def test_touched_reads_functional_pairs_whole_and_other_facts_exactly():
    items = [(fact(), LIVES, PARIS), (Fact(ALICE, "age", 30), AGE, '"30"')]
    wanted = touched(items, {AGE})
    assert wanted.pairs == {(S, AGE)} and wanted.triples == {(S, LIVES, PARIS)}
