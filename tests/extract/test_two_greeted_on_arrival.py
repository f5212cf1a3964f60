"""Two people greeted each by name on arrival ("Hi Carla! Hi Joel. Come in.") - whoever answers first is not known
to be either, so neither name goes to them; one greeted alone still is named."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_two_greeted_by_name_give_neither() -> None:
    found = facts((1, "Hi Carla! Hi Joel. Come in, come in."), (2, "Thanks! We made you a pie."),
                  (1, "You shouldn't have."))
    assert not any(p == "alternateName" for _, p, _ in found), found


def test_one_greeted_still_named() -> None:
    found = facts((1, "Hi Carla! Come in, come in."), (2, "Thanks! We made you a pie."), (1, "You shouldn't have."))
    assert ("Speaker 2", "alternateName", "Carla") in found, found
