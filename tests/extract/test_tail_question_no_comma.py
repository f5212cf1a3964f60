"""A statement and a short question typed as one sentence without the comma: "i keep bees how many do you keep?", "i
have three daughters any kids?", "i live by the sea you?" give the statement's facts (were nothing: the sentence read as
a question). A "you?" that belongs to the clause ("i can drive you?", "do you?") is no such tail."""

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "fact"), [
    ("i really love parrots how many ?", ("Ann", "likes", "parrots")),
    ("i have three daughters any kids ?", ("Ann", "child", "Ann's three daughters")),
    ("i am a plumber what is yours ?", ("Ann", "jobTitle", "plumber")),
    ("i grow tomatoes and love jazz you ?", ("Ann", "likes", "jazz")),
    ("i adore salsa dancing do you ?", ("Ann", "likes", "salsa dancing")),
    ("i like hiking hbu ?", ("Ann", "likes", "hiking")),
])
def test_the_statement_before_the_short_question_is_read(text, fact):
    assert fact in kept(text)


@pytest.mark.parametrize("text", ["i could drive you ?", "so i will see you ?", "do you like jazz do you ?"])
def test_a_you_of_the_clause_or_a_whole_question_gives_nothing(text):
    assert not kept(text)
