""""i do not speak italian very well yet" is a weakness in italian; "i can draw but not paint" a skill (draw) and a
weakness (paint). "i speak italian" and "i can draw but not today" say no weakness."""

from tests.extract.dialogue_facts import told


def _said(text: str, predicate: str) -> set[str]:
    return {o for _, p, o, _ in told(text) if p == predicate}


def test_a_language_not_spoken_well():
    assert _said("sorry , i do not speak italian very well yet", "weakness") == {"italian"}


def test_can_one_thing_but_not_another():
    text = "i can draw but not paint"
    assert _said(text, "weakness") == {"paint"} and _said(text, "skill") == {"draw"}


def test_no_weakness_without_a_craft():
    assert not _said("i can draw but not today", "weakness")
    assert not _said("i speak italian at home", "weakness")
