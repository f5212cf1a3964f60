"""Reading turns: empty turns are skipped with a warning, not fatal (issue 13, item 5)."""

from __future__ import annotations

import io
import logging

import pytest

from kg_memory import Memory, ParseError
from kg_memory.formats import read_turns


def test_an_empty_transcript_turn_is_skipped_with_a_warning(caplog):
    text = "Speaker 1: I live in Paris.\nSpeaker 2:\nSpeaker 2：  \nSpeaker 1: I have a dog.\n"
    with caplog.at_level(logging.WARNING, logger="kg_memory.formats"):
        turns = read_turns(io.StringIO(text), "txt", name="chat.txt")
    assert [(t.turn, t.speaker, t.text) for t in turns] == [
        ("1", "Speaker 1", "I live in Paris."), ("2", "Speaker 1", "I have a dog.")]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert "chat.txt" in warnings[0] and "line 2" in warnings[0] and "empty turn" in warnings[0]


def test_an_empty_jsonl_turn_is_skipped_with_a_warning(caplog):
    text = ('{"speaker": "Ann", "text": "I live in Paris."}\n{"speaker": "Bob", "text": ""}\n'
            '{"speaker": "Bob", "text": "   "}\n{"speaker": "Bob"}\n{"speaker": "Ann", "text": "Hi"}\n')
    with caplog.at_level(logging.WARNING, logger="kg_memory.formats"):
        turns = read_turns(io.StringIO(text), "jsonl", name="chat.jsonl")
    assert [(t.turn, t.text) for t in turns] == [("1", "I live in Paris."), ("5", "Hi")]
    assert sum(r.levelno == logging.WARNING for r in caplog.records) == 3


def test_a_turn_without_a_speaker_is_still_an_error():
    with pytest.raises(ParseError, match="missing speaker") as err:
        read_turns(io.StringIO('{"text": "I live in Paris."}\n'), "jsonl", name="chat.jsonl")
    assert err.value.line == 1
    with pytest.raises(ParseError, match="Speaker: text") as err:
        read_turns(io.StringIO("Speaker 1: hi\njust words\n"), "txt", name="chat.txt")
    assert err.value.line == 2


def test_a_conversation_with_an_empty_turn_is_remembered(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("Ann: I live in Paris.\nBob:\nBob: I have a dog named Rex.\n", encoding="utf-8")
    with Memory(tmp_path / "store") as memory:
        report = memory.remember(read_turns(str(path), "txt"))
        assert report.turns == 2
        assert ("livesIn", "Paris") in {(f.predicate, f.object.label) for f in memory.facts("Ann")}


def test_kgmem_remember_skips_an_empty_turn(tmp_path, caplog):
    import json

    from click.testing import CliRunner

    from kg_memory.cli import cli

    chat = tmp_path / "chat.txt"
    chat.write_text("Speaker 1: I live in Paris.\nSpeaker 2:\nSpeaker 2: I have a dog named Rex.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kg_memory.formats"):
        result = CliRunner().invoke(cli, ["remember", "--store", str(tmp_path / "store"), str(chat), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["turns"] == 2
    assert any("empty turn" in r.getMessage() for r in caplog.records)
