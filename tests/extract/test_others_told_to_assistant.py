"""What users tell an assistant about the people around them (a fresh set of lines, written before the rules read
them): the jobs of several relatives at once, an age and a status in one breath, and Chinese names that must not
swallow the word after them (a language, an adverb, a verb)."""

from __future__ import annotations

from tests.extract.dialogue_facts import kept, told


def test_the_job_of_several_relatives_said_at_once() -> None:
    assert ("Ann's parents", "jobTitle", "teacher", True) in told("My parents are both retired teachers.")  # teachers once
    assert ("Ann's parents", "jobTitle", "teacher") in kept("My parents are both teachers.")
    assert ("Ann's sisters", "jobTitle", "nurse") in kept("My sisters are nurses.")
    assert ("Ann's brothers", "jobTitle", "software engineer") in kept("My brothers are software engineers.")
    assert not any(p == "jobTitle" for _, p, _ in kept("My kids are teenagers."))
    facts = kept("My parents are retired.")  # retired, whatever they did
    assert ("Ann's parents", "jobTitle", "retired") in facts


def test_an_age_and_a_status_in_one_breath() -> None:
    assert {("Ann", "age", "34"), ("Ann", "maritalStatus", "single")} <= kept("I'm 34 and single.")
    assert {("Ann", "age", "40"), ("Ann", "maritalStatus", "married")} <= kept("I am 40 and happily married.")


def test_a_chinese_name_stops_before_a_language_an_adverb_or_a_verb() -> None:
    facts = kept("我老婆西班牙语说得很流利。")
    assert ("安娜的老婆", "speaks", "西班牙语") in facts and not any(o == "西班" for _, _, o in facts)
    facts = kept("说实话，我们领导张总特别难相处。")
    assert ("安娜", "boss", "张总") in facts and not any(o == "张总特" for _, _, o in facts)
    facts = kept("我的朋友唐娜走在前面。")
    assert ("安娜", "friend", "唐娜") in facts and not any(o == "唐娜走" for _, _, o in facts)
    assert ("安娜", "friend", "罗伯特") in kept("我朋友罗伯特来了。")


def test_training_for_a_first_race_is_a_goal() -> None:
    assert ("Ann", "goal", "take part in first marathon") in kept("I'm training for my first marathon in October.")
    assert not any(p == "goal" for _, p, _ in kept("I want to go running first."))  # a plan of the moment


def test_a_first_home_wished_for_is_not_owned() -> None:
    assert not any(p == "owns" for _, p, _ in kept("I want to buy my first house."))
    assert not any(p == "owns" for _, p, _ in kept("I'm saving up to get my own car."))
    assert ("Ann", "owns", "house") in kept("I want to paint my house.")  # a house to paint is had


def test_a_name_set_off_by_commas_keeps_what_is_said_of_it() -> None:
    assert ("Ann", "negativeImpression", "Linda") in kept("Honestly my boss, Linda, is the worst.")
    assert not any(p.endswith("Impression") for _, p, _ in kept("Linda, is the party tonight?"))


def test_sharing_a_flat_with_someone_makes_them_roommates() -> None:
    assert ("Ann", "roommate", "Kev") in kept("I share an apartment with Kev and his dog.")
    assert ("Ann", "roommate", "Tom") in kept("I'm sharing a flat with Tom this year.")
    assert not any(p == "roommate" for _, p, _ in kept("I shared a cab with Tom."))


def test_a_partner_named_after_a_move_is_the_movers() -> None:
    facts = kept("My sister Jen just moved to Austin with her husband Carl.")
    assert {("Jen", "livesIn", "Austin"), ("Jen", "spouse", "Carl")} <= facts
    assert not any(p == "spouse" for _, p, _ in kept("My brother moved to Denver with her husband Carl."))


def test_a_place_named_like_a_woman_is_not_her() -> None:
    facts = kept("My mom moved to Florida with her boyfriend, Rick.")
    assert ("Ann's mom", "partner", "Rick") in facts and not any(s == "Florida" for s, _, _ in facts)


def test_a_chinese_name_stops_before_what_is_said_of_the_person() -> None:
    facts = kept("我邻居老赵脾气很怪。")
    assert ("安娜", "neighbor", "老赵") in facts and not any(o == "老赵脾" for _, _, o in facts)
    assert ("安娜", "colleague", "小周") in kept("我同事小周性格特别好。")
