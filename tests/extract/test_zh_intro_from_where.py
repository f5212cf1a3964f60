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


@pytest.mark.parametrize("text, name", [
    ("您好，我是502的孙阿姨，你家空调水滴到我窗台上了。", "孙阿姨"),
    ("我是8号楼的老郭。", "老郭"),
    ("刘师傅，我是B座的小唐，快递到了没？", "小唐"),
])
def test_the_name_after_a_flat_or_block_number(text, name):
    assert intro_name(text) == name


@pytest.mark.parametrize("text", ["我是2019年的冠军。", "我是302的房东。", "我是90后的。"])
def test_no_name_after_a_number_and_a_job_or_a_year(text):
    name = intro_name(text)
    assert name is None or "的" in name


def test_the_neighbour_from_a_flat_number_is_who_is_called_next():
    said = names((1, "王经理，楼上又漏水了！"), (2, "我这就派人去。"), (3, "王经理，我是702的孙阿姨，我家厕所也漏。"),
                 (2, "孙阿姨，您先别急。"), (1, "孙阿姨，咱们一起去找他们。"), (4, "我去拿工具。"))
    assert ("Speaker 3", "孙阿姨") in said
    assert ("Speaker 4", "孙阿姨") not in said
