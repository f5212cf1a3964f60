"""Persona statements, seventh round: lower-case chat lines in the persona style. A liking said before a wish or a
"maybe" in run-on chat ("i love tuna i could have it every night"); being somewhere liked ("i love being outdoors");
the kinds named after a liking ("i love the outdoors like hiking and camping"); an outing made a habit ("we go for long
walks in the park"); a pastime taken up lightly ("i dabble in pottery") or filling the free time ("i spend most my
free time baking"); "i love eating too"; "i like to tell jokes". Each with look-alike lines (negation, questions,
wishes, other people) that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept

_LIKED = ("likes", "hobby", "habit", "favorite")


def _liked(text: str) -> set[str]:
    """What Ann is said to like or do for pleasure in ``text``."""
    return {o for s, p, o in kept(text) if s == "Ann" and p in _LIKED}


@pytest.mark.parametrize(("text", "thing"), [
    ("i love tuna i could have it every night", "tuna"),
    ("nice i like to travel i could use a car", "travel"),
    ("i really like pottery i wish i had a kiln", "pottery"),
    ("i like hiking around here maybe that is why i stay", "hiking"),
])
def test_a_liking_before_a_wish_in_run_on_chat_is_kept(text: str, thing: str) -> None:
    assert thing in _liked(text), kept(text)


@pytest.mark.parametrize("text", ["i wish i could travel i would love to see paris", "i think i could live on tuna",
                                  "i would love a dog i could walk it every day", "if i had time i would love to paint"])
def test_a_wish_or_a_supposition_still_gives_no_liking(text: str) -> None:
    assert not {o for s, p, o in kept(text) if p in ("likes", "hobby")}, kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("i love being outdoors", ("Ann", "likes", "being outdoors")),
    ("i love being around dogs", ("Ann", "likes", "being around dogs")),
    ("i love being outside , swimming , and eating pasta .", ("Ann", "likes", "being outside")),
    ("i love being outside , swimming , and eating pasta .", ("Ann", "likes", "swimming")),
    ("i enjoy being at home with my kids and dogs", ("Ann", "likes", "being at home with my kids")),
    ("i hate being indoors", ("Ann", "dislikes", "being indoors")),
    ("i do not like being alone", ("Ann", "dislikes", "being alone")),
])
def test_being_somewhere_is_what_is_liked(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize("text", ["do you like being outdoors ?", "my sister loves being outdoors",
                                  "i would love being outdoors more"])
def test_being_outdoors_asked_or_anothers_is_not_the_speakers(text: str) -> None:
    assert "being outdoors" not in _liked(text), kept(text)


@pytest.mark.parametrize(("text", "things"), [
    ("i love the outdoors like hiking and camping .", {"hiking", "camping"}),
    ("i like more modern artists like travis scott .", {"travis scott"}),
    ("i enjoy board games like monopoly and chess", {"board games", "monopoly", "chess"}),
    ("i love spicy food like curry", {"spicy food", "curry"}),
])
def test_the_kinds_named_after_a_liking_are_liked_too(text: str, things: set[str]) -> None:
    assert things <= _liked(text), kept(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("i like dogs like you", "you"),
    ("i like spicy food especially when it is cold", "when it is cold"),
    ("i do not like sports like football", "football"),
    ("do you like sports like football ?", "football"),
    ("my brother likes bands like radiohead", "radiohead"),
])
def test_no_example_liked_from_a_comparison_a_denial_a_question_or_another(text: str, absent: str) -> None:
    assert absent not in _liked(text), kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("we go for long walks in the park .", ("Ann", "hobby", "long walks")),
    ("i go on hikes with my dog", ("Ann", "hobby", "hikes")),
    ("i go for a walk every morning", ("Ann", "habit", "walk")),
    ("i dabble in pottery", ("Ann", "hobby", "pottery")),
    ("i dabble in art , actually .", ("Ann", "hobby", "art")),
    ("no , i spend most my free time baking .", ("Ann", "hobby", "baking")),
])
def test_an_outing_made_a_habit_or_a_pastime_taken_up(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize("text", ["i went for a run this morning", "i do not go for walks", "do you go for walks ?",
                                  "i never dabble in politics", "do you dabble in art ?"])
def test_no_habit_from_one_outing_a_denial_or_a_question(text: str) -> None:
    assert not {o for s, p, o in kept(text) if p in ("hobby", "habit")}, kept(text)


@pytest.mark.parametrize(("text", "thing"), [
    ("wow , i love eating too .", "eating"),
    ("i still like to tell jokes", "tell jokes"),
    ("i love to tell stories to my kids", "tell stories"),
])
def test_a_pastime_said_with_too_or_telling_jokes_is_liked(text: str, thing: str) -> None:
    assert thing in _liked(text), kept(text)


@pytest.mark.parametrize("text", ["i hate to tell you this", "i love to tell you about it", "i would love to tell jokes"])
def test_telling_someone_something_is_no_liking(text: str) -> None:
    assert not {o for s, p, o in kept(text) if p in ("likes", "dislikes") and o.startswith("tell")}, kept(text)
