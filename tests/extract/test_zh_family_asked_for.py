"""One's family asked for by that one's name and answered (issue 13, :mod:`kg_memory.extract.chinese.answered`):
"王大海家属在吗？" - "在，我是他爱人。" makes the speaker 王大海's wife, though the name was said only in the question.
Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("question, answer, fact", [
    ("钱永福家属在吗？", "在，我是他爱人。大夫，他怎么样了？", ("钱永福", "spouse", "Speaker 2")),
    ("冯大江的家属来了没有？", "来了来了，我是他儿子。", ("冯大江", "child", "Speaker 2")),
])
def test_the_one_asked_for_is_the_relative(question, answer, fact):
    assert fact in facts((1, question), (2, answer))


@pytest.mark.parametrize("question, answer", [
    ("十二床家属在吗？", "在，我是他爱人。"),
    ("钱永福家属在吗？", "他爱人去打水了，我帮她看着。"),
])
def test_no_name_or_no_relative_said(question, answer):
    assert not any(p in ("spouse", "child", "parent") for _, p, _ in facts((1, question), (2, answer)))
