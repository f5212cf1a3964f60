"""Notebook support: the quickstart notebook on a real kernel, and the magics in an IPython shell."""

from __future__ import annotations

import json
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("IPython", reason="the notebook extra (IPython) is not installed")

from IPython.core.interactiveshell import InteractiveShell  # noqa: E402

from kg_memory import Memory, Turn  # noqa: E402
from kg_memory.notebook import GraphView, KGMemoryMagics, use  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
QUICKSTART = REPO / "examples" / "quickstart.ipynb"
KERNEL = "kgmem-tests-venv"
CITIES = "SELECT ?person ?city WHERE { ?p rdfs:label ?person ; :livesIn/rdfs:label ?city } ORDER BY ?person"


# -- the quickstart notebook, end to end -------------------------------------------------------------


@pytest.fixture
def kernel_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernelspec running this interpreter (the venv's ipykernel) on the checked-out package."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kg-memory tests", "language": "python",
    }))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    return KERNEL


def _run_quickstart(kernel: str, workdir: Path) -> dict[str, Any]:
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(QUICKSTART, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.executable)", id="which-python"))
    NotebookClient(notebook, kernel_name=kernel, timeout=300,
                   resources={"metadata": {"path": str(workdir)}}).execute()
    return {cell.id: cell for cell in notebook.cells}


def _text(cell: Any) -> str:
    """Everything a code cell showed: streams, plain text and HTML."""
    parts = []
    for output in cell.outputs:
        assert output.output_type != "error", f"cell {cell.id} failed: {output.get('evalue')}"
        if output.output_type == "stream":
            parts.append(output.text)
        else:
            parts += [output.data.get("text/plain", ""), output.data.get("text/html", "")]
    return "\n".join(parts)


