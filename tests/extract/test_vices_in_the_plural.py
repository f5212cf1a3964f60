""""chocolate and tea are my vices", "quizzes and crosswords are my guilty pleasures": what the speaker loves, said with
the plural of "my vice" or "my guilty pleasure" (was nothing: only the singular was read). Look-alikes: a pronoun names
nothing; another's vices are not the speaker's."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "likes"}


def test_plural_vices_and_pleasures():
    assert "chocolate" in _liked("chocolate and tea are my vices .")
    assert "quizzes" in _liked("quizzes and crosswords are my guilty pleasures")
    assert "licorice" in _liked("my vices are licorice and tea")


def test_look_alikes():
    assert not _liked("those are my vices")
    assert not _liked("cards and dice are his vices")
