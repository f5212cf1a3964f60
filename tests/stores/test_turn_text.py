"""Issue 16: a write batch sends the turns new to the store straight as N-Triples text (no triple by
triple bookkeeping); what it stores, and the counts stats() keeps, equal those of turns inserted one
triple at a time, including a turn given twice in a batch, a turn stored already, a turn a fact
cites, a stub turn, and turns pinned or stripped later."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg_memory import ids
from kg_memory.stores._rdf_batch import TripleBatch
from kg_memory.stores._rdf_layout import CONVERSATION, GENERATED, IN_CONV, LABEL, SPEAKER, TEXT, TURN, TURN_ID, A
from kg_memory.stores.rdf import RdfStore
from kg_memory.terms import to_literal
from kg_memory.types import Entity, Fact, Provenance, Turn
from kg_memory.vocab import Vocabulary

ALICE = Entity("Alice", "Person", ids.entity_iri("Alice", "Person"))
PARIS = Entity("Paris", "Place", ids.entity_iri("Paris", "Place"))
WHEN = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
AGE = Vocabulary.load().predicate_iri("age")


class _TripleByTriple(TripleBatch):
    """The reference: every turn inserted one triple at a time."""

    def add_turn(self, turn: Turn) -> ox.NamedNode:
        node = ox.NamedNode(ids.turn_iri(turn.conversation, turn.turn))
        conv = ox.NamedNode(ids.conversation_iri(turn.conversation))
        self.insert(conv, A, CONVERSATION)
        self.insert(conv, LABEL, ox.Literal(turn.conversation))
        self.insert(node, A, TURN)
        self.insert(node, IN_CONV, conv)
        self.insert(node, TURN_ID, ox.Literal(str(turn.turn)))
        if turn.speaker:
            self.insert(node, SPEAKER, ox.Literal(turn.speaker))
        if turn.text:
            self.insert(node, TEXT, ox.Literal(turn.text))
        if turn.time is not None:
            self.insert(node, GENERATED, to_literal(turn.time))
        return node


class _Reference(RdfStore):
    def _batch(self, namespace: str) -> TripleBatch:
        plain = super()._batch(namespace)
        return _TripleByTriple(plain.db, plain.graph, plain.vocabulary)


TURNS = [Turn("c1", "0", "Alice", 'I live in "Paris".\n\tÉté 北京', WHEN), Turn("c1", "1", "Bob", "Nice", None),
         Turn("c1", "0", "Alice", "given twice, another text", WHEN), Turn("c2", "x y/1", "", "", WHEN)]


def _writes(store: RdfStore) -> None:
    cited = Provenance("c1", "0", "Alice", WHEN)
    stub = Provenance("c1", "7", "Bob", WHEN)  # a turn the batch does not give: a stub
    store.add([Fact(ALICE, "livesIn", PARIS, sources=(cited,)), Fact(ALICE, "age", 30, sources=(stub,))],
              namespace="ns", turns=TURNS)
    store.add([], namespace="ns", turns=[*TURNS[:2], Turn("c1", "2", "Carol", "Hello", WHEN)])  # stored, and new
    store.add([Fact(ALICE, "age", 31, sources=(Provenance("c1", "3", "Alice", WHEN),))], namespace="ns",
              turns=[Turn("c1", "3", "Alice", "I am 31", WHEN)], functional={AGE})
    store.pin([ids.turn_iri("c1", "2")], namespace="ns")
    store.strip_turns([ids.turn_iri("c1", "1")], namespace="ns")


def _dump(store: RdfStore) -> list[str]:
    out = io.BytesIO()
    store.dump(out, format="nq")
    return sorted(out.getvalue().decode().splitlines())


@pytest.mark.parametrize("persistent", [False, True])
def test_turns_written_as_text_store_what_triple_by_triple_inserts_store(tmp_path: Path, persistent: bool):
    store = RdfStore(tmp_path / "s" if persistent else None)
    reference = _Reference()
    _writes(store)
    _writes(reference)
    assert _dump(store) == _dump(reference)
    assert store.stats(namespace="ns") == reference._scan_stats("ns") == store._scan_stats("ns")
    turns = {t.turn: t for t in store.turns(namespace="ns")}
    assert set(turns) == {"0", "2", "3", "7", "x y/1"}  # "1" stripped: no fact cites it
    assert (turns["2"].text, turns["2"].speaker, turns["2"].time) == ("Hello", "Carol", WHEN)
    assert (turns["7"].text, turns["7"].speaker) == ("", "Bob")  # the stub
    assert store.stats(namespace="ns")["turns"] == 5
    ages = store.facts(namespace="ns", subject=ALICE.iri, predicate="age", history=True)
    assert sorted((f.object, f.valid_to is None) for f in ages) == [(30, False), (31, True)]
    store.close()


def test_a_batch_reads_and_changes_a_turn_it_writes_as_text():
    store = RdfStore()
    batch = store._batch("ns")
    node = batch.add_turn(Turn("c1", "0", "Alice", "Hello", WHEN))
    assert batch.written_turns == 1
    assert [o.value for _, _, o in batch.match(node, TEXT, None)] == ["Hello"]  # read: inserted triple by triple
    assert batch.written_turns == 0
    batch.delete(node, TEXT, ox.Literal("Hello"))
    store._commit(batch)
    (turn,) = store.turns(namespace="ns")
    assert (turn.speaker, turn.text) == ("Alice", "")
    assert store.stats(namespace="ns") == store._scan_stats("ns")
