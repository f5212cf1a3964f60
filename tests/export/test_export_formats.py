"""GraphML, GEXF, Cytoscape.js, node-link and DOT text: what a user reading the files would check."""

from __future__ import annotations

import io
import json
from datetime import UTC

import networkx as nx
import pytest

import kg_memory.export as export
from kg_memory.errors import InputError
from kg_memory.export import (
    FORMATS,
    cytoscape_data,
    dot_data,
    gexf_data,
    graphml_data,
    neighbourhood,
    nodelink_data,
    write_gexf,
    write_graph,
    write_graphml,
)


def labels(G: nx.Graph) -> dict[str, str]:
    return {node: attrs["label"] for node, attrs in G.nodes(data=True)}


def predicates(G: nx.MultiDiGraph, attr: str = "predicate") -> list[tuple[str, str, str]]:
    return sorted((u, v, str(p)) for u, v, p in G.edges(data=attr))


def test_public_names_are_exported():
    assert all(hasattr(export, name) for name in export.__all__)
    writers = {name for module in (export.graphml, export.gexf, export.dot, export.cytoscape,
                                   export.nodelink, export.html, export.subgraph)
               for name in module.__all__ if name.startswith("write_") or name.endswith("_data")}
    assert writers | {"neighbourhood", "write_graph"} <= set(export.__all__)
    assert all(writer is getattr(export, writer.__name__) for writer in FORMATS.values())


