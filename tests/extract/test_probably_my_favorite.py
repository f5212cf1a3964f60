""""crocheting is probably my favorite", "pizza is probably my favorite food": a favourite said with a hedge is a
favourite (was nothing: "probably" made the clause a might-be). Look-alikes: "i will probably go hiking" (what may be),
"i probably like cake", "probably my favorite would be tacos" (a would)."""

from tests.extract.dialogue_facts import kept


def _favorites(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "favorite"}


def test_a_hedged_favorite():
    assert _favorites("crocheting is probably my favorite") == {"crocheting"}
    assert _favorites("pizza is probably my favorite food") == {"pizza"}


def test_look_alikes():
    assert not any(s == "Ann" for s, _, _ in kept("i will probably go hiking"))
    assert not any(s == "Ann" and p == "likes" for s, p, _ in kept("i probably like cake"))
    assert not _favorites("probably my favorite would be tacos")
