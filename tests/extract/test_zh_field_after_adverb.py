"""学的就是美术, 读的也是法律: an adverb between 学的 and 是 leaves the subject studied as it is (not "就是美术")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text, field", [
    ("我大学学的就是会计，毕业就进了事务所。", "会计"),
    ("我读研的时候学的也是经济学。", "经济学"),
    ("我研究生读的正好是心理学。", "心理学"),
])
def test_the_field_after_an_adverb(text, field):
    got = {o for _, p, o, _ in told(text) if p == "fieldOfStudy"}
    assert got == {field}


@pytest.mark.parametrize("text", ["我学的就是怎么做饭。", "他学的也是这个。", "我要的就是这个结果。"])
def test_no_field_where_none_is_studied(text):
    assert not any(p == "fieldOfStudy" for _, p, _, _ in told(text))
