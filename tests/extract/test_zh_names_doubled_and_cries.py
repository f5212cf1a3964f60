"""Chinese names and words that are none (issue 13, :mod:`kg_memory.extract.chinese.segment`): a surname and a doubled pet
name (张豆豆, 韩冬冬) is a name; a cry said twice (啧啧), a word for any girl or boy (小姑娘, 小伙子) or a relative called by
rank (二叔) names nobody. Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "作业写完了吗？"), (2, "写完了。"), (1, "张豆豆，你把作业拿过来我看看。"), (2, "在书包里呢。")), "Speaker 2", "张豆豆"),
])
def test_a_surname_and_a_doubled_pet_name_is_a_name(lines, speaker, name):
    assert (speaker, name) in names(*lines)


@pytest.mark.parametrize("lines, word", [
    (((1, "啧啧，这么晚才回来。"), (2, "路上堵车了。"), (1, "啧啧，又是堵车。"), (2, "真的堵。")), "啧啧"),
    (((1, "小姑娘，你要点什么？"), (2, "一杯豆浆，两根油条。")), "小姑娘"),
    (((1, "二叔，你喝茶还是喝酒？"), (2, "喝茶吧，下午还要开车。")), "二叔"),
])
def test_a_cry_or_a_word_for_anyone_is_no_name(lines, word):
    assert not any(name == word for _, name in names(*lines))
