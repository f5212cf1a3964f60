"""Issue 16: a bulk write on disk compacts the embedded store once, at its end, when the quads
bulk-loaded since the last compaction are many (``_COMPACT_QUADS``) and a large share of the store
(``_COMPACT_SHARE``): reads after a large load then need no ``kgmem optimize``. What is read stays the same."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_memory import ids
from kg_memory.cli import cli
from kg_memory.stores import rdf
from kg_memory.stores.rdf import RdfStore
from kg_memory.types import Entity, Fact

KGM = "https://w3id.org/kg-memory/ns#"


def _lines(first: int, n: int) -> bytes:
    """``n`` facts as N-Triples: one person each, knowing the next."""
    person = "https://w3id.org/kg-memory/id/person.p"
    return "".join(f"<{person}{i}> <{KGM}knows> <{person}{i + 1}> .\n" for i in range(first, first + n)).encode()


def _recorded(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The quads loaded before each compaction that writes run from now on."""
    seen: list[int] = []
    optimize = RdfStore.optimize

    def recorded(self: RdfStore) -> None:
        seen.append(self._loaded)
        optimize(self)

    monkeypatch.setattr(RdfStore, "optimize", recorded)
    return seen


@pytest.fixture
def compactions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The quads loaded before each compaction a write ran (thresholds made small: 10 quads, half the store)."""
    monkeypatch.setattr(rdf, "_COMPACT_QUADS", 10)
    monkeypatch.setattr(rdf, "_COMPACT_SHARE", 0.5)
    return _recorded(monkeypatch)


def test_a_large_load_compacts_the_store_once_at_its_end(tmp_path: Path, compactions: list[int]):
    store = RdfStore(tmp_path / "s")
    store.load(io.BytesIO(_lines(0, 30)), format="nt")
    assert compactions == [30]
    assert sorted(f.object.iri for f in store.facts(subject="https://w3id.org/kg-memory/id/person.p3")) == [
        "https://w3id.org/kg-memory/id/person.p4"]
    store.close()


def test_small_loads_compact_once_what_they_loaded_is_due(tmp_path: Path, compactions: list[int]):
    """Loads below the threshold add up; after a compaction the count starts again, and a load must
    then also be half of what the store holds (so that a long run of loads compacts a few times only)."""
    store = RdfStore(tmp_path / "s")
    for first in (0, 4, 8):
        store.load(io.BytesIO(_lines(first, 4)), format="nt")
    assert compactions == [12]  # 4 + 4 + 4: due at the third load
    store.load(io.BytesIO(_lines(12, 11)), format="nt")  # 11 quads of 23 stored: under half
    assert compactions == [12]
    store.load(io.BytesIO(_lines(23, 2)), format="nt")  # 13 of 25
    assert compactions == [12, 13]
    store.close()


def test_a_large_batch_compacts_once_and_small_ones_do_not(tmp_path: Path, compactions: list[int],
                                                          monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(rdf, "_BULK_QUADS", 20)  # a batch of 20 quads or more goes through the bulk loader
    store = RdfStore(tmp_path / "s")
    people = [Entity(f"P{i}", "Person", ids.entity_iri(f"P{i}", "Person")) for i in range(12)]
    store.add([Fact(a, "knows", b) for a, b in zip(people, people[1:])])
    assert len(compactions) == 1 and compactions[0] >= 20
    store.add([Fact(people[0], "age", 30)])  # a transaction: nothing bulk-loaded, nothing to compact
    assert len(compactions) == 1
    assert [f.object for f in store.facts(subject=people[0].iri, predicate="age")] == [30]
    store.close()


def test_nothing_compacts_in_memory_or_under_the_default_threshold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    seen = _recorded(monkeypatch)
    for path in (None, tmp_path / "s"):
        store = RdfStore(path)
        store.load(io.BytesIO(_lines(0, 50)), format="nt")
        store.close()
    assert seen == []


def test_a_reopened_store_counts_from_zero(tmp_path: Path, compactions: list[int]):
    store = RdfStore(tmp_path / "s")
    store.load(io.BytesIO(_lines(0, 6)), format="nt")
    store.close()
    store.load(io.BytesIO(_lines(6, 6)), format="nt")  # reopened: 6 loaded since, not 12
    assert compactions == []
    store.close()


def test_kgmem_ingest_of_a_large_file_leaves_the_store_compacted(tmp_path: Path, compactions: list[int]):
    data = tmp_path / "people.nt"
    data.write_bytes(_lines(0, 30))
    result = CliRunner().invoke(cli, ["ingest", str(data), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert "30 triples loaded" in result.stdout
    assert compactions == [30]


def test_kgmem_says_it_compacts_at_a_terminal_or_with_verbose(tmp_path: Path, compactions: list[int]):
    """The compaction after a large load can take half a minute once the progress bar is done: kgmem says so
    on stderr with -v (and at a terminal, see ``level_for``); in a pipe, without -v, stderr stays quiet."""
    data = tmp_path / "people.nt"
    data.write_bytes(_lines(0, 30))
    runner = CliRunner()
    said = runner.invoke(cli, ["-v", "ingest", str(data), "--store", str(tmp_path / "loud")])
    quiet = runner.invoke(cli, ["ingest", str(data), "--store", str(tmp_path / "quiet")])
    assert said.exit_code == quiet.exit_code == 0, said.output + quiet.output
    assert compactions == [30, 30]
    assert "kgmem: compacting" in said.stderr and str(tmp_path / "loud") in said.stderr
    assert "compacting" not in quiet.stderr and "30 triples loaded" in quiet.stdout


def test_a_failed_compaction_leaves_the_load_done(tmp_path: Path, compactions: list[int],
                                                  monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture):
    def fail(self: RdfStore) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(RdfStore, "optimize", fail)
    store = RdfStore(tmp_path / "s")
    assert store.load(io.BytesIO(_lines(0, 30)), format="nt") == 30
    assert "disk full" in caplog.text
    assert store.stats()["facts"] == 30
    store.close()
