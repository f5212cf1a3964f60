""""i am too afraid of heights to climb", "due to my fear of blood i quit", "my fear of spiders keeps me inside": the
thing the speaker fears is disliked (was nothing: "too" before "afraid", and "my fear of" said in passing, were not
read). Look-alikes: a fear overcome or lost, a relative's, a person feared, a question."""

from tests.extract.dialogue_facts import kept


def _disliked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "dislikes"}


def test_a_fear_said_in_passing():
    assert _disliked("i am too afraid of heights to climb") == {"heights"}
    assert _disliked("i am way too scared of sharks to swim there") == {"sharks"}
    assert _disliked("due to my fear of blood i quit nursing school") == {"blood"}
    assert _disliked("my fear of spiders keeps me inside") == {"spiders"}


def test_look_alikes():
    for line in ("i finally got over my fear of heights", "i lost my fear of dogs", "i conquered my fear of flying",
                 "my son's fear of the dark is cute", "i am too afraid of him to say no", "is your fear of clowns real ?"):
        assert not _disliked(line), line
