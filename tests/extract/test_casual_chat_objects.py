"""Long, casual chats between two friends (the LoCoMo kind; every line here is invented): objects the rules cut or left
vague, so that the fact said nothing or something false ("likes sinking", "likes nature-inspired ones"), each with the
look-alikes that must keep their fact.

The causes: a pastime cut before the preposition that completes it ("sinking (into a good book)", "learning (about
other cultures)"), or whose object is only pointed at ("watching them play"); a side of a thing ("the connection to
nature", "the way it turned out") read as a taste; a head that only points back ("nature-inspired ones"); running
for office read as the sport."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "Bob", "Hey, long time no see!"), Turn("c", "2", "Ann", text), Turn("c", "3", "Bob", "Nice.")]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns) if not f.ended}


def _objects(text: str, predicate: str = "likes") -> set[str]:
    return {o for s, p, o in _facts(text) if p == predicate and s == "Ann"}


# -- a pastime cut before the preposition that completes it ---------------------------------------------------------


@pytest.mark.parametrize(("text", "liked"), [
    ("I love sinking into a good mystery novel on rainy days.", "sinking into a good mystery novel"),
    ("Honestly I love learning about other cultures.", "learning about other cultures"),
    ("I really enjoy experimenting with new recipes.", "experimenting with new recipes"),
    ("I love talking about old movies with my dad.", "talking about old movies"),
    ("I love escaping into a fantasy series after work.", "escaping into a fantasy series"),
])
def test_a_pastime_keeps_the_preposition_that_completes_it(text: str, liked: str) -> None:
    objects = _objects(text)
    assert liked in objects, objects
    assert liked.split()[0] not in objects  # not the bare "sinking", "learning"


@pytest.mark.parametrize("text", [
    "I love escaping to that place whenever I can.",
    "We love talking about what we're grateful for.",
    "I love watching them play in the garden.",
    "I also like holding them, they're so calm.",
])
def test_a_pastime_whose_complement_is_only_pointed_at_gives_no_liking(text: str) -> None:
    found = _objects(text)
    assert not {o for o in found if o.split()[0].endswith("ing") and len(o.split()) == 1}, found


@pytest.mark.parametrize(("text", "liked"), [
    ("I love hiking in the mountains.", "hiking in the mountains"),
    ("I love reading.", "reading"),
    ("I love learning.", "learning"),
    ("I love dancing with my friends.", "dancing"),
    ("I love watching movies with my kids.", "watching movies"),
])
def test_look_alike_pastimes_keep_their_fact(text: str, liked: str) -> None:
    assert liked in _objects(text)


def test_a_question_or_a_negation_still_gives_no_liking() -> None:
    assert not _objects("Do you love learning about other cultures?")
    assert "learning about other cultures" not in _objects("I don't love learning about other cultures.")


# -- a side of a thing, or a head that only points back ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "I took up kayaking last year. I love the connection to the water.",
    "Wow, that cake looks great! I love the way the icing turned out!",
    "I love the way you painted the sky.",
])
def test_a_side_of_a_thing_is_no_taste(text: str) -> None:
    found = _objects(text)
    assert not {o for o in found if o.split()[0] in ("connection", "way")}, found


@pytest.mark.parametrize(("text", "liked"), [
    ("I love the ocean.", "ocean"),
    ("I love the smell of rain.", "smell of rain"),
    ("I love connecting with other gardeners.", "connecting with other gardeners"),
])
def test_look_alike_tastes_keep_their_fact(text: str, liked: str) -> None:
    assert liked in _objects(text)


@pytest.mark.parametrize("text", [
    "We love baking together, especially chocolate ones.",
    "I really enjoy drawing cars, mostly the vintage ones.",
])
def test_a_head_that_only_points_back_is_no_taste(text: str) -> None:
    found = _objects(text)
    assert not {o for o in found if o.split()[-1] in ("one", "ones")}, found
    assert found  # baking, drawing cars are still liked


def test_loved_ones_and_little_ones_are_still_people_one_likes() -> None:
    assert "spending time with loved ones" in _objects("I love spending time with loved ones.")


# -- running for office -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Just wanted to tell you that I'm running for office again!",
    "My neighbor convinced me, so I'm running for city council this fall.",
    "I ran for mayor last year and lost.",
])
def test_running_for_office_is_no_hobby(text: str) -> None:
    assert not _objects(text, "hobby") and not _objects(text, "habit")


@pytest.mark.parametrize("text", ["I'm running a lot these days.", "I've been running every morning before work."])
def test_running_itself_is_still_a_pastime(text: str) -> None:
    assert {"running"} & (_objects(text, "hobby") | _objects(text, "habit"))


# -- the thing the other shows, greeted with no "I" -----------------------------------------------------------------------


def _reply_facts(text: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "Bob", "Look what I made this weekend! [shares a photo of a painted mug]"),
             Turn("c", "2", "Ann", text)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns) if f.subject.label == "Ann"}


@pytest.mark.parametrize("text", [
    "Love the mug, did you make it yourself?",
    "Wow, this is awesome. Love the green and gold. Where did you get the idea?",
    "Oh wow, love all the little flowers!",
])
def test_the_thing_shown_greeted_with_no_i_is_no_taste(text: str) -> None:
    assert not {f for f in _reply_facts(text) if f[1] == "likes"}


@pytest.mark.parametrize(("text", "liked"), [
    ("Love hiking, by the way!", "hiking"),
    ("I love the mountains, we go every summer.", "mountains"),
    ("Love experimenting with glazes myself.", "experimenting with glazes"),
])
def test_a_taste_said_beside_it_is_kept(text: str, liked: str) -> None:
    assert ("Ann", "likes", liked) in _reply_facts(text)


# -- a favorite whose subject was longer than the words read -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "I felt at home a few times, but last month at that camp was one of my favorites.",
    "Seeing the cake I worked so hard on turn out right was my favorite part.",
])
def test_a_favorite_cut_out_of_a_longer_subject_is_not_given(text: str) -> None:
    assert not _objects(text, "favorite")


@pytest.mark.parametrize(("text", "favorite"), [
    ("Pizza with extra cheese is my favorite.", "Pizza"),
    ("Honestly, hot chocolate with marshmallows is my favorite.", "hot chocolate"),
    ("The chocolate chip cookies are my favorite.", "chocolate chip cookies"),
])
def test_a_favorite_said_whole_is_kept(text: str, favorite: str) -> None:
    assert favorite in _objects(text, "favorite")


@pytest.mark.parametrize(("text", "favorite"), [
    ("I have a red bike at home which is my favorite.", "bike"),
    ("I love the old stone bridge, it is my favorite.", "bridge"),
])
def test_a_favorite_named_by_a_pronoun_before_the_copula_is_still_read(text: str, favorite: str) -> None:
    assert {o for o in _objects(text, "favorite") if o.endswith(favorite)}, _facts(text)


@pytest.mark.parametrize(("text", "liked"), [
    ("I love going fishing on the weekend, it is super relaxing.", "fishing"),
    ("I enjoy knitting, it calms me down.", "knitting"),
])
def test_a_pastime_then_what_it_is_keeps_the_pastime(text: str, liked: str) -> None:
    assert liked in _objects(text)


def test_a_pointed_gerund_gives_no_habit_either() -> None:
    found = _facts("I love seeing them every day.")
    assert not {f for f in found if f[1] in ("habit", "hobby", "likes")}, found


# -- a stage of a contest ------------------------------------------------------------------------------------------------


def _dated_facts(text: str) -> set[tuple[str, str, str]]:
    from datetime import datetime
    turns = [Turn("c", "1", "Bob", "Hey, long time no see!", datetime(2024, 5, 6, 10)),
             Turn("c", "2", "Ann", text, datetime(2024, 5, 6, 11))]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns) if f.subject.label == "Ann"}


@pytest.mark.parametrize("text", [
    "Crazy thing happened - I was in the final of a big Fortnite tournament last Saturday, and I won!",
    "We were in the semifinals of the Chicago Open last weekend.",
])
def test_a_stage_of_a_contest_is_no_place_visited(text: str) -> None:
    assert not {f for f in _dated_facts(text) if f[1] == "visited"}


def test_a_place_one_was_in_last_week_is_still_visited() -> None:
    assert ("Ann", "visited", "Paris") in _dated_facts("I was in Paris last Saturday, it was lovely.")
