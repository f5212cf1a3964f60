"""A word said after the thing liked, of the saying or of how often, is no thing of its own: "i love otters ,
actually" likes otters (not also "actually"), "i like chili , however ." likes chili, "i love the beach , surfing
and such" likes the beach and surfing, "i like puzzles tho" likes puzzles, "i eat oatmeal almost everyday" likes
oatmeal, "i love burritos , way too much" likes burritos, "i love green , reminds me of spring" likes green.
Look-alikes: a word such as "daily" or "everyday" before a noun is part of the thing ("my daily swim", "everyday
cooking"), and a list goes on past "oh" ("pie , oh and waffles")."""

from tests.extract.dialogue_facts import kept


def _objects(line: str, *predicates: str) -> set[str]:
    return {o for _, p, o in kept(line) if p in predicates}


def test_a_word_after_the_comma_is_no_thing():
    assert _objects("i love otters , actually", "likes") == {"otters"}
    assert _objects("i like chili , however .", "likes") == {"chili"}
    assert _objects("i mostly read sci-fi , obviously .", "likes", "hobby", "habit") <= {"sci-fi", "read sci-fi"}
    assert _objects("i love the beach , surfing and such", "likes") == {"beach", "surfing"}
    assert _objects("i like marmalade , somehow", "likes") == {"marmalade"}
    assert _objects("i love burritos , way too much .", "likes") == {"burritos"}
    assert _objects("i love green , reminds me of spring", "likes") == {"green"}


def test_another_clause_after_the_word_is_not_read_as_a_thing():
    facts = kept("my favorite is lasagna , however i detest beets .")
    assert {o for _, p, o in facts if p == "favorite"} == {"lasagna"}
    assert ("Ann", "dislikes", "beets") in facts
    assert _objects("i love my porch and luckily i am handy", "likes") == {"porch"}


def test_how_often_said_last_is_cut():
    assert _objects("i like puzzles tho", "likes") == {"puzzles"}
    assert _objects("i eat oatmeal almost everyday", "likes", "habit") == {"oatmeal"}
    assert _objects("i really like pretzels like alot", "likes") == {"pretzels"}


def test_look_alikes_keep_their_thing():
    assert _objects("i love my daily swim", "likes") == {"daily swim"}
    assert _objects("i enjoy everyday cooking for my kids", "likes") == {"everyday cooking"}
    assert _objects("love pie , oh and waffles .", "likes") == {"pie", "waffles"}
    assert not _objects("i love both so much", "likes")
