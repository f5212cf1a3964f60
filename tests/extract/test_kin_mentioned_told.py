"""Relatives whose mere mention tells something are kept: a relative by marriage tells a marriage ("my father-in-law
keeps calling", 我公婆帮我们带娃), and one who lives with the speaker tells the household ("my aunt is staying with us",
我外婆跟我们住一起); other relatives mentioned in passing still store nothing ("my uncle says hi"). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    speaker = "安娜" if text[0] >= "\u4e00" else "Ann"
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", speaker, text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("My father-in-law keeps sending me articles about retirement.", ("Ann", "relative", "Ann's father-in-law")),
    ("ugh my sister-in-law is visiting again this weekend", ("Ann", "relative", "Ann's sister-in-law")),
    ("My brother-in-law keeps borrowing my car.", ("Ann", "relative", "Ann's brother-in-law")),
    ("我公婆周末过来帮我们带娃。", ("安娜", "relative", "安娜的公婆")),
    ("我丈母娘做的红烧肉特别好吃。", ("安娜", "relative", "安娜的丈母娘")),
    ("我嫂子下个月生。", ("安娜", "relative", "安娜的嫂子")),
])
def test_a_relative_by_marriage_tells_a_marriage(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("My aunt is staying with us until she finds a flat.", ("Ann", "relative", "Ann's aunt")),
    ("My cousin just moved in with me.", ("Ann", "relative", "Ann's cousin")),
    ("Grandpa's fine, my grandpa has been living with us since March.", ("Ann", "relative", "Ann's grandpa")),
    ("我外婆现在跟我们住一起。", ("安娜", "relative", "安娜的外婆")),
    ("我表妹暑假住我家。", ("安娜", "relative", "安娜的表妹")),
])
def test_a_relative_living_with_the_speaker_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


@pytest.mark.parametrize("text", [
    "My uncle says hi.",
    "My aunt lives with her sister in Leeds.",
    "我舅舅让我早点回家。",
    "我表哥跟他女朋友住一起。",
    "What should I get my mother-in-law for her birthday?",
    "帮我给岳父写一段生日祝福。",
])
def test_a_relative_mentioned_in_passing_stores_nothing(text: str) -> None:
    assert not facts(text)
