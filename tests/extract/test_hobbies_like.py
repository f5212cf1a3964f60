""""i have other hobbies like playing chess", "i have a few hobbies , like knitting and baking", "i have lots of hobbies
such as hiking and painting" name the speaker's hobbies (were nothing). Look-alikes: another's hobbies, a question,
"no hobbies like that", hobbies with none named."""

from tests.extract.dialogue_facts import kept


def _hobbies(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "hobby"}


def test_hobbies_named_after_like():
    assert _hobbies("i have other hobbies like playing darts") == {"playing darts"}
    assert _hobbies("i have a few hobbies , like quilting and baking") == {"quilting", "baking"}
    assert _hobbies("I have lots of hobbies such as birdwatching and painting.") == {"birdwatching", "painting"}
    assert _hobbies("i also have many hobbies including pottery") == {"pottery"}


def test_look_alikes():
    assert not _hobbies("she has many hobbies like golf")
    assert not _hobbies("do you have any hobbies like knitting ?")
    assert not _hobbies("i have no hobbies like that")
    assert not _hobbies("i have many hobbies")
