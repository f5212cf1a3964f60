""""my parents named me tobias", "Mom named me Iris after her aunt": the speaker's own name, given by a parent. Not a
naming after someone with no name said ("named me after my grandpa"), a title or honour ("named me employee of the
month"), nor a name given to someone else ("my parents named my sister Ada")."""

from tests.extract.dialogue_facts import kept


def _names(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p in ("name", "alternateName")}


def test_a_parent_named_me():
    assert _names("my parents named me tobias after my great uncle") == {"tobias"}
    assert _names("Mom named me Iris because of my eyes.") == {"Iris"}
    assert _names("lol my folks named me dakota and i live in ohio") == {"dakota"}


def test_look_alikes():
    assert not _names("my parents named me after my grandpa")
    assert not _names("my boss named me employee of the month")
    assert not _names("my parents named my sister Ada")
    assert not _names("they named me captain of the team")
