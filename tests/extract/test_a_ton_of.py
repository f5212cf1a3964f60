""""i watch a ton of mma", "i listen to loads of podcasts", "i play a whole lot of chess" like mma, podcasts, chess: how
much is no part of the thing (was "ton of mma"). Look-alikes: "i weigh a ton", "i have a ton of work" keep no liking."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p in ("likes", "hobby")}


def test_how_much_is_no_part_of_the_thing():
    assert _liked("i watch a ton of mma") == {"mma"}
    assert _liked("i listen to loads of podcasts lol") == {"podcasts"}
    assert _liked("I play a whole lot of chess.") == {"chess"}


def test_look_alikes():
    assert not _liked("i weigh a ton")
    assert not _liked("i have a ton of work")
