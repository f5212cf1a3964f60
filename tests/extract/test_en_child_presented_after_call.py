"""A new voice that calls the speaker "Dad" or "Mum" and is then presented by them as "my daughter Noa" ("That's my son
Ilan.") is the one presented; a child presented after a turn that calls no parent is not pinned on its speaker."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_the_child_who_called_dad_is_the_one_presented() -> None:
    found = names((1, "So, is the flat still available?"), (2, "It is. Come in, mind the boxes."),
                  (3, "Dad, where do these mugs go?"), (2, "My daughter, Noa. She's helping me pack."),
                  (1, "Nice to meet you."))
    assert ("Speaker 3", "Noa") in found


def test_a_child_presented_after_no_call_is_nobody_there() -> None:
    found = names((1, "So, is the flat still available?"), (2, "It is. Come in, mind the boxes."),
                  (3, "Where do these mugs go?"), (2, "My daughter, Noa. She's helping me pack."),
                  (1, "Nice to meet you."))
    assert not any(name == "Noa" for _, name in found)
