"""A spouse called by what they are straight before 你 (老公你快点) or as an old couple call each other (老头子, 老婆子), when
only one person can be spoken to (issue 13); in a group with one speaker before and another after, nobody, even after a
call ("杨老板，……" - "老公，……": the call before was to someone else). Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines, a, b", [
    (((2, "我们几点出发？"), (1, "老公你快点，要迟到了。"), (2, "马上马上。")), "Speaker 1", "Speaker 2"),
    (((3, "这鱼怎么收拾？"), (1, "老婆子，你就会使唤我。"), (3, "谁让你会做饭呢。")), "Speaker 1", "Speaker 3"),
    (((2, "这首歌真好听。"), (1, "老头子你懂什么，这叫锻炼身体。"), (2, "好好好，你说得对。")), "Speaker 1", "Speaker 2"),
])
def test_a_spouse_called(lines, a, b):
    found = facts(*lines)
    assert (a, "spouse", b) in found or (b, "spouse", a) in found


@pytest.mark.parametrize("lines", [
    ((3, "这首歌真好听。"), (1, "老头子你懂什么。"), (2, "哈哈，张姐说得对。")),
    ((1, "黄师傅，这墙怎么又裂了？"), (2, "杨老板，这不怪我们。"), (3, "老公，我早说了别找他们。"), (1, "你先别说。"),
     (4, "电线都换好了。")),
])
def test_a_call_in_a_group_names_no_spouse(lines):
    assert ("Speaker 3", "spouse", "Speaker 2") not in facts(*lines)
    assert not {f for f in facts(*lines) if f[1] == "spouse" and "Speaker 2" in (f[0], f[2])}