def test_graphml_round_trip_keeps_nodes_edges_labels_predicates(memory_graph, tmp_path):
    path = tmp_path / "memory.graphml"
    write_graphml(memory_graph, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == memory_graph.number_of_nodes()
    assert back.number_of_edges() == memory_graph.number_of_edges()
    assert labels(back) == labels(memory_graph)
    assert predicates(back) == predicates(memory_graph)
    assert set(back.edges(keys=True)) == set(memory_graph.edges(keys=True))  # fact IRIs kept as edge ids


def test_graphml_turns_lists_and_none_into_readable_values(memory_graph):
    back = nx.parse_graphml(graphml_data(memory_graph), force_multigraph=True)
    alice = back.nodes["https://w3id.org/kg-memory/id/person/alice"]
    assert json.loads(alice["aliases"]) == ["Ali", "爱丽丝"]
    assert alice["color"] == "#4e79a7"
    closed = [d for *_, d in back.edges(data=True) if d.get("valid_to")]
    assert len(closed) == 1 and closed[0]["current"] is False
    assert closed[0]["label"] == "livesIn"
    berlin = next(d for u, v, d in back.edges(data=True) if v.endswith("/berlin"))
    assert "valid_to" not in berlin and berlin["current"] is True
    assert berlin["confidence"] == pytest.approx(0.95)
    assert json.loads(berlin["sources"])[1] == {
        "conversation": "c2", "turn": "7", "speaker": None, "time": None, "text": None}


def test_graphml_and_gexf_write_to_open_files(memory_graph):
    binary, text = io.BytesIO(), io.StringIO()
    write_graphml(memory_graph, binary)
    write_gexf(memory_graph, text)
    assert nx.read_graphml(io.BytesIO(binary.getvalue())).number_of_nodes() == 10
    assert "张三" in binary.getvalue().decode("utf-8")
    assert nx.read_gexf(io.BytesIO(text.getvalue().encode("utf-8"))).number_of_nodes() == 10


def test_gexf_round_trip_keeps_nodes_edges_labels_predicates(memory_graph, tmp_path):
    path = tmp_path / "memory.gexf"
    write_gexf(memory_graph, path)
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == memory_graph.number_of_nodes()
    assert back.number_of_edges() == memory_graph.number_of_edges()
    assert labels(back) == labels(memory_graph)
    assert predicates(back) == predicates(memory_graph)
    assert predicates(back, "label") == predicates(memory_graph)
    assert sorted(k for *_, k in back.edges(keys=True)) == sorted(k for *_, k in memory_graph.edges(keys=True))


def test_gexf_colours_nodes_by_type(memory_graph):
    text = gexf_data(memory_graph)
    assert 'version="1.2"' in text
    back = nx.read_gexf(io.BytesIO(text.encode()))
    colour = back.nodes["https://w3id.org/kg-memory/id/place/北京"]["viz"]["color"]
    assert (colour["r"], colour["g"], colour["b"]) == (0x59, 0xA1, 0x4F)


def test_cytoscape_data_matches_networkx_layout(memory_graph):
    ours = cytoscape_data(memory_graph)
    theirs = nx.cytoscape_data(memory_graph)
    assert set(ours) == set(theirs)
    assert [n["data"]["id"] for n in ours["elements"]["nodes"]] == [
        n["data"]["id"] for n in theirs["elements"]["nodes"]]
    assert [(e["data"]["source"], e["data"]["target"], e["data"]["key"]) for e in ours["elements"]["edges"]] == [
        (e["data"]["source"], e["data"]["target"], e["data"]["key"]) for e in theirs["elements"]["edges"]]
    edge_ids = [e["data"]["id"] for e in ours["elements"]["edges"]]
    assert len(set(edge_ids)) == len(edge_ids)  # Cytoscape.js needs unique ids
    back = nx.cytoscape_graph(json.loads(json.dumps(ours, ensure_ascii=False)))
    assert back.number_of_edges() == memory_graph.number_of_edges()
    assert {n: d["name"] for n, d in back.nodes(data=True)} == labels(memory_graph)


def test_nodelink_round_trip(memory_graph, tmp_path):
    data = nodelink_data(memory_graph)
    assert {"nodes", "links"} <= set(data)
    path = tmp_path / "memory.json"
    write_graph(memory_graph, path)  # format from the extension
    back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    assert nx.utils.graphs_equal(back, memory_graph)


def test_dot_escapes_and_colours(memory_graph):
    text = dot_data(memory_graph)
    assert '"ACME \\"Rockets\\" & <Co> \\\\ Ltd"' in text
    assert '"</script><script>alert(1)</script>\\nline"' in text
    assert 'label="张三", fillcolor="#4e79a7"' in text
    assert text.count(" -> ") == memory_graph.number_of_edges()
    assert 'label="livesIn\\n(until 2021-03-01)", style=dashed' in text


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_write_graph_writes_every_format(memory_graph, tmp_path, name):
    path = tmp_path / f"out.{name}"
    write_graph(memory_graph, path, name)
    assert "张三" in path.read_text(encoding="utf-8")


def test_write_graph_rejects_unknown_formats(memory_graph, tmp_path):
    with pytest.raises(InputError, match="unknown export format"):
        write_graph(memory_graph, tmp_path / "x.out", "png")
    with pytest.raises(InputError, match="cannot tell the export format"):
        write_graph(memory_graph, tmp_path / "x.out")


def test_neighbourhood_follows_edges_both_ways(memory_graph):
    zhang = "https://w3id.org/kg-memory/id/person/张三"
    one = neighbourhood(memory_graph, zhang, 1)
    assert sorted(labels(one).values()) == ["Alice", "PyCon 2024", "北京", "张三"]
    assert one.number_of_edges() == 3
    two = neighbourhood(memory_graph, zhang, 2)
    assert "Berlin" in labels(two).values()
    assert two.number_of_edges() == 9  # every fact between the nodes reached, parallel ones included
    assert neighbourhood(memory_graph, zhang, 0).number_of_nodes() == 1
    two.nodes[zhang]["label"] = "changed"
    assert memory_graph.nodes[zhang]["label"] == "张三"


def test_neighbourhood_rejects_unknown_nodes(memory_graph):
    with pytest.raises(InputError, match="no entity"):
        neighbourhood(memory_graph, "nobody", 1)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_graph_built_from_facts_exports_in_every_format(tmp_path, name):
    from datetime import datetime

    from kg_memory.graph import facts_to_graph
    from kg_memory.types import Entity, Fact, Provenance, Turn

    alice = Entity("Alice", "Person")
    said = datetime(2024, 5, 1, 10, tzinfo=UTC)
    facts = [
        Fact(alice, "livesIn", Entity("北京", "Place"), sources=(Provenance("c1", "1", "Alice", said),),
             valid_from=said),
        Fact(alice, "age", 30, confidence=0.5),
    ]
    G = facts_to_graph(facts, [Turn("c1", "1", "Alice", "我住在北京。", said)])
    path = tmp_path / f"memory.{name}"
    write_graph(G, path, name)
    text = path.read_text(encoding="utf-8")
    assert "北京" in text and "livesIn" in text
