"""Being in love with a thing is liking it ("i'm totally in love with sourdough", "we fell in love with birdwatching");
being in love with a person ("with him", "with Marta", "with a guy from work", "with my ex") is no liking of a thing,
and "not in love with" states no dislike."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for _, p, o in kept(line) if p == "likes"}


def test_in_love_with_a_thing_is_liking_it():
    assert _liked("i'm totally in love with sourdough") == {"sourdough"}
    assert _liked("honestly I am so in love with thai iced tea") == {"thai iced tea"}
    assert _liked("i have fallen in love with pottery this year") == {"pottery"}


def test_in_love_with_a_person_is_no_liking():
    assert not _liked("i am so in love with him")
    assert not _liked("i think i'm in love with a guy from work")
    assert not _liked("i'm still in love with my ex")
    assert not _liked("I am in love with Marta.")
    assert not _liked("we fell in love with each other in college")


def test_not_in_love_with_is_no_dislike():
    assert not {p for _, p, _ in kept("i am not in love with sourdough")} & {"likes", "dislikes"}
