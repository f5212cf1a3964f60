"""A "he" or "she" after someone spoken of by a role in the same turn ("The landlord painted it for his kids. He's
moving to Maine.") may mean that person, whom no rule records: not someone named turns before
(:func:`kg_memory.extract.pronouns.Discourse.third_person`). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_role_spoken_of_before_the_pronoun_takes_it_from_a_man_named_before():
    found = facts((1, "Welcome in."), (2, "Thanks. This is my brother, Osvald."), (3, "Nice porch."),
                  (1, "The landlord painted it for his kids. He's moving to Maine."), (2, "Lovely."))
    assert not any(s in ("Osvald", "Speaker 3") and "Maine" in o for s, _, o in found)


def test_a_pronoun_with_no_role_before_it_still_means_the_man_named():
    found = facts((1, "Welcome in."), (2, "Thanks. This is my brother, Osvald."), (3, "Nice porch."),
                  (1, "He's moving to Maine next month."), (2, "Yes."))
    assert any(s in ("Osvald", "Speaker 3") and "Maine" in o for s, _, o in found)


def test_his_thing_asked_back_of_your_thing_is_not_the_man_named():
    found = facts((1, "The bad news is the tank is ruined."), (2, "Fine. Ansgar will pay it off by mowing your lawn."),
                  (3, "His lawn? He lives out in Kettering, that's an hour!"), (1, "See you Saturday."))
    assert not any(s == "Ansgar" and "Kettering" in o for s, _, o in found)
