""""i am a girl who likes horses", "i am just a student who works in the library", "i am a teacher that hates
grading": what follows "who/that" is said of the speaker (was nothing). Look-alikes: the relative of someone else
("i am a girl with a dog that loves bones", "i met a guy who lives in Boston", "my sister is a nurse who works
nights"), a question."""

from tests.extract.dialogue_facts import kept


def _mine(line: str) -> set[tuple[str, str]]:
    return {(p, o) for s, p, o in kept(line) if s == "Ann"}


def test_a_relative_clause_of_the_speaker():
    assert ("likes", "horses") in _mine("i am a girl who likes horses")
    assert ("worksFor", "library") in _mine("well , i am just a student who works in the library !")
    assert ("dislikes", "grading") in _mine("i am a teacher that hates grading")


def test_someone_elses_relative_clause():
    assert ("likes", "bones") not in _mine("i am a girl with a dog that loves bones")
    assert ("livesIn", "Boston") not in _mine("i met a guy who lives in Boston")
    assert not any(p == "jobTitle" or p == "worksFor" for p, _ in _mine("my sister is a nurse who works nights"))
    assert ("likes", "horses") not in _mine("are you a girl who likes horses ?")
