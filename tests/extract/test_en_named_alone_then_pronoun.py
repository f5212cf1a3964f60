""""Some guy from Denver. Raymond. He's my boss now.": a person named in a sentence of their own and then told of as
"he" or "she" is the one the next sentence tells of (Raymond is the boss), not someone named a turn before, nor
nobody; a word that is no name ("Sorry. He's late.") or a name of the other gender ("Raymond. She's my boss.") changes
nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("question", "answer", "fact"), [
    ("Who's the new manager?", "Some guy from Denver. Raymond. He's my boss now.", ("Speaker 2", "boss", "Raymond")),
    ("Who's that by the door?", "Our new tenant. Ingrid. She's a dentist at Lakeside.", ("Ingrid", "jobTitle", "dentist")),
    ("My nephew is studying law in Boston.", "My niece is engaged to a pilot. Lovely man. Bertrand. He's from Lyon.",
     ("Bertrand", "hometown", "Lyon")),
])
def test_the_one_named_alone_is_the_one_told_of(question: str, answer: str, fact: tuple[str, str, str]) -> None:
    said = facts((1, question), (2, answer), (3, "Small world."))
    assert fact in said, said


def test_no_one_else_takes_what_is_told_of_the_one_named() -> None:
    said = facts((1, "My nephew is studying law in Boston."),
                 (2, "My niece is engaged to a pilot. Lovely man. Bertrand. He's from Lyon."), (3, "Small world."))
    assert not any(o == "Lyon" and s != "Bertrand" for s, _, o in said), said


@pytest.mark.parametrize("answer", [
    "Sorry. He's my boss, he's always late.",
    "Raymond. She's my boss now.",
    "Raymond. Is he my boss now?",
])
def test_no_name_alone_or_another_gender_changes_nothing(answer: str) -> None:
    said = facts((1, "Who's the new manager?"), (2, answer), (3, "Small world."))
    assert not any(o in ("Raymond", "Sorry") and p == "boss" for _, p, o in said), said


def test_a_word_going_on_from_the_sentence_before_is_no_part_of_the_name() -> None:
    said = facts((1, "So when's the wedding?"), (2, "In June. To Marisol. She's a teacher at Lincoln Elementary."),
                 (3, "Congratulations!"))
    assert ("Marisol", "jobTitle", "teacher") in said, said
