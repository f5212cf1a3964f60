"""A job said with whose it is, no 的 between ("我是他班主任", "我是他们经理"), is the job: it gave the job "他班主任"
("们经理"); with 的 it was read already ("我是你们的老师")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("text", "job"), [
    ("您是乐乐的家长吧？我是他班主任，姓吴。", "班主任"),
    ("我是他们经理，有事跟我说。", "经理"),
    ("别怕，我是你教练。", "教练"),
    ("我是你们的老师。", "老师"),
])
def test_a_job_said_with_whose_it_is_is_the_job(text: str, job: str) -> None:
    jobs = {o for s, p, o, ended in told(text) if p == "jobTitle"}
    assert jobs == {job}, told(text)
