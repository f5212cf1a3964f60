"""How Chinese speakers call each other, as names or not: an elder or a stranger called as such (阿姨, 伯伯, 帅哥)
bears no name; a name guessed with 吧 ("您是王建国吧？") calls the one who answers, as with 吗; a surname with a title
said at work or to a neighbour's elder (陈教练, 李护士, 张叔叔) names the one called."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines", [
    ((2, "你好，你叫什么？"), (1, "阿姨，您好，我叫陈浩。"), (2, "好孩子。")),
    ((1, "伯伯，您先坐。"), (2, "好好好。"), (1, "我去倒茶。")),
    ((1, "帅哥，要点什么？"), (2, "一杯美式。")),
])
def test_an_elder_or_a_stranger_called_as_such_bears_no_name(lines: tuple[tuple[int, str], ...]) -> None:
    got = facts(*lines)
    assert not any(p in ("name", "alternateName") and o in ("阿姨", "伯伯", "帅哥") for s, p, o in got), got


@pytest.mark.parametrize(("lines", "name"), [
    (((1, "你好，你是李静吧？我是张阿姨介绍来的。"), (2, "对，你好，快坐。")), "李静"),
    (((1, "请问，您是王建国吧？"), (2, "对，我就是。")), "王建国"),
])
def test_a_name_guessed_with_ba_calls_the_one_who_answers(lines: tuple[tuple[int, str], ...], name: str) -> None:
    got = facts(*lines)
    assert ("Speaker 2", "alternateName", name) in got, got


@pytest.mark.parametrize(("lines", "speaker", "name"), [
    (((1, "再跑两圈！"), (2, "陈教练，我真跑不动了。"), (1, "坚持一下。")), "Speaker 1", "陈教练"),
    (((1, "我妈今天要打针。"), (2, "李护士，麻烦您轻一点。"), (3, "放心吧，不疼的。"), (2, "谢谢李护士。")),
     "Speaker 3", "李护士"),
    (((1, "张叔叔，您又来买菜啊？"), (2, "是啊，今天的白菜新鲜。")), "Speaker 2", "张叔叔"),
])
def test_a_surname_and_a_title_names_the_one_called(lines: tuple[tuple[int, str], ...], speaker: str, name: str) -> None:
    got = facts(*lines)
    assert (speaker, "alternateName", name) in got, got
