""""i love to bake but i am awful at it", "are you good at chess ? i am horrible at it": "it" is the activity just
named, and doing it badly is a ``weakness``; after lessons needed or taken it is their craft ("i need pottery lessons .
i am bad at it": pottery). With nothing named before, "it" is the thing at hand and gives none; a new clause after
the weakness ("bad at knitting i need lessons") is cut off."""

from tests.extract.dialogue_facts import kept


def _weak(text: str) -> set[str]:
    return {o for _, p, o in kept(text) if p == "weakness"}


def test_it_is_the_activity_just_named():
    assert "bake" in _weak("i love to bake but i am awful at it")
    assert "surfing" in _weak("my cousins love to go surfing , but i am terrible at it .")
    assert "chess" in _weak("are you good at chess ? i am horrible at it .")
    assert "physics" in _weak("i like physics but i am not great at it")


def test_it_with_nothing_named_and_a_clause_after():
    assert not _weak("i am not good at it .")
    assert not _weak("i need lessons . i am bad at it .")
    assert not _weak("i need some lessons . i am bad at it .")


def test_it_is_the_craft_of_the_lessons():
    assert _weak("i need pottery lessons . i am bad at it .") == {"pottery"}
    assert _weak("i signed up for welding classes , i am terrible at it") == {"welding"}
    assert _weak("i really stink at knitting i need lessons badly") == {"knitting"}
