"""A name half remembered in a statement (issue 13): "在一家银行，叫什么兴业，做柜员的。" asks nobody's name, so the
next speaker calling someone ("邓老师，我来晚了！") does not answer with their own; "叫什么？" still asks one."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_name_half_remembered_asks_no_name():
    found = facts((1, "同学们，今天先练楷书。"), (2, "我儿子在一家银行，叫什么兴业，做柜员的。"),
                  (3, "邓老师，我来晚了！地铁太挤。"), (1, "没事，快坐下吧。"))
    assert ("Speaker 3", "alternateName", "邓老师") not in found


def test_a_name_asked_is_answered():
    found = facts((1, "欢迎欢迎，第一次来吧？"), (1, "叫什么？"), (2, "孙小梅。"))
    assert any(s == "Speaker 2" and o == "孙小梅" for s, _, o in found)
