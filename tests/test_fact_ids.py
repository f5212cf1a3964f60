"""Fact ids like other memory tools (issue 18, item 5): add() and remember() return facts with their
IRIs, listings have an ``id`` column, and get/history/forget/facts take a fact id (full or short)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.cli import cli
from kg_memory.errors import InputError
from kg_memory.ids import parse_fact_id, short_fact_id


def test_add_returns_the_stored_fact_with_its_iri(memory):
    fact = memory.add("Alice", "livesIn", "Paris")
    assert fact.iri is not None and fact.iri.startswith("https://w3id.org/kg-memory/fact/")
    assert [f.iri for f in memory.facts("Alice")] == [fact.iri]
    assert memory.get(fact.iri) == fact
    assert memory.get(short_fact_id(fact.iri)).iri == fact.iri


def test_remember_reports_facts_with_iris_and_closed_ones_with_their_history_iri(memory):
    report = memory.remember([Turn("c", "1", "Alice", "I live in Paris.", datetime(2024, 1, 1)),
                              Turn("c", "2", "Alice", "I moved to London.", datetime(2024, 6, 1))])
    paris, london = [f for f in report.stored if f.predicate == "livesIn"]
    assert paris.valid_to is not None and london.valid_to is None
    assert memory.get(paris.iri).object.label == "Paris" and memory.get(paris.iri).valid_to == paris.valid_to
    assert memory.get(london.iri).is_current


def test_history_and_facts_of_a_fact_id(memory):
    old = memory.add("Alice", "livesIn", "Paris", valid_from=datetime(2020, 1, 1))
    memory.add("Alice", "worksFor", "Airbus")
    new = memory.add("Alice", "livesIn", "London", valid_from=datetime(2023, 1, 1))
    old = memory.history("Alice", "livesIn")[0]  # now closed, under its history IRI
    assert [f.object.label for f in memory.history(new.iri)] == ["Paris", "London"]
    assert [f.object.label for f in memory.history(short_fact_id(old.iri))] == ["Paris", "London"]
    assert [f.iri for f in memory.facts(new.iri)] == [new.iri]


def test_forget_a_fact_by_short_id(memory):
    fact = memory.add("Alice", "livesIn", "Paris")
    assert memory.forget(fact=short_fact_id(fact.iri)) == 1
    assert memory.facts() == []
    with pytest.raises(InputError):
        memory.get(fact.iri)


def test_fact_id_forms():
    iri = "https://w3id.org/kg-memory/fact/0123456789abcdef0123"
    assert {parse_fact_id(x) for x in (iri, f"<{iri}>", "0123456789abcdef0123", "fact:0123456789abcdef0123")} == {iri}
    assert parse_fact_id("Alice") is None


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_every_listing_has_an_id_column(runner, store_dir, fmt):
    result = runner.invoke(cli, ["add", "Alice", "livesIn", "Paris", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    with Memory(store_dir) as memory:
        (fact,) = memory.facts("Alice")
    short = short_fact_id(fact.iri)
    assert short in result.output  # `add` prints the new fact's id
    for command in (["facts", "Alice"], ["history", "Alice"]):
        out = runner.invoke(cli, [*command, "--store", str(store_dir), "--format", fmt], env={"COLUMNS": "250"})
        assert out.exit_code == 0, out.output
        if fmt == "json":
            assert json.loads(out.output)[0]["id"] == short
        elif fmt == "csv":
            assert next(csv.DictReader(io.StringIO(out.output)))["id"] == short
        else:
            header = next(line for line in out.output.splitlines() if "subject" in line)
            assert header.split()[1] == "id" and short in out.output


def test_cli_facts_history_forget_take_fact_ids(runner, store_dir):
    s = ["--store", str(store_dir)]
    runner.invoke(cli, ["add", "Alice", "livesIn", "Paris", *s])
    with Memory(store_dir) as memory:
        (fact,) = memory.facts("Alice")
    short = short_fact_id(fact.iri)
    out = runner.invoke(cli, ["facts", short, *s, "--format", "json"])
    assert out.exit_code == 0, out.output
    assert [r["object"] for r in json.loads(out.output)] == ["Paris"]
    out = runner.invoke(cli, ["history", fact.iri, *s, "--format", "json"])
    assert out.exit_code == 0 and [r["object"] for r in json.loads(out.output)] == ["Paris"]
    out = runner.invoke(cli, ["forget", "--fact", short, *s])
    assert out.exit_code == 0 and "forgot 1" in out.output
    with Memory(store_dir) as memory:
        assert memory.facts() == []
