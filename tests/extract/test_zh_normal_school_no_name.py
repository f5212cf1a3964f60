"""师范 (as in 师范大学, 师范学院) is a word, no person: "师范大学，学数学的" answering where a son got in gives nobody
named 师范 a field of study."""

from __future__ import annotations

from kg_memory.extract.names import is_chinese_name
from tests.extract.dialogue_facts import facts


def test_no_name() -> None:
    assert not is_chinese_name("师范")


def test_the_answer_names_nobody() -> None:
    got = facts((1, "你儿子考到哪儿去了？"), (2, "师范大学，学数学的。"), (3, "当老师好。"))
    assert not any(s == "师范" for s, _, _ in got), got


def test_a_name_is_still_one() -> None:
    assert is_chinese_name("王芳")
