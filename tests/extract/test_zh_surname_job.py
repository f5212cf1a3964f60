"""我是三班的王老师: the job is 老师 (王 is her surname, 王老师 what she is called), not a job "王老师"; 我是二班的班主任,
我是公司的高级工程师 keep their jobs whole."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize("text, job", [
    ("您好，我是五班的刘老师，今天来家访。", "老师"),
    ("我是急诊科的赵医生。", "医生"),
    ("我是律所的孙律师，代表您前夫。", "律师"),
])
def test_the_job_after_a_surname_is_the_job(text, job):
    jobs = {o for _, p, o in kept(text) if p == "jobTitle"}
    assert jobs == {job}


@pytest.mark.parametrize("text, job", [
    ("我是二班的班主任。", "班主任"),
    ("我是公司的高级工程师。", "高级工程师"),
    ("我是医院的护士。", "护士"),
])
def test_a_job_with_no_surname_is_kept_whole(text, job):
    assert ("安娜", "jobTitle", job) in kept(text)
