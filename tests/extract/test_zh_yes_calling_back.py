"""A name called between two others is the next speaker's when they say yes or thanks calling the caller back by what
they are (issue 13): "阿珍，帮我拿一下体温计。" - "好的何医生。"; a reply to someone else tells nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "医生，我家猫三天没吃饭了。"), (2, "别急，先放台子上。阿珍，帮我拿一下体温计。"), (3, "好的何医生。"), (2, "三十九度。")),
     "Speaker 3", "阿珍"),
    (((1, "老板，剪个短发。"), (2, "稍等。阿凯，先给这位洗个头。"), (3, "好嘞老板，这边请。"), (1, "水别太烫。")),
     "Speaker 3", "阿凯"),
    (((1, "我包里有面包。"), (2, "宝宝饿不饿？"), (1, "小宝，先吃一块。"), (3, "谢谢小姨！"), (2, "真乖。")),
     "Speaker 3", "小宝"),
])
def test_a_yes_calling_the_caller_back_answers_the_call(lines, speaker, name):
    assert (speaker, name) in names(*lines)


def test_a_reply_to_a_group_tells_nothing():
    said = names((1, "老张那是装的。"), (2, "王大妈，您可别瞎说。"), (3, "各位阿姨，跟大家说个事儿。"), (1, "你说。"))
    assert ("Speaker 3", "王大妈") not in said
