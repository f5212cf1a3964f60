"""Graphviz draws the DOT export: one SVG group per entity and per fact."""

from __future__ import annotations

import re
import shutil
import subprocess

from kg_memory.export import write_dot

DOT = shutil.which("dot")


def test_dot_renders_one_svg_group_per_node_and_edge(memory_graph, tmp_path):
    assert DOT, "Graphviz 'dot' is not installed: run scripts/install-test-deps.sh (apt-get install graphviz)"
    path = tmp_path / "memory.dot"
    write_dot(memory_graph, path)
    result = subprocess.run([DOT, "-Tsvg", str(path)], capture_output=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert b"Warning" not in result.stderr and b"Error" not in result.stderr
    svg = result.stdout.decode("utf-8")
    assert len(re.findall(r'<g id="[^"]*" class="node">', svg)) == memory_graph.number_of_nodes()
    assert len(re.findall(r'<g id="[^"]*" class="edge">', svg)) == memory_graph.number_of_edges()
    assert ">张三</text>" in svg and ">北京</text>" in svg
    assert "&lt;/script&gt;" in svg and "<script" not in svg
    assert svg.count(">livesIn</text>") == 3
    assert ">(until 2021&#45;03&#45;01)</text>" in svg  # the closed fact shows its end date
    (tmp_path / "memory.svg").write_text(svg, encoding="utf-8")
