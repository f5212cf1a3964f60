"""In a round of introductions ("I'm Wanda, I run a bakery." - "Lovely. And you?" - "Felix. I teach."), a known first
name opening the answer to "And you?" is the answerer's own; without an introduction just before, it is not read so."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_name_answering_and_you_after_another_introduction_is_the_answerers() -> None:
    found = names((1, "Welcome to pottery for beginners. Let's go round the room."), (2, "Hi, I'm Wanda. I run a bakery."),
                  (1, "Lovely. And you?"), (3, "Felix. I teach chemistry, so I like mixing things."), (1, "Great."))
    assert ("Speaker 3", "Felix") in found


def test_a_name_answering_and_you_with_no_introduction_before_is_not_read() -> None:
    found = names((1, "Welcome to pottery for beginners."), (2, "Hi. I brought my own apron."),
                  (1, "Lovely. And you?"), (3, "Felix. He said this class was fun."), (1, "Great."))
    assert ("Speaker 3", "Felix") not in found
