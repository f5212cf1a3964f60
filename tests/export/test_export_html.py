"""The HTML page as text: self-contained, data embedded safely, large graphs cut."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from kg_memory.errors import InputError
from kg_memory.export import html_data
from kg_memory.export.html import html_payload

DATA = re.compile(r'<script type="application/json" id="kgmem-data">(.*?)</script>', re.S)


def test_page_is_self_contained(memory_graph):
    page = html_data(memory_graph)
    assert "<script src" not in page and "<link rel=\"stylesheet\"" not in page
    assert "@import" not in page and "cdn" not in page.lower()
    assert "Cytoscape Consortium" in page  # the library is inlined with its licence header


def test_embedded_json_cannot_close_the_script_tag(memory_graph):
    page = html_data(memory_graph, title="</title><b>x</b>")
    assert page.count("</script>") == 3  # data, library, viewer: the labels' "</script>" is escaped
    assert "<title>&lt;/title&gt;&lt;b&gt;x&lt;/b&gt;</title>" in page
    data = json.loads(DATA.search(page).group(1))
    labels = {node["label"] for node in data["nodes"]}
    assert "</script><script>alert(1)</script>\nline" in labels
    assert "张三" in labels and 'ACME "Rockets" & <Co> \\ Ltd' in labels


def test_payload_keeps_provenance_and_validity(memory_graph):
    data = html_payload(memory_graph)
    assert (len(data["nodes"]), len(data["edges"])) == (10, 10) and data["truncated"] is False
    closed = [e for e in data["edges"] if not e["current"]]
    assert len(closed) == 1 and closed[0]["valid_to"] == "2021-03-01"
    berlin = next(e for e in data["edges"] if data["nodes"][e["target"]]["label"] == "Berlin")
    assert berlin["sources"][0] == {"conversation": "c1", "turn": "3", "speaker": "Alice",
                                    "time": "2024-05-01T10:00:00+00:00",
                                    "text": "I moved to Berlin in March 2021."}
    assert data["types"]["Person"] == "#4e79a7" and list(data["types"])[-1] == "Literal"
    assert data["layout"] == "cose"


def test_large_graph_keeps_the_most_connected_entities(large_graph):
    G = large_graph(300, 900)
    hub = next(iter(G))
    for node in list(G)[1:40]:
        G.add_edge(hub, node, key=f"hub-{node}", predicate="knows", current=True)
    data = html_payload(G, max_nodes=50, max_edges=100)
    assert data["truncated"] is True and data["total"] == {"nodes": 300, "edges": 939}
    assert len(data["nodes"]) == 50 and len(data["edges"]) <= 100
    assert G.nodes[hub]["label"] in {node["label"] for node in data["nodes"]}
    assert data["layout"] == "cose"
    assert html_payload(large_graph(400, 400))["layout"] == "spiral"


def test_edge_limit_prefers_current_confident_facts(large_graph):
    G = large_graph(20, 200)
    data = html_payload(G, max_edges=30)
    assert len(data["edges"]) == 30 and all(e["current"] for e in data["edges"])
    assert min(e["confidence"] for e in data["edges"]) >= 0.8


def test_bad_options_are_refused(memory_graph):
    with pytest.raises(InputError, match="unknown layout"):
        html_data(memory_graph, layout="fcose")
    with pytest.raises(InputError):
        html_data(memory_graph, max_nodes=0)


def test_vendored_library_ships_with_its_licence():
    static = resources.files("kg_memory.export").joinpath("static")
    assert "Permission is hereby granted" in static.joinpath("cytoscape.LICENSE").read_text(encoding="utf-8")
    readme = static.joinpath("README.md").read_text(encoding="utf-8")
    assert "cytoscape" in readme and "MIT" in readme
