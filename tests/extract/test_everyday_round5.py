"""Everyday statements, fifth round, in English: someone seen or met over lunch is whom a later "his"/"her" is about
("I saw Tom. His wife is Maria."); studying in a country ("My sister studies in Canada": she lives there; "the US" and
"the U.S." read as the country); a pet or a relative lost ("I lost my dog last year": had no more; "I lost my dad":
he died); a job said beside the employer ("I work for Amazon as a data scientist"); an allergy said as a noun ("a
peanut allergy"); a native language; a title before a name ("my teacher Mrs. Brown"). And what is no fact: children
in general ("Our kids are our future"), a lapse said of everyone ("we often overlook the small things"), another's
doing after "and" ("I love how you use it to inspire kids and teach people"), how a name or a thing is ("Name is hard
to spell", "It was hard, my favorite part"). Each with look-alike lines that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("I saw Tom. His wife is Maria.", ("Tom", "spouse", "Maria")),
    ("I ran into Tom yesterday. His wife is Maria.", ("Tom", "spouse", "Maria")),
    ("I had coffee with Jenna. She works at Google.", ("Jenna", "worksFor", "Google")),
    ("I had lunch with Sarah. Her husband is a doctor.", ("Sarah's husband", "jobTitle", "doctor")),
    ("I ran into my old teacher Mrs. Brown. Her son is a pilot.", ("Mrs. Brown's son", "jobTitle", "pilot")),
])
def test_someone_seen_is_whom_a_later_his_or_her_is_about(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize("text", ["I saw Tom. His wife is Maria.", "I had coffee with Jenna."])
def test_seeing_someone_is_no_acquaintance_stored(text: str) -> None:
    assert not any(p == "knows" for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "who", "place"), [
    ("I study in the US.", "Ann", "United States"),
    ("My sister studies in Canada.", "Ann's sister", "Canada"),
    ("I am studying in Germany.", "Ann", "Germany"),
])
def test_studying_in_a_country_is_living_there(text: str, who: str, place: str) -> None:
    assert (who, "livesIn", place) in kept(text), kept(text)


@pytest.mark.parametrize("text", ["I studied in Paris for a year.", "I don't study in Canada.", "Do you study in the US?",
                                  "I wish I studied in Canada."])
def test_no_home_from_studies_over_denied_or_wished(text: str) -> None:
    assert not any(p == "livesIn" for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize("text", ["I study in the library.", "I study in my room.", "I study in the evening."])
def test_where_or_when_one_studies_is_no_field(text: str) -> None:
    assert not any(p == "fieldOfStudy" for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize("text", ["I live in the US.", "I live in the U.S. now.", "I live in the U.S."])
def test_the_us_is_the_country(text: str) -> None:
    assert ("Ann", "livesIn", "United States") in kept(text), kept(text)


@pytest.mark.parametrize(("text", "pet"), [
    ("I lost my dog last year.", "Ann's dog"),
    ("We lost our cat Milo in March.", "Milo"),
    ("I sadly lost my dog.", "Ann's dog"),
])
def test_a_pet_lost_is_had_no_more(text: str, pet: str) -> None:
    facts = told(text)
    assert ("Ann", "hasPet", pet, True) in facts, facts
    assert not any(p == "hasPet" and not ended for _, p, _, ended in facts), facts


@pytest.mark.parametrize("text", ["I almost lost my dog.", "I lost my dog's leash.", "I never lost my dog.",
                                  "I lost my dog at the park but we found him."])
def test_a_pet_not_lost_is_still_had(text: str) -> None:
    facts = told(text)
    assert any(p == "hasPet" and not ended for _, p, _, ended in facts), facts
    assert not any(p == "hasPet" and ended for _, p, _, ended in facts), facts


@pytest.mark.parametrize(("text", "who"), [("I lost my dad last year.", "Ann's dad"), ("I lost my mom to cancer.", "Ann's mom")])
def test_a_relative_lost_is_deceased(text: str, who: str) -> None:
    assert (who, "trait", "deceased") in kept(text), kept(text)


@pytest.mark.parametrize("text", ["I lost my brother in the crowd but found him.", "I lost my dad's watch.",
                                  "My friend lost her dad.", "If I lost my dad I would be sad."])
def test_no_death_from_a_relative_not_lost(text: str) -> None:
    assert not any(o == "deceased" for _, _, o in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "who", "job"), [
    ("I work for Amazon as a data scientist.", "Ann", "data scientist"),
    ("I work at Google as an engineer.", "Ann", "engineer"),
    ("My dad works for the city as a bus driver.", "Ann's dad", "bus driver"),
])
def test_a_job_said_beside_the_employer(text: str, who: str, job: str) -> None:
    assert (who, "jobTitle", job) in kept(text), kept(text)


@pytest.mark.parametrize("text", ["I work at a bank as well.", "I don't work at Google as an engineer."])
def test_no_job_from_as_that_names_none(text: str) -> None:
    assert not any(p == "jobTitle" for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "who", "trait"), [
    ("I have a peanut allergy.", "Ann", "allergic to peanut"),
    ("My son has severe nut allergies.", "Ann's son", "allergic to nut"),
])
def test_an_allergy_said_as_a_noun(text: str, who: str, trait: str) -> None:
    assert (who, "trait", trait) in kept(text), kept(text)


@pytest.mark.parametrize("text", ["I don't have a peanut allergy.", "Do you have a peanut allergy?",
                                  "I bought an allergy kit."])
def test_no_allergy_denied_asked_or_a_thing(text: str) -> None:
    assert not any(o.startswith("allergic") for _, _, o in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "language"), [("My native language is Portuguese.", "Portuguese"),
                                                ("My mother tongue is Polish.", "Polish"),
                                                ("My first language is tagalog.", "Tagalog")])
def test_a_native_language_is_spoken(text: str, language: str) -> None:
    assert ("Ann", "speaks", language) in kept(text), kept(text)


@pytest.mark.parametrize("text", ["My native language is not English.", "Is your native language Spanish?",
                                  "His native language is Greek."])
def test_no_language_from_a_native_language_denied_asked_or_of_another(text: str) -> None:
    assert not any(s == "Ann" and p == "speaks" for s, p, _ in kept(text)), kept(text)


def test_a_title_belongs_to_the_name() -> None:
    assert ("Mrs. Brown", "jobTitle", "teacher") in kept("My teacher Mrs. Brown is strict."), kept("My teacher Mrs. Brown is strict.")


@pytest.mark.parametrize(("text", "predicate"), [
    ("Our kids are our future.", "child"),
    ("Our children are the future.", "child"),
    ("We often overlook the small things.", "habit"),
    ("I always forget people's names.", "habit"),
    ("We always take things for granted.", "habit"),
    ("I love how you use it to inspire kids and teach people.", "jobTitle"),
    ("I love how you use your art to entertain and teach people.", "jobTitle"),
    ("Name is hard to spell.", "name"),
    ("My name is hard to spell.", "name"),
    ("It was hard, my favorite part.", "favorite"),
    ("That was the best, my favorite part.", "favorite"),
])
def test_no_fact_from_a_look_alike(text: str, predicate: str) -> None:
    assert not any(p == predicate for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("My kids are my whole world.", ("Ann", "child", "Ann's kids")),
    ("I often walk to work.", ("Ann", "habit", "walk to work")),
    ("I love to swim and bike.", ("Ann", "likes", "bike")),
    ("My name is Long Nguyen.", ("Ann", "name", "Long Nguyen")),
    ("We went to Paris, my favorite city.", ("Ann", "favorite", "Paris")),
    ("I live in the UK.", ("Ann", "livesIn", "UK")),
])
def test_the_near_misses_still_hold(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize(("text", "who", "place"), [
    ("My daughter is studying medicine in Dublin.", "Ann's daughter", "Dublin"),
    ("I study law in Leeds.", "Ann", "Leeds"),
])
def test_a_town_studied_in_is_no_school(text: str, who: str, place: str) -> None:
    facts = kept(text)
    assert (who, "livesIn", place) in facts and not any(p == "studiesAt" for _, p, _ in facts), facts


@pytest.mark.parametrize(("text", "who", "place"), [
    ("My brother works in finance in London.", "Ann's brother", "London"),
    ("I work in sales in the US.", "Ann", "United States"),
])
def test_the_town_after_a_trade_is_where_one_works(text: str, who: str, place: str) -> None:
    assert (who, "workLocation", place) in kept(text), kept(text)


@pytest.mark.parametrize("text", ["Everybody loves pizza.", "Everyone in my family loves hiking.", "Nobody likes Mondays."])
def test_everybody_is_no_one_named(text: str) -> None:
    assert not any(s.lower() in ("everybody", "everyone", "nobody") for s, _, _ in kept(text)), kept(text)
