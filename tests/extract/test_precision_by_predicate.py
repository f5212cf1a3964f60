"""Issue 13, read by predicate: every fact the rules gave on DialogRE train for the weakest predicates (hobby, habit,
goal, owns, visited, child), read in context, and the general reasons they misfire on multi-party talk, each removed
with the look-alikes that must keep their facts. Invented lines, in English and Chinese."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts as _facts


def _of(predicate: str, *lines: tuple[int, str]) -> set[str]:
    return {o for _, p, o in _facts(*lines) if p == predicate}


# -- hobby: a part played, one occasion of reading ------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Oh, I play a scientist on the show.",
    "I'm his double. I play Al Pacino's butt.",
    "And you play all those Shakespeare guys and stuff.",
    "Oh, no. I'm playing your husband, Victor.",
])
def test_a_part_played_is_no_hobby_and_no_relative(line: str) -> None:
    found = _facts((2, "So who are you in this?"), (1, line))
    assert not any(p in ("hobby", "habit", "spouse") for _, p, _ in found), found


@pytest.mark.parametrize(("line", "hobby"), [
    ("I play tennis.", "tennis"),
    ("I play video games with my brother.", "video games"),
    ("I play cards with my kids.", "cards"),
])
def test_games_played_stay_hobbies(line: str, hobby: str) -> None:
    assert hobby in _of("hobby", (2, "What do you do for fun?"), (1, line))


@pytest.mark.parametrize("line", [
    "There's this thing I want us to do. I read about it in Maxim.",
    "Oh, wait a minute, I read the wrong one.",
    "I just read what you put on your page today.",
    "I write the specials on the specials board.",
])
def test_one_occasion_of_reading_or_writing_is_no_hobby(line: str) -> None:
    assert _of("hobby", (2, "What?"), (1, line)) == set()


@pytest.mark.parametrize(("line", "hobby"), [
    ("I read a lot.", "read"),
    ("i read the bible.", "read the bible"),
    ("i write poems.", "write poems"),
])
def test_reading_and_writing_as_pastimes_stay(line: str, hobby: str) -> None:
    assert _of("hobby", (2, "How did you get so smart?"), (1, line)) == {hobby}


# -- habit: a bare verb, someone talked about, a state ------------------------------------------------------


@pytest.mark.parametrize("line", [
    "We see them every day.",
    "Right, we only hung out every night.",
    "I always answer with the head bob.",
    "我每天都在谈论她！",
    "你知道，我们总是在一起。",
    "我爸喜欢踩高跷。他总是很高兴。",
])
def test_a_bare_verb_a_person_talked_about_or_a_state_is_no_habit(line: str) -> None:
    assert _of("habit", (2, "Why?"), (1, line)) == set()


@pytest.mark.parametrize(("line", "habit"), [
    ("I always separate my sweat socks from my dress socks.", "separate my sweat socks"),
    ("我总是迟到。", "迟到"),
])
def test_habits_of_ones_own_stay(line: str, habit: str) -> None:
    assert habit in _of("habit", (2, "Tell me one of your things."), (1, line))


# -- goal: the needs and plans of the moment ------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "I wanna sleep, I wanna eat, I wanna take a shower.",
    "I really want to go to his concert Friday night.",
    "Cause I wanna go running before it gets dark.",
    "I know, I just want to bite his bottom lip.",
    "So I want to dance on my wedding night with my husband.",
    "好了，我想开始庆祝和敬酒。",
])
def test_a_want_of_the_moment_is_no_goal(line: str) -> None:
    assert _of("goal", (2, "What do you want?"), (1, line)) == set()


@pytest.mark.parametrize(("line", "goal"), [
    ("And someday soon, I hope to open my own restaurant.", "open my own restaurant"),
    ("I want to become a nurse.", "become nurse"),
    ("I want to travel the world.", "travel the world"),
    ("我想成为终极格斗冠军。", "成为终极格斗冠军"),
])
def test_goals_of_a_life_stay(line: str, goal: str) -> None:
    assert _of("goal", (2, "What do you want?"), (1, line)) == {goal}


# -- owns, visited: no thing, no place ------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "I don't wear suits to work, and I bought six of them from you.",
    "Well, I guess I got the wrong apartment then.",
])
def test_a_count_or_the_wrong_one_is_owned_by_nobody(line: str) -> None:
    assert _of("owns", (2, "Sorry."), (1, line)) == set()


def test_a_thing_owned_stays() -> None:
    assert _of("owns", (2, "How do you get around?"), (1, "I own a car.")) == {"car"}


@pytest.mark.parametrize("line", [
    "This is Ross, okay? He's our friend. He obviously went crazy.",
    "No, we went to the left.",
    "Look, I've been through a divorce, trust me.",
    "I went across the street and talked to the doorman.",
])
def test_a_state_a_way_or_an_event_is_no_place_visited(line: str) -> None:
    assert _of("visited", (2, "What happened?"), (1, line)) == set()


def test_a_place_visited_stays() -> None:
    assert _of("visited", (2, "What did you do?"), (1, "I went to Paris last year.")) == {"Paris"}


# -- trait: short of something --------------------------------------------------------------------------------


def test_short_on_cash_is_no_trait_but_short_is() -> None:
    assert _of("trait", (2, "Have you ever been bitten by a hungry Italian?"),
               (1, "I'm sorry, it's just, I'm a little short on cash.")) == set()
    assert _of("trait", (2, "What do you look like?"), (1, "I'm short.")) == {"short"}


@pytest.mark.parametrize("line", [
    "Dana drove us here. She's finally old enough to drive!",
    "My nephew is tall enough to ride the big coasters now.",
    "I'm old enough to know better, and short enough to get away with it.",
])
def test_a_trait_enough_for_something_is_no_trait(line: str) -> None:
    assert _of("trait", (2, "How was the day?"), (1, line)) == set()
    assert _of("trait", (2, "How is your grandpa?"), (1, "He's old and tall, but sharp.")) == {"old", "tall"}


# -- child: the father of one's child -------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["James Brolin is the father of my baby.", "詹姆斯·布洛林是我孩子的父亲。"])
def test_the_father_of_ones_child_is_no_child_and_has_none_of_his_own(line: str) -> None:
    found = _facts((2, "Who is it?"), (1, line))
    assert not any(p == "child" and ("Brolin" in s or "布洛林" in s or "布洛林" in o) for s, p, o in found), found
    assert line.startswith("詹") or ("James Brolin", "gender", "male") in found  # a father all the same


@pytest.mark.parametrize(("line", "expected"), [
    ("I am a mother of two.", ("Speaker 1", "child", "Speaker 1's children")),
    ("罗杰是我最好的朋友。", ("Speaker 1", "friend", "罗杰")),
])
def test_a_parent_and_a_named_friend_stay(line: str, expected: tuple[str, str, str]) -> None:
    assert expected in _facts((2, "Tell me about you."), (1, line))
