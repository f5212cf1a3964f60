"""A speaker the others call by a surname and a job title holds that job: 沈医生 to the one who just spoke gives that
speaker jobTitle 医生, 吕老师 老师, 袁教练 教练, 汪科长 科长. A name before the title that is no surname
(托尼老师, a barber's nickname), a word of kin (孙叔) or 师傅 gives no job."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("call", "job"), [("沈医生，我这个药还要吃多久？", "医生"),
                                           ("吕老师，您这篇论文我看完了。", "老师"),
                                           ("袁教练，我膝盖有点疼，今天能少跑两圈吗？", "教练"),
                                           ("汪科长，这份报表您签个字。", "科长")])
def test_called_by_surname_and_title(call: str, job: str) -> None:
    got = facts((1, "下一位，进来吧，把门带上。"), (2, call), (1, "你先坐下，慢慢说。"))
    assert ("Speaker 1", "jobTitle", job) in got, got


@pytest.mark.parametrize("call", ["托尼老师，我今天想剪短一点。", "孙叔，我今天想剪短一点。", "梁师傅，我今天想剪短一点。"])
def test_no_job(call: str) -> None:
    got = facts((1, "下一位，进来吧，把门带上。"), (2, call), (1, "你先坐下，慢慢说。"))
    assert not any(p == "jobTitle" for s, p, _ in got if s == "Speaker 1"), got


def test_a_job_read_off_a_call_puts_no_job_right() -> None:
    got = facts((1, "我在剧团当演员，今天的排练就到这里。"), (2, "晚安，邹老师。"), (1, "晚安。"))
    assert ("Speaker 1", "jobTitle", "老师") in got, got
    assert ("Speaker 1", "jobTitle", "演员") in got, got
