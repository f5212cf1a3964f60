""""i like the beatles , my all time favorite is abbey road", "my absolute favorite is the hobbit": a favourite with
"all time" or "absolute" before it, opening its clause, is the speaker's favourite (was nothing: only a bare "my
favorite is" was read). Look-alikes: the thing liked before the comma is no favourite; a pronoun is none."""

from tests.extract.dialogue_facts import kept


def _favorites(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "favorite"}


def test_all_time_favorite_opening_a_clause():
    assert "abbey road" in _favorites("i like the beatles , my all time favorite is abbey road .")
    assert _favorites("my absolute favorite is the hobbit .") == {"hobbit"}


def test_look_alikes():
    assert "beatles" not in _favorites("i like the beatles , my all time favorite is abbey road .")
    assert not _favorites("my all time favorite is you")
