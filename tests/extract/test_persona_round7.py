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


# Eighth round: a craft said to be done well ("i draw really well") or a rank held in it ("a black belt in karate") is a
# skill; a home "right by" or "close to" a place; "walking is what i do"; "i am always shopping"; no "even" or
# "currently" read as a thing liked.

@pytest.mark.parametrize(("text", "fact"), [
    ("i draw really well , i could do a dog portrait", ("Ann", "skill", "draw")),
    ("i cook pretty well .", ("Ann", "skill", "cook")),
    ("no , i sing great !", ("Ann", "skill", "sing")),
    ("my sister sings beautifully", ("Ann's sister", "skill", "sing")),
    ("i have a black belt in karate", ("Ann", "skill", "karate")),
    ("i got my brown belt in judo last year", ("Ann", "skill", "judo")),
])
def test_a_craft_done_well_or_a_belt_held_is_a_skill(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize("text", ["i sleep well", "i do well in school", "i am doing well", "i do not cook well",
                                  "can you draw well ?", "i wish i could sing well", "i cook great steaks",
                                  "i do not have a black belt in karate", "my brother has a black belt in judo",
                                  "the car drives well"])
def test_feeling_or_faring_well_asked_denied_or_anothers_is_no_skill_of_the_speaker(text: str) -> None:
    assert not {o for s, p, o in kept(text) if s == "Ann" and p == "skill"}, kept(text)


@pytest.mark.parametrize(("text", "place"), [("i live right by the coast .", "coast"),
                                             ("i live close to the ocean", "ocean"),
                                             ("i live right next to the beach", "beach")])
def test_a_home_right_by_or_close_to_a_place_is_where_one_lives(text: str, place: str) -> None:
    assert ("Ann", "livesIn", place) in kept(text), kept(text)


@pytest.mark.parametrize("text", ["i live near my parents", "i live close to work", "do you live by the coast ?",
                                  "i do not live near the ocean", "my sister lives right by the coast"])
def test_whom_the_home_is_near_asked_denied_or_anothers_is_no_home_of_the_speaker(text: str) -> None:
    assert not {o for s, p, o in kept(text) if s == "Ann" and p == "livesIn"}, kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("walking long distances is what i do .", ("Ann", "hobby", "walking long distances")),
    ("surfing is what i do all day", ("Ann", "hobby", "surfing")),
    ("flying model airplanes is one of my many other hobbies along with music .", ("Ann", "hobby", "flying model airplanes")),
    ("i do . but i cannot help it . i am always shopping", ("Ann", "habit", "shopping")),
])
def test_a_pastime_named_first_or_always_under_way_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize("text", ["nursing is what i do for a living", "that is what i do", "surfing is not what i do",
                                  "surfing is what my sister does", "my sister is always shopping",
                                  "i am not always shopping"])
def test_a_job_a_pronoun_a_denial_or_anothers_pastime_is_no_hobby_of_the_speaker(text: str) -> None:
    assert not {o for s, p, o in kept(text) if s == "Ann" and p in ("hobby", "habit")}, kept(text)


@pytest.mark.parametrize(("text", "junk"), [("i love to sing , even though i am shy .", "even"),
                                            ("i prefer karate and currently have a black belt .", "currently"),
                                            ("i shop pretty often usually several times a week", "shop pretty")])
def test_an_adverb_left_over_is_no_thing_liked(text: str, junk: str) -> None:
    assert junk not in _liked(text), kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("sushi ! i love it !", ("Ann", "likes", "sushi")),
    ("seattle . i love it there .", ("Ann", "likes", "seattle")),
    ("i went hiking today . i love it", ("Ann", "likes", "hiking")),
    ("i had sushi last night . i love it", ("Ann", "likes", "sushi")),
    ("pasta ! my favorite .", ("Ann", "favorite", "pasta")),
    ("what is your favorite food ? cheese pizza is mine .", ("Ann", "favorite", "cheese pizza")),
    ("sugar is a guilty pleasure of mine , especially chocolate .", ("Ann", "likes", "sugar")),
    ("magic shows cheer me up when i am sad", ("Ann", "likes", "magic shows")),
    ("baking relaxes me", ("Ann", "likes", "baking")),
    ("i am all about dogs", ("Ann", "likes", "dogs")),
    ("i am more drawn to travelling", ("Ann", "likes", "travelling")),
    ("nice i have a bad habit of smoking a pipe", ("Ann", "habit", "smoking a pipe")),
    ("a chevy tahoe is what i drive", ("Ann", "owns", "chevy tahoe")),
    ("playing pool is what i am good at", ("Ann", "skill", "playing pool")),
    ("i am good just got home from fishing", ("Ann", "hobby", "fishing")),
    ("i am just hanging out playing video games .", ("Ann", "hobby", "video games")),
])
def test_a_thing_named_before_it_first_or_as_a_habit_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize("text", ["cool ! i love it", "thanks . i love it", "grr . . i hate that", "two , i love them",
                                  "seven years . i love it .", "dreadful ! i live alone and love it .",
                                  "Hey, Ross! I love it!", "me too . i love it"])
def test_a_reaction_a_number_or_a_name_said_alone_is_no_thing_liked(text: str) -> None:
    assert not {o for s, p, o in kept(text) if p in ("likes", "dislikes")}, kept(text)


@pytest.mark.parametrize("text", [
    "charlie , my dog , just stole my dinner and ran off ! it was eggplant , my favorite .",  # charlie is far before
    "is this yours ? the red one is mine .", "that is mine",  # owned, no favorite
    "music does not make me happy", "you make me happy", "my sister is all about yoga",
    "i do not have a habit of lying", "do you have a habit of journaling ?",
    "money is what i have to earn", "a truck is not what i drive",
])
def test_far_things_pronouns_denials_and_others_give_nothing_of_the_speakers(text: str) -> None:
    assert not {(p, o) for s, p, o in kept(text) if s == "Ann" and p in ("favorite", "likes", "habit", "owns")
                and o not in ("Ann's dog",)}, kept(text)
