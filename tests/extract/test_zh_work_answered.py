"""Chinese: a short answer to what or where one works (你是医生啊？ - 保安。; 你是做什么的？ - 会计。; 你在哪儿上班？ -
星火互娱。) tells the answerer's job or employer, and is no name called (issue 13, :mod:`kg_memory.extract.chinese.answered`,
:mod:`kg_memory.extract.speakers`). Invented scenes; a name guessed (你是小王吗？), a home or a refusal give no work."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines, fact", [
    (((3, "我在仓库值夜班。"), (1, "仓库？你是管理员吗？"), (3, "保安。"), (1, "哦，那挺辛苦的。")), ("Speaker 3", "jobTitle", "保安")),
    (((1, "你是做什么的？"), (2, "会计，在一家小厂。"), (1, "稳定。")), ("Speaker 2", "jobTitle", "会计")),
    (((2, "你现在在哪儿上班？"), (1, "蓝鲸互动。"), (2, "做游戏的那家？")), ("Speaker 1", "worksFor", "蓝鲸互动")),
    (((2, "你在哪上班？"), (1, "在一家律所。"), (2, "厉害。")), ("Speaker 1", "worksFor", "律所")),
    (((2, "你在哪工作？"), (1, "深圳。"), (2, "离家挺远。")), ("Speaker 1", "workLocation", "深圳")),
])
def test_work_told_in_a_short_answer(lines, fact):
    assert fact in facts(*lines)


def test_the_job_answered_is_no_name_of_the_one_who_asked():
    lines = ((3, "我在仓库值夜班。"), (1, "仓库？你是管理员吗？"), (3, "保安。"), (1, "哦，那挺辛苦的。"))
    assert not any(p in ("alternateName", "name") for _, p, _ in facts(*lines))


@pytest.mark.parametrize("lines", [
    ((1, "你是小王吗？"), (2, "小李。"), (1, "哦，不好意思。")),  # a name guessed, no job
    ((1, "你在哪上班？"), (2, "在家。"), (1, "自由职业啊。")),
    ((1, "你在哪上班？"), (2, "保密。"), (1, "切。")),
    ((1, "你是她男朋友吗？"), (2, "同事。"), (1, "哦。")),
])
def test_no_work_when_the_answer_tells_none(lines):
    assert not any(p in ("jobTitle", "worksFor", "workLocation") for _, p, _ in facts(*lines))
