"""Long, casual chats between two friends (the LoCoMo kind, read in context; every line here is invented): the general
reasons the rules drew wrong or useless facts from them, each with the look-alikes that must keep their fact.

The causes: an "I" that opens a relative clause ("the shows I love keep me sane") read as the speaker's own clause;
praise of a side of what the other just showed ("love the colors!") read as a taste; a pastime cut at its particle
or at "and" ("coming up", "a calm"); how or when one plays said in place of the game ("playing professionally");
idioms read literally ("we make a great team", "doing my fair share", "I'm in to help"); an age one had then ("when I
turned nine"); a gift ("a kitten for you"); the thing of relatives ("my kids' toys"); a list after "my family," read
as a name; a dash typed against a word, which hid the clause after it."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "Bob", "Hey, long time no see!"), Turn("c", "2", "Ann", text), Turn("c", "3", "Bob", "Nice.")]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


def _objects(text: str, predicate: str) -> set[str]:
    return {o for _, p, o in _facts(text) if p == predicate}


# -- an "I" that opens a relative clause ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Spending time with the shows I love keeps me sane.",
    "I may have found a gig at a studio I like that needs my drawing skills for their game.",
    "Reading about the cities I love makes planning trips easier.",
    "This novel I read last summer reminds me to always chase my goals.",
])
def test_an_i_opening_a_relative_clause_gives_no_liking(text: str) -> None:
    found = _facts(text)
    assert not any(p in ("likes", "habit", "hobby") for _, p, _ in found), found


def test_a_place_one_wants_to_visit_said_before_the_verb_is_no_bare_goal() -> None:
    assert not _objects("I've been reading up on the islands I want to visit.", "goal")
    assert not _objects("I hope to work in the future.", "goal")


@pytest.mark.parametrize(("text", "predicate", "obj"), [
    ("i live in denver i love to ski", "likes", "ski"),
    ("I love the shows on that channel.", "likes", "shows"),
    ("I want to visit Lisbon next year.", "goal", "visit Lisbon"),
    ("I want to travel.", "goal", "travel"),
])
def test_own_clauses_keep_their_fact(text: str, predicate: str, obj: str) -> None:
    assert obj in _objects(text, predicate)


# -- praise of what was shown -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Wow, that's stunning! I love the colors and the texture.",
    "Love all the details and how you caught the light.",
    "Thanks, Bob - love the red teapot in the photo!",
    "I really like the idea and the acting.",
    "I love the thought, Bob!",
    "I love their design and engineering.",
    "I love that first movie too, I even have the box set!",
])
def test_praise_of_a_side_of_what_was_shown_is_no_liking(text: str) -> None:
    assert not _objects(text, "likes"), _facts(text)


@pytest.mark.parametrize(("text", "liked"), [
    ("I love the beach.", "beach"),
    ("I love the smell of rain.", "smell of rain"),
    ("I love their dumplings.", "dumplings"),
    ("I love the color green.", "color green"),
    ("i love the color grey", "color grey"),
    ("i love that song , all jazz really .", "jazz"),
])
def test_tastes_said_with_the_keep_their_liking(text: str, liked: str) -> None:
    assert liked in _objects(text, "likes")


def test_a_list_item_that_opens_its_own_clause_is_not_liked() -> None:
    liked = _objects("I love horror and comedy movies, the soundtracks are great!", "likes")
    assert liked == {"horror", "comedy movies"}
    assert _objects("I love cats, dogs and birds.", "likes") == {"cats", "dogs", "birds"}


# -- a pastime cut short ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "liked"), [
    ("I'm keen on coming up with new recipes.", "coming up with new recipes"),
    ("I love getting lost in old mystery novels.", "getting lost in old mystery novels"),
    ("I'm passionate about building a calm and welcoming space for kids.", "building a calm and welcoming space"),
    ("I love making bold and colorful quilts.", "making bold and colorful quilts"),
    ("I love rock and roll.", "rock and roll"),
    ("I'm passionate about building a calm, welcoming space for kids.", "building a calm welcoming space"),
])
def test_a_pastime_is_kept_whole(text: str, liked: str) -> None:
    assert liked in _objects(text, "likes"), _facts(text)


def test_a_goal_is_kept_whole() -> None:
    assert "create a calm and welcoming home" in _objects("My dream is to create a calm and welcoming home for foster kids.",
                                                                   "goal")
    assert "keep reaching for new goals" in _objects("I want to keep reaching for new goals.", "goal")


def test_a_liking_ends_where_the_next_verb_of_the_sentence_begins() -> None:
    assert _objects("I hope to share my love of chess and connect with other players.", "likes") == {"chess"}
    assert _objects("My coach and my love for improving my serve keep me going.", "likes") == {"improving my serve"}
    assert "mystery novels" in _objects("My love for mystery novels started early.", "likes")


@pytest.mark.parametrize(("text", "hobby"), [
    ("I started knitting three years ago and it's been great.", "knitting"),
])
def test_when_a_pastime_began_is_not_part_of_it(text: str, hobby: str) -> None:
    assert _objects(text, "hobby") == {hobby}


# -- how or when one plays, idioms ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "I've been playing professionally for almost two years now.",
    "I'm playing mostly online these days.",
    "Dad signed me up for a club, and I've been playing ever since.",
    "No worries. We make a great team.",
    "Let's make sure we make progress this month.",
    "It's nice to make new memories as we grow up.",
    "Trying new things is how we grow.",
    "I started writing my favorite quotes down in a notebook.",
    "I read a few of them.",
])
def test_how_one_plays_and_idioms_are_no_hobby(text: str) -> None:
    found = _facts(text)
    assert not any(p in ("hobby", "habit") for _, p, _ in found), found


@pytest.mark.parametrize(("text", "hobby"), [
    ("I play chess.", "chess"),
    ("I play online games.", "online games"),
    ("I grow tomatoes.", "grow tomatoes"),
    ("I write poems.", "write poems"),
])
def test_pastimes_stay_hobbies(text: str, hobby: str) -> None:
    assert hobby in _objects(text, "hobby")


@pytest.mark.parametrize("text", [
    "I've been doing my fair share of cooking lately.",
    "Count me in! I'm in to help out with that.",
    "We're part of something bigger.",
])
def test_idioms_give_no_event_home_or_group(text: str) -> None:
    found = _facts(text)
    assert not any(p in ("attended", "visited", "livesIn", "memberOf") for _, p, _ in found), found


def test_places_and_events_still_read() -> None:
    assert "Lisbon" in _objects("I'm in Lisbon now.", "livesIn")
    assert "Rome" in _objects("I have been to Rome.", "visited")
    assert "board game convention" in _objects("I went to a board game convention and met new people.", "attended")
    assert "chess club" in _objects("I'm a member of a chess club.", "memberOf")
    assert not _objects("One highlight was the street fair I went to a few weeks ago.", "visited")


# -- an age had then, a gift, relatives' things, a list, a dash -------------------------------------------------------


def test_the_age_when_something_began_is_no_age() -> None:
    assert not _objects("When I turned nine, mom signed me up for swim lessons.", "age")
    assert _objects("I just turned 31 last week.", "age") == {"31"}


def test_a_gift_for_the_other_is_not_had() -> None:
    assert not _facts("Look, I got this little kitten for you!")
    assert "Ann's kitten" in _objects("I got a kitten for my birthday.", "hasPet")


def test_the_things_of_relatives_name_no_relatives() -> None:
    assert not _objects("I've got lots of kids' toys in the garage.", "child")
    assert "Ann's two kids" in _objects("I have two kids.", "child")


def test_a_list_after_my_family_names_no_relative() -> None:
    assert not _objects("My family, music, and long walks with friends, for sure.", "relative")
    assert "tom" in _objects("my brother, tom, lives in ohio", "sibling")


def test_a_dash_typed_against_a_word_ends_the_clause() -> None:
    found = _facts("I'm a shift supervisor- it's a launch pad for bigger projects.")
    assert ("Ann", "jobTitle", "shift supervisor") in found
    assert not any(p == "worksFor" for _, p, _ in found), found


def test_praise_of_the_others_thing_is_no_skill() -> None:
    assert not _objects("And hey, you're awesome with your bakery. How's it going?", "skill")
    assert "kids" in _objects("I'm good with kids.", "skill")
    assert "fixing my bike" in _objects("I'm good at fixing my bike.", "skill")
