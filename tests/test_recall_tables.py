"""Recall's entity and attribute tables are kept up to date by every write (issue 18 item 3: the first
recall after ``remember`` of 100,000 turns no longer walks every fact); what they give is what an
index built from the same turns, facts and entities in one go has, write after write, drop after
drop, and in a new process."""

from __future__ import annotations

import gc
import random
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from kg_memory import Entity, Fact, Provenance, Turn
from kg_memory.recall import fusion
from kg_memory.recall.contents import Contents, paused_gc
from kg_memory.recall.index import RecallIndex

PEOPLE = ["Ann Lee", "Bob", "Carla Diaz", "Dev"]
CITIES = ["Porto", "Lisbon", "Oslo"]


def _person(name: str, rng: random.Random) -> Entity:
    aliases = (name.split()[0],) if " " in name and rng.random() < 0.5 else ()
    return Entity(name, "Person", f"ex:{name.replace(' ', '_')}", aliases=aliases)


def _same_tables(contents: Contents) -> None:
    """The index derived from the entries equals the one built from its turns, facts and entities."""
    index = contents.index()
    direct = RecallIndex(list(index.turns), list(index.facts), list(contents._entities.values()))
    for name in ("names", "labels", "entity_facts", "changed_values", "fact_turns", "position", "max_name_words",
                 "turn_docs", "fact_docs", "latest", "turn_mention"):
        assert getattr(index, name) == getattr(direct, name), name
    assert {k: v.tolist() for k, v in index.speakers.items()} == {k: v.tolist() for k, v in direct.speakers.items()}
    assert [s.tolist() for s in index.sessions] == [s.tolist() for s in direct.sessions]
    for name in ("previous", "next", "has_time", "session_of"):
        assert getattr(index, name).tolist() == getattr(direct, name).tolist(), name


def test_tables_kept_by_the_writes_are_those_of_an_index_built_at_once(tmp_path: Path) -> None:
    rng = random.Random(7)
    contents = Contents(tmp_path)
    start = datetime(2024, 1, 1)
    for batch in range(12):
        turns, facts = [], []
        for i in range(rng.randint(1, 6)):
            name = rng.choice(PEOPLE)
            when = start + timedelta(days=batch * 10 + i)
            conversation = f"c{rng.randint(0, 4)}"
            turn = Turn(conversation, f"{batch}:{i}", name, f"I live in {rng.choice(CITIES)}.", when)
            turns.append(turn)
            sources = (Provenance(conversation, turn.turn, name, when),)
            if rng.random() < 0.3:  # a second source, sometimes of a turn never written
                sources += (Provenance(f"c{rng.randint(0, 9)}", "x", name),)
            facts.append(Fact(_person(name, rng), "livesIn", Entity(rng.choice(CITIES), "Place",
                                                                    f"ex:{rng.choice(CITIES)}"),
                              sources=sources, valid_from=when))
        contents.add(turns, facts, {"livesIn"})
        if batch % 4 == 3:  # forget a turn and a fact now and then
            victim = rng.choice([e.fact for e in contents.facts.values() if e.fact.iri is None] or [None])
            held = list(contents.turns)
            contents.drop(turns=[rng.choice(held)], facts=[])
            if victim is not None:  # facts without IRIs are dropped by row, as a store's forget does
                row = next(r for r, e in contents.facts.items() if e.fact is victim)
                contents._forget_row(row)
                contents._index = None
        _same_tables(contents)
    assert contents.index().changed_values  # values did change
    loaded = Contents.load(tmp_path)
    assert loaded is not None
    _same_tables(loaded)


