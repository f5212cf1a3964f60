"""Two who shared a dorm, a class or a building, said 我跟X一个宿舍的 (issue 13): roommates, classmates, neighbours."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text, predicate, other", [
    ("我跟徐子昂一个宿舍的。", "roommate", "徐子昂"),
    ("我和赵磊以前是一个寝室的。", "roommate", "赵磊"),
    ("我跟楠楠高中一个班的。", "classmate", "楠楠"),
    ("我和王芳大学时是同一个班的。", "classmate", "王芳"),
    ("我跟老张住一个楼。", "neighbor", "老张"),
    ("我和小刘住同一个小区。", "neighbor", "小刘"),
])
def test_a_room_class_or_building_shared(text, predicate, other):
    assert ("安娜", predicate, other) in {f[:3] for f in told(text)}  # (以前 shared: a room shared once, ended)


@pytest.mark.parametrize("text", ["我跟王磊不是一个班的。", "如果我跟王磊一个宿舍就好了。", "我跟小心一个班的。", "我跟王磊一个公司的。"])
def test_nothing_shared_said(text):
    assert not any(p in ("roommate", "classmate", "neighbor") for _, p, _, _ in told(text))
