"""What one "could eat every day" or "could watch forever" is loved: "i could eat ramen every single day" likes ramen,
"honestly i could drink lemonade all day" likes lemonade, "i could watch baking shows forever" likes baking shows,
"i could listen to reggae all night" likes reggae. Look-alikes: hunger now ("i could eat a horse", "i could eat"), a
condition ("if i could eat waffles every day i would"), a wish ("i wish i could eat cake every day"), a question and
another's ("my niece could eat noodles every day") like nothing of the speaker."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "likes"}


def test_what_one_could_do_without_end_is_loved():
    assert _liked("i could eat ramen every single day") == {"ramen"}
    assert _liked("honestly i could drink lemonade all day") == {"lemonade"}
    assert _liked("i could watch baking shows forever") == {"baking shows"}
    assert _liked("I could listen to reggae all night.") == {"reggae"}


def test_look_alikes_like_nothing():
    assert not _liked("i could eat a horse")
    assert not _liked("i could eat")
    assert not _liked("if i could eat waffles every day i would")
    assert not _liked("i wish i could eat cake every day")
    assert not _liked("could you eat noodles every day?")
    assert not _liked("my niece could eat noodles every day")
