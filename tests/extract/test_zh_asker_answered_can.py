"""A name after a yes that echoes the question's 能/可以 ("王叔，明天能送货吗？" - "能！小冯你放心。") is the asker's, as one after
对 or 不是 is (:func:`kg_memory.extract.called_back.answers_asker`); not where the question called nobody."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "王叔，我们明天要三十箱，能送到仓库吗？"), (2, "能！小冯你放心，早上八点前就到。"), (3, "王叔，那我的那批呢？")),
     "Speaker 1", "小冯"),
    (((2, "刘师傅，这个月底之前可以装完吗？"), (1, "可以，晓燕，你就等着收房吧。"), (3, "刘师傅，我家那套也得抓紧。")),
     "Speaker 2", "晓燕"),
])
def test_a_name_after_can_is_the_askers(lines, speaker, name):
    got = names(*lines)
    assert (speaker, name) in got
    assert not any(n == name and s != speaker for s, n in got)


def test_a_question_calling_nobody_is_not_answered_for():
    got = names((1, "明天能送到吗？"), (2, "能！小冯你放心，早上八点前就到。"), (3, "好的，谢谢。"))
    assert ("Speaker 1", "小冯") not in got
