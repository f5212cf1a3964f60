"""A nickname of a given name's character and 子 said to someone (涛子，过来！, 叶子，你来了) names the one called, as 阿强 and
鹏哥 do; a word for a kind of person or a thing ending in 子 said as a call (儿子，过来！, 胖子，让一让) names nobody."""

from __future__ import annotations

import pytest

from kg_memory.extract.chinese.call_forms import zi_nickname
from kg_memory.extract.names import plausible_name
from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("lines", "name"), [
    (((1, "涛子，快过来搭把手！"), (2, "来了来了，别催。")), "涛子"),
    (((1, "叶子，你可算来了。"), (2, "路上堵车，不好意思。")), "叶子"),
    (((1, "彬子，把那个箱子递给我。"), (2, "给，接着。")), "彬子"),
    (((1, "强子，你脸色怎么这么差？"), (2, "昨晚没睡好。")), "强子"),
    (((1, "柱子，回家吃饭了！"), (2, "知道了，马上回。")), "柱子"),
    (((1, "豆子，别在院子里乱跑！"), (2, "我就玩一会儿。")), "豆子"),
])
def test_a_nickname_in_zi_called_names_the_one_called(lines: tuple[tuple[int, str], ...], name: str) -> None:
    got = facts(*lines)
    assert ("Speaker 2", "alternateName", name) in got, got


@pytest.mark.parametrize(("lines", "word"), [
    (((1, "儿子，过来！"), (2, "来了，爸。")), "儿子"),
    (((1, "胖子，让一让。"), (2, "哦，好。")), "胖子"),
    (((1, "傻子，你在那儿发什么呆？"), (2, "我在想事情。")), "傻子"),
    (((1, "小子，站住！"), (2, "干嘛？")), "小子"),
    (((1, "孩子，别哭了。"), (2, "嗯。")), "孩子"),
    (((1, "骗子，把钱还给我！"), (2, "我没骗你。")), "骗子"),
    (((1, "厨子，菜好了没有？"), (2, "马上就好。")), "厨子"),
    (((1, "瘦子，你过来一下。"), (2, "什么事？")), "瘦子"),
])
def test_a_role_noun_in_zi_called_is_no_name(lines: tuple[tuple[int, str], ...], word: str) -> None:
    got = facts(*lines)
    assert not any(p in ("name", "alternateName") and o == word for s, p, o in got), got


@pytest.mark.parametrize("word", ["涛子", "彬子", "强子", "柱子", "豆子", "叶子", "英子"])
def test_a_nickname_in_zi_is_a_plausible_name(word: str) -> None:
    assert zi_nickname(word) and plausible_name(word, frozenset())


@pytest.mark.parametrize("word", ["儿子", "妻子", "胖子", "瘦子", "傻子", "骗子", "厨子", "桌子", "杯子", "房子", "车子",
                                  "日子", "样子", "帽子", "鞋子", "饺子", "包子", "点子", "影子", "月子", "乐子", "光子", "凯子", "彪子"])
def test_a_thing_or_role_noun_in_zi_is_no_name(word: str) -> None:
    assert not zi_nickname(word) and not plausible_name(word, frozenset())
