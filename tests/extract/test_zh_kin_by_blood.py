"""亲 before a sibling, a parent or a child says by blood, and the relative is the same: 你是我亲哥, 你是我亲姐,
我亲哥是医生, 我亲妹妹叫李娜 (not 亲戚 or 亲家, other words)."""

from __future__ import annotations

from tests.extract.dialogue_facts import kept, said_by


def test_you_are_my_own_brother_or_sister() -> None:
    assert ("乐乐", "sibling", "安娜") in said_by(("安娜", "你最近怎么样？"), ("乐乐", "你是我亲哥，我当然关心你。"))
    assert ("乐乐", "sibling", "安娜") in said_by(("安娜", "别担心。"), ("乐乐", "你是我亲姐啊！"))


def test_my_own_brother_is_my_brother() -> None:
    assert ("安娜", "sibling", "李娜") in kept("我亲妹妹叫李娜")
    facts = kept("我亲哥是医生")
    assert ("安娜", "sibling", "安娜的哥") in facts and ("安娜的哥", "jobTitle", "医生") in facts, facts


def test_relatives_and_in_laws_are_no_sibling() -> None:
    assert not any(p == "sibling" for _, p, _ in kept("我亲戚住在北京"))
