"""How long one has lived somewhere, said with what holds now, is the home: 我现在在苏州生活了六年, 我们一直在青岛住了十几年,
已经在厦门生活了八年; without it (我在西安住了三年) a stay that may be over gives none, and 以前 / 曾经 a former home."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str, bool]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object), f.ended)
            for f in RuleExtractor().extract([Turn("c", "0", "小雨", text)])}


@pytest.mark.parametrize(("text", "town"), [
    ("我现在在苏州生活了六年", "苏州"),
    ("我们一直在青岛住了十几年", "青岛"),
    ("我已经在厦门生活了八年，很习惯这里", "厦门"),
    ("我目前在昆明住了两年多", "昆明"),
])
def test_the_home_said_as_holding(text: str, town: str) -> None:
    assert ("小雨", "livesIn", town, False) in facts(text), facts(text)


def test_a_stay_that_may_be_over() -> None:
    assert not any(p == "livesIn" for _, p, _, _ in facts("我在西安住了三年"))


def test_a_former_home() -> None:
    found = facts("我以前一直在大连生活了五年")
    assert ("小雨", "livesIn", "大连", True) in found and ("小雨", "livesIn", "大连", False) not in found, found
