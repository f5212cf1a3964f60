"""Chinese neighbours told by a move or by whose floor one lives on: 我们搬到你家楼上了 (the speaker moved in next to
the one spoken to, as 我住你楼下 says), 我是王芳楼上的邻居 / 李军是我隔壁的邻居 (a neighbour, whichever floor); a move
only wished (我们想搬到你家楼下) and someone else's child next door (他是我家隔壁的孩子) are no such tie.
"""

from __future__ import annotations

from tests.extract.dialogue_facts import facts, told


def test_a_move_next_to_the_one_spoken_to_makes_neighbours() -> None:
    got = facts((1, "小敏，跟你说个事。"), (2, "什么事？"), (1, "我们搬到你家楼下了，以后常来串门。"), (3, "真巧。"))
    assert ("Speaker 1", "neighbor", "Speaker 2") in got, got


def test_a_move_only_wished_makes_no_neighbours() -> None:
    got = facts((1, "我们想搬到你家楼下。"), (2, "好啊。"))
    assert not any(p == "neighbor" for _, p, _ in got), got


def test_a_neighbour_by_floor_is_a_neighbour() -> None:
    assert ("王芳", "neighbor", "安娜", False) in told("你好，我是王芳楼上的邻居。")
    assert ("安娜", "neighbor", "李军", False) in told("李军是我隔壁的邻居。")


def test_a_child_next_door_is_no_child_of_ones_own() -> None:
    got = told("王亮是我家隔壁的孩子。")
    assert not any(p in ("child", "parent") for _, p, _, _ in got), got
