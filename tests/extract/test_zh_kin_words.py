"""Chinese words of the people around the speaker that the rules missed: a friend or boss called familiarly after 是
(我最好的朋友是小周 gave a placeholder 安娜的朋友), cousins by marriage (表姐夫, 表嫂), 哥们 (read as a plural, so
我哥们是消防员 stored nothing). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "安娜", text)])}


@pytest.mark.parametrize(("text", "told"), [
    ("我最好的朋友是小周。", {("安娜", "friend", "小周")}),
    ("我老板是老孙，人挺好的。", {("安娜", "boss", "老孙")}),
    ("我表姐夫在消防队上班。", {("安娜", "relative", "安娜的表姐夫"), ("安娜的表姐夫", "worksFor", "消防队")}),
    ("我表嫂是护士。", {("安娜", "relative", "安娜的表嫂"), ("安娜的表嫂", "jobTitle", "护士")}),
    ("我哥们在成都当厨师。", {("安娜", "friend", "安娜的哥们"), ("安娜的哥们", "jobTitle", "厨师")}),
])
def test_the_person_is_stored(text: str, told: set[tuple[str, str, str]]) -> None:
    found = facts(text)
    assert told <= found, found
    assert not any(o == "安娜的朋友" or o == "安娜的老板" for _, _, o in found), found


@pytest.mark.parametrize("text", ["我哥哥是医生。", "我老板是上海人。"])
def test_what_the_relative_is_names_no_one(text: str) -> None:
    assert not any(p in ("sibling", "boss") and not o.startswith("安娜的") for _, p, o in facts(text))


def test_a_kindergarten_teacher_is_a_job_not_a_name() -> None:
    found = facts("我老婆是幼儿园老师。")  # jieba tags 幼儿园 as a person's name: the wife was named 幼儿园
    assert ("安娜的老婆", "jobTitle", "幼儿园老师") in found, found
    assert ("安娜", "spouse", "幼儿园") not in found, found
