"""Good at "this" or "these" is the thing at hand, no skill: "I'm so good in this scene", "I'm great with these
clients" store nothing; "I'm good at chess" and "I'm good with computers" are skills."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_thing_at_hand() -> None:
    got = facts((1, "Why did they cut your lines?"), (2, "Because I'm so good in this scene that the lead got nervous."),
                (1, "Sure."))
    assert not any(p == "skill" for _, p, _ in got), got
    got = facts((1, "How's the new job?"), (2, "I'm really great with these clients, they love me."), (1, "Nice."))
    assert not any(p == "skill" for _, p, _ in got), got


def test_a_lasting_skill() -> None:
    got = facts((1, "What can you do?"), (2, "I'm good at chess and I'm pretty good with computers."), (1, "Nice."))
    assert ("Speaker 2", "skill", "chess") in got, got
    assert ("Speaker 2", "skill", "computers") in got, got
