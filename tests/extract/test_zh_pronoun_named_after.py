"""我跟我表哥合住，他叫祁远，在对面商场上班: the clause after a 他/她 that names someone new is about that person, not
the speaker of the clause before (the workplace is 祁远's), and the relative said just before is the one named."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["我跟我表哥合住，他叫祁远，在对面商场上班。", "我搬去跟我堂姐住了，她叫苏曼，在南湖那边工作。"])
def test_the_workplace_is_not_the_speakers(line: str) -> None:
    got = facts((1, "你现在住哪儿？"), (2, line), (1, "挺好的。"))
    assert not any(s == "Speaker 2" and p in ("worksFor", "workLocation") for s, p, _ in got), got


def test_the_one_named_works_there_and_is_the_relative() -> None:
    got = facts((1, "你现在住哪儿？"), (2, "我跟我表哥合住，他叫祁远，在对面的万达广场上班。"), (1, "挺好的。"))
    assert ("Speaker 2", "relative", "祁远") in got, got
    assert any(s == "祁远" and p in ("worksFor", "workLocation") for s, p, _ in got), got


def test_a_pronoun_for_someone_met_still_reads() -> None:
    got = facts((1, "你表哥呢？"), (2, "我表哥祁远在对面商场上班，他人很好。"), (1, "挺好的。"))
    assert ("Speaker 2", "relative", "祁远") in got, got
