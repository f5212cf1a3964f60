""""I speak Portuguese well" speaks Portuguese (the adverb is no part of the language: was "Portuguese well"); "i do
not speak dutch well yet", "I don't cook very well" are weaknesses, while "i do not skate" and "i do not speak dutch"
say nothing of how well."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "language"), [("I speak Portuguese well.", "Portuguese"),
                                                ("i speak dutch fluently and italian a little .", "Dutch"),
                                                ("i speak dutch fluently and italian a little .", "Italian")])
def test_the_language_without_how_well(text: str, language: str) -> None:
    assert ("Ann", "speaks", language) in kept(text), kept(text)


@pytest.mark.parametrize(("text", "weak"), [("i do not speak dutch well yet .", "dutch"),
                                            ("I don't cook very well.", "cook")])
def test_done_but_not_well_is_a_weakness(text: str, weak: str) -> None:
    assert ("Ann", "weakness", weak) in kept(text), kept(text)


@pytest.mark.parametrize("text", ["i do not skate .", "i do not speak dutch .", "I don't know him that well."])
def test_not_done_is_no_weakness(text: str) -> None:
    assert not any(p == "weakness" for _, p, _ in kept(text)), kept(text)
