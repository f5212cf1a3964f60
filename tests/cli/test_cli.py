"""Every kgmem command through click's CliRunner, checked through the Python API afterwards."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_memory import Memory
from kg_memory.cli import cli

REPO = Path(__file__).resolve().parents[2]


def run(runner: CliRunner, store: Path, *args: str, input: str | None = None, ok: bool = True):
    result = runner.invoke(cli, ["--help"] if not args else [args[0], "--store", str(store), *args[1:]], input=input)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_every_command_has_help(runner: CliRunner):
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help text"
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_add_then_query_as_table_json_csv_tsv(runner: CliRunner, store_dir: Path):
    run(runner, store_dir, "add", "Alice", "livesIn", "Paris")
    run(runner, store_dir, "add", "Alice", "age", "30")
    q = 'SELECT ?city WHERE { ?p rdfs:label "Alice" ; :livesIn/rdfs:label ?city }'
    assert "Paris" in run(runner, store_dir, "query", q).output
    doc = json.loads(run(runner, store_dir, "query", q, "--format", "json").stdout)
    assert doc["results"]["bindings"][0]["city"]["value"] == "Paris"
    assert list(csv.reader(io.StringIO(run(runner, store_dir, "query", q, "-f", "csv").stdout))) == [["city"], ["Paris"]]
    assert run(runner, store_dir, "query", q, "-f", "tsv").stdout.splitlines()[1] == '"Paris"'
    with Memory(store_dir) as m:
        assert [f.object for f in m.facts("Alice", "age")] == [30]


def test_add_typed_literal(runner: CliRunner, store_dir: Path):
    run(runner, store_dir, "add", "Alice", "https://schema.org/height", '"1.70"^^xsd:decimal')
    with Memory(store_dir) as m:
        assert float(m.facts("Alice")[0].object) == 1.7


def test_add_a_birthday_without_a_year(runner: CliRunner, store_dir: Path):
    from kg_memory.types import MonthDay

    doc = json.loads(run(runner, store_dir, "add", "Alice", "birthday", "--05-05", "-f", "json").stdout)
    assert doc[0]["object"] == "--05-05"
    assert run(runner, store_dir, "add", "Alice", "birthday", "--02-30", ok=False).exit_code == 2
    assert run(runner, store_dir, "add", "Alice", "birthday", "--05-05", "--confidnce", "1", ok=False).exit_code == 2
    assert list(csv.reader(io.StringIO(run(runner, store_dir, "facts", "Alice", "-f", "csv").stdout)))[1][3] == "--05-05"
    with Memory(store_dir) as m:
        assert [f.object for f in m.facts("Alice", "birthday")] == [MonthDay(5, 5)]


def test_query_from_a_saved_file_with_parameters(runner: CliRunner, store_dir: Path):
    run(runner, store_dir, "add", "Alice", "birthPlace", "Lyon")
    out = run(runner, store_dir, "query", "-q", str(REPO / "queries" / "facts-about.rq"), "-p", "name=Alice", "-f", "json").stdout
    rows = json.loads(out)["results"]["bindings"]
    assert [(r["predicate"]["value"], r["value"]["value"]) for r in rows] == [("birthPlace", "Lyon")]


def test_query_update_and_bad_sparql(runner: CliRunner, store_dir: Path):
    run(runner, store_dir, "query", 'INSERT DATA { <https://ex.org/a> rdfs:label "A" }')
    with Memory(store_dir) as m:
        assert m.query('ASK { ?x rdfs:label "A" }').boolean
    bad = run(runner, store_dir, "query", "SELECT ?x WHERE { ?x }", ok=False)
    assert bad.exit_code == 1 and "invalid SPARQL" in bad.output and "1:" in bad.output
    assert "Traceback" not in bad.output


def test_ingest_files_and_stdin(runner: CliRunner, store_dir: Path, tmp_path: Path):
    nt = tmp_path / "a.nt"
    nt.write_text("<https://ex.org/a> <https://ex.org/p> <https://ex.org/b> .\n")
    csvf = tmp_path / "f.csv"
    csvf.write_text("subject,predicate,object\nBob,livesIn,Lyon\n")
    out = run(runner, store_dir, "ingest", str(nt), str(csvf)).output
    assert "1 triples loaded" in out and "1 facts loaded" in out
    run(runner, store_dir, "ingest", "-", "--input-format", "ttl", input="<https://ex.org/c> <https://ex.org/p> 5 .\n")
    with Memory(store_dir) as m:
        assert m.query("SELECT (COUNT(*) AS ?n) WHERE { ?s <https://ex.org/p> ?o }").values()[0]["n"] == 2
        assert m.facts("Bob")[0].object.label == "Lyon"


def test_ingest_error_names_file_and_line(runner: CliRunner, store_dir: Path, tmp_path: Path):
    bad = tmp_path / "bad.nt"
    bad.write_text("<https://ex.org/a> <https://ex.org/p> <https://ex.org/b> .\n<https://ex.org/a> <https://ex.org/p> .\n")
    result = run(runner, store_dir, "ingest", str(bad), ok=False)
    assert result.exit_code != 0
    assert f"{bad}, line 2" in result.output and "Traceback" not in result.output
    with Memory(store_dir) as m:
        assert m.stats()["triples"] == 0


def test_ingest_without_a_known_extension(runner: CliRunner, store_dir: Path, tmp_path: Path):
    f = tmp_path / "data.xyz"
    f.write_text("")
    result = run(runner, store_dir, "ingest", str(f), ok=False)
    assert result.exit_code == 2 and "--input-format" in result.output


def test_stats_and_dump(runner: CliRunner, store_dir: Path):
    run(runner, store_dir, "add", "Alice", "livesIn", "Paris")
    stats = json.loads(run(runner, store_dir, "stats", "-f", "json").stdout)
    assert stats[0]["facts"] == 1 and stats[0]["entities"] == 2
    ttl = run(runner, store_dir, "dump").stdout
    assert "kgm:livesIn" in ttl
    nt = run(runner, store_dir, "dump", "-f", "nt").stdout
    assert "<https://w3id.org/kg-memory/ns#livesIn>" in nt


def test_namespaces_from_the_cli(runner: CliRunner, store_dir: Path):
    run(runner, store_dir, "add", "Alice", "age", "30", "--namespace", "u1")
    out = run(runner, store_dir, "query", "SELECT ?a WHERE { ?p :age ?a }", "-f", "csv").stdout
    assert out.splitlines() == ["a"]
    out = run(runner, store_dir, "query", "SELECT ?a WHERE { ?p :age ?a }", "-f", "csv", "-n", "u1").stdout
    assert out.splitlines() == ["a", "30"]


def test_remember_facts_history_forget(runner: CliRunner, store_dir: Path, tmp_path: Path):
    conv = tmp_path / "chat.jsonl"
    conv.write_text("\n".join(json.dumps(t) for t in [
        {"conversation": "c1", "turn": 1, "speaker": "Alice", "text": "I live in Paris.", "time": "2024-01-01T10:00:00Z"},
        {"conversation": "c1", "turn": 2, "speaker": "Alice", "text": "I moved to London.", "time": "2024-06-01T10:00:00Z"},
    ]))
    out = json.loads(run(runner, store_dir, "remember", str(conv), "-f", "json").stdout)
    assert out[0]["turns"] == 2 and out[0]["facts"] >= 2
    facts = json.loads(run(runner, store_dir, "facts", "Alice", "-f", "json").stdout)
    assert [f["object"] for f in facts if f["predicate"] == "livesIn"] == ["London"]
    hist = json.loads(run(runner, store_dir, "history", "Alice", "--predicate", "livesIn", "-f", "json").stdout)
    assert [(h["object"], h["valid_to"]) for h in hist] == [("Paris", "2024-06-01T10:00:00+00:00"), ("London", None)]
    assert "forgot 2 fact(s)" in run(runner, store_dir, "forget", "--conversation", "c1").output
    with Memory(store_dir) as m:
        assert m.facts(history=True) == []


def test_remember_a_text_transcript(runner: CliRunner, store_dir: Path, tmp_path: Path):
    chat = tmp_path / "chat.txt"
    chat.write_text("张三: 我出生于北京。\nBob: I live in Lyon.\n", encoding="utf-8")
    run(runner, store_dir, "remember", str(chat))
    with Memory(store_dir) as m:
        assert m.facts("张三")[0].object.label == "北京"
        assert m.turns("chat")[0].speaker == "张三"


def test_forget_needs_exactly_one_selector(runner: CliRunner, store_dir: Path):
    result = run(runner, store_dir, "forget", ok=False)
    assert result.exit_code == 2 and "exactly one" in result.output
    run(runner, store_dir, "add", "Alice", "age", "3")
    assert run(runner, store_dir, "forget", "--everything", input="n\n", ok=False).exit_code == 1
    assert "forgot 1 fact(s)" in run(runner, store_dir, "forget", "--everything", "--yes").output


def test_lookup(runner: CliRunner, store_dir: Path):
    run(runner, store_dir, "add", "Zhang San", "livesIn", "Beijing")
    rows = json.loads(run(runner, store_dir, "lookup", "zhang san", "-f", "json").stdout)
    assert rows[0]["entity"] == "Zhang San" and rows[0]["type"] == "Person"


def test_unknown_store_scheme(runner: CliRunner):
    result = runner.invoke(cli, ["stats", "--store", "nope://x"])
    assert result.exit_code == 1 and "no store backend" in result.output


def test_demo(runner: CliRunner, tmp_path: Path):
    out_html = tmp_path / "demo.html"
    result = runner.invoke(cli, ["demo", "-o", str(out_html)])
    assert result.exit_code == 0, result.output
    assert "Alice" in result.output and "London" in result.output
    assert out_html.exists() and "<html" in out_html.read_text(encoding="utf-8").lower()


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "dot", "cytoscape", "json", "html"])
def test_export_every_format(runner: CliRunner, store_dir: Path, tmp_path: Path, fmt: str):
    run(runner, store_dir, "add", "Alice", "livesIn", "Paris")
    run(runner, store_dir, "add", "Bob", "friend", "Carol")
    out = tmp_path / f"graph.{fmt}"
    run(runner, store_dir, "export", "-f", fmt, "-o", str(out))
    text = out.read_text(encoding="utf-8")
    assert "Alice" in text and "Carol" in text
    if fmt == "graphml":
        import networkx as nx

        g = nx.read_graphml(out)
        assert g.number_of_nodes() == 4 and g.number_of_edges() == 2


def test_export_neighbourhood_to_stdout(runner: CliRunner, store_dir: Path):
    run(runner, store_dir, "add", "Alice", "livesIn", "Paris")
    run(runner, store_dir, "add", "Bob", "friend", "Carol")
    doc = json.loads(run(runner, store_dir, "export", "-f", "json", "-o", "-", "--entity", "Alice").stdout)
    assert sorted(n["label"] for n in doc["nodes"]) == ["Alice", "Paris"]
