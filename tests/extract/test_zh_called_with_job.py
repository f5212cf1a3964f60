"""我男朋友是一个叫阿强的厨师: the relative so named has the job said after the name (a job word), as well as the name;
叫阿强的好人 is no job."""

from __future__ import annotations

from tests.extract.dialogue_facts import kept


def test_the_job_after_the_name_is_the_relatives() -> None:
    facts = kept("我男朋友是一个叫阿强的厨师")
    assert {("安娜", "partner", "阿强"), ("阿强", "jobTitle", "厨师")} <= facts, facts
    facts = kept("我姐姐是一位叫李娜的医生，住在上海。")
    assert {("安娜", "sibling", "李娜"), ("李娜", "jobTitle", "医生")} <= facts, facts


def test_what_is_no_job_is_no_job() -> None:
    facts = kept("我男朋友是一个叫阿强的好人")
    assert ("安娜", "partner", "阿强") in facts and not any(p == "jobTitle" for _, p, _ in facts), facts
