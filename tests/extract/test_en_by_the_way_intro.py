"""A name alone with "by the way" as a sentence of its own ("Wenzel, by the way.") is the speaker's own, given once the
talk is under way; a name called before "by the way" inside a longer sentence is a call to someone else."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("line", "own"), [
    ("I'm the groom's old flatmate. Wenzel, by the way. And you?", "Wenzel"),
    ("Sorry, I should have said. Hanne Brusk, by the way!", "Hanne Brusk"),
    ("My aunt knows the bride's mother. Tibor, by the way.", "Tibor"),
])
def test_a_name_with_by_the_way_names_the_speaker(line: str, own: str) -> None:
    found = names((1, "So which side are you on, bride or groom?"), (2, line), (1, "Bride. We were at school together."),
                  (3, "Can someone pass the bread?"))
    assert ("Speaker 2", own) in found
    assert ("Speaker 1", own) not in found


def test_a_call_before_by_the_way_names_the_one_spoken_to() -> None:
    found = names((1, "Wenzel, by the way, your car is blocking mine."), (2, "Oh, sorry, I'll move it."),
                  (1, "Thanks, Wenzel."), (3, "Anyone for coffee?"))
    assert ("Speaker 1", "Wenzel") not in found
