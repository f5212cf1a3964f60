"""Entity resolution at ingestion: duplicates merge, different people stay apart, merges can be undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_memory import Memory, StoreError, Turn
from kg_memory.cli import cli


def _people(memory: Memory) -> list[str]:
    rows = memory.query("SELECT ?name WHERE { ?p a :Person ; rdfs:label ?name } ORDER BY ?name").values()
    return [r["name"] for r in rows]


def test_case_and_spacing_variants_join_one_entity(memory: Memory):
    memory.add("Zhang San", "livesIn", "Beijing")
    memory.add("zhang  san", "worksFor", "Huawei")
    assert _people(memory) == ["Zhang San"]
    assert {f.predicate for f in memory.facts("Zhang San")} == {"livesIn", "worksFor"}


def test_cross_script_and_token_order_merge_and_are_recorded(memory: Memory):
    memory.add("Zhang San", "livesIn", "Beijing")
    memory.remember([Turn("c1", "1", "Li Si", "张三喜欢喝茶。"), Turn("c1", "2", "Li Si", "San Zhang works for Huawei.")])
    assert _people(memory) == ["Zhang San"]
    entity = memory.entity("Zhang San")
    assert set(entity.aliases) >= {"张三", "San Zhang"}
    assert {m.mention for m in memory.merges()} == {"张三", "San Zhang"}
    assert memory.entity("张三").iri == entity.iri


def test_similar_but_different_people_stay_apart(memory: Memory):
    memory.add("Zhang San", "livesIn", "Beijing")
    memory.add("Zhang Shan", "livesIn", "Xi'an")
    memory.add("Maria Garcia", "livesIn", "Madrid")
    memory.add("Mario Garcia", "livesIn", "Rome")
    assert _people(memory) == ["Maria Garcia", "Mario Garcia", "Zhang San", "Zhang Shan"]
    assert memory.merges() == []


def test_types_must_be_compatible(memory: Memory):
    memory.add("Paris", "livesIn", "Lyon")          # Paris the person
    memory.add("Alice", "livesIn", "Paris")         # Paris the place
    kinds = memory.query('SELECT ?t WHERE { ?x rdfs:label "Paris" ; a ?t } ORDER BY ?t').values()
    assert [k["t"].rsplit("#", 1)[1] for k in kinds] == ["Person", "Place"]


def test_lookup_ranks_variants(memory: Memory):
    for name in ["Zhang San", "Zhang Shan", "Li Si", "Wang Wu"]:
        memory.add(name, "age", "30")
    for query in ["Zhang Sna", "zhang san", "张三", "San Zhang"]:
        assert memory.lookup(query, 2)[0][0].label == "Zhang San", query


def test_split_undoes_a_merge(memory: Memory):
    memory.remember([Turn("c1", "1", "Li Si", "Zhang San lives in Beijing.")])
    memory.remember([Turn("c1", "2", "Li Si", "张三喜欢喝茶。")])
    assert [m.mention for m in memory.merges()] == ["张三"]
    new = memory.split("张三")
    assert new.label == "张三"
    assert _people(memory) == ["Zhang San", "张三"]
    assert [f.predicate for f in memory.facts("张三")] == ["likes"]
    assert [f.predicate for f in memory.facts("Zhang San")] == ["livesIn"]
    assert memory.merges() == []


def test_index_and_merges_persist_and_forget_removes(tmp_path: Path):
    store = tmp_path / "store"
    with Memory(store) as memory:
        memory.add("Zhang San", "livesIn", "Beijing")
        memory.add("张三", "worksFor", "Huawei")
    assert list((store / "index").rglob("index.json"))
    with Memory(store) as memory:
        assert [m.mention for m in memory.merges()] == ["张三"]
        assert memory.lookup("Zhang Sna", 1)[0][0].label == "Zhang San"
        memory.forget(entity="Zhang San")
        assert all(e.label != "Zhang San" for e, _ in memory.lookup("Zhang San", 5))


def test_cli_lookup_and_split(tmp_path: Path):
    runner = CliRunner()
    store = str(tmp_path / "store")
    for args in (["add", "Zhang San", "livesIn", "Beijing"], ["add", "San Zhang", "worksFor", "Huawei"]):
        assert runner.invoke(cli, [*args, "--store", store]).exit_code == 0
    out = runner.invoke(cli, ["lookup", "Zhang Sna", "--store", store, "-f", "csv"])
    assert out.exit_code == 0 and out.output.splitlines()[1].startswith("Zhang San,Person,")
    merges = runner.invoke(cli, ["merges", "--store", store, "-f", "csv"])
    assert "San Zhang" in merges.output
    out = runner.invoke(cli, ["split", "San Zhang", "--store", store])
    assert out.exit_code == 0, out.output
    assert "split" in out.output


@pytest.mark.parametrize("persistent", [False, True])
def test_a_committed_merge_survives_a_later_failed_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         persistent: bool):
    store = tmp_path / "store" if persistent else None
    with Memory(store) as memory:
        memory.add("Zhang San", "livesIn", "Beijing")
        memory.add("张三", "livesIn", "Beijing")          # a merge, and no new entity
        assert [m.mention for m in memory.merges()] == ["张三"]

        def fail(*args: object, **kwargs: object) -> None:
            raise StoreError("disk full")

        monkeypatch.setattr(memory.store, "add", fail)
        with pytest.raises(StoreError):
            memory.add("San Zhang", "worksFor", "Huawei")  # a merge in a batch that fails
        monkeypatch.undo()
        assert [m.mention for m in memory.merges()] == ["张三"]
    if persistent:
        with Memory(store) as memory:
            assert [m.mention for m in memory.merges()] == ["张三"]


def test_add_types_a_subject_by_the_domain_of_the_predicate(memory: Memory):
    pycon = memory.add("PyCon 2024", "location", "Pittsburgh")     # location has no domain: a Thing
    assert pycon.subject.type == "Thing" and pycon.subject.iri.endswith("/thing.pycon_2024")
    assert pycon.object.type == "Place"
    assert memory.add("EuroPython", "date", "2024-07-08").subject.type == "Event"
    assert memory.add("Alice", "livesIn", "Paris").subject.type == "Person"


def test_a_batch_of_new_names_is_encoded_in_one_call(tmp_path: Path):
    """Issue 16: resolving a batch encodes its new names together, with the same outcome as
    resolving them one by one."""
    from kg_memory.fuzzy import load_default_encoder
    from kg_memory.resolve import EntityResolver
    from kg_memory.stores import open_store
    from kg_memory.types import Entity

    class Counting:
        def __init__(self) -> None:
            self.inner, self.calls = load_default_encoder(), 0
            self.config = self.inner.config

        def encode(self, names):
            self.calls += 1
            return self.inner.encode(names)

    batch = [Entity(n, t) for n, t in [("Zhang San", "Person"), ("Li Si", "Person"), ("San Zhang", "Person"),
                                        ("Beijing", "Place"), ("Angela Merkel", "Person"), ("张三", "Person")]]
    outcomes = []
    for prepared in (False, True):
        resolver = EntityResolver(open_store())
        resolver.resolve(Entity("Olaf Scholz", "Person"), "default")
        index = resolver._index("default")  # noqa: SLF001
        assert index is not None
        index.encoder = counting = Counting()
        if prepared:
            resolver.prepare(batch, "default")
        outcomes.append([resolver.resolve(e, "default").iri for e in batch])
        calls = counting.calls
    assert outcomes[0] == outcomes[1]
    assert outcomes[1][0] == outcomes[1][2] == outcomes[1][5]  # variants of a new name merged
    assert calls == 1
