"""One bidden by name who answers by calling the bidder back is the one bidden: "Ruben, my turn, move." - "I'm moving,
Connie, I'm moving." names the one moving Ruben and the bidder Connie (was nobody: an English name opening a turn was
no call to be answered back)."""

from tests.extract.dialogue_facts import names


def test_a_bidding_answered_by_a_call_back():
    said = names((1, "Who's winning over there?"), (2, "Ruben, my turn, move."), (1, "I'm moving, Connie, I'm moving."),
                 (3, "Strike!"))
    assert ("Speaker 1", "Ruben") in said and ("Speaker 2", "Connie") in said
