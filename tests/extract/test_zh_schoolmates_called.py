"""A schoolmate called by what they are (谢谢学姐, 学长，……, ……，学妹。) is the speaker's schoolmate (issue 13), found as a
parent called is; not a group (学妹们) nor a hypothetical. Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines, pair", [
    (((1, "你就是上次篮球赛投了三分的学弟吧？"), (2, "啊，谢谢学姐。"), (3, "你们认识？")), ("Speaker 2", "Speaker 1")),
    (((2, "学长，请问图书馆怎么走？"), (1, "往前直走，右转就到了。")), ("Speaker 2", "Speaker 1")),
    (((3, "我帮你搬吧。"), (1, "不用了，我自己能行，学妹。"), (2, "那我走了。")), ("Speaker 1", "Speaker 3")),
])
def test_a_schoolmate_called(lines, pair):
    found = facts(*lines)
    assert (pair[0], "classmate", pair[1]) in found or (pair[1], "classmate", pair[0]) in found


@pytest.mark.parametrize("lines", [
    ((1, "都到齐了吗？"), (2, "学妹们，宿舍钥匙在楼下领。"), (3, "好的。")),
    ((1, "他人真好。"), (2, "如果你是我学姐就好了。"), (1, "哈哈。")),
])
def test_a_group_or_a_wish_is_no_schoolmate(lines):
    assert not {f for f in facts(*lines) if f[1] == "classmate"}
