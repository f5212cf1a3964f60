"""Neighbours told to one called by name in a group (issue 13, :mod:`kg_memory.extract.chinese.next_door_called`):
"老X，咱们两家就住对门" makes the speaker and the one called neighbours, not the speaker and whoever spoke last.
Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_one_called_is_the_neighbour():
    found = facts((1, "老孔，你也来接孩子？"), (2, "是啊，今天我老婆加班。"), (3, "爸爸，我要荡秋千。"),
                  (2, "去吧，别跑远。老孔，咱们两家就住对门，周末一起去爬山吧。"), (1, "行啊。"))
    neighbours = {frozenset((s, o)) for s, p, o in found if p == "neighbor"}
    assert frozenset(("Speaker 2", "老孔")) in neighbours or frozenset(("Speaker 2", "Speaker 1")) in neighbours
    assert frozenset(("Speaker 2", "Speaker 3")) not in neighbours


def test_no_name_called_gives_no_neighbour():
    found = facts((1, "你也来接孩子？"), (2, "咱们两家就住对门，周末一起去爬山吧。"), (1, "行啊。"))
    assert not any(p == "neighbor" for _, p, _ in found)
