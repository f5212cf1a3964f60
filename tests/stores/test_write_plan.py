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


# -- updates people mean: endings, opposite preferences, untimed order, older values -----------------

LIKES, DISLIKES, SPOUSE = KGM + "likes", KGM + "dislikes", KGM + "spouse"
TEA = '"tea"'
T2 = datetime(2025, 1, 1, tzinfo=UTC)


def said(obj: str, turn: str, time: datetime | None = None, predicate: str = "livesIn", **kw: object) -> Fact:
    """A fact Alice stated in turn ``turn`` of c1 (at ``time``, or untimed)."""
    target: object = "tea" if obj == TEA else Entity(obj, iri=obj[1:-1])
    return Fact(ALICE, predicate, target, 0.9, (Provenance("c1", turn, "Alice", time),), **kw)  # type: ignore[arg-type]


def ending(obj: str | None, turn: str, time: datetime | None = None, predicate: str = "livesIn") -> Fact:
    """Alice saying the fact stopped holding; ``obj=None``: whatever its value was."""
    target = ALICE if obj is None else Entity(obj, iri=obj[1:-1])
    return Fact(ALICE, predicate, target, 0.8, (Provenance("c1", turn, "Alice", time),), ended=True)


ALICE_TERM = f"<{S}>"


def test_an_ending_closes_the_current_fact_at_its_turn_time_and_keeps_it_as_history():
    old = stored(valid_from=T0, observations=["t1"])
    plan = WritePlan([old], {LIVES})
    plan.add(ending(PARIS, "2", T1), LIVES, PARIS)
    assert old.valid_to == T1 and old.iri == ids.fact_iri(S, LIVES, PARIS, T0.isoformat())
    assert old.observations == ["t1", ids.turn_iri("c1", "2")]  # the turn that ended it is a source
    assert [r for r in plan.facts if r.current] == []


def test_an_ending_without_object_closes_every_current_value():
    old = stored(valid_from=T0)
    plan = WritePlan([old], {LIVES})
    plan.add(ending(None, "2", T1), LIVES, ALICE_TERM)
    assert old.valid_to == T1 and len(plan.facts) == 1


def test_an_ending_of_an_unknown_fact_is_stored_as_history():
    plan = WritePlan([], {LIVES})
    plan.add(ending(PARIS, "2", T1), LIVES, PARIS)
    (record,) = plan.written
    assert (record.object, record.valid_to, record.current) == (PARIS, T1, False)
    assert record.iri == ids.fact_iri(S, LIVES, PARIS, T1.isoformat())


def test_an_ending_without_object_and_nothing_current_writes_nothing():
    plan = WritePlan([], {LIVES})
    plan.add(ending(None, "2", T1), LIVES, ALICE_TERM)
    assert plan.written == []


def test_an_ending_said_before_the_fact_began_leaves_it_current():
    old = stored(valid_from=T2)
    plan = WritePlan([old], {LIVES})
    plan.add(ending(PARIS, "2", T1), LIVES, PARIS)
    assert old.current and old.valid_from == T2


def test_the_opposite_preference_closes_the_older_one_and_back():
    plan = WritePlan([], {LIVES})
    likes = plan.add(said(TEA, "1", T0, "likes"), LIKES, TEA)
    dislikes = plan.add(said(TEA, "2", T1, "dislikes"), DISLIKES, TEA)
    assert likes.valid_to == T1 and dislikes.current
    again = plan.add(said(TEA, "3", T2, "likes"), LIKES, TEA)
    assert dislikes.valid_to == T2 and again.current and again is not likes
    assert sorted((r.predicate[len(KGM):], r.valid_to) for r in plan.facts if not r.current) == [
        ("dislikes", T2), ("likes", T1)]


def test_untimed_turns_close_facts_in_turn_order_not_all_at_the_ingestion_clock():
    clock = iter(datetime(2026, 1, 1, tzinfo=UTC) for _ in range(10))  # a clock that does not move
    plan = WritePlan([], {LIVES}, now=lambda: next(clock))
    paris = plan.add(said(PARIS, "1"), LIVES, PARIS)
    london = plan.add(said(LONDON, "2"), LIVES, LONDON)
    plan.add(ending(None, "3"), LIVES, ALICE_TERM)
    assert paris.valid_to is not None and london.valid_to is not None
    assert paris.valid_to < london.valid_to  # turn 2 closed Paris before turn 3 ended London
    assert london.valid_from == paris.valid_to  # London began when Paris ended
    history = sorted(plan.facts, key=lambda r: (r.valid_from or datetime.min.replace(tzinfo=UTC)))
    assert [r.object for r in history] == [PARIS, LONDON]


def test_facts_of_one_untimed_turn_share_its_time():
    clock = iter(datetime(2026, 1, 1, tzinfo=UTC) for _ in range(10))
    plan = WritePlan([], {LIVES}, now=lambda: next(clock))
    paris = plan.add(said(PARIS, "1"), LIVES, PARIS)
    plan.add(said(LONDON, "2"), LIVES, LONDON)
    plan.add(said(TEA, "2", None, "likes"), LIKES, TEA)
    tea = plan.add(said(TEA, "2", None, "dislikes"), DISLIKES, TEA)
    likes = next(r for r in plan.facts if r.predicate == LIKES)
    assert likes.valid_to == paris.valid_to and tea.current


def test_an_older_value_of_a_functional_predicate_goes_to_history():
    newer = stored(LONDON, valid_from=T1)
    plan = WritePlan([newer], {LIVES})
    older = plan.add(said(PARIS, "1", T0), LIVES, PARIS)
    assert newer.current and newer.valid_to is None
    assert (older.valid_from, older.valid_to, older.current) == (T0, T1, False)
    assert older.iri == ids.fact_iri(S, LIVES, PARIS, T0.isoformat())


def test_touched_reads_the_opposite_preference_and_the_values_an_ending_may_close():
    items = [(said(TEA, "1", None, "dislikes"), DISLIKES, TEA), (ending(None, "2", None, "spouse"), SPOUSE, ALICE_TERM)]
    wanted = touched(items, set())
    assert (S, LIKES, TEA) in wanted.triples and (S, SPOUSE) in wanted.pairs
