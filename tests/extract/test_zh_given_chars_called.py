"""A given name's character before 哥 or after 阿/小 is how friends and workmates call one (彪哥, 光哥, 阿彬, 小帆); the
characters 彪 光 福 迪 彬 壮 帆 栋 count as given-name characters now; a word they make (光子, 强壮, 阿迪 the brand) names
nobody."""

from __future__ import annotations

import pytest

from kg_memory.extract.chinese.call_forms import called_form
from kg_memory.extract.chinese.segment import is_nickname
from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("lines", "speaker", "name"), [
    (((1, "福哥，今天的货到了没有？"), (2, "到了，在后门堆着呢。")), "Speaker 2", "福哥"),
    (((2, "栋哥，帮我看一下这个报错。"), (1, "等我喝口水。")), "Speaker 1", "栋哥"),
    (((1, "阿彬，你下午有空吗？"), (2, "有，怎么了？")), "Speaker 2", "阿彬"),
    (((1, "小帆，把灯关了再走。"), (2, "知道啦。")), "Speaker 2", "小帆"),
])
def test_a_given_name_character_called_with_ge_a_or_xiao_names_the_one_called(
        lines: tuple[tuple[int, str], ...], speaker: str, name: str) -> None:
    got = facts(*lines)
    assert (speaker, "alternateName", name) in got, got


def test_words_of_those_characters_are_no_names() -> None:
    assert called_form("彪哥") and called_form("帆哥") and is_nickname("阿彬")
    assert not called_form("光子") and not called_form("强壮") and not is_nickname("阿迪")
