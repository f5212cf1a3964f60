"""The shipped learned extractor: fixture dialogues in English and Chinese, determinism, the CLI path."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_memory.extract.combined import CombinedExtractor, make_extractor
from kg_memory.extract.model import ModelExtractor, speaker_names
from kg_memory.types import Fact, Turn

pytest.importorskip("torch")


@pytest.fixture(scope="module")
def model() -> ModelExtractor:
    return ModelExtractor()


def _turns(*texts: str, speakers: tuple[str, ...] = ("Speaker 1", "Speaker 2")) -> list[Turn]:
    return [Turn("c", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]


def _triples(facts: list[Fact]) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object if isinstance(f.object, str) else f.object.label) for f in facts}


@pytest.mark.parametrize(("texts", "expected"), [
    (("Ross is my brother.", "Oh, I didn't know that."), ("Speaker 1", "sibling", "Ross")),
    (("Have you met Rachel?", "Yes! She is my roommate."), ("Speaker 2", "roommate", "Rachel")),
    (("I live in Paris.",), ("Speaker 1", "livesIn", "Paris")),
    (("I hate Gunther.",), ("Speaker 1", "negativeImpression", "Gunther")),  # "I really hate": MODEL_CARD, Limits
    (("张伟的妻子是李娜。",), ("张伟", "spouse", "李娜")),
    (("我讨厌罗斯。",), ("Speaker 1", "negativeImpression", "罗斯")),
    (("你认识菲比吗？", "认识，菲比是我的室友。"), ("Speaker 2", "roommate", "菲比")),
])
def test_fixture_dialogues_give_their_fact(model: ModelExtractor, texts: tuple[str, ...],
                                           expected: tuple[str, str, str]) -> None:
    found = _triples(model.extract(_turns(*texts)))
    s, p, o = expected
    assert (s, p, o) in found or (p in ("sibling", "spouse", "roommate") and (o, p, s) in found), found


@pytest.mark.parametrize("texts", [
    ("Is Monica your sister?",),
    ("Monica is not my sister.",),
    ("Do you live in Paris?",),
    ("李娜是你的妹妹吗？",),
    ("李娜不是我的妹妹。",),
])
def test_negation_and_questions_give_nothing(model: ModelExtractor, texts: tuple[str, ...]) -> None:
    assert model.extract(_turns(*texts)) == []


def test_a_speaker_is_named_by_how_others_address_them() -> None:
    turns = _turns("Joey, come here!", "What?", "Hey Joey, look at this.")
    assert _triples(speaker_names(turns)) == {("Speaker 2", "alternateName", "Joey")}
    assert _triples(speaker_names(_turns("菲比，你好吗？", "我很好。"))) == {("Speaker 2", "alternateName", "菲比")}


def test_the_shipped_model_is_deterministic(model: ModelExtractor) -> None:
    turns = _turns("Ross is my brother and I live in Paris.", "Rachel is my roommate.", "我讨厌罗斯。")
    first = [(f.subject.label, f.predicate, str(f.object), f.confidence) for f in model.extract(turns)]
    again = [(f.subject.label, f.predicate, str(f.object), f.confidence) for f in ModelExtractor().extract(turns)]
    assert first == again and first


def test_the_shipped_threshold_stays_at_097(model: ModelExtractor) -> None:
    # the shipped config.json has no chosen threshold (its weights predate train.choose_threshold)
    assert model.threshold == 0.97 and ModelExtractor(threshold=0.5).threshold == 0.5


def test_the_model_loads_quickly() -> None:
    start = time.perf_counter()
    ModelExtractor()
    assert time.perf_counter() - start < 2.0  # torch is imported already (by the fixture)


def test_empty_turns_are_skipped(model: ModelExtractor) -> None:
    assert _triples(model.extract(_turns("", "Ross is my brother."))) >= {("Speaker 2", "sibling", "Ross")}


def test_combined_keeps_the_rules_and_adds_the_models_pairs(model: ModelExtractor) -> None:
    turns = _turns("I live in Paris.", "Rachel is my roommate.")
    combined = CombinedExtractor(model=model)
    found = _triples(combined.extract(turns))
    assert ("Speaker 1", "livesIn", "Paris") in found
    assert any(p == "roommate" for _, p, _ in found)
    assert len([t for t in found if t[2] == "Paris"]) == 1  # rules and model agree: kept once


def test_make_extractor_names() -> None:
    assert type(make_extractor("combined")).__name__ == "CombinedExtractor"
    with pytest.raises(Exception, match="unknown extractor"):
        make_extractor("magic")


def test_kgmem_remember_with_the_model(tmp_path: Path) -> None:
    from kg_memory.cli import cli

    chat = tmp_path / "chat.txt"
    chat.write_text("Speaker 1: Ross is my brother.\nSpeaker 2: Oh, I didn't know that.\n", encoding="utf-8")
    store = tmp_path / "store"
    runner = CliRunner()
    result = runner.invoke(cli, ["remember", str(chat), "--store", str(store), "--extractor", "model", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["facts"] >= 1
    facts = runner.invoke(cli, ["facts", "Speaker 1", "--store", str(store), "-f", "json"])
    assert "sibling" in facts.output
    bad = runner.invoke(cli, ["remember", str(chat), "--store", str(store), "--extractor", "llm"])
    assert bad.exit_code != 0 and "llm-url" in bad.output
