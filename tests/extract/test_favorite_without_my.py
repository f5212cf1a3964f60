""""fave band has to be The Killers", "favorite color is teal !", "fav singer is adele" said with no "my" open the
speaker's own line about a favourite: The Killers, teal, Adele (were nothing). Look-alikes: another's favourite ("your
favorite band is ...", "her favorite color is ..."), a question ("favorite color ?"), a favourite said of no thing
("favorite part is when they dance")."""

from tests.extract.dialogue_facts import kept


def _favorites(line: str) -> set[str]:
    return {o.lower() for s, p, o in kept(line) if s == "Ann" and p == "favorite"}


def test_a_favorite_said_without_my():
    assert _favorites("fave band has to be the killers") == {"killers"}
    assert _favorites("favorite color is teal !") == {"teal"}
    assert _favorites("fav singer is adele haha") == {"adele"}
    assert _favorites("lol favorite food is tacos") == {"tacos"}


def test_look_alikes():
    assert not _favorites("your favorite band is the killers")
    assert not _favorites("her favorite color is teal")
    assert not _favorites("favorite color ?")
    assert not _favorites("favorite part is when they dance")
    assert not _favorites("what is your favorite food ?")
