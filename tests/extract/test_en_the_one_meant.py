""""I'm the roommate." said just after another speaker spoke of "my roommate": the one speaking is that relative
(:mod:`kg_memory.extract.english.the_one_meant`). Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines, fact", [
    (((1, "My sister made the cake, so blame her."), (2, "Who's your sister?"), (3, "Hi. I'm the sister. It's lemon.")),
     ("Speaker 1", "sibling", "Speaker 3")),
    (((1, "My roommate keeps stealing my oat milk."), (3, "I'm the roommate. It was one cup.")),
     ("Speaker 1", "roommate", "Speaker 3")),
    (((2, "Sorry we're late, my husband couldn't find parking."), (1, "No problem at all."),
      (3, "I am the husband! And there was no parking!")), ("Speaker 2", "spouse", "Speaker 3")),
])
def test_the_one_who_says_they_are_the_relative_just_spoken_of(lines, fact):
    assert fact in facts(*lines)


@pytest.mark.parametrize("lines, owner, predicate, speaker", [
    # a question, a relative of someone else, a denial, and a relative spoken of long before
    (((1, "My sister made the cake."), (3, "I'm the sister?")), "Speaker 1", "sibling", "Speaker 3"),
    (((1, "My brother is getting married today."), (3, "I'm the brother of the bride.")), "Speaker 1", "sibling", "Speaker 3"),
    (((1, "My cousin painted this."), (3, "I'm not the cousin.")), "Speaker 1", "relative", "Speaker 3"),
    (((1, "My boss is coming at five."), (2, "Great."), (1, "Coffee?"), (2, "Sure."), (3, "Hello."), (3, "I'm the boss.")),
     "Speaker 1", "boss", "Speaker 3"),
])
def test_look_alikes_say_nothing_of_the_pair(lines, owner, predicate, speaker):
    assert (owner, predicate, speaker) not in facts(*lines)
