"""A name closing the answer to a question for something calls the one who asked: "Why a fish?" - "Nobody knows why
my father does anything, Ollie." names the asker Ollie, not whoever speaks next."""

from tests.extract.dialogue_facts import names


def test_a_name_closing_an_answer_calls_the_one_who_asked():
    said = names((1, "Dad sent a fish emoji again."), (3, "Why a fish?"),
                 (1, "Nobody knows why my father does anything, Ollie."), (2, "Is he okay?"), (3, "He's fine."))
    assert ("Speaker 3", "Ollie") in said and ("Speaker 2", "Ollie") not in said


def test_a_name_in_a_story_told_after_the_answer_is_no_call_to_the_asker():
    said = names((1, "I'll never find a roommate."), (3, "Why, nobody good?"),
                 (1, "Well, one guy kept saying my name. Nice to meet you, Morris Bell Bell!"), (2, "Ugh."))
    assert ("Speaker 3", "Morris Bell Bell") not in said
