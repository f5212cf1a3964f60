"""Years said in a job (在这儿当了六年教练, 当了三年老师) belong to no title: the job is the word after them, said alone or
as the answer to 你是干什么的？ (issue 13: '了六年教练', '我当了三年老师' were stored as titles). Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize("text, job", [
    ("我在这儿当了六年教练，摔跤是第一课。", "教练"),
    ("我在医院做了十年护士。", "护士"),
    ("我在银行做了三年多的柜员，后来辞职了。", "柜员"),
])
def test_years_in_a_job_told(text, job):
    titles = {o for s, p, o, _ in told(text) if p == "jobTitle"}
    assert titles == {job}


@pytest.mark.parametrize("answer, job", [
    ("当了三年老师，现在在家带孩子。", "老师"),
    ("我当了五年厨师。", "厨师"),
    ("做了十年护士。", "护士"),
])
def test_years_in_a_job_answering_what_one_does(answer, job):
    found = facts((2, "你是干什么的？"), (1, answer), (3, "挺好的。"))
    assert {o for s, p, o in found if p == "jobTitle"} == {job}
