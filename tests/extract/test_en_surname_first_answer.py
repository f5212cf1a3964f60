""""Names?" - "Lindgren. Marta.": a surname alone, then a first name alone, answering a name asked at a desk names the
one answering by the first name and calls nobody (the surname called later, "Lindgren, you're next.", is still hers,
not the next speaker's); two first names after a plural "Names?" are not read so."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_surname_said_first_is_the_answerers_not_a_call() -> None:
    said = facts((1, "Names? I have to sign you in."), (2, "Lindgren. Marta."), (3, "Kofi Boateng."),
                 (1, "Boateng, you're in room two. Lindgren, room four."), (4, "Is there coffee?"))
    assert ("Speaker 2", "alternateName", "Marta") in said, said
    assert not any(o == "Lindgren" and s != "Speaker 2" for s, _, o in said), said


def test_a_surname_first_at_a_counter() -> None:
    said = facts((1, "Name on the order?"), (2, "Oyelaran. Bisi."), (3, "And a latte for me."))
    assert ("Speaker 2", "alternateName", "Bisi") in said, said
    assert not any(o == "Oyelaran" and s == "Speaker 3" for s, _, o in said), said


def test_two_first_names_are_no_surname_first() -> None:
    said = facts((1, "Names?"), (2, "Tom. Alicia."), (3, "We're together."))
    assert not any(p == "alternateName" and s == "Speaker 2" and o in {"Alicia", "Tom"} for s, p, o in said), said
