"""A field of work done is a job, as a job word is (我做销售): 我现在做运营, 我老婆做前端, 我是产品 (a product manager, as
tech people say it); not 我做饭, 我在做前端 (what one is doing now)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("我现在做运营。", ("安娜", "jobTitle", "运营")),
    ("我老婆做前端，我做后端。", ("安娜的老婆", "jobTitle", "前端")),
    ("我老婆做前端，我做后端。", ("安娜", "jobTitle", "后端")),
    ("我是人事，在一家外企。", ("安娜", "jobTitle", "人事")),
    ("我跳槽了，现在做数据分析。", ("安娜", "jobTitle", "数据分析")),
])
def test_a_field_of_work_done_is_a_job(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line), kept(line)


@pytest.mark.parametrize("line", ["我做饭。", "我做了一个梦。", "我在做前端的作业。", "我是说运营很难。"])
def test_no_job_where_none_is_done(line: str) -> None:
    assert not any(p == "jobTitle" for _, p, _ in kept(line)), kept(line)
