"""Issue 13, precision of the rules on dialogue: what people say in passing is not a fact about them.

Each case is an invented sentence of a kind that gave a wrong or trivial fact before (found by
reading the hand-labelled sample of ``benchmarks/labels/extract_precision.csv``); the statements
beside them, which must still give their fact, keep the rules from being cut too far.
"""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Turn


def said(*texts: str, speakers: tuple[str, ...] = ("Speaker 1", "Speaker 2")) -> list[tuple[str, str, str]]:
    turns = [Turn("c", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return [(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)]


def predicates(*texts: str) -> set[str]:
    return {p for _, p, _ in said(*texts)}


# -- intentions of the moment are no goals ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm gonna grab a coffee downstairs.",
    "Okay, I'm going to head out now.",
    "I wanna hug you so much.",
    "I just want to remind you about the keys.",
    "I'm gonna phone him tonight.",
])
def test_an_intention_of_the_moment_is_no_goal(text):
    assert "goal" not in predicates(text)


@pytest.mark.parametrize(("text", "goal"), [
    ("I want to become a pilot.", "become pilot"),
    ("I hope to travel the world.", "travel the world"),
    ("I plan to learn Japanese.", "learn Japanese"),
])
def test_a_life_goal_is_kept(text, goal):
    assert ("Speaker 1", "goal", goal) in said(text)


# -- "can" and 会 of the moment are no skills ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I can pick you up at six.",
    "We can move the couch later.",
    "I can totally see the lake from here.",
    "我会帮你收拾房间的。",
    "我会再给他打电话。",
])
def test_can_of_the_moment_is_no_skill(text):
    assert "skill" not in predicates(text)


@pytest.mark.parametrize(("text", "skill"), [
    ("I can play the violin.", "play the violin"),
    ("I can swim.", "swim"),
    ("我会游泳。", "游泳"),
])
def test_a_skill_is_kept(text, skill):
    assert ("Speaker 1", "skill", skill) in said(text)


# -- likes and dislikes of the addressee, of a demonstrative, of saying something ----------------------

@pytest.mark.parametrize("text", [
    "I hate to interrupt, but dinner is ready.",
    "I'd love to mention one more thing.",
    "我讨厌提醒你们这些事。",
    "我喜欢这个家伙！",
    "我一直都很爱你。",
])
def test_no_preference_from_manners_addressees_or_demonstratives(text):
    assert not predicates(text) & {"likes", "dislikes"}


def test_a_real_preference_is_kept():
    assert ("Speaker 1", "likes", "爬山") in said("我喜欢爬山。")


# -- 去 to do something is no visit; fragments are no places or people ---------------------------------

@pytest.mark.parametrize("text", ["我去帮邻居搬家。", "我去接孩子放学。"])
def test_going_to_do_something_is_no_visit(text):
    assert "visited" not in predicates(text)


def test_going_to_a_place_to_do_something_is_a_visit():
    assert ("Speaker 1", "visited", "电影院") in said("我上周去电影院看了一部电影。")


@pytest.mark.parametrize(("text", "predicate"), [
    ("可你还是我的朋友吗", "friend"),
    ("我的同事们告诉我这件事。", "colleague"),
    ("他现在只是我的丈夫！", "spouse"),
])
def test_no_person_cut_from_pronouns_and_adverbs(text, predicate):
    objects = [o for _, p, o in said(text) if p == predicate]
    assert not [o for o in objects if o[0] in "可他她你我们但只" or "们" in o], objects


# -- relatives mentioned in passing ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sorry, my dad needs the car tonight.",
    "Honestly, my roommate would laugh at this.",
    "我妈妈让我早点回家。",
])
def test_a_relative_mentioned_in_passing_is_no_fact(text):
    assert said(text) == []


@pytest.mark.parametrize(("text", "fact"), [
    ("I have two sisters.", ("Speaker 1", "sibling", "Speaker 1's two sisters")),
    ("My sister Ursula lives in Oslo.", ("Speaker 1", "sibling", "Ursula")),
    ("My brother is a dentist.", ("Speaker 1's brother", "jobTitle", "dentist")),
    ("I play cards with my kids.", ("Speaker 1", "child", "Speaker 1's kids")),
    ("I have a boyfriend.", ("Speaker 1", "partner", "Speaker 1's boyfriend")),
    ("My wife would laugh at this.", ("Speaker 1", "spouse", "Speaker 1's wife")),
    ("我有一个妹妹。", ("Speaker 1", "sibling", "Speaker 1的妹妹")),
])
def test_a_relative_stated_or_described_is_kept(text, fact):
    assert fact in said(text)


