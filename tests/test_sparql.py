"""SPARQL on the embedded store: pre-bound prefixes, every query form, results and errors."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from kg_memory import Memory, QueryError


@pytest.fixture
def people(memory: Memory) -> Memory:
    memory.add("Alice", "birthPlace", "Lyon")
    memory.add("Alice", "age", "30")
    memory.add("Alice", "birthDate", "1994-05-01")
    memory.add("Bob", "livesIn", "Lyon")
    memory.add("张三", "birthPlace", "北京")
    return memory


def test_select_with_prebound_prefixes(people: Memory):
    result = people.query('SELECT ?place WHERE { ?p rdfs:label "Alice" . ?p :birthPlace ?place . }')
    assert result.values() == [{"place": "https://w3id.org/kg-memory/id/place.lyon"}]
    assert result.shortened() == [{"place": "ent:place.lyon"}]


def test_chinese_labels_match_plain_strings(people: Memory):
    rows = people.query('SELECT ?place WHERE { ?p rdfs:label "张三" ; :birthPlace/rdfs:label ?place }').values()
    assert rows == [{"place": "北京"}]


def test_typed_literals_come_back_as_python_values(people: Memory):
    row = people.query('SELECT ?age ?born WHERE { ?p rdfs:label "Alice" ; :age ?age ; :birthDate ?born }').values()[0]
    assert row == {"age": 30, "born": date(1994, 5, 1)}


def test_ask_construct_describe(people: Memory):
    assert people.query('ASK { ?p rdfs:label "Bob" ; :livesIn ?x }').boolean is True
    assert people.query('ASK { ?p rdfs:label "Bob" ; :birthPlace ?x }').boolean is False
    graph = people.query('CONSTRUCT { ?p schema:homeLocation ?c } WHERE { ?p :livesIn ?c }')
    assert len(graph) == 1 and str(graph.triples[0][1]) == "https://schema.org/homeLocation"
    described = people.query("DESCRIBE ?p WHERE { ?p rdfs:label 'Alice' }")
    assert {str(t[1]) for t in described.triples} >= {"https://w3id.org/kg-memory/ns#age"}


def test_update_insert_and_delete(people: Memory):
    people.update('INSERT DATA { ent:person.carol rdfs:label "Carol" ; :age 5 }')
    assert people.query('SELECT ?a WHERE { ?c rdfs:label "Carol" ; :age ?a }').values() == [{"a": 5}]
    people.update('DELETE WHERE { ?c rdfs:label "Carol" ; :age ?a }')
    assert not people.query('ASK { ?c :age 5 }')


def test_dataframe_shortens_iris_and_keeps_values(people: Memory):
    df = people.query("SELECT ?p ?age WHERE { ?p :age ?age }").to_dataframe()
    assert list(df.columns) == ["p", "age"]
    assert df.iloc[0]["p"] == "ent:person.alice" and df.iloc[0]["age"] == 30


def test_serialisations(people: Memory):
    result = people.query("SELECT ?p ?age WHERE { ?p :age ?age }")
    doc = json.loads(result.serialize("json"))
    assert doc["head"]["vars"] == ["p", "age"]
    binding = doc["results"]["bindings"][0]
    assert binding["p"] == {"type": "uri", "value": "https://w3id.org/kg-memory/id/person.alice"}
    assert binding["age"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    rows = list(csv.reader(io.StringIO(result.serialize("csv"))))
    assert rows == [["p", "age"], ["https://w3id.org/kg-memory/id/person.alice", "30"]]
    tsv = result.serialize("tsv").splitlines()
    assert tsv[0] == "?p\t?age" and tsv[1].startswith("<https://w3id.org/kg-memory/id/person.alice>\t")
    assert "<sparql" in result.serialize("xml")


def test_invalid_sparql_reports_the_position(people: Memory):
    with pytest.raises(QueryError, match=r"1:\d+"):
        people.query("SELECT ?x WHERE { ?x ?p }")


def test_query_parameters_bind_variables(people: Memory):
    from pathlib import Path

    text = (Path(__file__).parent.parent / "queries" / "facts-about.rq").read_text()
    rows = people.query(text, name="Alice").values()
    assert {r["predicate"]: r["value"] for r in rows} == {
        "age": 30, "birthDate": date(1994, 5, 1), "birthPlace": "Lyon"
    }
