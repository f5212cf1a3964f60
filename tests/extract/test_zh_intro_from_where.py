"""A speaker who says where they are from before the name they go by (issue 13): "我是社区的小马" is 小马, "我是物业的王磊" is
王磊; "我是王磊的妈妈" (a relative) and "我是这里的老板" (a job) give no name."""

from __future__ import annotations

import pytest

from kg_memory.extract.self_intros import intro_name
from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("text, name", [
    ("各位阿姨，我是社区的小马，跟大家说个事儿。", "小马"),
    ("您好，我是物业的王磊。", "王磊"),
    ("我是隔壁的老张啊，你家漏水了。", "老张"),
])
def test_the_name_after_where_one_is_from(text, name):
    assert intro_name(text) == name


@pytest.mark.parametrize("text", ["我是王磊的妈妈。", "我是这里的老板。", "我是你的小宝贝。", "我是认真的。"])
def test_no_name_after_a_relative_or_a_job(text):
    name = intro_name(text)
    assert name is None or "的" in name  # what it was before: the whole phrase, no name of the speaker's


def test_the_one_from_the_wedding_company_is_who_the_bride_calls():
    said = names((1, "请柬到底发多少份？"), (2, "我哪知道。"), (3, "各位，我是婚庆公司的小吴，今天定一下流程。"),
                 (2, "对。小吴，我们能不能不要那个环节？"), (1, "那不行，我妈等着呢。"))
    assert ("Speaker 3", "小吴") in said
    assert ("Speaker 1", "小吴") not in said
