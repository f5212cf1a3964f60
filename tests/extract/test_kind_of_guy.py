""""i am a meat and potatoes kind of guy", "i am more of a board games kind of girl", "i am a beach type of person": the
speaker likes what is named before "kind of guy" (was nothing). Look-alikes: how one is ("a simple kind of guy", "a
laid back kind of girl", "a one woman kind of man"), another's, a question, a denial, "the kind of guy who ..."."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "likes"}


def test_the_thing_before_kind_of_guy_is_liked():
    assert _liked("i am just a meat and potatoes kind of guy .") == {"meat", "potatoes"}
    assert _liked("i am more of a board games kind of girl") == {"board games"}
    assert _liked("I'm a beach type of person.") == {"beach"}
    assert _liked("i am a root beer kind of guy") == {"root beer"}


def test_how_one_is_another_asked_or_denied():
    for line in ("i am a simple kind of guy", "i am a laid back kind of girl", "i am a one woman kind of man",
                 "i am a nerdy kind of person", "my dad is a meat and potatoes kind of guy", "are you a beach kind of girl ?",
                 "i am not a beach kind of girl", "i am the kind of guy who cries", "i am that kind of person"):
        assert not _liked(line), line
