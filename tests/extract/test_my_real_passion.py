""""my real passion is ballet", "my biggest hobby is fly fishing", "my new hobby is pottery", "my passion is with
running" name the speaker's hobby (were nothing: only "my (favorite) hobby/passion is" was read). Look-alikes: another's
passion, a question, a denial."""

from tests.extract.dialogue_facts import kept


def _hobbies(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "hobby"}


def test_a_word_before_hobby_or_passion():
    assert _hobbies("my real passion is ballet") == {"ballet"}
    assert _hobbies("my biggest hobby is fly fishing") == {"fly fishing"}
    assert _hobbies("My new hobby is pottery!") == {"pottery"}
    assert _hobbies("but my passion is with running .") == {"running"}


def test_look_alikes():
    assert not _hobbies("my sister's real passion is ballet")
    assert not _hobbies("is your real passion ballet ?")
    assert not _hobbies("my real passion is not ballet")
