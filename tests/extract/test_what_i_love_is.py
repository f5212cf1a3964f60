""""what i love most is woodcarving", "what i am most passionate about is birding" open with "what" but ask nothing: with
no question mark, a "what i ... is X" is the thing said last (a pseudo-cleft), so the speaker likes X (was nothing: the
sentence was read as a question). Look-alikes: a real question, a thing said of the listener, a dislike."""

from tests.extract.dialogue_facts import kept


def _said(line: str, predicate: str = "likes") -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == predicate}


def test_what_i_love_is_a_liking():
    assert _said("what i love most is woodcarving") == {"woodcarving"}
    assert _said("what i am most passionate about is birding .") == {"birding"}
    assert _said("what i really enjoy is baking bread") == {"baking bread"}


def test_what_i_hate_is_a_dislike():
    assert _said("what i hate most is cold weather", "dislikes") == {"cold weather"}


def test_look_alikes():
    assert not _said("what i love most is woodcarving ?")
    assert not _said("what do i love most ?")
    assert not _said("what i like about you is your laugh")
    assert not _said("what i love is that you call every week")
