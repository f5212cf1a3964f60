""""I'm such a good cook" is a skill (cooking), as "I'm a good cook" is and as "I'm such a lousy driver" is a weakness;
"such a good friend/listener" names no ability."""

from __future__ import annotations

from tests.extract.dialogue_facts import kept


def test_such_a_good_doer_is_a_skill() -> None:
    assert ("Ann", "skill", "cooking") in kept("Honestly, I'm such a good cook.")
    assert ("Ann", "skill", "dancing") in kept("I'm such an amazing dancer!")


def test_such_a_good_friend_is_no_skill() -> None:
    assert not any(p == "skill" for _, p, _ in kept("I'm such a good friend."))


def test_a_strong_woman_is_no_skill() -> None:
    assert not any(p == "skill" for _, p, _ in kept("i am such a strong woman ."))
    assert not any(p == "skill" for _, p, _ in kept("I'm a strong woman."))
