"""A pet name made of 小, 阿 or 老 and a word of praise (小美, 阿帅, 小酷) is a name called, no praise of the words before
it (issue 13: '谢谢小美' gave a liking of '谢谢小'). Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines", [
    ((2, "下面请经理讲两句。"), (1, "谢谢小美。今年大家都辛苦了。"), (3, "经理辛苦！")),
    ((2, "菜都上齐了。"), (1, "辛苦阿帅，快坐下吃吧。"), (3, "我先来一口。")),
    ((2, "我把文件打印好了。"), (1, "多谢小酷，放桌上吧。"), (3, "我也要一份。")),
])
def test_thanks_to_a_pet_name_is_no_praise(lines):
    found = facts(*lines)
    assert not {f for f in found if f[1] == "positiveImpression"}


def test_praise_of_someone_named_is_still_read():
    found = facts((2, "小红来了吗？"), (1, "来了，小红今天真漂亮。"), (3, "是啊。"))
    assert ("Speaker 1", "positiveImpression", "小红") in found
