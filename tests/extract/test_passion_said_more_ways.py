""""sailing is my lifelong passion", "chess has always been a strong passion of mine", "i have a love and passion for
surfing", "painting is the thing i am most passionate about", "i am much more passionate about robotics": what the
speaker loves (were nothing: the word before "passion" or "passionate" was not among those read). Look-alikes: a
relative's passion, a question, a denial, a pronoun."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "likes"}


def test_a_passion_said_more_ways():
    assert _liked("sailing is my lifelong passion") == {"sailing"}
    assert _liked("ceramics is my number one passion .") == {"ceramics"}
    assert _liked("chess has always been a strong passion of mine") == {"chess"}
    assert _liked("i have a love and passion for surfing") == {"surfing"}
    assert _liked("painting is the thing i am most passionate about") == {"painting"}
    assert _liked("i am much more passionate about robotics") == {"robotics"}


def test_look_alikes():
    assert not _liked("my brother is much more passionate about cars")
    assert not _liked("is painting the thing you are most passionate about ?")
    assert not _liked("painting is not the thing i am most passionate about")
    assert not _liked("it has always been a passion of mine")
    assert not _liked("my sister has a love and passion for surfing")
