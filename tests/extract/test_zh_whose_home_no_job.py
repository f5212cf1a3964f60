"""甜甜是你家的 says whose child 甜甜 is, not a job: a home said by whose it is (你家, 我们家, 老李家, 王家, 谁家) ends in
家 as 画家 and 作家 do, and gives no jobTitle. 我是画家, 我是作家 still give the job."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["豆豆是你家的，朵朵是我家的。", "那个小胖子是老李家的。", "这俩孩子都是王家的。",
                                  "小宇是我们家的，不是他们家的。"])
def test_whose_home_is_no_job(line: str) -> None:
    got = facts((1, "这几个孩子都是谁家的？"), (2, line))
    assert not any(p == "jobTitle" for _, p, _ in got), got


@pytest.mark.parametrize(("line", "job"), [("我是画家，平时在家画画。", "画家"), ("我是作家，写小说的。", "作家")])
def test_jobs_ending_in_jia_stay(line: str, job: str) -> None:
    got = facts((1, "你们是做什么的？"), (2, line))
    assert any(p == "jobTitle" and o.endswith(job[-2:]) for _, p, o in got), got
