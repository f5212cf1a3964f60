""""i take violin lessons . i am bad at it": the weakness is the craft being learnt (violin), not "learning violin"."""

from tests.extract.dialogue_facts import told


def _weak(text: str) -> set[str]:
    return {o for _, p, o, _ in told(text) if p == "weakness"}


def test_bad_at_what_one_takes_lessons_in():
    assert _weak("i take violin lessons . i am bad at it") == {"violin"}


def test_bad_at_what_one_is_learning():
    assert _weak("i am learning italian but i am awful at it") == {"Italian"}
