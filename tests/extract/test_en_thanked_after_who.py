"""A name after thanks in the answer to a question for someone ("Who wants bread?" - "Me! Thanks, Oswaldo.") calls the
one thanked, who asked; it is no name given as the answer ("Who's on the door?" - "Oh, Oswaldo.")."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_name_thanked_in_the_answer_to_who_calls_the_asker() -> None:
    found = names((1, "Soup's on! Who wants bread with it?"), (2, "Me! Thanks, Oswaldo. Smells amazing."),
                  (1, "Help yourself, there's plenty."), (3, "Same for me, please."))
    assert ("Speaker 1", "Oswaldo") in found


def test_a_name_alone_answering_who_still_names_nobody_there() -> None:
    found = names((1, "Who's on the door tonight?"), (2, "Oh, Oswaldo."), (1, "Good, he's reliable."),
                  (3, "He is."))
    assert not any(name == "Oswaldo" for _, name in found)
