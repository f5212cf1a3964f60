"""A name asked of a thing just spoken of (issue 13): "你们公司是做游戏的？叫什么来着？" - "星火互娱。" names the company, not the
one answering; "你叫什么？" - "王磊。" still names them."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines", [
    ((1, "你们公司是那个做游戏的？叫什么来着，星火？"), (2, "星火互娱。"), (3, "哦，听说过。")),
    ((1, "你上回说的那家店，在哪条街？叫什么来着？"), (2, "老码头。"), (3, "下次一起去。")),
    ((1, "你们小区门口新开的那个健身房，叫什么名字？"), (2, "力动。"), (3, "贵吗？")),
])
def test_a_thing_named_on_asking_names_no_one(lines):
    assert names(*lines) == set()


@pytest.mark.parametrize("lines, name", [
    (((1, "你好，我是新来的。你叫什么？"), (2, "王磊。"), (3, "欢迎欢迎。")), "王磊"),
    (((1, "我在医院上班。你叫什么名字？"), (2, "李娜。"), (3, "哦，好巧。")), "李娜"),
])
def test_the_name_asked_of_the_one_spoken_to_is_theirs(lines, name):
    assert ("Speaker 2", name) in names(*lines)
