"""More English calls with no comma before the name, naming speakers known only as "Speaker N"
(kg_memory/extract/loose_calls.py, kg_memory/extract/speakers.py): after a clause a verb and its particle end ("What's
going on Joe?", "Hang on Joe"), after "doing" / "going" ("What are you doing Sam?", "How's it going Kate?"), after "See"
or "You see" said to get attention ("See Tom, that's why..."), after a greeting and before an apology ("Hey Mike sorry to
drop by like this"). Look-alikes name nobody: "It's going on Broadway.", "See Ross over there?", "I hate firing Ben.".

Invented everyday talk.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("call, name", [
    ("Hey, what's going on Joe?", "Joe"),
    ("Hang on Joe, I'll get my coat.", "Joe"),
    ("What are you doing Sam?", "Sam"),
    ("Hi! How's it going Kate?", "Kate"),
    ("See Tom, that's why I never lend my car.", "Tom"),
    ("You see Tom, it never works out that way.", "Tom"),
    ("Hey Mike sorry to drop by like this.", "Mike"),
])
def test_a_name_said_to_someone_names_the_one_who_answers(call: str, name: str) -> None:
    got = names((1, call), (2, "Oh, it's fine, don't worry."), (1, "Okay."))
    assert got == {("Speaker 2", name)}


@pytest.mark.parametrize("line", [
    "The show is going on Broadway.",
    "See Ross over there?",
    "I hate firing Ben.",
])
def test_a_name_spoken_of_names_nobody(line: str) -> None:
    assert names((1, line), (2, "Oh, it's fine, don't worry."), (1, "Okay.")) == set()
