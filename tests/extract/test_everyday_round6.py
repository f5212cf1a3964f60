"""Everyday statements, sixth round, in English: the year one was born in ("I was born in 1990", 我是1990年出生的);
a school a child goes to without the word "school" ("My daughter goes to Stanford"); a relative's age or job said in a
relative clause ("I have a son who is 3"); a relative's job that ends ("My mom just retired from teaching"); a language
grown up with ("I grew up speaking French"); a favourite said after what was eaten ("I ate sushi, my favorite food");
a country "it" stands for ("My sister lives in the U.K. She loves it."); a food one cannot eat ("I can't eat
gluten": a condition, not a taste). Each with look-alike lines that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("I was born in 1990.", ("Ann", "birthYear", "1990")),
    ("Ann was born in 1985.", ("Ann", "birthYear", "1985")),
    ("My husband was born in 1978.", ("Ann's husband", "birthYear", "1978")),
    ("My grandfather was born in 1931 in Naples.", ("Ann's grandfather", "birthYear", "1931")),
    ("I was born in Paris in 1990.", ("Ann", "birthYear", "1990")),
    ("我是1990年出生的。", ("安娜", "birthYear", "1990")),
    ("我1990年出生。", ("安娜", "birthYear", "1990")),
    ("我妹妹是2001年出生的。", ("安娜的妹妹", "birthYear", "2001")),
])
def test_the_year_of_a_birth_is_told(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


def test_a_place_told_after_the_year_is_kept() -> None:
    assert ("Ann", "birthPlace", "Paris") in kept("I was born in 1990 in Paris."), kept("I was born in 1990 in Paris.")


@pytest.mark.parametrize("text", ["I wasn't born in 1990.", "Were you born in 1990?", "If I was born in 1990, I'd be 34.",
                                  "I was born in the 80s.", "我不是1990年出生的。", "你是1990年出生的吗？"])
def test_no_year_of_birth_denied_asked_supposed_or_vague(text: str) -> None:
    assert not any(p == "birthYear" for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize("text", ["I was born in May.", "I was born in the spring.", "I was born in the 80s.",
                                  "I was born in the late 1980s."])
def test_a_month_or_a_decade_of_birth_is_no_birthplace(text: str) -> None:
    assert not any(p == "birthPlace" for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("My daughter goes to Stanford.", ("Ann's daughter", "studiesAt", "Stanford")),
    ("My daughter goes to Yale.", ("Ann's daughter", "studiesAt", "Yale")),
    ("My son goes to Lincoln.", ("Ann's son", "studiesAt", "Lincoln")),
    ("I go to MIT.", ("Ann", "studiesAt", "MIT")),
    ("My dad went to Harvard.", ("Ann's dad", "educatedAt", "Harvard")),
])
def test_a_school_gone_to_is_named(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize("text", ["My son goes to the gym.", "My kids go to bed at 8.", "My daughter goes to Paris every summer.",
                                  "My daughter doesn't go to Stanford.", "Does your daughter go to Stanford?",
                                  "I wish my son went to Harvard.", "Tom goes to Lincoln.", "My son went to Lincoln.",
                                  "My daughter goes to Church on Sundays."])
def test_no_school_from_a_thing_a_trip_a_denial_a_wish_or_a_visit(text: str) -> None:
    assert not any(p in ("studiesAt", "educatedAt") for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("I have a son who is 3.", ("Ann's son", "age", "3")),
    ("I have a daughter who is 7 years old.", ("Ann's daughter", "age", "7")),
    ("I have a son who is 3 and a daughter who is 5.", ("Ann's daughter", "age", "5")),
    ("I have a son who is a doctor.", ("Ann's son", "jobTitle", "doctor")),
    ("I have a brother who works at Google.", ("Ann's brother", "worksFor", "Google")),
])
def test_a_relative_clause_tells_of_the_relative(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize("text", ["I don't have a son who is 3.", "Do you have a son who is 3?",
                                  "I wish I had a son who is a doctor.", "My friend has a son who is 3."])
def test_no_age_of_the_speakers_child_denied_asked_wished_or_anothers(text: str) -> None:
    assert not any(s == "Ann's son" for s, _, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "who"), [
    ("My mom just retired from teaching.", "Ann's mom"),
    ("My dad retired last year.", "Ann's dad"),
    ("My husband quit his job.", "Ann's husband"),
    ("My sister got laid off.", "Ann's sister"),
    ("My mom is a teacher. She retired last year.", "Ann's mom"),
])
def test_a_relatives_job_ends(text: str, who: str) -> None:
    assert any(s == who and p == "worksFor" and ended for s, p, _, ended in told(text)), told(text)


def test_retiring_from_a_kind_of_work_names_no_employer() -> None:
    assert not any(p == "worksFor" and o == "teaching" for _, p, o, _ in told("I retired from teaching.")), \
        told("I retired from teaching.")


@pytest.mark.parametrize("text", ["My mom didn't retire.", "Did your mom retire?", "My mom will retire next year.",
                                  "My sister divorced her husband."])
def test_no_ending_of_a_relative_denied_asked_to_come_or_a_marriage(text: str) -> None:
    assert not any(ended and p in ("worksFor", "spouse") for _, p, _, ended in told(text)), told(text)


def test_a_relative_who_retires_is_still_related() -> None:
    assert ("Ann", "parent", "Ann's mom") in kept("My mom just retired from teaching."), \
        kept("My mom just retired from teaching.")


@pytest.mark.parametrize(("text", "fact"), [
    ("I grew up speaking French.", ("Ann", "speaks", "French")),
    ("I was raised speaking Italian at home.", ("Ann", "speaks", "Italian")),
    ("My mom grew up speaking Spanish.", ("Ann's mom", "speaks", "Spanish")),
    ("My grandmother speaks only Italian.", ("Ann's grandmother", "speaks", "Italian")),
])
def test_a_language_grown_up_with_is_spoken(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize("text", ["I grew up speaking my mind.", "I didn't grow up speaking French.",
                                  "I wish I grew up speaking French."])
def test_no_language_from_a_figure_a_denial_or_a_wish(text: str) -> None:
    assert not any(p == "speaks" for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "thing"), [
    ("I ate sushi, my favorite food.", "sushi"),
    ("I ordered ramen, my favorite dish.", "ramen"),
    ("We watched Up, my favorite movie.", "Up"),
])
def test_what_was_had_before_my_favorite_is_the_favorite(text: str, thing: str) -> None:
    assert ("Ann", "favorite", thing) in kept(text), kept(text)


@pytest.mark.parametrize("text", ["It was hard, my favorite part.", "I played hard, my favorite part.",
                                  "That was close, my favorite moment."])
def test_how_something_went_is_no_favorite(text: str) -> None:
    assert not any(p == "favorite" for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("My sister lives in the U.K. She loves it.", ("Ann's sister", "likes", "United Kingdom")),
    ("I live in the U.S. I love it.", ("Ann", "likes", "United States")),
])
def test_it_is_the_country_spelled_out(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)
    assert not any(o in ("U.K", "U.S") for _, _, o in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("I can't eat gluten.", ("Ann", "trait", "can't eat gluten")),
    ("I can't eat shellfish.", ("Ann", "trait", "can't eat shellfish")),
    ("My son can't eat peanuts.", ("Ann's son", "trait", "can't eat peanuts")),
    ("I don't eat dairy.", ("Ann", "trait", "avoids dairy")),
])
def test_a_food_one_cannot_eat_is_a_condition(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)
    assert not any(p == "dislikes" for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize("text", ["I can't eat another bite.", "I can't eat that much.", "Can you eat gluten?"])
def test_no_food_from_an_amount_or_a_question(text: str) -> None:
    assert not any(p in ("dislikes", "trait") for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "partner"), [("Pete dumped me.", "Pete"), ("My boyfriend left me.", "Ann")])
def test_a_partner_who_ended_it_still_ends_the_partnership(text: str, partner: str) -> None:
    assert ("Ann", "partner", partner, True) in told(text), told(text)
