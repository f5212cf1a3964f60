"""GraphML and GEXF are streamed as text: check them against networkx's own writers and readers."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import networkx as nx

from kg_memory.export import gexf_data, graphml_data
from kg_memory.export._common import flat_rows
from kg_memory.export.graphml import _edge_extra, _node_extra


def networkx_graphml(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """What networkx's writer makes of the same flattened graph, read back."""
    flat = nx.MultiDiGraph(**G.graph)
    node_rows, edge_rows = flat_rows(G, _node_extra, _edge_extra)
    flat.add_nodes_from(node_rows)
    flat.add_edges_from(edge_rows)
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer)
    return nx.read_graphml(io.BytesIO(buffer.getvalue()), force_multigraph=True)


def test_graphml_reads_back_like_the_networkx_writer_output(memory_graph):
    ours = nx.parse_graphml(graphml_data(memory_graph), force_multigraph=True)
    theirs = networkx_graphml(memory_graph)
    assert nx.utils.graphs_equal(ours, theirs)
    assert ours.graph["name"] == "test memory"


def test_gexf_reads_back_like_the_networkx_writer_output(memory_graph):
    ours = nx.read_gexf(io.BytesIO(gexf_data(memory_graph).encode()))
    flat = nx.MultiDiGraph(**memory_graph.graph)
    node_rows, edge_rows = flat_rows(memory_graph)
    flat.add_nodes_from(node_rows)
    flat.add_edges_from((u, v, k, {**row, "label": row["predicate"], "id": k}) for u, v, k, row in edge_rows)
    buffer = io.BytesIO()
    nx.write_gexf(flat, buffer)
    theirs = nx.read_gexf(io.BytesIO(buffer.getvalue()))
    strip = ("viz", "source_count", "weight")
    assert {n: {k: v for k, v in d.items() if k not in strip} for n, d in ours.nodes(data=True)} == dict(
        theirs.nodes(data=True))
    assert sorted((u, v, k, sorted((a, b) for a, b in d.items() if a not in strip))
                  for u, v, k, d in ours.edges(keys=True, data=True)) == sorted(
        (u, v, k, sorted((a, b) for a, b in d.items() if a not in strip))
        for u, v, k, d in theirs.edges(keys=True, data=True))
    assert ours.graph["name"] == "test memory"


def test_control_characters_and_line_breaks_give_well_formed_xml(memory_graph):
    node = next(iter(memory_graph))
    memory_graph.nodes[node]["label"] = "bad\x00byte\ttab\r\nnew line & <tag> \"q\" '\U0001F600'"
    for text in (graphml_data(memory_graph), gexf_data(memory_graph)):
        ET.fromstring(text.encode("utf-8"))  # well-formed XML
    back = nx.parse_graphml(graphml_data(memory_graph), force_multigraph=True)
    assert back.nodes[node]["label"] == "bad\ufffdbyte\ttab\r\nnew line & <tag> \"q\" '\U0001F600'"
    gexf = nx.read_gexf(io.BytesIO(gexf_data(memory_graph).encode()))
    assert gexf.nodes[node]["label"] == "bad\ufffdbyte\ttab\r\nnew line & <tag> \"q\" '\U0001F600'"


def test_mixed_attribute_types_become_one_type(memory_graph):
    nodes = list(memory_graph)
    memory_graph.nodes[nodes[0]]["rank"] = 1
    memory_graph.nodes[nodes[1]]["rank"] = "first"
    back = nx.parse_graphml(graphml_data(memory_graph), force_multigraph=True)
    assert (back.nodes[nodes[0]]["rank"], back.nodes[nodes[1]]["rank"]) == ("1", "first")
