""""Cash, card or check?" and "Stretch, breathe, relax." call no one "Cash" or "Stretch": a capitalised word opening a
sentence only as the first of words listed to its end is a thing named among others. "Ross, come here.", "Jo, no, no!"
still call Ross and Jo, and "Marguerite, dear, sit." (a fond word after the name) calls Marguerite."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("line", "word"), [("Cash, card or check?", "Cash"),
                                            ("Okay, class. Stretch, breathe, relax. Good.", "Stretch")])
def test_the_head_of_a_list_is_no_name(line: str, word: str) -> None:
    found = names((1, line), (2, "Card, please."), (1, "Here you go."))
    assert not any(n == word for _, n in found), found


@pytest.mark.parametrize(("line", "name"), [("Ross, come here.", "Ross"), ("Jo, no, no!", "Jo"),
                                            ("Hi. Dario, sit.", "Dario")])
def test_a_call_before_other_words_still_names(line: str, name: str) -> None:
    found = names((1, line), (2, "What? I'm coming."), (1, f"Thanks, {name}."))
    assert ("Speaker 2", name) in found, found


def test_a_name_then_a_fond_word_still_calls() -> None:
    found = names((1, "The coffee is ready."), (2, "Marguerite, dear, sit. You look tired."), (1, "Oh, thank you."))
    assert ("Speaker 1", "Marguerite") in found, found
