"""我是班主任李秀梅 / 我是销售部的经理王强 / 大家好，我是二班的班主任周雅琴: a speaker who gives their job and then their full
name says both (``name`` and ``jobTitle``); 我是班主任老师 (a job of two words) and 我是经理的助理 give no name, and
我是司机小王 and 我是店长阿芳 give the form the speaker is called by (``alternateName``)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "job", "name"), [
    ("我是班主任李秀梅，有事可以找我。", "班主任", "李秀梅"),
    ("您好，我是销售部的经理王强。", "经理", "王强"),
    ("大家好，我是二班的班主任周雅琴，教数学。", "班主任", "周雅琴"),
])
def test_the_job_and_the_name_are_the_speakers(line: str, job: str, name: str) -> None:
    got = facts((1, line), (2, "你好你好。"))
    assert ("Speaker 1", "name", name) in got, got
    assert ("Speaker 1", "jobTitle", job) in got, got


@pytest.mark.parametrize("line", ["我是班主任老师，有事找我。", "我是经理的助理。", "我不是经理王强，你认错人了。"])
def test_no_name_after_the_job(line: str) -> None:
    got = facts((1, line), (2, "哦。"))
    assert not any(s == "Speaker 1" and p in ("name", "alternateName") for s, p, o in got), got


def test_a_familiar_form_after_the_job_stays_one() -> None:
    got = facts((1, "我是司机小王，车在楼下。"), (2, "好的。"))
    assert ("Speaker 1", "alternateName", "小王") in got and ("Speaker 1", "name", "小王") not in got, got


def test_a_pet_name_after_the_job_is_how_they_are_called() -> None:
    got = facts((1, "欢迎光临，我是店长阿芳，有什么需要叫我。"), (2, "谢谢。"))
    assert ("Speaker 1", "alternateName", "阿芳") in got and ("Speaker 1", "jobTitle", "店长") in got, got
