""""love me some X", chat's way of saying one loves X: "i love me some fried okra" likes fried okra, "love me some
good dumplings" (the "I" left out) likes dumplings, "i love me some jazz but i hate crowds" likes jazz and dislikes
crowds. Look-alikes: "he loves me some days" is about a person and no thing; "love me" alone names no thing."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "likes"}


def test_love_me_some_is_a_liking():
    assert _liked("i love me some fried okra") == {"fried okra"}
    assert _liked("love me some good dumplings") == {"dumplings"}
    facts = kept("i love me some jazz but i hate crowds lol")
    assert ("Ann", "likes", "jazz") in facts and ("Ann", "dislikes", "crowds") in facts
    assert _liked("i really like me some iced tea in summer") == {"iced tea"}


def test_look_alikes_name_no_thing():
    assert not _liked("he loves me some days and ignores me others")
    assert not _liked("love me , love my dog")
    assert not {o for _, p, o in kept("i love me some") if p == "likes"}
