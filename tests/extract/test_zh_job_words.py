"""Chinese job words read as jobs (kg_memory/extract/chinese/lexicon.py ``JOB_SUFFIX``): 主厨, 大厨, 助理, 保姆, 舞者,
服务生, 专家 said of oneself; look-alikes (a question, a denial, someone else's job, a relative of one) give none."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


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
