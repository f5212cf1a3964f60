"""benchmarks/assistant_statements.py: what a user tells an assistant, matched as its docstring says."""

from __future__ import annotations

import json

from kg_memory.types import Entity, Fact
from tests.benchmarks import load_benchmark

bench = load_benchmark("assistant_statements")
ANN = Entity("Ann", "Person")


def test_a_fact_matches_by_subject_predicate_and_object_names() -> None:
    facts = [Fact(Entity("Ann's husband", "Person"), "worksFor", Entity("the bank", "Organization")),
             Fact(ANN, "hasPet", Entity("Biscuit", "Animal", aliases=("Ann's dog",)))]
    assert bench.found(facts, ["husband", "worksFor", "bank"], "Ann")
    assert bench.found(facts, ["I", "hasPet|owns", "dog"], "Ann")  # an alias
    assert not bench.found(facts, ["I", "worksFor", "bank"], "Ann")  # the husband works there, not Ann
    assert not bench.found(facts, ["I", "owns", "Biscuit"], "Ann")  # another predicate


def test_every_line_is_read_and_both_languages_are_counted(capsys) -> None:
    assert bench.main(["--format", "json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert {(r["lang"], r["half"]) for r in results} == {("en", "dev"), ("en", "held"), ("zh", "dev"), ("zh", "held")}
    with bench.DATA.open(encoding="utf-8") as f:
        assert sum(r["lines"] for r in results) == sum(1 for line in f if line.strip())
    assert all(0.0 < r["recall"] <= 1.0 and r["false_alarms"] <= r["empty_lines"] for r in results)


def test_an_ending_is_no_false_alarm_but_a_fact_is() -> None:
    rows = [{"lang": "en", "text": "I quit my job last month.", "facts": []},
            {"lang": "en", "text": "I work at a bank.", "facts": []}]
    results, _ = bench.evaluate(rows)
    assert sum(r["false_alarms"] for r in results) == 1  # the job told, not the job quit (it closes a stored one)


def test_data_reads_other_lines_in_the_same_format(tmp_path, capsys) -> None:
    lines = tmp_path / "fresh.jsonl"
    lines.write_text(json.dumps({"lang": "en", "text": "I live in Oslo.", "facts": [["I", "livesIn", "Oslo"]]}) + "\n",
                     encoding="utf-8")
    assert bench.main(["--format", "json", "--data", str(lines)]) == 0
    results = json.loads(capsys.readouterr().out)
    assert [(r["lines"], r["found"]) for r in results] == [(1, 1)]
