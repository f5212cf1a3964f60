""""doing that" after a question about a doing is that doing: "do you water your plants ? i love doing that" is a
liking of watering one's plants, "do you ever iron shirts ? i hate doing that" a dislike of ironing shirts. A
question of liking names the thing liked ("do you like kayaking ? i love doing that": kayaking); with no question
before it, "i love doing that" gives nothing."""

from tests.extract.dialogue_facts import kept


def _said(line: str) -> set[tuple[str, str]]:
    return {(p, o) for _, p, o in kept(line) if p in ("likes", "dislikes")}


def test_the_doing_asked():
    assert _said("do you water your plants ? i love doing that") == {("likes", "watering my plants")}
    assert _said("do you ever iron shirts ? i hate doing that") == {("dislikes", "ironing shirts")}
    assert _said("do you jog ? i do not like doing that") == {("dislikes", "jogging")}


def test_a_liking_asked_or_nothing_asked():
    assert _said("do you like kayaking ? i love doing that") == {("likes", "kayaking")}
    assert not _said("i love doing that")
