""""You're my favorite manager" praises one among the managers the speaker meets (a gym's, a shop's): it makes nobody
the speaker's boss, as "you're my manager" does (:mod:`kg_memory.extract.english.people`). Invented lines."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_favorite_manager_is_no_boss():
    found = facts((1, "I run this pool, not your locker."), (2, "You're my favorite manager."))
    assert not any(p == "boss" for _, p, _ in found)


def test_my_manager_said_plainly_is_the_boss():
    found = facts((1, "Finish the report by noon."), (2, "You're my manager, so fine."))
    assert ("Speaker 2", "boss", "Speaker 1") in found
