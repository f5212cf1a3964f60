""""long hikes are just my thing", "board games are more my thing", "poetry is not really my thing": what the speaker
likes or dislikes, said with a word of degree before "my thing" (was nothing: only a plain "is my thing" was read).
Look-alikes: a person or a pet named first, a pronoun, someone else's thing, a question."""

from tests.extract.dialogue_facts import kept


def _leanings(line: str) -> set[tuple[str, str]]:
    return {(p, o) for s, p, o in kept(line) if s == "Ann" and p in ("likes", "dislikes")}


def test_a_thing_with_a_word_of_degree():
    assert _leanings("long hikes are just my thing .") == {("likes", "long hikes")}
    assert _leanings("board games are more my thing") == {("likes", "board games")}
    assert _leanings("Sculpting is kind of my thing.") == {("likes", "sculpting")}
    assert _leanings("i teach , but baking is just my thing") == {("likes", "baking")}
    assert _leanings("knitting with my grandma is totally my thing") == {("likes", "knitting")}


def test_not_really_my_thing_is_a_dislike():
    assert _leanings("poetry is not really my thing") == {("dislikes", "poetry")}


def test_look_alikes():
    assert not _leanings("my kids are just my thing")
    assert not _leanings("my cats are really my thing")
    assert not _leanings("that is just my thing")
    assert not _leanings("my sister says yoga is just her thing")
    assert not _leanings("is hiking really your thing ?")
