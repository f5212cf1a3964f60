"""`split` undoes a merge (issue 18, item 8): the split-off entity exists afterwards with the facts
that came from its mention (said by it as a speaker, or about it), on every backend."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kg_memory import Memory, Turn
from kg_memory.cli import cli
from kg_memory.ids import entity_iri
from tests.stores.backends import BACKENDS, make_store

TURNS = [
    Turn("c1", "1", "Zhang San", "I live in Beijing.", datetime(2024, 1, 1, tzinfo=UTC)),
    Turn("c2", "1", "San Zhang", "I work for Acme.", datetime(2024, 2, 1, tzinfo=UTC)),
    Turn("c2", "2", "Li Si", "San Zhang likes tea.", datetime(2024, 2, 1, tzinfo=UTC)),
]


@pytest.fixture(params=BACKENDS)
def memory(request: pytest.FixtureRequest, tmp_path) -> Iterator[Memory]:
    with Memory(make_store(request.param, request, tmp_path)) as m:
        yield m


def _about(memory: Memory, name: str) -> list[tuple[str, str]]:
    return sorted((f.predicate, f.object.label) for f in memory.facts(name))


def test_split_of_a_speaker_merge_gives_the_mention_its_facts(memory: Memory):
    memory.remember(TURNS)
    assert [(m.mention, m.into) for m in memory.merges()] == [("San Zhang", entity_iri("Zhang San", "Person"))]
    new = memory.split("San Zhang")
    assert new.iri == entity_iri("San Zhang", "Person")
    entities = {e.iri: e for e in memory.store.entities(namespace=memory.namespace)}
    assert new.iri in entities and "San Zhang" not in entities[entity_iri("Zhang San", "Person")].aliases
    assert memory.entity("San Zhang").iri == new.iri
    assert _about(memory, "San Zhang") == [("likes", "tea"), ("worksFor", "Acme")]
    assert _about(memory, "Zhang San") == [("livesIn", "Beijing")]
    assert memory.merges() == []


def test_split_without_turns_still_gives_the_mention_an_entity(memory: Memory):
    memory.add("Zhang San", "livesIn", "Beijing")
    memory.add("San Zhang", "worksFor", "Huawei")
    assert [m.mention for m in memory.merges()] == ["San Zhang"]
    new = memory.split("San Zhang")
    assert new.iri in {e.iri for e in memory.store.entities(namespace=memory.namespace)}
    assert memory.entity("San Zhang").iri == new.iri and memory.merges() == []


def test_cli_split_after_remember(runner, tmp_path: Path):
    store = ["--store", str(tmp_path / "store")]
    chat = tmp_path / "chat.jsonl"
    chat.write_text("\n".join(json.dumps({"conversation": t.conversation, "turn": t.turn, "speaker": t.speaker,
                                          "text": t.text, "time": t.time.isoformat()}) for t in TURNS) + "\n")
    assert runner.invoke(cli, ["remember", str(chat), *store]).exit_code == 0
    out = runner.invoke(cli, ["split", "San Zhang", *store])
    assert out.exit_code == 0, out.output
    out = runner.invoke(cli, ["facts", "San Zhang", *store, "--format", "json"])
    assert out.exit_code == 0, out.output
    assert sorted(r["object"] for r in json.loads(out.output)) == ["Acme", "tea"]
    assert "San Zhang" not in runner.invoke(cli, ["merges", *store, "--format", "csv"]).output
