"""Long casual chats between friends (the LoCoMo kind; every line here is invented): the general causes of the wrong
facts found in the hand-labelled sample of seed 2044 and noticed beside it, each with look-alikes that keep theirs.

The causes: "sorry I missed you" (a meeting missed) read as longing for the person; "you make life easier" (making
something so) read as a pastime; "love" used as a noun ("hope and love exist", "a love theme") read as a liking; a
chore ("painting the fence") read as a pastime; a gift bought for a relative read as owned; a room one works in ("the
studio") read as the employer, and an employer cut at its relative clause ("the restaurant my mother owns"); a reply
that puts the question off ("Boy, that's a long story") read as the place asked for, and where one grew up read as
where one lives; two gerunds sharing an object ("mixing and matching flavors") cut at "and"; a pet named after "my gf,"
taken for the partner; "i could not live without my phone" skipped as unreal; the hours of one's job read as a habit."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(*lines: tuple[str, str]) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), who, text) for i, (who, text) in enumerate(lines)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns) if not f.ended}


def _ann(text: str) -> set[tuple[str, str, str]]:
    """What Ann's line gives, said to Bob in a chat of two."""
    return _facts(("Bob", "Hey Ann, how have you been?"), ("Ann", text), ("Bob", "Nice."))


def _objects(text: str, predicate: str) -> set[str]:
    return {o for _, p, o in _ann(text) if p == predicate}


# -- a meeting missed is no longing -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hey Bob, sorry I missed you. Been a crazy few days.",
    "Such a shame we missed you, the party was great.",
    "Bob! Too bad I missed you last night.",
])
def test_a_meeting_missed_is_no_liking_of_the_person(text: str) -> None:
    assert not _objects(text, "positiveImpression"), _ann(text)


@pytest.mark.parametrize("text", ["Bob, I missed you so much!", "Oh Bob, I've missed you!"])
def test_a_person_missed_is_still_liked(text: str) -> None:
    assert _objects(text, "positiveImpression") == {"Bob"}, _ann(text)


# -- making something so is no pastime ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Yeah, same here Bob. You make life's struggles more bearable.",
    "I make things a bit easier for my team.",
    "You make every day special, Bob.",
    "I make the place feel like home.",
])
def test_making_something_so_is_no_pastime(text: str) -> None:
    assert not (_objects(text, "hobby") | _objects(text, "habit")), _ann(text)


@pytest.mark.parametrize(("text", "hobby"), [("I make jewelry in my spare time.", "make jewelry"),
                                             ("I make candles to relax.", "make candles")])
def test_making_things_is_still_a_pastime(text: str, hobby: str) -> None:
    assert hobby in _objects(text, "hobby"), _ann(text)


# -- "love" the noun is no liking ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "wrong"), [
    ("It taught me that tough times don't last - hope and love exist.", "exist"),
    ("Love wins, always.", "wins"),
    ("I love the self-acceptance and love theme of the book.", "theme of the book"),
    ("We watched it together. Love story of the year!", "story of the year"),
])
def test_love_the_noun_is_no_liking(text: str, wrong: str) -> None:
    assert wrong not in _objects(text, "likes"), _ann(text)


@pytest.mark.parametrize(("text", "liked"), [("I love hiking and love baking.", "baking"), ("Love pretzels!", "pretzels"),
                                             ("I love life.", "life"), ("Honestly, love camping.", "camping")])
def test_love_the_verb_still_likes(text: str, liked: str) -> None:
    assert liked in _objects(text, "likes"), _ann(text)


# -- a chore is no pastime ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["I'm painting the fence this weekend.", "I'm fixing my roof today.",
                                  "I'm cleaning the garage, what a mess."])
def test_a_chore_about_the_house_is_no_pastime(text: str) -> None:
    assert not (_objects(text, "hobby") | _objects(text, "habit")), _ann(text)


@pytest.mark.parametrize(("text", "hobby"), [("I'm painting landscapes these days.", "painting landscapes"),
                                             ("I paint portraits for fun.", "paint portraits")])
def test_painting_pictures_is_still_a_pastime(text: str, hobby: str) -> None:
    assert _objects(text, "hobby") & {hobby, "painting"}, _ann(text)


# -- a gift is the receiver's -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["I bought a necklace for my mom yesterday.", "I got a new watch for my husband.",
                                  "I bought a bike as a gift for my nephew."])
def test_a_gift_bought_for_someone_is_not_owned(text: str) -> None:
    assert not _objects(text, "owns"), _ann(text)