def test_the_placeholder_stays_when_something_is_said_about_it():
    facts = said("My brother is a dentist.")
    assert ("Speaker 1", "sibling", "Speaker 1's brother") in facts


# -- names: exclamations, answers and self-identification are no vocatives ---------------------------

def test_a_turn_that_is_one_word_names_nobody():
    facts = said("Pizza!", "Yeah, pizza sounds great.", "Pizza!", "Fine, whatever.")
    assert [f for f in facts if f[1] in ("name", "alternateName")] == []


def test_answering_with_a_name_names_the_speaker():
    facts = said("Sorry, what's your name again?", "Gordon.", "Nice to meet you, Gordon.", "Likewise.")
    assert ("Speaker 1", "alternateName", "Gordon") not in facts


@pytest.mark.parametrize("text", ["Uh-huh, sure.", "Ho-ho, look at you.", "Goodbye Mr.Smith."])
def test_interjections_and_titles_are_no_names(text):
    facts = said(text, "What?", text, "Okay.")
    assert not [o for _, p, o in facts if p in ("name", "alternateName") and o.split()[-1] in ("Uh-huh", "Ho-ho", "Mr")]


@pytest.mark.parametrize("text", ["I wanna marry you.", "She is gonna be fine.", "I want to buy them now."])
def test_a_goal_of_the_addressee_or_the_moment_is_none(text):
    assert "goal" not in predicates(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("I am a woman who needs coffee.", "jobTitle"),
    ("我是一个很酷的人。", "hometown"),
])
def test_no_job_or_place_from_a_description(text, predicate):
    assert predicate not in predicates(text)


@pytest.mark.parametrize("text", ["我叫你小胖子？", "Tom is Jerry's, Jerry's neighbour."])
def test_no_name_from_calling_someone_or_a_possessive(text):
    assert not [o for _, p, o in said(text) if p == "name"]


def test_a_name_given_when_asked_is_the_speakers_own():
    facts = said("And you are...?", "Gordon, Gordon Fry. Nice to meet you.", "Hi.", "Hello.")
    assert ("Speaker 1", "alternateName", "Gordon") not in facts


def test_a_doubled_interjection_is_no_name():
    assert not [o for _, p, o in said("Uhuh... sure.", "What?", "Uhuh, fine.", "Okay.") if p == "alternateName"]


def test_quoted_words_are_not_the_speakers_statement():
    assert "likes" not in predicates('Read it like this: "I like to juggle knives." Got it?')


@pytest.mark.parametrize("text", ["我马上就好了。", "我总是可以再找一个厨师。"])
def test_no_pet_from_a_word_and_no_habit_from_a_modal(text):
    assert not predicates(text) & {"hasPet", "habit"}


# -- coverage: relations people state about each other --------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Everyone, this is Walter, my husband.", ("Speaker 1", "spouse", "Walter")),
    ("Otto, my roommate, is out.", ("Speaker 1", "roommate", "Otto")),
    ("I work with Otto.", ("Speaker 1", "colleague", "Otto")),
    ("Otto and I work together.", ("Speaker 1", "colleague", "Otto")),
    ("Otto and I used to live together.", ("Speaker 1", "roommate", "Otto")),
])
def test_relations_stated_in_passing(text, fact):
    assert fact in said(text)


def test_a_greeting_before_my_friend_is_no_name():
    assert [o for _, p, o in said("Thanks, my friend.") if p == "friend"] == []


@pytest.mark.parametrize(("text", "fact"), [
    ("这是我丈夫沃尔特。", ("Speaker 1", "spouse", "沃尔特")),
    ("这是我的妹妹格蕾塔。", ("Speaker 1", "sibling", "格蕾塔")),
    ("见见我的同事王小明，他人很好。", ("Speaker 1", "colleague", "王小明")),
])
def test_chinese_relations_introduced_with_a_name(text, fact):
    assert fact in said(text)


def test_a_chinese_name_is_not_cut_with_the_word_after_it():
    assert [o for _, p, o in said("我的室友奥托不在。") if p == "roommate"] in ([], ["奥托"])


