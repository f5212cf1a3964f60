"""A less common surname called with 小, 老 or a title names the one called (小鞠, 老滕, 岳队长, 萧老师, 焦班长), as a
common one does (小李, 王老师); where the two make a word (小麦, 老牛, 小米) nobody is named."""

from __future__ import annotations

import pytest

from kg_memory.extract.chinese.segment import is_familiar_name, is_titled_name
from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("lines", "speaker", "name"), [
    (((1, "小鞠，仓库钥匙在你那儿吗？"), (2, "在我这儿，马上给您送过去。")), "Speaker 2", "小鞠"),
    (((1, "老滕，下午的会你去不去？"), (2, "去，我把报表带上。")), "Speaker 2", "老滕"),
    (((1, "萧老师，这道题我还是不会。"), (2, "别急，我们再看一遍。")), "Speaker 2", "萧老师"),
    (((2, "焦班长，机器又停了。"), (1, "我过去看看。")), "Speaker 1", "焦班长"),
    (((1, "岳队长，人都到齐了吗？"), (2, "到齐了，可以出发。")), "Speaker 2", "岳队长"),
])
def test_a_less_common_surname_called_familiarly_or_with_a_title_names_the_one_called(
        lines: tuple[tuple[int, str], ...], speaker: str, name: str) -> None:
    got = facts(*lines)
    assert (speaker, "alternateName", name) in got, got


@pytest.mark.parametrize("lines", [
    ((1, "小麦，今年收成怎么样？"), (2, "还行，比去年强。")),
    ((1, "老牛，你看那边，跑出来一头。"), (2, "我去追。")),
    ((1, "小米，你再煮一锅吧。"), (2, "好，我去淘米。")),
])
def test_words_made_of_such_a_surname_name_nobody(lines: tuple[tuple[int, str], ...]) -> None:
    got = facts(*lines)
    assert not any(p in ("name", "alternateName") for s, p, o in got), got


def test_only_the_forms_are_read_not_the_surname_in_words() -> None:
    assert is_familiar_name("小鞠") and is_titled_name("萧老师") and is_titled_name("焦班长")
    assert not is_familiar_name("小麦") and not is_titled_name("包工") and not is_familiar_name("小时")
