"""Importance, compaction, pins and capacity: what a memory keeps when it must shrink."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg_memory import Memory, Turn, ids
from kg_memory.compact import Capacity
from kg_memory.errors import CapacityExceeded, InputError
from kg_memory.importance import Usage, score

T0 = datetime(2024, 1, 1, tzinfo=UTC)
CITIES = ["Paris", "Lisbon", "Rome", "Oslo"]
ORGS = ["Acme", "Globex", "Initech"]
FILLER = ["Ha, nice.", "Cool!", "Wow, that's great.", "Thanks a lot!",
          "We watched a long documentary about volcanoes and glaciers yesterday evening."]


def _turn(i: int, speaker: str, text: str) -> Turn:
    return Turn("c", str(i), speaker, text, T0 + timedelta(hours=i))


def _texts(memory: Memory) -> list[str]:
    return [t.turn for t in memory.turns() if t.text]


# -- importance --------------------------------------------------------------------------------


def test_importance_follows_the_documented_signals(memory: Memory):
    memory.remember([_turn(1, "Ann", "I live in Paris."), _turn(2, "Ann", "Cool!"),
                     _turn(3, "Ann", "I live in Lisbon."), _turn(4, "Bob", "I like jazz."),
                     _turn(5, "Bob", "I like jazz.")])
    scores = memory.importance()
    facts = {(f.subject.label, f.object if isinstance(f.object, str) else f.object.label, f.is_current): f
             for f in memory.facts(history=True)}
    lisbon, paris, jazz = facts[("Ann", "Lisbon", True)], facts[("Ann", "Paris", False)], facts[("Bob", "jazz", True)]
    assert scores.fact(lisbon) > scores.fact(paris)  # the current value of a functional predicate
    assert scores.facts[jazz.iri] > 0 and len(jazz.sources) == 2  # restated
    assert scores.turns[("c", "1")] > scores.turns[("c", "2")]  # a turn with a fact over filler
    memory.pin(paris)
    assert math.isinf(memory.importance().fact(paris))


def test_recall_counts_raise_importance_and_persist(store_dir: Path):
    with Memory(store_dir) as m:
        m.remember([_turn(1, "Ann", "I adopted a beagle called Max."), _turn(2, "Ann", "I adopted a cat called Tom.")])
        before = m.importance().turns
        for _ in range(3):
            m.recall("beagle Max", 1)
        after = m.importance().turns
        assert after[("c", "1")] > before[("c", "1")]
        assert after[("c", "2")] <= before[("c", "2")]
    with Memory(store_dir) as m:
        assert m.usage().counts.get(ids.turn_iri("c", "1"), 0) >= 3


def test_compact_drops_cached_embeddings_and_recall_never_shows_a_removed_text(store_dir: Path):
    with Memory(store_dir) as m:
        m.remember([_turn(1, "Ann", "I adopted a beagle called Max."), _turn(2, "Ann", "Cool!"),
                    _turn(3, "Ann", "We watched a documentary about volcanoes.")])
        m.recall("volcanoes documentary", 3)  # encodes the turns, kept beside the store
        cache = next((store_dir / "recall").rglob("embeddings-*.npz"))
        before = cache.stat().st_size
        report = m.compact(max_turns=1)
        assert [r.id for r in report.removed] == ["c#2", "c#3"]
        assert cache.stat().st_size < before
        shown = " ".join(r.text for r in m.recall("volcanoes documentary", 5))
        assert "volcanoes" not in shown and "Cool" not in shown
    with Memory(store_dir) as m:
        assert [t.turn for t in m.turns() if t.text] == ["1"]


def test_compact_keeps_news_and_answers_over_small_talk_questions_and_restatements(memory: Memory):
    memory.remember([
        _turn(1, "Ann", "Hey Bo! How have you been lately?"),
        _turn(2, "Bo", "Great! I ran my first marathon in Boston on May 3."),
        _turn(3, "Ann", "Wow, that sounds like an incredible experience, congratulations on finishing!"),
        _turn(4, "Bo", "Thanks! Finishing the Boston marathon was an incredible experience."),  # said again
        _turn(5, "Ann", "Did your sister come to watch you?"),
        _turn(6, "Bo", "Yes, Mia flew in from Kyoto."),  # short, but the answer
    ])
    memory.compact(max_turns=2)
    assert _texts(memory) == ["2", "6"]


def test_score_without_times_or_usage_is_defined():
    scores = score([], [Turn("c", "1", "A", "")], usage=Usage())
    assert scores.turns == {("c", "1"): 0.0}


# -- compaction --------------------------------------------------------------------------------


def test_compact_keeps_facts_and_their_sources_and_reports(memory: Memory):
    memory.remember([_turn(1, "Ann", "I live in Paris."), _turn(2, "Ann", "Ha, nice."),
                     _turn(3, "Ann", "I work for Acme."), _turn(4, "Ann", "Cool!")])
    facts = {f.iri: f.sources for f in memory.facts(history=True)}
    report = memory.compact(max_turns=2)
    assert [r.id for r in report.removed] == ["c#2", "c#4"]
    assert (report.turns_before, report.turns_after, report.reached) == (4, 2, True)
    assert report.bytes_after < report.bytes_before
    assert _texts(memory) == ["1", "3"]
    assert {f.iri: f.sources for f in memory.facts(history=True)} == facts
    json.dumps(report.to_dict())


def test_dry_run_changes_nothing(memory: Memory):
    memory.remember([_turn(1, "Ann", "I live in Paris."), _turn(2, "Ann", "Ha, nice.")])
    report = memory.compact(max_turns=0, dry_run=True)
    assert len(report.removed) == 2 and report.dry_run
    assert _texts(memory) == ["1", "2"]


def test_a_stripped_turn_that_no_fact_cites_is_gone_and_recall_still_answers_from_the_fact(memory: Memory):
    memory.remember([_turn(1, "Ann", "I live in Paris."), _turn(2, "Ann", "Ha, nice.")])
    memory.compact(max_turns=0)
    assert [(t.turn, t.text) for t in memory.turns()] == [("1", "")]  # the stub behind the fact
    found = memory.recall("Where does Ann live?", 1)
    assert found[0].kind == "fact" and found[0].fact is not None and found[0].fact.object.label == "Paris"


def test_pinned_turns_stay_and_an_unreachable_budget_is_reported(memory: Memory):
    memory.remember([_turn(1, "Ann", "Ha, nice."), _turn(2, "Ann", "Cool!"), _turn(3, "Ann", "I live in Rome.")])
    assert memory.pin("c#1", "c/2") == 2
    report = memory.compact(max_turns=1)
    assert not report.reached and _texts(memory) == ["1", "2"]
    assert memory.unpin("c#1") == 1
    assert memory.compact(max_turns=1).reached and _texts(memory) == ["2"]


def test_max_bytes_removes_history_last_and_never_current_facts(memory: Memory):
    memory.remember([_turn(1, "Ann", "I live in Paris."), _turn(2, "Ann", "I live in Rome.")])
    current = {f.iri for f in memory.facts()}
    report = memory.compact(max_bytes=0)
    assert [r.kind for r in report.removed] == ["turn", "turn", "fact"]
    assert not report.reached  # the current fact's sentence is still there
    assert {f.iri for f in memory.facts(history=True)} == current


def test_compact_validates_its_arguments(memory: Memory):
    with pytest.raises(InputError):
        memory.compact(max_turns=-1)
    with pytest.raises(InputError):
        memory.pin("no-slash-here")


_TEMPLATES = st.one_of(
    st.sampled_from(CITIES).map(lambda c: f"I live in {c}."),
    st.sampled_from(ORGS).map(lambda o: f"I work for {o}."),
    st.sampled_from(FILLER),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.tuples(st.sampled_from(["Ann", "Bob"]), _TEMPLATES), min_size=1, max_size=14),
       pins=st.lists(st.integers(0, 13), max_size=4), pin_facts=st.integers(0, 3),
       max_turns=st.integers(0, 14), max_bytes=st.one_of(st.none(), st.integers(0, 400)))
def test_compact_never_removes_pinned_memories_or_current_facts(texts, pins, pin_facts, max_turns, max_bytes):
    with Memory() as memory:
        memory.remember([_turn(i, speaker, text) for i, (speaker, text) in enumerate(texts)])
        closed = [f for f in memory.facts(history=True) if not f.is_current]
        pinned_facts = closed[:pin_facts]
        pinned_turns = sorted({f"c#{i}" for i in pins if i < len(texts)})
        memory.pin(*pinned_facts, *pinned_turns)
        current = {(f.iri, f.sources) for f in memory.facts()}
        report = memory.compact(max_turns=max_turns, max_bytes=max_bytes)
        assert {(f.iri, f.sources) for f in memory.facts()} == current
        kept = {f.iri for f in memory.facts(history=True)}
        assert {f.iri for f in pinned_facts} <= kept
        with_text = {f"c#{t.turn}" for t in memory.turns() if t.text}
        assert set(pinned_turns) <= with_text
        assert report.turns_after == len(with_text)
        if report.reached:
            assert len(with_text) <= max_turns
        else:
            assert len(with_text) <= max(max_turns, len(pinned_turns)) or max_bytes is not None
        removed = {r.id for r in report.removed if r.kind in ("turn", "fact")}
        assert not removed & (set(pinned_turns) | {f.iri for f in pinned_facts})


# -- capacity ----------------------------------------------------------------------------------


def test_capacity_compacts_on_every_write():
    with Memory(capacity=Capacity(max_turns=3)) as memory:
        memory.remember([_turn(i, "Ann", text) for i, text in enumerate(
            ["I live in Paris.", "Ha, nice.", "I work for Acme.", "Cool!", "Thanks a lot!"])])
        assert len(_texts(memory)) == 3
        memory.add("Ann", "likes", "jazz")
        memory.remember_document("Bob lives in Oslo. Bob works for Globex. Bob likes tea.", source="bob.txt")
        assert len(_texts(memory)) == 3
        assert {f.object.label for f in memory.facts("Ann")} >= {"Paris", "Acme", "jazz"}


def test_capacity_reject_refuses_the_write_whole():
    with Memory(capacity={"small": Capacity(max_turns=2, policy="reject")}) as memory:
        memory.remember([_turn(1, "Ann", "I live in Paris."), _turn(2, "Ann", "I work for Acme.")], namespace="small")
        with pytest.raises(CapacityExceeded):
            memory.remember([_turn(3, "Ann", "I like jazz.")], namespace="small")
        assert len(_texts_ns(memory, "small")) == 2 and not memory.facts("Ann", "likes", namespace="small")
        memory.remember([_turn(2, "Ann", "I work for Acme.")], namespace="small")  # already stored: fits
        memory.remember([_turn(i, "Ann", "I like jazz.") for i in range(5)], namespace="other")  # no capacity
        memory.set_capacity(Capacity(max_bytes=10, policy="reject"), namespace="other")
        with pytest.raises(CapacityExceeded):
            memory.remember([_turn(9, "Ann", "I live in Rome.")], namespace="other")
    with pytest.raises(InputError):
        Capacity(policy="drop")  # type: ignore[arg-type]


def test_capacity_reject_counts_bytes_as_compact_does(store_dir: Path):
    with Memory(store_dir) as memory:
        memory.remember([_turn(1, "Ann", "I live in Paris."), _turn(2, "Ann", "I work for Acme.")])
        memory.recall("Where does Ann live?")  # an embedding cache beside the store counts too
        size = memory.compact(dry_run=True).bytes_before
        memory.set_capacity(Capacity(max_bytes=size + 12, policy="reject"))
        memory.remember([_turn(3, "Ann", "I like tea.")])  # 11 bytes more: fits
        with pytest.raises(CapacityExceeded, match=f"holds {memory.compact(dry_run=True).bytes_before} bytes"):
            memory.remember([_turn(4, "Ann", "I like jazz.")])


def _texts_ns(memory: Memory, namespace: str) -> list[str]:
    return [t.turn for t in memory.turns(namespace=namespace) if t.text]
