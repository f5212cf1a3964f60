"""Fixtures of the export tests: a small memory graph shaped like the one ``Memory`` builds."""

from __future__ import annotations

import hashlib
from typing import Any

import networkx as nx
import pytest

KGM = "https://w3id.org/kg-memory/"
ID = KGM + "id/"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: needs a headless Chromium (/usr/bin/chromium)")


def source(conversation: str | None = "c1", turn: str | None = "1", speaker: str | None = "Alice",
           time: str | None = "2024-05-01T10:00:00+00:00", text: str | None = None) -> dict[str, Any]:
    """One provenance record of a fact, as the memory graph carries it."""
    return {"conversation": conversation, "turn": turn, "speaker": speaker, "time": time, "text": text}


def add_entity(G: nx.MultiDiGraph, key: str, label: str, type_: str, aliases: list[str] | None = None) -> str:
    iri = ID + type_.lower() + "/" + key
    G.add_node(iri, label=label, type=type_, iri=iri, **({"aliases": aliases} if aliases is not None else {}))
    return iri


def add_fact(G: nx.MultiDiGraph, subject: str, predicate: str, obj: str, *, confidence: float = 1.0,
             valid_from: str | None = None, valid_to: str | None = None,
             sources: list[dict[str, Any]] | None = None) -> str:
    digest = hashlib.sha1(f"{subject}|{predicate}|{obj}|{valid_from}|{G.number_of_edges(subject, obj)}".encode())
    key = f"{KGM}fact/{digest.hexdigest()[:16]}"
    G.add_edge(subject, obj, key=key, predicate=predicate,
               predicate_iri=predicate if ":" in predicate else KGM + "ontology#" + predicate,
               confidence=confidence, valid_from=valid_from, valid_to=valid_to,
               current=valid_to is None, sources=sources or [])
    return key


def make_memory_graph() -> nx.MultiDiGraph:
    """Nine entities (Chinese names, a literal, tricky characters) and ten facts, one of them closed."""
    G = nx.MultiDiGraph(name="test memory")
    alice = add_entity(G, "alice", "Alice", "Person", aliases=["Ali", "爱丽丝"])
    zhang = add_entity(G, "张三", "张三", "Person", aliases=["Zhang San"])
    paris = add_entity(G, "paris", "Paris", "Place")
    berlin = add_entity(G, "berlin", "Berlin", "Place", aliases=[])
    beijing = add_entity(G, "北京", "北京", "Place")
    acme = add_entity(G, "acme", 'ACME "Rockets" & <Co> \\ Ltd', "Organization")
    rex = add_entity(G, "rex", "Rex", "Animal")
    pycon = add_entity(G, "pycon_2024", "PyCon 2024", "Event")
    weird = add_entity(G, "weird", "</script><script>alert(1)</script>\nline", "Thing")
    birthday = KGM + "literal/3f2a"
    G.add_node(birthday, label="1990-05-04", type="Literal", iri=birthday)

    add_fact(G, alice, "livesIn", paris, valid_from="2015-01-01", valid_to="2021-03-01",
             sources=[source(turn="1", time="2020-02-02T09:00:00+00:00", text="I live in Paris.")])
    add_fact(G, alice, "livesIn", berlin, confidence=0.95, valid_from="2021-03-01",
             sources=[source(turn="3", text="I moved to Berlin in March 2021."),
                      source(conversation="c2", turn="7", speaker=None, time=None, text=None)])
    add_fact(G, alice, "visited", paris, confidence=0.7, sources=[source(turn="4", text="We went to Paris.")])
    add_fact(G, alice, "worksFor", acme, confidence=0.8,
             sources=[source(conversation=None, turn=None, speaker=None, time=None, text=None)])
    add_fact(G, zhang, "livesIn", beijing, sources=[source("c3", "2", "张三", None, "我住在北京。")])
    add_fact(G, zhang, "knows", alice, confidence=0.6)
    add_fact(G, alice, "hasPet", rex, sources=[source(turn="5", text='My dog is called "Rex".')])
    add_fact(G, alice, "kgm:birthDate", birthday, sources=[source(turn="6", text="Born 4 May 1990.")])
    add_fact(G, zhang, "attended", pycon)
    add_fact(G, weird, "relatedTo", acme, confidence=0.5)
    return G


def make_large_graph(n_nodes: int, n_edges: int) -> nx.MultiDiGraph:
    """A ring of ``n_nodes`` people plus chords, ``n_edges`` facts in all (deterministic)."""
    G = nx.MultiDiGraph()
    types = ("Person", "Place", "Organization", "Animal", "Event", "Thing")
    nodes = [add_entity(G, f"e{i}", f"Entity {i}", types[i % len(types)]) for i in range(n_nodes)]
    for j in range(n_edges):
        u, v = nodes[j % n_nodes], nodes[(j * 7 + 1 + j // n_nodes) % n_nodes]
        add_fact(G, u, "relatedTo", v, confidence=((j * 37) % 100) / 100,
                 valid_to="2020-01-01" if j % 10 == 0 else None, sources=[source(turn=str(j))])
    return G


@pytest.fixture
def memory_graph() -> nx.MultiDiGraph:
    return make_memory_graph()


@pytest.fixture
def large_graph():
    """The :func:`make_large_graph` builder."""
    return make_large_graph