@pytest.mark.parametrize(("text", "predicate", "thing"), [
    ("I bought a new car last week.", "owns", "car"),
    ("I got a new guitar for my birthday.", "owns", "guitar"),
    ("I got a puppy for my kids!", "hasPet", "Ann's puppy"),  # the household's pet
])
def test_a_thing_bought_for_oneself_is_owned(text: str, predicate: str, thing: str) -> None:
    assert thing in _objects(text, predicate), _ann(text)


# -- where one works ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["I only work in the studio now.", "I work in the office on Mondays.",
                                  "I work in the kitchen most nights."])
def test_a_room_one_works_in_is_no_employer(text: str) -> None:
    assert not _objects(text, "worksFor"), _ann(text)


@pytest.mark.parametrize(("text", "employer"), [
    ("i work at the restaurant my mother owns.", "restaurant"),
    ("I work at the bakery my sister started.", "bakery"),
    ("I work in the studio at Pixar.", "Pixar"),
    ("I work at Google.", "Google"),
])
def test_the_employer_is_named_without_its_relative_clause(text: str, employer: str) -> None:
    assert _objects(text, "worksFor") == {employer}, _ann(text)


# -- a reply that puts the question off ---------------------------------------------------------------------------------
@pytest.mark.parametrize("reply", ["Boy, Kim, that's a long story.", "It's complicated.", "Good question, honestly."])
def test_a_reply_that_puts_the_question_off_is_no_place(reply: str) -> None:
    said = _facts(("Kim", "Where did you grow up?"), ("Ann", reply))
    assert not {p for _, p, _ in said} & {"livesIn", "hometown"}, said


@pytest.mark.parametrize(("question", "reply", "fact"), [
    ("Where did you grow up?", "Boy, in Ohio, of all places!", ("Ann", "hometown", "Ohio")),
    ("Where did you grow up?", "In Ohio.", ("Ann", "hometown", "Ohio")),
    ("Where do you live?", "In Lisbon, near the river.", ("Ann", "livesIn", "Lisbon")),
])
def test_a_short_reply_still_answers(question: str, reply: str, fact: tuple[str, str, str]) -> None:
    said = _facts(("Kim", question), ("Ann", reply))
    assert fact in said and ("Ann", "livesIn", "Ohio") not in said, said


# -- two gerunds sharing an object, and a pet taken for a person --------------------------------------------------------
@pytest.mark.parametrize(("text", "liked"), [("Mixing and matching flavors is fun.", "Mixing and matching flavors"),
                                             ("Baking is so relaxing.", "Baking")])
def test_a_pastime_of_two_gerunds_is_one(text: str, liked: str) -> None:
    assert _objects(text, "likes") == {liked}, _ann(text)


def test_a_pet_named_after_my_gf_is_no_partner() -> None:
    said = _facts(("Ann", "I got a new addition to the family, this is Toby! [shares a photo of a puppy]"),
                  ("Bob", "So cute!"), ("Ann", "My gf, Toby, and I went hiking last weekend."))
    assert ("Ann", "hasPet", "Toby") in said and ("Ann", "partner", "Toby") not in said, said


def test_a_partner_named_after_my_gf_stays() -> None:
    said = _facts(("Ann", "I got a new addition to the family, this is Rex! [shares a photo of a puppy]"),
                  ("Bob", "So cute!"), ("Ann", "My gf, Toby, and I went hiking last weekend."))
    assert ("Ann", "partner", "Toby") in said and ("Ann", "hasPet", "Rex") in said, said


# -- "could not live without", and the hours of one's job ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "liked"), [("i could not live without my phone.", {"phone"}),
                                             ("I couldn't live without coffee, honestly.", {"coffee"})])
def test_what_one_could_not_live_without_is_liked(text: str, liked: set[str]) -> None:
    assert _objects(text, "likes") == liked, _ann(text)


@pytest.mark.parametrize("text", ["I could live without my phone.", "Could you live without your phone?",
                                  "If I lost it, I could not live without my phone.",
                                  "My sister could not live without her phone."])
def test_no_liking_from_look_alikes_of_could_not_live_without(text: str) -> None:
    assert not _objects(text, "likes"), _ann(text)


def test_the_hours_of_ones_job_are_no_habit() -> None:
    assert not _objects("I usually work during regular work hours.", "habit")
    assert _objects("I usually work out in the morning.", "habit") == {"work out"}
