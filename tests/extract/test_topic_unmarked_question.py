"""A question typed without its "?" before the speaker's own answer names what "it" or "them" means in the answer:
"do you like board games , i love them" is a liking of board games, as "do you like board games? i love them" was
already. A question that governs what follows ("do you think i love it") names nothing of the speaker's."""

from tests.extract.dialogue_facts import kept


def test_unmarked_question_names_the_thing_liked():
    assert ("Ann", "likes", "board games") in kept("do you like board games , i love them")
    assert ("Ann", "likes", "salsa dancing") in kept("do you like salsa dancing i really love it")
    assert ("Ann", "dislikes", "opera") in kept("do you enjoy opera , i hate it")


def test_marked_question_still_names_it():
    assert ("Ann", "likes", "board games") in kept("do you like board games? i love them")


def test_no_topic_no_liking():
    for line in ("do you think i love it", "do you know if i like them", "do you have a minute , i love it here"):
        assert not any(p in ("likes", "dislikes") for _, p, _ in kept(line)), line
