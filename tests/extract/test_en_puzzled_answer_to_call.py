"""One who answers a call puzzled, then speaks for themself ("Imke, stop." - "What? I'm being nice."), is the one
called, as one who answers "What?" alone is: the name goes to them, even where another spoke between them and the
call. A puzzled reply that speaks of someone else ("What? She started it.") tells nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")


@pytest.mark.parametrize("reply", ["What? I'm being nice.", "What? I didn't say anything.", "Huh? I was only helping."])
def test_a_puzzled_answer_in_the_first_person_is_the_one_called(reply: str) -> None:
    found = facts((1, "More soup, anyone?"), (3, "I'd love some. She never cooks like this at home."),
                  (4, "I like soup."), (2, "Imke, stop."), (3, reply), (1, "Here you go."))
    assert any(s == "Speaker 3" and p in _NAMED and o == "Imke" for s, p, o in found)
    assert not any(s != "Speaker 3" and p in _NAMED and o == "Imke" for s, p, o in found)


def test_a_puzzled_answer_of_someone_else_names_nobody() -> None:
    found = facts((1, "More soup, anyone?"), (3, "I'd love some. She never cooks like this at home."),
                  (4, "I like soup."), (2, "Imke, stop."), (3, "What? She started it."), (1, "Here you go."))
    assert not any(p in _NAMED and o == "Imke" for s, p, o in found)
