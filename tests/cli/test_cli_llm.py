"""`kgmem remember --llm-url` against a real local server speaking the chat-completions protocol."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg_memory import Memory
from kg_memory.cli import cli
from tests.extract.test_llm_extractor import GOOD, FakeChatServer, answer


def test_remember_with_an_llm(tmp_path: Path, monkeypatch):
    chat = tmp_path / "chat.jsonl"
    chat.write_text("\n".join(json.dumps(t) for t in [
        {"conversation": "c1", "turn": "1", "speaker": "Ann", "text": "I live in Paris and I went to Rome last May."},
        {"conversation": "c1", "turn": "2", "speaker": "Bob", "text": "My dog Rex is 3."},
    ]))
    monkeypatch.setenv("KGMEM_LLM_API_KEY", "secret")
    store = tmp_path / "store"
    with FakeChatServer([answer(GOOD)]) as server:
        result = CliRunner().invoke(cli, ["remember", str(chat), "--store", str(store), "--llm-url", server.url,
                                          "--llm-model", "my-model", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["facts"] == 3
    assert server.requests[0]["body"]["model"] == "my-model"
    assert server.requests[0]["headers"]["Authorization"] == "Bearer secret"
    with Memory(store) as memory:
        assert memory.facts("Bob")[0].object.label == "Rex"


def test_a_broken_llm_answer_stores_nothing(tmp_path: Path):
    chat = tmp_path / "chat.txt"
    chat.write_text("Ann: I live in Paris.\n")
    store = tmp_path / "store"
    with FakeChatServer([answer(None, raw="{not json")]) as server:
        result = CliRunner().invoke(cli, ["remember", str(chat), "--store", str(store), "--llm-url", server.url])
    assert result.exit_code == 1 and "Traceback" not in result.output
    with Memory(store) as memory:
        assert memory.stats()["facts"] == 0 and memory.turns() == []
