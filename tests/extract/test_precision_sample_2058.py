"""Causes of wrong facts in the hand-labelled DialogRE sample of seed 2058 (benchmarks/labels/extract_precision.csv),
each removed by a general rule (issue 13). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, names, told


@pytest.mark.parametrize("text", [
    "Fine, but if I'm Gretchen, you have to be the landlord.",
    "If I'm Oberon in this scene, who plays the donkey?",
    "Okay, pretend I'm Dolores and you just walked in.",
    "Say I'm Vincent. What do you tell me first?",
])
def test_a_part_supposed_or_played_is_no_name(text: str) -> None:
    """"if I'm Marge, ...": a part in a rehearsal or a case supposed, not the speaker introducing themself."""
    assert not any(speaker == "Speaker 2" for speaker, _ in names((1, "Ready?"), (2, text), (1, "Sure.")))


@pytest.mark.parametrize(("text", "name"), [
    ("Hi, I'm Gretchen. I'm the new landlord.", "Gretchen"),
    ("If I'm late, just start. I'm Oberon, by the way.", "Oberon"),
])
def test_a_self_introduction_is_still_read(text: str, name: str) -> None:
    assert ("Speaker 2", name) in names((1, "Hello?"), (2, text), (1, "Nice to meet you."))


@pytest.mark.parametrize("text", [
    "Honestly, you make little squeaky noises when you dream.",
    "You make funny sounds when you laugh.",
    "You make weird faces at the camera.",
    "You always make excuses.",
    "She makes fun of my accent.",
])
def test_an_idiom_of_make_is_no_pastime(text: str) -> None:
    """"you make sex noises when you get massaged": nothing made, no hobby or habit."""
    assert not any(p in ("hobby", "habit") for _, p, _ in facts((1, "What?"), (2, text)))


@pytest.mark.parametrize(("text", "made"), [
    ("I make candles in my spare time.", "make candles"),
    ("I make sound sculptures.", "make sound sculptures"),
])
def test_things_made_for_fun_are_still_a_pastime(text: str, made: str) -> None:
    assert any(p in ("hobby", "habit") and o == made for _, p, o, _ in told(text))


@pytest.mark.parametrize("text", [
    "Lena is bored. She needs company, so why don't you come over and play cards with her.",
    "Tomas is upset, so please be kind and play chess with him tonight.",
    "Omar is home alone, so why not come round and watch some football with him.",
])
def test_a_bidding_goes_on_to_the_one_bidden(text: str) -> None:
    """"He needs us, so why don't you ... and watch some TV": the verb after "and" is bidden of the one spoken to, not
    done by the person spoken of."""
    assert not any(p in ("hobby", "habit", "likes") for _, p, _, _ in told(text))


def test_a_verb_after_and_still_goes_on_with_the_subject() -> None:
    assert ("Tomas", "hobby", "chess") in {(s, p, o) for s, p, o, _ in told("Tomas is my cousin and plays chess.")}


@pytest.mark.parametrize("turn", [
    "Okay. Uh, Marisol Vega, this is Howard Pruitt. Howard, Marisol. Howard builds furniture.",
    "Right, so Tobias, this is Wendell. Wendell, Tobias. You two will share the desk.",
])
def test_two_people_introduced_to_each_other_are_not_named_by_who_answers(turn: str) -> None:
    """"Kristen Riggs, this is Carol Willick. Carol, Kristin.": either of the two may answer, so neither name goes to
    the one who spoke before."""
    found = names((1, "Is everyone here?"), (3, "Sorry, I'm late."), (1, turn), (3, "Hi."), (2, "Hello."))
    assert not any(name.startswith(("Marisol", "Howard", "Tobias", "Wendell")) for _, name in found)


def test_one_introduced_to_the_one_called_still_names_who_answers() -> None:
    found = names((1, "Hey."), (2, "Hi."), (1, "Tobias, this is my sister Ingrid. Tobias runs the bakery."),
                  (2, "Nice to meet you, Ingrid."))
    assert ("Speaker 2", "Tobias") in found