def test_a_word_that_only_starts_turns_is_no_name():
    facts = said("Hurry! The cab is here.", "Okay, okay.", "Hurry! We are late.", "Coming.")
    assert [o for _, p, o in facts if p == "alternateName"] == []


def test_a_name_written_inside_a_sentence_still_names_the_speaker():
    facts = said("Hey Gordon, got a minute?", "Sure.", "Thanks, Gordon. Look at this.", "Nice.")
    assert ("Speaker 2", "alternateName", "Gordon") in facts


def test_a_quoted_title_is_kept_as_written():
    assert ("Speaker 1", "attended", "…") not in said('Chandler entered the "Lookalike Contest" and won!')


@pytest.mark.parametrize("text", ["他是因老王是我孩子的父亲。", "这就是我的妈妈说的。", "我讲种族主义的笑话？不，我讲普通话。"])
def test_no_person_or_thing_cut_from_a_clause(text):
    bad = [o for _, _, o in said(text) if o.startswith(("因", "说", "我讲")) or o.endswith("说的")]
    assert bad == []


# -- issue 13, second pass: shapes behind wrong or trivial English facts of the hand-labelled sample ------

def test_living_with_someone_is_no_liking_of_living():
    facts = said("I really like living with Kurt.")
    assert ("Speaker 1", "likes", "living") not in facts
    assert ("Speaker 1", "roommate", "Kurt") in facts


def test_a_relative_corrected_to_an_ex_is_no_relative():
    assert not [f for f in said("I need a new wardrobe. My wife, well my ex-wife...") if f[1] == "spouse"]


def test_a_relative_named_only_as_the_owner_of_something_is_no_fact():
    assert not [f for f in said("It's the same day as my niece's christening.") if f[1] == "relative"]


@pytest.mark.parametrize("text", ["Like buddies.", "So what is she, like a... like a spokesmodel."])
def test_like_that_compares_is_no_liking(text):
    assert "likes" not in predicates(text)


def test_a_stammered_word_is_no_part_of_a_name():
    assert not [s for s, _, _ in said("Be-cause Otto is the father of my child!") if s.startswith("Be-cause")]


def test_a_named_breakup_replaces_the_unnamed_one():
    turns = [Turn("c", "1", "Speaker 1", "Hi."), Turn("c", "2", "Speaker 2", "We split up. Greta and I split up.")]
    ended = [(f.subject.label, f.predicate, f.object.label) for f in RuleExtractor().extract(turns) if f.ended]
    assert ended == [("Speaker 2", "partner", "Greta")]


def test_i_left_you_a_note_ends_nothing():
    turns = [Turn("c", "1", "Speaker 1", "Where were you?"), Turn("c", "2", "Speaker 2", "I left you a note!")]
    assert not [f for f in RuleExtractor().extract(turns) if f.ended]


def test_high_school_is_no_school_called_high():
    assert ("Speaker 1", "educatedAt", "high") not in said("Otto and I went to high school together.")


def test_the_thing_at_hand_is_no_liking():
    assert "likes" not in predicates("Oh I like this place. And I love that dress.")
    assert ("Speaker 1", "likes", "music") in said("I love that kind of music.")


def test_a_modal_later_in_the_sentence_keeps_you_are_my_girlfriend():
    facts = said("Sure.", "Because, you're my girlfriend, and that's what girlfriends should get.")
    assert ("Speaker 2", "partner", "Speaker 1") in facts
    assert ("Speaker 2", "partner", "Speaker 2's girlfriend") not in facts


# -- issue 13, from the fresh sample (seed 2027) ----------------------------------------------------

def test_a_likeness_is_no_relative():
    assert not [f for f in said("They're like my family. They mean so much to me.") if f[1] == "relative"]
    assert ("Speaker 1", "sibling", "Speaker 1's sister") in said("I like my sister.")


def test_an_idiom_is_no_possession():
    assert "owns" not in predicates("This is none of our business.")


@pytest.mark.parametrize("text", ["I hate the fact that this place smells.", "I can't stand seeing you like this."])
def test_the_fact_or_the_seeing_is_no_dislike(text):
    assert "dislikes" not in predicates(text)


def test_a_partner_at_work_is_no_partner():
    assert not [f for f in said("Hello! I'm Gary's partner!") if f[1] == "partner"]
