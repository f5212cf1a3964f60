"""Chinese statements in the short forms of chat: 我是江苏的 (where one is from, no name), 老家河南的, 东北大妞, 我住北京
(no 在), base深圳, 无肉不欢, 还没对象 (single)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("我是江苏的，在上海上班。", ("安娜", "hometown", "江苏")),
    ("我老公是东北的。", ("安娜的老公", "hometown", "东北")),
    ("我是日本的。", ("安娜", "nationality", "日本")),
    ("我老家山西大同的。", ("安娜", "hometown", "山西大同")),
    ("我是地道的东北大妞。", ("安娜", "hometown", "东北")),
    ("我老公是山东汉子。", ("安娜的老公", "hometown", "山东")),
    ("我住上海浦东。", ("安娜", "livesIn", "上海浦东")),
    ("我爸妈现在住广州。", ("安娜的爸妈", "livesIn", "广州")),
    ("我做产品经理，base深圳。", ("安娜", "workLocation", "深圳")),
    ("我无肉不欢。", ("安娜", "likes", "肉")),
    ("我都三十了，还没对象。", ("安娜", "maritalStatus", "single")),
    ("我哥还没有女朋友。", ("安娜的哥", "maritalStatus", "single")),
])
def test_a_short_form_says_what_the_full_one_does(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line), kept(line)


@pytest.mark.parametrize(("line", "wrong"), [
    ("我是江苏的。", "name"),
    ("我住院了。", "livesIn"),
    ("我住这儿。", "livesIn"),
    ("我们住一起。", "livesIn"),
    ("我是公司的。", "hometown"),
    ("我不是江苏的。", "hometown"),
    ("我是个好姑娘。", "hometown"),
    ("我不找对象。", "maritalStatus"),
    ("我有对象。", "maritalStatus"),
])
def test_no_wrong_fact_is_read_from_a_short_form(line: str, wrong: str) -> None:
    assert not any(p == wrong for _, p, _ in kept(line)), kept(line)
