"""Chinese job words read as jobs (kg_memory/extract/chinese/lexicon.py ``JOB_SUFFIX``): 主厨, 大厨, 助理, 保姆, 舞者,
服务生, 专家 said of oneself; look-alikes (a question, a denial, someone else's job, a relative of one) give none. Work
said by what one does and where (我在美团送外卖): the job and the platform, not a city (我爸在杭州开网约车)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, str(f.object)) for f in RuleExtractor().extract([Turn("c", "1", "user", text)])}


@pytest.mark.parametrize("text, job", [
    ("我是一名主厨。", "主厨"), ("我是大厨。", "大厨"), ("我是一名助理。", "助理"), ("我是保姆。", "保姆"),
    ("我是一名舞者。", "舞者"), ("我在餐厅当服务生。", "服务生"),
])
def test_a_job_word_said_of_oneself_is_the_speakers_job(text: str, job: str) -> None:
    facts = _facts(text)
    assert ("user", "jobTitle", job) in facts
    assert not any(p == "name" for _, p, _ in facts)  # 保姆 is no name


@pytest.mark.parametrize("text", ["我是厨房的主厨吗？", "我不是保姆。", "我是你的助理吗？", "我是舞者的妈妈。"])
def test_job_word_look_alikes_give_the_speaker_no_job(text: str) -> None:
    assert not any(s == "user" and p == "jobTitle" for s, p, _ in _facts(text))


@pytest.mark.parametrize(("text", "job", "employer"), [
    ("我在美团送外卖，一个月七八千", "外卖员", "美团"),
    ("我老公在顺丰送快递", "快递员", "顺丰"),
    ("我周末在饿了么跑外卖", "外卖员", "饿了么"),
    ("我在滴滴开网约车", "网约车司机", "滴滴"),
    ("我晚上兼职送外卖", "外卖员", None),
    ("我爸在杭州开网约车", "网约车司机", None),
])
def test_a_courier_or_driver_and_the_platform(text: str, job: str, employer: str | None) -> None:
    facts = {(f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
             for f in RuleExtractor().extract([Turn("c", "1", "安娜", text)]) if not f.ended}
    assert ("jobTitle", job) in facts, facts
    employers = {o for p, o in facts if p == "worksFor"}
    assert employers == ({employer} if employer else set()), facts
