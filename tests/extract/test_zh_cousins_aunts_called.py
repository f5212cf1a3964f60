"""Chinese: a cousin, aunt or uncle called by their place in the family (表姐，……; 二姑，……; ……小舅，……; 姐夫，……) at the
start of a turn is the speaker's relative when only one person can be spoken to (issue 13,
:mod:`kg_memory.extract.chinese.called`). Invented scenes; words said to anyone's elders (叔叔, 阿姨, 大爷, 嫂子), a
relative the one before spoke of, two relatives called in one turn and a group give nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines, fact", [
    (((2, "晓晓，你怎么也来了？"), (1, "表姐，我妈让我给你送饺子。"), (2, "快进来。")), ("Speaker 1", "relative", "Speaker 2")),
    (((3, "小军，过来帮我搬一下。"), (1, "……堂哥，你这箱子也太沉了。"), (3, "里面全是书。")), ("Speaker 1", "relative", "Speaker 3")),
    (((1, "三姨，您尝尝这个鸡翅。"), (2, "嗯，比上回咸了点。"), (1, "那我下次少放盐。")), ("Speaker 1", "relative", "Speaker 2")),
    (((2, "你们俩考得怎么样？"), (3, "二舅！我数学考了九十八！"), (2, "行啊，有出息。")), ("Speaker 3", "relative", "Speaker 2")),
    (((1, "车停哪儿了？"), (2, "姐夫，在地库B2，我带你下去。"), (1, "好。")), ("Speaker 2", "relative", "Speaker 1")),
])
def test_a_cousin_aunt_or_uncle_called(lines, fact):
    assert fact in facts(*lines)


@pytest.mark.parametrize("lines", [
    ((1, "我买了点水果。"), (2, "叔叔，您太客气了。"), (1, "应该的。")),  # said to any elder
    ((1, "我们回来了。"), (2, "嫂子，大鹏哥呢？"), (1, "停车去了。")),  # a friend's wife
    ((1, "阳阳，给你二姑倒杯茶。"), (2, "二姑，喝茶。"), (1, "这孩子真懂事。")),  # the one before spoke of her
    ((1, "都坐吧。"), (2, "大姨，您坐这儿。姨夫，您也坐。"), (1, "好好好。")),  # two relatives called
    ((1, "表哥，你们先吃。"), (3, "不等他了？"), (2, "不等了。")),  # one before none, then two others: a group
    ((1, "我要是你表姐，早就骂你了。"), (2, "你又不是。"), (1, "哼。")),
])
def test_no_relative_when_the_one_called_is_unknown(lines):
    assert not any(p == "relative" and "Speaker" in o for _, p, o in facts(*lines))


@pytest.mark.parametrize("lines, fact", [
    (((2, "饺子煮好了。"), (1, "二姐，你先吃，我不饿。"), (2, "那我给你留一碗。")), ("Speaker 1", "sibling", "Speaker 2")),
    (((3, "老四，帮我拿下酱油。"), (1, "来了来了。三哥，你要老抽还是生抽？"), (3, "老抽。")), ("Speaker 1", "sibling", "Speaker 3")),
])
def test_a_brother_or_sister_called_by_their_place(lines, fact):
    assert fact in facts(*lines)


@pytest.mark.parametrize("lines", [
    ((1, "师傅，去火车站。"), (2, "大姐，您坐稳了。"), (1, "好。")),  # said to anyone
    ((1, "再来一份。"), (2, "小妹，加两瓶啤酒！"), (1, "好嘞。")),
])
def test_no_sibling_by_a_word_said_to_anyone(lines):
    assert not any(p == "sibling" for _, p, _ in facts(*lines))
