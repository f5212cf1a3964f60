"""A doer of something most people do, judged ("you're a lousy skier", "you're a terrible cook"), says how well one
skis or cooks: no job. Unjudged, or a judged trade ("a terrific actor"), it stays a job."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", [
    "Why would you want to come along? You're a horrible skier.",
    "You're a terrible cook.",
    "You're a lousy dancer, honestly.",
    "You're an awful kisser.",
])
def test_a_judged_skill_said_to_one_is_no_job(line: str) -> None:
    got = facts((3, "Dinner is ready, then we go dancing!"), (1, "Great, I'm starving."), (2, line), (3, "Ouch."))
    assert not any(p == "jobTitle" for _, p, _ in got)


def test_a_judged_trade_stays_a_job() -> None:
    got = facts((3, "I got the part!"), (1, "Of course you did."), (2, "You're a terrific actor."), (3, "Thanks."))
    assert ("Speaker 1", "jobTitle", "actor") in got


def test_the_same_word_unjudged_is_dropped_only_when_judged() -> None:
    from kg_memory.extract.title_praise import bare_titles
    from kg_memory.types import Entity, Fact

    ann = Entity("Ann", "Person")
    kept_titles = [f.object for f in bare_titles([Fact(ann, "jobTitle", "lousy, bad driver"),
                                                  Fact(ann, "jobTitle", "real driver"), Fact(ann, "jobTitle", "driver")])]
    assert kept_titles == ["driver", "driver"]
