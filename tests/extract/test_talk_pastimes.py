"""Talking is a pastime with its preposition, as listening and hanging out are: "I like to talk on the phone" is a
liking of talking on the phone, not of "talk" alone; "I love chatting about old movies" of chatting about old movies.
What the listener is told ("I love talking to you") is no pastime."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for _, p, o in kept(line) if p == "likes"}


def test_talking_keeps_its_preposition():
    assert _liked("i like to knit and talk on the phone") == {"knit", "talk on the phone"}
    assert "chatting about old movies" in _liked("I love chatting about old movies.")


def test_talking_to_the_listener_is_no_pastime():
    assert not _liked("i love talking to you")
    assert not _liked("I really enjoy chatting with you!")
