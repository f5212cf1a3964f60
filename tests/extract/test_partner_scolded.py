"""A partner scolded as one and told they are loved in the same turn is the speaker's partner: "You're a terrible
girlfriend, Noor. I love you." gives Noor's speaker as the speaker's partner. The same scolding from a friend, with no
"I love you", gives no partner (a friend teases with the same words)."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_partner_scolded_and_loved_is_a_partner() -> None:
    found = facts((1, "I told them it was your birthday. Sorry, I'm a bad girlfriend."),
                  (2, "You're a terrible girlfriend, Noor. I love you."), (1, "Love you too."))
    assert ("Speaker 2", "partner", "Speaker 1") in found


def test_a_husband_scolded_and_loved_is_a_spouse() -> None:
    found = facts((1, "I ate the last slice of your cake."), (2, "You're such a bad husband. I still love you, though."))
    assert ("Speaker 2", "spouse", "Speaker 1") in found


def test_a_friend_teasing_gives_no_partner() -> None:
    found = facts((1, "I forgot her birthday again."), (2, "You're a terrible boyfriend, Omar. She deserves better."))
    assert not any(p == "partner" and "Speaker 2" in (s, o) for s, p, o in found)
