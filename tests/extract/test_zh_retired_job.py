"""A job said beside one's retiring is the job retired from: 我在银行干了二十年柜员，前年退休了 ends 柜员 (no job 退休
beside it, as "I was a teller for twenty years, retired" says); 我们去年都退休了 alone still gives 退休; another's
job stays (我爸是厨师，我去年退休了)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "job"), [
    ("我在银行做了二十年柜员，前年退休了。", "柜员"),
    ("我当了三十多年中学老师，今年刚退休。", "中学老师"),
])
def test_the_job_retired_from_ends(said: str, job: str) -> None:
    found = told(said)
    assert ("安娜", "jobTitle", job, True) in found, found
    assert not any(p == "jobTitle" and (o == "退休" or not ended) for _, p, o, ended in found), found


def test_retired_alone() -> None:
    assert ("安娜", "jobTitle", "退休", False) in told("我前年退休了。")


def test_another_ones_job_stays() -> None:
    found = told("我爸是厨师，我去年退休了。")
    assert ("安娜的爸", "jobTitle", "厨师", False) in found, found
    assert ("安娜", "jobTitle", "退休", False) in found, found
