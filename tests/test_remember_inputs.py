"""Memory.remember takes the inputs people have (issue 18 item 6): a string, strings, OpenAI-style messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_memory import Memory, Turn
from kg_memory.cli import cli


def _lives(memory: Memory, who: str) -> list[str]:
    return [f.object.label for f in memory.facts(who, "livesIn")]


def test_a_string_is_one_turn(memory: Memory) -> None:
    report = memory.remember("I live in Paris.", speakers={"user": "Alice"})
    assert report.turns == 1
    assert _lives(memory, "Alice") == ["Paris"]
    (turn,) = memory.turns()
    assert turn.speaker == "Alice" and turn.text == "I live in Paris."


def test_a_list_of_strings_is_turns_in_order(memory: Memory) -> None:
    memory.remember(["I live in Paris.", "I moved to London."], speakers={"user": "Alice"})
    assert _lives(memory, "Alice") == ["London"]
    memory.remember("I work for Airbus.", speakers={"user": "Alice"})  # a second call: new turns, no clash
    assert len(memory.turns()) == 3


def test_openai_style_messages(memory: Memory) -> None:
    messages = [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "I live in Berlin."},
        {"role": "assistant", "content": "Berlin is lovely!"},
        {"role": "user", "content": [{"type": "text", "text": "I work for Siemens."}]},
    ]
    report = memory.remember(messages, speakers={"user": "Alice", "assistant": "Bot"})
    assert report.turns == 3  # the system prompt is not a memory
    assert _lives(memory, "Alice") == ["Berlin"]
    assert {t.speaker for t in memory.turns()} == {"Alice", "Bot"}
    assert [f.object.label for f in memory.facts("Alice", "worksFor")] == ["Siemens"]


def test_turns_still_work(memory: Memory) -> None:
    memory.remember([Turn("c1", "1", "Alice", "I live in Paris.")])
    assert _lives(memory, "Alice") == ["Paris"]


@pytest.mark.parametrize("bad", [42, b"I live in Paris", [1, 2], [{"text": "no role"}], None, {"role": "user"}])
def test_anything_else_is_a_clear_type_error(memory: Memory, bad: object) -> None:
    with pytest.raises(TypeError, match="remember"):
        memory.remember(bad)  # type: ignore[arg-type]
    assert memory.turns() == []


def test_cli_remember_takes_prose_lines(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("I live in Vienna.\nBob: I live in Lyon.\n", encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["remember", str(notes), "--speaker", "Anna", "--store", str(store)])
    assert result.exit_code == 0, result.output
    with Memory(store) as m:
        assert _lives(m, "Anna") == ["Vienna"] and _lives(m, "Bob") == ["Lyon"]
