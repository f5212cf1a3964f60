""""Hi, I'm Dario, and this is my husband, Luc." - "Hello. We brought a pie.": a speaker who introduces themself and
one brought along, then a voice not heard before speaking for the two, is that one (Luc); a host's "we" welcoming them
("Welcome! We're so glad you could come.") is not."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_one_brought_along_speaks_for_the_two() -> None:
    said = facts((1, "Hi, I'm Dario, and this is my husband, Luc."), (2, "Hello. We brought a pie."),
                 (3, "Oh, you didn't have to!"))
    assert ("Speaker 2", "alternateName", "Luc") in said, said


def test_a_sister_brought_along() -> None:
    said = facts((1, "Morning. Sorry we're late."), (2, "No problem. Coffee's in the back."),
                 (1, "I'm Greta. This is my sister Inge."), (3, "Hi. We've never done a pottery class before."),
                 (2, "You'll be fine."))
    assert ("Speaker 3", "alternateName", "Inge") in said, said


def test_a_host_welcoming_them_is_not_the_one_brought() -> None:
    said = facts((1, "Hi, I'm Dario, and this is my husband, Luc."), (2, "Welcome! We're so glad you could come."),
                 (3, "Thanks for having us."))
    assert ("Speaker 2", "alternateName", "Luc") not in said, said