def test_committed_quickstart_has_no_outputs() -> None:
    import nbformat

    notebook = nbformat.read(QUICKSTART, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


@pytest.mark.slow
def test_quickstart_runs_end_to_end(kernel_env: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    cells = _run_quickstart(kernel_env, tmp_path)
    assert _text(cells["which-python"]).strip() == sys.executable
    assert "facts from 3 turns" in _text(cells["remember"])
    cities = _text(cells["sparql-cities"])
    assert "Alice" in cities and "Paris" in cities and "Lyon" in cities
    assert _text(cells["cities-lookup"]).strip() == "'Paris'"
    assert _text(cells["sparql-ask"]).strip() == "True"
    assert "ent:person.alice" in _text(cells["sparql-construct"])
    history = _text(cells["history"])
    assert "now: ['London']" in history and "Paris" in history
    assert "skipping the Cypher example" in _text(cells["cypher"])
    assert (tmp_path / "quickstart.graphml").stat().st_size > 0
    assert "quickstart.graphml:" in _text(cells["export"])
    shown = next(o for o in cells["show"].outputs if o.output_type == "execute_result")
    assert shown.data["text/html"].startswith("<iframe srcdoc=")
    assert "Alice" in shown.data["text/html"]


@pytest.mark.neo4j
@pytest.mark.slow
def test_quickstart_cypher_cell_on_neo4j(kernel_env: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         neo4j_uri: str, neo4j_auth: tuple[str, str] | None) -> None:
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    if neo4j_auth:
        monkeypatch.setenv("NEO4J_USER", neo4j_auth[0])
        monkeypatch.setenv("NEO4J_PASSWORD", neo4j_auth[1])
    cells = _run_quickstart(kernel_env, tmp_path)
    cypher = _text(cells["cypher"])
    assert "Alice" in cypher and "Paris" in cypher and "Lyon" in cypher


# -- the magics in an IPython shell ----------------------------------------------------------------------


@pytest.fixture
def shell() -> Iterator[InteractiveShell]:
    """An IPython shell with the extension loaded and no memory in use."""
    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "kg_memory")
    magics = ip.magics_manager.registry["KGMemoryMagics"]
    assert isinstance(magics, KGMemoryMagics)
    yield ip
    magics.close()
    magics.memory = magics.namespace = None


@pytest.fixture
def alice() -> Iterator[Memory]:
    with Memory() as memory:
        memory.remember([Turn("c1", "1", "Alice", "I live in Paris.")])
        memory.add("Alice", "age", 30)
        yield memory


def test_sparql_magic_returns_a_dataframe(shell: InteractiveShell, alice: Memory) -> None:
    use(alice, shell=shell)
    frame = shell.run_cell_magic("sparql", "-o found", CITIES)
    assert frame.to_dict("records") == [{"person": "Alice", "city": "Paris"}]
    assert shell.user_ns["found"] is frame


def test_sparql_values_are_shortened_and_typed(shell: InteractiveShell, alice: Memory) -> None:
    use(alice, shell=shell)
    frame = shell.run_cell_magic("sparql", "", "SELECT ?p ?age WHERE { ?p :age ?age }")
    assert frame.to_dict("records") == [{"p": "ent:person.alice", "age": 30}]
    assert frame["age"].dtype.kind == "i"
    assert shell.run_cell_magic("sparql", "", "ASK { ?p :livesIn ?c }") is True
    triples = shell.run_cell_magic("sparql", "", "CONSTRUCT { ?p :livesIn ?c } WHERE { ?p :livesIn ?c }")
    assert triples.to_dict("records") == [
        {"subject": "ent:person.alice", "predicate": ":livesIn", "object": "ent:place.paris"}]


def test_namespace_option(shell: InteractiveShell, alice: Memory) -> None:
    alice.add("Bob", "livesIn", "Rome", namespace="work")
    use(alice, shell=shell)
    assert shell.run_cell_magic("sparql", "", CITIES)["city"].tolist() == ["Paris"]
    assert shell.run_cell_magic("sparql", "--namespace work", CITIES)["city"].tolist() == ["Rome"]
    use(alice, namespace="work", shell=shell)
    assert shell.run_cell_magic("sparql", "", CITIES)["city"].tolist() == ["Rome"]


def test_kgmem_use_stats_and_show(shell: InteractiveShell, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    with Memory(store) as memory:
        memory.remember([Turn("c1", "1", "Alice", "I live in Paris.")])
    shell.run_line_magic("kgmem", f'use "{store}"')
    assert "using Memory(" in capsys.readouterr().out
    stats = shell.run_line_magic("kgmem", "")
    assert stats.loc[0, "facts"] == 1 and stats.loc[0, "namespace"] == "default"
    assert shell.run_line_magic("kgmem", "stats").loc[0, "facts"] == 1
    assert shell.run_cell_magic("sparql", "", CITIES)["city"].tolist() == ["Paris"]
    view = shell.run_line_magic("kgmem", "show Alice --depth 1")
    assert isinstance(view, GraphView)
    assert view._repr_html_().startswith("<iframe srcdoc=") and "Paris" in view.html


def test_store_option_opens_a_store(shell: InteractiveShell, tmp_path: Path) -> None:
    store = tmp_path / "store"
    with Memory(store) as memory:
        memory.remember([Turn("c1", "1", "Bob", "I live in Lyon.")])
    frame = shell.run_cell_magic("sparql", f"--store '{store}'", CITIES)
    assert frame["city"].tolist() == ["Lyon"]


def _error_of(shell: InteractiveShell, cell: str, capsys: pytest.CaptureFixture[str]) -> str:
    result = shell.run_cell(cell)
    assert not result.success
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_errors_are_one_clean_line(shell: InteractiveShell, alice: Memory, capsys: pytest.CaptureFixture[str]) -> None:
    message = _error_of(shell, "%%sparql\nSELECT nothing {", capsys)
    assert "no memory in use" in message and "Traceback" not in message
    use(alice, shell=shell)
    message = _error_of(shell, "%%sparql\nSELECT ?x WHERE { ?x ", capsys)
    assert "QueryError" in message and "invalid SPARQL query" in message and "Traceback" not in message
    message = _error_of(shell, "%%cypher\nMATCH (n) RETURN n", capsys)
    assert "UnsupportedOperation" in message and "Traceback" not in message
    message = _error_of(shell, "%kgmem show Nobody", capsys)
    assert "no entity called 'Nobody'" in message and "Traceback" not in message
    message = _error_of(shell, "%kgmem frobnicate", capsys)
    assert "invalid choice" in message and "Traceback" not in message


@pytest.mark.neo4j
def test_cypher_magic_on_neo4j(shell: InteractiveShell, neo4j_uri: str, neo4j_auth: tuple[str, str] | None) -> None:
    from kg_memory.stores.neo4j import Neo4jStore

    namespace = f"nb-{uuid.uuid4().hex[:8]}"
    with Memory(Neo4jStore(neo4j_uri, auth=neo4j_auth), namespace=namespace) as memory:
        try:
            memory.remember([Turn("c1", "1", "Alice", "I live in Paris.")])
            use(memory, shell=shell)
            frame = shell.run_cell_magic("cypher", "-o rows", "MATCH (p:Person {namespace: $namespace})-[r:livesIn]->(c) "
                                         "WHERE r.valid_to IS NULL RETURN p.name AS person, c.name AS city")
            assert frame.to_dict("records") == [{"person": "Alice", "city": "Paris"}]
            assert shell.user_ns["rows"] is frame
        finally:
            memory.forget(everything=True)


@pytest.mark.browser
def test_inline_view_draws_in_chromium(alice: Memory, tmp_path: Path, chromium_path: str) -> None:
    """The iframe that Jupyter shows runs the viewer, offline and without errors."""
    from playwright.sync_api import sync_playwright

    from tests.servers import CHROMIUM_FLAGS

    page_file = tmp_path / "cell-output.html"
    page_file.write_text(f"<!DOCTYPE html><html><body>{alice.show('Alice')._repr_html_()}</body></html>",
                         encoding="utf-8")
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, headless=True, args=list(CHROMIUM_FLAGS))
        try:
            page = browser.new_page()
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            frame = page.frames[1]
            frame.wait_for_function("window.kgmemStats && window.kgmemStats.ready", timeout=60_000)
            stats = frame.evaluate("({...window.kgmemStats})")
        finally:
            browser.close()
    assert stats["nodes"] == 3 and stats["edges"] == 2  # Alice, Paris, 30; livesIn, age
    assert errors == []
    assert [u for u in requests if not u.startswith(("file://", "about:", "data:"))] == []
