"""A parent called on the phone is not the friend the phone is handed to: "Mom, I told you already. ... Sam is here
with me. One sec. She wants to say hi. Here, take the phone." - "Hello? Yes, it's me." gives no parent tie to the one
who took the phone, nor does the phone handed over in the caller's next turn; "Mom, I'm fine, really." - "Good."
still gives one."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_one_handed_the_phone_is_no_child() -> None:
    found = facts((1, "Mom, I told you already. No, I am not going. Yes, Sam is here with me. One sec. She wants to say "
                      "hi. Here, take the phone."),
                  (2, "Hello? Yes, it is me. Nice to talk to you too."), (1, "Sorry about her."))
    assert not any(p == "parent" for _, p, _ in found), found


def test_the_phone_handed_over_in_the_callers_next_turn() -> None:
    found = facts((1, "Mom, stop it. No, I'm fine. Yes, Sam is here."), (2, "Hi!"),
                  (1, "One sec. She wants to talk to you. Here, grab the phone."), (2, "Hello? Yes, it's me."))
    assert not any(p == "parent" for _, p, _ in found), found


def test_a_parent_called_in_the_room_still_is() -> None:
    found = facts((1, "Mom, I'm fine, really."), (2, "Good. Eat something."), (1, "Okay."))
    assert ("Speaker 1", "parent", "Speaker 2") in found, found
