"""Chinese: one who introduces themself by a full name (我是宋晓峰) keeps the given name the others call them by (晓峰，……):
saying one's own full name is no sign of speaking of someone else, and the given name is a shorter form of the name told
(issue 13, :mod:`kg_memory.extract.speakers`, :mod:`kg_memory.extract.rules`). Invented scenes; one who speaks of a full
name without introducing themself by it still bears neither."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts, names


def _called(lines: tuple[tuple[int, str], ...]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(*lines) if p == "alternateName"}


def test_the_given_name_of_ones_own_full_name():
    lines = ((1, "小点声，这是图书馆。"), (2, "不好意思。雨桐，你帮我占座了吗？"), (3, "占了，靠窗那个。"),
             (4, "你好，我是王凯。"), (3, "你好，我是林雨桐，跟小美一个宿舍的。"), (2, "雨桐，这就是我说的那个学长。"),
             (3, "学长好！"))
    assert ("Speaker 3", "雨桐") in _called(lines)


def test_called_before_the_introduction_too():
    lines = ((2, "志远，你的快递到了。"), (1, "放桌上吧。"), (3, "新来的？"), (1, "对，我叫高志远，市场部的。"),
             (2, "志远，楼下有人找你。"), (1, "来了。"))
    assert ("Speaker 1", "志远") in _called(lines)


def test_a_surname_of_two_characters_too():
    lines = ((1, "我叫欧阳子墨，叫我子墨就行。"), (2, "子墨，你是哪个系的？"), (1, "中文系。"),
             (3, "子墨，我们也是中文系的！"), (1, "真巧。"))
    assert ("Speaker 1", "子墨") in names(*lines)


def test_one_who_speaks_of_a_full_name_bears_none_of_it():
    lines = ((1, "你们认识林雨桐吗？"), (2, "雨桐？我同学啊。"), (3, "雨桐，你同学在这儿呢。"), (1, "哈哈，我就是雨桐。"))
    assert ("Speaker 1", "林雨桐") not in names(*lines)
    assert ("Speaker 2", "雨桐") not in names(*lines)
