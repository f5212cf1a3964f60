"""Issue 16: the embedded store reads an entity's facts with fewer lookups (a reader skips the details
and names the graph holds none of, and a statement with details needs no type test) and compacts its
files on request (``RdfStore.optimize``, ``kgmem optimize``); what it reads stays the same."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg_memory import Memory, ids
from kg_memory.cli import cli
from kg_memory.stores._rdf_layout import ALT, CONFIDENCE, OBSERVATION, OCCURRED, PREF, VALID_FROM, ReadCache, Reader
from kg_memory.stores.rdf import RdfStore
from kg_memory.types import Entity, Fact, Provenance, Turn

KGM = "https://w3id.org/kg-memory/ns#"
ALICE = Entity("Alice", "Person", "https://w3id.org/kg-memory/id/person.alice")
PARIS = Entity("Paris", "Place", "https://w3id.org/kg-memory/id/place.paris")


def test_a_reader_looks_up_only_the_details_and_names_the_graph_holds(tmp_path: Path):
    store = RdfStore(tmp_path / "s")
    store.add([Fact(ALICE, "livesIn", PARIS, confidence=0.8)])
    cache = ReadCache()
    reader = Reader(store.db, ox.DefaultGraph(), cache)
    fact = reader.fact(ox.NamedNode(ALICE.iri), ox.NamedNode(KGM + "livesIn"), ox.NamedNode(PARIS.iri))
    assert fact.confidence == 0.8 and fact.object == PARIS
    assert cache.present == {CONFIDENCE: True, VALID_FROM: False, OCCURRED: False, OBSERVATION: False,
                             ALT: False, PREF: False}
    store.close()


@pytest.mark.parametrize("persistent", [False, True])
def test_details_and_names_written_after_a_read_show_in_the_next_read(tmp_path: Path, persistent: bool):
    store = RdfStore(tmp_path / "s" if persistent else None)
    store.add([Fact(ALICE, "livesIn", PARIS)])
    [first] = store.facts(subject=ALICE.iri)  # the graph holds no sources, dates or aliases yet
    assert (first.sources, first.valid_from, first.occurred_at, first.object.aliases) == ((), None, None, ())
    when = datetime(2024, 3, 1, tzinfo=UTC)
    bob = Entity("Bob", "Person", "https://w3id.org/kg-memory/id/person.bob")
    store.add([Fact(bob, "visited", Entity("Paris", "Place", PARIS.iri, aliases=("Paname",)),
                    sources=(Provenance("c1", "1", "Bob", when),), valid_from=when, occurred_at=date(2024, 2, 1))],
              turns=[Turn("c1", "1", "Bob", "I went to Paris", when)])
    [visit] = store.facts(subject=bob.iri)
    assert (visit.valid_from, visit.occurred_at, [s.turn for s in visit.sources]) == (when, date(2024, 2, 1), ["1"])
    assert [f.object.aliases for f in store.facts(subject=ALICE.iri)] == [("Paname",)]
    store.load(io.BytesIO(f'<{PARIS.iri}> <http://www.w3.org/2004/02/skos/core#prefLabel> "巴黎"@zh .\n'.encode()),
               format="nt")
    assert [f.object.labels for f in store.facts(subject=ALICE.iri)] == [(("zh", "巴黎"),)]
    store.close()


def test_statements_read_the_same_with_or_without_their_type(tmp_path: Path):
    """A loaded graph may hold a statement without ``a :Fact``, one with the type and no details, or
    no statement at all: each current fact reads as it did when every fact was read from its type."""
    store = RdfStore(tmp_path / "s")
    s, p = ALICE.iri, KGM + "livesIn"
    untyped, typed, bare = (f"https://w3id.org/kg-memory/id/place.{c}" for c in ("rome", "oslo", "lima"))
    lines = [f"<{s}> <{p}> <{o}> ." for o in (untyped, typed, bare)]
    lines.append(f'<{ids.fact_iri(s, p, f"<{untyped}>")}> <{KGM}confidence> "0.4"^^<http://www.w3.org/2001/XMLSchema#double> .')
    lines.append(f"<{ids.fact_iri(s, p, f'<{typed}>')}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KGM}Fact> .")
    store.load(io.BytesIO("\n".join(lines).encode()), format="nt")
    read = {f.object.iri: (f.confidence, f.iri) for f in store.facts(subject=s)}
    assert read == {untyped: (0.4, ids.fact_iri(s, p, f"<{untyped}>")), typed: (1.0, ids.fact_iri(s, p, f"<{typed}>")),
                    bare: (1.0, None)}
    store.close()


def test_optimize_keeps_the_data_and_the_store_writable(tmp_path: Path):
    store = RdfStore(tmp_path / "s")
    for i in range(3):  # three bulk loads: three sets of files to merge
        store.load(io.BytesIO(f'<{ALICE.iri}> <{KGM}knows> <https://w3id.org/kg-memory/id/person.p{i}> .\n'.encode()),
                   format="nt")
    before = sorted(f.object.iri for f in store.facts(subject=ALICE.iri))
    store.optimize()
    assert sorted(f.object.iri for f in store.facts(subject=ALICE.iri)) == before
    store.add([Fact(ALICE, "livesIn", PARIS)])
    assert store.stats()["facts"] == 4
    store.close()
    RdfStore().optimize()  # in memory: nothing to do


def test_kgmem_optimize_compacts_an_existing_store(tmp_path: Path):
    runner, store = CliRunner(), tmp_path / "s"
    assert runner.invoke(cli, ["add", "Alice", "livesIn", "Paris", "--store", str(store)]).exit_code == 0
    result = runner.invoke(cli, ["optimize", "--store", str(store), "-f", "json"])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert row["store"] == str(store) and row["optimized_in_s"] >= 0
    with Memory(store) as memory:
        assert [f.object.label for f in memory.facts("Alice", "livesIn")] == ["Paris"]
    missing = runner.invoke(cli, ["optimize", "--store", str(tmp_path / "none")])
    assert missing.exit_code != 0 and not (tmp_path / "none").exists()


def test_an_entitys_facts_take_its_names_from_the_scan_of_its_triples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """``facts(subject=...)`` scans all the subject's triples, names and types included: the subject's
    entity is made from them (no lookups of its own), the same as :meth:`Reader.entity` reads it."""
    store = RdfStore(tmp_path / "s")
    store.add([Fact(Entity("Alice", "Person", ALICE.iri, aliases=("Ally", "Al"), labels=(("zh", "爱丽丝"),)),
                    "livesIn", PARIS, confidence=0.8)])
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    extra = [f'<{ALICE.iri}> <http://www.w3.org/2000/01/rdf-schema#label> "Alice Liddell" .',
             f"<{ALICE.iri}> <{rdf}type> <{KGM}Agent> .", f"<{ALICE.iri}> <{rdf}type> <http://schema.org/Person> ."]
    store.load(io.BytesIO("\n".join(extra).encode()), format="nt")
    looked_up: list[object] = []
    for name in ("_one", "_values"):
        real = getattr(Reader, name)
        monkeypatch.setattr(Reader, name, lambda self, s, p, _real=real: looked_up.append(s) or _real(self, s, p))
    [fact] = store.facts(subject=ALICE.iri)
    assert ox.NamedNode(ALICE.iri) not in looked_up and ox.NamedNode(PARIS.iri) in looked_up
    monkeypatch.undo()
    assert fact.subject == Reader(store.db, ox.DefaultGraph()).entity(ox.NamedNode(ALICE.iri))
    assert (fact.subject.aliases, fact.subject.labels) == (("Al", "Ally"), (("zh", "爱丽丝"),))
    assert fact.subject.label in ("Alice", "Alice Liddell") and fact.subject.type in ("Person", "Agent")
    store.close()

