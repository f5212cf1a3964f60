"""One entity across languages in every backend (issue 13, item 5): a restatement in the other language
adds an observation, the entity keeps a label per language (RDF ``skos:prefLabel "北京"@zh``, Neo4j
``name_zh``), and a numbered speaker is a person of its own conversation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg_memory import Memory, Turn
from kg_memory.stores import Store
from tests.stores.backends import BACKENDS, make_store


@pytest.fixture(params=BACKENDS)
def memory(request: pytest.FixtureRequest, tmp_path) -> Iterator[Memory]:
    """A memory over each backend of the contract suite, empty."""
    store: Store = make_store(request.param, request, tmp_path)
    with Memory(store) as m:
        yield m


def test_one_place_in_two_languages_in_every_store(memory: Memory):
    memory.remember("我出生于北京", speakers={"user": "Zhang San"})
    memory.remember("I was born in Beijing", speakers={"user": "Zhang San"})
    history = memory.history("Zhang San", "birthPlace")
    assert [(f.object.label, f.is_current, len(f.sources)) for f in history] == [("北京", True, 2)]
    places = [e for e in memory.store.entities() if e.type == "Place"]
    assert [(e.label, e.aliases) for e in places] == [("北京", ("Beijing",))]
    assert places[0].labels == (("en", "Beijing"), ("zh", "北京"))


def test_numbered_speakers_of_two_dialogues_in_every_store(memory: Memory):
    for conv, city in (("d1", "Paris"), ("d2", "Rome")):
        memory.remember([Turn(conv, "1", "Speaker 1", f"I live in {city}.")])
    assert sorted(f.object.label for f in memory.facts() if f.predicate == "livesIn") == ["Paris", "Rome"]


def test_splitting_a_cross_language_merge_takes_the_name_off_in_every_store(memory: Memory):
    memory.add("Zhang San", "birthPlace", "北京")
    memory.add("Li Si", "birthPlace", "Beijing")
    memory.split("Beijing")
    places = sorted((e.label, e.aliases, e.labels) for e in memory.store.entities() if e.type == "Place")
    assert [(label, aliases) for label, aliases, _ in places] == [("Beijing", ()), ("北京", ())]
    assert all(("en", "Beijing") not in labels for label, _, labels in places if label == "北京")
