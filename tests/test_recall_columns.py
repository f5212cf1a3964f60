"""Recall's entries are kept on disk column by column and read back lazily (issue 18 item 3: a new
process loads 100,000 turns' index in under two seconds); what a new process derives from them is the
index the writing process had, field for field."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np

from kg_memory import Entity, Fact, Provenance, Turn
from kg_memory.recall.contents import LOG_NAME, Contents
from kg_memory.recall.index import TURN_FIELDS, RecallIndex, Turns, frozen_maker
from kg_memory.recall.lexical import BM25, pairs

ANN = Entity("Ann Lee", "Person", "ex:ann", aliases=("Annie",))
BOB = Entity("Bob", "Person", "ex:bob")
PORTO, LISBON = Entity("Porto", "Place", "ex:porto"), Entity("Lisbon", "Place", "ex:lisbon")


def _turns() -> list[Turn]:
    return [
        Turn("s2", "D1:10", "Ann Lee", "I moved to Lisbon yesterday.", datetime(2024, 3, 2, tzinfo=UTC)),
        Turn("s1", "D1:9", "Ann Lee", "I live in Porto.", datetime(2023, 5, 1)),
        Turn("s1", "D1:10", "Bob", "Nice, Porto is lovely in May.", datetime(2023, 5, 1)),
        Turn("s3", "1", "annie", "no time on this one", None),
        Turn("s2", "D1:2", "Bob", "I turned 40 last week.", datetime(2024, 3, 1, tzinfo=UTC)),
    ]


def _facts() -> list[Fact]:
    said = Provenance("s1", "D1:9", "Ann Lee", datetime(2023, 5, 1))
    moved = Provenance("s2", "D1:10", "Ann Lee", datetime(2024, 3, 2, tzinfo=UTC))
    return [
        Fact(ANN, "livesIn", PORTO, 0.9, (said, Provenance("s1", "D1:10", "Bob")), valid_from=datetime(2023, 5, 1),
             iri="ex:f1"),
        Fact(ANN, "livesIn", LISBON, sources=(moved,), valid_from=datetime(2024, 3, 1, tzinfo=UTC), iri="ex:f2"),
        Fact(BOB, "age", 40, sources=(Provenance("s2", "D1:2", "Bob"),), occurred_at=date(2024, 2, 23)),
        Fact(BOB, "knows", ANN, sources=(Provenance("gone", "7"),), iri="ex:f4"),
    ]


def _written(folder: Path | None) -> Contents:
    contents = Contents(folder)
    turns, facts = _turns(), _facts()
    contents.add(turns[:3], facts[:1], {"livesIn"})
    contents.add(turns[3:], facts[1:], {"livesIn"})
    return contents


def _same_index(a: RecallIndex, b: RecallIndex) -> None:
    assert list(a.turns) == list(b.turns) and [t.time for t in a.turns] == [t.time for t in b.turns]
    assert [vars(f) for f in a.facts] == [vars(f) for f in b.facts]
    for name in ("turn_docs", "fact_docs", "position", "fact_turns", "names", "labels", "entity_facts",
                 "changed_values", "turn_time", "turn_mention", "latest", "max_name_words"):
        assert getattr(a, name) == getattr(b, name), name
    for name in ("previous", "next", "has_time"):
        assert getattr(a, name).tolist() == getattr(b, name).tolist(), name
    assert [s.tolist() for s in a.sessions] == [s.tolist() for s in b.sessions]
    assert {k: v.tolist() for k, v in a.speakers.items()} == {k: v.tolist() for k, v in b.speakers.items()}
    for question in ("Where does Ann live now?", "How old is Bob?", "Porto in May"):
        for kind in ("turns", "dialogue", "facts"):
            assert a.lexical_scores(question, kind).tolist() == b.lexical_scores(question, kind).tolist()


def test_a_new_process_derives_the_index_the_writer_had(tmp_path: Path) -> None:
    written = _written(tmp_path)
    loaded = Contents.load(tmp_path)
    assert loaded is not None
    _same_index(written.index(), loaded.index())
    # and both are the index of the same turns and facts given directly
    direct = RecallIndex(_turns(), [e.fact for e in written.facts.values()], [ANN, BOB, PORTO, LISBON])
    assert sorted(direct.turn_docs) == sorted(loaded.index().turn_docs)
    assert sorted(direct.fact_docs) == sorted(loaded.index().fact_docs)


def test_loaded_entries_take_new_writes_and_drops_like_the_writer(tmp_path: Path) -> None:
    written = _written(tmp_path)
    loaded = Contents.load(tmp_path)
    assert loaded is not None
    later = Turn("s4", "1", "Ann Lee", "I moved back to Porto.", datetime(2025, 1, 1))
    back = Fact(ANN, "livesIn", PORTO, sources=(Provenance("s4", "1", "Ann Lee"),), valid_from=datetime(2025, 1, 1))
    for contents in (written, loaded):
        contents.add([later], [back], {"livesIn"})
        assert contents.drop(turns=[("s1", "D1:10")], facts=["ex:f4"]) == []
    _same_index(written.index(), loaded.index())
    assert "Ann Lee lived in Lisbon (since 2024-03-01, until 2025-01-01)" in loaded.index().fact_docs
    again = Contents.load(tmp_path)
    assert again is not None
    _same_index(written.index(), again.index())


def test_turns_read_from_disk_are_made_only_when_asked_for(tmp_path: Path) -> None:
    _written(tmp_path)
    loaded = Contents.load(tmp_path)
    assert loaded is not None
    index = loaded.index()
    assert isinstance(index.turns, Turns)
    assert all(type(item) is tuple for item in index.turns._items)
    third = index.turns[2]
    assert isinstance(third, Turn) and index.turns[2] is third
    assert sum(type(item) is tuple for item in index.turns._items) == len(index.turns) - 1
    assert index.turns[-2:] == list(index.turns)[-2:]


def test_an_entries_log_of_an_older_format_is_not_read(tmp_path: Path) -> None:
    with (tmp_path / LOG_NAME).open("wb") as out:
        pickle.dump(("kg-memory recall entries", 2), out)
        pickle.dump(("batch", [], ([], np.zeros(0), np.zeros(0)), ([], np.zeros(0), np.zeros(0)), [], []), out)
    assert Contents.load(tmp_path) is None


def test_frozen_maker_makes_what_the_constructor_makes() -> None:
    """Every field of every type the log stores is set (a field added to a type must be stored too)."""
    for value in (*_turns(), *_facts(), ANN, _facts()[0].sources[0]):
        names = [f.name for f in dataclasses.fields(value)]
        made = frozen_maker(type(value), names)(getattr(value, n) for n in names)
        assert made == value and vars(made) == vars(value) and hash(made) == hash(value)
    assert TURN_FIELDS == tuple(f.name for f in dataclasses.fields(Turn))


def test_dialogue_pairs_and_flat_bm25_score_like_the_per_document_ones() -> None:
    rng = np.random.default_rng(0)
    docs = [rng.integers(0, 30, size=rng.integers(0, 8)).astype(np.int32) for _ in range(200)]
    previous = np.asarray([i - 1 if i % 7 else -1 for i in range(len(docs))])
    vocabulary = {f"w{i}": i for i in range(30)}
    joined = [np.concatenate((docs[p], d)) if p >= 0 else d for d, p in zip(docs, previous)]
    lengths = np.asarray([len(d) for d in docs])
    flat, paired = pairs(np.concatenate(docs), lengths, previous)
    assert paired.tolist() == [len(d) for d in joined]
    assert flat.tolist() == np.concatenate(joined).tolist()
    for query in (["w1"], ["w3", "w3", "w29"], ["nothing"]):
        assert (BM25.from_flat(flat, paired, vocabulary).scores(query).tolist()
                == BM25(joined, vocabulary).scores(query).tolist())


def test_session_top_mean_is_the_mean_of_each_sessions_three_best() -> None:
    """The ranker's session features, in array passes (a loop over 60,000 sessions took seconds)."""
    rng = np.random.default_rng(1)
    turns = [Turn(f"c{rng.integers(0, 40)}", str(i), "A", "x") for i in range(500)]
    index = RecallIndex(turns, [])
    for x in (rng.normal(size=500), np.round(rng.normal(size=500), 1), np.where(rng.random(500) < 0.05, np.nan, 1.0)):
        expected = np.zeros(500)
        for rows in index.sessions:
            expected[rows] = np.sort(x[rows])[::-1][:3].mean()
        assert np.array_equal(index.session_top_mean(x), expected, equal_nan=True)


def test_an_index_read_from_disk_pickles(tmp_path: Path) -> None:
    _written(tmp_path)
    loaded = Contents.load(tmp_path)
    assert loaded is not None
    index = loaded.index()
    copy = pickle.loads(pickle.dumps(index.turns))
    assert list(copy) == list(index.turns)
