"""A name guessed of the one spoken to ("You're Sal's nephew? Nico?") and said back alone as the first sentence of the
answer, which goes on ("Nico. Rosa's boy."), is the answerer's own: they are not barred from it for saying it."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")

_BEFORE = ((1, "Chair's free. Dario, you're up."), (2, "I'll wait for Sal. He's the only one I trust with scissors."),
           (3, "Sal went fishing for the week."), (1, "Relax, I'm Sal's nephew. He taught me everything."),
           (2, "You're Sal's nephew? Nico?"))


def test_a_guessed_name_said_back_is_the_answerers() -> None:
    found = facts(*_BEFORE, (1, "Nico. Rosa's boy."), (2, "Rosa with the flower stall? She sold me tulips once."),
                  (3, "She sells everyone tulips."))
    assert any(s == "Speaker 1" and p in _NAMED and o == "Nico" for s, p, o in found)
    assert not any(s != "Speaker 1" and p in _NAMED and o == "Nico" for s, p, o in found)


def test_a_guessed_name_exclaimed_at_is_not_owned() -> None:
    found = facts(*_BEFORE, (1, "Nico! He's here? Where?"), (3, "Out back."))
    assert not any(s == "Speaker 1" and p in _NAMED and o == "Nico" for s, p, o in found)
