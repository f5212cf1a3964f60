""""i got teased for being short", "being blind , i plan everything", "i love being a redhead", "being short and chubby
hurts my confidence": the speaker's own look or condition, said of "being" (was nothing). Look-alikes: someone
else's ("my sister got teased for being short", "i love him for being tall"), a denial ("not being tall"), "short
on cash", a question, a turn that says nothing of the speaker ("being tall must be nice")."""

from tests.extract.dialogue_facts import kept


def _traits(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "trait"}


def test_a_look_said_of_being():
    assert _traits("i got teased for being short") == {"short"}
    assert _traits("being blind , i plan everything ahead .") == {"blind"}
    assert _traits("i love being a redhead") == {"redhead"}
    assert {"short", "chubby"} <= _traits("being short and chubby hurts my confidence")
    assert _traits("the army sent me home for being colorblind .") == {"colorblind"}


def test_look_alikes():
    for line in ("my sister got teased for being short", "i love him for being tall", "i am tired of not being tall",
                 "i hate being short on cash", "being tall must be nice", "do you like being tall ?",
                 "i was teased by Tom for being short"):
        assert not _traits(line), line
