"""Chinese: a couple fighting about a divorce (闹离婚) is still married: the one named is the spouse, not a former spouse
named 林娜闹 (issue 13, :mod:`kg_memory.extract.chinese.endings`); 我和王强离婚了 still ends a marriage. Invented lines."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_fighting_about_a_divorce_ends_no_marriage():
    said = facts((1, "听说了吗？"), (2, "周涛和林娜闹离婚了！"), (1, "真的假的？"))
    assert ("周涛", "spouse", "林娜闹") not in said and ("周涛", "maritalStatus", "divorced") not in said
    said = facts((1, "你最近好吗？"), (2, "我和王强离婚了。"), (1, "啊？"))
    assert ("Speaker 2", "maritalStatus", "divorced") in said
