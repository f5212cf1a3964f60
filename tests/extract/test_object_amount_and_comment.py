"""What is said after the thing done or liked is not part of it: an amount at a rate ("I jog about four miles a day":
jog, not "jog about four miles a day"; "I drink 3 cans a day" names nothing drunk) and a comment set after it ("I like
to play the drums a less expensive hobby", "I love Snoopy such a sweet dog")."""

from tests.extract.dialogue_facts import kept


def _objects(line: str, predicates: tuple[str, ...] = ("likes", "hobby", "habit")) -> set[str]:
    return {o for _, p, o in kept(line) if p in predicates}


def test_an_amount_at_a_rate_is_cut():
    assert _objects("i jog about four miles a day") == {"jog"}
    assert _objects("I enjoy swimming 30 laps a day.") == {"swimming"}
    assert not _objects("i drink 3 cans a day")


def test_a_comment_after_the_thing_is_cut():
    assert _objects("i like to play the drums a less expensive hobby lol") == {"play the drums"}
    assert _objects("i love snoopy such a sweet dog") == {"snoopy"}


def test_look_alikes_keep_their_words():
    assert _objects("I love reading a good book.") == {"reading a good book"}
    assert _objects("i enjoy walking the dog every day") == {"walking the dog"}
    assert "having a fun hobby" in _objects("i love having a fun hobby")
