"""``forget(entity=...)`` removes everything about the entity and nothing else, on every backend.

What a user would check after forgetting Mallory: SPARQL over all graphs (Cypher over all nodes on
Neo4j), the RDF dump, a graphml export, recall, lookup and the merge log hold no trace of her; the
side files beside a store on disk (fuzzy index rows, merge log, cached embeddings) neither; Bob's
fact learned from a turn that mentioned her is still there, with that turn as a text-less stub.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from kg_memory import Memory, Turn
from kg_memory.errors import UnsupportedOperation
from kg_memory.recall.index import RecallIndex
from kg_memory.resolve import EntityResolver
from kg_memory.stores import Store
from tests.stores.backends import BACKENDS, make_store
from tests.stores.conftest import neo4j_store_factory, sparql_endpoint_store_factory  # noqa: F401  (fixtures)

SECRET = "Mallory told me she likes cats."
TURNS = [
    ("Alice", "Mallory lives in Paris."),
    ("Alice", SECRET),  # no fact comes from it
    ("Alice", "My friend Mallory has a sister."),  # Mallory sibling "Mallory's sister"; Alice friend Mallory
    ("Alice", "Bob lives in Berlin with Mallory."),  # Bob's fact, learned from a turn that mentions her
    ("Bob", "I work at Acme."),
    ("Mallory", "I like jazz."),  # her own words
    ("Alice", "Malory is 30 years old."),  # a fuzzy merge into Mallory (threshold 0.8 below)
    ("Alice", "I live in Lyon."),
]
GONE = ("mallory", "malory", "likes cats", "jazz")


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = make_store(request.param, request, tmp_path)
    with s:
        yield s


def _memory(store: Store) -> Memory:
    return Memory(store, resolver=EntityResolver(store, threshold=0.8))


def _remember(memory: Memory) -> None:
    memory.remember([Turn("c1", str(i), speaker, text) for i, (speaker, text) in enumerate(TURNS, 1)])


def _readable(memory: Memory, tmp_path: Path) -> str:
    """Everything a user can read out of the memory, as one lower-case text."""
    store = memory.store
    parts: list[str] = []
    if store.query_language == "sparql":
        rows = memory.query("SELECT ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }").rows
        parts += [str(term) for row in rows for term in row]
    if store.query_language == "cypher":
        parts += [str(r) for r in memory.cypher("MATCH (n) RETURN properties(n)").rows]
        parts += [str(r) for r in memory.cypher("MATCH ()-[r]->() RETURN properties(r)").rows]
    if store.rdf_native:
        import io

        out = io.BytesIO()
        store.dump(out, format="nq")
        parts.append(out.getvalue().decode("utf-8"))
    memory.export(tmp_path / "memory.graphml")
    parts.append((tmp_path / "memory.graphml").read_text(encoding="utf-8"))
    parts += [r.text + repr(r.turns) + repr(r.fact) for r in memory.recall("What does Mallory like? Malory's age?", 20)]
    parts += [e.label + " ".join(e.aliases) for e, _ in memory.lookup("Mallory", 10)]
    parts += [repr(m) for m in memory.merges()]
    parts += [repr(t) for t in memory.turns()]
    return "\n".join(parts).casefold()


def _files(directory: Path) -> str:
    return "\n".join(p.read_bytes().decode("latin-1") for p in directory.rglob("*") if p.is_file()).casefold()


def test_forget_entity_removes_everything_about_her_and_nothing_else(store: Store, tmp_path: Path) -> None:
    memory = _memory(store)
    _remember(memory)
    assert [m.mention for m in memory.merges()] == ["Malory"]
    before = _readable(memory, tmp_path)
    assert all(word in before for word in GONE)

    assert memory.forget(entity="Mallory") == 5  # livesIn, sibling, friend, likes, age (merged "Malory")

    after = _readable(memory, tmp_path)
    assert [word for word in GONE if word in after] == []
    labels = sorted(e.label for e in store.entities())
    assert labels == ["Acme", "Alice", "Berlin", "Bob", "Lyon"]  # "Mallory's sister", "Paris", "jazz" went
    facts = {(f.subject.label, f.predicate, f.object.label): f for f in memory.facts()}  # type: ignore[union-attr]
    assert sorted(facts) == [("Alice", "livesIn", "Lyon"), ("Bob", "livesIn", "Berlin"), ("Bob", "worksFor", "Acme")]
    berlin = facts[("Bob", "livesIn", "Berlin")]
    assert [(s.conversation, s.turn, s.speaker) for s in berlin.sources] == [("c1", "4", "Alice")]
    turns = {t.turn: (t.speaker, t.text) for t in memory.turns()}
    assert turns == {"4": ("Alice", ""), "5": ("Bob", "I work at Acme."), "8": ("Alice", "I live in Lyon.")}


def test_forget_entity_learned_from_her_own_words_keeps_a_stub_without_her_name(store: Store) -> None:
    memory = _memory(store)
    memory.remember([Turn("c1", "1", "Mallory", "Bob lives in Berlin."), Turn("c1", "2", "Alice", "Mallory likes jazz.")])
    memory.forget(entity="Mallory")
    (fact,) = memory.facts("Bob")
    assert [(s.conversation, s.turn, s.speaker) for s in fact.sources] == [("c1", "1", None)]
    assert [(t.turn, t.speaker, t.text) for t in memory.turns()] == [("1", "", "")]


def _cache_keys(directory: Path) -> set[str]:
    keys: set[str] = set()
    for path in directory.rglob("embeddings-*.npz"):
        with np.load(path) as data:
            keys |= set(data["keys"].tolist())
    return keys


def test_forget_entity_cleans_the_side_files_at_once(tmp_path: Path) -> None:
    directory = tmp_path / "store"
    memory = _memory(make_store("disk", None, tmp_path))  # type: ignore[arg-type]
    _remember(memory)
    memory.recall("What does Mallory like?")  # fills the embedding cache
    memory.resolver.save()  # the fuzzy index on disk
    store = memory.store
    index = RecallIndex(list(store.turns()), list(store.facts(history=True)), list(store.entities()))
    secret = {hashlib.sha1(d.encode("utf-8")).hexdigest()[:16]
              for d in [*index.turn_docs, *index.dialogue_docs, *index.fact_docs] if "allory" in d}
    assert secret and secret <= _cache_keys(directory)
    side = _files(directory / "index")
    assert "mallory" in side and "malory" in side

    memory.forget(entity="Mallory")

    assert not secret & _cache_keys(directory)
    side = _files(directory / "index")
    assert "mallory" not in side and "malory" not in side
    assert "acme" in side  # the rows of the others stay
    assert [e.label for e, _ in memory.lookup("Bob", 1)] == ["Bob"]
    memory.close()


def test_purge_rewrites_the_store_files_without_the_forgotten_text(tmp_path: Path) -> None:
    directory = tmp_path / "store"
    memory = _memory(make_store("disk", None, tmp_path))  # type: ignore[arg-type]
    _remember(memory)
    memory.close()
    assert "likes cats" in _files(directory)  # plain in Oxigraph's files: the grep can see it
    with _memory(make_store("disk", None, tmp_path)) as memory:  # type: ignore[arg-type]
        memory.forget(entity="Mallory", purge=True)
        assert sorted(f.predicate for f in memory.facts("Bob")) == ["livesIn", "worksFor"]
        text = _files(directory)
        assert [word for word in GONE if word in text] == []
    with _memory(make_store("disk", None, tmp_path)) as memory:  # type: ignore[arg-type]
        assert sorted(f.predicate for f in memory.facts("Bob")) == ["livesIn", "worksFor"]
        assert memory.stats()["turns"] == 3


def test_purge_is_refused_before_forgetting_where_the_store_cannot(store: Store) -> None:
    memory = _memory(store)
    _remember(memory)
    if store.purgeable:  # the embedded store: the purge happens and Mallory is gone
        memory.forget(entity="Mallory", purge=True)
        assert not any(e.label == "Mallory" for e, _ in memory.lookup("Mallory"))
        return
    with pytest.raises(UnsupportedOperation):
        memory.forget(entity="Mallory", purge=True)
    assert memory.entity("Mallory").label == "Mallory"


def test_cli_forget_purge_leaves_the_text_out_of_the_store_files(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg_memory.cli import cli

    directory = tmp_path / "store"
    with Memory(directory) as memory:
        _remember(memory)  # without the low merge threshold: "Malory" stays someone else
    assert "likes cats" in _files(directory)
    result = CliRunner().invoke(cli, ["forget", "-s", str(directory), "--entity", "Mallory", "--purge"])
    assert result.exit_code == 0, result.output
    assert "forgot 4 fact(s)" in result.output
    assert [word for word in ("mallory", "likes cats", "jazz") if word in _files(directory)] == []
    with Memory(directory) as memory:
        assert sorted(f.predicate for f in memory.facts("Bob")) == ["livesIn", "worksFor"]


@pytest.mark.parametrize("kind", ["memory", "disk"])
def test_forget_entity_removes_facts_loaded_from_rdf_files(kind: str, tmp_path: Path) -> None:
    import io

    ttl = (b"@prefix ent: <https://w3id.org/kg-memory/id/> . @prefix kgm: <https://w3id.org/kg-memory/ns#> .\n"
           b"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
           b'ent:person.mallory a kgm:Person ; rdfs:label "Mallory" ; kgm:livesIn ent:place.paris .\n'
           b'ent:place.paris a kgm:Place ; rdfs:label "Paris" .\n'
           b'ent:person.bob a kgm:Person ; rdfs:label "Bob" ; kgm:knows ent:person.mallory ; kgm:livesIn ent:place.rome .\n'
           b'ent:place.rome a kgm:Place ; rdfs:label "Rome" .\n')
    memory = _memory(make_store(kind, None, tmp_path))  # type: ignore[arg-type]
    memory.ingest(io.BytesIO(ttl), format="ttl")
    assert memory.forget(entity="Mallory") == 2
    assert [(f.subject.label, f.predicate, f.object.label) for f in memory.facts()] == [("Bob", "livesIn", "Rome")]  # type: ignore[union-attr]
    assert sorted(e.label for e in memory.store.entities()) == ["Bob", "Rome"]


def test_forget_a_chinese_name_redacts_the_turns_that_mention_it() -> None:
    memory = Memory()
    memory.remember([Turn("c1", "1", "李四", "张三住在北京。"), Turn("c1", "2", "李四", "张三告诉我她喜欢猫。"),
                     Turn("c1", "3", "王五", "我住在上海。")])
    assert memory.forget(entity="张三") == 1
    assert [(t.turn, t.text) for t in memory.turns()] == [("3", "我住在上海。")]
    assert sorted(e.label for e in memory.store.entities()) == ["上海", "王五"]


def test_a_purge_cut_short_by_a_crash_is_completed_or_undone_at_the_next_open(tmp_path: Path) -> None:
    import shutil

    directory = tmp_path / "store"
    with Memory(directory) as memory:
        memory.add("Alice", "livesIn", "Paris")
    db = directory / "oxigraph"
    shutil.copytree(db, directory / "oxigraph.new")  # the copy was complete ...
    db.rename(directory / "oxigraph.old")  # ... and the crash came between the two renames
    with Memory(directory) as memory:
        assert [f.object.label for f in memory.facts("Alice")] == ["Paris"]  # type: ignore[union-attr]
    assert sorted(p.name for p in directory.iterdir() if p.name.startswith("oxigraph")) == ["oxigraph"]
    (directory / "oxigraph.new").mkdir()  # a copy under way when the crash came
    (directory / "oxigraph.new" / "000001.sst").write_bytes(b"partial")
    with Memory(directory) as memory:
        assert [f.object.label for f in memory.facts("Alice")] == ["Paris"]  # type: ignore[union-attr]
    assert sorted(p.name for p in directory.iterdir() if p.name.startswith("oxigraph")) == ["oxigraph"]
