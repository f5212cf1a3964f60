"""A Chinese vehicle driven for a living said with how long (我开公交车十年了, 开了二十年出租车): the driver's job, as
我开公交车 is; not a ride once (开了出租车去机场) nor driving at all (开车十年了)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def jobs(text: str) -> set[tuple[str, str]]:
    return {(f.subject.label, str(f.object)) for f in RuleExtractor().extract([Turn("c", "0", "安娜", text)])
            if f.predicate == "jobTitle" and not f.ended}


@pytest.mark.parametrize(("text", "who", "job"), [
    ("我舅舅开公交车快二十年了", "安娜的舅舅", "公交车司机"),
    ("我开了八年大货车", "安娜", "货车司机"),
    ("我表哥跑滴滴三年多了", "安娜的表哥", "滴滴司机"),
])
def test_driven_for_years_is_the_job(text: str, who: str, job: str) -> None:
    assert (who, job) in jobs(text), jobs(text)


@pytest.mark.parametrize("text", ["我开了出租车去机场", "我开车十年了", "我坐公交车两年了"])
def test_no_driver(text: str) -> None:
    assert not jobs(text)
