""""I'm Theo's mom. Marisol.", "I'm her best friend, Odette, I came with her.", "Hello. Pia's stepdad, Conrad.": a speaker
who says whose relative they are and then their name, as a sentence of its own or after a greeting, introduces
themself by it; a name that calls someone after such a sentence ("I'm your boss. Kevin, sit down.") does not."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("intro", "name"), [
    ("Hi. I'm Theo's mom. Marisol. He talks about you all the time.", "Marisol"),
    ("I'm her best friend, Odette, I came with her for moral support.", "Odette"),
    ("Sorry I'm late. I'm his grandfather. Anselm.", "Anselm"),
    ("Traffic was awful. Hello. Pia's stepdad, Conrad.", "Conrad"),
    ("I'm their oldest cousin. Philippa. Nobody told me about the dress code.", "Philippa"),
])
def test_a_relative_then_a_name_introduces_the_speaker(intro: str, name: str) -> None:
    found = names((1, "Come in, come in. Coats go on the bed."), (2, intro), (1, "Nice to meet you. Drinks are there."),
                  (3, "I'll get the drinks."))
    assert ("Speaker 2", name) in found, found


def test_a_name_that_calls_someone_after_the_relative_is_no_introduction() -> None:
    found = names((1, "Who are you to tell me?"), (2, "I'm your boss. Kevin, sit down."), (3, "Okay, okay."),
                  (1, "Fine."))
    assert ("Speaker 2", "Kevin") not in found, found


def test_a_name_of_the_other_sex_after_the_relative_still_calls_the_one_spoken_to() -> None:
    found = names((1, "Keep it down in there."), (2, "I'm his mother, Leon, I'm allowed to worry."), (1, "Sure."))
    assert ("Speaker 2", "Leon") not in found, found