def _attributes_one_by_one(index: RecallIndex) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which changed attribute each fact and turn bears on, by a plain loop (the reference)."""
    of_fact = np.full(len(index.facts), -1, dtype=np.int64)
    pairs: list[tuple[int, int]] = []  # (turn, attribute)
    for a, rows in enumerate(index.changed_values):
        of_fact[rows] = a
        pairs.extend({(t, a) for j in rows for t in index.fact_turns[j]})
    pairs.sort()
    turn_rows = np.asarray([t for t, _ in pairs], dtype=np.int64)
    start = np.searchsorted(turn_rows, np.arange(len(index.turns) + 1))
    return of_fact, start, np.asarray([a for _, a in pairs], dtype=np.int64)


def test_attribute_tables_are_those_a_plain_loop_builds() -> None:
    """:meth:`RecallIndex.attribute_tables` (array passes) gives the per-attribute tables fusion reads."""
    rng = random.Random(3)
    turns = [Turn(f"c{i % 5}", str(i), rng.choice(PEOPLE), "x", datetime(2024, 1, 1) + timedelta(days=i))
             for i in range(60)]
    facts = []
    for i in range(80):
        person = Entity(rng.choice(PEOPLE), "Person", f"ex:p{rng.randint(0, 5)}")
        sources = tuple(Provenance(t.conversation, t.turn) for t in rng.sample(turns, rng.randint(0, 3)))
        closed = datetime(2024, 6, 1) if rng.random() < 0.4 else None
        facts.append(Fact(person, rng.choice(["livesIn", "worksFor"]), Entity("Oslo", iri=f"ex:o{i}"),
                          sources=sources, valid_to=closed))
    index = RecallIndex(turns, facts)
    assert index.changed_values
    expected = _attributes_one_by_one(index)
    found = fusion._attributes(index)
    for mine, theirs in zip(found, expected):
        assert mine.dtype == theirs.dtype and mine.tolist() == theirs.tolist()


def test_objects_made_while_collection_is_paused_are_still_collected() -> None:
    class Node:
        other: object = None

    with paused_gc():
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle only the cyclic collector frees
        probe = np.zeros(1)
        a.other = (b, probe)
    assert gc.isenabled()
    count = sum(type(o) is Node for o in gc.get_objects())
    del a, b
    gc.collect()
    assert sum(type(o) is Node for o in gc.get_objects()) == count - 2


def test_a_snapshot_of_tables_of_another_layout_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg_memory.recall.tables import FactTables

    rng = random.Random(11)
    contents = Contents(tmp_path)
    ann, bob = _person("Ann Lee", rng), _person("Bob", rng)
    contents.add([Turn("c1", "1", "Ann Lee", "I live in Porto.", datetime(2024, 1, 1))],
                 [Fact(ann, "livesIn", Entity("Porto", "Place", "ex:porto"), sources=(Provenance("c1", "1"),))],
                 {"livesIn"})
    contents.add([Turn("c1", "2", "Bob", "Ann moved to Oslo.", datetime(2024, 2, 1))],
                 [Fact(ann, "livesIn", Entity("Oslo", "Place", "ex:oslo"), sources=(Provenance("c1", "2"),),
                       valid_from=datetime(2024, 2, 1)), Fact(bob, "knows", ann)], {"livesIn"})
    contents.save()
    expected = contents.index()
    monkeypatch.setattr(FactTables, "FORMAT", FactTables.FORMAT + 1)
    loaded = Contents.load(tmp_path)
    assert loaded is not None
    _same_tables(loaded)
    assert loaded.index().names == expected.names and loaded.index().changed_values == expected.changed_values


def _written(tmp_path: Path) -> Contents:
    """Entries of every kind a log holds by column: aware and naive times, turns without a time, facts
    with no, one and two sources, literal objects, an entity whose aliases change, closed facts."""
    from datetime import timezone

    contents = Contents(tmp_path)
    ann, porto = Entity("Ann Lee", "Person", "ex:ann"), Entity("Porto", "Place", "ex:porto")
    aware = datetime(2024, 3, 1, 9, tzinfo=timezone(timedelta(hours=2)))
    contents.add([Turn("c1", "D1:9", "Ann Lee", "I live in Porto.", datetime(2024, 1, 1)),
                  Turn("c1", "D1:10", "Bob", "I am 41.", aware), Turn("c2", "1", "Bob", "Hi.")],
                 [Fact(ann, "livesIn", porto, sources=(Provenance("c1", "D1:9", "Ann Lee", datetime(2024, 1, 1)),)),
                  Fact(Entity("Bob", "Person", "ex:bob"), "age", 41, confidence=0.5,
                       sources=(Provenance("c1", "D1:10", "Bob", aware), Provenance("c2", "1"))),
                  Fact(ann, "knows", Entity("Bob", "Person", "ex:bob"), iri="ex:f1")], {"livesIn"})
    contents.save()  # a snapshot, then appended records
    annie = Entity("Ann Lee", "Person", "ex:ann", aliases=("Annie",))
    contents.add([Turn("c1", "D2:1", "Ann Lee", "I moved to Oslo.", datetime(2024, 5, 1))],
                 [Fact(annie, "livesIn", Entity("Oslo", "Place", "ex:oslo"), valid_from=datetime(2024, 5, 1),
                       sources=(Provenance("c1", "D2:1"),))], {"livesIn"})
    return contents


def test_entries_read_back_by_column_are_those_written(tmp_path: Path) -> None:
    written = _written(tmp_path)
    loaded = Contents.load(tmp_path)
    assert loaded is not None
    mine, theirs = written.index(), loaded.index()
    assert list(theirs.facts) == list(mine.facts)
    assert [f.iri for f in theirs.facts] == [f.iri for f in mine.facts]
    assert [f.sources for f in theirs.facts] == [f.sources for f in mine.facts]
    assert list(theirs.turns) == list(mine.turns) and theirs.turn_time == mine.turn_time
    assert theirs.fact_docs == mine.fact_docs and theirs.names == mine.names
    assert [e.order for e in loaded.turns.values()] == [e.order for e in written.turns.values()]
    _same_tables(loaded)


def test_a_write_after_reading_the_log_follows_the_store_rules(tmp_path: Path) -> None:
    written = _written(tmp_path)
    loaded = Contents.load(tmp_path)
    assert loaded is not None
    later = ([Turn("c1", "D3:1", "Ann Lee", "I moved to Rome.", datetime(2024, 9, 1))],
             [Fact(Entity("Ann Lee", "Person", "ex:ann"), "livesIn", Entity("Rome", "Place", "ex:rome"),
                   valid_from=datetime(2024, 9, 1), sources=(Provenance("c1", "D3:1"),))], {"livesIn"})
    for contents in (written, loaded):
        contents.add(*later)
    assert list(loaded.index().facts) == list(written.index().facts)
    assert loaded.index().fact_docs[-2:] == ["Ann Lee lived in Oslo (since 2024-05-01, until 2024-09-01)",
                                             "Ann Lee lives in Rome (since 2024-09-01)"]
    assert loaded.drop(facts=["ex:f1"]) == [] and len(loaded.facts) == len(written.facts) - 1
