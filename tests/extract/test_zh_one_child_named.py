"""Chinese: children counted, then one named with the age after the name, in the same turn or the speaker's next one:
我有两个孩子。 - 大的叫乐乐，今年十岁。 gives (安娜, child, 乐乐) and (乐乐, age, 10) (it gave nothing of 乐乐), 我有两个孩子，
大的叫乐乐，今年十岁，小的叫欢欢，五岁 both ages; not without children counted (大的叫乐乐 said alone). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*said: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(n), "安娜", text) for n, text in enumerate(said)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("said", "named"), [
    (("我有两个孩子。", "大的叫乐乐，今年十岁。"), [("乐乐", "10")]),
    (("我家有两个儿子，老大叫壮壮，已经十二岁了。",), [("壮壮", "12")]),
    (("我有两个孩子，大的叫乐乐，今年十岁，小的叫欢欢，五岁。",), [("乐乐", "10"), ("欢欢", "5")]),
])
def test_one_of_the_children_named_and_aged(said: tuple[str, ...], named: list[tuple[str, str]]) -> None:
    found = facts(*said)
    for name, age in named:
        assert ("安娜", "child", name) in found and (name, "age", age) in found, found


def test_no_child_without_children_counted() -> None:
    assert not any(p in ("child", "age") for _, p, _ in facts("大的叫乐乐，今年十岁。")), facts("大的叫乐乐，今年十岁。")
