"""A doer judged good or bad names the activity, the same on both sides: "i am a great swimmer" is a skill in
swimming as "i am a lousy swimmer" is a weakness in it. A player is judged at the game the sentence says is played:
"i want to play tennis but i am a terrible player" is a weakness in tennis, "i play poker , i am a great player" a
skill in it; with no game named ("i am a terrible player") nothing is read, and an instrument played stays a skill
("i play the cello but i am a lousy player")."""

from tests.extract.dialogue_facts import kept


def _said(line: str) -> set[tuple[str, str]]:
    return {(p, o) for _, p, o in kept(line) if p in ("skill", "weakness")}


def test_doer_is_the_activity():
    assert _said("i am a great swimmer") == {("skill", "swimming")}
    assert _said("i am a lousy swimmer") == {("weakness", "swimming")}


def test_the_game_of_a_player():
    assert ("weakness", "tennis") in _said("i want to play tennis but i am a terrible player")
    assert ("skill", "poker") in _said("i play poker , i am a great player")


def test_no_game_named_or_an_instrument():
    assert not _said("i am a terrible player")
    assert ("weakness", "cello") not in _said("i play the cello but i am a lousy player")
