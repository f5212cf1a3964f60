"""张奶奶, 孟爷爷, 刘伯伯: an old neighbour called by surname and the word for a grandparent or an uncle is called by a name
(issue 13), as 张叔叔 and 王阿姨 are: the one who answers the call bears it; 奶奶 alone or 我奶奶 is no name. Invented scenes."""

from __future__ import annotations

import pytest

from kg_memory.extract.chinese.segment import is_called_name
from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("name", ["蒋奶奶", "孟爷爷", "刘伯伯"])
def test_a_surname_and_an_elders_word_is_a_name(name):
    assert is_called_name(name)


@pytest.mark.parametrize("word", ["奶奶", "我奶奶", "老奶奶", "他爷爷"])
def test_an_elders_word_alone_is_no_name(word):
    assert not is_called_name(word)


def test_the_one_who_answers_bears_the_call():
    found = facts((1, "蒋奶奶，您看谁来看您了？"), (3, "哎哟，是小宇啊！"), (2, "奶奶，我给您带了点心。"))
    assert ("Speaker 3", "alternateName", "蒋奶奶") in found
