"""Chinese: a job taken, told with no subject at the head of the turn after a time (毕业后当了记者, 后来当上了经理), is the
speaker's, as 我毕业后当了记者 is (they gave nothing); 当上了 is 当了 (我当上了经理 gave a job 上了经理). Not a question
(你毕业后当了记者？), nor a turn that opens on something else. Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*said: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(n), "安娜", text) for n, text in enumerate(said)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("said", "job"), [
    (("我大学学的是法律。", "毕业以后当了警察。"), "警察"),
    (("研究生毕业后当了大学老师。",), "大学老师"),
    (("后来当上了护士长，挺累的。",), "护士长"),
    (("我在工厂干了五年，后来当上了车间主任。",), "车间主任"),
])
def test_job_taken_is_the_speakers(said: tuple[str, ...], job: str) -> None:
    found = facts(*said)
    assert ("安娜", "jobTitle", job) in found, found


@pytest.mark.parametrize("said", [("你毕业后当了记者？",), ("我哥哥很厉害。", "他毕业后当了律师。")])
def test_no_job_of_the_speaker(said: tuple[str, ...]) -> None:
    assert not any(s == "安娜" and p == "jobTitle" for s, p, _ in facts(*said)), facts(*said)
