"""The torch key-value memory over the graph: reads, updates from the store, saved state."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from kg_memory import Entity, Fact, Memory  # noqa: E402
from kg_memory.neural import KeyValueMemory, KVConfig  # noqa: E402


def small_memory() -> Memory:
    memory = Memory()
    memory.add("Ann Lee", "livesIn", "Lisbon")
    memory.add("Ann Lee", "worksFor", "Acme")
    memory.add("Bob Stone", "livesIn", "Porto")
    memory.add("Bob Stone", "worksFor", "Globex")
    memory.add("Ann Lee", "sibling", "Cleo Lee")
    memory.add("张三", "livesIn", "北京")
    return memory


def top(kv: KeyValueMemory, question: str) -> tuple[str, str, str]:
    f = kv.ask(question, 3).facts[0]
    return f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object)


@pytest.mark.parametrize(("question", "expected"), [
    ("Where does Ann Lee live?", ("Ann Lee", "livesIn", "Lisbon")),
    ("Who does Ann Lee work for?", ("Ann Lee", "worksFor", "Acme")),
    ("Where does Bob Stone live?", ("Bob Stone", "livesIn", "Porto")),
    ("Who is Cleo Lee's sister?", ("Ann Lee", "sibling", "Cleo Lee")),  # read from the object's end
    ("Where does Bob Stnoe live?", ("Bob Stone", "livesIn", "Porto")),  # a typo in the name
    ("张三住在哪里？", ("张三", "livesIn", "北京")),
])
def test_read_finds_the_fact_a_question_asks_for(question: str, expected: tuple[str, str, str]) -> None:
    kv = small_memory().neural()
    assert top(kv, question) == expected


def test_read_is_an_attention_over_keys_returning_values() -> None:
    kv = small_memory().neural()
    query = kv.encode_question("Where does Bob Stone live?")
    found = kv.read(query, k=2)
    value, weights = kv(query[None, :])  # the exact, differentiable attention
    assert value.shape == (1, kv.values.shape[1]) and weights.shape == (1, kv.keys.shape[0])
    assert abs(float(weights.sum()) - 1.0) < 1e-5
    assert torch.allclose(value[0], found.value, atol=1e-4)  # the fast read agrees with the exact one
    assert found.weights[0] > 0.9 and found.weights[0] >= found.weights[1]
    # the read value is (nearly) the name vector of the answer, Porto
    porto = torch.from_numpy(kv.space.names.encode(["Porto"])[0])
    assert float(found.value @ porto) > 0.9


def test_two_hop_read_follows_the_value() -> None:
    memory = small_memory()
    memory.add("Cleo Lee", "worksFor", "Initech")
    assert top(memory.neural(), "Where does Ann Lee's sister work?") == ("Cleo Lee", "worksFor", "Initech")


def test_update_after_add_close_and_forget() -> None:
    memory = small_memory()
    kv = memory.neural()
    assert len(kv) == 6
    memory.add("Ann Lee", "livesIn", "Madrid")  # closes Ann's Lisbon fact
    memory.add("Dan Wu", "livesIn", "Osaka")
    assert memory.neural() is kv and len(kv) == 7
    assert top(kv, "Where does Ann Lee live?") == ("Ann Lee", "livesIn", "Madrid")
    assert top(kv, "Where does Dan Wu live?") == ("Dan Wu", "livesIn", "Osaka")
    assert "Lisbon" not in {f.object.label for f in kv.facts if isinstance(f.object, Entity)}
    memory.forget(entity="Bob Stone")
    memory.neural()
    assert {f.subject.label for f in kv.facts}.isdisjoint({"Bob Stone"})
    assert kv.keys.shape[0] == len(kv) + 1  # one symmetric fact, two keys
    assert top(kv, "Where does Ann Lee live?") == ("Ann Lee", "livesIn", "Madrid")


def test_update_keeps_the_rows_of_facts_that_stay() -> None:
    kv = KeyValueMemory()
    facts = [Fact(Entity(f"Person {i}", iri=f"urn:p{i}"), "livesIn", Entity("Lisbon"), iri=f"urn:f{i}")
             for i in range(5)]
    assert kv.update(facts) == (5, 0)
    before = {f.iri: kv.keys[kv.fact_of == i][0].clone() for i, f in enumerate(kv.facts)}
    assert kv.update(facts[1:] + [Fact(Entity("Person 9"), "livesIn", Entity("Porto"), iri="urn:f9")]) == (1, 1)
    assert kv.update(kv.facts) == (0, 0)
    for i, f in enumerate(kv.facts):
        if f.iri in before:
            assert torch.equal(kv.keys[kv.fact_of == i][0], before[f.iri])
    assert sorted(f.iri for f in kv.facts) == ["urn:f1", "urn:f2", "urn:f3", "urn:f4", "urn:f9"]


def test_state_dict_saves_and_loads(tmp_path) -> None:
    kv = small_memory().neural()
    state = kv.state_dict()
    assert state["keys"].shape == (7, 96) and state["values"].shape == (7, 64)
    other = KeyValueMemory()
    other.load_state_dict(state)
    assert torch.equal(other.keys, kv.keys) and torch.equal(other.fact_of, kv.fact_of)
    assert top(other, "Where does Bob Stone live?") == ("Bob Stone", "livesIn", "Porto")
    kv.save(tmp_path / "kv.pt")
    loaded = KeyValueMemory.load(tmp_path / "kv.pt")
    assert [f.iri for f in loaded.facts] == [f.iri for f in kv.facts]
    assert top(loaded, "张三住在哪里？") == ("张三", "livesIn", "北京")


def test_inverted_file_reads_agree_with_exact_reads(tmp_path) -> None:
    facts = [Fact(Entity(f"Person {i} Name{i % 37}"), "livesIn", Entity(f"City {i % 11}")) for i in range(600)]
    facts += [Fact(Entity(f"Person {i} Name{i % 37}"), "worksFor", Entity(f"Firm {i % 7}")) for i in range(600)]
    exact = KeyValueMemory()
    indexed = KeyValueMemory(KVConfig(index_from=100, nprobe=4))
    exact.update(facts)
    indexed.update(facts)
    assert indexed.centroids.shape[0] > 0 and exact.centroids.shape[0] == 0
    for i in range(0, 600, 37):
        question = f"Where does Person {i} Name{i % 37} live?"
        assert top(indexed, question) == top(exact, question) == (f"Person {i} Name{i % 37}", "livesIn", f"City {i % 11}")
    indexed.update(facts[:300])  # below half the size trained on: retrained
    assert top(indexed, "Where does Person 5 Name5 live?") == ("Person 5 Name5", "livesIn", "City 5")
    indexed.save(tmp_path / "ivf.pt")
    assert top(KeyValueMemory.load(tmp_path / "ivf.pt"), "Where does Person 7 Name7 live?")[2] == "City 7"


def test_sentence_keys_need_an_encoder() -> None:
    from kg_memory.errors import InputError

    with pytest.raises(InputError):
        KeyValueMemory(KVConfig(sentence_weight=0.5))
