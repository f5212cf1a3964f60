"""One introduced by name who speaks turns later, after others, is told by elimination: where every other voice got a
name, the one voice left unnamed, first heard after the introduction, is the one introduced ("I'm Lucia, and this is
Barnaby, our head chef." - (the visitor) "Hi." - (a third) "So you've cooked in Lisbon?": Barnaby is the third). Not a
pet shown, not where two voices are left, not one who names themself."""

from __future__ import annotations

from tests.extract.dialogue_facts import said_names as _names

_KITCHEN = (("Speaker 1", "Thanks for coming by, Oskar. I'm Lucia, I own the place. This is Barnaby, our head chef."),
            ("Speaker 2", "Hi. Thanks for seeing me on a Monday."),
            ("Speaker 3", "So you cooked in Lisbon for six years?"),
            ("Speaker 2", "Yes, at a fish place by the river. Then my mother got ill and I came home."),
            ("Speaker 1", "I'm sorry. Is she better?"),
            ("Speaker 2", "Much better, thank you."))


def test_the_one_voice_left_is_the_one_introduced() -> None:
    names = _names(*_KITCHEN)
    assert ("Speaker 3", "Barnaby") in names


def test_to_the_room_then_others_name_themselves() -> None:
    names = _names(("Speaker 1", "Morning, all. This is Priyanka, she's joining us from the Leeds office."),
                   ("Speaker 2", "Welcome, Priyanka. I'm Dolores, I do the rotas."),
                   ("Speaker 3", "And I'm Wendell. I'm the one who breaks the printer."),
                   ("Speaker 4", "Hi, thanks. Leeds was getting grey anyway."),
                   ("Speaker 1", "I'm Mirabel, by the way. You'll report to me."))
    assert ("Speaker 4", "Priyanka") in names


def test_a_pet_shown_is_no_speaker() -> None:
    names = _names(("Speaker 1", "This is Biscuit, he's mine. He's terrified of geese."),
                   ("Speaker 2", "Hi, I'm Rosalind."),
                   ("Speaker 3", "I'm Emeric. Does he bite?"),
                   ("Speaker 4", "Nice pond, isn't it?"),
                   ("Speaker 1", "I'm Tamsin, sorry. Hi."))
    assert not any(n == "Biscuit" for _, n in names)


def test_two_voices_left_are_not_told_apart() -> None:
    names = _names(*_KITCHEN, ("Speaker 4", "Sorry, the fish man is here."))
    assert not any(n == "Barnaby" for _, n in names)


def test_one_who_names_themself_is_not_the_one_introduced() -> None:
    names = _names(("Speaker 1", "Hello! This is my friend Corisande."),
                   ("Speaker 2", "Hi, I'm Leopold."),
                   ("Speaker 3", "And I'm his cousin, Dr.Fenwick."),
                   ("Speaker 1", "I'm Ottilie. Shall we sit?"))
    assert ("Speaker 3", "Corisande") not in names
