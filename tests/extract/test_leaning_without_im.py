"""A leaning told without the "I'm" chat leaves out: "not a huge fan of olives" dislikes olives, "huge fan of
bluegrass" likes bluegrass, "not really into golf" dislikes golf, "really into pottery lately" likes pottery, "love
tacos ! not a big fan of beans though" likes tacos and dislikes beans. Look-alikes: "not sure", "not bad" and "not
much , just chilling" say nothing of a leaning; a question ("a fan of the show?") stores nothing, and after
another's clause the words are theirs ("my uncle is into boats , not into golf though"); a thing at hand, whose fan
may be the one spoken to ("Okay, not a fan of the silent treatment."), and a way ("Out of nowhere. Into my life.")
give no leaning."""

from tests.extract.dialogue_facts import kept


def _leanings(line: str) -> set[tuple[str, str]]:
    return {(p, o) for s, p, o in kept(line) if s == "Ann" and p in ("likes", "dislikes")}


def test_a_leaning_without_the_im():
    assert _leanings("not a huge fan of olives") == {("dislikes", "olives")}
    assert _leanings("huge fan of bluegrass tbh") == {("likes", "bluegrass")}
    assert _leanings("not really into golf") == {("dislikes", "golf")}
    assert _leanings("really into pottery lately") == {("likes", "pottery")}
    assert _leanings("not a fan of mornings") == {("dislikes", "mornings")}
    assert _leanings("love tacos ! not a big fan of beans though") == {("likes", "tacos"), ("dislikes", "beans")}


def test_look_alikes_say_no_leaning():
    assert not _leanings("not sure")
    assert not _leanings("not bad")
    assert not _leanings("not much , just chilling")
    assert not _leanings("a fan of the show?")
    assert not _leanings("my uncle is into boats , not into golf though")
    assert not _leanings("Okay, not a fan of the silent treatment.")
    assert not _leanings("Out of nowhere. Into my life.")
