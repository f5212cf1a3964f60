"""A doing the speaker is used to is what a later "it" means: "i often bake bread , i am kind of great at it" is a
skill at baking bread, "i usually paint murals . i love it" a liking of painting murals. "it" as the doing's own
object ("i always wear it"), a person ("i often call my sister") or a state ("i always feel tired") is no
doing to mean."""

from tests.extract.dialogue_facts import kept


def _said(line: str) -> set[tuple[str, str]]:
    return {(p, o) for _, p, o in kept(line) if p in ("likes", "skill", "weakness")}


def test_the_habit_is_what_it_means():
    assert _said("i often bake bread , i am kind of great at it") == {("skill", "bake bread")}
    assert _said("i usually paint murals . i love it") == {("likes", "paint murals")}
    assert _said("i sometimes carve wood but i am terrible at it") == {("weakness", "carve wood")}


def test_no_doing_to_mean():
    for line in ("i always wear it , i love it", "i often call my sister , i love it",
                 "i always feel tired , i hate it"):
        assert not _said(line), line


def test_a_degree_before_good_at():
    assert ("skill", "chess") in _said("i am sort of good at chess")
