"""A name asked alone closing a turn ("Fine, you're off the list. Temitope?") is answered by the one asked when the
next voice answers in the first person ("I plead the fifth."); not when it speaks of someone else ("I think she's at
work.")."""

from tests.extract.dialogue_facts import facts


def test_a_first_person_answer_is_the_one_asked():
    got = facts((1, "Who keeps eating my yoghurts?"), (2, "Not me. I'm lactose intolerant."),
                (1, "Fine, you're off the list. Temitope?"), (3, "I plead the fifth."), (1, "I knew it!"))
    assert ("Speaker 3", "alternateName", "Temitope") in got


def test_an_answer_for_someone_else_names_no_one():
    got = facts((1, "Who took my charger?"), (2, "Not me."), (1, "Temitope?"), (3, "I think she's at work."))
    assert not {f for f in got if f[2] == "Temitope" and f[1] in ("name", "alternateName")}
