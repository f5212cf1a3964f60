"""A Chinese elder or worker called by a compound surname (欧阳律师, 司马老师) or by a surname that is also a common word
(房阿姨, 易店长, 冷女士, 葛爷爷) and a title is named so; a turn that calls one person and says 你 to them, then speaks of
two others inside the clause, still calls that one person."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("lines", "speaker", "name"), [
    (((1, "欧阳律师，这份合同您帮我看看。"), (2, "好，我今晚看完给你回复。")), "Speaker 2", "欧阳律师"),
    (((1, "司马老师，我的论文改好了。"), (2, "放桌上吧，我下午看。")), "Speaker 2", "司马老师"),
    (((1, "房阿姨，您的快递放门口了。"), (2, "谢谢你啊，小伙子。")), "Speaker 2", "房阿姨"),
    (((1, "葛爷爷，您今天下棋赢了没有？"), (2, "赢了两盘，输了一盘。")), "Speaker 2", "葛爷爷"),
    (((1, "易店长，今天的面包都卖完了吗？"), (2, "还剩几个菠萝包。")), "Speaker 2", "易店长"),
])
def test_a_rarer_or_compound_surname_and_a_title_names_the_one_called(lines: tuple[tuple[int, str], ...],
                                                                      speaker: str, name: str) -> None:
    got = facts(*lines)
    assert (speaker, "alternateName", name) in got, got


def test_a_call_with_you_and_two_people_spoken_of_is_no_crowd() -> None:
    got = facts((1, "王女士，您想看几居室？"), (2, "两居就够了。"), (1, "小胡，你把资料打印一份。"), (4, "好，马上。"),
                (3, "师父，我回来了，钥匙拿到了。"), (1, "好，阿杰，你跟小胡一起陪王女士去看房。"), (3, "好的，我去开车。"))
    assert ("Speaker 3", "alternateName", "阿杰") in got, got


@pytest.mark.parametrize("word", ["班主任", "安哥"])
def test_a_word_made_of_such_a_surname_and_a_title_is_no_name(word: str) -> None:
    from kg_memory.extract.chinese.segment import is_titled_name

    assert not is_titled_name(word)
