"""A name asked back and then spoken of is no call: "Have you met Pastor Okafor?" - "Ben? Everyone knows Ben. He
married us." named the next speaker Ben. A name asked and then called ("Ben? Come here, Ben.") still calls."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_name_asked_back_then_spoken_of_names_nobody() -> None:
    found = facts((1, "Have you met Pastor Okafor yet?"), (2, "Ben? Everyone knows Ben. He married us."),
                  (3, "He married us too!"), (1, "Small town."))
    assert not any(p == "alternateName" and o == "Ben" for _, p, o in found)


def test_a_name_asked_back_told_of_with_is_names_nobody() -> None:
    found = facts((1, "Is Greta still coming tonight?"), (2, "Greta? Greta's stuck at the airport in Denver."),
                  (3, "Poor thing."))
    assert not any(p == "alternateName" and o == "Greta" for _, p, o in found)


def test_a_name_asked_then_called_still_calls() -> None:
    found = facts((1, "Where did everybody go?"), (2, "Ben? Come here, Ben. I need a hand."), (3, "Coming!"),
                  (2, "Thanks, Ben."))
    assert ("Speaker 3", "alternateName", "Ben") in found
