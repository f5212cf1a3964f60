"""Chinese speakers called by the names people use every day (issue 13, :mod:`kg_memory.extract.speakers`): a surname
called familiarly (小刘, 老张), a doubled pet name (佳佳, 浩浩), a surname and a title (周总, 钱大爷); invented scenes. A verb or
a cry said twice (谈谈, 求求, 呸呸) and a place jieba reads in a doubled word (波波) name nobody."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "材料交上去了吗？"), (2, "交了。"), (1, "小孙，你下午跟我去趟税务局。"), (2, "好的，几点走？")), "Speaker 2", "小孙"),
    (((1, "这桌谁点的鱼？"), (3, "我点的。"), (1, "老郑，你又点鱼，上回刺卡嗓子忘了？"), (3, "这回我慢慢吃。")),
     "Speaker 3", "老郑"),
    (((1, "我不想写作业。"), (2, "甜甜，你先把数学写完再看电视。"), (1, "就看十分钟嘛。")), "Speaker 1", "甜甜"),
    (((2, "合同签好了。"), (1, "辛苦了。吴总，您看晚上一起吃个饭？"), (2, "改天吧，今晚有事。")), "Speaker 2", "吴总"),
    (((1, "钱大爷，您家的猫又跑到我们院里了。"), (2, "哎哟，我这就去抓。")), "Speaker 2", "钱大爷"),
])
def test_an_everyday_name_called_names_the_one_who_answers(lines, speaker, name):
    assert (speaker, name) in names(*lines)


@pytest.mark.parametrize("lines, word", [
    (((1, "你来一下。"), (2, "怎么了？"), (1, "谈谈你对这个方案的看法。"), (2, "我觉得还行。")), "谈谈"),
    (((1, "求求你别走。"), (2, "我得走了。")), "求求"),
    (((1, "玩玩你那个新手机。"), (2, "拿去吧。")), "玩玩"),
    (((1, "呸呸呸，你别乱说。"), (2, "我说着玩的。")), "呸呸"),
])
def test_a_doubled_verb_or_cry_is_no_name(lines, word):
    assert not any(name == word for _, name in names(*lines))
