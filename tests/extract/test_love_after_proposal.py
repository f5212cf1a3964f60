""""I love you" answering a proposal goes to the one who proposed, though another spoke in between; other answers
and a quoted proposal keep the turn before."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_love_goes_to_the_one_who_proposed() -> None:
    found = facts((1, "Ilse, would you marry me?"), (3, "Oh wow."), (2, "Yes! Yes, I love you!"))
    assert ("Speaker 2", "positiveImpression", "Speaker 1") in found
    assert ("Speaker 2", "positiveImpression", "Speaker 3") not in found


def test_after_a_refusal_and_a_laugh() -> None:
    found = facts((1, "Will you marry me?"), (2, "No!"), (3, "Heh."), (2, "I love you. But I never needed a ring."))
    assert ("Speaker 2", "positiveImpression", "Speaker 1") in found


def test_a_quoted_proposal_changes_nothing() -> None:
    found = facts((1, "He said \"marry me\" to her."), (3, "Oh wow."), (2, "I love you."))
    assert ("Speaker 2", "positiveImpression", "Speaker 3") in found


def test_a_friend_after_the_answer_is_not_the_one_proposed_to() -> None:
    found = facts((1, "Ilse, will you marry me?"), (2, "Yes!"), (3, "I love you."))
    assert ("Speaker 3", "positiveImpression", "Speaker 1") not in found
