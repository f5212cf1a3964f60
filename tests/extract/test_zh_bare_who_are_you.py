"""您是？ - 邹凯。我来送文件的。 / 你是？ - 张强，张老师让我来的。: a name opening the answer to a bare 你是？ is the
answerer's own, not a call of the one who asked; so is one after a yes to a guess at who one is (你是三楼的小张吧？ -
对，张强。); a role (保安。) or 你是说？ gives the answerer no name."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("ask", "answer", "name"), [
    ("您好，您是？", "邹凯。我来送文件的。", "邹凯"),
    ("你是？", "张强，张老师让我来的。", "张强"),
    ("请问您是？", "林晓梅。", "林晓梅"),
    ("你是三楼的小张吧？", "对，张强。", "张强"),
    ("您就是新来的会计吗？", "是的，林晓梅，今天刚来。", "林晓梅"),
])
def test_the_name_is_the_answerers(ask: str, answer: str, name: str) -> None:
    got = names((1, ask), (2, answer), (1, "哦，好的，进来吧。"))
    assert ("Speaker 2", name) in got, got
    assert ("Speaker 1", name) not in got, got


@pytest.mark.parametrize(("ask", "answer", "word"), [("你是？", "保安。", "保安"), ("你是说？", "林晓梅。", "林晓梅"),
                                                      ("你是他哥吧？", "对，张强是我弟。", "张强")])
def test_no_name_of_the_answerer(ask: str, answer: str, word: str) -> None:
    got = names((1, ask), (2, answer), (1, "哦，好的。"))
    assert ("Speaker 2", word) not in got, got
