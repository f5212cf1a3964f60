"""A thing named first in chat, with no comma before "i love it", is what is liked: "kayak or canoe i just love it"
likes both, "yes ramen i love it" ramen, "tofu i hate it" is a dislike. A reaction ("wow i love it", "thank you i
love it"), a thing at hand praised ("nice place i love it", "great song i love it") or a doing ("sell boats i like
them": the boats, not the selling; "... and walk alone i love it", not at a sentence's start) is no kind of thing
liked."""

from tests.extract.dialogue_facts import kept


def _said(line: str) -> set[tuple[str, str]]:
    return {(p, o) for _, p, o in kept(line) if p in ("likes", "dislikes")}


def test_the_thing_named_first():
    assert _said("kayak or canoe i just love it") == {("likes", "kayak"), ("likes", "canoe")}
    assert _said("yes ramen i love it") == {("likes", "ramen")}
    assert _said("tofu i hate it") == {("dislikes", "tofu")}


def test_a_reaction_or_a_thing_at_hand():
    for line in ("wow i love it", "thank you i love it", "nice place i love it", "great song i love it"):
        assert not _said(line), line


def test_a_doing_is_no_thing_named_first():
    assert ("likes", "sell boats") not in _said("sell boats i like them")
    assert ("likes", "walk alone") not in _said("i am retired and walk alone i love it")
