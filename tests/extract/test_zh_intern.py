"""实习生 is a job: 我是实习生, 我妹妹是一名实习生."""

from __future__ import annotations

from tests.extract.dialogue_facts import kept


def test_an_intern_is_a_job() -> None:
    assert ("安娜", "jobTitle", "实习生") in kept("我是实习生")
    facts = kept("我妹妹是一名实习生。")
    assert ("安娜的妹妹", "jobTitle", "实习生") in facts, facts
