"""Ingestion of RDF files and fact tables: round trips, atomicity, errors that name file and line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg_memory import Memory, ParseError

TURTLE = """@prefix : <https://w3id.org/kg-memory/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://ex.org/alice> rdfs:label "Alice", "爱丽丝"@zh ; :age 30 ; :birthDate "1994-05-01"^^xsd:date ;
    :livesIn <https://ex.org/paris> ; :knows _:b .
_:b rdfs:label "a friend \\"quoted\\"" .
<https://ex.org/paris> rdfs:label "Paris"@en .
"""

RDF_FORMATS = ["nt", "ttl", "jsonld", "rdf", "nq", "trig"]


def _graph(memory: Memory, fmt: str) -> rdflib.Graph:
    buf = io.BytesIO()
    memory.dump(buf, format=fmt if fmt in ("nt", "ttl", "nq", "trig", "jsonld") else "nt")
    data = buf.getvalue()
    if fmt in ("nq", "trig"):
        ds = rdflib.Dataset()
        ds.parse(data=data, format={"nq": "nquads", "trig": "trig"}[fmt])
        g = rdflib.Graph()
        for s, p, o, _ in ds.quads():
            g.add((s, p, o))
        return g
    return rdflib.Graph().parse(data=data, format={"ttl": "turtle", "jsonld": "json-ld", "rdf": "nt"}.get(fmt, fmt))


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdf_round_trip(fmt: str, tmp_path: Path):
    expected = rdflib.Graph().parse(data=TURTLE, format="turtle")
    source = tmp_path / f"in.{fmt}"
    rdflib_format = {"nt": "nt", "ttl": "turtle", "jsonld": "json-ld", "rdf": "xml", "nq": "nquads", "trig": "trig"}[fmt]
    if fmt in ("nq", "trig"):
        ds = rdflib.Dataset()
        for t in expected:
            ds.add(t)  # default graph
        source.write_bytes(ds.serialize(format=rdflib_format).encode())
    else:
        source.write_bytes(expected.serialize(format=rdflib_format).encode())
    with Memory(tmp_path / "store") as memory:
        assert memory.ingest(source, format=fmt) == len(expected)
        assert isomorphic(_graph(memory, fmt), expected)
        # and a dump loads back into a fresh store unchanged
        dumped = tmp_path / f"out.{fmt}"
        with open(dumped, "wb") as out:
            memory.dump(out, format=fmt if fmt != "rdf" else "nt")
    with Memory(tmp_path / "store2") as again:
        again.ingest(dumped, format=fmt if fmt != "rdf" else "nt")
        assert isomorphic(_graph(again, "nt"), expected)


CSV = """subject,predicate,object,subject_type,object_type,datatype,confidence,valid_from
Alice,livesIn,Paris,Person,Place,,0.9,2024-01-01T00:00:00+00:00
Alice,age,30,Person,,,,
Alice,friend,"Bob, Jr.",Person,Person,,,
张三,birthPlace,北京,Person,Place,,,
"""


def test_csv_and_jsonl_round_trip(memory: Memory, tmp_path: Path):
    path = tmp_path / "facts.csv"
    path.write_text(CSV, encoding="utf-8")
    assert memory.ingest(path, format="csv") == 4
    rows = [
        {"subject": f.subject.label, "predicate": f.predicate,
         "object": f.object.label if hasattr(f.object, "label") else f.object,
         "object_type": f.object.type if hasattr(f.object, "type") else "literal",
         "subject_type": f.subject.type, "confidence": f.confidence}
        for f in memory.facts()
    ]
    jsonl = tmp_path / "facts.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    with Memory() as other:
        assert other.ingest(jsonl, format="jsonl") == 4
        key = lambda f: (f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)), round(f.confidence, 3))  # noqa: E731
        assert sorted(map(key, other.facts())) == sorted(map(key, memory.facts()))
    assert memory.facts("Alice", "livesIn")[0].confidence == pytest.approx(0.9)
    assert memory.query('SELECT ?p WHERE { ?s rdfs:label "张三" ; :birthPlace/rdfs:label ?p }').values() == [{"p": "北京"}]


def _quads(memory: Memory) -> int:
    return memory.stats()["triples"]


@pytest.mark.parametrize(
    ("fmt", "body", "line"),
    [
        ("nt", "<https://ex.org/a> <https://ex.org/p> <https://ex.org/b> .\n" * 500 + "<https://ex.org/a> <https://ex.org/p> \"oops .\n" + "<https://ex.org/c> <https://ex.org/p> <https://ex.org/d> .\n", 501),
        ("ttl", "@prefix ex: <https://ex.org/> .\nex:a ex:p ex:b .\nex:c ex:p ex:d ;\n  ex:q .\n", 4),
        ("csv", "subject,predicate,object\nAlice,livesIn,Paris\nBob,,Lyon\n", 3),
        ("csv", "subject,predicate,object\nAlice,livesIn,Paris\nBob,age,thirty\n", 3),
        ("jsonl", '{"subject":"Alice","predicate":"livesIn","object":"Paris"}\n{"subject":"Bob",\n', 2),
    ],
)
def test_a_failing_file_leaves_the_store_unchanged(fmt: str, body: str, line: int, tmp_path: Path):
    path = tmp_path / f"bad.{fmt}"
    path.write_text(body, encoding="utf-8")
    with Memory(tmp_path / "store") as memory:
        memory.add("Zoe", "age", "9")
        before = _quads(memory)
        with pytest.raises(ParseError) as err:
            memory.ingest(path, format=fmt)
        assert err.value.line == line
        assert str(path) in str(err.value) and f"line {line}" in str(err.value)
        assert _quads(memory) == before
        assert [f.object for f in memory.facts("Zoe")] == [9]


def test_non_utf8_csv_is_a_clear_error(memory: Memory, tmp_path: Path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("subject,predicate,object\nJosé,livesIn,Málaga\n".encode("latin-1"))
    with pytest.raises(ParseError, match="UTF-8"):
        memory.ingest(path, format="csv")
    assert memory.stats()["triples"] == 0


def test_namespaced_ingest_is_isolated(memory: Memory, tmp_path: Path):
    path = tmp_path / "a.nt"
    path.write_text("<https://ex.org/a> <https://ex.org/p> <https://ex.org/b> .\n")
    memory.ingest(path, format="nt", namespace="u1")
    assert memory.query("ASK { ?s ?p ?o }", namespace="u1").boolean
    assert not memory.query("ASK { ?s ?p ?o }").boolean
