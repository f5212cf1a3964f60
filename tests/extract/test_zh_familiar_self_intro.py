"""你好，我是老周 / 大家好，我是小周 / 我是管理员老周 / 我是社区的小马: the speaker is called by the familiar form of their
surname (an ``alternateName``), the job before it theirs too; 我是老板, 我是老乡, 我是小学生, 我是老周的同事 and 我不是老周
give no such name."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "name"), [
    ("你好，我是老周，以后有事找我。", "老周"),
    ("大家好，我是小周，今天第一天来。", "小周"),
    ("我是管理员老周，钥匙在我这儿。", "老周"),
    ("各位好，我是楼下的小蒋。", "小蒋"),
])
def test_the_familiar_form_is_the_speakers(line: str, name: str) -> None:
    got = facts((1, line), (2, "你好你好。"))
    assert ("Speaker 1", "alternateName", name) in got, got


def test_the_job_before_it_is_theirs() -> None:
    got = facts((1, "我是管理员老周，钥匙在我这儿。"), (2, "你好。"))
    assert ("Speaker 1", "jobTitle", "管理员") in got, got


@pytest.mark.parametrize("line", ["我是老板，听我的。", "我跟他是老乡。", "我是小学生。", "我是老周的同事。", "我不是老周，你认错了。",
                                  "我是个小白，不太懂。"])
def test_no_familiar_form(line: str) -> None:
    got = facts((1, line), (2, "哦。"))
    assert not any(s == "Speaker 1" and p == "alternateName" for s, p, o in got), got
