"""Chat typed without stops ("i love red my new condo is red"), how one eats ("i eat terribly") and a habit whose
object is a pronoun ("my dad makes it every week"): what the rules store, in lines of the kind people type."""

from __future__ import annotations

from tests.extract.dialogue_facts import kept


def test_a_new_clause_about_something_of_mine_ends_the_thing_liked() -> None:
    facts = kept("i love jazz my favorite singer is nina simone")
    assert {("Ann", "likes", "jazz"), ("Ann", "favorite", "nina simone")} <= facts
    assert not any("my" in o for _, _, o in facts)
    facts = kept("i like cats my cat is a siamese")
    assert ("Ann", "likes", "cats") in facts and ("Ann", "hasPet", "Ann's cat") in facts
    assert ("Ann's husband", "jobTitle", "nurse") in kept("i am fine my husband is a nurse so he helps")


def test_my_inside_what_is_liked_stays() -> None:
    assert ("Ann", "likes", "spending time with my family") in kept("i love spending time with my family")
    assert ("Ann", "likes", "walking my dog") in kept("i like walking my dog")
    assert not any(o == "run" for _, _, o in kept("i run my shop it is my own shop"))


def test_how_or_when_one_eats_is_no_food_liked() -> None:
    assert not any(p == "likes" for _, p, _ in kept("i eat terribly but i stay thin"))
    assert not any(p == "likes" for _, p, _ in kept("I eat late most days."))
    assert ("Ann", "likes", "jelly") in kept("I eat jelly.") and ("Ann", "likes", "sushi") in kept("I eat sushi.")


def test_a_habit_whose_object_is_a_pronoun_names_no_activity() -> None:
    assert not any(p == "habit" for _, p, _ in kept("my mom makes it every sunday"))
    assert not any(p == "habit" for _, p, _ in kept("I wear it every day."))
    assert ("Ann", "habit", "swim") in kept("I swim every morning.")
