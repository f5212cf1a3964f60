"""One CLI grammar (issue 18 item 7): what --format and the short flags mean, packaged queries by
name, read-only commands that never create a store, one-line errors, tables that fit 80 columns."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg_memory import Memory
from kg_memory.cli import cli

# commands whose output is rows or a one-line report: all take --format table|json|csv
# every command prints rows a pipe can read, except these (they write a file, RDF, a page or serve)
NOT_PRINTING = {"demo", "dump", "export", "serve"}
# one meaning per short flag, everywhere
SHORT = {"-f": "--format", "-p": "--param", "-q": "--file", "-n": "--namespace", "-s": "--store",
         "-o": "--output", "-k": "-k", "-c": "--conversation", "-e": "--entity", "-d": "--depth",
         "-h": "--help", "-w": "--wait"}


def _options(command: click.Command) -> list[click.Option]:
    return [p for p in command.params if isinstance(p, click.Option)]


def test_every_help_follows_the_grammar(runner: CliRunner) -> None:
    seen: dict[str, set[str]] = {}
    for name, command in cli.commands.items():
        assert runner.invoke(cli, [name, "--help"]).exit_code == 0
        for option in _options(command):
            longs = [o for o in option.opts + option.secondary_opts if o.startswith("--")]
            shorts = [o for o in option.opts if not o.startswith("--")]
            for short in shorts:
                seen.setdefault(short, set()).add(longs[0] if longs else short)
            if "--format" in option.opts:
                assert "input" not in (option.help or "").lower(), f"{name}: --format must be the output format"
                assert "-f" in option.opts, name
            if "--input-format" in option.opts:
                assert "input" in (option.help or "").lower() or "turn format" in (option.help or "").lower()
        if name not in NOT_PRINTING:
            fmt = next((o for o in _options(command) if "--format" in o.opts), None)
            assert fmt is not None, f"{name} prints but has no --format"
            assert {"table", "json", "csv"} <= set(fmt.type.choices), name  # type: ignore[attr-defined]
    for short, longs in seen.items():
        assert len(longs) == 1, f"{short} means {sorted(longs)}"
        assert SHORT.get(short) == next(iter(longs)), f"{short} means {longs}; the grammar says {SHORT.get(short)}"


def test_ingest_takes_its_input_format_as_input_format(runner: CliRunner, store_dir: Path) -> None:
    result = runner.invoke(cli, ["ingest", "-", "--input-format", "nt", "--store", str(store_dir), "-f", "json"],
                           input="<https://ex.org/a> <https://ex.org/p> <https://ex.org/b> .\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"file": "-", "count": 1, "unit": "triples"}]


@pytest.mark.parametrize("args", [
    ("add", "Alice", "livesIn", "Paris"),
    ("forget", "--entity", "Alice"),
])
def test_add_and_forget_print_json(runner: CliRunner, store_dir: Path, args: tuple[str, ...]) -> None:
    runner.invoke(cli, ["add", "Alice", "livesIn", "Rome", "--store", str(store_dir)])
    result = runner.invoke(cli, [*args, "--store", str(store_dir), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.stdout), list)


def test_packaged_query_by_name_from_anywhere(runner: CliRunner, store_dir: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    runner.invoke(cli, ["add", "Alice", "birthPlace", "Lyon", "--store", str(store_dir)])
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["query", "-q", "facts-about", "-p", "name=Alice", "-f", "json",
                                 "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert [(r["predicate"]["value"], r["value"]["value"]) for r in rows] == [("birthPlace", "Lyon")]
    listing = runner.invoke(cli, ["query", "--list"])
    assert listing.exit_code == 0 and "facts-about" in listing.output and "people-and-places" in listing.output
    missing = runner.invoke(cli, ["query", "-q", "no-such-query", "--store", str(store_dir)])
    assert missing.exit_code == 2 and "Traceback" not in missing.output and "--list" in missing.output


@pytest.mark.parametrize("args", [
    ("facts", "Alice"), ("history", "Alice"), ("query", "SELECT * WHERE { ?s ?p ?o }"), ("stats",), ("dump",),
    ("lookup", "Alice"), ("merges",), ("export", "-o", "-", "-f", "json"), ("recall", "Where?"), ("profile", "Alice"),
])
def test_read_only_commands_never_create_a_store(runner: CliRunner, tmp_path: Path, args: tuple[str, ...]) -> None:
    store = tmp_path / "no" / "such" / "dir"
    result = runner.invoke(cli, [*args, "--store", str(store)])
    assert result.exit_code == 1, result.output
    assert not store.exists() and not (tmp_path / "no").exists()
    assert result.output.strip().count("\n") == 0 and "no store" in result.output and "Traceback" not in result.output


def _one_error(result: object, code: int) -> None:
    out = result.output  # type: ignore[attr-defined]
    assert result.exit_code == code, out  # type: ignore[attr-defined]
    assert "Traceback" not in out and isinstance(result.exception, SystemExit), out  # type: ignore[attr-defined]
    assert len([line for line in out.splitlines() if line.startswith("Error")]) == 1, out


def test_bad_arguments_are_one_line_errors(runner: CliRunner, store_dir: Path, tmp_path: Path) -> None:
    s = ["--store", str(store_dir)]
    _one_error(runner.invoke(cli, ["ingest", str(tmp_path / "missing.nt"), *s]), 2)
    _one_error(runner.invoke(cli, ["remember", str(tmp_path / "missing.txt"), *s]), 2)
    _one_error(runner.invoke(cli, ["add", "Alice", "age", "30", "--datatype", "integr", *s]), 2)
    _one_error(runner.invoke(cli, ["add", "Alice", "age", "abc", "--datatype", "integer", *s]), 2)
    _one_error(runner.invoke(cli, ["add", "Alice", "urn:x> <y", "Paris", *s]), 2)
    _one_error(runner.invoke(cli, ["query", "-q", "facts-about", "-p", "name=http://x>{}", *s]), 2)
    _one_error(runner.invoke(cli, ["add", "Alice", "livesIn", "???", *s]), 2)
    _one_error(runner.invoke(cli, ["add", "Al\x1b[31mice", "livesIn", "Paris", *s]), 2)
    nested = tmp_path / "deep.jsonl"
    nested.write_text('{"subject": "A", "predicate": "livesIn", "object": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    _one_error(runner.invoke(cli, ["ingest", str(nested), *s]), 1)
    with Memory(store_dir) as m:
        assert m.stats()["facts"] == 0


def test_params_bind_as_strings_unless_typed(runner: CliRunner, store_dir: Path) -> None:
    s = ["--store", str(store_dir)]
    assert runner.invoke(cli, ["add", "7", "livesIn", "Paris", *s]).exit_code == 0
    out = runner.invoke(cli, ["query", "-q", "facts-about", "-p", "name=7", "-f", "csv", *s])
    assert out.exit_code == 0 and "Paris" in out.stdout, out.output

    def bound(value: str) -> dict[str, str]:
        out = runner.invoke(cli, ["query", "SELECT ?n WHERE {}", "-p", f"n={value}", "-f", "json", *s])
        assert out.exit_code == 0, out.output
        return json.loads(out.stdout)["results"]["bindings"][0]["n"]

    assert bound("7") == {"type": "literal", "value": "7"}
    assert bound("7^^integer")["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert bound('"2024-05-01"^^xsd:date')["datatype"] == "http://www.w3.org/2001/XMLSchema#date"
    assert bound("<https://ex.org/a>") == {"type": "uri", "value": "https://ex.org/a"}


def test_tables_fit_80_columns_without_breaking_words(runner: CliRunner, store_dir: Path) -> None:
    s = ["--store", str(store_dir)]
    runner.invoke(cli, ["add", "Maximilian Alexander von Habsburg-Lothringen", "livesIn",
                        "Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson", *s])
    out = runner.invoke(cli, ["facts", "Maximilian Alexander von Habsburg-Lothringen", *s], env={"COLUMNS": "80"})
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert max(len(line) for line in lines) <= 80, out.output
    words = set(re.findall(r"[\w-]+", out.output))
    assert "predicate" in words and "livesIn" in words, out.output  # never 'predica' / 'te'
    assert "Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson" in out.output or "…" in out.output
