"""How one talks is no language spoken (issue 13): 说话慢声细语, 讲话轻声细语 end in 语 but say the manner of talking
(话 first); 说广东话, 讲一点上海话 still are languages."""

from __future__ import annotations

from tests.extract.dialogue_facts import told


def test_how_one_talks_is_no_language():
    assert not any(p == "speaks" for _, p, _, _ in told("周医生人好，说话慢声细语的，我就信她。"))
    assert not any(p == "speaks" for _, p, _, _ in told("我们班主任讲话轻声细语的。"))


def test_a_dialect_is_a_language():
    assert ("安娜", "speaks", "广东话", False) in told("我会说广东话。")
