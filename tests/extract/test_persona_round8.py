"""Persona statements, eighth round: lower-case chat lines in the persona style. A fear said with the thing first
("clowns terrify me"); food praised by its taste ("pork tastes so good"); what one cannot live without or finds dull;
a skill said of an activity just named ("i love cooking and i am good at it") or in plain talk ("i cook pretty good");
an eager pastime ("i am an avid reader": reading, not a skill); a state held all along ("i have always been short");
a job said by its work ("i wait tables at a diner"); a home said without "live in" ("i have never been outside of
ohio", "we just moved into a new condo"). Each with look-alike lines (negation, questions, wishes, other people, the
past) that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


def _of_ann(text: str, predicate: str) -> set[str]:
    return {o for s, p, o in kept(text) if s == "Ann" and p == predicate}


@pytest.mark.parametrize(("text", "thing"), [
    ("clowns terrify me", "clowns"),
    ("spiders really scare me", "spiders"),
    ("honestly , deep water frightens me", "deep water"),
    ("i find golf boring", "golf"),
    ("we find horror movies kind of gross", "horror movies"),
])
def test_a_fear_or_a_dull_thing_named_first_is_disliked(text: str, thing: str) -> None:
    assert thing in _of_ann(text, "dislikes"), kept(text)


@pytest.mark.parametrize("text", ["do spiders scare you ?", "it scares me", "Ross scares me", "the movie scared me",
                                  "i do not find golf boring", "i find him boring", "my sister finds golf boring"])
def test_no_dislike_from_a_question_a_pronoun_a_person_or_the_past(text: str) -> None:
    assert not _of_ann(text, "dislikes"), kept(text)


@pytest.mark.parametrize(("text", "thing"), [
    ("pork tastes so good", "pork"),
    ("fresh bread tastes amazing", "bread"),
    ("i cannot live without coffee", "coffee"),
])
def test_food_praised_by_its_taste_or_not_to_be_missed_is_liked(text: str, thing: str) -> None:
    assert thing in _of_ann(text, "likes"), kept(text)


@pytest.mark.parametrize("text", ["does pork taste good ?", "pork does not taste good", "it tastes good",
                                  "my mom says pork tastes so good", "i can live without coffee",
                                  "can you live without coffee ?", "my sister cannot live without coffee"])
def test_no_liking_from_a_question_a_denial_or_someone_elses_verdict(text: str) -> None:
    assert not _of_ann(text, "likes"), kept(text)


def test_living_without_a_relative_is_no_liking_of_a_thing() -> None:
    assert not _of_ann("i cannot live without my wife", "likes")


@pytest.mark.parametrize(("text", "skill"), [
    ("i love cooking and i am pretty good at it", "cooking"),
    ("i love to knit ! and i am good at it , too !", "knit"),
    ("i really cook good", "cook"),
    ("i sing pretty good", "sing"),
])
def test_a_skill_said_of_the_activity_just_named_or_in_plain_talk(text: str, skill: str) -> None:
    assert skill in _of_ann(text, "skill"), kept(text)


@pytest.mark.parametrize("text", ["i love cooking but i am not good at it", "i am good at it", "i cook good food",
                                  "i do not cook good", "i love math and my sister is good at it"])
def test_no_skill_of_the_speaker_without_an_activity_or_with_a_denial(text: str) -> None:
    assert not _of_ann(text, "skill"), kept(text)


@pytest.mark.parametrize(("text", "pastime"), [
    ("i am an avid reader", "reading"),
    ("i am a big reader", "reading"),
    ("i am a huge hiker", "hiking"),
])
def test_an_eager_pastime_is_a_hobby_not_a_skill(text: str, pastime: str) -> None:
    assert pastime in _of_ann(text, "hobby"), kept(text)
    assert not _of_ann(text, "skill"), kept(text)


@pytest.mark.parametrize("text", ["i am not a big reader", "are you an avid reader ?", "i am a big guy"])
def test_no_pastime_from_a_denial_a_question_or_a_size(text: str) -> None:
    assert not _of_ann(text, "hobby"), kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("i have always been short", ("trait", "short")),
    ("i have always been tall and skinny", ("trait", "skinny")),
    ("i have always been a vegan", ("diet", "vegan")),
])
def test_a_state_held_all_along_holds_now(text: str, fact: tuple[str, str]) -> None:
    assert fact[1] in _of_ann(text, fact[0]), kept(text)


@pytest.mark.parametrize("text", ["i have never been short", "have you always been short ?",
                                  "i have always been more the type to stay home"])
def test_no_trait_from_never_a_question_or_a_manner(text: str) -> None:
    assert not _of_ann(text, "trait"), kept(text)


@pytest.mark.parametrize(("text", "place"), [
    ("i wait tables at a diner", "diner"),
    ("i just wait tables at the diner downtown", "diner"),
    ("i bartend at a pub", "pub"),
])
def test_a_job_said_by_its_work_names_the_workplace(text: str, place: str) -> None:
    assert place in _of_ann(text, "worksFor"), kept(text)


@pytest.mark.parametrize("text", ["do you wait tables at the diner ?", "we waited for a table at the diner",
                                  "i used to wait tables at a diner", "i would love to bartend at a pub"])
def test_no_workplace_from_a_question_a_meal_the_past_or_a_wish(text: str) -> None:
    assert not _of_ann(text, "worksFor"), kept(text)


def test_a_former_job_said_by_its_work_is_an_ending() -> None:
    assert ("Ann", "worksFor", "diner", True) in told("i used to wait tables at a diner")


@pytest.mark.parametrize(("text", "place"), [
    ("i have never been outside of ohio", "ohio"),
    ("i am american . i have never been out of new york myself .", "new york"),
    ("we just moved into a new condo", "condo"),
    ("i moved into a tiny cottage last year", "tiny cottage"),
])
def test_a_home_said_without_live_in(text: str, place: str) -> None:
    assert place in _of_ann(text, "livesIn"), kept(text)


@pytest.mark.parametrize("text", ["i have not been outside of ohio yet", "have you ever been outside of ohio ?",
                                  "i have never left the house", "i have never been out of the country",
                                  "i have never been to ohio", "i moved into management", "i never moved into the dorm",
                                  "we are moving into a new condo next week", "my sister has never been outside of ohio"])
def test_no_home_from_a_plain_not_a_question_no_place_or_a_move_ahead(text: str) -> None:
    assert not {o for o in _of_ann(text, "livesIn") if o in ("ohio", "house", "country", "management", "dorm", "condo")}, kept(text)


def test_good_at_this_is_no_skill_of_the_thing_just_disliked() -> None:
    assert not _of_ann("i do not like sports but am good at this", "skill")


def test_an_avid_doer_of_an_unknown_craft_is_no_job() -> None:
    assert not _of_ann("i am an avid woodworker", "jobTitle")
