"""Chinese: words after a verb that are not its object (issue 13): a contrast after the job (我是实习生不是服务员), how
often one went (去过八百遍), what one goes to do to something (去把会议室收拾好), getting along (说得上话). Invented lines;
the job, the place and the language said plainly are still read."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


def test_the_job_before_a_contrast():
    assert ("安娜", "jobTitle", "护士", False) in told("我是护士不是保洁员！")
    assert not any(p == "jobTitle" and "不是" in o for _, p, o, _ in told("我是程序员而不是修电脑的。"))


@pytest.mark.parametrize("text", ["三亚？我都去过八百遍了。", "那儿我去过好多回了。", "你去把会议室收拾一下。", "我去把车还了。"])
def test_no_visit_of_a_count_or_a_thing_handled(text):
    assert not any(p in ("visited", "attended") for _, p, _, _ in told(text))


def test_a_visit_with_a_count_keeps_the_place():
    assert ("安娜", "visited", "北京", True) in told("我去过北京三次。") or ("安娜", "visited", "北京", False) in told("我去过北京三次。")


@pytest.mark.parametrize("text", ["我们俩都是东北人，说得上话。", "我跟他说不上话。"])
def test_getting_along_is_no_language(text):
    assert not any(p == "speaks" for _, p, _, _ in told(text))
    assert ("安娜", "speaks", "粤语", False) in told("我会说粤语。")
