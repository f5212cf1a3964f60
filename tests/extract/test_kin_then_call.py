""""She is my cousin, Oonagh." answering a turn that named her otherwise and spoke of "she" calls Oonagh, the one
asking, and the cousin is the one named before; without another name before, the name is the cousin's."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_name_calls_the_one_who_asked() -> None:
    found = facts((1, "Boss, a new cleaner started today. Marisol. She says she's your niece?"),
                  (2, "She is my niece, Thandiwe. Be kind to her."))
    assert not any(o == "Thandiwe" for _, _, o in found)
    assert ("Speaker 2", "relative", "Marisol") in found  # she is the one named before


def test_the_name_is_hers_when_none_was_said() -> None:
    found = facts((1, "Who's that girl? She looks lost."), (2, "She is my niece, Thandiwe."))
    assert ("Speaker 2", "relative", "Thandiwe") in found
