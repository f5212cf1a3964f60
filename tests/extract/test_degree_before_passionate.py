""""i am very passionate about cooking", "i am quite fond of jazz", "i am so keen on hiking" like cooking, jazz, hiking
(were nothing: a word of degree before the leaning hid it). Look-alikes: another's leaning, a question, a pronoun with
nothing named before."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "likes"}


def test_degree_before_the_leaning():
    assert _liked("i am very passionate about baking .") == {"baking"}
    assert _liked("I'm quite fond of bluegrass") == {"bluegrass"}
    assert _liked("i am so keen on sailing") == {"sailing"}
    assert _liked("i am truly passionate about animals !") == {"animals"}


def test_look_alikes():
    assert not _liked("my brother is very passionate about cars")
    assert not _liked("are you very passionate about art ?")
    assert not _liked("i am very passionate about it")
