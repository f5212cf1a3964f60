"""Two people bidden goodbye (or greeted) in one turn, one by a term and one by name ("Bye sweetie, bye Sam.",
晚安亲爱的，晚安阿杰。): the term is not for the one named, whom the turn order points at when they answer; nobody gets it.
A term said alone ("Bye sweetie, see you tonight.") still goes to the one spoken to."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("lines", "term"), [
    (((1, "Morning."), (2, "Hey."), (3, "I have to go."), (1, "Kiss her!"), (3, "Bye sweetie, bye Sam."),
      (1, "Bye, Nora.")), "sweetie"),
    (((1, "早啊。"), (2, "早。"), (3, "我得走了。"), (1, "快亲一个！"), (3, "晚安亲爱的，晚安阿杰。"), (1, "晚安，小雅。")), "亲爱的"),
])
def test_the_term_is_not_the_named_ones(lines: tuple[tuple[int, str], ...], term: str) -> None:
    found = facts(*lines)
    assert ("Speaker 1", "addressedAs", term) not in found, found


def test_a_term_alone_still_goes_to_the_one_spoken_to() -> None:
    found = facts((1, "I have to go."), (2, "Bye sweetie, see you tonight."), (1, "Bye!"))
    assert ("Speaker 1", "addressedAs", "sweetie") in found, found


def test_a_term_after_tell_me_is_a_call() -> None:
    found = facts((1, "There she is. So tell me darling, how did the interview go?"), (2, "I think it went well."))
    assert ("Speaker 2", "addressedAs", "darling") in found, found
