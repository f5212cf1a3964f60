""""i love that show" after the show is named is a liking of the show named: "do you watch Severance? i love that
show" likes Severance, "i watched Shrek again . i love that movie" likes Shrek, "my dad plays Catan , i hate
that game" dislikes Catan. Look-alikes: "that show" with nothing named before, or said of one described after it
("i love that show about dragons", "that song by ..."), names no thing before; a question is no liking."""

from tests.extract.dialogue_facts import kept


def _liked(line: str, predicate: str = "likes") -> set[str]:
    return {o.lower() for s, p, o in kept(line) if s == "Ann" and p == predicate}


def test_that_show_is_the_one_named():
    assert "severance" in _liked("do you watch severance ? i love that show")
    assert "shrek" in _liked("i watched shrek again . i love that movie")
    assert "catan" in _liked("do you play catan ? i hate that game", "dislikes")


def test_look_alikes_name_nothing_before():
    assert not _liked("i love that show")
    assert "severance" not in _liked("i love that show about dragons , have you seen severance ?")
    assert not _liked("do you love that show ?")
    assert "show" not in _liked("do you watch severance ? i love that show")


def test_that_song_said_with_more_keeps_what_follows():
    assert "jazz" in _liked("i love that song , all jazz really .")
    assert "severance" in _liked("do you watch severance ? i love that show , it is so weird")
