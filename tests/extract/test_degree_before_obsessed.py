"""How much, said before "addicted to" or "obsessed with", leaves the leaning whole: "i am kinda addicted to
seltzer" likes seltzer, "i'm a bit obsessed with sudoku" likes sudoku, "im so addicted to boba" likes boba, "i am
kind of obsessed with houseplants" likes houseplants. Look-alikes: another's ("my cousin is kinda obsessed with
trains": the cousin's), a person ("i am kinda obsessed with him": no thing liked) and a question give no liking of
the speaker."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "likes"}


def test_a_degree_before_the_leaning():
    assert _liked("i am kinda addicted to seltzer") == {"seltzer"}
    assert _liked("i'm a bit obsessed with sudoku") == {"sudoku"}
    assert _liked("im so addicted to boba lol") == {"boba"}
    assert _liked("I am kind of obsessed with houseplants.") == {"houseplants"}


def test_look_alikes():
    assert not _liked("my cousin is kinda obsessed with trains")
    assert ("Ann's cousin", "likes", "trains") in kept("my cousin is kinda obsessed with trains")
    assert not _liked("i am kinda obsessed with him")
    assert not _liked("are you kinda addicted to seltzer?")
